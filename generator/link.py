"""Cross-record checks: takes validated records and the registries; returns a linked Catalogue or diagnostics."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from generator.diagnostics import Diagnostic, diag
from generator.graph import Conflict, Edge, build_graph, replicas_of
from generator.load import Document, Path_
from generator.model import REGION_RE, Innovation
from generator.validate import field_path
from generator.vocab import Vocab, find_regions

# Raster images only: an SVG can carry scripts that run when the file is opened directly.
IMAGE_SUFFIXES = (".avif", ".gif", ".jpeg", ".jpg", ".png", ".webp")


@dataclass(frozen=True)
class Entry:
    """A validated record with the document it came from (for marks)."""

    record: Innovation
    doc: Document


RawRef = tuple[Path_, str, str, tuple[int, int]]


@dataclass(frozen=True)
class Draft:
    """A record that failed validation: its file, id (file stem) and the references it names.

    Its references are still checked against the registries, so a contributor sees every
    mistake in one run instead of meeting the unknown region only after fixing a typo.
    """

    path: str
    stem: str
    refs: tuple[RawRef, ...]
    reported: frozenset[str] = frozenset()  # field paths that already have a diagnostic


# (path below the record, kind of reference, registry it must be in; "*" stands for any index)
_REF_FIELDS: tuple[tuple[Path_, str, str], ...] = (
    (("agency", "region"), "region", "regions"),
    (("agency", "type"), "agency type", "agency_types"),
    (("classification", "sector"), "sector", "sectors"),
    (("classification", "form"), "form", "forms"),
    (("classification", "initiator"), "initiator", "initiators"),
    (("classification", "sdgs", "*"), "SDG", "sdgs"),
    (("awards", "*", "award"), "award", "awards"),
    (("replication", "adopters", "*", "region"), "region", "regions"),
    (("replication", "origin", "innovation"), "innovation", "innovations"),
)


def raw_references(doc: Document) -> tuple[RawRef, ...]:
    """Return every reference (location, kind, value, mark) found in a document's plain data."""
    found: list[RawRef] = []

    def walk(node: object, pattern: Path_, loc: Path_, kind: str) -> None:
        if not pattern:
            if isinstance(node, str):
                found.append((loc, kind, node, doc.mark(loc)))
            return
        head, rest = pattern[0], pattern[1:]
        if head == "*" and isinstance(node, list):
            for i, item in enumerate(node):
                walk(item, rest, (*loc, i), kind)
        elif isinstance(node, dict) and head in node:
            walk(node[head], rest, (*loc, head), kind)

    for pattern, kind, _ in _REF_FIELDS:
        walk(doc.data, pattern, (), kind)
    return tuple(found)


def _registry(vocab: Vocab, kind: str) -> dict[str, object]:
    name = next(reg for _, k, reg in _REF_FIELDS if k == kind)
    if name == "regions":
        return dict(vocab.regions)
    if name == "awards":
        return dict(vocab.awards)
    return dict(vocab.taxonomies[name])


def check_drafts(drafts: list[Draft], vocab: Vocab, ids: set[str]) -> list[Diagnostic]:
    """Check the references of records that failed validation; return located diagnostics."""
    out: list[Diagnostic] = []
    for draft in drafts:
        for loc, kind, value, mark in draft.refs:
            if field_path(loc) in draft.reported:
                continue
            known = dict.fromkeys(ids) if kind == "innovation" else _registry(vocab, kind)
            if value not in known:
                out.append(_unknown(draft.path, mark, field_path(loc), kind, value, known, vocab))
    return out


@dataclass(frozen=True)
class Catalogue:
    """Every record by id, the registries, back-links from `replication.origin` and the edges."""

    records: dict[str, Innovation]
    vocab: Vocab
    replicas: dict[str, list[str]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    edges: tuple[Edge, ...] = ()


def fold(text: str) -> str:
    """Return `text` folded for collision checks: Unicode-normalised (NFKC) and case-folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def link(entries: list[Entry], vocab: Vocab, content: Path, drafts: list[Draft] | None = None
         ) -> tuple[Catalogue, list[Diagnostic]]:
    """Check ids, references and the replication graph; return the Catalogue and diagnostics."""
    diags: list[Diagnostic] = []
    if drafts:
        ids = {e.record.id for e in entries} | {d.stem for d in drafts}
        diags += check_drafts(drafts, vocab, ids)
    by_id: dict[str, Entry] = {}
    folded: dict[str, Entry] = {}
    for entry in sorted(entries, key=lambda e: e.doc.path):
        rid = entry.record.id
        if rid in by_id:
            diags.append(diag(entry.doc.path, entry.doc.mark(("id",)), "duplicate-id", "id", id=rid,
                              other=by_id[rid].doc.path))
            continue
        key = fold(rid)
        if key in folded:
            other = folded[key]
            diags.append(diag(entry.doc.path, entry.doc.mark(("id",)), "id-collision", "id", id=rid,
                              other=other.record.id, other_file=other.doc.path))
            continue
        by_id[rid] = folded[key] = entry
    for entry in by_id.values():
        diags += _check_refs(entry, vocab, content)
        diags += _check_adopters(entry, vocab)
    diags += _check_origins(by_id)
    records = {rid: by_id[rid].record for rid in sorted(by_id)}
    edges, conflicts = build_graph(records)
    diags += [d for c in conflicts for d in _conflict(c, by_id)
              if c.field != "region" or {c.on_origin, c.on_replica} <= vocab.regions.keys()]
    catalogue = Catalogue(
        records=records,
        vocab=vocab,
        replicas={o: [r.id for r in found] for o, found in replicas_of(records).items()},
        sources={rid: by_id[rid].doc.path for rid in sorted(by_id)},
        edges=tuple(edges),
    )
    return catalogue, diags


def _conflict(c: Conflict, by_id: dict[str, Entry]) -> list[Diagnostic]:
    """Return one diagnostic on each side of an edge whose two sides disagree."""
    origin, replica = by_id[c.origin], by_id[c.replica]
    at_origin: Path_ = ("replication", "adopters", c.adopter_index, c.field)
    at_replica: Path_ = ("agency", "region") if c.field == "region" else ("started",)
    o_mark, r_mark = origin.doc.mark(at_origin), replica.doc.mark(at_replica)
    return [
        diag(origin.doc.path, o_mark, "edge-mismatch", field_path(at_origin), what=c.field,
             here=c.on_origin, there=c.on_replica, other=f"{replica.doc.path}:{r_mark[0]}"),
        diag(replica.doc.path, r_mark, "edge-mismatch", field_path(at_replica), what=c.field,
             here=c.on_replica, there=c.on_origin, other=f"{origin.doc.path}:{o_mark[0]}"),
    ]


def _unknown(path: str, mark: tuple[int, int], where: str, kind: str, value: str,
             known: dict[str, object], vocab: Vocab) -> Diagnostic:
    """Return the diagnostic for an unknown reference; a region name gets the code it means."""
    if kind == "region" and not REGION_RE.match(value):
        found = find_regions(value, vocab.regions)
        if found:
            return diag(path, mark, "region-name", where, value=value,
                        codes=", ".join(f'"{r.code}" ({r.name})' for r in found))
    return diag(path, mark, "unknown-reference", where, kind=kind, value=value,
                suggestion=vocab.suggest(known, value))


def _ref(entry: Entry, loc: Path_, kind: str, value: str, known: dict[str, object],
         vocab: Vocab) -> list[Diagnostic]:
    if value in known:
        return []
    return [_unknown(entry.doc.path, entry.doc.mark(loc), field_path(loc), kind, value, known,
                     vocab)]


def _check_refs(entry: Entry, vocab: Vocab, content: Path) -> list[Diagnostic]:
    r = entry.record
    tax = vocab.taxonomies
    out = _ref(entry, ("agency", "region"), "region", r.agency.region, dict(vocab.regions), vocab)
    out += _ref(entry, ("agency", "type"), "agency type", r.agency.type, dict(tax["agency_types"]),
                vocab)
    if c := r.classification:
        for name, value, terms in (("sector", c.sector, "sectors"), ("form", c.form, "forms"),
                                   ("initiator", c.initiator, "initiators")):
            if value is not None:
                out += _ref(entry, ("classification", name), name, value, dict(tax[terms]), vocab)
        for i, goal in enumerate(c.sdgs):
            out += _ref(entry, ("classification", "sdgs", i), "SDG", str(goal), dict(tax["sdgs"]),
                        vocab)
    for i, award in enumerate(r.awards):
        out += _ref(entry, ("awards", i, "award"), "award", award.award, dict(vocab.awards), vocab)
    if r.media:
        for i, image in enumerate(r.media.images):
            out += _check_image(entry, ("media", "images", i), image, content)
    return out


def _check_image(entry: Entry, loc: Path_, value: str, content: Path) -> list[Diagnostic]:
    pure = PurePosixPath(value)
    mark = entry.doc.mark(loc)
    if pure.is_absolute() or ".." in pure.parts or "\\" in value or ":" in value:
        return [diag(entry.doc.path, mark, "path-outside", field_path(loc), value=value)]
    target = content / pure
    try:  # a NUL byte or an over-long name is no file at all, not a crash
        resolved = target.resolve()
        if not resolved.is_relative_to(content.resolve()) or target.is_symlink():
            return [diag(entry.doc.path, mark, "path-outside", field_path(loc), value=value)]
        found = resolved.is_file()
    except (OSError, ValueError):
        found = False
    if not found:
        return [diag(entry.doc.path, mark, "file-missing", field_path(loc), value=value)]
    if pure.suffix.lower() not in IMAGE_SUFFIXES:
        return [diag(entry.doc.path, mark, "image-type", field_path(loc), value=value,
                     allowed=", ".join(IMAGE_SUFFIXES))]
    return []


def _check_adopters(entry: Entry, vocab: Vocab) -> list[Diagnostic]:
    r = entry.record
    if not r.replication:
        return []
    out: list[Diagnostic] = []
    seen: dict[tuple[str, str], int] = {}
    for i, adopter in enumerate(r.replication.adopters):
        loc: Path_ = ("replication", "adopters", i)
        path = f"replication.adopters[{i}]"
        out += _ref(entry, (*loc, "region"), "region", adopter.region, dict(vocab.regions), vocab)
        if adopter.region == r.agency.region:
            out.append(diag(entry.doc.path, entry.doc.mark((*loc, "region")), "adopter-own-region",
                            f"{path}.region", region=adopter.region))
        if r.started_year is not None and adopter.year < r.started_year:
            out.append(diag(entry.doc.path, entry.doc.mark((*loc, "year")), "adopter-before-start",
                            f"{path}.year", year=adopter.year, started=r.started))
        key = (adopter.region, fold(" ".join(adopter.agency.split())))
        if key in seen:
            first = entry.doc.mark(("replication", "adopters", seen[key]))[0]
            out.append(diag(entry.doc.path, entry.doc.mark(loc), "adopter-duplicate", path,
                            first_line=first))
        else:
            seen[key] = i
    return out


def _check_origins(by_id: dict[str, Entry]) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    parent: dict[str, str] = {}
    for rid, entry in by_id.items():
        rep = entry.record.replication
        if not (rep and rep.origin):
            continue
        target = rep.origin.innovation
        loc: Path_ = ("replication", "origin", "innovation")
        if target == rid:
            out.append(diag(entry.doc.path, entry.doc.mark(loc), "origin-self",
                            "replication.origin.innovation"))
        elif target not in by_id:
            close = Vocab({}, {}, {}, {}).suggest(list(by_id), target)
            out.append(diag(entry.doc.path, entry.doc.mark(loc), "unknown-reference",
                            "replication.origin.innovation", kind="innovation", value=target,
                            suggestion=close))
        else:
            parent[rid] = target
    done: set[str] = set()  # every record is walked once: linear in the number of records
    for start in sorted(parent):
        walk: dict[str, int] = {}  # this walk's records and their position in it
        node: str | None = start
        while node is not None and node not in done and node not in walk:
            walk[node] = len(walk)
            node = parent.get(node)
        done.update(walk)
        if node is not None and node in walk:
            cycle = list(walk)[walk[node]:]
            for rid in cycle:
                entry = by_id[rid]
                out.append(diag(entry.doc.path,
                                entry.doc.mark(("replication", "origin", "innovation")),
                                "origin-cycle", "replication.origin.innovation",
                                cycle=" -> ".join([*cycle, cycle[0]])))
    return out
