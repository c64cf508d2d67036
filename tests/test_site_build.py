"""A real `katalog build` (MkDocs + Material, --strict) of the fixture catalogue."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.cli import run
from tests.conftest import make_project

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("site") / "project")
    assert run(["-f", str(project / "mkdocs.yml"), "-q", "build"]) == 0
    return project / "site"


def test_innovation_page_is_built_with_facts_and_sample_notice(built: Path) -> None:
    html = (built / "inovasi" / "gardu-penangkis" / "index.html").read_text(encoding="utf-8")
    assert "<h1" in html and "Gardu Penangkis" in html
    assert "Contoh ilustratif" in html
    assert 'href="../../wilayah/17-03-kabupaten-bengkulu-utara/"' in html
    assert "Dinas Kesehatan Kabupaten Lebong" in html


def test_script_in_summary_is_shown_as_text_not_run(built: Path) -> None:
    html = (built / "inovasi" / "toss" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html or "&#60;script&#62;alert" in html
    assert "<script>alert(1)" not in html
    assert 'href="javascript:' not in html
    assert "<strong>setempat</strong>" not in html


def test_innovation_pages_are_not_in_the_navigation(built: Path) -> None:
    home = (built / "index.html").read_text(encoding="utf-8")
    nav_links = re.findall(r'<a href="([^"]*)"[^>]*class="md-nav__link', home)
    assert any(link.startswith("wilayah/") for link in nav_links)
    assert not any("inovasi/" in link for link in nav_links)


def test_region_page_shows_started_and_adopted(built: Path) -> None:
    lebong = (built / "wilayah" / "17-07-kabupaten-lebong" / "index.html").read_text("utf-8")
    assert "Gardu Penangkis" in lebong
    province = (built / "wilayah" / "17-bengkulu" / "index.html").read_text("utf-8")
    assert "Kabupaten Bengkulu Utara" in province and "Hub JIPP Provinsi Bengkulu" in province


def test_properdocs_builds_the_same_markdown_strictly(tmp_path: Path) -> None:
    """The generated Markdown needs no custom plugin: ProperDocs (a MkDocs 1.x fork) builds it."""
    import subprocess
    import sys

    project = make_project(tmp_path / "project")
    assert run(["-f", str(project / "mkdocs.yml"), "-q", "generate"]) == 0
    proc = subprocess.run([sys.executable, "-m", "properdocs", "build", "--strict", "-f",
                           str(project / "mkdocs.yml"), "-d", str(tmp_path / "out")],
                          capture_output=True, text=True, cwd=project)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Gardu Penangkis" in (tmp_path / "out" / "inovasi" / "gardu-penangkis" /
                                 "index.html").read_text(encoding="utf-8")
