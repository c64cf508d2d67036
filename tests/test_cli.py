"""CLI behaviour: exit codes, messages and the build's all-or-nothing promise."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import run
from tests.conftest import katalog


def test_check_clean_catalogue_exits_0(project: Path) -> None:
    assert katalog(project, "check") == 0


def test_check_reports_located_error_and_exits_1(project: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    record = project / "content" / "innovations" / "toss.yaml"
    record.write_text(record.read_text().replace("status: active", "status: aktif"))
    assert katalog(project, "--lang", "en", "check") == 1
    err = capsys.readouterr().err
    line = next(n for n, text in enumerate(record.read_text().splitlines(), 1)
                if text.startswith("status:"))
    assert f"content/innovations/toss.yaml:{line}:9: error[invalid-enum]: status:" in err
    assert "did you mean 'active'?" in err
    assert "1 error(s) and 0 warning(s) in 1 file(s)." in err


def test_unknown_command_is_usage_error(project: Path) -> None:
    assert katalog(project, "frobnicate") == 2


def test_missing_config_is_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["-f", str(tmp_path / "nope.yml"), "check"]) == 2
    assert "not found" in capsys.readouterr().err


def test_github_format_prints_annotations(project: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    record = project / "content" / "innovations" / "toss.yaml"
    record.write_text(record.read_text().replace("region: \"51.05\"", "region: \"51.99\""))
    assert katalog(project, "check", "--format", "github") == 1
    out = capsys.readouterr().out
    assert out.startswith("::error file=")
    assert ",line=8,col=11,title=unknown-reference::" in out


def test_generate_is_byte_identical_twice(project: Path) -> None:
    assert katalog(project, "-q", "generate") == 0
    docs = project / "build" / "docs"
    first = {p: p.read_bytes() for p in sorted(docs.rglob("*.md"))}
    assert katalog(project, "-q", "generate") == 0
    second = {p: p.read_bytes() for p in sorted(docs.rglob("*.md"))}
    assert first == second and len(first) > 3


def test_generator_never_writes_into_content(project: Path) -> None:
    before = {p: p.read_bytes() for p in (project / "content").rglob("*") if p.is_file()}
    assert katalog(project, "-q", "generate") == 0
    after = {p: p.read_bytes() for p in (project / "content").rglob("*") if p.is_file()}
    assert before == after


@pytest.mark.parametrize(("edit", "message"), [
    (("page_size: 50", "page_size: 500"), "page_size must be 1-100"),
    (("docs_dir: build/docs", "docs_dir: content/docs"), "docs_dir must not contain or lie inside"),
    (("site_dir: site", "site_dir: ."), "site_dir must not contain or lie inside"),
])
def test_unusable_mkdocs_settings_are_usage_errors(project: Path, edit: tuple[str, str],
                                                   message: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text()
    assert edit[0] in text
    config.write_text(text.replace(*edit))
    assert katalog(project, "check") == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
