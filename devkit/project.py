"""Throw-away projects: takes a folder and a content folder; lays out a catalogue project and names its pages."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.collect import collect
from generator.config import Config
from generator.pages import plan

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_CONTENT = ROOT / "tests" / "fixtures" / "catalogue" / "content"


def make_project(where: Path, content: Path = FIXTURE_CONTENT) -> Path:
    """Lay out mkdocs.yml, site_templates/ and a copy of `content` in `where`; return it."""
    where.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", where / "mkdocs.yml")
    (where / "site_templates").symlink_to(ROOT / "site_templates")
    shutil.copytree(content, where / "content")
    return where


def one_page_per_template(config: Config) -> dict[str, str]:
    """Return page template -> URL path (relative to the site root) of the first page using it.

    Hand-written pages count as one template ("pages/"), MkDocs's 404 page as another.
    """
    catalogue, diags = collect(config.content)
    if catalogue is None:
        raise ValueError(f"the catalogue in {config.content} does not check: {diags[:3]}")
    found: dict[str, str] = {}
    for page in plan(catalogue, config.lang, config.page_size):
        found.setdefault(page.template, url_path(page.path))
    hand_written = sorted((config.content / "pages").rglob("*.md"))
    if hand_written:
        found["pages/"] = url_path(hand_written[0].relative_to(config.content / "pages").as_posix())
    found["404"] = "404.html"
    return found


def url_path(markdown: str) -> str:
    """Return the URL path MkDocs (directory URLs) publishes a Markdown path at: 'a/b.md' -> 'a/b/'."""
    stem = markdown.removesuffix(".md")
    for index in ("index", "README"):
        if stem == index:
            return ""
        stem = stem.removesuffix(f"/{index}")
    return f"{stem}/"
