"""Cross-record checks: takes validated records and the registries; returns a linked Catalogue or diagnostics."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from generator.diagnostics import Diagnostic, diag
from generator.graph import Conflict, Edge, build_graph, replicas_of
from generator.load import FieldPath
from generator.model import REGION_RE, Innovation
from generator.record import Draft, Entry
from generator.references import INNOVATIONS, REFERENCES, values
from generator.registries import Registries, find_regions
from generator.validate import field_path

# Raster images only: an SVG can carry scripts that run when the file is opened directly.
IMAGE_SUFFIXES = (".avif", ".gif", ".jpeg", ".jpg", ".png", ".webp")


def _known(vocab: Registries, kind: str, ids: Iterable[str]) -> Mapping[str, object]:
    registry = next(ref.registry for ref in REFERENCES if ref.kind == kind)
    return dict.fromkeys(ids) if registry == INNOVATIONS else vocab.registry(registry)


def check_drafts(drafts: list[Draft], vocab: Registries, ids: set[str]) -> list[Diagnostic]:
    """Check the references of records that failed validation; return located diagnostics."""
    out: list[Diagnostic] = []
    for draft in drafts:
        for loc, kind, value, mark in draft.refs:
            if field_path(loc) in draft.reported:
                continue
            known = _known(vocab, kind, ids)
            if value not in known:
                out.append(_unknown(draft.path, mark, field_path(loc), kind, value, known, vocab))
    return out


@dataclass(frozen=True)
class Catalogue:
    """Every record by id, the registries, back-links from `replication.origin` and the edges."""

    records: dict[str, Innovation]
    vocab: Registries
    replicas: dict[str, list[str]] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)  # record id -> its file
    edges: tuple[Edge, ...] = ()


def fold(text: str) -> str:
    """Return `text` folded for collision checks: Unicode-normalised (NFKC) and case-folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def link(entries: list[Entry], vocab: Registries, content: Path, drafts: list[Draft] | None = None
         ) -> tuple[Catalogue, list[Diagnostic]]:
    """Check ids, references and the replication graph; return the Catalogue and diagnostics."""
    diags: list[Diagnostic] = []
    if drafts:
        ids = {e.record.id for e in entries} | {d.stem for d in drafts}
        diags += check_drafts(drafts, vocab, ids)
    by_id: dict[str, Entry] = {}
    folded: dict[str, Entry] = {}
    for entry in sorted(entries, key=lambda e: e.doc.path):
        rid = entry.record.id
        if rid in by_id:
            diags.append(diag(entry.doc.path, entry.doc.mark(("id",)), "duplicate-id", "id", id=rid,
                              other=by_id[rid].doc.path))
            continue
        key = fold(rid)
        if key in folded:
            other = folded[key]
            diags.append(diag(entry.doc.path, entry.doc.mark(("id",)), "id-collision", "id", id=rid,
                              other=other.record.id, other_file=other.doc.path))
            continue
        by_id[rid] = folded[key] = entry
    for entry in by_id.values():
        diags += _check_refs(entry, vocab, content)
        diags += _check_adopters(entry, vocab)
    diags += _check_origins(by_id)
    records = {rid: by_id[rid].record for rid in sorted(by_id)}
    edges, conflicts = build_graph(records)
    diags += [d for c in conflicts for d in _conflict(c, by_id)
              if c.field != "region" or {c.on_origin, c.on_replica} <= vocab.regions.keys()]
    catalogue = Catalogue(
        records=records,
        vocab=vocab,
        replicas={o: [r.id for r in found] for o, found in replicas_of(records).items()},
        files={rid: by_id[rid].doc.path for rid in sorted(by_id)},
        edges=tuple(edges),
    )
    return catalogue, diags


def _conflict(c: Conflict, by_id: dict[str, Entry]) -> list[Diagnostic]:
    """Return one diagnostic on each side of an edge whose two sides disagree."""
    origin, replica = by_id[c.origin], by_id[c.replica]
    at_origin: FieldPath = ("replication", "adopters", c.adopter_index, c.field)
    at_replica: FieldPath = ("agency", "region") if c.field == "region" else ("started",)
    o_mark, r_mark = origin.doc.mark(at_origin), replica.doc.mark(at_replica)
    return [
        diag(origin.doc.path, o_mark, "edge-mismatch", field_path(at_origin), what=c.field,
             here=c.on_origin, there=c.on_replica, other=f"{replica.doc.path}:{r_mark[0]}"),
        diag(replica.doc.path, r_mark, "edge-mismatch", field_path(at_replica), what=c.field,
             here=c.on_replica, there=c.on_origin, other=f"{origin.doc.path}:{o_mark[0]}"),
    ]


def _unknown(path: str, mark: tuple[int, int], where: str, kind: str, value: str,
             known: Mapping[str, object], vocab: Registries) -> Diagnostic:
    """Return the diagnostic for an unknown reference; a region name gets the code it means."""
    if kind == "region" and not REGION_RE.match(value):
        found = find_regions(value, vocab.regions)
        if found:
            return diag(path, mark, "region-name", where, value=value,
                        codes=", ".join(f'"{r.code}" ({r.name})' for r in found))
    return diag(path, mark, "unknown-reference", where, kind=kind, value=value,
                suggestion=vocab.suggest(known, value))


def _check_refs(entry: Entry, vocab: Registries, content: Path) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for ref in REFERENCES:
        if ref.registry == INNOVATIONS:  # checked with the replication graph (_check_origins)
            continue
        known = vocab.registry(ref.registry)
        for loc, value in values(entry.record, ref):
            if value not in known:
                out.append(_unknown(entry.doc.path, entry.doc.mark(loc), field_path(loc), ref.kind,
                                    value, known, vocab))
    if entry.record.media:
        for i, image in enumerate(entry.record.media.images):
            out += _check_image(entry, ("media", "images", i), image, content)
    return out


def _check_image(entry: Entry, loc: FieldPath, value: str, content: Path) -> list[Diagnostic]:
    pure = PurePosixPath(value)
    mark = entry.doc.mark(loc)
    if pure.is_absolute() or ".." in pure.parts or "\\" in value or ":" in value:
        return [diag(entry.doc.path, mark, "path-outside", field_path(loc), value=value)]
    target = content / pure
    try:  # a NUL byte or an over-long name is no file at all, not a crash
        resolved = target.resolve()
        if not resolved.is_relative_to(content.resolve()) or target.is_symlink():
            return [diag(entry.doc.path, mark, "path-outside", field_path(loc), value=value)]
        found = resolved.is_file()
    except (OSError, ValueError):
        found = False
    if not found:
        return [diag(entry.doc.path, mark, "file-missing", field_path(loc), value=value)]
    if pure.suffix.lower() not in IMAGE_SUFFIXES:
        return [diag(entry.doc.path, mark, "image-type", field_path(loc), value=value,
                     allowed=", ".join(IMAGE_SUFFIXES))]
    return []


def _check_adopters(entry: Entry, vocab: Registries) -> list[Diagnostic]:
    r = entry.record
    if not r.replication:
        return []
    out: list[Diagnostic] = []
    seen: dict[tuple[str, str], int] = {}
    for i, adopter in enumerate(r.replication.adopters):
        loc: FieldPath = ("replication", "adopters", i)
        path = f"replication.adopters[{i}]"
        if adopter.region == r.agency.region:
            out.append(diag(entry.doc.path, entry.doc.mark((*loc, "region")), "adopter-own-region",
                            f"{path}.region", region=adopter.region))
        if r.started_year is not None and adopter.year < r.started_year:
            out.append(diag(entry.doc.path, entry.doc.mark((*loc, "year")), "adopter-before-start",
                            f"{path}.year", year=adopter.year, started=r.started))
        key = (adopter.region, fold(" ".join(adopter.agency.split())))
        if key in seen:
            first = entry.doc.mark(("replication", "adopters", seen[key]))[0]
            out.append(diag(entry.doc.path, entry.doc.mark(loc), "adopter-duplicate", path,
                            first_line=first))
        else:
            seen[key] = i
    return out


def _check_origins(by_id: dict[str, Entry]) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    parent: dict[str, str] = {}
    for rid, entry in by_id.items():
        rep = entry.record.replication
        if not (rep and rep.origin):
            continue
        target = rep.origin.innovation
        loc: FieldPath = ("replication", "origin", "innovation")
        if target == rid:
            out.append(diag(entry.doc.path, entry.doc.mark(loc), "origin-self",
                            "replication.origin.innovation"))
        elif target not in by_id:
            close = Registries({}, {}, {}, {}).suggest(list(by_id), target)
            out.append(diag(entry.doc.path, entry.doc.mark(loc), "unknown-reference",
                            "replication.origin.innovation", kind="innovation", value=target,
                            suggestion=close))
        else:
            parent[rid] = target
    done: set[str] = set()  # every record is walked once: linear in the number of records
    for start in sorted(parent):
        walk: dict[str, int] = {}  # this walk's records and their position in it
        node: str | None = start
        while node is not None and node not in done and node not in walk:
            walk[node] = len(walk)
            node = parent.get(node)
        done.update(walk)
        if node is not None and node in walk:
            cycle = list(walk)[walk[node]:]
            for rid in cycle:
                entry = by_id[rid]
                out.append(diag(entry.doc.path,
                                entry.doc.mark(("replication", "origin", "innovation")),
                                "origin-cycle", "replication.origin.innovation",
                                cycle=" -> ".join([*cycle, cycle[0]])))
    return out
