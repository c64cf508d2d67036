"""Search and navigation in headless Chromium: results, filters, sub-path, phone navigation."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

RESULT_LINKS = "#ki-search .ki-search-ui__result a"


def search(page: Page, base: str, query: str) -> list[str]:
    """Open the search page for `query` and return the result links' hrefs once shown."""
    page.goto(f"{base}cari/?q={query}")
    status = page.locator("#ki-search .ki-search-ui__status")
    expect(status).to_have_text(re.compile(r"\d+ hasil|Tidak ada"))
    more = page.locator("#ki-search .ki-search-ui__more")
    shown = 0
    while more.is_visible():  # results come five at a time
        shown = page.locator(RESULT_LINKS).count()
        more.click()
        expect(page.locator(RESULT_LINKS)).not_to_have_count(shown)
    return [a.get_attribute("href") or "" for a in page.locator(RESULT_LINKS).all()]


def no_errors(page: Page) -> None:
    assert page.errors == []  # type: ignore[attr-defined]


def test_typed_query_finds_innovation_and_opens_it(page: Page, served: dict[str, str]) -> None:
    page.goto(served["root"] + "cari/")
    page.get_by_label("Kata kunci").fill("penangkis")
    link = page.locator(RESULT_LINKS).filter(has_text="Gardu Penangkis")
    expect(link).to_have_count(1)
    expect(page).to_have_url(re.compile(r"\?q=penangkis$"))
    link.click()
    expect(page).to_have_url(served["root"] + "inovasi/gardu-penangkis/")
    expect(page.locator("h1")).to_have_text("Gardu Penangkis")
    no_errors(page)


def test_pelayanan_finds_record_that_only_says_layanan(page: Page,
                                                        served: dict[str, str]) -> None:
    hrefs = search(page, served["root"], "pelayanan")
    assert "/inovasi/pos-nelayan/" in hrefs
    no_errors(page)


def test_kesehatan_finds_records_with_capital_kesehatan(page: Page,
                                                         served: dict[str, str]) -> None:
    hrefs = search(page, served["root"], "kesehatan")
    assert "/inovasi/gardu-penangkis/" in hrefs
    assert "/inovasi/toss/" not in hrefs
    no_errors(page)


def test_province_filter_narrows_results(page: Page, served: dict[str, str]) -> None:
    before = search(page, served["root"], "kabupaten")
    assert "/inovasi/toss/" in before and "/inovasi/gardu-penangkis/" in before
    page.locator("#ki-search summary").click()
    page.locator("fieldset", has_text="Provinsi").get_by_label(re.compile("^ ?Bali")).check()
    expect(page.locator(RESULT_LINKS).first).to_have_attribute("href", "/inovasi/toss/")
    after = [a.get_attribute("href") for a in page.locator(RESULT_LINKS).all()]
    assert "/inovasi/gardu-penangkis/" not in after
    no_errors(page)


def test_header_form_goes_to_search_page_without_javascript(browser, served: dict[str, str]
                                                            ) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served["root"] + "inovasi/toss/")
    page.locator("header form[role=search] input[name=q]").fill("sampah")
    page.locator("header form[role=search] button[type=submit]").click()
    expect(page).to_have_url(served["root"] + "cari/?q=sampah")
    expect(page.locator("#ki-search-nojs a")).to_have_attribute("href", "../daftar/")
    context.close()


def test_only_search_page_loads_search_code(page: Page, served: dict[str, str]) -> None:
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(served["root"] + "inovasi/gardu-penangkis/")
    page.wait_for_load_state("networkidle")
    assert not [u for u in fetched if "pagefind" in u or "search" in u]


@pytest.mark.parametrize("path", ["", "inovasi/gardu-penangkis/", "daftar/"])
def test_pages_load_without_javascript_errors(page: Page, served: dict[str, str],
                                              path: str) -> None:
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    page.goto(served["root"] + path)
    page.wait_for_load_state("networkidle")
    assert failed == []
    no_errors(page)


def test_phone_navigation_opens_drawer_and_follows_link(browser, served: dict[str, str]) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True,
                                  has_touch=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(served["root"])
    drawer_link = page.locator(".md-sidebar--primary .md-nav__link", has_text="Semua inovasi")
    expect(drawer_link).not_to_be_in_viewport()
    page.locator("label.md-header__button[for=__drawer]").click()
    expect(drawer_link).to_be_in_viewport()
    drawer_link.click()
    expect(page).to_have_url(served["root"] + "daftar/")
    expect(page.locator("h1")).to_have_text("Semua inovasi")
    # The header search stays reachable on a phone: the button leads to the search page.
    page.locator("header form[role=search] button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/cari/\?q=$"))
    assert errors == []
    context.close()


def test_search_and_links_work_under_a_sub_path(page: Page, served: dict[str, str]) -> None:
    base = served["sub"]
    hrefs = search(page, base, "penangkis")
    assert "/katalog/inovasi/gardu-penangkis/" in hrefs
    page.locator(RESULT_LINKS).first.click()
    expect(page).to_have_url(base + "inovasi/gardu-penangkis/")
    failed: list[str] = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    page.locator("header form[role=search] input[name=q]").fill("sampah")
    page.locator("header form[role=search] input[name=q]").press("Enter")
    expect(page).to_have_url(base + "cari/?q=sampah")
    expect(page.locator(RESULT_LINKS).first).to_have_attribute("href", "/katalog/inovasi/toss/")
    page.goto(base)
    page.wait_for_load_state("networkidle")
    assert failed == []
    no_errors(page)
