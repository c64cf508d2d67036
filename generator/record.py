"""Record-stage types: takes a loaded, validated record; holds it as an Entry, or as a Draft if invalid."""

from __future__ import annotations

from dataclasses import dataclass

from generator.load import Document, FieldPath, Mark
from generator.model import Innovation
from generator.references import REFERENCES, values


@dataclass(frozen=True)
class Entry:
    """A validated record with the document it came from (for marks)."""

    record: Innovation
    doc: Document


RawRef = tuple[FieldPath, str, str, Mark]


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


def raw_references(doc: Document) -> tuple[RawRef, ...]:
    """Return every reference (location, kind, value, mark) found in a document's plain data."""
    return tuple((loc, ref.kind, value, doc.mark(loc))
                 for ref in REFERENCES for loc, value in values(doc.data, ref))
