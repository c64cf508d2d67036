"""Page planning: takes the Catalogue and site settings; returns every page to write, with unique paths."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from generator.i18n import t
from generator.link import Catalogue
from generator.model import Innovation

INNOVATION_DIR = "inovasi"
LIST_DIR = "daftar"
SEARCH_PAGE = "cari/index.md"


# Front matter that keeps a page out of the search index (see overrides/partials/content.html).
NOT_SEARCHED: dict[str, Any] = {"search": {"exclude": True}}


@dataclass(frozen=True)
class Page:
    """One Markdown page to generate: where it goes, which template, and what it shows."""

    path: str
    template: str
    title: str
    description: str = ""
    context: dict[str, Any] = field(default_factory=dict)
    tags: Sequence[str] = ()
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Pager:
    """Where one page of a paginated listing sits among its siblings."""

    number: int
    count: int
    paths: tuple[str, ...]

    @property
    def prev(self) -> str | None:
        """Return the path of the previous page, if any."""
        return self.paths[self.number - 2] if self.number > 1 else None

    @property
    def next(self) -> str | None:
        """Return the path of the next page, if any."""
        return self.paths[self.number] if self.number < self.count else None


def sort_key(text: str) -> str:
    """Return a locale-neutral sort key: accents removed, case folded."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def by_name(records: Sequence[Innovation]) -> list[Innovation]:
    """Return records ordered by name, then id."""
    return sorted(records, key=lambda r: (sort_key(r.name), r.id))


def innovation_path(rid: str) -> str:
    """Return the Markdown path of an innovation's page."""
    return f"{INNOVATION_DIR}/{rid}.md"


def paginate(base: str, items: Sequence[Any], size: int) -> list[tuple[Pager, Sequence[Any]]]:
    """Split items into pages at `base/index.md`, `base/2.md`, ...; always at least one page."""
    count = max(1, math.ceil(len(items) / size))
    paths = tuple(f"{base}/index.md" if n == 1 else f"{base}/{n}.md" for n in range(1, count + 1))
    return [(Pager(n, count, paths), items[(n - 1) * size: n * size]) for n in range(1, count + 1)]


def listing_pages(base: str, template: str, title: str, description: str,
                  items: Sequence[Any], size: int, **context: Any) -> list[Page]:
    """Return the pages of one paginated listing, titled "Title (2/5)" after the first."""
    pages = []
    for pager, chunk in paginate(base, items, size):
        suffix = f" ({pager.number}/{pager.count})" if pager.number > 1 else ""
        pages.append(Page(pager.paths[pager.number - 1], template, title + suffix, description,
                          {"items": chunk, "pager": pager, "total": len(items), **context},
                          meta=NOT_SEARCHED if pager.number > 1 else {}))
    return pages


def plan(catalogue: Catalogue, lang: str, page_size: int) -> list[Page]:
    """Return every page of the site in a deterministic order."""
    records = by_name(list(catalogue.records.values()))
    pages = [home_page(catalogue, lang)]
    pages += listing_pages(LIST_DIR, "list.md.j2", t("list.all", lang), t("list.all.description", lang),
                           records, page_size)
    pages += [innovation_page(r, catalogue) for r in records]
    pages.append(search_page(lang))
    return pages


def home_page(catalogue: Catalogue, lang: str) -> Page:
    """Return the home page: what the catalogue is, counts and the newest records."""
    records = list(catalogue.records.values())
    newest = sorted(records, key=lambda r: (r.started, r.id), reverse=True)[:10]
    adoptions = sum(len(r.replication.adopters) for r in records if r.replication)
    regions = {r.agency.region for r in records}
    counts = {
        "innovations": len(records),
        "provinces": len({code[:2] for code in regions}),
        "regions": len({code for code in regions if len(code) > 2}),
        "adoptions": adoptions,
    }
    return Page("index.md", "home.md.j2", "Katalog Inovasi", t("site.tagline", lang),
                {"counts": counts, "newest": newest},
                meta={"hide": ["toc"], **NOT_SEARCHED})


def innovation_page(record: Innovation, catalogue: Catalogue) -> Page:
    """Return an innovation's page; its tags are its award labels and its province."""
    vocab = catalogue.vocab
    tags = [vocab.awards[a.award].label.id for a in record.awards]
    province = vocab.province_of(record.agency.region)
    if province:
        tags.append(province.name)
    return Page(innovation_path(record.id), "innovation.md.j2", record.name, record.summary,
                {"r": record},
                tags=sorted(set(tags), key=sort_key))


def search_page(lang: str) -> Page:
    """Return the search page, the only page that loads Pagefind (overrides/cari.html)."""
    return Page(SEARCH_PAGE, "search.md.j2", t("search.title", lang), t("search.description", lang),
                meta={"template": "cari.html", "hide": ["toc"], **NOT_SEARCHED})
