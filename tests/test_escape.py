"""The escaping boundary as tables: hostile text through escape.py and the link helpers, then Markdown.

Each row is text a contributor could write; the property checked is what a reader gets: the
same characters as plain text, no element, attribute, entity, front-matter key or template code
of the contributor's making. Rendering uses Python-Markdown with mkdocs.yml's extensions.
"""

from __future__ import annotations

import html
import posixpath
from html.parser import HTMLParser
from typing import Any

import jinja2
import markdown
import pytest
import yaml

from generator import escape
from generator.markdown_links import ext, relative
from generator.pages import Page
from generator.render import front_matter

EXTENSIONS = ["attr_list", "md_in_html", "tables", "toc"]

HOSTILE = {
    "plain": "Gardu Penangkis",
    "emphasis": "**tebal** _miring_ *x* __y__ ~~z~~",
    "link": "[klik](javascript:alert(1)) <https://evil.example> ![img](x.png)",
    "reference link": "[a][1]\n\n[1]: https://evil.example",
    "heading": "# Judul\n## Sub",
    "list and quote": "- satu\n1. dua\n> kutip",
    "code": "`kode` ``` pagar ```",
    "table": "| a | b |\n|---|---|\n| c | d |",
    "html": "<script>alert(1)</script><img src=x onerror=alert(1)><b>x</b>",
    "html comment": "<!-- x --> <![CDATA[ y ]]>",
    "entities": "&amp; &lt;b&gt; &#60;script&#62; &#x3C; &copy;",
    "quotes": "\"double\" 'single' `back` “curly”",
    "attribute list": "teks {: .kelas #id onclick=\"alert(1)\" }",
    "md in html": '<div markdown="1">**x**</div>',
    "jinja": "{{ 7*7 }} {% if true %}x{% endif %} {# komentar #}",
    "front matter": "---\ntitle: palsu\n---",
    "yaml": "key: value # comment !!python/object:os.system [a, b] {c: d} &anchor *alias",
    "control characters": "a\x00b\x07c\x1bd\x7fe",
    "whitespace": "  banyak\t\tspasi\n\n\nbaris  \r\n",
    "unicode": "Café Ibu–Anak 🏛️ ÅÄÖ \u00a0nbsp",
    "urls in text": "https://x.go.id/a_(b)_[c]?d=1&e=2#f mailto:a@b.id",
    "backslashes": "\\*tidak miring\\* C:\\Windows\\ \\\\",
    "percent and dollar": "100% $x$ \\(y\\) ^z^ ==w== @user #tag",
}


class Parsed(HTMLParser):
    """Collects element names, attributes and decoded text of an HTML fragment."""

    def __init__(self, fragment: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, dict[str, str | None]]] = []
        self.text = ""
        self.other: list[str] = []
        self.feed(fragment)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text += data

    def handle_comment(self, data: str) -> None:
        self.other.append(f"comment {data}")

    def unknown_decl(self, data: str) -> None:
        self.other.append(f"declaration {data}")


def to_html(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


def folded(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_inline_text_stays_text_in_a_paragraph(text: str) -> None:
    got = Parsed(to_html(escape.inline(text)))
    assert got.tags == ["p"] and got.other == []
    assert got.text == folded(text)


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_inline_text_stays_text_in_a_table_cell_link_and_heading(text: str) -> None:
    safe = escape.inline(text)
    table = Parsed(to_html(f"| a |\n|---|\n| {safe} |"))
    assert table.tags == ["table", "thead", "tr", "th", "tbody", "tr", "td"]
    assert folded(table.text) == "a " + folded(text)
    link = Parsed(to_html(f"[{safe}](../inovasi/x/)"))
    assert link.attrs == [("p", {}), ("a", {"href": "../inovasi/x/"})]
    assert link.text == folded(text)
    heading = Parsed(to_html(f"## {safe}"))
    assert [t for t, _ in heading.attrs] == ["h2"] and heading.text == folded(text)


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_paragraphs_keep_line_breaks_as_paragraphs_and_nothing_else(text: str) -> None:
    got = Parsed(to_html(escape.paragraphs(text)))
    wanted = [folded(line) for line in text.strip().split("\n") if line.strip()]
    assert got.tags == ["p"] * len(wanted) and got.other == []
    assert [folded(p) for p in got.text.split("\n") if p.strip()] == wanted


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_inline_is_inert_for_jinja_and_idempotent_on_markup(text: str) -> None:
    safe = escape.inline(text)
    assert "{{" not in safe and "{%" not in safe and "{#" not in safe
    assert jinja2.Environment().from_string(str(safe)).render() == str(safe)
    assert escape.inline(safe) is safe  # already-escaped Markup is not escaped twice


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_front_matter_holds_exactly_the_given_keys_as_one_line_values(text: str) -> None:
    page = Page("x.md", "t.md.j2", text, description=text, tags=(text, "b"))
    matter = front_matter(page)
    assert matter.startswith("---\n") and matter.endswith("---\n\n")
    body = matter[4:-5]
    assert "\n---\n" not in "\n" + body  # the block ends only where the generator ends it
    data = yaml.safe_load(body)
    plain = html.escape(folded(text), quote=True)
    assert data == {"title": plain, "description": plain, "tags": [plain, "b"]}
    assert escape.plain(text) == plain


def test_plain_escapes_once_for_material_which_prints_it_raw() -> None:
    assert escape.plain('<b a="1">&amp;\'</b>') == "&lt;b a=&quot;1&quot;&gt;&amp;amp;&#x27;&lt;/b&gt;"


# URLs: (what a contributor wrote, whether it may become a link). Brackets, parentheses and
# quotes must be percent-encoded (generator/urls.py); encoded, they survive to the page exactly.
URLS = {
    "https": ("https://menpan.go.id/site/berita", True),
    "mailto": ("mailto:dinkes@example.go.id", True),
    "encoded parentheses": ("https://id.wikipedia.org/wiki/Mal_%28pusat_perbelanjaan%29", True),
    "encoded brackets and query": ("https://x.go.id/a?b%5B%5D=1&c=2#d", True),
    "markdown-like query": ("https://x.go.id/a_b_?q=*x*&r=~y~!$+,;=:@", True),
    "raw parentheses": ("https://id.wikipedia.org/wiki/Mal_(pusat_perbelanjaan)", False),
    "raw brackets": ("https://x.go.id/a?b[]=1", False),
    "quote in query": ("https://x.go.id/?q=\"a\"&r='b'", False),
    "upper-case scheme": ("HTTP://EXAMPLE.GO.ID/", False),
    "javascript": ("javascript:alert(1)", False),
    "javascript upper case": ("JaVaScRiPt:alert(1)", False),
    "javascript after space": (" javascript:alert(1)", False),
    "javascript with tab": ("java\tscript:alert(1)", False),
    "javascript entity": ("javascript&colon;alert(1)", False),
    "data": ("data:text/html,<script>alert(1)</script>", False),
    "vbscript": ("vbscript:msgbox(1)", False),
    "protocol relative": ("//evil.example/x", False),
    "relative": ("../../etc/passwd", False),
    "space inside": ("https://x.go.id/a b", False),
    "newline inside": ("https://x.go.id/a\nb", False),
    "control character": ("https://x.go.id/\x00", False),
    "attribute break-out": ('https://x.go.id/" onmouseover="alert(1)', False),
    "user info": ("https://example.go.id@evil.example/", False),
    "empty": ("", False),
}


@pytest.mark.parametrize(("href", "allowed"), URLS.values(), ids=URLS.keys())
def test_url_is_kept_exactly_or_replaced_by_hash(href: str, allowed: bool) -> None:
    got = escape.url(href)
    if not allowed:
        assert got == "#"
        return
    assert html.unescape(got) == href
    assert not set(str(got)) & set("\"'<> \t\n`")


@pytest.mark.parametrize(("href", "allowed"), URLS.values(), ids=URLS.keys())
@pytest.mark.parametrize("text", ["Laman dinas", HOSTILE["html"], HOSTILE["link"]])
def test_external_link_survives_markdown_with_its_target_or_none(href: str, allowed: bool,
                                                                 text: str) -> None:
    got = Parsed(to_html(f"Sumber: {ext(href, text)}"))
    assert got.attrs == [("p", {}), ("a", {"href": href if allowed else "#", "rel": "noopener"})]
    assert got.text == "Sumber: " + folded(text)


@pytest.mark.parametrize(("target", "here"), [
    ("inovasi/toss.md", ""), ("inovasi/toss.md", "."), ("inovasi/toss.md", "inovasi"),
    ("wilayah/51/index.md", "inovasi"), ("index.md", "wilayah/51/mulai"),
    ("daftar/index.md", "daftar/2"), ("a/b/c.md", "a/b"), ("a/b", "a/b"),
])
def test_relative_matches_posixpath_relpath(target: str, here: str) -> None:
    assert relative(target, here) == posixpath.relpath(target or ".", here or ".")


def test_tables_cover_the_brief() -> None:
    # Keep the table honest: each kind of hostile input named in issue #17 has a row.
    names: Any = set(HOSTILE) | set(URLS)
    assert {"emphasis", "html", "entities", "quotes", "control characters", "jinja",
            "front matter", "raw parentheses", "encoded parentheses", "raw brackets",
            "encoded brackets and query"} <= names
