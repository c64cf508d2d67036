"""Catalogue assembly: takes the content folder; returns the linked Catalogue (or None) and all diagnostics."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from generator.cache import Note, read_cached
from generator.crossref import Catalogue, link
from generator.diagnostics import Diagnostic, Severity, diag, has_errors, sort_diagnostics
from generator.load import display_path, load_file
from generator.model import Innovation
from generator.plausible import check_records
from generator.record import Draft, Entry, raw_references
from generator.registries import load_registries
from generator.validate import validate

RECORD_SUFFIXES = (".yaml", ".yml")


def record_files(content: Path) -> list[Path]:
    """Return every record file under content/innovations, in a stable order.

    Symbolic links are returned too (record files or folders), so that reading them reports a
    located "symlink" problem instead of silently skipping (or following) them.
    """
    folder = content / "innovations"
    if folder.is_symlink() or not folder.is_dir():  # a linked folder is reported by collect
        return []
    found = [p for p in folder.rglob("*")
             if p.is_symlink() or (p.suffix in RECORD_SUFFIXES and not p.is_dir())]
    return sorted(found, key=Path.as_posix)  # all share `folder`: the order of relative paths


def linked_folder(folder: Path) -> list[Diagnostic]:
    """Return a "symlink-folder" problem if `folder` (below content/) is a symbolic link."""
    if not folder.is_symlink():
        return []
    return [diag(display_path(folder), None, "symlink-folder", value=display_path(folder))]


def stray_files(content: Path) -> list[Diagnostic]:
    """Return an error for every file under content/innovations that is not read as a record.

    `x.YAML`, `x.yaml.txt`, `x.json` or `"x.yaml "` would otherwise be skipped without a word.
    """
    folder = content / "innovations"
    if folder.is_symlink() or not folder.is_dir():  # a linked folder is reported by collect
        return []
    return [diag(display_path(p), None, "not-a-record", value=p.name)
            for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.is_symlink() and p.suffix not in RECORD_SUFFIXES]


def read_record(path: Path) -> tuple[Entry | Draft | None, list[Diagnostic]]:
    """Load and validate one record file; return its Entry, or a Draft if invalid, and diagnostics."""
    doc, diags = load_file(path)
    if doc is None:
        return None, diags
    record, found = validate(doc, Innovation)
    diags = diags + found
    if record is not None and record.id != path.stem:
        diags.append(diag(doc.path, doc.mark(("id",)), "id-mismatch", "id", id=record.id,
                          stem=path.stem))
        record = None
    if record is None:
        reported = frozenset(d.field for d in diags)
        return Draft(doc.path, path.stem, raw_references(doc), reported), diags
    return Entry(record, doc), diags


def collect(content: Path, cache_file: Path | None = None, memory: dict[str, Any] | None = None,
            note: Note | None = None) -> tuple[Catalogue | None, list[Diagnostic]]:
    """Read registries and records, validate and link them; return the Catalogue or None.

    With `cache_file` (or the in-process `memory`), records whose files did not change are
    taken from that cache instead of being read again; `note` hears why a cache was ignored.
    """
    vocab, diags = load_registries(content)
    entries: list[Entry] = []
    drafts: list[Draft] = []
    files = record_files(content)
    linked = linked_folder(content / "innovations")
    diags += linked + stray_files(content)
    if not files and not linked:
        folder = content / "innovations"
        diags.append(diag(display_path(folder), None, "no-records", severity=Severity.WARNING,
                          value=display_path(folder)))
    for entry, found in read_cached(files, content, cache_file, read_record, memory, note):
        diags += found
        if isinstance(entry, Entry):
            entries.append(entry)
        elif isinstance(entry, Draft):
            drafts.append(entry)
    if vocab is None:
        return None, sort_diagnostics(diags)
    catalogue, found = link(entries, vocab, content, drafts)
    found += check_records(entries, dt.date.today())
    diags = sort_diagnostics(diags + found)
    return (None if has_errors(diags) else catalogue), diags
