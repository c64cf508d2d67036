"""MkDocs hook used only by `katalog serve`: takes each preview build; indexes it with Pagefind.

`katalog serve` passes this file to MkDocs as a config override (`hooks`), so mkdocs.yml
stays plain and `mkdocs build` never needs it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from generator.bilingual import language as site_language
from generator.search import SearchIndexError, index_site

log = logging.getLogger("mkdocs.katalog")


def on_post_build(config: Any, **kwargs: Any) -> None:
    """Write the Pagefind bundle into the preview's site folder after every rebuild."""
    try:
        language = str(config["theme"]["language"] or "id")
        index_site(Path(config["site_dir"]), site_language(language))
    except SearchIndexError as exc:
        log.warning("search index not updated: %s", exc)
