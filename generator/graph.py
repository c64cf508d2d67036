"""The replication graph: takes linked records; returns one edge per adoption and the disagreements.

An adoption can be written on the origin (`replication.adopters`) or on the replica (a record
whose `replication.origin` names the origin). Both give the same edge; written on both sides it
is one edge, and where the two sides disagree (region, year) a Conflict names both places.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from generator.model import Adopter, Innovation


@dataclass(frozen=True)
class Edge:
    """One adoption: the origin record adopted by an agency in a region (maybe a replica record)."""

    record: Innovation
    region: str
    agency: str
    year: int | None  # None: a replica whose start is recorded as unknown
    status: str | None = None
    model: str | None = None
    facilitator: str | None = None
    source: str | None = None
    replica: Innovation | None = None
    adopter_index: int | None = None  # position in the origin's `replication.adopters`


@dataclass(frozen=True)
class Conflict:
    """An edge written on both sides with different values for `field` ("region" or "year")."""

    origin: str
    adopter_index: int
    replica: str
    field: str
    on_origin: str
    on_replica: str


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", " ".join(text.split())).casefold()


def _from_adopter(record: Innovation, i: int, a: Adopter, replica: Innovation | None) -> Edge:
    status = a.status or (replica.status if replica else None)
    return Edge(record, a.region, a.agency, a.year, status, a.model, a.facilitator, a.source,
                replica, i)


def _from_replica(origin: Innovation, replica: Innovation) -> Edge:
    return Edge(origin, replica.agency.region, replica.agency.name, replica.started_year,
                replica.status, replica=replica)


def replicas_of(records: Mapping[str, Innovation]) -> dict[str, list[Innovation]]:
    """Return origin id -> replica records (by id) for every origin that is in `records`."""
    found: dict[str, list[Innovation]] = {}
    for rid in sorted(records):
        rep = records[rid].replication
        if rep and rep.origin and rep.origin.innovation in records and rep.origin.innovation != rid:
            found.setdefault(rep.origin.innovation, []).append(records[rid])
    return found


def _match(adopters: list[Adopter], free: list[int], replica: Innovation) -> int | None:
    """Return the free adopter entry that writes the same edge as `replica`: same region and
    agency, else same region, else same agency (a region disagreement), else None."""
    region, agency = replica.agency.region, _fold(replica.agency.name)
    keys = [(adopters[i].region == region, _fold(adopters[i].agency) == agency) for i in free]
    for wanted in ((True, True), (True, False), (False, True)):
        for i, key in zip(free, keys, strict=True):
            if key == wanted or (wanted == (True, False) and key[0]):
                return i
    return None


def build_graph(records: Mapping[str, Innovation]) -> tuple[list[Edge], list[Conflict]]:
    """Return every edge once (ordered by origin id, then as written) and each disagreement."""
    edges: list[Edge] = []
    conflicts: list[Conflict] = []
    replicas = replicas_of(records)
    for rid in sorted(records):
        record = records[rid]
        adopters = list(record.replication.adopters) if record.replication else []
        free = list(range(len(adopters)))
        paired: dict[int, Innovation] = {}
        alone: list[Innovation] = []
        for replica in replicas.get(rid, []):
            i = _match(adopters, free, replica)
            if i is None:
                alone.append(replica)
                continue
            free.remove(i)
            paired[i] = replica
            a = adopters[i]
            if a.region != replica.agency.region:
                conflicts.append(Conflict(rid, i, replica.id, "region", a.region,
                                          replica.agency.region))
            elif replica.started_year is not None and a.year != replica.started_year:
                conflicts.append(Conflict(rid, i, replica.id, "year", str(a.year),
                                          str(replica.started_year)))
        edges += [_from_adopter(record, i, a, paired.get(i)) for i, a in enumerate(adopters)]
        edges += [_from_replica(record, replica) for replica in alone]
    return edges, conflicts
