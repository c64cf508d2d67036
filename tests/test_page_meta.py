"""Head of every built page: description, canonical URL, Open Graph tags, each escaped once."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.build import build_site
from generator.config import load_config

pytestmark = pytest.mark.slow  # builds whole sites

SITE_URL = "https://katalog-inovasi.github.io/katalog-inovasi/"
SITE_DESCRIPTION = "Katalog replikasi inovasi pelayanan publik Indonesia"


class Head(HTMLParser):
    """Collects <html lang>, <title>, <meta> and <link rel=canonical> with decoded attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.lang = ""
        self.meta: dict[str, list[str]] = {}
        self.canonical: list[str] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.lang = a.get("lang", "")
        elif tag == "meta" and ("name" in a or "property" in a):
            self.meta.setdefault(a.get("name") or a["property"], []).append(a.get("content", ""))
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical.append(a.get("href", ""))
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def head(html_file: Path) -> Head:
    parser = Head()
    parser.feed(html_file.read_text(encoding="utf-8"))
    return parser


def test_every_page_has_description_canonical_and_open_graph(sample_site: Path) -> None:
    problems = {}
    for html_file in sorted(sample_site.rglob("*.html")):
        rel = html_file.relative_to(sample_site).as_posix()
        h = head(html_file)
        url = SITE_URL + rel.removesuffix("index.html")
        wanted = {"lang": "id", "og:type": ["website"], "og:locale": ["id_ID"],
                  "og:site_name": ["Katalog Inovasi"]}
        got = {"lang": h.lang, **{k: h.meta.get(k) for k in wanted if k != "lang"}}
        if rel != "404.html":  # MkDocs gives the 404 page no URL of its own
            wanted |= {"canonical": [url], "og:url": [url]}
            got |= {"canonical": h.canonical, "og:url": h.meta.get("og:url")}
        description = h.meta.get("description", [""])
        if len(description) != 1 or not description[0].strip():
            got["description"] = description
        # Only the home page and the 404 page may fall back to the site's own description.
        if rel not in ("index.html", "404.html") and description == [SITE_DESCRIPTION]:
            got["description"] = "site default"
        if h.meta.get("og:description") != description:
            got["og:description"] = h.meta.get("og:description")
        if not h.meta.get("og:title") or not h.meta["og:title"][0].strip():
            got["og:title"] = h.meta.get("og:title")
        if got != wanted:
            problems[rel] = (got, wanted)
    assert not problems


def test_head_values_are_escaped_exactly_once(project: Path) -> None:
    record = project / "content" / "innovations" / "toss.yaml"
    record.write_text(record.read_text().replace("name: TOSS", 'name: "T&amp;S <b>\\"x\\"</b>"'))
    config = load_config(project / "mkdocs.yml")
    assert build_site(config)[0] is not None
    page = config.site_dir / "inovasi" / "toss" / "index.html"
    raw = page.read_text(encoding="utf-8")
    h = head(page)
    # Decoded once, each value is exactly the contributor's text: nothing lost, nothing doubled.
    assert h.meta["og:title"] == ['T&amp;S <b>"x"</b>']
    assert h.title.strip() == 'T&amp;S <b>"x"</b> - Katalog Inovasi'
    summary = "<script>alert(1)</script> Pengolahan sampah **setempat** [x](javascript:alert(1))"
    assert h.meta["description"] == h.meta["og:description"] == [summary]
    assert "<script>alert" not in raw and "<b>" not in raw.split("</head>")[0]
