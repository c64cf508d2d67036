"""Benchmark `katalog check`: takes options; prints timings for valid and hostile catalogues.

Run from the repository root:  python3 benchmarks/check_bench.py [--records 1000] [--repeat 3]

Not a test: it measures, it does not assert. It times the in-process pipeline
(`generator.collect.collect`) and a real `python -m generator check` process on
  1. N valid synthetic records (made here, from the fixture registries),
  2. the whole hostile corpus (tests/cases/invalid/ plus the cases made by code),
  3. both together.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from devkit.project import make_project  # noqa: E402
from generator.collect import collect  # noqa: E402
from tests.cases.corpus import add_media, all_cases  # noqa: E402
from tests.test_cases import GENERATED  # noqa: E402

REGIONS = ("17.03", "17.07", "17.71", "51.05")
SECTORS = ("health", "environment", "education")
STATUSES = ("active", "growing", "dormant", "stopped")


def synthetic(n: int) -> str:
    """Return one valid record, varied by `n`; every tenth replicates the record before it."""
    rid = f"sintetis-{n:05d}"
    region = REGIONS[n % len(REGIONS)]
    adopter = REGIONS[(n + 1) % len(REGIONS)]
    origin = (f"  origin:\n    innovation: sintetis-{n - 1:05d}\n    adapted: Disesuaikan.\n"
              if n % 10 == 9 else "")
    return f"""id: {rid}
name: Inovasi Sintetis {n}
name_expansion: Rekaman buatan nomor {n} untuk uji kecepatan
summary: >-
  Ringkasan rekaman sintetis nomor {n}. Layanan ini memangkas waktu tunggu warga
  dan memindahkan berkas dari kertas ke aplikasi, dengan tautan ke sumber resmi.
agency:
  name: Dinas Contoh {n}
  type: regency
  region: "{region}"
started: "{2010 + n % 14}-0{1 + n % 9}"
status: {STATUSES[n % len(STATUSES)]}
contact:
  unit: Bagian Umum
  email: humas{n}@example.go.id
  phone: "0737-{n:05d}"
classification:
  sector: {SECTORS[n % len(SECTORS)]}
  digital: {"true" if n % 2 else "false"}
  sdgs: [{1 + n % 17}, {1 + (n + 5) % 17}]
awards:
  - award: kipp-top45
    year: {2015 + n % 9}
story:
  background: Latar belakang rekaman {n}.
  results:
    - indicator: Waktu layanan (hari)
      before: "14"
      after: "2"
      year: 2024
replication:
  willing: true
  adopters:
    - agency: Dinas Pengadopsi {n}
      region: "{adopter}"
      year: 2024
      model: facilitated
{origin}sources:
  - title: Sumber {n}
    url: https://example.go.id/berita/{n}
"""


def project_with(where: Path, records: int, hostile: bool) -> Path:
    """Return a project folder with `records` synthetic records and, if asked, the bad corpus."""
    project = make_project(where)
    content = project / "content"
    shutil.rmtree(content / "innovations")
    (content / "innovations").mkdir()
    add_media(content)
    for n in range(records):
        (content / "innovations" / f"sintetis-{n:05d}.yaml").write_text(synthetic(n), "utf-8")
    if hostile:
        for case in all_cases():
            if case.kind == "invalid":
                case.install(content)
        for maker, _ in GENERATED.values():
            maker(content)
    return project


def timed(fn: object, repeat: int) -> tuple[float, object]:
    """Return the median seconds of `repeat` calls of fn() and its last result."""
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, records, hostile in ((f"{args.records} valid records", args.records, False),
                                        ("hostile corpus", 0, True),
                                        (f"{args.records} valid + hostile corpus",
                                         args.records, True)):
            project = project_with(Path(tmp) / label.replace(" ", "-"), records, hostile)
            files = sum(1 for _ in (project / "content" / "innovations").rglob("*"))
            cwd = Path.cwd()
            os.chdir(project)
            try:
                seconds, result = timed(lambda: collect(Path("content")), args.repeat)
            finally:
                os.chdir(cwd)
            diags = len(result[1])  # type: ignore[index]
            cli, proc = timed(lambda p=project: subprocess.run(
                [sys.executable, "-m", "generator", "-q", "check"], cwd=p, env=env,
                capture_output=True, text=True), args.repeat)
            code = proc.returncode  # type: ignore[attr-defined]
            tb = "Traceback" in proc.stderr  # type: ignore[attr-defined]
            rows.append((label, files, diags, seconds, cli, code, "yes" if tb else "no"))
    head = ("catalogue", "files", "diagnostics", "collect() s", "katalog check s", "exit",
            "traceback")
    cells = [(r[0], r[1], r[2], f"{r[3]:.2f}", f"{r[4]:.2f}", r[5], r[6]) for r in rows]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *cells, strict=True)]
    print(f"median of {args.repeat} runs, Python {sys.version.split()[0]}")
    for line in (head, tuple("-" * w for w in widths), *cells):
        print(" | ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True)))

if __name__ == "__main__":
    main()
