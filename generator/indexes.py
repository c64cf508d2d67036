"""Cross-regional indexes: takes the Catalogue; returns taxonomy term lists, region lists and the replication graph."""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from generator.bilingual import Bilingual
from generator.crossref import Catalogue
from generator.graph import Edge
from generator.model import Innovation
from generator.references import REFERENCES, Listing, Reference, terms
from generator.registries import Registries


def slug(text: str) -> str:
    """Return an ASCII URL slug for trusted or untrusted text (never empty)."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")[:60] or "x"


@functools.lru_cache(maxsize=65536)
def sort_key(text: str) -> str:
    """Return a locale-neutral sort key: accents removed, case folded (cached: names repeat)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def name_key(record: Innovation) -> tuple[str, str]:
    """Return the sort key that orders records by name, then id."""
    return sort_key(record.name), record.id


@dataclass(frozen=True)
class Taxonomy:
    """One index described as data: which terms a record has and how terms are shown."""

    key: str
    folder: str
    title: Bilingual
    description: Bilingual
    terms: Callable[[Innovation], Iterable[str]]
    label: Callable[[Registries, str, str], str]
    newest_first: bool = False

    def overview_path(self) -> str:
        """Return the Markdown path of the taxonomy's overview page."""
        return f"{self.folder}/index.md"

    def term_path(self, term: str) -> str:
        """Return the folder of a term's listing (term ids are checked slugs, so distinct ids
        give distinct folders)."""
        return f"{self.folder}/{term}"


def _status_label(vocab: Registries, term: str, lang: str) -> str:
    from generator.i18n import t

    return t(f"status.{term}", lang)


def _listed(ref: Reference, listing: Listing) -> Taxonomy:
    """Return the index of a reference field that has a listing in the references table."""
    return Taxonomy(listing.key, listing.folder, listing.title, listing.description,
                    lambda r: terms(r, ref),
                    lambda vocab, term, lang: ref.shown(term, vocab.label(ref, term, lang)))


_YEAR = Taxonomy("year", "tahun", Bilingual("Tahun mulai", "Year started"),
                 Bilingual("Inovasi menurut tahun mulai diterapkan.",
                           "Innovations by the year they started."),
                 lambda r: [r.started[:4]] if r.started else [], lambda vocab, term, lang: term,
                 newest_first=True)
_STATUS = Taxonomy("status", "status", Bilingual("Status inovasi", "Status"),
                   Bilingual("Inovasi menurut status terkini.", "Innovations by current status."),
                   lambda r: [r.status] if r.status else [], _status_label)
# Where the indexes are listed; an index not named here (a new reference field) comes last.
_ORDER = ("sector", "sdg", "year", "agency_type", "status")

TAXONOMIES: tuple[Taxonomy, ...] = tuple(sorted(
    [*(_listed(ref, ref.listing) for ref in REFERENCES if ref.listing), _YEAR, _STATUS],
    key=lambda tx: _ORDER.index(tx.key) if tx.key in _ORDER else len(_ORDER)))


def build_index(taxonomy: Taxonomy, records: Iterable[Innovation]) -> dict[str, list[Innovation]]:
    """Return term -> records (ordered by name) with terms in display order."""
    index: dict[str, list[Innovation]] = {}
    for record in records:
        for term in dict.fromkeys(taxonomy.terms(record)):
            index.setdefault(term, []).append(record)
    ordered = sorted(index, key=_term_key, reverse=taxonomy.newest_first)
    return {term: sorted(index[term], key=name_key) for term in ordered}


def _term_key(term: str) -> tuple[int, str]:
    return (int(term), "") if term.isdigit() else (0, term)


def is_ready(record: Innovation) -> bool:
    """Tell whether a record is ready to replicate: willing, with prerequisites filled in."""
    rep = record.replication
    return bool(rep and rep.willing and rep.prerequisites
                and any(v for v in rep.prerequisites.model_dump().values()))


@dataclass(frozen=True)
class RegionIndex:
    """Innovations started and adopted per region: `own_*` for exactly the region, `started` and
    `adopted` rolled up (a province holds its own and all its regencies'/cities')."""

    own_started: dict[str, list[Innovation]] = field(default_factory=dict)
    own_adopted: dict[str, list[Edge]] = field(default_factory=dict)
    started: dict[str, list[Innovation]] = field(default_factory=dict)
    adopted: dict[str, list[Edge]] = field(default_factory=dict)

    def started_in(self, code: str) -> list[Innovation]:
        """Return records started in this region (a province: anywhere in it), by name."""
        return self.started.get(code, [])

    def adopted_in(self, code: str) -> list[Edge]:
        """Return adoptions in this region (a province: anywhere in it), newest first."""
        return self.adopted.get(code, [])


def edge_key(edge: Edge) -> tuple[bool, int, str, str, str, str]:
    """Return the order of adoption listings: newest first (unknown years last), then innovation
    name and region."""
    return (edge.year is None, -(edge.year or 0), *name_key(edge.record), edge.region,
            sort_key(edge.agency))


def build_regions(catalogue: Catalogue) -> RegionIndex:
    """Return the region index: each record under its region, each edge under the adopter's
    region, and both again under the province when the region is a regency or city."""
    index = RegionIndex()
    for record in sorted(catalogue.records.values(), key=name_key):
        code = record.agency.region
        index.own_started.setdefault(code, []).append(record)
        for key in dict.fromkeys((code, code[:2])):
            index.started.setdefault(key, []).append(record)
    for edge in sorted(catalogue.edges, key=edge_key):
        index.own_adopted.setdefault(edge.region, []).append(edge)
        for key in dict.fromkeys((edge.region, edge.region[:2])):
            index.adopted.setdefault(key, []).append(edge)
    return index


def adoptions(catalogue: Catalogue) -> list[Edge]:
    """Return every edge of the replication graph once, newest first, then by innovation name."""
    return sorted(catalogue.edges, key=edge_key)


def edges_of(catalogue: Catalogue) -> dict[str, list[Edge]]:
    """Return origin id -> its edges (adopters and replicas), oldest adoption first."""
    found: dict[str, list[Edge]] = {}
    for edge in catalogue.edges:
        found.setdefault(edge.record.id, []).append(edge)
    return {rid: sorted(edges, key=lambda e: (e.year is None, e.year or 0, e.region, e.agency))
            for rid, edges in found.items()}


def most_replicated(catalogue: Catalogue) -> list[tuple[Innovation, int]]:
    """Return records with at least one adoption (either side), most adoptions first."""
    counts: dict[str, int] = {}
    for edge in catalogue.edges:
        counts[edge.record.id] = counts.get(edge.record.id, 0) + 1
    counted = [(catalogue.records[rid], n) for rid, n in counts.items()]
    return sorted(counted, key=lambda pair: (-pair[1], name_key(pair[0])))


def awards_by_tier(catalogue: Catalogue) -> dict[str, list[tuple[int, Innovation]]]:
    """Return award id -> (year, record) pairs (each once), newest year first, then by name."""
    index: dict[str, dict[tuple[int, str], Innovation]] = {}
    for record in catalogue.records.values():
        for entry in record.awards:
            index.setdefault(entry.award, {})[(entry.year, record.id)] = record
    return {award: sorted(((year, r) for (year, _), r in pairs.items()),
                          key=lambda p: (-p[0], name_key(p[1])))
            for award, pairs in sorted(index.items())}


def recorded_holders(pairs: list[tuple[int, Innovation]]) -> int:
    """Return how many distinct recorded innovations hold a tier (in any year)."""
    return len({record.id for _, record in pairs})


NEIGHBOURS = 4  # provinces whose centres are nearest count as neighbouring
REPLICABLE_LIMIT = 10  # candidates shown on a region page (a page never grows with the catalogue)
_LIVE = ("active", "growing")


def neighbouring_provinces(vocab: Registries) -> dict[str, list[str]]:
    """Return province code -> the NEIGHBOURS provinces with the nearest centres, nearest first
    (great-circle distance; provinces without a centre have none)."""
    centres = {c: r.centre for c, r in vocab.regions.items() if len(c) == 2 and r.centre}

    def distance(a: str, b: str) -> float:
        pa, pb = centres[a], centres[b]
        lat1, lat2 = math.radians(pa.lat), math.radians(pb.lat)
        dlat, dlon = lat2 - lat1, math.radians(pb.lon - pa.lon)
        h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
        return 2 * math.asin(math.sqrt(min(1.0, h)))

    return {c: sorted((o for o in centres if o != c), key=lambda o: (distance(c, o), o))[:NEIGHBOURS]
            for c in sorted(centres)}


@dataclass(frozen=True)
class Candidate:
    """An innovation a region could replicate, with its adoptions in the same area."""

    record: Innovation
    ready: bool
    nearby: tuple[Edge, ...]


class Replicable:
    """Answers "what could we replicate?" for any region: innovations from the same province and
    neighbouring provinces not yet adopted there; ready and still running ones first."""

    def __init__(self, catalogue: Catalogue, regions: RegionIndex,
                 edges: dict[str, list[Edge]]) -> None:
        self.regions = regions
        self.near = neighbouring_provinces(catalogue.vocab)
        self.edges = edges  # origin id -> its edges (edges_of)
        self.ranked = {
            code: sorted((r for r in records if r.status != "stopped"), key=self._rank)
            for code, records in regions.started.items() if len(code) == 2}

    def _rank(self, record: Innovation) -> tuple[bool, bool, int, str, str]:
        return (not is_ready(record), record.status not in _LIVE,
                -len(self.edges.get(record.id, [])), *name_key(record))

    def for_region(self, code: str, limit: int = REPLICABLE_LIMIT) -> list[Candidate]:
        """Return at most `limit` candidates for region `code` (a province: from its neighbours)."""
        own = code[:2]
        area = ([] if len(code) == 2 else [own]) + self.near.get(own, [])
        here = {r.id for r in self.regions.started_in(code)}
        here |= {e.record.id for e in self.regions.adopted_in(code)}
        pool: list[tuple[tuple[object, ...], Innovation]] = []
        for province in area:
            taken = 0
            for record in self.ranked.get(province, []):
                origin = record.replication.origin if record.replication else None
                if record.id in here or (origin and origin.innovation in here):
                    continue
                ready, dead, adoptions, *name = self._rank(record)
                pool.append(((ready, dead, province != own, adoptions, *name), record))
                taken += 1
                if taken == limit:
                    break
        pool.sort(key=lambda item: item[0])
        zone = set(area) | {own}
        return [Candidate(r, is_ready(r), tuple(e for e in self.edges.get(r.id, [])
                                                if e.region[:2] in zone)[:3])
                for _, r in pool[:limit]]
