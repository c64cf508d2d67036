"""Region import: takes an official `kode,nama` CSV and regions.yaml; returns the merged registry text."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.chars import find_invisible
from generator.diagnostics import Diagnostic, diag
from generator.load import display_path, load_file
from generator.model import REGION_RE
from generator.plausible import skeleton
from generator.registries import REGISTRY_MAX_BYTES, REGISTRY_MAX_ITEMS, RegionsFile, unique
from generator.validate import validate

MAX_CSV_BYTES = 4 * 1024 * 1024  # the official list of 552 regions is about 20 KB
MAX_NAME_CHARS = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # a region name is one line: no tab either

HEADER = (
    "# Region registry: provinces (\"17\") and regencies/cities (\"17.03\") with their official\n"
    "# Kemendagri codes. Merge an official list with `katalog regions import FILE.csv`.\n"
    "# A province may carry `hub: {name, url}` for its innovation-network hub and\n"
    "# `centre: {lat, lon}` (merged with `katalog regions centres FILE.csv`).\n"
    "#\n"
    "# Sources: codes and names as listed in Keputusan Menteri Dalam Negeri (Kepmendagri)\n"
    "# No. 300.2.2-2138 Tahun 2025, extracted from the dataset cahyadsn/wilayah\n"
    "# (https://github.com/cahyadsn/wilayah, MIT licence, db/wilayah.sql, levels 1 and 2).\n"
    "# Province centres: area centroids computed from \"Indonesia GeoJSON & TopoJSON Maps\n"
    "# (38 Provinces)\" (https://github.com/denyherianto/indonesia-geojson-topojson-maps-with-\n"
    "# 38-provinces, CC BY 4.0). How to apply the next decree: docs/REGIONS.md.\n"
)


@dataclass(frozen=True)
class Row:
    """One official region as read: its name and where the name stands in the CSV."""

    name: str
    file: str
    line: int
    col: int


@dataclass(frozen=True)
class ImportReport:
    """What an import changed: codes added, codes renamed, the new file text, codes read."""

    added: list[str]
    renamed: list[str]
    text: str
    total: int = 0


def read_csv(path: Path) -> tuple[dict[str, Row], list[Diagnostic]]:
    """Read a `kode,nama` CSV as a stream; return code -> row and a diagnostic per bad row.

    The file must be at most MAX_CSV_BYTES and hold at most REGISTRY_MAX_ITEMS rows; both are
    checked before (or while) reading, so a huge or endless file costs nothing.
    """
    name = display_path(path)
    try:
        if not path.is_file():  # a pipe or a device never ends
            return {}, [diag(name, None, "not-a-file", value=name)]
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            return {}, [diag(name, None, "file-too-large", size=size, limit=MAX_CSV_BYTES)]
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return _read_rows(name, handle)
    except UnicodeDecodeError as exc:
        return {}, [diag(name, None, "encoding", detail=exc.reason)]
    except OSError as exc:
        return {}, [diag(name, None, "unreadable", detail=exc.strerror or str(exc))]


def _read_rows(name: str, handle: Iterable[str]) -> tuple[dict[str, Row], list[Diagnostic]]:
    """Return code -> row of the rows a CSV reader finds in `handle`, each located by its line."""
    rows: dict[str, Row] = {}
    diags: list[Diagnostic] = []
    reader = csv.reader(handle)
    line = 1  # where the row being read starts (a quoted cell may span several lines)
    try:
        header = next(reader, [])
        if [h.strip().lower() for h in header[:2]] != ["kode", "nama"]:
            return {}, [diag(name, (1, 1), "wrong-type", expected="header `kode,nama`")]
        line = reader.line_num + 1
        count = 0
        for row in reader:
            start, line = line, reader.line_num + 1
            if not row or not any(cell.strip() for cell in row):
                continue
            count += 1
            if count > REGISTRY_MAX_ITEMS:
                return {}, [*diags, diag(name, (start, 1), "too-many-regions",
                                         limit=REGISTRY_MAX_ITEMS)]
            found = _check_row(name, start, row, rows)
            if found is not None:
                diags.append(found)
    except csv.Error as exc:  # e.g. a cell over the csv module's 131,072 characters
        return {}, [*diags, diag(name, (line, 1), "csv-syntax", problem=str(exc))]
    return rows, diags


def _check_row(name: str, line: int, row: list[str], rows: dict[str, Row]) -> Diagnostic | None:
    """Add one row to `rows`, or return the problem that keeps it out.

    The name is held to the rules `katalog check` applies to regions.yaml (no control or
    invisible character, no tab or line break); a clash with another name is found by `merge`.
    """
    code, label = (row + ["", ""])[0].strip(), (row + ["", ""])[1].strip()
    name_col = len(row[0]) + 2
    if any(cell.strip() for cell in row[2:]):
        return diag(name, (line, name_col + len(row[1]) + 1), "csv-extra-columns",
                    count=len(row))
    if "\n" in code or "\r" in code:
        return diag(name, (line, 1), "multi-line-cell", "kode")
    if not REGION_RE.match(code):
        return diag(name, (line, 1), "unknown-reference", "kode", kind="region code",
                    value=code)
    if "\n" in label or "\r" in label:
        return diag(name, (line, name_col), "multi-line-cell", "nama")
    if not label:
        return diag(name, (line, name_col), "empty", "nama")
    if control := _CONTROL.search(label):
        return diag(name, (line, name_col), "control-char", "nama",
                    char=f"U+{ord(control.group()):04X}")
    if invisible := find_invisible(label):
        return diag(name, (line, name_col), "bidi-char", "nama", char=invisible)
    if len(label) > MAX_NAME_CHARS:
        return diag(name, (line, name_col), "text-too-long", "nama", length=len(label),
                    limit=MAX_NAME_CHARS)
    if code in rows:
        return diag(name, (line, 1), "duplicate-key", "kode", key=code,
                    first_line=rows[code].line)
    rows[code] = Row(label, name, line, name_col)
    return None


def merge(registry: Path, official: dict[str, Row]) -> tuple[ImportReport | None, list[Diagnostic]]:
    """Merge official names into the registry at `registry`; official names win, extras stay.

    The registry must pass the same checks as in `katalog check` first: an entry the import
    cannot read is reported, never silently dropped. A merged name that looks the same as
    another region's (`region-name-clash` in `katalog check`) is reported at its CSV row.
    """
    entries, diags = read_registry(registry)
    if entries is None:
        return None, diags
    added, renamed = [], []
    for code, row in official.items():
        name = row.name
        if code not in entries:
            entries[code] = {"code": code, "name": name}
            added.append(code)
        elif entries[code].get("name") != name:
            entries[code]["name"] = name
            renamed.append(code)
    if len(entries) > REGISTRY_MAX_ITEMS:
        return None, [diag(display_path(registry), None, "too-many-regions",
                           limit=REGISTRY_MAX_ITEMS)]
    if clashes := _clashes(entries, official):
        return None, clashes
    return ImportReport(sorted(added, key=_code_key), sorted(renamed, key=_code_key),
                        registry_text(entries), len(official)), []


def _clashes(entries: dict[str, dict[str, Any]], official: dict[str, Row]) -> list[Diagnostic]:
    """Return a located error for each official name that looks the same as another region's."""
    by_look: dict[str, list[str]] = {}
    for code in sorted(entries, key=_code_key):
        by_look.setdefault(skeleton(str(entries[code].get("name", ""))), []).append(code)
    out: list[Diagnostic] = []
    for code, row in official.items():
        other = next((c for c in by_look[skeleton(row.name)] if c != code), None)
        if other is not None:
            out.append(diag(row.file, (row.line, row.col), "import-name-clash", "nama",
                            name=row.name, region=code, other=entries[other].get("name", ""),
                            other_code=other))
    return sorted(out)


def registry_text(entries: dict[str, dict[str, Any]]) -> str:
    """Return the text of regions.yaml for code -> entry: the header, then entries by code."""
    ordered = [_ordered(entries[c]) for c in sorted(entries, key=_code_key)]
    return HEADER + yaml.safe_dump({"regions": ordered}, allow_unicode=True, sort_keys=False,
                                   width=100)


def read_registry(registry: Path) -> tuple[dict[str, dict[str, Any]] | None, list[Diagnostic]]:
    """Return code -> entry (plain data, extra fields kept) of regions.yaml, empty if missing;
    None and the diagnostics when the registry does not pass the checks of `katalog check`."""
    entries: dict[str, dict[str, Any]] = {}
    if registry.exists() or registry.is_symlink():
        doc, diags = load_file(registry, REGISTRY_MAX_BYTES, REGISTRY_MAX_ITEMS)
        if doc is None:
            return None, diags
        valid, diags = validate(doc, RegionsFile)
        if valid is not None:  # a code listed twice would silently lose one of its entries
            diags = unique(doc, "regions", [r.code for r in valid.regions], "code")
        if diags:
            return None, diags
        for item in doc.data["regions"]:
            entries[item["code"]] = dict(item)
    return entries, []


def _ordered(entry: dict[str, Any]) -> dict[str, Any]:
    centre = entry.get("centre")
    if isinstance(centre, dict):  # the strict loader reads numbers as text; write them back as numbers
        entry = entry | {"centre": {k: _number(v) for k, v in centre.items()}}
    first = {k: entry[k] for k in ("code", "name") if k in entry}
    return first | {k: v for k, v in entry.items() if k not in first}


def _number(value: Any) -> Any:
    try:
        return float(value) if isinstance(value, str) else value
    except ValueError:
        return value


def _code_key(code: str) -> tuple[int, ...]:
    return tuple(int(part) for part in code.split("."))
