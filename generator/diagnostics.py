"""Diagnostics as data: takes located problems found by any stage and returns formatted lines."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dc_field
from enum import StrEnum
from pathlib import Path

from generator.bilingual import Bilingual
from generator.messages import render_message


class Severity(StrEnum):
    """How bad a diagnostic is; errors stop the build, warnings only under --strict."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One located problem: where it is, which rule it broke, and the values for its message."""

    file: str
    line: int
    col: int
    code: str
    field: str = ""
    params: tuple[tuple[str, str], ...] = ()
    severity: Severity = dc_field(default=Severity.ERROR, compare=False)

    def message(self, lang: str = "id") -> tuple[str, str]:
        """Return the (message, hint) pair in the given language, with values made visible."""
        return render_message(self.code, {k: visible(v) for k, v in self.params}, lang)


# Anything a terminal could act on or hide: controls (ESC starts OSC-8 links and colour codes,
# CR rewrites the line), format and separator characters, surrogates (undecodable file names).
_UNSAFE = re.compile(r"[^\x20-\x7e]")


def visible(text: str) -> str:
    r"""Return `text` with every control, invisible or undecodable character written as an escape.

    ESC becomes the four characters `\x1b`, a soft hyphen `\u00ad`; a byte of a file name that
    is not UTF-8 (decoded as a lone surrogate) is shown as that byte, `\xff`. Printable
    characters of any script are kept.
    """
    return _UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0xA0:
        return f"\\x{code:02x}"
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the original byte
        return f"\\x{code - 0xDC00:02x}"
    if 0xD800 <= code <= 0xDFFF or unicodedata.category(char) in ("Cf", "Zl", "Zp", "Co", "Cn"):
        return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
    return char


def diag(
    file: str | Path,
    mark: tuple[int, int] | None,
    code: str,
    field: str = "",
    severity: Severity = Severity.ERROR,
    **params: object,
) -> Diagnostic:
    """Build a Diagnostic from a file, a (line, col) mark and message parameters."""
    line, col = mark or (1, 1)
    items = tuple(sorted((k, str(v)) for k, v in params.items()))
    return Diagnostic(str(file), line, col, code, field, items, severity)


def format_human(d: Diagnostic, lang: str = "id") -> str:
    """Return `file:line:col: error[code]: field: message (hint)` for a terminal."""
    message, hint = d.message(lang)
    where = f"{visible(d.field)}: " if d.field else ""
    text = f"{visible(d.file)}:{d.line}:{d.col}: {d.severity.value}[{d.code}]: {where}{message}"
    return f"{text}\n    {hint_label(lang)}: {hint}" if hint else text


def format_github(d: Diagnostic, lang: str = "id") -> str:
    """Return a GitHub Actions workflow command that annotates the line in a pull request."""
    message, hint = d.message(lang)
    where = f"{visible(d.field)}: " if d.field else ""
    body = f"{where}{message}" + (f" ({hint_label(lang)}: {hint})" if hint else "")
    props = f"file={_gh_prop(visible(d.file))},line={d.line},col={d.col},title={_gh_prop(d.code)}"
    return f"::{d.severity.value} {props}::{_gh_data(body)}"


def hint_label(lang: str) -> str:
    """Return the word that introduces a hint in the given language."""
    return _HINT.get(lang)


_HINT = Bilingual("saran", "hint")


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def sort_diagnostics(diags: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Return diagnostics without duplicates, ordered by file, line, column and code."""
    return sorted(set(diags))


def has_errors(diags: Iterable[Diagnostic], strict: bool = False) -> bool:
    """Tell whether the diagnostics stop the run (warnings count only when strict)."""
    return any(d.severity is Severity.ERROR or strict for d in diags)
