"""Static checks as tests, so the README's one test command also lints and type-checks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_finds_nothing() -> None:
    result = run("ruff", "check", "generator", "tests", "benchmarks", "devkit")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_passes_on_the_generator() -> None:
    result = run("mypy", "--no-error-summary", "generator")
    assert result.returncode == 0, result.stdout + result.stderr
