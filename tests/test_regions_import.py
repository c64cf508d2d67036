"""`katalog regions import`: merges an official kode,nama list; running it twice changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.registries import REGISTRY_MAX_ITEMS
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


# --- hostile imports: every one is a located message, exit 1, and regions.yaml unchanged -----

def refused(project: Path, csv: Path, capsys: pytest.CaptureFixture[str], *expected: str) -> str:
    """Run the import, assert it is refused with `expected` lines and no change; return stderr."""
    registry = project / "content" / "regions.yaml"
    before = registry.read_bytes()
    capsys.readouterr()
    assert katalog(project, "--lang", "en", "regions", "import", str(csv)) == 1
    err = capsys.readouterr().err
    for line in expected:
        assert line in err, err
    assert "Traceback" not in err
    assert registry.read_bytes() == before
    return err


def test_more_rows_than_the_registry_allows_are_refused_up_front(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "banyak.csv"
    rows = "".join(f"{p:02d}.{r:02d},Kabupaten {p} {r}\n" for p in range(11, 99) for r in range(1, 60))
    csv.write_text("kode,nama\n" + rows, encoding="utf-8")
    refused(project, csv, capsys, f"banyak.csv:{REGISTRY_MAX_ITEMS + 2}:1: error[too-many-regions]")


def test_a_merge_beyond_the_registry_limit_is_refused(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import regions_import

    monkeypatch.setattr(regions_import, "REGISTRY_MAX_ITEMS", 7)  # the fixture holds 6 regions
    csv = tmp_path / "dua.csv"
    csv.write_text("kode,nama\n32,Jawa Barat\n32.73,Kota Bandung\n", encoding="utf-8")
    refused(project, csv, capsys, "content/regions.yaml:1:1: error[too-many-regions]")


@pytest.mark.parametrize(("entry", "where"), [
    ("  - code: 17\n    name: Dua Kali\n", "regions[6].code"),        # the same code twice
    ("  - code: \"17.x\"\n    name: Salah\n", "regions[6].code"),       # an invalid code
    ("  - [\"17.09\", Daftar]\n", "regions[6]"),                       # not a mapping
    ("  - name: Tanpa Kode\n", "regions[6].code"),                        # no code at all
])
def test_an_unreadable_registry_entry_is_reported_not_deleted(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], entry: str,
        where: str) -> None:
    registry = project / "content" / "regions.yaml"
    registry.write_text(registry.read_text(encoding="utf-8") + entry, encoding="utf-8")
    line = registry.read_text(encoding="utf-8").count("\n") - entry.count("\n") + 1
    csv = tmp_path / "wilayah.csv"
    csv.write_text("kode,nama\n17,Bengkulu\n", encoding="utf-8")
    err = refused(project, csv, capsys, f"content/regions.yaml:{line}:")
    assert f": {where}: " in err


def test_a_multi_line_cell_is_reported_on_its_own_line(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "baris.csv"
    csv.write_text('kode,nama\n17,Bengkulu\n17.05,"Kabupaten\nSeluma"\n17.5,Salah\n',
                   encoding="utf-8")
    refused(project, csv, capsys, "baris.csv:3:7: error[multi-line-cell]: nama:",
            "baris.csv:5:1: error[unknown-reference]: kode:")


def test_a_cell_beyond_the_csv_field_limit_is_a_located_message(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "panjang.csv"
    csv.write_text("kode,nama\n17,Bengkulu\n17.05,\"" + "a" * 131_073 + "\"\n", encoding="utf-8")
    refused(project, csv, capsys, "panjang.csv:3:1: error[csv-syntax]",
            "field larger than field limit")


def test_a_long_name_is_refused(project: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "nama.csv"
    csv.write_text("kode,nama\n17.05," + "a" * 201 + "\n", encoding="utf-8")
    refused(project, csv, capsys, "nama.csv:2:7: error[text-too-long]: nama:")


def test_a_huge_csv_is_refused_before_reading(project: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    from generator.regions_import import MAX_CSV_BYTES

    csv = tmp_path / "besar.csv"
    with csv.open("wb") as handle:  # sparse: 2.5 GB that take no disk space
        handle.truncate(2_500_000_000)
    refused(project, csv, capsys, "besar.csv:1:1: error[file-too-large]",
            f"more than the limit of {MAX_CSV_BYTES}")


def test_a_pipe_or_latin1_csv_is_refused(project: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    import os

    pipe = tmp_path / "pipa.csv"
    os.mkfifo(pipe)
    refused(project, pipe, capsys, "pipa.csv:1:1: error[not-a-file]")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("kode,nama\n17.05,Kabupaten Selumá\n".encode("latin-1"))
    refused(project, latin, capsys, "latin.csv:1:1: error[encoding]")


def test_names_are_held_to_the_rules_of_check(project: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Red-team rows: a NUL, a tab and a U+2800 in a name, a name another region already has,
    and extra columns; each is located, nothing is written, and `check` still passes."""
    csv = tmp_path / "wilayah.csv"
    csv.write_bytes("kode,nama\n17.97,Kab\x00Nul\n17.96,\"Kab\tTab\"\n17.95,Kab\u2800\n"
                    "17.94,Kab,extra,cols\n".encode())
    refused(project, csv, capsys, "wilayah.csv:2:7: error[control-char]: nama:",
            "U+0000", "wilayah.csv:3:7: error[control-char]", "U+0009",
            "wilayah.csv:4:7: error[bidi-char]", "U+2800",
            "wilayah.csv:5:11: error[csv-extra-columns]")
    csv.write_text("kode,nama\n17.97,Kabupaten Lebong\n17.98,Kota X\n17.99,KOTA  X\n",
                   encoding="utf-8")
    err = refused(project, csv, capsys, "wilayah.csv:2:7: error[import-name-clash]: nama:",
                  "wilayah.csv:3:7: error[import-name-clash]",
                  "wilayah.csv:4:7: error[import-name-clash]")
    assert "'Kabupaten Lebong' (17.97) looks the same as 'Kabupaten Lebong' (17.07)" in err
    assert katalog(project, "check") == 0
