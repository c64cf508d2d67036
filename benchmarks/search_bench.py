"""Search download benchmark: builds synthetic catalogues and prints, per size, the bytes a
browser downloads for a first query with Pagefind versus Material's built-in search index.

Run from the checkout root: `python3 benchmarks/search_bench.py [--sizes 1000,10000]`.
The search UI (assets/katalog-search.js) is counted in PF+UI only.
Sizes are "as sent by a host that gzips text" (GitHub Pages does): JS, CSS and JSON are
counted gzipped; Pagefind's wasm and index files are already compressed and counted as they are.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import make_catalogue  # noqa: E402
from devkit.web import launch_chromium, serve  # noqa: E402
from generator.build import generate, run_mkdocs  # noqa: E402
from generator.config import load_config  # noqa: E402
from generator.search import index_site  # noqa: E402

QUERIES = ("kesehatan", "pelayanan", "posyandu")
COMPRESSIBLE = (".js", ".css", ".json", ".html")


def wire_size(path: Path) -> int:
    """Return the bytes sent for `path` by a host that gzips text types."""
    data = path.read_bytes()
    return len(gzip.compress(data, 6)) if path.suffix in COMPRESSIBLE else len(data)


def category(name: str) -> str:
    """Return which part of Pagefind a fetched file is."""
    if name.startswith("wasm."):
        return "wasm"
    if name in ("pagefind.js", "pagefind-worker.js"):
        return "loader"
    if name == "katalog-search.js":
        return "ui"
    if name.endswith((".pf_meta", "-entry.json")):
        return "meta"
    return {".pf_index": "index", ".pf_filter": "filters", ".pf_fragment": "fragments"}.get(
        Path(name).suffix, "other")


def build(project: Path, count: int) -> Path:
    """Build a synthetic catalogue with both Material's search index and Pagefind's."""
    make_catalogue(project, count)
    yml = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    yml = yml.replace("  - search:\n      enabled: false\n", "  - search\n", 1)
    (project / "mkdocs.yml").write_text(yml, encoding="utf-8")
    (project / "site_templates").symlink_to(ROOT / "site_templates")
    config = load_config(project / "mkdocs.yml")
    report, diags = generate(config)
    if report is None:
        raise SystemExit(f"synthetic catalogue did not generate: {diags[:3]}")
    site = project / "site"
    run_mkdocs(config, site)
    index_site(site)
    return site


def first_query(site: Path, query: str) -> tuple[dict[str, int], int]:
    """Run `query` on the search page in Chromium; return bytes per category and result count."""
    from playwright.sync_api import sync_playwright

    fetched: list[str] = []
    with serve(site, "/") as base, sync_playwright() as pw:
        browser = launch_chromium(pw)
        page = browser.new_page()
        page.on("requestfinished", lambda request: fetched.append(request.url))
        page.goto(f"{base}cari/?q={query}")
        page.wait_for_selector(".ki-search-ui__result", timeout=60_000)
        page.wait_for_load_state("networkidle")
        results = page.locator(".ki-search-ui__result").count()
        browser.close()
    sizes: dict[str, int] = {}
    for url in fetched:
        path = urlparse(url).path
        if not path.startswith(("/pagefind/", "/assets/katalog-search")):
            continue
        part = category(Path(path).name)
        sizes[part] = sizes.get(part, 0) + wire_size(site / path.lstrip("/"))
    return sizes, results


def material_sizes(site: Path) -> tuple[int, int, int]:
    """Return Material's search_index.json raw and gzipped, and its search worker gzipped."""
    index = site / "search" / "search_index.json"
    raw = index.stat().st_size
    workers = list((site / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    return raw, wire_size(index), sum(wire_size(w) for w in workers)


def kb(n: int) -> str:
    return f"{n / 1024:,.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000",
                        help="comma-separated record counts (default: 1000,10000)")
    args = parser.parse_args()
    parts = ("wasm", "loader", "meta", "index", "filters", "fragments")
    header = (f"{'records':>8} {'query':<10} {'hits':>5} "
              + " ".join(f"{p:>9}" for p in parts)
              + f" {'PF total':>9} {'PF+UI':>8}"
              + f" {'MD idx raw':>11} {'MD idx gz':>10} {'MD+worker':>10}")
    rows = []
    for count in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix="katalog-bench-") as tmp:
            started = time.perf_counter()
            site = build(Path(tmp), count)
            print(f"built {count} records in {time.perf_counter() - started:.0f}s", file=sys.stderr)
            md_raw, md_gz, md_worker = material_sizes(site)
            for query in QUERIES:
                sizes, hits = first_query(site, query)
                total = sum(sizes.get(p, 0) for p in parts)
                rows.append(f"{count:>8} {query:<10} {hits:>5} "
                            + " ".join(f"{kb(sizes.get(p, 0)):>9}" for p in parts)
                            + f" {kb(total):>9} {kb(total + sizes.get('ui', 0)):>8}"
                            + f" {kb(md_raw):>11} {kb(md_gz):>10} {kb(md_gz + md_worker):>10}")
            shutil.rmtree(Path(tmp) / "site", ignore_errors=True)
    print("KB (1024 bytes) a browser downloads for a first query; PF = Pagefind, MD = Material")
    print(header)
    print("\n".join(rows))


if __name__ == "__main__":
    main()
