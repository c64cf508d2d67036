"""Reference fields as data: takes a record (plain data or model); returns the registry ids it names.

`REFERENCES` is the one declaration of which record fields point into which registry. Checking
(valid and invalid records), the JSON Schema's enums, the taxonomy indexes, the registries that
taxonomies.yaml must hold and the labels shown on pages are all derived from it: a new taxonomy
field is one entry here plus its list in taxonomies.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from generator.bilingual import Bilingual
from generator.load import FieldPath

REGIONS, AWARDS, INNOVATIONS = "regions", "awards", "innovations"


@dataclass(frozen=True)
class Listing:
    """How a reference field is indexed: its key, folder and the overview's title and description."""

    key: str
    folder: str
    title: Bilingual
    description: Bilingual


@dataclass(frozen=True)
class Reference:
    """One record field that names a registry entry ("*" in `path` stands for any list index)."""

    path: FieldPath
    kind: str  # what diagnostics call the value ("sector", "region", ...)
    registry: str  # REGIONS, AWARDS, INNOVATIONS, or a list in taxonomies.yaml
    listing: Listing | None = None  # index pages of the field's terms, if any
    enum: bool = False  # whether the JSON Schema lists the registry's ids as choices
    numbered: bool = False  # labels read "<id>. <label>" (SDG numbers)

    @property
    def name(self) -> str:
        """Return the field's dotted name without list markers, e.g. `classification.sdgs`."""
        return ".".join(str(part) for part in self.path if part != "*")

    def shown(self, value: str, label: str) -> str:
        """Return how a value is shown beside its label: "3. Good health" when numbered."""
        return f"{value}. {label}" if self.numbered else label

    @property
    def is_taxonomy(self) -> bool:
        """Tell whether the registry is a list in taxonomies.yaml."""
        return self.registry not in (REGIONS, AWARDS, INNOVATIONS)


REFERENCES: tuple[Reference, ...] = (
    Reference(("classification", "sector"), "sector", "sectors", Listing(
        "sector", "urusan", Bilingual("Urusan pemerintahan", "Government affairs sectors"),
        Bilingual("Inovasi menurut urusan pemerintahan.",
                  "Innovations by government affairs sector.")), enum=True),
    Reference(("classification", "form"), "form", "forms", enum=True),
    Reference(("classification", "initiator"), "initiator", "initiators", enum=True),
    Reference(("agency", "type"), "agency type", "agency_types", Listing(
        "agency_type", "jenis-instansi", Bilingual("Jenis instansi", "Agency types"),
        Bilingual("Inovasi menurut jenis instansi penyelenggara.",
                  "Innovations by the kind of agency that runs them.")), enum=True),
    Reference(("classification", "sdgs", "*"), "SDG", "sdgs", Listing(
        "sdg", "sdgs", Bilingual("Tujuan Pembangunan Berkelanjutan (SDGs)",
                                 "Sustainable Development Goals"),
        Bilingual("Inovasi menurut tujuan SDGs yang didukung.",
                  "Innovations by the SDGs they serve.")), numbered=True),
    Reference(("agency", "region"), "region", REGIONS),
    Reference(("awards", "*", "award"), "award", AWARDS, enum=True),
    Reference(("replication", "adopters", "*", "region"), "region", REGIONS),
    Reference(("replication", "origin", "innovation"), "innovation", INNOVATIONS),
)

# The lists taxonomies.yaml must hold, in the order of the table.
TAXONOMY_REGISTRIES: tuple[str, ...] = tuple(dict.fromkeys(
    ref.registry for ref in REFERENCES if ref.is_taxonomy))


def values(node: object, ref: Reference) -> Iterator[tuple[FieldPath, str]]:
    """Yield (location, value) for every value of `ref` in a record's plain data or model."""
    yield from _walk(node, ref.path, ())


def _walk(node: object, pattern: FieldPath, loc: FieldPath) -> Iterator[tuple[FieldPath, str]]:
    if node is None:
        return
    if not pattern:
        if isinstance(node, str | int) and not isinstance(node, bool):
            yield loc, str(node)
        return
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        if isinstance(node, list | tuple):
            for i, item in enumerate(node):
                yield from _walk(item, rest, (*loc, i))
    elif isinstance(node, dict):
        if head in node:
            yield from _walk(node[head], rest, (*loc, head))
    elif isinstance(head, str) and not isinstance(node, str | int | list | tuple):
        yield from _walk(getattr(node, head, None), rest, (*loc, head))


def terms(record: object, ref: Reference) -> list[str]:
    """Return the registry ids a record names in `ref`, in the record's order."""
    return [value for _, value in values(record, ref)]


def by_key(key: str) -> Reference:
    """Return the reference indexed under `key` (raise KeyError if none)."""
    for ref in REFERENCES:
        if ref.listing is not None and ref.listing.key == key:
            return ref
    raise KeyError(key)
