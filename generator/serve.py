"""Live preview: takes a Config; regenerates on edits to content/ or site_templates/ while MkDocs serves."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from generator.build import generate
from generator.config import Config
from generator.diagnostics import Diagnostic
from generator.memo import Memo

POLL_SECONDS = 0.5
# Runs Pagefind after each preview build, so search works while editing.
SEARCH_HOOK = Path(__file__).with_name("serve_hook.py")


def snapshot(folders: list[Path]) -> dict[str, tuple[int, int]]:
    """Return path -> (mtime_ns, size) for every file under the folders."""
    found: dict[str, tuple[int, int]] = {}
    for folder in folders:
        for path in folder.rglob("*"):
            try:
                stat = path.stat()
            except OSError:
                continue
            if path.is_file():
                found[str(path)] = (stat.st_mtime_ns, stat.st_size)
    return found


def watch(config: Config, on_diags: Callable[[list[Diagnostic]], object],
          progress: Callable[[str], None], stop: threading.Event,
          memo: Memo | None = None) -> None:
    """Poll the sources and regenerate the Markdown whenever one changes, until `stop` is set.

    `memo` keeps records and rendered pages between runs, so an edit re-renders only the
    pages it affects.
    """
    memo = memo if memo is not None else Memo()
    folders = [config.content, config.templates]
    last = snapshot(folders)
    while not stop.wait(POLL_SECONDS):
        current = snapshot(folders)
        if current == last:
            continue
        last = current
        started = time.perf_counter()
        report, diags = generate(config, memo=memo)
        on_diags(diags)
        if report is not None:
            progress(f"regenerated in {time.perf_counter() - started:.2f}s: "
                     f"{len(report.write.written)} file(s) rewritten")


def serve(config: Config, dev_addr: str, on_diags: Callable[[list[Diagnostic]], object],
          progress: Callable[[str], None]) -> None:
    """Generate once, then serve with MkDocs's live reload while a watcher regenerates."""
    from mkdocs.commands.serve import serve as mkdocs_serve

    memo = Memo()
    _, diags = generate(config, progress, memo)
    on_diags(diags)
    stop = threading.Event()
    thread = threading.Thread(target=watch, args=(config, on_diags, progress, stop, memo),
                              daemon=True)
    thread.start()
    # Preview at the root of dev_addr, whatever path the published site_url has.
    url = f"http://{dev_addr}/"
    progress(f"previewing on {url} (Ctrl+C stops)")
    try:
        mkdocs_serve(config_file=str(config.mkdocs_yml), dev_addr=dev_addr, livereload=True,
                     hooks=[str(SEARCH_HOOK)], site_url=url)
    finally:
        stop.set()
