"""diagnostics.py: located problems as data, deduplicated and ordered, printed for people and for GitHub."""

from __future__ import annotations

import pytest

from generator.diagnostics import (
    Diagnostic,
    Severity,
    diag,
    format_github,
    format_human,
    has_errors,
    sort_diagnostics,
)


def test_diag_locates_at_the_mark_or_the_start_and_keeps_params_as_sorted_text() -> None:
    d = diag("content/innovations/toss.yaml", (3, 7), "duplicate-id", "id", other="b.yaml", id=5)
    assert (d.file, d.line, d.col, d.code, d.field) == ("content/innovations/toss.yaml", 3, 7,
                                                        "duplicate-id", "id")
    assert d.params == (("id", "5"), ("other", "b.yaml")) and d.severity is Severity.ERROR
    assert (diag("x.yaml", None, "empty-file").line, diag("x.yaml", None, "empty-file").col) == (1, 1)


@pytest.mark.parametrize(("lang", "label"), [("id", "saran"), ("en", "hint")])
def test_human_format_is_file_line_col_severity_code_field_message_then_hint(lang: str,
                                                                            label: str) -> None:
    d = diag("a.yaml", (2, 3), "duplicate-id", "id", id="toss", other="b.yaml")
    message, hint = d.message(lang)
    assert "toss" in message and "b.yaml" in message and hint
    assert format_human(d, lang) == f"a.yaml:2:3: error[duplicate-id]: id: {message}\n    {label}: {hint}"
    fieldless = diag("a.yaml", None, "empty-file", severity=Severity.WARNING)
    assert format_human(fieldless, lang).startswith(f"a.yaml:1:1: warning[empty-file]: {fieldless.message(lang)[0]}")


def test_unknown_code_prints_the_code_itself() -> None:
    assert format_human(diag("a.yaml", (1, 1), "no-such-code")) == "a.yaml:1:1: error[no-such-code]: no-such-code"


@pytest.mark.parametrize(("file", "value", "props", "data"), [
    ("a.yaml", "plain", "file=a.yaml,line=4,col=2,title=duplicate-id", "plain"),
    ("dir,with:odd%chars.yaml", "x", "file=dir%2Cwith%3Aodd%25chars.yaml", "x"),
    ("a.yaml", "50% off\r\nnew line", "file=a.yaml", "50%25 off"),
    ("a.yaml", "::error file=evil::pwned", "file=a.yaml", "::error file=evil::pwned"),
])
def test_github_format_escapes_what_would_end_or_split_the_command(file: str, value: str,
                                                                  props: str, data: str) -> None:
    d = diag(file, (4, 2), "duplicate-id", "id", id=value, other="b")
    line = format_github(d, "en")
    assert "\n" not in line and "\r" not in line
    head, body = line.split("::", 2)[1:]
    assert head.startswith(f"error {props}")
    assert data in body  # the message quotes the value, escaped as workflow-command data


def test_sorting_orders_by_place_and_drops_duplicates() -> None:
    later = diag("b.yaml", (1, 1), "empty-file")
    first = diag("a.yaml", (9, 1), "duplicate-id", "id", id="x", other="y")
    same_place_other_code = diag("a.yaml", (9, 1), "id-collision", "id", id="x", other="y")
    assert sort_diagnostics([later, same_place_other_code, first, later, first]) == [
        first, same_place_other_code, later]


def test_warnings_stop_a_run_only_when_strict() -> None:
    warning = diag("a.yaml", None, "empty-file", severity=Severity.WARNING)
    error = diag("a.yaml", None, "empty-file")
    assert not has_errors([warning]) and has_errors([warning], strict=True)
    assert has_errors([warning, error]) and not has_errors([])
    assert isinstance(error, Diagnostic)
