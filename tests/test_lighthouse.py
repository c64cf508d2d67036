"""Lighthouse on one sample-site page per template, served gzip-compressed from localhost.

Fails on SEO below 100 or Best Practices below 95. Accessibility (axe-core) is checked once per
page in tests/test_browser_pages.py; performance is measured by benchmarks/lighthouse_bench.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from devkit.lighthouse import failed_audits, lighthouse_all, scores

pytestmark = pytest.mark.slow

CATEGORIES = ("seo", "best-practices")
MINIMUM = {"seo": 100, "best-practices": 95}
# Templates every build of the sample site must have; others are checked when present.
REQUIRED = {"home.md.j2", "list.md.j2", "innovation.md.j2", "search.md.j2"}


@pytest.fixture(scope="module")
def reports(sample_site: Path, sample_templates: dict[str, str], local_server: Any
            ) -> dict[str, dict[str, Any]]:
    """One Lighthouse report per template (one run each, one Chromium for all)."""
    base = local_server(sample_site)
    found = lighthouse_all([base + path for path in sample_templates.values()], CATEGORIES)
    return {template: found[base + path] for template, path in sample_templates.items()}


def test_every_required_template_is_checked(reports: dict[str, dict[str, Any]]) -> None:
    assert REQUIRED <= set(reports)


def test_every_template_meets_lighthouse_minimums(reports: dict[str, dict[str, Any]]) -> None:
    failures = {}
    for template, report in reports.items():
        got = scores(report)
        low = {c: (got[c], failed_audits(report, c)) for c in CATEGORIES if got[c] < MINIMUM[c]}
        if low:
            failures[template] = low
    assert not failures
