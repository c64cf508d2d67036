"""Live preview: takes a Config; serves MkDocs-rendered pages and regenerates on edits.

`katalog serve` generates the Markdown once, loads MkDocs once (generator/preview.py) and serves
each page rendered when first asked for. MkDocs's live-reload server watches content/,
site_templates/ and mkdocs.yml; after an edit the generator rewrites only the Markdown files
whose bytes changed, those pages become stale, and browsers reload. A background thread renders
the remaining pages and re-indexes search with Pagefind; until it has, the search page says so.
"""

from __future__ import annotations

import logging
import mimetypes
import posixpath
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import watchdog.observers
from mkdocs.livereload import LiveReloadServer
from watchdog.events import FileSystemEvent, FileSystemEventHandler

from generator.build import generate
from generator.config import Config
from generator.diagnostics import Diagnostic
from generator.i18n import t
from generator.memo import Memo
from generator.preview import PreviewSite
from generator.search import BUNDLE_DIR

SEARCH_PAGE = "cari/index.html"


class PreviewServer(LiveReloadServer):
    """MkDocs's live-reload server, rendering a stale page before serving it."""

    def __init__(self, site: PreviewSite, builder: Callable[[], None], host: str, port: int,
                 note: str) -> None:
        super().__init__(builder=builder, host=host, port=port, root=str(site.site_dir))
        self.site = site
        self.note = note.encode("utf-8")
        self.current = threading.local()
        try:  # inotify instead of polling every file of a large catalogue twice a second
            self.observer = watchdog.observers.Observer()  # type: ignore[assignment]
        except OSError:  # pragma: no cover - depends on the platform
            pass
        self.error_handler = self.error_page

    def watch_sources(self, folder: Path, only: Path | None = None) -> None:
        """Rebuild when a file under `folder` (or just `only`) is written, created or removed.

        MkDocs's own `watch` rebuilds on every event, and inotify also reports files merely
        opened, which the generator does to every record it reads.
        """
        def changed(event: FileSystemEvent) -> None:
            if event.is_directory or event.event_type in ("opened", "closed_no_write") or (
                    only is not None and Path(str(event.src_path)) != only):
                return
            with self._rebuild_cond:
                self._want_rebuild = True
                self._rebuild_cond.notify_all()

        handler = FileSystemEventHandler()
        handler.on_any_event = changed  # type: ignore[method-assign]
        key = str(folder if only is None else only)
        self._watched_paths[key] = 1  # MkDocs injects its reload script only when it watches
        self._watch_refs[key] = self.observer.schedule(handler, str(folder),
                                                       recursive=only is None)

    def error_page(self, code: int) -> bytes | None:
        """Return MkDocs's 404 page for unknown paths."""
        path = self.site.site_dir / "404.html"
        return path.read_bytes() if code == 404 and path.is_file() else None

    def _serve_request(self, environ: dict[str, Any], start_response: Any
                       ) -> Iterable[bytes] | None:
        path = environ["PATH_INFO"].encode("latin-1").decode("utf-8", "ignore")
        if not path.startswith("/livereload/"):
            # Never render while a regeneration is writing Markdown: wait for it, as MkDocs does.
            with self._epoch_cond:
                self._epoch_cond.wait_for(lambda: self._visible_epoch == self._wanted_epoch)
            rel = posixpath.normpath("/" + path).lstrip("/")
            if rel.startswith(f"{BUNDLE_DIR}/"):
                return self.bundle_file(rel.removeprefix(f"{BUNDLE_DIR}/"), start_response)
            self.site.ensure(f"{rel}/index.html" if rel not in ("", ".") else "index.html")
            self.site.ensure(rel)
            self.current.path = rel
        return super()._serve_request(environ, start_response)

    def _inject_js_into_html(self, content: bytes, epoch: int) -> bytes:
        content = bytes(super()._inject_js_into_html(content, epoch))  # type: ignore[no-untyped-call]
        if getattr(self.current, "path", "").startswith(SEARCH_PAGE.removesuffix("index.html")) \
                and not self.site.search_current:
            content = content.replace(b"</body>", self.note + b"</body>", 1)
        return content

    def bundle_file(self, rel: str, start_response: Any) -> Iterable[bytes] | None:
        """Serve a file of the current search bundle (or the previous one, for open pages)."""
        for bundle in (self.site.bundle, self.site.previous_bundle):
            if bundle is None or not rel:
                continue
            target = bundle / rel
            try:
                data = target.read_bytes()
            except OSError:
                continue
            start_response("200 OK", [("Content-Type", mimetypes.guess_type(target.name)[0]
                                                      or "application/octet-stream"),
                                      ("Content-Length", str(len(data)))])
            return [data]
        return None


def note_html(lang: str) -> str:
    """Return the notice shown on the search page while the index catches up."""
    return ('<div class="ki-preview-note" role="status" style="position:fixed;bottom:0;left:0;'
            'right:0;padding:.6rem 1rem;background:#fff3cd;color:#3d2c00;z-index:10">'
            f'{t("preview.search_behind", lang)}'
            "</div>")


def serve(config: Config, dev_addr: str, on_diags: Callable[[list[Diagnostic]], object],
          progress: Callable[[str], None]) -> None:
    """Generate once, load MkDocs once, then serve and regenerate on edits until interrupted."""
    logging.getLogger("mkdocs").addHandler(logging.StreamHandler())
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    memo = Memo()
    _, diags = generate(config, progress, memo)
    on_diags(diags)
    host, _, port = dev_addr.rpartition(":")
    url = f"http://{dev_addr}/"  # the preview lives at the root, whatever site_url says
    work = Path(tempfile.mkdtemp(prefix="katalog-preview-"))
    site = PreviewSite(config.mkdocs_yml, work, url, config.lang)
    last_build = config.site_dir / BUNDLE_DIR  # search works at once, on the last build's index
    if (last_build / "pagefind.js").is_file():
        site.bundle = last_build

    def rebuild() -> None:
        started = time.perf_counter()
        with site.first():  # the background renderer pauses: the edit gets the CPU
            report, found = generate(config, memo=memo)
            on_diags(found)
            if report is None:
                return
            site.update(report.write.written, report.write.removed)
        progress(f"regenerated in {time.perf_counter() - started:.2f}s: "
                 f"{len(report.write.written)} page(s) changed, "
                 f"{len(report.write.removed)} removed; search index catching up")

    server = PreviewServer(site, rebuild, host, int(port), note_html(config.lang))
    server.watch_sources(config.content)
    server.watch_sources(config.templates)
    server.watch_sources(config.mkdocs_yml.parent, only=config.mkdocs_yml)
    worker = threading.Thread(target=site.background, args=(progress,), daemon=True)
    worker.start()
    progress(f"previewing on {url} (Ctrl+C stops)")
    try:
        server.serve()  # type: ignore[no-untyped-call]
    except KeyboardInterrupt:
        pass
    finally:
        site.stop.set()
        site.wake.set()
        server.shutdown()
        worker.join(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
