"""Lighthouse helpers: take a built site/ folder; serve it gzip-compressed; return reports."""

from __future__ import annotations

import gzip
import http.server
import json
import os
import re
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE_DIR = ROOT / "tests" / "lighthouse"
LIGHTHOUSE_CLI = LIGHTHOUSE_DIR / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = ("--headless --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync --no-first-run")

# Page types checked, with the first page of each found in the built site. Fixed pages first;
# the folders below are searched for their first page in sorted order when they exist.
FIXED_PAGES = {"home": "", "listing": "daftar/"}
DISCOVERED_PAGES = {"innovation": "inovasi", "region": "wilayah", "award": "penghargaan",
                    "search": "cari"}
_COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map")


def page_types(site: Path) -> dict[str, str]:
    """Return page type -> URL path (relative to the site root) for every type the site has."""
    found = {kind: path for kind, path in FIXED_PAGES.items()
             if (site / path / "index.html").is_file()}
    for kind, folder in DISCOVERED_PAGES.items():
        base = site / folder
        # One region / award itself rather than the folder's overview, when there is one.
        pages = sorted(base.rglob("index.html"),
                       key=lambda p: (p.parent == base, len(p.parts), p.as_posix()))
        if pages:
            found[kind] = pages[0].parent.relative_to(site).as_posix() + "/"
    return found


def base_path(site: Path) -> str:
    """Return the URL path the site is built for (from the home page's canonical link): '/x/'."""
    html = (site / "index.html").read_text(encoding="utf-8")
    found = re.search(r'<link rel="canonical" href="[a-z]+://[^/"]+(/[^"]*)"', html)
    return found.group(1) if found else "/"


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves `directory` under `prefix`, gzip-compressing text for clients that accept it."""

    prefix = "/"

    def translate_path(self, path: str) -> str:
        """Map a URL under the prefix to a file; anything else to a path that does not exist."""
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / ".not-under-prefix")
        return super().translate_path("/" + path[len(self.prefix):])

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        """Stay quiet: tests and benchmarks print their own output."""

    def send_head(self) -> Any:
        """Answer GET/HEAD; compress compressible files for clients that accept gzip."""
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().send_head()  # let the stdlib send its redirect
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not path.is_file() or not accepts or path.suffix not in _COMPRESSIBLE:
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return _Body(body)


class _Body:
    """A file-like object over bytes, as SimpleHTTPRequestHandler.copyfile expects."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def read(self, size: int = -1) -> bytes:
        """Return the remaining bytes (all at once)."""
        data, self._data = self._data, b""
        return data

    def close(self) -> None:
        """Nothing to release."""


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve `site` at the path it was built for, on a free localhost port; yield its base URL.

    Serving at the same path as the real host matters: MkDocs writes absolute links on 404.html.
    """
    prefix = base_path(site)
    handler = partial(type("Handler", (_GzipHandler,), {"prefix": prefix}), directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


def lighthouse(url: str, categories: tuple[str, ...]) -> dict[str, Any]:
    """Run Lighthouse (mobile profile) on `url` with Debian's chromium; return the JSON report."""
    if not LIGHTHOUSE_CLI.is_file():
        raise RuntimeError(f"Lighthouse is not installed: run npm ci --prefix {LIGHTHOUSE_DIR}")
    with tempfile.TemporaryDirectory(prefix="katalog-lh-") as tmp:
        out = Path(tmp) / "report.json"
        env = {**os.environ, "CHROME_PATH": CHROMIUM, "PUPPETEER_SKIP_DOWNLOAD": "1"}
        cmd = ["node", str(LIGHTHOUSE_CLI), url, "--quiet", "--output=json",
               f"--output-path={out}", f"--only-categories={','.join(categories)}",
               f"--chrome-flags={CHROME_FLAGS} --user-data-dir={Path(tmp) / 'profile'}"]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
        if proc.returncode != 0 or not out.is_file():
            raise RuntimeError(f"Lighthouse failed on {url}:\n{proc.stdout}\n{proc.stderr}")
        report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return report


def scores(report: dict[str, Any]) -> dict[str, int]:
    """Return category id -> score out of 100 (a category Lighthouse could not score is -1)."""
    return {cid: -1 if cat["score"] is None else round(cat["score"] * 100)
            for cid, cat in report["categories"].items()}


def failed_audits(report: dict[str, Any], category: str) -> list[str]:
    """Return 'audit id: title (selectors)' for every failed, scored audit of a category."""
    failures = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if audit.get("score") is None or audit["score"] >= 1:
            continue
        items = (audit.get("details") or {}).get("items") or []
        where = [str((i.get("node") or {}).get("selector", "")) for i in items][:5]
        failures.append(f"{ref['id']}: {audit['title']} {where if any(where) else ''}".strip())
    return failures


def transfer_bytes(report: dict[str, Any]) -> tuple[int, int]:
    """Return (requests, bytes transferred) from the report's network-requests audit."""
    items = ((report["audits"].get("network-requests") or {}).get("details") or {}).get("items", [])
    return len(items), sum(int(i.get("transferSize") or 0) for i in items)
