"""Table tests: the one URL rule (urls.is_url), its escaping (escape.url), invisible characters and look-alikes."""

from __future__ import annotations

import html
import unicodedata
from pathlib import Path

import pytest

from generator import escape, urls
from generator.chars import find_invisible
from generator.plausible import skeleton
from generator.registries import load_registries
from tests.cases.corpus import make_content

REFUSED = [
    "https://example.go.id/[x](onmouseover=alert(document.domain)//)",
    "https://example.go.id/a(b)",
    "https://example.go.id/a'b",
    'https://example.go.id/a"b',
    "https://example.go.id/a b",
    "https://example.go.id/a\tb",
    "https://example.go.id/a\nb",
    "https://example.go.id/<script>",
    "https://example.go.id/a\\b",
    "https://example.go.id/`x`",
    "https://example.go.id/{x}",
    "https://example.go.id/a|b",
    "https://example.go.id/a^b",
    "https://example.go.id/a%0Ab",
    "https://example.go.id/a%0d%0aSet-Cookie:x",
    "https://example.go.id/a%00",
    "https://example.go.id/a%7F",
    "https://example.go.id/a%zz",
    "https://example.go.id@evil.example/",
    "https://user:pass@example.go.id/",
    "https://bücher.example/",
    "https://exаmple.go.id/",  # Cyrillic а
    "https://example.go.id/\u00ad",
    "https://example.go.id/\u202e",
    "https://localhost/",
    "https://[::1]/",
    "https://127.0.0.1/",
    "https://-example.go.id/",
    "https:example.go.id",
    "//example.go.id/",
    "HTTPS://example.go.id/",
    "Https://example.go.id/",
    " https://example.go.id/",
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "javascript&#58;alert(1)",
    "java\tscript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "ftp://example.go.id/",
    "mailto:dinas?bcc=x%40evil.example@example.go.id",
    "mailto:dinas@example.go.id?cc=x@evil.example",
    "mailto:Dinas <dinas@example.go.id>",
    "mailto:a..b@example.go.id",
    "mailto:dinas@example",
    "mailto:dinas@example.go.id,x@evil.example",
    "mailto:%64inas@example.go.id",
    "mailto:",
    "https://example.go.id/" + "a" * urls.MAX_URL_CHARS,
]
ALLOWED = [
    "https://example.go.id",
    "https://example.go.id/",
    "http://example.go.id:8080/a/b.pdf",
    "https://xn--bcher-kva.example/",
    "https://example.go.id/a_b*c?x=1&y=2#bagian-2",
    "https://example.go.id/~user/a,b;c=d!e$f+g@h:i",
    "https://example.go.id/a%20b%28c%29",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "mailto:dinas.kominfo+humas@kab-contoh.go.id",
    "https://example.go.id/&#106;avascript:x",  # legal, and inert: & and ; are escaped again
]


@pytest.mark.parametrize("value", REFUSED)
def test_hostile_urls_are_refused_and_escape_to_hash(value: str) -> None:
    """Every hostile URL fails the rule, and escape.url turns it into '#'."""
    assert not urls.is_url(value)
    assert escape.url(value) == "#"


@pytest.mark.parametrize("value", ALLOWED)
def test_allowed_urls_escape_to_inert_attributes(value: str) -> None:
    """An allowed URL decodes back to itself and holds no character Markdown or HTML reacts to."""
    assert urls.is_url(value)
    out = str(escape.url(value))
    assert html.unescape(out) == value
    assert not any(c in out.replace("&#", "").replace(";", "") for c in "[]()<>\"'`\\*_!{}|=")


@pytest.mark.parametrize(("value", "ok"), [
    ("dinas@kab.go.id", True), ("dinas?bcc=x%40evil.example@example.go.id", False),
    ("dinas@kab.go.id\n", False), ("dinas@kab.go.id ", False), ("dinás@kab.go.id", False),
    ("\"a b\"@kab.go.id", False), ("dinas@kab.go.id>", False), (".dinas@kab.go.id", False)])
def test_email_addresses(value: str, ok: bool) -> None:
    """contact.email takes a bare ASCII address, the same as a mailto: URL."""
    assert urls.is_address(value) is ok
    assert urls.is_url("mailto:" + value) is ok


@pytest.mark.parametrize("text", [
    "<script>alert(1)</script>", "[x](javascript:alert(1))", "{: onclick=x }", "&lt;b&gt;",
    "javascript&#58;x", "---\ntitle: x", "{{ 7*7 }}", "`code`", "![i](data:x)", "<!-- x -->"])
def test_inline_text_holds_no_markup_character(text: str) -> None:
    """escape.inline writes every Markdown or HTML punctuation character as a reference."""
    out = str(escape.inline(text))
    assert not any(c in out.replace("&#", "").replace(";", "") for c in "<>[](){}`!&\"'*_=-")
    assert html.unescape(out) == " ".join(text.split())


def test_every_format_character_is_invisible() -> None:
    """All Unicode Cf characters (soft hyphen, joiners, bidi, tags) and the blank fillers are refused."""
    for code in range(0x110000):
        char = chr(code)
        if unicodedata.category(char) in ("Cf", "Co"):
            assert find_invisible(f"a{char}b") == f"U+{code:04X}"
    for char in "\u034f\u115f\u1160\u17b4\u180b\u3164\uffa0\ufe0f\u2028\U000e0041":
        assert find_invisible(char)
    assert find_invisible("Kabupaten Klungkung – Bali, ‘kutip’ “ganda” é ñ 中文 العربية") is None


@pytest.mark.parametrize(("a", "b"), [
    ("Kabupaten Klungkung", "Kabupaten KIungkung"), ("TOSS", "TОSS"), ("Kota Batu", "kota  batu"),
    ("Kota Palu", "Kota Pa1u"), ("Kabupaten Ａceh", "Kabupaten Aceh")])
def test_look_alike_names_share_a_skeleton(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b)


def test_registry_urls_and_look_alike_region_names_are_refused(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """hub.url and programmes[].url use the same URL type; look-alike region names are errors."""
    content = make_content(tmp_path)
    regions = content / "regions.yaml"
    text = regions.read_text(encoding="utf-8")
    text = text.replace("    name: Kabupaten Lebong\n", "    name: Kabupaten Bengkulu Utara\n", 1)
    regions.write_text(text + "  - code: \"17.99\"\n    name: Kota Bengku1u\n    hub:\n"
                       "      name: Hub\n      url: \"https://example.go.id/[x](y)\"\n",
                       encoding="utf-8")
    awards = content / "awards.yaml"
    text = awards.read_text(encoding="utf-8")
    awards.write_text(text.replace("url: https://publicadministration.un.org/en/UNPSA",
                                   "url: \"mailto:a?bcc=b@c.id\"", 1), encoding="utf-8")
    monkeypatch.chdir(content)
    _, diags = load_registries(Path("."))
    found = sorted((d.file, d.code, d.field) for d in diags)
    assert ("awards.yaml", "invalid-url", "programmes[1].url") in found
    assert ("regions.yaml", "invalid-url", "regions[6].hub.url") in found
    # The URL errors stop validation; with them fixed, the name clashes are found.
    regions.write_text(regions.read_text(encoding="utf-8").replace("[x](y)", "x"), encoding="utf-8")
    awards.write_text(text, encoding="utf-8")
    _, diags = load_registries(Path("."))
    clashes = [(d.line, d.code, d.field) for d in diags]
    assert clashes == [(9, "region-name-clash", "regions[2].name"),
                       (17, "region-name-clash", "regions[6].name")], clashes
