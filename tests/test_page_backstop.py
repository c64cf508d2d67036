"""The rendered-HTML backstop of hand-written pages: what Python-Markdown would publish is checked."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest

from generator import page_html
from generator.page_html import MAX_BRACKETS, MAX_NESTING, check_body, extensions_of
from tests.conftest import ROOT

EXTENSIONS = extensions_of(ROOT / "mkdocs.yml")
DIFFERENTIALS = ROOT / "tests" / "cases" / "invalid" / "page_fence-differentials"


def test_extensions_are_the_builds() -> None:
    """MkDocs's built-ins plus mkdocs.yml's markdown_extensions, with their options."""
    names = [name for name, _ in EXTENSIONS]
    assert names[:3] == ["toc", "tables", "fenced_code"]
    assert {"attr_list", "md_in_html"} <= set(names)
    assert dict(EXTENSIONS)["toc"] == {"permalink": False}


@pytest.mark.parametrize("page", sorted(p.name for p in DIFFERENTIALS.glob("*.md")))
def test_every_red_team_page_is_caught_by_the_backstop_alone(page: str) -> None:
    """Each differential page that renders to a script or handler breaks the allow-list.

    The corpus case shows the source checks catch them too; this shows the backstop would.
    """
    body = (DIFFERENTIALS / page).read_text(encoding="utf-8")
    rendered = markdown.markdown(body, extensions=[n for n, _ in EXTENSIONS],
                                 extension_configs=dict(EXTENSIONS))
    unsafe = re.search(r"<script|\son\w+=|src=\"java", rendered) is not None
    codes = {code for _, _, code, _ in check_body(body, EXTENSIONS)}
    assert codes == ({"page-unsafe-html"} if unsafe else set()), rendered


@pytest.mark.parametrize(("body", "value"), [
    ("```{.x onclick=alert(1)}\nx\n```\n", "<code onclick=...>"),
    ("Teks\n\n<script>alert(1)</script>\n", "<script>"),
    ("[a](javascript:alert(1))\n", "<a href='javascript:alert(1)'>"),
    ("![x](java\tscript:alert(1))\n", "<img src='java   script:alert(1)'>"),
    ("# Judul {: onclick=x }\n", "<h1 onclick=...>"),
    ("<!-- komentar -->\n", "<!-- -->"),
    ("<iframe srcdoc=x></iframe>\n", "<iframe>"),
])
def test_disallowed_html_is_named_and_located(body: str, value: str) -> None:
    problems = check_body(body, EXTENSIONS)
    assert value in [v for _, _, _, v in problems]
    assert all(code == "page-unsafe-html" and line >= 1 and col >= 1
               for line, col, code, _ in problems)


def test_ordinary_markdown_passes() -> None:
    body = ("# Tentang\n\nTeks *miring* dan **tebal**, `kode`, [tautan](tentang.md#a) dan "
            "[situs](https://example.go.id/a?b=1&c=2).\n\n1. satu\n2. dua\n\n> kutipan\n\n"
            "| a | b |\n|:--|--:|\n| 1 | 2 |\n\n```python\nprint('<script>')\n```\n\n"
            "![foto](foto.png \"judul\")\n\n---\n")
    assert check_body(body, EXTENSIONS) == []
    assert check_body("\\[" * 100, EXTENSIONS) == []  # escaped brackets are text


def test_deep_nesting_and_brackets_are_refused_before_rendering(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """300 nested list levels or 20,000 `[` never reach Python-Markdown (recursion, quadratic)."""
    monkeypatch.setattr(page_html.markdown, "Markdown", lambda **_: pytest.fail("rendered"))
    deep = "\n".join("    " * level + "- x" for level in range(300))
    assert check_body(deep, EXTENSIONS) == [(MAX_NESTING + 1, 1, "page-too-deep",
                                             str(MAX_NESTING))]
    quotes = ">" * 300 + " x"
    assert [p[2] for p in check_body(quotes, EXTENSIONS)] == ["page-too-deep"]
    brackets = "[" * 20_000 + "]" * 20_000
    assert check_body(brackets, EXTENSIONS) == [(1, MAX_BRACKETS + 1, "page-brackets",
                                                 str(MAX_BRACKETS))]


def test_a_renderer_failure_is_a_problem_not_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken:
        def __init__(self, **_: object) -> None:
            pass

        def convert(self, text: str) -> str:
            raise RecursionError

    monkeypatch.setattr(page_html.markdown, "Markdown", Broken)
    assert check_body("x", EXTENSIONS) == [(1, 1, "page-render", "too deeply nested")]


def test_missing_mkdocs_yml_gives_the_builtins(tmp_path: Path) -> None:
    assert [n for n, _ in extensions_of(tmp_path / "mkdocs.yml")] == ["toc", "tables",
                                                                       "fenced_code"]
