"""One sample-site page per template in Chromium: no third-party host, no search index on load, no axe violation.

axe-core runs here, once per page; the Lighthouse test checks SEO and Best Practices only.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser

from devkit.lighthouse import AXE

pytestmark = pytest.mark.slow

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
# Rules outside those tags that Lighthouse's accessibility category also runs (its
# core/gather/gatherers/accessibility.js), so this one axe run covers what Lighthouse checked.
AXE_RULES = {rule: {"enabled": True} for rule in (
    "accesskeys", "aria-allowed-role", "aria-conditional-attr", "aria-deprecated-role",
    "aria-dialog-name", "aria-prohibited-attr", "aria-treeitem-name", "aria-text",
    "empty-heading", "heading-order", "html-xml-lang-mismatch", "identical-links-same-purpose",
    "image-redundant-alt", "input-button-name", "label-content-name-mismatch",
    "landmark-one-main", "link-in-text-block", "meta-viewport", "select-name", "skip-link",
    "tabindex", "table-duplicate-name", "table-fake-caption", "target-size", "td-has-header")}
SEARCH_INDEX = re.compile(
    r"search_index\.json$|pagefind-entry\.json$|\.pf_(meta|index|fragment|filter)$|\.pagefind$")
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


@pytest.fixture(scope="module")
def visits(sample_site: Path, sample_templates: dict[str, str], browser: Browser,
           local_server: Any) -> dict[str, dict[str, Any]]:
    """Load one page per template on a phone-sized screen; return its requests and axe violations."""
    base = local_server(sample_site)
    found: dict[str, dict[str, Any]] = {}
    for path in sorted(set(sample_templates.values())):
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
            "([tags, rules]) => axe.run(document, {runOnly: {type: 'tag', values: tags}, rules})",
            [AXE_TAGS, AXE_RULES])
        found[path] = {
            "requests": requested,
            "violations": [f"{v['id']}: {[n['target'] for n in v['nodes']][:5]}"
                           for v in result["violations"]],
        }
        context.close()
    return found


def test_pages_cover_the_page_types(visits: dict[str, dict[str, Any]]) -> None:
    assert {"", "daftar/", "cari/", "404.html"} <= set(visits)
    assert any(p.startswith("inovasi/") for p in visits)
    assert any(p.startswith("wilayah/") for p in visits)


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
