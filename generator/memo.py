"""Render memo for previews: takes planned pages and the Catalogue; returns their bytes.

Only pages whose inputs changed since the previous call in this process are rendered again.

A page's output is reused only when (1) the site-wide inputs are equal to last time (registries,
template files, language), (2) the Page itself (path, template, title, tags, meta and context,
records included; see `page_key`) compares equal, and (3) every catalogue entry the template looked up while
rendering it last time (`catalogue.records[...]`, `catalogue.replicas.get(...)`, ...) is still
equal. Templates see the catalogue through a recording view; a page whose template iterates a
whole mapping or reads any other catalogue attribute is never reused. Equality is checked by
value, so a stale page can never be served, only an unneeded render done.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from generator.crossref import Catalogue
from generator.pages import Page
from generator.render import render_page

MISSING: Any = object()
Dep = tuple[str, Any, Any]


class _Recorder(Mapping[Any, Any]):
    """A read-only mapping that notes every key looked up (and what it held)."""

    def __init__(self, name: str, data: Mapping[Any, Any], view: _View) -> None:
        self._name, self._data, self._view = name, data, view

    def _note(self, key: Any) -> Any:
        value = self._data.get(key, MISSING)
        self._view.deps.append((self._name, key, value))
        return value

    def __getitem__(self, key: Any) -> Any:
        value = self._note(key)
        if value is MISSING:
            raise KeyError(key)
        return value

    def get(self, key: Any, default: Any = None) -> Any:
        value = self._note(key)
        return default if value is MISSING else value

    def __contains__(self, key: object) -> bool:
        return self._note(key) is not MISSING

    def __iter__(self) -> Iterator[Any]:
        self._view.reusable = False  # the page depends on every entry
        return iter(self._data)

    def __len__(self) -> int:
        self._view.reusable = False
        return len(self._data)


class _View:
    """The catalogue as templates see it while one page renders."""

    MAPPINGS = ("records", "replicas", "files")

    def __init__(self, catalogue: Catalogue) -> None:
        self.deps: list[Dep] = []
        self.reusable = True
        self.vocab = catalogue.vocab  # covered by the site-wide key
        self._catalogue = catalogue
        for name in self.MAPPINGS:
            setattr(self, name, _Recorder(name, getattr(catalogue, name), self))

    def __getattr__(self, name: str) -> Any:
        self.reusable = False  # an attribute this memo does not track
        return getattr(self._catalogue, name)


def page_key(page: Page) -> tuple[Any, ...]:
    """Return everything about a page that its output depends on, besides catalogue lookups."""
    return (page.path, page.template, page.title, page.description, tuple(page.tags),
            page.meta, page.context)


def _same(old: Any, new: Any) -> bool:
    if old is new:
        return True
    return old is not MISSING and new is not MISSING and bool(old == new)


def templates_digest(folder: Path) -> str:
    """Return a digest of every file under the templates folder."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@dataclass
class Memo:
    """What one process remembers between regenerations: records read and pages rendered."""

    records: dict[str, Any] = field(default_factory=dict)
    pages: dict[str, tuple[tuple[Any, ...], tuple[Dep, ...], bytes]] = field(default_factory=dict)
    site_key: tuple[Any, ...] | None = None
    rendered: int = 0
    reused: set[str] = field(default_factory=set)
    env: jinja2.Environment | None = None

    def start(self, site_key: tuple[Any, ...], paths: Collection[str],
              make_env: Callable[[], jinja2.Environment]) -> jinja2.Environment:
        """Begin a regeneration of the pages at `paths`; return the Jinja environment to use.

        Pages no longer planned are forgotten; everything (the compiled templates too) when the
        site-wide inputs changed since the previous run.
        """
        if self.env is None or self.site_key is None or not _same(self.site_key, site_key):
            self.pages = {}
            self.env = make_env()
        else:
            self.pages = {path: self.pages[path] for path in paths if path in self.pages}
        self.site_key = site_key
        self.rendered = 0
        self.reused = set()
        return self.env

    def render(self, env: jinja2.Environment, page: Page, catalogue: Catalogue) -> bytes:
        """Return the page's bytes: remembered ones if its inputs are unchanged, else rendered."""
        old = self.pages.get(page.path)
        key = page_key(page)
        if old is not None and _same(old[0], key) and all(
                _same(value, getattr(catalogue, name).get(entry, MISSING))
                for name, entry, value in old[1]):
            self.reused.add(page.path)
            return old[2]
        view = _View(catalogue)
        data = render_page(env, page, view).encode("utf-8")  # type: ignore[arg-type]
        self.rendered += 1
        if view.reusable:
            self.pages[page.path] = (key, tuple(view.deps), data)
        else:
            self.pages.pop(page.path, None)
        return data
