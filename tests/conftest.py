"""Shared fixtures: a throw-away project folder holding the tiny fixture catalogue."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_CONTENT = ROOT / "tests" / "fixtures" / "catalogue" / "content"


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
    """The site built once from the shipped content/ (the sample catalogue); returns site/."""
    from generator.build import build_site
    from generator.config import load_config

    where = make_project(tmp_path_factory.mktemp("sample") / "project", ROOT / "content")
    config = load_config(where / "mkdocs.yml")
    report, diags = build_site(config)
    assert report is not None, [str(d) for d in diags]
    return config.site_dir
