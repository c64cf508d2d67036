"""Preview benchmark: takes record counts; prints `katalog serve` start time and edit-to-browser medians.

Usage: python3 benchmarks/preview_bench.py [--counts 1000,10000] [--with-30k] [--repeats 3]
For each size a synthetic catalogue (benchmarks/synthetic.py) is served by `katalog serve`; the
benchmark saves an edit and polls the served HTML until the edit shows:
- text: a record's summary; polled on its innovation page;
- region: a record moves to another regency; polled on that regency's page (a listing);
- award: a record gains an award; polled on the awards overview, whose count changes;
- label: a regency is renamed in regions.yaml (a registry label); polled on an innovation page.
"Ready" is from starting `katalog serve` to the first innovation page served, cold (no build/)
and warm (a second start). CPU is the serve process's own user+system seconds over the same span.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import ROOT, project  # noqa: E402

sys.path.insert(0, str(ROOT))
from tests.test_serve import fetch, free_port  # noqa: E402

TIMEOUT = 900.0
KINDS = ("text", "region", "award", "label")


@dataclass
class Result:
    """Start times and per-kind edit latencies (wall, CPU) of one catalogue size."""

    records: int
    ready: dict[str, tuple[float, float]] = field(default_factory=dict)
    edits: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    loads: list[str] = field(default_factory=list)


def cpu(pid: int) -> float:
    """Return the user+system CPU seconds a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def until(url: str, test: Callable[[str], bool], pid: int, started: float
          ) -> tuple[float, float]:
    """Poll `url` until `test(body)` holds; return wall seconds since `started` and CPU now."""
    while time.perf_counter() - started < TIMEOUT:
        body = fetch(url)
        if body is not None and test(body):
            return time.perf_counter() - started, cpu(pid)
        time.sleep(0.05)
    raise SystemExit(f"timed out waiting for {url}")


def load() -> str:
    """Return the 1-minute load average."""
    return f"{os.getloadavg()[0]:.1f}"


class Preview:
    """One running `katalog serve` over a project folder."""

    def __init__(self, where: Path) -> None:
        self.where, self.port = where, free_port()
        self.base = f"http://127.0.0.1:{self.port}/"
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "generator", "-f", "mkdocs.yml", "serve", "-a",
             f"127.0.0.1:{self.port}"], cwd=where, env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def ready(self, rid: str) -> tuple[float, float]:
        """Wait for the first innovation page; return (wall, CPU) seconds since the start."""
        return until(f"{self.base}inovasi/{rid}/", lambda body: rid in body, self.proc.pid,
                     self.started)

    def edit(self, path: Path, old: str, new: str, url: str, test: Callable[[str], bool]
             ) -> tuple[float, float]:
        """Save one edit and return (wall, CPU) seconds until `url` shows it."""
        text = path.read_text(encoding="utf-8")
        if old not in text:
            raise SystemExit(f"{old!r} not in {path}")
        before = cpu(self.proc.pid)
        started = time.perf_counter()
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        wall, after = until(url, test, self.proc.pid, started)
        return wall, after - before

    def stop(self) -> None:
        """Stop the preview."""
        self.proc.terminate()
        self.proc.wait(timeout=60)


def record(where: Path, n: int) -> tuple[str, Path, str]:
    """Return a record's id, file and text."""
    rid = f"sintetis-{n:05d}"
    path = where / "content" / "innovations" / f"{rid}.yaml"
    return rid, path, path.read_text(encoding="utf-8")


def region_page(where: Path, code: str) -> str:
    """Return the served URL path of a regency's page, from the generated Markdown."""
    found = sorted((where / "build" / "docs" / "wilayah").glob(f"{code.replace('.', '-')}-*"))
    return f"wilayah/{found[0].name}/"


def edits(preview: Preview, where: Path, n: int, round_: int) -> dict[str, tuple[float, float]]:
    """Make one edit of every kind on records near `n`; return their (wall, CPU) seconds."""
    base = preview.base
    out = {}
    rid, path, text = record(where, n)
    mark = f"PENANDA{round_}X"
    out["text"] = preview.edit(path, 'summary: "(Sintetis) ', f'summary: "(Sintetis) {mark} ',
                               f"{base}inovasi/{rid}/", lambda body: mark in body)
    rid, path, text = record(where, n + 1)
    own = re.search(r'\n  region: "([0-9.]+)"', text)
    assert own
    other = [m[1] for k in range(n + 100, n + 200)
             if (m := re.search(r'\n  region: "([0-9.]+)"', record(where, k)[2]))]
    target = next(code for code in other if code != own[1])  # a regency that has a page
    url = base + region_page(where, target)
    out["region"] = preview.edit(path, f'\n  region: "{own[1]}"', f'\n  region: "{target}"', url,
                                 lambda body: f"inovasi/{rid}/" in body)
    rid, path, text = record(where, n + 2)
    overview = fetch(f"{base}penghargaan/") or ""
    count = re.search(r"KIPP Top 45</a>: (\d+)", overview)
    assert count, "award count not found on penghargaan/"
    expect = f"KIPP Top 45</a>: {int(count[1]) + 1} "
    award = "awards:\n  - award: kipp-top45\n    year: 2025\nsources:"
    if "\nawards:" in text:
        award = "awards:\n  - award: kipp-top45\n    year: 2025\n"
        out["award"] = preview.edit(path, "awards:\n", award, f"{base}penghargaan/",
                                    lambda body: expect in body)
    else:
        out["award"] = preview.edit(path, "sources:", award, f"{base}penghargaan/",
                                    lambda body: expect in body)
    rid, path, text = record(where, n + 3)
    own = re.search(r'\n  region: "([0-9.]+)"', text)
    assert own
    regions = where / "content" / "regions.yaml"
    name = re.search(rf"- code: '{re.escape(own[1])}'\n  name: (.+)\n",
                     regions.read_text(encoding="utf-8"))
    assert name
    label = f"{name[1]} Baru{round_}"
    out["label"] = preview.edit(regions, f"  name: {name[1]}\n", f"  name: {label}\n",
                                f"{base}inovasi/{rid}/", lambda body: label in body)
    return out


def bench(count: int, base: Path, repeats: int) -> Result:
    """Serve one catalogue size: cold start, edits, warm start."""
    where = project(base / f"n{count}", count)
    result = Result(count, edits={kind: [] for kind in KINDS})
    preview = Preview(where)
    try:
        result.ready["cold"] = preview.ready("sintetis-00001")
        result.loads.append(load())
        print(f"[{count}] ready cold {result.ready['cold']}, load {load()}", file=sys.stderr,
              flush=True)
        for round_ in range(repeats):
            n = 10 + 10 * round_
            print(f"[{count}] edit round {round_ + 1}", file=sys.stderr, flush=True)
            for kind, value in edits(preview, where, n, round_).items():
                result.edits[kind].append(value)
                print(f"[{count}] {kind} edit {value}", file=sys.stderr, flush=True)
            result.loads.append(load())
    finally:
        preview.stop()
    preview = Preview(where)
    try:
        result.ready["warm"] = preview.ready("sintetis-00001")
        result.loads.append(load())
        print(f"[{count}] ready warm {result.ready['warm']}, load {load()}", file=sys.stderr,
              flush=True)
    finally:
        preview.stop()
    return result


def median(values: list[tuple[float, float]]) -> str:
    """Return "wall (CPU)" medians."""
    return (f"{statistics.median(v[0] for v in values):.2f} "
            f"({statistics.median(v[1] for v in values):.2f})")


def table(results: list[Result]) -> str:
    """Return the medians as a Markdown table."""
    lines = ["| records | ready cold s (CPU) | ready warm s (CPU) | "
             + " | ".join(f"{k} edit s (CPU)" for k in KINDS) + " | edits | load (1 min) |",
             "|" + "---|" * (5 + len(KINDS))]
    for r in results:
        cold, warm = r.ready["cold"], r.ready["warm"]
        lines.append(f"| {r.records:,} | {cold[0]:.1f} ({cold[1]:.1f}) | "
                     f"{warm[0]:.1f} ({warm[1]:.1f}) | "
                     + " | ".join(median(r.edits[k]) for k in KINDS)
                     + f" | {len(r.edits['text'])} of each | {', '.join(r.loads)} |")
    return "\n".join(lines)


def main() -> None:
    """Parse arguments, run every size and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="1000,10000", help="comma-separated sizes")
    parser.add_argument("--with-30k", action="store_true", help="also 30,000 records")
    parser.add_argument("--repeats", type=int, default=3, help="edits of each kind per size")
    parser.add_argument("--keep", type=Path, help="keep the projects in this folder")
    args = parser.parse_args()
    counts = [int(c) for c in args.counts.split(",") if c]
    if args.with_30k:
        counts.append(30_000)
    base = args.keep or Path(tempfile.mkdtemp(prefix="katalog-preview-bench-"))
    results = []
    try:
        for count in counts:
            print(f"[{count}] writing the catalogue", file=sys.stderr, flush=True)
            results.append(bench(count, base, args.repeats))
            print(table(results[-1:]), file=sys.stderr, flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    print(table(results))
    print(f"\nmedians of wall seconds (serve process CPU seconds in brackets) on "
          f"{os.cpu_count()} CPUs; load = 1-minute load average after each step")


if __name__ == "__main__":
    main()
