"""Regions by name (vocab.find_regions), province centres and neighbouring provinces."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import run
from generator.indexes import neighbouring_provinces
from generator.regions_import import HEADER
from generator.registries import Registries, find_regions, load_registries
from tests.conftest import ROOT, make_project

STORIES = ROOT / "tests" / "fixtures" / "stories" / "content"
VOCAB: Registries = load_registries(STORIES)[0]  # type: ignore[assignment]


@pytest.mark.parametrize(("query", "codes"), [
    ("Rejang Lebong", ["17.02"]),
    ("Kab. Rejang Lebong", ["17.02"]),
    ("KABUPATEN  rejang lebong", ["17.02"]),
    ("17.02", ["17.02"]),
    ("Bandung", ["32.04", "32.73"]),  # ambiguous: both candidates
    ("Kota Bandung", ["32.73"]),
    ("Kab Bandung", ["32.04"]),
    ("Bengkulu", ["17", "17.71"]),  # a bare name shared by a province and a city: both
    ("Gorontalo", ["75", "75.01", "75.71"]),
    ("Provinsi Bengkulu", ["17"]),
    ("Kota Bau-Bau", ["74.72"]),
    ("Baubau", ["74.72"]),
    ("Kota Adm. Jakarta Pusat", ["31.71"]),
    ("Pidië", ["11.07"]),  # accents are ignored
    ("Provinsi Bali", ["51"]),
    ("Kota Klungkung", []),  # Klungkung is a regency, not a city
    ("Atlantis", []),
    ("99.99", []),
])
def test_find_regions_tolerates_prefixes_accents_and_case(query: str, codes: list[str]) -> None:
    assert [r.code for r in find_regions(query, VOCAB.regions)] == codes


def test_every_official_name_finds_itself() -> None:
    """Only a province's bare name can mean more: its namesake regency or city as well."""
    for code, region in VOCAB.regions.items():
        found = find_regions(region.name, VOCAB.regions)
        assert region in found, code
        assert found == [region] or (region.is_province and all(
            r.code.startswith(code) and r.name.endswith(region.name) for r in found)), code


def test_ambiguous_new_region_lists_candidates(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    project = make_project(tmp_path / "p", STORIES)
    assert run(["-f", str(project / "mkdocs.yml"), "new", "--name", "X", "--region",
                "Bandung"]) == 2
    err = capsys.readouterr().err
    assert '"32.04" (Kabupaten Bandung)' in err and '"32.73" (Kota Bandung)' in err


def test_neighbouring_provinces_come_from_the_registry_centres() -> None:
    near = neighbouring_provinces(VOCAB)
    assert len(near) == 38 and all(len(v) == 4 and k not in v for k, v in near.items())
    assert near["17"][:2] == ["16", "15"]  # Bengkulu: Sumatera Selatan, Jambi
    assert "52" in near["51"]  # Bali: Nusa Tenggara Barat


def test_regions_centres_merges_into_the_registry(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", STORIES)
    registry = project / "content" / "regions.yaml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text.replace("  centre:\n    lat: 4.23\n    lon: 96.91\n", ""),
                        encoding="utf-8")
    csv = tmp_path / "c.csv"
    csv.write_text("kode,nama,lat,lon\n11,Aceh,4.23,96.91\n", encoding="utf-8")
    args = ["-f", str(project / "mkdocs.yml"), "regions", "centres", str(csv)]
    assert run(args) == 0
    assert registry.read_text(encoding="utf-8") == text
    csv.write_text("kode,nama,lat,lon\n99,Nowhere,1,2\n", encoding="utf-8")
    assert run(args) == 1
    assert registry.read_text(encoding="utf-8") == text


def test_shipped_registry_is_what_the_import_writes(tmp_path: Path) -> None:
    """Re-importing the reference lists into content/regions.yaml changes nothing: every official
    code is there, the credited header is the code's HEADER, and the hubs are kept."""
    reference = ROOT.parent / "shared" / "reference"
    if not (reference / "kemendagri_regions_level1_2.csv").is_file():
        pytest.skip("the official lists live beside the repository (../shared/reference), not in it")
    project = make_project(tmp_path / "p", ROOT / "content")
    registry = project / "content" / "regions.yaml"
    shipped = registry.read_text(encoding="utf-8")
    base = ["-f", str(project / "mkdocs.yml"), "-q", "regions"]
    assert run([*base, "import", str(reference / "kemendagri_regions_level1_2.csv")]) == 0
    assert run([*base, "centres", str(reference / "province_centroids.csv")]) == 0
    assert registry.read_text(encoding="utf-8") == shipped
    assert shipped.startswith(HEADER) and "hub:" in shipped
    assert len(load_registries(project / "content")[0].regions) == 552  # type: ignore[union-attr]


def test_shipped_registry_holds_every_official_code() -> None:
    """content/regions.yaml holds the 38 provinces and 514 regencies/cities under the credited header."""
    registries = load_registries(ROOT / "content")[0]
    assert registries is not None
    codes = list(registries.regions)
    assert len(codes) == 552 and sum(len(c) == 2 for c in codes) == 38
    assert (ROOT / "content" / "regions.yaml").read_text(encoding="utf-8").startswith(HEADER)
