"""Cross-regional indexes: takes the Catalogue; returns taxonomy term lists, region lists and the replication graph."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from generator.bilingual import Bilingual
from generator.link import Catalogue
from generator.model import Adopter, Innovation
from generator.references import REFERENCES, Listing, Reference, terms
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
    title: Bilingual
    description: Bilingual
    terms: Callable[[Innovation], Iterable[str]]
    label: Callable[[Vocab, str, str], str]
    newest_first: bool = False

    def overview_path(self) -> str:
        """Return the Markdown path of the taxonomy's overview page."""
        return f"{self.folder}/index.md"

    def term_path(self, term: str) -> str:
        """Return the folder of a term's listing (term ids are checked slugs, so distinct ids
        give distinct folders)."""
        return f"{self.folder}/{term}"


def _status_label(vocab: Vocab, term: str, lang: str) -> str:
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
class Adoption:
    """One edge of the replication graph: an innovation adopted in a region."""

    record: Innovation
    adopter: Adopter


@dataclass(frozen=True)
class RegionIndex:
    """Innovations started in and adopted in every region, provinces including their regencies."""

    started: dict[str, list[Innovation]] = field(default_factory=dict)
    adopted: dict[str, list[Adoption]] = field(default_factory=dict)

    def started_in(self, code: str) -> list[Innovation]:
        """Return records started in exactly this region."""
        return self.started.get(code, [])

    def adopted_in(self, code: str) -> list[Adoption]:
        """Return adoptions in exactly this region."""
        return self.adopted.get(code, [])


def build_regions(catalogue: Catalogue) -> RegionIndex:
    """Return the region index: each record under its own region, each adoption under its region."""
    index = RegionIndex()
    for record in sorted(catalogue.records.values(), key=name_key):
        index.started.setdefault(record.agency.region, []).append(record)
        if record.replication:
            for adopter in record.replication.adopters:
                index.adopted.setdefault(adopter.region, []).append(Adoption(record, adopter))
    for adoptions in index.adopted.values():
        adoptions.sort(key=lambda a: (-a.adopter.year, name_key(a.record)))
    return index


def adoptions(catalogue: Catalogue) -> list[Adoption]:
    """Return every adoption, newest first, then by innovation name."""
    found = [Adoption(r, a) for r in catalogue.records.values() if r.replication
             for a in r.replication.adopters]
    return sorted(found, key=lambda a: (-a.adopter.year, name_key(a.record), a.adopter.region))


def most_replicated(catalogue: Catalogue) -> list[tuple[Innovation, int]]:
    """Return records with at least one adopter, most adopters first."""
    counted = [(r, len(r.replication.adopters)) for r in catalogue.records.values()
               if r.replication and r.replication.adopters]
    return sorted(counted, key=lambda pair: (-pair[1], name_key(pair[0])))


def awards_by_tier(catalogue: Catalogue) -> dict[str, list[tuple[int, Innovation]]]:
    """Return award id -> (year, record) pairs, newest year first, then by name."""
    index: dict[str, list[tuple[int, Innovation]]] = {}
    for record in catalogue.records.values():
        for entry in record.awards:
            index.setdefault(entry.award, []).append((entry.year, record))
    return {award: sorted(pairs, key=lambda p: (-p[0], name_key(p[1])))
            for award, pairs in sorted(index.items())}
