"""Lighthouse benchmark: takes a content folder (default content/); prints median mobile scores.

Builds the site into a temporary folder, serves it gzip-compressed from localhost and runs
Lighthouse (mobile profile, simulated throttling) several times on one page per template; prints the
median Performance with its metrics and the transfer size of the median run.

    python3 benchmarks/lighthouse_bench.py [--runs 3] [--content DIR]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from devkit.lighthouse import lighthouse, scores, transfer_bytes  # noqa: E402
from devkit.project import make_project, one_page_per_template  # noqa: E402
from devkit.web import serve  # noqa: E402
from generator.build import build_site  # noqa: E402
from generator.config import load_config  # noqa: E402

CATEGORIES = ("performance", "accessibility", "seo", "best-practices")
METRICS = {"FCP": "first-contentful-paint", "LCP": "largest-contentful-paint",
           "TBT": "total-blocking-time", "CLS": "cumulative-layout-shift"}


def build(content: Path, where: Path) -> tuple[Path, dict[str, str]]:
    """Build the site from `content` under `where`; return its site folder and one page per template."""
    config = load_config(make_project(where / "project", content) / "mkdocs.yml")
    report, diags = build_site(config)
    if report is None:
        sys.exit("build failed:\n" + "\n".join(str(d) for d in diags))
    return config.site_dir, one_page_per_template(config)


def row(kind: str, runs: list[dict[str, Any]]) -> list[str]:
    """Return one table row: the median run (by Performance) of one page type."""
    ordered = sorted(runs, key=lambda r: scores(r)["performance"])
    median = ordered[len(ordered) // 2]
    got = scores(median)
    requests, size = transfer_bytes(median)
    perf = [scores(r)["performance"] for r in runs]
    return [kind, str(int(statistics.median(perf))), f"{min(perf)}-{max(perf)}",
            *(median["audits"][a]["displayValue"] for a in METRICS.values()),
            str(got["accessibility"]), str(got["seo"]), str(got["best-practices"]),
            str(requests), f"{size / 1024:.1f}"]


def main() -> None:
    """Parse options, build, measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--content", type=Path, default=ROOT / "content")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="katalog-bench-") as tmp:
        site, kinds = build(args.content.resolve(), Path(tmp))
        rows = []
        with serve(site) as base:
            for kind, path in kinds.items():
                runs = [lighthouse(base + path, CATEGORIES) for _ in range(args.runs)]
                rows.append(row(kind, runs))
                print(f"measured {kind} ({path or '/'})", file=sys.stderr)
    head = ["template", "perf (median)", "perf range", *METRICS, "a11y", "SEO", "BP",
            "requests", "KiB transferred"]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    print(f"Lighthouse {args.runs} runs per page, mobile, gzip from localhost ({args.content})")
    for r in [head, ["-" * w for w in widths], *rows]:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |")


if __name__ == "__main__":
    main()
