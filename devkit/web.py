"""Local browsing: takes a built site/ folder; serves it on localhost and names Debian's Chromium with its flags."""

from __future__ import annotations

import gzip
import http.server
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Playwright

# Debian's Chromium, never a browser a tool downloads; the flags keep it quiet and offline.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run")
_COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map")


def launch_chromium(pw: Playwright) -> Browser:
    """Return Debian's Chromium, headless, launched through Playwright."""
    return pw.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))


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
def serve(site: Path, prefix: str | None = None) -> Iterator[str]:
    """Serve `site` gzip-compressed on a free localhost port under `prefix`; yield its base URL.

    Without a prefix the site is served at the path it was built for, as on the real host:
    MkDocs writes absolute links on 404.html.
    """
    prefix = base_path(site) if prefix is None else prefix
    handler = partial(type("Handler", (_GzipHandler,), {"prefix": prefix}), directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
