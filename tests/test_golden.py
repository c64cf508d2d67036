"""Golden snapshot of the Markdown generated from the fixture catalogue.

Refresh after an intended change with:
    KATALOG_UPDATE_GOLDEN=1 python3 -m pytest tests/test_golden.py
and review the diff under tests/fixtures/golden/ before committing.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from generator.cli import run
from generator.write import MANIFEST

GOLDEN = Path(__file__).parent / "fixtures" / "golden"


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(folder.rglob("*.md"))}


def test_generated_markdown_matches_golden_snapshot(project: Path) -> None:
    assert run(["-f", str(project / "mkdocs.yml"), "-q", "generate"]) == 0
    docs = project / "build" / "docs"
    if os.environ.get("KATALOG_UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(docs, GOLDEN, ignore=shutil.ignore_patterns(MANIFEST))
    expected, actual = tree(GOLDEN), tree(docs)
    assert sorted(actual) == sorted(expected), "pages added or removed; refresh the snapshot"
    for path, text in expected.items():
        assert actual[path] == text, f"{path} differs from the golden snapshot"
