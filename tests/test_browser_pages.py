"""Sample-site pages in Chromium: no third-party host, no search index on load, no axe violation."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser

from tests.lighthouse_kit import LIGHTHOUSE_DIR, serve

AXE = LIGHTHOUSE_DIR / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
SEARCH_INDEX = re.compile(
    r"search_index\.json$|pagefind-entry\.json$|\.pf_(meta|index|fragment|filter)$|\.pagefind$")
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
PER_FOLDER = 5  # pages checked per top-level folder, so the test stays fast as content grows


def pages(site: Path) -> list[str]:
    """Return URL paths of the pages to load: every root page and the first few of each folder."""
    chosen: list[str] = []
    by_folder: dict[str, int] = {}
    for html in sorted(site.rglob("*.html")):
        rel = html.relative_to(site).as_posix()
        folder = rel.split("/", 1)[0] if "/" in rel else ""
        if folder and by_folder.get(folder, 0) >= PER_FOLDER:
            continue
        by_folder[folder] = by_folder.get(folder, 0) + 1
        chosen.append(rel.removesuffix("index.html"))
    return chosen


@pytest.fixture(scope="module")
def visits(sample_site: Path, browser: Browser) -> dict[str, dict[str, Any]]:
    """Load each chosen page on a phone-sized screen; return its requests and axe violations."""
    found: dict[str, dict[str, Any]] = {}
    with serve(sample_site) as base:
        for path in pages(sample_site):
            context = browser.new_context(viewport={"width": 412, "height": 823},
                                          device_scale_factor=2, is_mobile=True, has_touch=True)
            requested: list[str] = []
            context.on("request", lambda req, seen=requested: seen.append(req.url))
            # Nothing may leave the machine: record every request, answer only local ones.
            context.route(re.compile(r"^(?!http://(127\.0\.0\.1|localhost)[:/])"),
                          lambda route: route.abort())
            page = context.new_page()
            page.goto(base + path, wait_until="networkidle")
            page.add_script_tag(path=str(AXE))
            result = page.evaluate(
                "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
            found[path] = {
                "requests": requested,
                "violations": [f"{v['id']}: {[n['target'] for n in v['nodes']][:5]}"
                               for v in result["violations"]],
            }
            context.close()
    return found


def test_pages_cover_the_page_types(visits: dict[str, dict[str, Any]]) -> None:
    assert {"", "daftar/"} <= set(visits)
    assert any(p.startswith("inovasi/") for p in visits)


def test_no_page_requests_a_third_party_host(visits: dict[str, dict[str, Any]]) -> None:
    foreign = {path: [u for u in v["requests"]
                      if urlsplit(u).scheme not in ("data", "blob")
                      and urlsplit(u).hostname not in LOCAL_HOSTS]
               for path, v in visits.items()}
    assert not {path: urls for path, urls in foreign.items() if urls}


def test_no_page_downloads_a_search_index_on_load(visits: dict[str, dict[str, Any]]) -> None:
    # The search page too: Pagefind is fetched on the first query, not when the page opens.
    assert "cari/" in visits
    loaded = {path: [u for u in v["requests"]
                     if SEARCH_INDEX.search(urlsplit(u).path) or "pagefind" in urlsplit(u).path]
              for path, v in visits.items()}
    assert not {path: urls for path, urls in loaded.items() if urls}


def test_no_page_has_an_axe_violation(visits: dict[str, dict[str, Any]]) -> None:
    assert not {path: v["violations"] for path, v in visits.items() if v["violations"]}
