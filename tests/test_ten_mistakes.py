"""Issue 2's acceptance case: ten different mistakes in three files are all reported, located."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.cli import run

MISTAKES = {
    "gardu-penangkis.yaml": [
        ("status: active", "status: aktif"),                       # invalid-enum
        ('region: "17.03"', 'region: "17.98"'),                    # unknown region
        ("year: 2024", "year: 1024"),                              # out of range
        ("  sdgs: [3]", "  sdgs: [3]\n  sektor: health"),          # unknown field
    ],
    "kafe-ibu-anak.yaml": [
        ('started: "2022"', 'started: "2022-13"'),                 # invalid date
        ("award: kipp-top99", "award: kipp-top-99"),               # unknown award
        ("innovation: gardu-penangkis", "innovation: gardu-penangkas"),  # dangling origin
    ],
    "toss.yaml": [
        ("url: https://bali.antaranews.com/berita/301975", "url: javascript:alert(1)"),
        ("sector: environment", "sector: lingkungan"),             # unknown sector
        ("  unit: Dinas Lingkungan Hidup\n", "  unit: Dinas Lingkungan Hidup\n  email: bukan-surel\n"),
    ],
}


def test_ten_mistakes_in_three_files_are_all_reported(project: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    folder = project / "content" / "innovations"
    for name, edits in MISTAKES.items():
        text = (folder / name).read_text(encoding="utf-8")
        for old, new in edits:
            assert old in text, (name, old)
            text = text.replace(old, new, 1)
        (folder / name).write_text(text, encoding="utf-8")
    assert run(["-f", str(project / "mkdocs.yml"), "--lang", "en", "check"]) == 1
    err = capsys.readouterr().err
    located = re.findall(r"innovations/([\w-]+\.yaml):(\d+):(\d+): error\[([\w-]+)\]", err)
    assert len(located) == 10, err
    assert {name for name, *_ in located} == set(MISTAKES)
    assert "10 error(s) and 0 warning(s) in 3 file(s)." in err
    assert "Traceback" not in err
