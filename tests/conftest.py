"""Shared fixtures: a throw-away project folder holding the tiny fixture catalogue."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_CONTENT = ROOT / "tests" / "fixtures" / "catalogue" / "content"
# The illustrative sample records that content/ shipped before it held only researched ones.
SAMPLE_RECORDS = ROOT / "tests" / "fixtures" / "samples"
# Shipped records the samples refer to (pas-urban-buleleng replicates TOSS).
SAMPLE_REFERENCES = ("toss-klungkung.yaml",)


def make_project(where: Path, content: Path = FIXTURE_CONTENT) -> Path:
    """Lay out mkdocs.yml, site_templates/ and a copy of `content` in `where`; return it."""
    where.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", where / "mkdocs.yml")
    (where / "site_templates").symlink_to(ROOT / "site_templates")
    shutil.copytree(content, where / "content")
    return where


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder with the fixture catalogue, ready for `katalog -f .../mkdocs.yml`."""
    return make_project(tmp_path / "project")


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built once from content/'s registries and the sample records; returns site/."""
    from generator.build import build_site
    from generator.config import load_config

    where = make_project(tmp_path_factory.mktemp("sample") / "project", ROOT / "content")
    shutil.rmtree(where / "content" / "innovations")
    shutil.copytree(SAMPLE_RECORDS, where / "content" / "innovations")
    for name in SAMPLE_REFERENCES:
        shutil.copy(ROOT / "content" / "innovations" / name, where / "content" / "innovations")
    config = load_config(where / "mkdocs.yml")
    report, diags = build_site(config)
    assert report is not None, [str(d) for d in diags]
    return config.site_dir


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, driven by Playwright; one per test session (never downloaded)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield chromium
        chromium.close()
