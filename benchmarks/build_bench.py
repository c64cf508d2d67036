"""Full-build benchmark: takes record counts; prints one `katalog build` per size with stage shares.

Usage: python3 benchmarks/build_bench.py [--with-30k] [--counts 10000] [--keep DIR]
Each size is a synthetic catalogue (benchmarks/synthetic.py) built once, cold, in a new folder.
The stages are read from the build's own progress lines; the peaks are each process's VmHWM
(generator, MkDocs, Pagefind), sampled from /proc while the build runs.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import ROOT, project  # noqa: E402

STAMP = re.compile(r"^\[\s*([0-9.]+)s\] (.*)$")
STAGES = (("generate", "building the site with MkDocs"),
          ("MkDocs", "indexing the site for search with Pagefind"),
          ("search index", "build: "))


@dataclass
class Result:
    """One build: wall and CPU seconds, stage seconds and per-process peak memory (MiB)."""

    records: int
    seconds: float = 0.0
    cpu: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)
    peaks: dict[str, float] = field(default_factory=dict)
    load: str = ""


def kind(cmdline: str) -> str:
    """Return which stage a process belongs to, by its command line."""
    if "pagefind" in cmdline:
        return "Pagefind"
    if "mkdocs" in cmdline and "generator" not in cmdline:
        return "MkDocs"
    return "generator"


def tree(root: int) -> list[int]:
    """Return `root` and every descendant process id (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def sample(root: int, peaks: dict[str, float], stop: threading.Event) -> None:
    """Record the largest VmHWM (peak RSS) seen per process kind until `stop` is set."""
    while not stop.wait(0.2):
        for pid in tree(root):
            try:
                status = Path(f"/proc/{pid}/status").read_text()
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
            if match:
                name = kind(cmdline)
                peaks[name] = max(peaks.get(name, 0.0), int(match[1]) / 1024)


def build(where: Path, count: int) -> Result:
    """Run one cold `katalog build` in `where` and return what it took."""
    result = Result(count)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "generator", "-f", "mkdocs.yml", "build"],
                            cwd=where, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    stop = threading.Event()
    sampler = threading.Thread(target=sample, args=(proc.pid, result.peaks, stop), daemon=True)
    sampler.start()
    assert proc.stdout is not None
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    stop.set()
    sampler.join()
    result.seconds = time.perf_counter() - started
    result.cpu = usage.ru_utime + usage.ru_stime
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"katalog build failed at {count} records:\n{output[-4000:]}")
    stamps = [(float(m[1]), m[2]) for line in output.splitlines() if (m := STAMP.match(line))]
    begin = 0.0
    for name, marker in STAGES:
        end = next(s for s, text in stamps if text.startswith(marker))
        result.stages[name] = end - begin
        begin = end
    result.load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    return result


def table(results: list[Result]) -> str:
    """Return the results as a Markdown table."""
    lines = ["| records | build s (CPU s) | generate | MkDocs | search index | generator peak | "
             "MkDocs peak | Pagefind peak | load (1/5/15 min) |", "|" + "---|" * 9]
    for r in results:
        shares = [f"{r.stages[n]:.1f} s ({100 * r.stages[n] / r.seconds:.0f}%)"
                  for n, _ in STAGES]
        peaks = [f"{r.peaks.get(n, 0):.0f} MiB" for n in ("generator", "MkDocs", "Pagefind")]
        lines.append(f"| {r.records:,} | {r.seconds:.1f} ({r.cpu:.1f}) | {' | '.join(shares)} | "
                     f"{' | '.join(peaks)} | {r.load} |")
    return "\n".join(lines)


def main() -> None:
    """Parse arguments, build every size once and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="10000", help="comma-separated sizes")
    parser.add_argument("--with-30k", action="store_true", help="also 30,000 records")
    parser.add_argument("--keep", type=Path, help="keep the projects in this folder")
    args = parser.parse_args()
    counts = [int(c) for c in args.counts.split(",") if c]
    if args.with_30k:
        counts.append(30_000)
    base = args.keep or Path(tempfile.mkdtemp(prefix="katalog-build-"))
    results = []
    try:
        for count in counts:
            print(f"[{count}] writing the catalogue", file=sys.stderr, flush=True)
            where = project(base / f"n{count}", count)
            print(f"[{count}] katalog build", file=sys.stderr, flush=True)
            results.append(build(where, count))
            print(table(results[-1:]), file=sys.stderr, flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    print(table(results))
    print(f"\n{os.cpu_count()} CPUs; the load column is `uptime`'s load average after each build.")


if __name__ == "__main__":
    main()
