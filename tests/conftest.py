"""Shared fixtures: a throw-away project folder, the sample site, one local server, one Chromium."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from devkit.project import FIXTURE_CONTENT, ROOT, make_project, one_page_per_template
from devkit.web import launch_chromium, serve
from generator.cli import run
from generator.config import load_config

if TYPE_CHECKING:
    from playwright.sync_api import Browser

__all__ = ["FIXTURE_CONTENT", "ROOT", "katalog", "make_project"]

# The illustrative sample records that content/ shipped before it held only researched ones.
SAMPLE_RECORDS = ROOT / "tests" / "fixtures" / "samples"
# Shipped records the samples refer to (pas-urban-buleleng replicates TOSS).
SAMPLE_REFERENCES = ("toss-klungkung.yaml",)


def katalog(project: Path, *args: str) -> int:
    """Run `katalog -f PROJECT/mkdocs.yml ARGS...` in this process; return its exit code."""
    return run(["-f", str(project / "mkdocs.yml"), *args])


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder with the fixture catalogue, ready for `katalog -f .../mkdocs.yml`."""
    return make_project(tmp_path / "project")


@pytest.fixture(scope="session")
def sample_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project holding content/'s registries and the sample records, built once into site/."""
    where = make_project(tmp_path_factory.mktemp("sample") / "project", ROOT / "content")
    shutil.rmtree(where / "content" / "innovations")
    shutil.copytree(SAMPLE_RECORDS, where / "content" / "innovations")
    for name in SAMPLE_REFERENCES:
        shutil.copy(ROOT / "content" / "innovations" / name, where / "content" / "innovations")
    assert katalog(where, "-q", "build") == 0
    return where


@pytest.fixture(scope="session")
def sample_site(sample_project: Path) -> Path:
    """The site built once from content/'s registries and the sample records; returns site/."""
    return sample_project / "site"


@pytest.fixture(scope="session")
def sample_templates(sample_project: Path) -> dict[str, str]:
    """Template -> URL path of the first sample-site page made with it (one page per template)."""
    return one_page_per_template(load_config(sample_project / "mkdocs.yml"))


@pytest.fixture(scope="session")
def local_server() -> Iterator[Callable[..., str]]:
    """Serve built sites from localhost (gzip, like the real host) until the session ends.

    Call it with a site folder (and optionally the URL path to serve it at; by default the
    path it was built for); it returns the base URL. Each folder and path is served once.
    """
    with ExitStack() as stack:
        running: dict[tuple[Path, str | None], str] = {}

        def base_url(site: Path, prefix: str | None = None) -> str:
            key = (site.resolve(), prefix)
            if key not in running:
                running[key] = stack.enter_context(serve(site, prefix))
            return running[key]

        yield base_url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, driven by Playwright; one per test session (never downloaded)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = launch_chromium(pw)
        yield chromium
        chromium.close()
