"""`katalog check` catches what would break `katalog build`: registry gaps and page collisions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import katalog


def test_sdg_missing_from_the_registry_is_a_located_error(project: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    tax = project / "content" / "taxonomies.yaml"
    tax.write_text(tax.read_text(encoding="utf-8").replace('- id: "3"\n', '- id: "99"\n'),
                   encoding="utf-8")
    assert katalog(project, "--lang", "en", "check") == 1
    err = capsys.readouterr().err
    assert "gardu-penangkis.yaml:" in err and "classification.sdgs[0]: unknown SDG '3'" in err


def test_term_ids_differing_by_dash_and_underscore_get_their_own_pages(project: Path) -> None:
    tax = project / "content" / "taxonomies.yaml"
    text = tax.read_text(encoding="utf-8")
    tax.write_text(text.replace("sectors:\n", "sectors:\n  - id: public-works\n    label:\n"
                                "      id: Lain\n      en: Other\n", 1), encoding="utf-8")
    folder = project / "content" / "innovations"
    for name, sector in (("toss.yaml", "public-works"), ("kafe-ibu-anak.yaml", "public_works")):
        record = folder / name
        text = record.read_text(encoding="utf-8")
        old = "sector: environment" if name == "toss.yaml" else "sector: health"
        record.write_text(text.replace(old, f"sector: {sector}"), encoding="utf-8")
    assert katalog(project, "--lang", "en", "-q", "generate") == 0
    docs = project / "build" / "docs" / "urusan"
    assert "toss.md" in (docs / "public-works" / "index.md").read_text(encoding="utf-8")
    assert "kafe-ibu-anak.md" in (docs / "public_works" / "index.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["daftar.md", "index.md", "README.md", "wilayah/index.md"])
def test_hand_written_page_at_a_generated_url_fails_check(project: Path, name: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    page = project / "content" / "pages" / name
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text("---\ntitle: X\ndescription: X\n---\n\n# X\n", encoding="utf-8")
    assert katalog(project, "--lang", "en", "check") == 1
    assert "error[page-collision]" in capsys.readouterr().err


def test_empty_catalogue_warns_and_fails_only_when_strict(project: Path) -> None:
    shutil.rmtree(project / "content" / "innovations")
    (project / "content" / "innovations").mkdir()
    assert katalog(project, "--lang", "en", "check") == 0
    assert katalog(project, "--lang", "en", "check", "--strict") == 1


def test_symlinked_hand_written_page_is_reported(project: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    outside = tmp_path / "secret.md"
    outside.write_text("# rahasia\n", encoding="utf-8")
    (project / "content" / "pages" / "bocor.md").symlink_to(outside)
    assert katalog(project, "--lang", "en", "check") == 1
    assert "bocor.md:1:1: error[symlink]" in capsys.readouterr().err
