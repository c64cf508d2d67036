"""Relative links: the fast `relative` agrees with posixpath.relpath on every pair of page paths."""

from __future__ import annotations

import itertools
import posixpath

from generator.markdown_links import relative

PATHS = ["index.md", "a/index.md", "a/b/index.md", "a/b/2.md", "a/c/x.md", "b/index.md",
         "ab/index.md", "a/bb/x.md", "inovasi/x-y.md", "wilayah/17-bengkulu/index.md"]


def test_relative_matches_relpath_for_all_page_pairs() -> None:
    for target, page in itertools.product(PATHS, PATHS):
        here = posixpath.dirname(page)
        assert relative(target, here) == posixpath.relpath(target, here or "."), (target, page)
