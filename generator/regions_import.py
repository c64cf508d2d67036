"""Region import: takes an official `kode,nama` CSV and regions.yaml; returns the merged registry text."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Diagnostic, diag
from generator.load import display_path, load_file
from generator.model import REGION_RE
from generator.vocab import REGISTRY_MAX_BYTES, REGISTRY_MAX_ITEMS

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
class ImportReport:
    """What an import changed: codes added, codes renamed, the new file text, codes read."""

    added: list[str]
    renamed: list[str]
    text: str
    total: int = 0


def read_csv(path: Path) -> tuple[dict[str, str], list[Diagnostic]]:
    """Read a `kode,nama` CSV; return code -> name and a diagnostic per bad row."""
    name = display_path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return {}, [diag(name, None, "encoding", detail=str(exc))]
    rows: dict[str, str] = {}
    diags: list[Diagnostic] = []
    reader = csv.reader(io.StringIO(text))
    header = next(reader, [])
    if [h.strip().lower() for h in header[:2]] != ["kode", "nama"]:
        return {}, [diag(name, (1, 1), "wrong-type", expected="header `kode,nama`")]
    for line, row in enumerate(reader, start=2):
        if not row or not any(cell.strip() for cell in row):
            continue
        code, label = (row + ["", ""])[0].strip(), (row + ["", ""])[1].strip()
        if not REGION_RE.match(code):
            diags.append(diag(name, (line, 1), "unknown-reference", "kode", kind="region code",
                              value=code))
        elif not label:
            diags.append(diag(name, (line, len(row[0]) + 2), "empty", "nama"))
        elif code in rows:
            diags.append(diag(name, (line, 1), "duplicate-key", "kode", key=code, first_line="?"))
        else:
            rows[code] = label
    return rows, diags


def merge(registry: Path, official: dict[str, str]) -> tuple[ImportReport | None, list[Diagnostic]]:
    """Merge official names into the registry at `registry`; official names win, extras stay."""
    entries, diags = read_registry(registry)
    if entries is None:
        return None, diags
    added, renamed = [], []
    for code, name in official.items():
        if code not in entries:
            entries[code] = {"code": code, "name": name}
            added.append(code)
        elif entries[code].get("name") != name:
            entries[code]["name"] = name
            renamed.append(code)
    return ImportReport(sorted(added, key=_code_key), sorted(renamed, key=_code_key),
                        registry_text(entries), len(official)), []


def registry_text(entries: dict[str, dict[str, Any]]) -> str:
    """Return the text of regions.yaml for code -> entry: the header, then entries by code."""
    ordered = [_ordered(entries[c]) for c in sorted(entries, key=_code_key)]
    return HEADER + yaml.safe_dump({"regions": ordered}, allow_unicode=True, sort_keys=False,
                                   width=100)


def read_registry(registry: Path) -> tuple[dict[str, dict[str, Any]] | None, list[Diagnostic]]:
    """Return code -> entry (plain data, extra fields kept) of regions.yaml, empty if missing."""
    entries: dict[str, dict[str, Any]] = {}
    if registry.exists():
        doc, diags = load_file(registry, REGISTRY_MAX_BYTES, REGISTRY_MAX_ITEMS)
        if doc is None:
            return None, diags
        for item in doc.data.get("regions") or []:
            if isinstance(item, dict) and isinstance(item.get("code"), str):
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
