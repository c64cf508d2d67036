"""Progress and summaries: long commands say what they did; --quiet leaves only problems."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import katalog

Capture = pytest.CaptureFixture[str]



def test_check_ends_with_a_one_line_summary(project: Path, capsys: Capture) -> None:
    assert katalog(project, "check") == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    last = captured.err.strip().splitlines()[-1]
    assert re.search(r"check: 3 records read and OK, no problems in \d+\.\d\ds$", last)


def test_generate_reports_records_pages_and_time(project: Path, capsys: Capture) -> None:
    assert katalog(project, "generate") == 0
    lines = capsys.readouterr().err.strip().splitlines()
    assert any(re.search(r"\] 3 records read and checked$", line) for line in lines)
    assert any(re.search(r"\] \d+ pages generated, \d+ rewritten, 0 removed$", line)
               for line in lines)
    assert re.search(r"generate: 3 records read, \d+ pages \(\d+ written\) in \d+\.\d\ds -> ",
                     lines[-1])


@pytest.mark.slow
def test_build_reports_progress_and_summary(project: Path, capsys: Capture) -> None:
    assert katalog(project, "build") == 0
    err = capsys.readouterr().err
    assert "building the site with MkDocs" in err
    assert re.search(r"build: 3 records read, \d+ pages in \d+\.\d\ds -> .*site$",
                     err.strip().splitlines()[-1])
    assert katalog(project, "--quiet", "build") == 0
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize("command", ["check", "generate"])
def test_quiet_prints_nothing_when_all_is_well(project: Path, capsys: Capture,
                                               command: str) -> None:
    assert katalog(project, "--quiet", command) == 0
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize("command", ["check", "generate", "build"])
def test_quiet_still_prints_problems_and_their_count(project: Path, capsys: Capture,
                                                     command: str) -> None:
    record = project / "content" / "innovations" / "toss.yaml"
    record.write_text(record.read_text().replace("status: active", "status: aktif"))
    assert katalog(project, "--quiet", "--lang", "en", command) == 1
    err = capsys.readouterr().err
    assert "error[invalid-enum]: status:" in err
    assert "1 error(s) and 0 warning(s) in 1 file(s)." in err
    assert "records read" not in err and "[" not in err.split("error[")[0]
