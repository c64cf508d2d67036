"""Scale benchmark: takes record counts; prints generate and MkDocs time, memory and page weight.

Usage: python3 benchmarks/scale.py [--with-30k] [--mkdocs-30k] [--counts 100,1000] [--keep DIR]
Every catalogue is synthetic (benchmarks/synthetic.py) and lives in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import make_catalogue  # noqa: E402


@dataclass
class Run:
    """Wall seconds, CPU seconds, peak resident memory (MiB) and output of one child process."""

    seconds: float
    cpu: float
    peak_mib: float
    output: str


@dataclass
class Row:
    """One line of the results table."""

    records: int
    gen: Run
    mkdocs: Run | None = None
    median_page: int = 0
    median_innovation: int = 0
    largest_page: tuple[int, str] = (0, "")
    site_bytes: int = 0
    rewritten: int = 0
    regen: Run | None = None
    serve_regen: float = 0.0
    serve_rewritten: int = 0


def measure(cmd: list[str], cwd: Path) -> Run:
    """Run `cmd` and return its wall time and its own peak RSS (os.wait4 rusage of that child)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{text[-4000:]}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, text)


def project(where: Path, count: int) -> Path:
    """Lay out a synthetic project (mkdocs.yml, site_templates, content/) in `where`."""
    make_catalogue(where, count)
    shutil.copy(ROOT / "mkdocs.yml", where / "mkdocs.yml")
    shutil.copytree(ROOT / "site_templates", where / "site_templates")
    return where


def generate(where: Path) -> Run:
    """Run `katalog generate` in `where`."""
    return measure([sys.executable, "-m", "generator", "-f", "mkdocs.yml", "generate"], where)


def rewritten(run: Run) -> int:
    """Return how many files a generate run reported rewriting."""
    for line in run.output.splitlines():
        if "rewritten" in line:
            return int(line.split(" rewritten")[0].split(",")[-1].strip())
    return -1


def edit_one(where: Path) -> None:
    """Change one record's summary and status, as an author would."""
    path = sorted((where / "content" / "innovations").glob("*.yaml"))[0]
    text = path.read_text(encoding="utf-8")
    text = text.replace("summary: \"(Sintetis) ", "summary: \"(Sintetis, disunting) ", 1)
    for old, new in (("status: active", "status: dormant"), ("status: growing", "status: active"),
                     ("status: dormant", "status: active"), ("status: stopped", "status: active")):
        if f"\n{old}\n" in text:
            text = text.replace(f"\n{old}\n", f"\n{new}\n", 1)
            break
    path.write_text(text, encoding="utf-8")


def serve_probe(where: Path) -> None:
    """In one process, as `katalog serve` does: generate, edit one record, time the regeneration."""
    from generator.build import generate as generate_in_process
    from generator.config import load_config
    from generator.memo import Memo

    config = load_config(where / "mkdocs.yml")
    memo = Memo()
    generate_in_process(config, memo=memo)
    edit_one(where)
    started = time.perf_counter()
    report, _ = generate_in_process(config, memo=memo)
    assert report is not None
    print(f"serve-regen {time.perf_counter() - started:.3f} {len(report.write.written)}")


def site_stats(site: Path, row: Row) -> None:
    """Fill in page weights and total size from the built site."""
    pages = [(p.stat().st_size, p.relative_to(site).as_posix()) for p in site.rglob("*.html")]
    innovation = [size for size, rel in pages if rel.startswith("inovasi/")]
    row.median_page = int(statistics.median(size for size, _ in pages))
    row.median_innovation = int(statistics.median(innovation)) if innovation else 0
    row.largest_page = max(pages)
    row.site_bytes = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())


def bench(count: int, base: Path, with_mkdocs: bool) -> Row:
    """Benchmark one catalogue size."""
    where = project(base / f"n{count}", count)
    print(f"[{count}] catalogue written; generating", file=sys.stderr, flush=True)
    row = Row(count, generate(where))
    if with_mkdocs:
        print(f"[{count}] building with MkDocs", file=sys.stderr, flush=True)
        # No `-q`: it hides warnings from MkDocs's counter, so `strict: true` would pass anything.
        row.mkdocs = measure([sys.executable, "-m", "mkdocs", "build", "--strict", "-f",
                              "mkdocs.yml", "-d", "site"], where)
        site_stats(where / "site", row)
    generate(where)  # a no-op run, as after the first build while editing
    edit_one(where)
    row.regen = generate(where)
    row.rewritten = rewritten(row.regen)
    probe = measure([sys.executable, __file__, "--serve-probe", str(where)], where)
    _, seconds, count = probe.output.split()[-3:]
    row.serve_regen, row.serve_rewritten = float(seconds), int(count)
    return row


def kb(size: int) -> str:
    """Return bytes as KB with one decimal."""
    return f"{size / 1024:.1f} KB"


def table(rows: list[Row]) -> str:
    """Return the results as a Markdown table."""
    head = ("| records | generate s (CPU) | MkDocs s (CPU) | gen/MkDocs | generate peak | "
            "MkDocs peak | median page | median innovation page | largest page | site size | "
            "rewritten after 1 edit | regenerate s (CPU) | serve: regenerate s (rewritten) |")
    lines = [head, "|" + "---|" * 13]
    for r in rows:
        m = r.mkdocs
        lines.append(
            f"| {r.records:,} | {r.gen.seconds:.2f} ({r.gen.cpu:.2f}) | "
            f"{m.seconds:.1f} ({m.cpu:.1f}) | "
            f"{100 * r.gen.seconds / m.seconds:.1f}% | {r.gen.peak_mib:.0f} MiB | "
            f"{m.peak_mib:.0f} MiB | {kb(r.median_page)} | {kb(r.median_innovation)} | "
            f"{kb(r.largest_page[0])} ({r.largest_page[1]}) | {r.site_bytes / 2**20:.1f} MiB | "
            f"{r.rewritten} | {r.regen.seconds:.2f} ({r.regen.cpu:.2f}) | "
            f"{r.serve_regen:.2f} ({r.serve_rewritten}) |" if m else
            f"| {r.records:,} | {r.gen.seconds:.2f} ({r.gen.cpu:.2f}) | skipped | – | "
            f"{r.gen.peak_mib:.0f} MiB | – | – | – | – | – | {r.rewritten} | "
            f"{r.regen.seconds:.2f} ({r.regen.cpu:.2f}) | "
            f"{r.serve_regen:.2f} ({r.serve_rewritten}) |")
    return "\n".join(lines)


def main() -> None:
    """Parse arguments, run every size and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--with-30k", action="store_true", help="also 30,000 records (generate)")
    parser.add_argument("--mkdocs-30k", action="store_true", help="also build 30,000 with MkDocs")
    parser.add_argument("--counts", default="100,1000,10000", help="comma-separated sizes")
    parser.add_argument("--keep", type=Path, help="keep the projects in this folder")
    parser.add_argument("--serve-probe", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_probe:
        sys.path.insert(0, str(ROOT))
        serve_probe(args.serve_probe)
        return
    counts = [int(c) for c in args.counts.split(",") if c]
    if args.with_30k or args.mkdocs_30k:
        counts.append(30_000)
    base = args.keep or Path(tempfile.mkdtemp(prefix="katalog-scale-"))
    base.mkdir(parents=True, exist_ok=True)
    try:
        rows = [bench(n, base, n < 30_000 or args.mkdocs_30k) for n in counts]
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    print(table(rows))
    print(f"\nload average at the end: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
