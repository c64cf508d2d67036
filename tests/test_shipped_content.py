"""The shipped content/: it checks clean and a reader can walk the seed story by links."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from generator.cli import run
from tests.conftest import ROOT, make_project

LINK = re.compile(r"\[([^\]]+)\]\(([^)#]+\.md)\)")


def links(docs: Path, page: str) -> dict[str, str]:
    """Return link text -> target page for every Markdown link on `page`."""
    text = (docs / page).read_text(encoding="utf-8")
    return {label: posixpath.normpath(posixpath.join(posixpath.dirname(page), target))
            for label, target in LINK.findall(text)}


def test_reader_walks_from_home_to_gardu_penangkis_and_back(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", ROOT / "content")
    assert run(["-f", str(project / "mkdocs.yml"), "-q", "generate"]) == 0
    docs = project / "build" / "docs"
    bengkulu = links(docs, "index.md")["Bengkulu"]
    utara = links(docs, bengkulu)["Kabupaten Bengkulu Utara"]
    gardu = links(docs, utara)["Gardu Penangkis"]
    assert gardu == "inovasi/gardu-penangkis.md"
    assert links(docs, gardu)["Kabupaten Bengkulu Utara"] == utara
    page = (docs / gardu).read_text(encoding="utf-8")
    assert "Top 45" in page and "21 November 2023" in page
    assert page.count("*belum ada data*") == 3  # start, status and contact: no source gives them


def test_no_shipped_record_is_an_illustrative_sample() -> None:
    assert run(["-f", str(ROOT / "mkdocs.yml"), "-q", "check"]) == 0
    for path in sorted((ROOT / "content" / "innovations").glob("*.yaml")):
        assert not re.search(r"^sample:\s*true\s*$", path.read_text(encoding="utf-8"), re.M), path
