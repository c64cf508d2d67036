"""docs/LIMITS.md states the caps the loader and schema really enforce."""

from __future__ import annotations

from generator import cache, load, model, page_html, regions_import, registries, write
from generator.model import Classification, Innovation
from tests.conftest import ROOT


def _max_length(field: object) -> int:
    return next(m.max_length for m in getattr(field, "metadata", []) if hasattr(m, "max_length"))


def test_limits_page_matches_the_code() -> None:
    text = (ROOT / "docs" / "LIMITS.md").read_text(encoding="utf-8")
    rows = {
        "MAX_FILE_BYTES": f"{load.MAX_FILE_BYTES:,} bytes",
        "MAX_DEPTH": f"{load.MAX_DEPTH} levels",
        "MAX_LIST_ITEMS": f"| {load.MAX_LIST_ITEMS} |",
        "MAX_KEYS": f"| {load.MAX_KEYS} |",
        "MAX_TEXT_CHARS": f"| {load.MAX_TEXT_CHARS:,} |",
        "MAX_SUMMARY_WORDS": f"| {model.MAX_SUMMARY_WORDS} |",
        "Innovation.name": f"| {_max_length(Innovation.model_fields['name'])} |",
        "Classification.sdgs": f"| {_max_length(Classification.model_fields['sdgs'])} |",
        "REGISTRY_MAX_BYTES": f"{registries.REGISTRY_MAX_BYTES:,} bytes",
        "REGISTRY_MAX_ITEMS": f"| {registries.REGISTRY_MAX_ITEMS:,} |",
        "MAX_CSV_BYTES": f"{regions_import.MAX_CSV_BYTES:,} bytes",
        "MAX_NAME_CHARS": f"| {regions_import.MAX_NAME_CHARS} |",
        "MAX_PAGE_BYTES": f"{page_html.MAX_PAGE_BYTES:,} bytes",
        "MAX_NESTING": f"{page_html.MAX_NESTING} levels",
        "MAX_BRACKETS": f"| {page_html.MAX_BRACKETS} |",
        "MAX_CACHE_BYTES": f"{cache.MAX_CACHE_BYTES:,} bytes",
        "MAX_MANIFEST_BYTES": f"{write.MAX_MANIFEST_BYTES:,} bytes",
    }
    for constant, value in rows.items():
        line = next(row for row in text.splitlines() if constant in row)
        assert value in line, (constant, line)


def test_texts_that_state_the_summary_limit_take_it_from_the_constant() -> None:
    words = f"at most {model.MAX_SUMMARY_WORDS} words"
    assert words in str(Innovation.model_fields["summary"].description)
    for generated in ("CONTRIBUTING.md", "schema/innovation.schema.json"):  # schema --check, new
        text = (ROOT / generated).read_text(encoding="utf-8")
        assert words in text and "~200" not in text, generated
