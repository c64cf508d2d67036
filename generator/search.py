"""Search index: takes a built site folder; runs Pagefind over it and returns the bundle folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BUNDLE_DIR = "pagefind"
# Everything Pagefind indexes sits inside [data-pagefind-body] (see partials/content.html);
# these settings apply to all of it.
LANGUAGE = "id"


class SearchIndexError(Exception):
    """Pagefind failed; the message holds its output."""


def pagefind_command(site_dir: Path, language: str = LANGUAGE, bundle: Path | None = None
                     ) -> list[str]:
    """Return the command that indexes `site_dir` with the Pagefind binary from PyPI."""
    output = ["--output-subdir", BUNDLE_DIR] if bundle is None else [
        "--output-path", str(bundle.resolve())]
    return [sys.executable, "-m", "pagefind", "--site", str(site_dir), *output,
            "--force-language", language, "--silent"]


def index_site(site_dir: Path, language: str = LANGUAGE, bundle: Path | None = None) -> Path:
    """Write the Pagefind bundle into `bundle` (default `site_dir/pagefind`); return its folder.

    Raise SearchIndexError on failure.
    """
    try:
        proc = subprocess.run(pagefind_command(site_dir, language, bundle), capture_output=True,
                              text=True, check=False)
    except OSError as exc:
        raise SearchIndexError(f"could not start Pagefind: {exc}") from None
    if proc.returncode != 0:
        output = (proc.stdout + proc.stderr).strip()
        raise SearchIndexError(f"Pagefind failed (exit {proc.returncode}): {output}")
    bundle = site_dir / BUNDLE_DIR if bundle is None else bundle
    if not (bundle / "pagefind.js").is_file():
        raise SearchIndexError(f"Pagefind wrote no bundle into {bundle}")
    return bundle
