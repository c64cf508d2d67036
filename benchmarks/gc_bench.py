"""Benchmark the collector setting of `katalog generate`: takes options; prints CPU and GC time.

Run from the repository root:  python3 benchmarks/gc_bench.py [--records 10000] [--repeat 2]

Not a test: it measures, it does not assert. Each run is a fresh process that generates the
Markdown of N synthetic records from scratch (no cache), once with build.GC_THRESHOLD and once
with Python's default threshold (700), and reports process CPU time, the CPU time spent in
garbage collections (gc.callbacks) and how many collections of each generation ran.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.scale import project  # noqa: E402

_RUN = """
import gc, json, shutil, sys, time
from pathlib import Path
import generator.build as build
build.GC_THRESHOLD = int(sys.argv[2])
where = Path(sys.argv[1])
shutil.rmtree(where / "build", ignore_errors=True)
spent, counts, started = [0.0], [0, 0, 0], [0.0]
def watch(phase, info):
    if phase == "start":
        started[0] = time.process_time()
    else:
        spent[0] += time.process_time() - started[0]
        counts[info["generation"]] += 1
gc.callbacks.append(watch)
from generator.cli import run
begin = time.process_time()
code = run(["-f", str(where / "mkdocs.yml"), "-q", "generate"])
print(json.dumps({"code": code, "cpu": time.process_time() - begin, "gc": spent[0],
                  "collections": counts}))
"""


def once(where: Path, threshold: int) -> dict[str, object]:
    """Generate `where` from scratch in a fresh process with `threshold`; return its numbers."""
    out = subprocess.run([sys.executable, "-c", _RUN, str(where), str(threshold)], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    """Print one table row per run."""
    from generator.build import GC_THRESHOLD

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        where = project(Path(tmp) / "project", args.records)
        print("| threshold | records | CPU s | GC CPU s | collections (gen 0, 1, 2) |")
        print("|---|---|---|---|---|")
        for _ in range(args.repeat):
            for threshold in (GC_THRESHOLD, 700):
                r = once(where, threshold)
                print(f"| {threshold} | {args.records} | {r['cpu']:.1f} | {r['gc']:.2f} | "
                      f"{r['collections']} |")


if __name__ == "__main__":
    main()
