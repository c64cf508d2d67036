"""Lighthouse: takes a URL served from localhost; runs Lighthouse with Debian's Chromium and reads its JSON report."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from devkit.web import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[1]
# Installed by tests/setup-system.sh from tests/lighthouse/package-lock.json.
LIGHTHOUSE_DIR = ROOT / "tests" / "lighthouse"
LIGHTHOUSE_CLI = LIGHTHOUSE_DIR / "node_modules" / "lighthouse" / "cli" / "index.js"  # installed?
AXE = LIGHTHOUSE_DIR / "node_modules" / "axe-core" / "axe.min.js"


def lighthouse(url: str, categories: tuple[str, ...]) -> dict[str, Any]:
    """Run Lighthouse (mobile profile) on `url` with Debian's chromium; return the JSON report."""
    return lighthouse_all([url], categories)[url]


def lighthouse_all(urls: list[str], categories: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """Run Lighthouse on each URL in one Node process with one Chromium; return URL -> report."""
    if not LIGHTHOUSE_CLI.is_file():
        raise RuntimeError(f"Lighthouse is not installed: run npm ci --prefix {LIGHTHOUSE_DIR}")
    with tempfile.TemporaryDirectory(prefix="katalog-lh-") as tmp:
        env = {**os.environ, "PUPPETEER_SKIP_DOWNLOAD": "1"}
        cmd = ["node", str(LIGHTHOUSE_DIR / "run.mjs"), CHROMIUM, " ".join(CHROMIUM_ARGS),
               ",".join(categories), tmp, *urls]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env,
                              timeout=120 + 120 * len(urls))
        reports = [Path(tmp) / f"{i}.json" for i in range(len(urls))]
        if proc.returncode != 0 or not all(r.is_file() for r in reports):
            raise RuntimeError(f"Lighthouse failed on {urls}:\n{proc.stdout}\n{proc.stderr}")
        return {url: json.loads(r.read_text(encoding="utf-8")) for url, r in zip(urls, reports, strict=True)}


def scores(report: dict[str, Any]) -> dict[str, int]:
    """Return category id -> score out of 100 (a category Lighthouse could not score is -1)."""
    return {cid: -1 if cat["score"] is None else round(cat["score"] * 100)
            for cid, cat in report["categories"].items()}


def failed_audits(report: dict[str, Any], category: str) -> list[str]:
    """Return 'audit id: title (selectors)' for every failed, scored audit of a category."""
    failures = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if audit.get("score") is None or audit["score"] >= 1:
            continue
        items = (audit.get("details") or {}).get("items") or []
        where = [str((i.get("node") or {}).get("selector", "")) for i in items][:5]
        failures.append(f"{ref['id']}: {audit['title']} {where if any(where) else ''}".strip())
    return failures


def transfer_bytes(report: dict[str, Any]) -> tuple[int, int]:
    """Return (requests, bytes transferred) from the report's network-requests audit."""
    items = ((report["audits"].get("network-requests") or {}).get("details") or {}).get("items", [])
    return len(items), sum(int(i.get("transferSize") or 0) for i in items)
