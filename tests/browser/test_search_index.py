"""The Pagefind bundle `katalog build` writes: which pages it indexes, and with which filters."""

from __future__ import annotations

import json
from pathlib import Path


def test_index_holds_innovations_and_first_listing_page_only(sites: dict[str, Path]) -> None:
    site = sites["root"]
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text())
    innovations = len(list((site / "inovasi").glob("*/index.html")))
    assert entry["languages"]["id"]["page_count"] == innovations + 1  # + daftar/
    assert "data-pagefind-body" not in (site / "index.html").read_text()
    assert "data-pagefind-body" not in (site / "cari" / "index.html").read_text()
    assert "data-pagefind-body" in (site / "daftar" / "index.html").read_text()


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
