"""Lighthouse on each page type of the sample site, served gzip-compressed from localhost.

Fails on any failed accessibility audit (axe-core), Accessibility or SEO below 100, or
Best Practices below 95. Performance is measured by benchmarks/lighthouse_bench.py instead.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.lighthouse_kit import failed_audits, lighthouse, page_types, scores, serve

CATEGORIES = ("accessibility", "seo", "best-practices")
MINIMUM = {"accessibility": 100, "seo": 100, "best-practices": 95}
# Page types every build of the sample site must have; others are checked when present.
REQUIRED = {"home", "listing", "innovation"}


@pytest.fixture(scope="module")
def reports(sample_site: Path) -> dict[str, dict[str, object]]:
    """One Lighthouse report per page type (one run each keeps CI time modest)."""
    with serve(sample_site) as base:
        return {kind: lighthouse(base + path, CATEGORIES)
                for kind, path in page_types(sample_site).items()}


def test_every_required_page_type_is_checked(reports: dict[str, dict[str, object]]) -> None:
    assert REQUIRED <= set(reports)


def test_every_page_type_meets_lighthouse_minimums(
        reports: dict[str, dict[str, object]]) -> None:
    failures = {}
    for kind, report in reports.items():
        got = scores(report)
        low = {c: (got[c], failed_audits(report, c)) for c in CATEGORIES if got[c] < MINIMUM[c]}
        axe = failed_audits(report, "accessibility")
        if low or axe:
            failures[kind] = {"below minimum": low, "failed accessibility audits": axe}
    assert not failures
