"""`katalog serve`: the preview shows an edit to a record, and search keeps working."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT, make_project

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
        # Search catches up in the background; until it has, the search page says so.
        search = f"http://127.0.0.1:{port}/cari/"
        assert wait_for(f"http://127.0.0.1:{port}/pagefind/pagefind.js", "")
        end = time.monotonic() + 90
        while "ki-preview-note" in (fetch(search) or "ki-preview-note") and time.monotonic() < end:
            time.sleep(0.5)
        assert "ki-preview-note" not in (fetch(search) or "ki-preview-note")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


# What the preview adds when serving: MkDocs's reload script, and a search notice on cari/.
PREVIEW_ONLY = re.compile(r"<script>\s*var livereload = .*?</script>"
                          r"(<div class=\"ki-preview-note\"[^>]*>[^<]*</div>)?(?=</body>)", re.S)


def wait_gone(url: str, seconds: float = 90) -> bool:
    """Poll `url` until it is no longer served."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if fetch(url) is None:
            return True
        time.sleep(0.5)
    return False


def start(project: Path, port: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "generator", "-f", str(project / "mkdocs.yml"), "serve",
         "-a", f"127.0.0.1:{port}"], env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_preview_pages_equal_a_clean_build_after_a_series_of_edits(project: Path,
                                                                   tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    content = project / "content"
    records = content / "innovations"
    proc = start(project, port)
    try:
        assert wait_for(f"{base}inovasi/toss/", "TOSS")
        # A record's text, its region, its awards, a registry label, a new and a removed record.
        edit(records / "gardu-penangkis.yaml", "name: Gardu Penangkis", "name: Gardu Zebrakuda")
        assert wait_for(f"{base}inovasi/gardu-penangkis/", "Gardu Zebrakuda")
        edit(records / "toss.yaml", 'region: "51.05"', 'region: "17.71"')
        assert wait_for(f"{base}wilayah/17-71-kota-bengkulu/", "inovasi/toss/")
        edit(records / "toss.yaml", "  - award: kipp-outstanding\n", "  - award: kipp-top99\n")
        assert wait_for(f"{base}penghargaan/kipp/kipp-top99/", "inovasi/toss/")
        edit(content / "regions.yaml", "name: Kota Bengkulu", "name: Kota Bengkulu Raya")
        assert wait_for(f"{base}inovasi/toss/", "Kota Bengkulu Raya")
        copy = (records / "toss.yaml").read_text(encoding="utf-8")
        (records / "toss-dua.yaml").write_text(
            copy.replace("id: toss", "id: toss-dua").replace("name: TOSS", "name: TOSS Dua"),
            encoding="utf-8")
        assert wait_for(f"{base}inovasi/toss-dua/", "TOSS Dua")
        (records / "kafe-ibu-anak.yaml").unlink()
        assert wait_gone(f"{base}inovasi/kafe-ibu-anak/")

        clean = make_project(tmp_path / "clean", content)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "KATALOG_SITE_URL": base}
        subprocess.run([sys.executable, "-m", "generator", "-f", str(clean / "mkdocs.yml"),
                        "build"], env=env, check=True, capture_output=True)
        built = sorted((clean / "site").rglob("*.html"))
        assert len(built) > 20
        for page in built:
            rel = page.relative_to(clean / "site").as_posix()
            url = base + (rel.removesuffix("index.html") if rel != "404.html" else rel)
            served = fetch(url)
            assert served is not None, rel
            assert PREVIEW_ONLY.sub("", served, count=1) == page.read_text(encoding="utf-8"), rel
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    shutil.rmtree(tmp_path / "clean", ignore_errors=True)
