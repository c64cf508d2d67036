"""Cross-regional indexes: takes the Catalogue; returns taxonomy term lists, region lists and the replication graph."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from generator.graph import Edge
from generator.link import Catalogue
from generator.model import Innovation
from generator.vocab import Vocab


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
    title: tuple[str, str]
    description: tuple[str, str]
    terms: Callable[[Innovation], Iterable[str]]
    label: Callable[[Vocab, str, str], str]
    newest_first: bool = False

    def term_path(self, term: str) -> str:
        """Return the folder of a term's listing (term ids are checked slugs, so distinct ids
        give distinct folders)."""
        return f"{self.folder}/{term}"


def _tax_label(name: str) -> Callable[[Vocab, str, str], str]:
    return lambda vocab, term, lang: vocab.taxonomies[name][term].label.get(lang)


def _sdg_label(vocab: Vocab, term: str, lang: str) -> str:
    return f"{term}. {vocab.taxonomies['sdgs'][term].label.get(lang)}"


def _status_label(vocab: Vocab, term: str, lang: str) -> str:
    from generator.i18n import t

    return t(f"status.{term}", lang)


TAXONOMIES: tuple[Taxonomy, ...] = (
    Taxonomy("sector", "urusan", ("Urusan pemerintahan", "Government affairs sectors"),
             ("Inovasi menurut urusan pemerintahan.", "Innovations by government affairs sector."),
             lambda r: [r.classification.sector] if r.classification and r.classification.sector
             else [], _tax_label("sectors")),
    Taxonomy("sdg", "sdgs", ("Tujuan Pembangunan Berkelanjutan (SDGs)",
                             "Sustainable Development Goals"),
             ("Inovasi menurut tujuan SDGs yang didukung.", "Innovations by the SDGs they serve."),
             lambda r: [str(n) for n in r.classification.sdgs] if r.classification else [],
             _sdg_label),
    Taxonomy("year", "tahun", ("Tahun mulai", "Year started"),
             ("Inovasi menurut tahun mulai diterapkan.", "Innovations by the year they started."),
             lambda r: [r.started[:4]], lambda vocab, term, lang: term, newest_first=True),
    Taxonomy("agency_type", "jenis-instansi", ("Jenis instansi", "Agency types"),
             ("Inovasi menurut jenis instansi penyelenggara.",
              "Innovations by the kind of agency that runs them."),
             lambda r: [r.agency.type], _tax_label("agency_types")),
    Taxonomy("status", "status", ("Status inovasi", "Status"),
             ("Inovasi menurut status terkini.", "Innovations by current status."),
             lambda r: [r.status], _status_label),
)


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


def edge_key(edge: Edge) -> tuple[int, str, str, str, str]:
    """Return the order of adoption listings: newest first, then innovation name and region."""
    return (-edge.year, *name_key(edge.record), edge.region, sort_key(edge.agency))


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
    for edge in sorted(catalogue.edges, key=lambda e: (e.year, e.region, sort_key(e.agency))):
        found.setdefault(edge.record.id, []).append(edge)
    return found


def most_replicated(catalogue: Catalogue) -> list[tuple[Innovation, int]]:
    """Return records with at least one adoption (either side), most adoptions first."""
    counted = [(catalogue.records[rid], len(edges)) for rid, edges in edges_of(catalogue).items()]
    return sorted(counted, key=lambda pair: (-pair[1], name_key(pair[0])))


def awards_by_tier(catalogue: Catalogue) -> dict[str, list[tuple[int, Innovation]]]:
    """Return award id -> (year, record) pairs, newest year first, then by name."""
    index: dict[str, list[tuple[int, Innovation]]] = {}
    for record in catalogue.records.values():
        for entry in record.awards:
            index.setdefault(entry.award, []).append((entry.year, record))
    return {award: sorted(pairs, key=lambda p: (-p[0], name_key(p[1])))
            for award, pairs in sorted(index.items())}
