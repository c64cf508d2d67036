"""`katalog regions import`: merges an official kode,nama list; running it twice changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import katalog


def test_import_adds_regions_keeps_hubs_and_is_idempotent(project: Path, tmp_path: Path) -> None:
    csv = tmp_path / "wilayah.csv"
    csv.write_text("kode,nama\n17,Bengkulu\n17.05,Kabupaten Seluma\n32,Jawa Barat\n"
                   "32.73,Kota Bandung\n", encoding="utf-8")
    registry = project / "content" / "regions.yaml"
    assert katalog(project, "regions", "import", str(csv)) == 0
    text = registry.read_text(encoding="utf-8")
    assert "Kabupaten Seluma" in text and "Kota Bandung" in text
    assert "Hub JIPP Provinsi Bengkulu" in text          # extra fields survive
    assert text.index("'17.05'") < text.index("'17.07'") < text.index("'32'")  # ordered by code
    assert katalog(project, "regions", "import", str(csv)) == 0
    assert registry.read_text(encoding="utf-8") == text  # nothing changes the second time
    assert katalog(project, "check") == 0


def test_import_reports_bad_rows_with_their_line(project: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "wilayah.csv"
    csv.write_text("kode,nama\n17,Bengkulu\n17.5,Salah\n17.06,\n", encoding="utf-8")
    before = (project / "content" / "regions.yaml").read_bytes()
    assert katalog(project, "--lang", "en", "regions", "import", str(csv)) == 1
    err = capsys.readouterr().err
    assert "wilayah.csv:3:1: error[unknown-reference]" in err
    assert "wilayah.csv:4:" in err and "error[empty]" in err
    assert (project / "content" / "regions.yaml").read_bytes() == before
