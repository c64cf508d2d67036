"""A real `katalog build` (MkDocs + Material, --strict) of the fixture catalogue, and the same
Markdown built by ProperDocs and Zensical, the engines the site can move to."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest

from generator.cli import run
from tests.conftest import make_project
from tests.test_page_meta import head

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
    project = make_project(tmp_path / "project")
    assert run(["-f", str(project / "mkdocs.yml"), "-q", "generate"]) == 0
    proc = subprocess.run([sys.executable, "-m", "properdocs", "build", "--strict", "-f",
                           str(project / "mkdocs.yml"), "-d", str(tmp_path / "out")],
                          capture_output=True, text=True, cwd=project)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Gardu Penangkis" in (tmp_path / "out" / "inovasi" / "gardu-penangkis" /
                                 "index.html").read_text(encoding="utf-8")


def page_facts(site: Path) -> dict[str, dict[str, object]]:
    """Return, per built page, what the overrides and front matter promise (attributes decoded)."""
    facts: dict[str, dict[str, object]] = {}
    for html_file in sorted(site.rglob("*.html")):
        rel = html_file.relative_to(site).as_posix()
        if rel.startswith(("assets/", "pagefind/")):
            continue
        h, html = head(html_file), html_file.read_text(encoding="utf-8")
        facts[rel] = {
            "title": unescape(re.findall(r"<title>(.*?)</title>", html)[0]),  # main.html
            "canonical": h.canonical,
            **{name: h.meta.get(name) for name in (
                "description", "og:title", "og:description", "og:url", "og:type", "og:locale")},
            "indexed": "data-pagefind-body" in html,  # partials/content.html
            "header form": 'role="search"' in html and "ki-search__input" in html,  # partials/search.html
            "search code": "katalog-search.js" in html,  # cari.html
            "stylesheet": "assets/katalog.css" in html,  # extra_css
        }
    return facts


def test_zensical_builds_the_same_pages_as_mkdocs(built: Path) -> None:
    """Zensical (Material's successor) reads the same mkdocs.yml and builds the same pages."""
    project = built.parent
    yml = (project / "mkdocs.yml").read_text(encoding="utf-8")
    zensical_yml = project / "zensical.yml"  # the same settings, built into another folder
    zensical_yml.write_text(yml.replace("site_dir: site\n", "site_dir: zensical-site\n"),
                            encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "zensical", "build", "--strict", "-f",
                           str(zensical_yml)], capture_output=True, text=True, cwd=project)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    zensical = project / "zensical-site"
    mkdocs, other = page_facts(built), page_facts(zensical)
    assert sorted(other) == sorted(mkdocs)
    assert {p: (mkdocs[p], f) for p, f in other.items() if f != mkdocs[p]} == {}
    assert mkdocs["cari/index.html"]["search code"] and mkdocs["index.html"]["header form"]
    # Its own search is off: no whole-site index (it still writes an empty one).
    index = zensical / "search.json"
    assert not index.exists() or json.loads(index.read_text(encoding="utf-8"))["items"] == []
