"""Hostile text through a real `katalog build`: shown as text, never markup; failures publish nothing."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.crossref import IMAGE_SUFFIXES
from generator.write import MANIFEST
from tests.cases.corpus import Case, add_media, all_cases
from tests.conftest import ROOT, make_project

pytestmark = pytest.mark.slow  # builds whole sites

VALID = [c for c in all_cases() if c.kind == "valid"]
URL_ATTRS = {"href", "src", "action", "formaction", "poster", "data", "srcset", "background",
             "cite", "xlink:href", "ping"}
BAD_SCHEMES = re.compile(r"^(?:javascript|vbscript|data):", re.IGNORECASE)
FORBIDDEN_TAGS = {"iframe", "object", "embed", "base", "form", "frame", "applet"}
# The search page and its script (Pagefind's own scripts live in pagefind/).
SEARCH_PAGE = "cari/index.html"
SEARCH_SCRIPT = "assets/katalog-search.js"
# Inline scripts Material for MkDocs writes into every page; only the base path ("..") varies.
THEME_INLINE = ("__md_scope=new URL(", "var palette=__md_get(",
                "var target=document.getElementById(location.hash")


class _Page(HTMLParser):
    """Collects scripts, event-handler attributes, URLs and the visible text of the article."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.handlers: list[str] = []
        self.urls: list[str] = []
        self.tags: list[str] = []  # elements inside the page's <article>
        self.headings: list[str] = []
        self.text: list[str] = []
        self._script: list[str] | None = None
        self._article = 0
        self._heading: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._article:
            self.tags.append(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append(f"<{tag} {name}={value!r}>")
            if name in URL_ATTRS and value:
                self.urls.append(value)
        if tag == "script":
            self._script = []
            self.scripts.append((dict(attrs), ""))
        elif tag == "article":
            self._article += 1
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            attrs, _ = self.scripts[-1]
            self.scripts[-1] = (attrs, "".join(self._script))
            self._script = None
        elif tag == "article":
            self._article -= 1
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6") and self._heading is not None:
            self.headings.append(" ".join("".join(self._heading).split()))
            self._heading = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)
        elif self._article:
            self.text.append(data)
            if self._heading is not None:
                self._heading.append(data)

    def visible(self) -> str:
        return " ".join(" ".join(self.text).split())


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture catalogue plus every valid corpus case, built once by a real `katalog build`."""
    project = make_project(tmp_path_factory.mktemp("hostile") / "project")
    add_media(project / "content")
    for case in VALID:
        case.install(project / "content")
    proc = subprocess.run([sys.executable, "-m", "generator", "-q", "build"], cwd=project,
                          capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    return project


def _page_of(project: Path, case: Case) -> Path:
    if case.folder == "pages":  # the case's first Markdown page
        page = next(p for p in case.install_as if p.endswith(".md"))
        return project / "site" / page.removesuffix(".md") / "index.html"
    return project / "site" / "inovasi" / Path(case.install_as[0]).stem / "index.html"


@pytest.mark.parametrize("case", [c for c in VALID if c.hrefs], ids=lambda c: c.name)
def test_odd_urls_reach_the_page_only_as_exact_hrefs(hostile_site: Path, case: Case) -> None:
    """Each odd-but-valid URL is an href with exactly the author's URL, and nothing Markdown made."""
    page = parse(_page_of(hostile_site, case))
    for url in case.hrefs:
        assert url in page.urls, (url, page.urls)
    assert not any("<" in url or "&#" in url for url in page.urls)


@pytest.mark.parametrize("case", [c for c in VALID if c.page_text], ids=lambda c: c.name)
def test_odd_text_is_shown_as_text(hostile_site: Path, case: Case) -> None:
    """Each hostile-but-valid text appears verbatim on its page and adds no element."""
    page = parse(_page_of(hostile_site, case))
    visible = page.visible()
    for text in case.page_text:
        assert " ".join(text.split()) in visible
    assert not page.handlers
    assert not any(attrs.get("src") is None and "alert" in body for attrs, body in page.scripts)
    assert "hr" not in page.tags and not FORBIDDEN_TAGS.intersection(page.tags)
    assert not any(h.startswith(("Kepala palsu", "diretas")) for h in page.headings)


def test_ids_named_like_site_folders_stay_under_inovasi(hostile_site: Path) -> None:
    """ids 404, assets, search and sitemap get their own pages without replacing the theme's."""
    site = hostile_site / "site"
    for rid in ("404", "assets", "search", "sitemap"):
        assert (site / "inovasi" / rid / "index.html").is_file()
    assert "Contoh" not in (site / "404.html").read_text(encoding="utf-8")
    assert any((site / "assets" / "javascripts").glob("bundle.*.min.js"))
    assert json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert (site / "sitemap.xml").read_text(encoding="utf-8").startswith("<?xml")


def test_built_site_has_no_script_but_the_themes(hostile_site: Path) -> None:
    """Every page: scripts only from the theme and search, no on*= handler, no script URL."""
    site = hostile_site / "site"
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > len(VALID)
    variants: dict[str, set[str]] = {}
    for path in pages:
        page = parse(path)
        where = path.relative_to(site).as_posix()
        assert not page.handlers, where
        # The search page holds the one form of any article: our own search box.
        allowed = {"form"} if where == SEARCH_PAGE else set()
        assert not (FORBIDDEN_TAGS - allowed).intersection(page.tags), where
        for url in page.urls:
            assert not BAD_SCHEMES.match("".join(url.split())), (where, url)
        for attrs, body in page.scripts:
            src = attrs.get("src")
            if src and where == SEARCH_PAGE and src.endswith(SEARCH_SCRIPT):
                assert attrs.get("type") == "module", (where, attrs)
            elif src:
                assert "/assets/javascripts/" in "/" + src.lstrip("./"), (where, src)
            elif attrs.get("id") == "__config":
                config = json.loads(body)
                assert config["search"].endswith(".min.js") and "alert" not in body, where
            else:
                prefix = next((p for p in THEME_INLINE if body.startswith(p)), None)
                assert prefix, (where, body[:80])
                variants.setdefault(prefix, set()).add(re.sub(r'URL\("[^"]*"', "URL()", body))
    # An injected script inside a theme snippet would make a second variant of it.
    assert variants and all(len(v) == 1 for v in variants.values()), variants
    scripts = {p.relative_to(site).as_posix() for p in site.rglob("*.js")}
    assert scripts and all(s.startswith(("assets/javascripts/", "pagefind/"))
                           or s == SEARCH_SCRIPT for s in scripts), scripts


def _theme_files() -> set[str]:
    """Files Material and the project's overrides copy into a site (everything but templates)."""
    material = Path(importlib.util.find_spec("material").origin).parent / "templates"  # type: ignore[arg-type,union-attr]
    found: set[str] = set()
    for root in (material, ROOT / "site_templates" / "overrides"):
        found |= {p.relative_to(root).as_posix() for p in root.rglob("*")
                  if p.is_file() and p.suffix not in (".html", ".py", ".pyc")}
    return found


def test_built_site_holds_only_generator_theme_and_search_files(hostile_site: Path) -> None:
    """Every file in site/ is a page built from build/docs, a file copied from it (images), a
    theme asset, MkDocs's sitemap or 404 page, or Pagefind's index: nothing else."""
    site, docs = hostile_site / "site", hostile_site / "build" / "docs"
    expected = {"404.html", "sitemap.xml", "sitemap.xml.gz"} | _theme_files()
    for path in docs.rglob("*"):
        rel = path.relative_to(docs).as_posix()
        if rel.endswith(".md"):
            stem = rel.removesuffix(".md").removesuffix("index").rstrip("/")
            expected.add(f"{stem}/index.html" if stem else "index.html")
        elif path.name == MANIFEST:  # the writer's own list, never published (a dot file)
            continue
        elif path.is_file():  # copied as is: only raster images may be
            assert path.suffix in IMAGE_SUFFIXES, rel
            expected.add(rel)
    built = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    foreign = {p for p in built - expected if not p.startswith("pagefind/")}
    assert not foreign, sorted(foreign)
    assert "tags.json" not in built  # its values were HTML-escaped: the export is off
    assert MANIFEST not in {Path(p).name for p in built}


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_failed_builds_leave_site_byte_identical(hostile_site: Path, tmp_path: Path) -> None:
    """A content error and an MkDocs failure both exit 1 and leave site/ exactly as it was."""
    project = tmp_path / "project"
    shutil.copytree(hostile_site, project, symlinks=True)
    before = _tree(project / "site")
    cmd = [sys.executable, "-m", "generator", "-q", "build"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    record = project / "content" / "innovations" / "toss.yaml"
    good = record.read_text(encoding="utf-8")
    record.write_text(good + "foo: &a bar\n", encoding="utf-8")
    proc = subprocess.run(cmd, cwd=project, capture_output=True, text=True, env=env)
    assert proc.returncode == 1 and "toss.yaml:" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert _tree(project / "site") == before

    record.write_text(good, encoding="utf-8")
    pages = project / "content" / "pages"
    pages.mkdir(exist_ok=True)
    (pages / "rusak.md").write_text("# Rusak\n\n[hilang](tidak-ada.md)\n", encoding="utf-8")
    proc = subprocess.run(cmd, cwd=project, capture_output=True, text=True, env=env)
    assert proc.returncode == 1 and "tidak-ada.md" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert _tree(project / "site") == before
    assert [p.name for p in project.iterdir() if p.name.startswith(".site")] == []
