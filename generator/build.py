"""Build orchestration: takes a Config; generates Markdown, runs MkDocs and swaps site/ in only on success."""

from __future__ import annotations

import gc
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import jinja2

from generator.collect import collect
from generator.config import Config
from generator.crossref import Catalogue
from generator.diagnostics import Diagnostic, diag, has_errors
from generator.handwritten import check_pages
from generator.load import display_path
from generator.memo import Memo, templates_digest
from generator.page_html import extensions_of
from generator.pages import Page, plan
from generator.render import make_env, render_page
from generator.search import SearchIndexError, index_site
from generator.write import NotOurs, WriteReport, swap_in, write_tree

Progress = Callable[[str], None]
GC_THRESHOLD = 50_000


@dataclass(frozen=True)
class GenerateReport:
    """What generation did: records read, pages planned, files written, seconds taken."""

    records: int
    pages: int
    write: WriteReport
    seconds: float


class BuildError(Exception):
    """MkDocs (or a post-build step) failed; the message holds its output."""


class LazyPages(Mapping[str, bytes]):
    """Path -> bytes of every page, each rendered only when read: the writer holds one at a time.

    This is the one rendering path of build, check and preview; a preview passes its Memo,
    which hands back a page unchanged since the previous run instead of rendering it again.
    Keeping all pages' bytes at once would cost about 7 KB a record (200 MB at 30,000).
    """

    def __init__(self, env: jinja2.Environment, pages: dict[str, Page], catalogue: Catalogue,
                 static: dict[str, bytes], memo: Memo | None = None) -> None:
        self._env, self._pages, self._catalogue, self._static = env, pages, catalogue, static
        self._memo = memo

    def __getitem__(self, path: str) -> bytes:
        if path in self._static:
            return self._static[path]
        page = self._pages[path]
        if self._memo is not None:
            return self._memo.render(self._env, page, self._catalogue)
        return render_page(self._env, page, self._catalogue).encode("utf-8")

    def __contains__(self, path: object) -> bool:
        return path in self._pages or path in self._static

    def __iter__(self) -> Iterator[str]:
        yield from self._pages
        yield from self._static

    def __len__(self) -> int:
        return len(self._pages) + len(self._static)


def plan_pages(config: Config, catalogue: Catalogue) -> dict[str, Page]:
    """Return every generated page by its path; two pages at one path are a bug, never content."""
    planned: dict[str, Page] = {}
    for page in plan(catalogue, config.lang, config.page_size):
        if page.path in planned:
            raise RuntimeError(f"two pages planned at {page.path}")
        planned[page.path] = page
    return planned


def render_all(config: Config, catalogue: Catalogue, memo: Memo | None = None
               ) -> tuple[Mapping[str, bytes], list[Diagnostic]]:
    """Plan every page, check the hand-written ones; return path -> bytes (rendered when read).

    With a `memo` (kept by a long-running preview), pages whose inputs did not change since the
    previous call are taken from it instead of being rendered again.
    """
    planned = plan_pages(config, catalogue)
    static, diags = check_pages(config.content, list(planned),
                                extensions_of(config.mkdocs_yml))

    def new_env() -> jinja2.Environment:
        return make_env(config.templates / "pages", config.lang)

    env = new_env() if memo is None else memo.start(
        (catalogue.vocab, templates_digest(config.templates), config.lang), planned, new_env)
    return LazyPages(env, planned, catalogue, static, memo), diags


def cache_file(config: Config) -> Path:
    """Return where loaded records are cached: beside the docs folder, never inside content/."""
    return config.docs_dir.parent / ".katalog-cache" / "records.json"


def generate(config: Config, progress: Progress | None = None, memo: Memo | None = None
             ) -> tuple[GenerateReport | None, list[Diagnostic]]:
    """Check the content and write the Markdown tree; return a report or the diagnostics.

    Records come from the on-disk cache, or from `memo` when a running preview passes one.
    """
    started = time.perf_counter()
    threshold = gc.get_threshold()
    # Tens of thousands of long-lived records make every full collection slow; collect rarely.
    # Measured by benchmarks/gc_bench.py (10,000 records, from scratch): 0.6-0.7 s of CPU in
    # collections and no full one, against 3.6 s and 9 full collections at Python's default.
    gc.set_threshold(GC_THRESHOLD, *threshold[1:])
    try:
        return _generate(config, progress, memo, started)
    finally:
        gc.set_threshold(*threshold)


def _generate(config: Config, progress: Progress | None, memo: Memo | None, started: float
              ) -> tuple[GenerateReport | None, list[Diagnostic]]:
    catalogue, diags = collect(config.content, cache_file(config),
                               None if memo is None else memo.records, progress)
    if catalogue is None or has_errors(diags):
        return None, diags
    if progress:
        progress(f"{len(catalogue.records)} records read and checked")
    files, found = render_all(config, catalogue, memo)
    if found:
        return None, diags + found
    try:
        report = write_tree(config.docs_dir, files,
                            memo.reused if memo is not None else frozenset())
    except NotOurs as exc:
        return None, diags + [output_diagnostic(exc)]
    if progress:
        progress(f"{len(files)} pages generated, {len(report.written)} rewritten, "
                 f"{len(report.removed)} removed")
    return GenerateReport(len(catalogue.records), len(files), report,
                          time.perf_counter() - started), diags


def output_diagnostic(exc: NotOurs) -> Diagnostic:
    """Return the located diagnostic for an output folder the generator may not use."""
    return diag(display_path(exc.path), None, exc.reason, value=display_path(exc.path))


def run_mkdocs(config: Config, site_dir: Path, strict: bool = True) -> None:
    """Run `mkdocs build` into `site_dir`; raise BuildError with MkDocs's output on failure."""
    # No `-q`: it raises MkDocs's log level above WARNING, so `--strict` would count no warnings
    # and a build with broken links would pass. The output is captured either way.
    cmd = [sys.executable, "-m", "mkdocs", "build", "-f", str(config.mkdocs_yml),
           "-d", str(site_dir)]
    if strict:
        cmd.append("--strict")
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=config.root)
    if proc.returncode != 0:
        raise BuildError((proc.stdout + proc.stderr).strip())


def build_site(config: Config, strict: bool = True, progress: Progress | None = None
               ) -> tuple[GenerateReport | None, list[Diagnostic]]:
    """Generate, build into a temporary folder, then swap it in for site/ only on success."""
    report, diags = generate(config, progress)
    if report is None:
        return None, diags
    if config.site_dir.is_symlink() or (config.site_dir.exists() and not config.site_dir.is_dir()):
        reason = "output-symlink" if config.site_dir.is_symlink() else "output-not-folder"
        return None, diags + [output_diagnostic(NotOurs(reason, config.site_dir))]
    config.site_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{config.site_dir.name}.tmp-", dir=config.site_dir.parent))
    try:
        if progress:
            progress("building the site with MkDocs")
        run_mkdocs(config, tmp, strict)
        if progress:
            progress("indexing the site for search with Pagefind")
        try:
            index_site(tmp, config.lang)
        except SearchIndexError as exc:
            raise BuildError(str(exc)) from None
        swap_in(tmp, config.site_dir)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return report, diags
