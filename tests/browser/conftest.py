"""Browser fixtures: the fixture catalogue built once (root and /katalog/), served, and Chromium."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from generator.cli import run
from tests.conftest import make_project

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
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


def build(where: Path, site_url: str | None = None) -> Path:
    """Build the fixture catalogue (plus LAYANAN_RECORD) in `where`; return the site folder."""
    project = make_project(where)
    (project / "content" / "innovations" / "pos-nelayan.yaml").write_text(LAYANAN_RECORD,
                                                                          encoding="utf-8")
    if site_url:
        yml = project / "mkdocs.yml"
        yml.write_text(f"site_url: {site_url}\n" + yml.read_text(encoding="utf-8"),
                       encoding="utf-8")
    assert run(["-q", "-f", str(project / "mkdocs.yml"), "build"]) == 0
    return project / "site"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The catalogue built once for the root and once for /katalog/ (site folders)."""
    tmp = tmp_path_factory.mktemp("browser")
    return {"root": build(tmp / "root"),
            "sub": build(tmp / "sub", f"http://127.0.0.1/{SUB_PATH}/")}


@pytest.fixture(scope="session")
def served(sites: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[dict[str, str]]:
    """Serve the catalogue built for the root and for /katalog/; yield both base URLs."""
    root_site, sub_site = sites["root"], sites["sub"]
    www = tmp_path_factory.mktemp("www")
    (www / SUB_PATH).symlink_to(sub_site)
    servers = []
    for folder in (root_site, www):
        handler = functools.partial(_Quiet, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    yield {"root": f"http://127.0.0.1:{servers[0].server_port}/",
           "sub": f"http://127.0.0.1:{servers[1].server_port}/{SUB_PATH}/"}
    for server in servers:
        server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, driven by Playwright (never a downloaded browser)."""
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


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
