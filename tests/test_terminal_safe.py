"""Diagnostics never hand a terminal an escape sequence, and odd names never cause a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import run
from generator.diagnostics import diag, format_github, format_human, visible
from tests.conftest import ROOT

HOSTILE = "a\x1b]8;;https://evil.example\x1b\\klik\x1b]8;;\x1b\\\r\x9b31m\u202e\xad\udcff"


@pytest.mark.parametrize(("text", "shown"), [
    ("plain text, Bahasa Indonesia: Selumá – ok", "plain text, Bahasa Indonesia: Selumá – ok"),
    ("\x1b[31m", "\\x1b[31m"),
    ("line\rover", "line\\x0dover"),
    ("one\ntwo\ttab", "one\\x0atwo\\x09tab"),
    ("\x85\x9b", "\\x85\\x9b"),                       # C1 controls (NEL, CSI)
    ("a\u202eb\u2066c\xadd\u200be", "a\\u202eb\\u2066c\\u00add\\u200be"),
    ("\U000e0041", "\\U000e0041"),                    # a Unicode tag character
    ("caf\udce9.yaml", "caf\\xe9.yaml"),               # a byte of a non-UTF-8 file name
])
def test_visible_writes_every_unsafe_character_as_an_escape(text: str, shown: str) -> None:
    assert visible(text) == shown


@pytest.mark.parametrize("fmt", [format_human, format_github])
def test_both_formats_print_hostile_values_inertly(fmt: object) -> None:
    d = diag(f"content/innovations/{HOSTILE}.yaml", (3, 4), "unknown-reference",
             f"agency.{HOSTILE}", kind="region", value=HOSTILE)
    for lang in ("id", "en"):
        text = fmt(d, lang)  # type: ignore[operator]
        assert not any(c in text for c in "\x1b\r\x9b\u202e\xad\udcff"), text
        assert "\\x1b]8;;https://evil.example" in text
        text.encode("utf-8")  # printable: no lone surrogate left


def write_record(project: Path, name: bytes, text: str) -> None:
    folder = os.fsencode(project / "content" / "innovations")
    with open(os.path.join(folder, name), "w", encoding="utf-8") as handle:
        handle.write(text)


def toss(project: Path) -> str:
    return (project / "content" / "innovations" / "toss.yaml").read_text(encoding="utf-8")


def test_non_utf8_file_name_with_format_github_in_a_strict_utf8_terminal(project: Path) -> None:
    write_record(project, b"caf\xe9.yaml", toss(project).replace("id: toss", "id: cafe"))
    proc = subprocess.run([sys.executable, "-m", "generator", "--lang", "en", "check",
                           "--format", "github"], cwd=project, capture_output=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"})
    out, err = proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    assert proc.returncode == 1 and "Traceback" not in out + err
    assert ("::error file=content/innovations/caf\\xe9.yaml,line=1,col=5,title=id-mismatch::"
            "id: id 'cafe' differs from the file name 'caf\\xe9'") in out


def test_escape_sequences_in_values_reach_the_terminal_inert(
        project: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    record = toss(project).replace('region: "51.05"',
                                   'region: "\\e]8;;https://evil.example\\e\\\\51\\r\\x9b"')
    (project / "content" / "innovations" / "toss.yaml").write_text(record, encoding="utf-8")
    assert run(["--lang", "en", "check"]) == 1
    err = capsys.readouterr().err
    assert "content/innovations/toss.yaml:8:11: error[" in err
    assert not any(c in err for c in "\x1b\r\x9b"), err


@pytest.mark.parametrize(("image", "shown"), [
    ('"media/a\\0b.png"', "media/a\\x00b.png"),
    ('"media/' + "a" * 300 + '.png"', "media/" + "a" * 300 + ".png"),
    ('"media/' + "a/" * 3000 + 'b.png"', "media/" + "a/" * 3000 + "b.png"),
], ids=["nul", "300-characters", "3000-levels"])
def test_impossible_image_paths_are_located_messages(
        project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        image: str, shown: str) -> None:
    monkeypatch.chdir(project)
    (project / "content" / "innovations" / "toss.yaml").write_text(
        toss(project) + f"media:\n  images:\n    - {image}\n", encoding="utf-8")
    assert run(["--lang", "en", "check"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "content/innovations/toss.yaml:23:7: error[" in err
    assert shown in err or "control-char" in err or "text-too-long" in err


def test_regions_whose_page_folders_would_collide_get_distinct_pages(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Province 17 named "03 Kabupaten Bengkulu Utara" and regency 17.03 "Kabupaten Bengkulu
    Utara" once both became wilayah/17-03-kabupaten-bengkulu-utara/ (a crash)."""
    monkeypatch.chdir(project)
    regions = project / "content" / "regions.yaml"
    regions.write_text(regions.read_text(encoding="utf-8").replace(
        "    name: Bengkulu\n", "    name: 03 Kabupaten Bengkulu Utara\n"), encoding="utf-8")
    assert run(["-q", "generate"]) == 0
    region_dirs = sorted(p.name for p in (project / "build" / "docs" / "wilayah").iterdir())
    assert "17-x-03-kabupaten-bengkulu-utara" in region_dirs


def test_a_record_that_vanishes_after_listing_is_a_located_message(
        project: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    real_open = Path.open

    def vanishing(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "toss.yaml":
            raise FileNotFoundError(2, "No such file or directory")
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", vanishing)
    assert run(["--lang", "en", "check"]) == 1
    err = capsys.readouterr().err
    assert ("content/innovations/toss.yaml:1:1: error[unreadable]: the file cannot be read "
            "(No such file or directory)") in err and "Traceback" not in err
