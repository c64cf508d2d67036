"""Hand-written page backstop: takes a page's Markdown body; returns where it breaks the caps or the HTML allow-list.

The source-level checks in `handwritten.py` mirror Markdown's syntax and can drift from it;
this module looks at what will actually be published instead. It first enforces cheap caps
(nesting depth, brackets per block) that keep Python-Markdown out of deep recursion and
quadratic scans, then renders the body with Python-Markdown and exactly the extensions the
build uses (MkDocs's built-ins plus `markdown_extensions` of mkdocs.yml), and checks every
produced tag and attribute against a strict allow-list.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown  # type: ignore[import-untyped]
import yaml

from generator import urls
from generator.config import TolerantLoader

MAX_PAGE_BYTES = 262_144
MAX_NESTING = 16  # list and blockquote levels
MAX_BRACKETS = 32  # `[` open at once in one block
# MkDocs always adds these (mkdocs.config.defaults: MarkdownExtensions builtins).
MKDOCS_BUILTINS = ("toc", "tables", "fenced_code")

Problem = tuple[int, int, str, str]  # line, column (1-based, in the body), code, value

_HEADINGS = {f"h{i}" for i in range(1, 7)}
_ALLOWED: dict[str, frozenset[str]] = {
    **{tag: frozenset() for tag in ("p", "ul", "li", "blockquote", "pre", "em", "strong", "hr",
                                    "br", "table", "thead", "tbody", "tr")},
    **{tag: frozenset({"id"}) for tag in _HEADINGS},
    "ol": frozenset({"start"}),
    "code": frozenset({"class"}),
    "a": frozenset({"href", "title"}),
    "img": frozenset({"src", "alt", "title"}),
    "th": frozenset({"style"}),
    "td": frozenset({"style"}),
}
_VALUES = {
    "id": re.compile(r"[\w-]+"),
    "start": re.compile(r"[0-9]{1,9}"),
    "class": re.compile(r"language-[A-Za-z0-9_+.#-]+"),
    "style": re.compile(r"text-align: (?:left|right|center);"),
}
_RELATIVE = re.compile(r"[A-Za-z0-9._~/#%-]*", re.ASCII)
_PREFIX = re.compile(r"[ \t]*(?:>|[-*+][ \t]|[0-9]{1,9}[.)][ \t])")


def extensions_of(mkdocs_yml: Path | None) -> list[tuple[str, dict[str, Any]]]:
    """Return the Markdown extensions (name, options) a build with `mkdocs_yml` uses."""
    out: dict[str, dict[str, Any]] = {name: {} for name in MKDOCS_BUILTINS}
    raw: Any = None
    if mkdocs_yml is not None and mkdocs_yml.is_file():
        raw = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=TolerantLoader)
    items = raw.get("markdown_extensions") if isinstance(raw, dict) else None
    for item in items if isinstance(items, list) else []:
        if isinstance(item, str):
            out.setdefault(item, {})
        elif isinstance(item, dict):
            for name, options in item.items():
                out[str(name)] = options if isinstance(options, dict) else {}
    return list(out.items())


def check_body(body: str, extensions: list[tuple[str, dict[str, Any]]]) -> list[Problem]:
    """Return the caps the body breaks, else every allow-list violation of its rendered HTML."""
    lines = body.split("\n")
    found = _caps(lines)
    if found:
        return found
    try:
        html = markdown.Markdown(extensions=[n for n, _ in extensions],
                                 extension_configs=dict(extensions)).convert(body)
    except RecursionError:
        return [(1, 1, "page-render", "too deeply nested")]
    except Exception as exc:  # noqa: BLE001 - any renderer failure must be a located message
        return [(1, 1, "page-render", f"{type(exc).__name__}: {exc}"[:200])]
    checker = _Checker()
    checker.feed(html)
    checker.close()
    return [(*_locate(lines, needle), "page-unsafe-html", value)
            for value, needle in dict.fromkeys(checker.problems)]


def _caps(lines: list[str]) -> list[Problem]:
    """Return the first line nested too deeply and the first block with too many open `[`."""
    out: list[Problem] = []
    depth = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            depth = 0
            continue
        if _nesting(line) > MAX_NESTING and not any(p[2] == "page-too-deep" for p in out):
            out.append((number, 1, "page-too-deep", str(MAX_NESTING)))
        for col, char in enumerate(line, 1):
            if char == "[" and (col == 1 or line[col - 2] != "\\"):
                depth += 1
                if depth > MAX_BRACKETS and not any(p[2] == "page-brackets" for p in out):
                    out.append((number, col, "page-brackets", str(MAX_BRACKETS)))
            elif char == "]" and depth:
                depth -= 1
    return out


def _nesting(line: str) -> int:
    """Return how many list/blockquote levels (or 4-column indents) a line opens."""
    level, rest = 0, line
    while match := _PREFIX.match(rest):
        indent = match.group().expandtabs(4)
        level += 1 + (len(indent) - len(indent.lstrip(" "))) // 4
        rest = rest[match.end():]
    indent = rest.expandtabs(4)
    return level + (len(indent) - len(indent.lstrip(" "))) // 4


def _locate(lines: list[str], needle: str) -> tuple[int, int]:
    """Return the 1-based line and column where `needle` first occurs (any case), else 1:1."""
    needle = needle.lower()
    for number, line in enumerate(lines, 1):
        if needle and (col := line.lower().find(needle)) >= 0:
            return number, col + 1
    return 1, 1


def link_ok(target: str) -> bool:
    """Tell whether a link target is an allowed URL or a plain relative path."""
    if urls.is_url(target):
        return True
    return _RELATIVE.fullmatch(target) is not None and not target.startswith("//")


class _Checker(HTMLParser):
    """Collects (description, text to look for in the source) of each disallowed construct."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        allowed = _ALLOWED.get(tag)
        if allowed is None:
            self.problems.append((f"<{tag}>", f"<{tag}"))
            return
        for name, value in attrs:
            value = value or ""
            if name not in allowed:
                self.problems.append((f"<{tag} {name}=...>", name))
            elif name in ("href", "src"):
                if not link_ok(value):
                    self.problems.append((f"<{tag} {name}={value[:80]!r}>", value[:40]))
            elif name in _VALUES and not _VALUES[name].fullmatch(value):
                self.problems.append((f"<{tag} {name}={value[:80]!r}>", value[:40]))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_comment(self, data: str) -> None:
        self.problems.append(("<!-- -->", "<!--"))

    def handle_decl(self, decl: str) -> None:
        self.problems.append(("<!...>", "<!"))

    def handle_pi(self, data: str) -> None:
        self.problems.append(("<?...>", "<?"))

    def unknown_decl(self, data: str) -> None:
        self.problems.append(("<![...]>", "<!["))
