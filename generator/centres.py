"""Province centres: takes a `kode,nama,lat,lon` CSV and regions.yaml; returns the registry text
with a `centre: {lat, lon}` on each listed province (used to find neighbouring provinces)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from generator.diagnostics import Diagnostic, diag
from generator.load import display_path
from generator.regions_import import read_registry, registry_text

Centre = tuple[float, float]


def read_centres(path: Path) -> tuple[dict[str, Centre], list[Diagnostic]]:
    """Read a `kode,nama,lat,lon` CSV; return code -> (lat, lon) and a diagnostic per bad row."""
    name = display_path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return {}, [diag(name, None, "encoding", detail=str(exc))]
    reader = csv.reader(io.StringIO(text))
    if [h.strip().lower() for h in next(reader, [])[:4]] != ["kode", "nama", "lat", "lon"]:
        return {}, [diag(name, (1, 1), "wrong-type", expected="header `kode,nama,lat,lon`")]
    found: dict[str, Centre] = {}
    diags: list[Diagnostic] = []
    for line, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = [cell.strip() for cell in (row + ["", "", "", ""])[:4]]
        try:
            lat, lon = float(cells[2]), float(cells[3])
        except ValueError:
            diags.append(diag(name, (line, 1), "wrong-type", "lat,lon", expected="two numbers"))
            continue
        if not (len(cells[0]) == 2 and cells[0].isdigit() and -90 <= lat <= 90
                and -180 <= lon <= 180):
            diags.append(diag(name, (line, 1), "unknown-reference", "kode", kind="province",
                              value=cells[0]))
            continue
        found[cells[0]] = (lat, lon)
    return found, diags


def merge_centres(registry: Path, centres: dict[str, Centre]) -> tuple[str | None, list[Diagnostic]]:
    """Return regions.yaml's new text with each province's centre set; unknown codes are errors."""
    entries, diags = read_registry(registry)
    if entries is None:
        return None, diags
    missing = sorted(code for code in centres if code not in entries)
    if missing:
        return None, [diag(display_path(registry), None, "unknown-reference", "code",
                           kind="province", value=code) for code in missing]
    for code, (lat, lon) in centres.items():
        entries[code]["centre"] = {"lat": lat, "lon": lon}
    return registry_text(entries), []
