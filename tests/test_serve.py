"""`katalog serve`: the preview shows an edit to a record, and search keeps working."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # runs `katalog serve`, which builds the site


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, OSError):
        return None


def wait_for(url: str, text: str, seconds: float = 90) -> bool:
    """Poll `url` until its body contains `text` (a bounded wait, not a timing assertion)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        body = fetch(url)
        if body is not None and text in body:
            return True
        time.sleep(0.5)
    return False


def test_preview_regenerates_after_an_edit_and_serves_search(project: Path) -> None:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "-f", str(project / "mkdocs.yml"), "serve",
         "-a", f"127.0.0.1:{port}"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        page = f"http://127.0.0.1:{port}/inovasi/gardu-penangkis/"
        assert wait_for(page, "Gardu Penangkis")
        record = project / "content" / "innovations" / "gardu-penangkis.yaml"
        record.write_text(record.read_text().replace("name: Gardu Penangkis", "name: Gardu Zebrakuda"))
        assert wait_for(page, "Gardu Zebrakuda")
        assert fetch(f"http://127.0.0.1:{port}/pagefind/pagefind.js") is not None
    finally:
        proc.terminate()
        proc.wait(timeout=30)
