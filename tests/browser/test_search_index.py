"""The Pagefind bundle `katalog build` writes: which pages it indexes, and with which filters."""

from __future__ import annotations

import json
from pathlib import Path


def test_index_holds_marked_pages_only(sites: dict[str, Path]) -> None:
    site = sites["root"]
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text())
    marked = [p for p in site.rglob("*.html") if "data-pagefind-body" in p.read_text()]
    assert entry["languages"]["id"]["page_count"] == len(marked)
    innovations = set((site / "inovasi").glob("*/index.html"))
    assert innovations and innovations <= set(marked)
    assert site / "daftar" / "index.html" in marked
    for unmarked in ("index.html", "cari/index.html", "404.html"):
        assert site / unmarked not in marked


def test_innovation_page_carries_escaped_filters(sites: dict[str, Path]) -> None:
    html = (sites["root"] / "inovasi" / "toss" / "index.html").read_text()
    assert '<span data-pagefind-filter="Provinsi">Bali</span>' in html
    assert '<span data-pagefind-filter="Tahun mulai">2017</span>' in html
    assert '<span data-pagefind-filter="Status">Aktif</span>' in html
    assert 'data-pagefind-filter="Penghargaan"' in html
    assert "<script>alert" not in html


def test_no_page_but_search_page_loads_search_code(sites: dict[str, Path]) -> None:
    site = sites["root"]
    for page in site.rglob("*.html"):
        if page.parent.name == "pagefind" or "pagefind" in page.parts:
            continue
        loads = "katalog-search.js" in page.read_text()
        assert loads == (page == site / "cari" / "index.html"), page
    assert not (site / "search" / "search_index.json").exists()
