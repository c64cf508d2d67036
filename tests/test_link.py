"""link.link on records that each break one cross-record rule: every rule gives one located diagnostic."""

from __future__ import annotations

from pathlib import Path

import pytest

from devkit.project import FIXTURE_CONTENT
from generator.crossref import link
from generator.load import load_bytes
from generator.model import Innovation
from generator.record import Draft, Entry, raw_references
from generator.registries import Registries, load_registries
from generator.validate import validate

RECORDS = FIXTURE_CONTENT / "innovations"
GARDU = "content/innovations/gardu-penangkis.yaml"
KAFE = "content/innovations/kafe-ibu-anak.yaml"
TOSS = "content/innovations/toss.yaml"
ADOPTER = """\
    - agency: Dinas Kesehatan Kabupaten Lebong
      region: "17.07"
      year: 2023
      model: facilitated
"""


@pytest.fixture(scope="module")
def vocab() -> Registries:
    found, diags = load_registries(FIXTURE_CONTENT)
    assert found is not None, diags
    return found


def texts() -> dict[str, str]:
    """Return the fixture catalogue's record files: display path -> YAML text."""
    return {f"content/innovations/{p.name}": p.read_text(encoding="utf-8")
            for p in sorted(RECORDS.glob("*.yaml"))}


def entry(path: str, text: str) -> Entry:
    """Load and validate one record's text; return it as a link Entry."""
    doc, diags = load_bytes(text.encode("utf-8"), path)
    assert doc is not None, diags
    record, diags = validate(doc, Innovation)
    assert record is not None, diags
    return Entry(record, doc)


def linked(vocab: Registries, **edits: tuple[str, str]) -> set[tuple[str, str, str]]:
    """Link the fixture records after replacing `old` by `new` in the named files (path=...)."""
    files = texts()
    for key, (old, new) in edits.items():
        path = f"content/innovations/{key.replace('_', '-')}.yaml"
        text = files.get(path, files[TOSS])  # an unknown name: a new file starting as toss's copy
        assert old in text, (path, old)
        files[path] = text.replace(old, new, 1)
    _catalogue, diags = link([entry(p, t) for p, t in files.items()], vocab, FIXTURE_CONTENT)
    return {(d.file, d.code, d.field) for d in diags}


# (what the contributor did, edits per record, the diagnostics link must give)
CASES = [
    ("nothing wrong", {}, set()),
    ("two files with one id", {"toss_copy": ("id: toss", "id: toss")},
     {(TOSS, "duplicate-id", "id")}),
    ("agency in an unknown region", {"toss": ('region: "51.05"', 'region: "51.99"')},
     {(TOSS, "unknown-reference", "agency.region")}),
    ("unknown agency type", {"toss": ("type: regency", "type: kingdom")},
     {(TOSS, "unknown-reference", "agency.type")}),
    ("unknown sector", {"gardu_penangkis": ("sector: health", "sector: wizardry")},
     {(GARDU, "unknown-reference", "classification.sector")}),
    ("unknown award", {"kafe_ibu_anak": ("award: kipp-top99", "award: nobel")},
     {(KAFE, "unknown-reference", "awards[0].award")}),
    ("adopter in the agency's own region", {"gardu_penangkis": ('region: "17.07"', 'region: "17.03"')},
     {(GARDU, "adopter-own-region", "replication.adopters[0].region")}),
    ("adopted before it started", {"gardu_penangkis": ("year: 2023", "year: 2020")},
     {(GARDU, "adopter-before-start", "replication.adopters[0].year")}),
    ("adopter listed twice", {"gardu_penangkis": (ADOPTER, ADOPTER + ADOPTER)},
     {(GARDU, "adopter-duplicate", "replication.adopters[1]")}),
    ("adopter in an unknown region", {"gardu_penangkis": ('region: "17.07"', 'region: "17.98"')},
     {(GARDU, "unknown-reference", "replication.adopters[0].region")}),
    ("origin is itself", {"kafe_ibu_anak": ("innovation: gardu-penangkis",
                                            "innovation: kafe-ibu-anak")},
     {(KAFE, "origin-self", "replication.origin.innovation")}),
    ("origin is not in the catalogue", {"kafe_ibu_anak": ("innovation: gardu-penangkis",
                                                          "innovation: gardu-penangkal")},
     {(KAFE, "unknown-reference", "replication.origin.innovation")}),
]


@pytest.mark.parametrize(("story", "edits", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_broken_rule_gives_its_located_diagnostic(
        vocab: Registries, story: str, edits: dict[str, tuple[str, str]],
        expected: set[tuple[str, str, str]]) -> None:
    assert linked(vocab, **edits) == expected


def test_origin_cycle_is_reported_on_every_record_in_it(vocab: Registries) -> None:
    files = texts()
    files[GARDU] = files[GARDU].replace(
        "  willing: true\n", "  willing: true\n  origin:\n    innovation: kafe-ibu-anak\n", 1)
    _catalogue, diags = link([entry(p, t) for p, t in files.items()], vocab, FIXTURE_CONTENT)
    cycle = {(d.file, d.code, d.field) for d in diags}
    assert cycle == {(GARDU, "origin-cycle", "replication.origin.innovation"),
                     (KAFE, "origin-cycle", "replication.origin.innovation")}


def test_ids_equal_after_case_folding_collide(vocab: Registries) -> None:
    files = texts()
    entries = [entry(p, t) for p, t in files.items()]
    toss = next(e for e in entries if e.record.id == "toss")
    twin = Entry(toss.record.model_copy(update={"id": "TOSS"}),
                 load_bytes(files[TOSS].encode(), "content/innovations/zz-toss.yaml")[0])  # type: ignore[arg-type]
    _catalogue, diags = link([*entries, twin], vocab, FIXTURE_CONTENT)
    assert [(d.file, d.code) for d in diags] == [("content/innovations/zz-toss.yaml", "id-collision")]


def test_linked_catalogue_holds_records_by_id_and_back_links(vocab: Registries) -> None:
    catalogue, diags = link([entry(p, t) for p, t in texts().items()], vocab, FIXTURE_CONTENT)
    assert diags == []
    assert list(catalogue.records) == ["gardu-penangkis", "kafe-ibu-anak", "toss"]
    assert catalogue.replicas == {"gardu-penangkis": ["kafe-ibu-anak"]}
    assert catalogue.files["toss"] == TOSS


@pytest.mark.parametrize(("image", "code"), [
    ("../awards.yaml", "path-outside"),
    ("/etc/passwd", "path-outside"),
    ("c:/x.png", "path-outside"),
    ("images\\x.png", "path-outside"),
    ("innovations/nope.png", "file-missing"),
    ("awards.yaml", "image-type"),
])
def test_image_paths_stay_inside_content_and_are_raster_images(vocab: Registries, image: str,
                                                               code: str) -> None:
    files = texts()
    files[TOSS] = files[TOSS].replace("status: active", f"status: active\nmedia:\n  images: ['{image}']", 1)
    _catalogue, diags = link([entry(p, t) for p, t in files.items()], vocab, FIXTURE_CONTENT)
    assert [(d.code, d.field) for d in diags] == [(code, "media.images[0]")]


def test_image_symlink_is_outside(vocab: Registries, tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (tmp_path / "secret.png").write_bytes(b"\x89PNG")
    (content / "photo.png").symlink_to(tmp_path / "secret.png")
    files = texts()
    files[TOSS] = files[TOSS].replace("status: active", "status: active\nmedia:\n  images: [photo.png]", 1)
    _catalogue, diags = link([entry(p, t) for p, t in files.items()], vocab, content)
    assert [d.code for d in diags] == ["path-outside"]


def test_invalid_records_still_have_their_references_checked(vocab: Registries) -> None:
    text = texts()[TOSS].replace('region: "51.05"', 'region: "51.99"').replace(
        "status: active", "status: bogus")
    doc, _ = load_bytes(text.encode(), TOSS)
    assert doc is not None
    draft = Draft(TOSS, "toss", raw_references(doc))
    _catalogue, diags = link([], vocab, FIXTURE_CONTENT, [draft])
    assert [(d.code, d.field, dict(d.params)["value"]) for d in diags] == [
        ("unknown-reference", "agency.region", "51.99")]
