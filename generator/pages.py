"""Page planning: takes the Catalogue and site settings; returns every page to write, with unique paths."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from generator.crossref import Catalogue
from generator.graph import Edge
from generator.i18n import t
from generator.indexes import (
    TAXONOMIES,
    RegionIndex,
    Replicable,
    Taxonomy,
    adoptions,
    awards_by_tier,
    build_index,
    build_regions,
    edges_of,
    is_ready,
    most_replicated,
    name_key,
    recorded_holders,
    slug,
    sort_key,
)
from generator.model import Budget, Innovation
from generator.references import INNOVATIONS, REFERENCES, terms
from generator.registries import Registries

INNOVATION_DIR = "inovasi"
LIST_DIR = "daftar"
SEARCH_PAGE = "cari/index.md"


# Front matter that keeps a page out of the search index (see overrides/partials/content.html).
NOT_SEARCHED: dict[str, Any] = {"search": {"exclude": True}}
REGION_DIR = "wilayah"
AWARD_DIR = "penghargaan"
REPLICATION_DIR = "replikasi"
READY_DIR = "siap-replikasi"
TAG_DIR = "tag"
RANKING_DIR = f"{REPLICATION_DIR}/peringkat"
# The first page of every site-wide listing, for links between pages.
LISTINGS = {"all": f"{LIST_DIR}/index.md", "regions": f"{REGION_DIR}/index.md",
            "awards": f"{AWARD_DIR}/index.md", "replication": f"{REPLICATION_DIR}/index.md",
            "ranking": f"{RANKING_DIR}/index.md", "ready": f"{READY_DIR}/index.md",
            "tags": f"{TAG_DIR}/index.md", "about": "tentang.md"}
# Pagers list every page up to this many pages; beyond, the ends and a window around the current.
PAGER_ALL = 20
PAGER_ENDS = 2
PAGER_AROUND = 3


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
class Named:
    """A registry entry a record names: its id, its label, and how it is shown (SDGs numbered)."""

    id: str
    label: str
    shown: str


def named(record: Innovation, vocab: Registries, lang: str) -> dict[str, list[Named]]:
    """Return, for every field of the references table, the registry entries the record names."""
    out: dict[str, list[Named]] = {}
    for ref in REFERENCES:
        if ref.registry == INNOVATIONS:
            continue
        labels = [(value, vocab.label(ref, value, lang)) for value in terms(record, ref)]
        out[ref.name] = [Named(value, label, ref.shown(value, label)) for value, label in labels]
    return out


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

    @property
    def window(self) -> list[int]:
        """Return the page numbers the pager links: all of them, or the ends and those nearby."""
        return [n for n in range(1, self.count + 1)
                if self.count <= PAGER_ALL or n <= PAGER_ENDS or n > self.count - PAGER_ENDS
                or abs(n - self.number) <= PAGER_AROUND]


def by_name(records: Sequence[Innovation]) -> list[Innovation]:
    """Return records ordered by name, then id."""
    return sorted(records, key=name_key)


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


def region_folder(code: str, name: str) -> str:
    """Return a region's folder, `17-03-kabupaten-bengkulu-utara`: distinct for distinct codes.

    A name whose slug starts with a digit gets an `x-` first, so that province 17 named
    "03 Kabupaten Bengkulu Utara" cannot take the folder of regency 17.03.
    """
    name_slug = slug(name)
    if name_slug[0].isdigit():
        name_slug = f"x-{name_slug}"
    return f"{code.replace('.', '-')}-{name_slug}"


@dataclass(frozen=True)
class Paths:
    """Where every kind of page lives; templates use it to link (paths are trusted slugs).

    Two Paths are equal when their `key` (a digest of both maps) is: a preview's render memo
    compares it once per page, so equality must not walk hundreds of regions each time.
    """

    key: str
    region_pages: Mapping[str, str] = field(compare=False)
    programmes: Mapping[str, str] = field(compare=False)  # award id -> programme id

    @classmethod
    def of(cls, catalogue: Catalogue, regions: RegionIndex) -> Paths:
        """Return the paths of the region pages this catalogue has and of its awards."""
        used = set(regions.own_started) | set(regions.own_adopted)
        vocab = catalogue.vocab
        region_pages = {code: f"{REGION_DIR}/{region_folder(code, vocab.regions[code].name)}/index.md"
                        for code in vocab.regions if len(code) == 2 or code in used}
        programmes = {award: a.programme for award, a in vocab.awards.items()}
        digest = hashlib.blake2b(repr((sorted(region_pages.items()), sorted(programmes.items())))
                                 .encode("utf-8"), digest_size=16).hexdigest()
        return cls(digest, region_pages, programmes)

    def innovation(self, rid: str) -> str:
        """Return the page of an innovation."""
        return innovation_path(rid)

    def taxonomy(self, taxonomy: Taxonomy) -> str:
        """Return the overview page of a taxonomy."""
        return taxonomy.overview_path()

    def region(self, code: str) -> str | None:
        """Return the page of a region, or None if it has none."""
        return self.region_pages.get(code)

    def term(self, taxonomy: Taxonomy, term: str) -> str:
        """Return the first listing page of a taxonomy term."""
        return f"{taxonomy.term_path(term)}/index.md"

    def programme(self, programme: str) -> str:
        """Return the page of an award programme."""
        return f"{AWARD_DIR}/{programme}/index.md"

    def award(self, award: str) -> str:
        """Return the first listing page of an award tier."""
        return f"{AWARD_DIR}/{self.programmes[award]}/{award}/index.md"

    def replication_province(self, code: str) -> str:
        """Return the first page of adoptions in a province."""
        return f"{REPLICATION_DIR}/{code}/index.md"


def plan(catalogue: Catalogue, lang: str, page_size: int) -> list[Page]:
    """Return every page of the site in a deterministic order."""
    records = by_name(list(catalogue.records.values()))
    regions = build_regions(catalogue)
    paths = Paths.of(catalogue, regions)
    common = {"paths": paths, "taxonomies": {tx.key: tx for tx in TAXONOMIES},
              "page_size": page_size, "listings": LISTINGS}
    pages = [home_page(catalogue, regions, lang)]
    pages += listing_pages(LIST_DIR, "list.md.j2", t("list.all", lang),
                           t("list.all.description", lang), records, page_size)
    edges = edges_of(catalogue)
    pages += [innovation_page(r, catalogue, lang, edges.get(r.id, [])) for r in records]
    pages += region_pages(catalogue, regions, paths, lang, page_size, edges)
    pages += taxonomy_pages(catalogue, lang, page_size)
    pages += award_pages(catalogue, paths, lang, page_size)
    pages += replication_pages(catalogue, lang, page_size)
    pages += listing_pages(READY_DIR, "list.md.j2", t("ready.title", lang),
                           t("ready.description", lang),
                           [r for r in records if is_ready(r)], page_size)
    pages.append(tags_page(catalogue, lang))
    pages.append(search_page(lang))
    return [Page(p.path, p.template, p.title, p.description, {**common, **p.context}, p.tags,
                 p.meta) for p in pages]


def home_page(catalogue: Catalogue, regions: RegionIndex, lang: str) -> Page:
    """Return the home page: what the catalogue is, counts, charts and the newest records."""
    records = list(catalogue.records.values())
    newest = sorted(records, key=lambda r: (r.started or "", r.id), reverse=True)[:10]
    all_adoptions = adoptions(catalogue)
    codes = {r.agency.region for r in records}
    counts = {
        "innovations": len(records),
        "provinces": len({code[:2] for code in codes}),
        "regions": len({code for code in codes if len(code) > 2}),
        "adoptions": len(all_adoptions),
    }
    vocab = catalogue.vocab
    per_province = sorted(
        ((code, len(regions.started_in(code))) for code in vocab.regions if len(code) == 2),
        key=lambda pair: (-pair[1], sort_key(vocab.regions[pair[0]].name)))
    per_year: dict[int, int] = {}
    for adoption in all_adoptions:
        if adoption.year is not None:
            per_year[adoption.year] = per_year.get(adoption.year, 0) + 1
    charts = {"provinces": [(vocab.regions[code].name, n) for code, n in per_province if n][:10],
              "years": [(str(year), n) for year, n in sorted(per_year.items())]}
    return Page("index.md", "home.md.j2", t("home.title", lang), t("site.tagline", lang),
                {"counts": counts, "newest": newest, "per_province": per_province,
                 "charts": charts},
                meta={"hide": ["toc"], **NOT_SEARCHED})


def innovation_page(record: Innovation, catalogue: Catalogue, lang: str,
                    edges: Sequence[Edge] = ()) -> Page:
    """Return an innovation's page with its adoptions; its tags are its award labels and its
    province."""
    vocab = catalogue.vocab
    tags = [vocab.awards[a.award].label.get(lang) for a in record.awards]
    province = vocab.province_of(record.agency.region)
    rep = record.replication
    budget = rep.prerequisites.budget if rep and rep.prerequisites else None
    if province:
        tags.append(province.name)
    return Page(innovation_path(record.id), "innovation.md.j2", record.name, shorten(record.summary),
                {"r": record, "edges": list(edges), "named": named(record, vocab, lang),
                 "budget": budget_line(budget, lang)},
                tags=sorted(set(tags), key=sort_key))


def money(amount: int, currency: str) -> str:
    """Return an amount as Indonesians write it: "IDR 150.000.000" (dots group thousands)."""
    return f"{currency} {amount:,}".replace(",", ".")


@dataclass(frozen=True)
class BudgetLine:
    """The budget as one line: source of funds; initial cost; annual cost, and the prices' year."""

    text: str
    year: int | None


def budget_line(budget: Budget | None, lang: str) -> BudgetLine | None:
    """Return the budget line of a record's replication prerequisites, or None without a budget."""
    if budget is None:
        return None
    parts = [t(f"budget.{budget.source}", lang)] if budget.source else []
    for key, amount in (("initial_cost", budget.initial_cost), ("annual_cost", budget.annual_cost)):
        if amount is not None:
            parts.append(f"{t(f'replication.{key}', lang)} {money(amount, budget.currency)}")
    return BudgetLine("; ".join(parts), budget.year)


def shorten(text: str, limit: int = 160) -> str:
    """Return `text` cut at a word boundary to at most `limit` characters (for meta descriptions)."""
    words = text.split()
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > limit - 1:
            return out + "…"
        out = f"{out} {word}" if out else word
    return out


def region_pages(catalogue: Catalogue, regions: RegionIndex, paths: Paths, lang: str,
                 size: int, edges: dict[str, list[Edge]]) -> list[Page]:
    """Return Indonesia's page, one page per province and per regency/city with records.

    A province page rolls up: it lists and counts everything started or adopted anywhere in it.
    """
    vocab = catalogue.vocab
    provinces = sorted((c for c in vocab.regions if len(c) == 2), key=lambda c: int(c))
    replicable = Replicable(catalogue, regions, edges)

    def totals(code: str) -> tuple[int, int]:
        return len(regions.started_in(code)), len(regions.adopted_in(code))

    pages = [Page(f"{REGION_DIR}/index.md", "regions.md.j2", t("regions.title", lang),
                  t("regions.description", lang),
                  {"rows": [(c, *totals(c)) for c in provinces]})]
    for code in sorted(paths.region_pages, key=lambda c: tuple(int(x) for x in c.split("."))):
        region = vocab.regions[code]
        level = "province" if len(code) == 2 else "regency"
        base = str(paths.region(code)).removesuffix("/index.md")
        children = sorted((c for c in paths.region_pages if len(c) > 2 and c[:2] == code),
                          key=lambda c: sort_key(vocab.regions[c].name)) if len(code) == 2 else []
        started, adopted = regions.started_in(code), regions.adopted_in(code)
        more = {}
        if len(started) > size:
            more["started"] = listing_pages(f"{base}/mulai", "list.md.j2",
                                            t(f"region.started_in.{level}", lang,
                                              region=region.name),
                                            t(f"region.started_in.{level}", lang,
                                              region=region.name),
                                            started, size)
        if len(adopted) > size:
            more["adopted"] = listing_pages(f"{base}/adopsi", "adoptions.md.j2",
                                            t(f"region.adopted_in.{level}", lang,
                                              region=region.name),
                                            t(f"region.adopted_in.{level}", lang,
                                              region=region.name),
                                            adopted, size)
        total_started, total_adopted = totals(code)
        replicas = sum(1 for r in started if r.replication and r.replication.origin)
        description = t("region.description", lang, region=region.name, started=total_started,
                        adopted=total_adopted)
        own = (len(regions.own_started.get(code, [])), len(regions.own_adopted.get(code, [])))
        pages.append(Page(f"{base}/index.md", "region.md.j2", region.name, description, {
            "code": code, "this": region, "province": vocab.province_of(code), "level": level,
            "own": own if children else None,
            "children": [(c, *totals(c)) for c in children],
            "started": started[:size], "adopted": adopted[:size],
            "started_total": len(started), "adopted_total": len(adopted),
            "replicas_total": replicas,
            "replicable": replicable.for_region(code),
            "neighbours": replicable.near.get(code[:2], []),
            "totals": (total_started, total_adopted),
            "more": {k: v[0].path for k, v in more.items()}}))
        for listing in more.values():
            pages += listing
    return pages


def taxonomy_pages(catalogue: Catalogue, lang: str, size: int) -> list[Page]:
    """Return an overview page and paginated term listings for every configured taxonomy."""
    pages = []
    records = list(catalogue.records.values())
    for taxonomy in TAXONOMIES:
        index = build_index(taxonomy, records)
        title, description = taxonomy.title.get(lang), taxonomy.description.get(lang)
        rows = [(term, taxonomy.label(catalogue.vocab, term, lang), len(items))
                for term, items in index.items()]
        pages.append(Page(taxonomy.overview_path(), "taxonomy.md.j2", title, description,
                          {"taxonomy": taxonomy, "rows": rows}))
        for term, items in index.items():
            label = taxonomy.label(catalogue.vocab, term, lang)
            pages += listing_pages(taxonomy.term_path(term), "list.md.j2", f"{title}: {label}",
                                   f"{description} {label}.", items, size)
    return pages


def award_pages(catalogue: Catalogue, paths: Paths, lang: str, size: int) -> list[Page]:
    """Return the awards overview, a page per programme and a by-year listing per tier."""
    vocab = catalogue.vocab
    by_tier = awards_by_tier(catalogue)
    tiers = {p: sorted((a for a in vocab.awards.values() if a.programme == p),
                       key=lambda a: (a.rank, a.id)) for p in sorted(vocab.programmes)}
    holders = {award: recorded_holders(pairs) for award, pairs in by_tier.items()}
    pages = [Page(f"{AWARD_DIR}/index.md", "awards.md.j2", t("awards.title", lang),
                  t("awards.description", lang), {"tiers": tiers, "holders": holders})]
    for pid, programme in sorted(vocab.programmes.items()):
        label = programme.label.get(lang)
        pages.append(Page(paths.programme(pid), "programme.md.j2", label,
                          programme.description.get(lang) if programme.description else label,
                          {"programme": programme, "tiers": tiers[pid], "holders": holders}))
        for award in tiers[pid]:
            base = paths.award(award.id).removesuffix("/index.md")
            pairs = by_tier.get(award.id, [])
            per_year: dict[int, int] = {}
            for year, _ in pairs:
                per_year[year] = per_year.get(year, 0) + 1
            text = award.description.get(lang) if award.description else award.label.get(lang)
            pages += listing_pages(base, "award.md.j2", award.label.get(lang), text, pairs, size,
                                   award=award, holders=holders.get(award.id, 0),
                                   per_year=per_year)
    return pages


def replication_pages(catalogue: Catalogue, lang: str, size: int) -> list[Page]:
    """Return the replication overview, the full ranking and adoptions listed by province."""
    vocab = catalogue.vocab
    ranking = most_replicated(catalogue)
    edges = adoptions(catalogue)
    by_province: dict[str, list[Edge]] = {}
    for edge in edges:
        by_province.setdefault(edge.region[:2], []).append(edge)
    provinces = sorted(by_province, key=lambda c: sort_key(vocab.regions[c].name))
    pages = [Page(f"{REPLICATION_DIR}/index.md", "replication.md.j2", t("replication.title", lang),
                  t("replication.description", lang),
                  {"ranking": ranking[:size], "ranking_total": len(ranking),
                   "provinces": [(c, len(by_province[c])) for c in provinces],
                   "edges_total": len(edges)})]
    pages += listing_pages(RANKING_DIR, "ranking.md.j2",
                           t("replication.ranking", lang), t("replication.ranking", lang),
                           ranking, size)
    for code in provinces:
        name = vocab.regions[code].name
        pages += listing_pages(f"{REPLICATION_DIR}/{code}", "adoptions.md.j2",
                               t("region.adopted_in.province", lang, region=name),
                               t("region.adopted_in.province", lang, region=name), by_province[code], size)
    return pages


def tags_page(catalogue: Catalogue, lang: str) -> Page:
    """Return the compact tags overview: each award and province tag with its count."""
    vocab = catalogue.vocab
    award_counts: dict[str, int] = {}
    province_counts: dict[str, int] = {}
    for record in catalogue.records.values():
        for award in {a.award for a in record.awards}:
            award_counts[award] = award_counts.get(award, 0) + 1
        province = record.agency.region[:2]
        province_counts[province] = province_counts.get(province, 0) + 1
    awards = sorted(award_counts.items(), key=lambda p: sort_key(vocab.awards[p[0]].label.get(lang)))
    provinces = sorted(province_counts.items(), key=lambda p: sort_key(vocab.regions[p[0]].name))
    return Page(f"{TAG_DIR}/index.md", "tags.md.j2", t("tags.title", lang),
                t("tags.description", lang), {"awards": awards, "provinces": provinces})


def search_page(lang: str) -> Page:
    """Return the search page, the only page that loads Pagefind (overrides/cari.html)."""
    return Page(SEARCH_PAGE, "search.md.j2", t("search.title", lang), t("search.description", lang),
                meta={"template": "cari.html", "hide": ["toc"], **NOT_SEARCHED})
