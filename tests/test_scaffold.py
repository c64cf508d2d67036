"""`katalog new`: ids, region matching, placeholders that fail the check until filled."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.load import load_bytes
from generator.model import Innovation
from generator.registries import load_registries
from generator.scaffold import ScaffoldError, find_region, slugify, unique_id
from generator.validate import validate
from tests.conftest import katalog

ROOT = Path(__file__).resolve().parents[1]



@pytest.mark.parametrize(("name", "slug"), [
    ("Gardu Penangkis", "gardu-penangkis"),
    ("Sëhat Désa — Ibu & Anak!", "sehat-desa-ibu-anak"),
    ("  SIP-KUAT 2.0 ", "sip-kuat-2-0"),
    ("Ürün", "urun"),
    ("日本", ""),
])
def test_slugify_strips_accents_and_punctuation(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_slugify_keeps_ids_within_the_length_limit() -> None:
    slug = slugify("kata " * 40)
    assert len(slug) <= 72 and not slug.endswith("-")


def test_unique_id_appends_counters_and_avoids_reserved_names() -> None:
    assert unique_id("toss", {"toss", "toss-2"}) == "toss-3"
    assert unique_id("toss", {"TOSS"}) == "toss-2"
    assert unique_id("index", set()) == "index-2"
    assert unique_id("baru", {"toss"}) == "baru"


def test_find_region_by_code_full_name_or_bare_name() -> None:
    vocab, _ = load_registries(ROOT / "content")
    assert vocab is not None
    assert find_region("17.03", vocab.regions).name == "Kabupaten Bengkulu Utara"
    assert find_region("kota  bengkulu", vocab.regions).code == "17.71"
    assert find_region("Bengkulu Utara", vocab.regions).code == "17.03"
    assert find_region("Bengkulu", vocab.regions).code == "17"  # the exact name wins
    with pytest.raises(ScaffoldError, match="Kabupaten Bengkulu Utara"):
        find_region("Bengkuluu Utara", vocab.regions)
    with pytest.raises(ScaffoldError, match="99.99"):
        find_region("99.99", vocab.regions)


def _fill(text: str) -> str:
    values = {"summary": "Pos layanan kesehatan desa.", "name": "Dinas Kesehatan",
              "started": "2021-03", "unit": "Bidang Pelayanan", "title": "Berita resmi",
              "url": "https://example.go.id/berita"}
    return re.sub(r'^(\s*(?:- )?)(\w+): "\[ISI\][^"]*"',
                  lambda m: f'{m.group(1)}{m.group(2)}: "{values[m.group(2)]}"', text, flags=re.M)


def test_new_record_fails_check_until_placeholders_are_filled(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert katalog(project, "--lang", "en", "new", "--name", "Gardu Penangkis",
                   "--region", "Bengkulu Utara") == 0
    out = capsys.readouterr().out
    path = project / "content" / "innovations" / "gardu-penangkis-2.yaml"  # the fixture has one
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schema/innovation.schema.json\n")
    assert 'region: "17.03"' in text and "type: regency" in text
    for field in ("summary", "agency.name", "started", "contact.unit", "sources[0].title",
                  "sources[0].url"):
        assert f": {field}\n" in out
    assert katalog(project, "--lang", "en", "check") == 1
    err = capsys.readouterr().err
    assert err.count("error[placeholder]") == 6
    assert "fill this in" in err and "6 error(s)" in err
    path.write_text(_fill(text), encoding="utf-8")
    assert katalog(project, "check") == 0


def test_new_refuses_to_overwrite_and_rejects_unknown_regions(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = project / "content" / "innovations" / "toss.yaml"
    before = record.read_bytes()
    assert katalog(project, "new", "--name", "x", "--region", "51.05", "--id", "toss") == 2
    assert "sudah dipakai" in capsys.readouterr().err
    assert record.read_bytes() == before
    assert katalog(project, "new", "--name", "Baru", "--region", "Atlantis") == 2
    assert "regions.yaml" in capsys.readouterr().err
    assert not (project / "content" / "innovations" / "baru.yaml").exists()


def test_new_without_name_is_a_usage_error_when_not_interactive(project: Path) -> None:
    assert katalog(project, "new", "--region", "17.03") == 2


def test_contributing_template_needs_only_its_placeholders_filled() -> None:
    docs = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    block = docs.split("<!-- template:start -->")[1].split("<!-- template:end -->")[0]
    text = block.split("```yaml\n")[1].split("```")[0]
    doc, diags = load_bytes(text.encode(), "template.yaml")
    assert doc is not None and diags == []
    record, diags = validate(doc, Innovation)
    assert {d.code for d in diags} == {"placeholder"} and len(diags) == 6
    doc, _ = load_bytes(_fill(text).encode(), "template.yaml")
    assert doc is not None
    record, diags = validate(doc, Innovation)
    assert diags == [] and record is not None and record.agency.region == "17.03"
