"""Preview site: takes mkdocs.yml and the generated Markdown; renders pages with MkDocs on demand.

MkDocs's configuration, theme, file list and nav are loaded once; a page's HTML is rendered by
MkDocs's own page steps (`_populate_page`, then the theme template with the same plugin events
as `_build_page`) when it is first requested or, in the background, for the search index. After
an edit the generator says which Markdown files it rewrote or removed, and only those pages are
marked stale. Written for MkDocs 1.6 (it calls MkDocs's build internals; see ARCHITECTURE.md).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.commands.build import _build_theme_template, _populate_page, get_context
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, get_files, set_exclusions
from mkdocs.structure.nav import Navigation, get_navigation
from mkdocs.structure.pages import Page

from generator.search import SearchIndexError, index_site

log = logging.getLogger("mkdocs.katalog")


def theme_digest(config_file: Path, theme_dirs: Iterable[str]) -> str:
    """Return a digest of mkdocs.yml and the theme override files: a change reloads everything."""
    digest = hashlib.blake2b(config_file.read_bytes(), digest_size=16)
    for folder in theme_dirs:
        if "site-packages" in folder:
            continue  # Material itself does not change while previewing
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file():
                digest.update(path.as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def write_atomic(target: Path, data: bytes) -> None:
    """Write `data` to `target` so that readers see the old file or the new one, never half."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{threading.get_ident()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)


class PreviewSite:
    """MkDocs objects kept alive between edits, the set of stale pages and the search bundle."""

    def __init__(self, config_file: Path, work: Path, site_url: str, lang: str) -> None:
        self.config_file, self.work, self.site_url, self.lang = config_file, work, site_url, lang
        self.site_dir = work / "site"
        self.lock = threading.RLock()  # held whenever MkDocs objects are read or changed
        self.urgent = 0  # requests and edits waiting for the lock: the background yields to them
        self.counting = threading.Lock()
        self.stale: dict[str, None] = {}  # src paths of pages to render, in order
        self.changes = 0  # bumped whenever a page's HTML may have changed
        self.indexed = -1  # `changes` when the current search bundle was started
        self.bundle: Path | None = None
        self.previous_bundle: Path | None = None
        self.bundles = 0
        self.wake = threading.Event()
        self.stop = threading.Event()
        self.digest = ""
        self.load()

    # -- loading -------------------------------------------------------------------------------

    def load(self) -> None:
        """Load mkdocs.yml and the theme, list the files, build the nav; every page becomes stale."""
        with self.lock:
            config = load_config(config_file=str(self.config_file), site_dir=str(self.site_dir),
                                 site_url=self.site_url)
            config.plugins.on_startup(command="build", dirty=False)
            self.config: MkDocsConfig = config.plugins.on_config(config)
            self.config.plugins.on_pre_build(config=self.config)
            self.digest = theme_digest(self.config_file, self.config.theme.dirs)
            self.env: jinja2.Environment = self.config.theme.get_env()
            self.list_files()
            self.env = self.config.plugins.on_env(self.env, config=self.config, files=self.files)
            shutil.rmtree(self.site_dir, ignore_errors=True)
            self.files.copy_static_files()
            _build_theme_template("404.html", self.env, self.files, self.config, self.nav)
            self.stale = dict.fromkeys(self.by_src)
            self.changes += 1
        self.wake.set()

    def list_files(self) -> None:
        """(Re)read the docs folder's file list and nav, as a MkDocs build does before rendering."""
        files = get_files(self.config)
        files.add_files_from_theme(self.env, self.config)
        files = self.config.plugins.on_files(files, config=self.config)
        set_exclusions(files, self.config)
        self.files: Files = files
        self.nav: Navigation = self.config.plugins.on_nav(
            get_navigation(files, self.config), config=self.config, files=files)
        self.doc_files: list[File] = []
        for file in files.documentation_pages():
            if file.page is None:
                Page(None, file, self.config)
            self.doc_files.append(file)
        self.unordered = False
        self.by_src = {file.src_uri: file for file in self.doc_files}
        self.by_dest = {file.dest_uri: file for file in self.doc_files}
        self.nav_titles = self.read_nav_pages()

    def read_nav_pages(self) -> dict[str, str | None]:
        """Read every page in the nav (every page's HTML shows their titles); return the titles."""
        titles: dict[str, str | None] = {}
        for page in self.nav.pages:
            _populate_page(page, self.config, self.files)
            titles[page.file.src_uri] = page.title
        return titles

    # -- changes -------------------------------------------------------------------------------

    def update(self, written: Iterable[str], removed: Iterable[str]) -> None:
        """Mark the pages of rewritten Markdown files stale; follow added and removed files."""
        if theme_digest(self.config_file, self.config.theme.dirs) != self.digest:
            log.info("mkdocs.yml or the theme changed: reloading the whole preview")
            self.load()
            return
        written, removed = list(written), list(removed)
        with self.first():
            added = [path for path in written if path not in self.by_src and
                     path.endswith(".md")]
            others = [path for path in written if not path.endswith(".md")]
            if any(path in self.nav_titles for path in removed) or others:
                self.list_files()
                self.files.copy_static_files(dirty=True)
            elif added or removed:
                self.follow(added, removed)
            if any(path in self.nav_titles for path in written):
                titles = self.read_nav_pages()
                if titles != self.nav_titles:  # every page shows the nav: all are stale
                    self.nav_titles = titles
                    written = list(self.by_src)
                _build_theme_template("404.html", self.env, self.files, self.config, self.nav)
            self.stale.update(dict.fromkeys(p for p in written if p in self.by_src))
            self.changes += 1
        self.wake.set()

    def follow(self, added: list[str], removed: list[str]) -> None:
        """Add and remove pages in place (re-reading 10,000 files per edit costs seconds).

        Files keep MkDocs's order only after a full `list_files`, which the background does
        before the sitemap is written (the only output listing every page).
        """
        for path in removed:
            file = self.by_src.pop(path, None)
            if file is not None:
                self.files.remove(file)
                self.doc_files.remove(file)
                del self.by_dest[file.dest_uri]
                (self.site_dir / file.dest_uri).unlink(missing_ok=True)
        new = [File(path, self.config.docs_dir, self.config.site_dir,
                    self.config.use_directory_urls) for path in added]
        set_exclusions(new, self.config)
        for file in new:
            self.files.append(file)
            Page(None, file, self.config)
            self.doc_files.append(file)
            self.by_src[file.src_uri] = self.by_dest[file.dest_uri] = file
        self.unordered = True

    # -- rendering -----------------------------------------------------------------------------

    def render(self, src: str) -> None:
        """Render one page with MkDocs (Markdown, theme, plugin events) into the preview folder."""
        with self.lock:
            file = self.by_src.get(src)
            self.stale.pop(src, None)
            if file is None or file.page is None:
                return
            page = file.page
            _populate_page(page, self.config, self.files)
            self.config._current_page = page
            page.active = True
            try:
                context = get_context(self.nav, self.doc_files, self.config, page)
                template = self.env.get_template(page.meta.get("template", "main.html"))
                context = self.config.plugins.on_page_context(context, page=page,
                                                              config=self.config, nav=self.nav)
                output = template.render(context)
                output = self.config.plugins.on_post_page(output, page=page, config=self.config)
            finally:
                page.active = False
                self.config._current_page = None
            if src not in self.nav_titles:  # keep memory flat: only nav pages stay read
                page.markdown = page.content = None
            if output.strip():
                write_atomic(Path(file.abs_dest_path),
                             output.encode("utf-8", errors="xmlcharrefreplace"))
            self.changes += 1

    @contextmanager
    def first(self) -> Iterator[None]:
        """Hold the lock ahead of the background renderer (Python's locks are not fair)."""
        with self.counting:
            self.urgent += 1
        try:
            with self.lock:
                yield
        finally:
            with self.counting:
                self.urgent -= 1

    def ensure(self, dest: str) -> None:
        """Render the page published at `dest` (e.g. `inovasi/x/index.html`) if it is stale."""
        with self.first():
            file = self.by_dest.get(dest)
            if file is not None and file.src_uri in self.stale:
                self.render(file.src_uri)

    def next_stale(self) -> str | None:
        """Return a stale page to render in the background, if any."""
        with self.lock:
            return next(iter(self.stale), None)

    # -- background ----------------------------------------------------------------------------

    def background(self, progress: Any) -> None:
        """Render stale pages, then rebuild the search bundle whenever pages changed; loop."""
        while not self.stop.is_set():
            if self.urgent:
                time.sleep(0.002)
                continue
            src = self.next_stale()
            if src is not None:
                try:
                    self.render(src)
                except Exception as exc:  # shown on request too; never stops the preview
                    log.warning("could not render %s: %s", src, exc)
                continue
            if self.indexed != self.changes:
                self.reindex(progress)
                continue
            self.wake.wait(1.0)
            self.wake.clear()

    def reindex(self, progress: Any) -> None:
        """Index the preview folder with Pagefind into a new bundle, then switch to it."""
        with self.lock:
            started = self.changes
            if self.unordered:
                self.list_files()
            _build_theme_template("sitemap.xml", self.env, self.files, self.config, self.nav)
        self.bundles += 1
        bundle = self.work / f"pagefind-{self.bundles}"
        try:
            index_site(self.site_dir, self.lang, bundle)
        except SearchIndexError as exc:
            log.warning("search index not updated: %s", exc)
            shutil.rmtree(bundle, ignore_errors=True)
            self.indexed = started
            return
        old, self.previous_bundle, self.bundle = self.previous_bundle, self.bundle, bundle
        if old is not None and old.parent == self.work:  # never the last build's own bundle
            shutil.rmtree(old, ignore_errors=True)
        self.indexed = started
        if self.indexed == self.changes:
            progress("search index up to date")

    @property
    def search_current(self) -> bool:
        """Whether the search bundle indexes every page as it is now."""
        return self.bundle is not None and self.indexed == self.changes and not self.stale
