"""Browser fixtures: the fixture catalogue built once (root and /katalog/), served, and a fresh page."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.conftest import katalog, make_project

SUB_PATH = "katalog"

# A record whose text says "layanan" but never "pelayanan" (no `form`, whose label would be
# "Pelayanan Publik"), to check that Pagefind stems Indonesian words.
LAYANAN_RECORD = """\
id: pos-nelayan
name: Pos Nelayan
summary: Pos layanan terpadu bagi nelayan kecil di dermaga Kota Bengkulu.
agency:
  name: Dinas Perikanan Kota Bengkulu
  type: city
  region: "17.71"
started: "2020-02"
status: active
contact:
  unit: Bidang Perikanan Tangkap
sources:
  - title: Laman dinas
    url: https://example.go.id/pos-nelayan
"""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every browser test slow (they build the catalogue twice and drive Chromium)."""
    here = Path(__file__).parent
    for item in items:
        if item.path.is_relative_to(here):
            item.add_marker(pytest.mark.slow)


def build(where: Path, site_url: str | None = None) -> Path:
    """Build the fixture catalogue (plus LAYANAN_RECORD) in `where`; return the site folder."""
    project = make_project(where)
    (project / "content" / "innovations" / "pos-nelayan.yaml").write_text(LAYANAN_RECORD,
                                                                          encoding="utf-8")
    if site_url:
        yml = project / "mkdocs.yml"
        text = re.sub(r"^site_url: .*$", f"site_url: {site_url}", yml.read_text(encoding="utf-8"),
                      count=1, flags=re.MULTILINE)
        yml.write_text(text, encoding="utf-8")
    assert katalog(project, "-q", "build") == 0
    return project / "site"


@pytest.fixture(scope="session")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The catalogue built once for the root and once for /katalog/ (site folders)."""
    tmp = tmp_path_factory.mktemp("browser")
    return {"root": build(tmp / "root"),
            "sub": build(tmp / "sub", f"http://127.0.0.1/{SUB_PATH}/")}


@pytest.fixture(scope="session")
def served(sites: dict[str, Path], local_server: Callable[..., str]) -> dict[str, str]:
    """Base URLs of the catalogue built for the root (served at /) and for /katalog/."""
    return {"root": local_server(sites["root"], "/"),
            "sub": local_server(sites["sub"], f"/{SUB_PATH}/")}


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page that records console errors and uncaught exceptions in `page.errors`."""
    context = browser.new_context()
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.errors = errors  # type: ignore[attr-defined]
    yield tab
    context.close()
