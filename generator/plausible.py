"""Implausible claims: takes valid records (or region names) and today's date; returns errors and warnings.

Errors are claims that cannot be true (a date in the future, an award before the innovation
started, the same award and year twice, two regions whose names look the same); a warning is
what is most likely, but not certainly, a mistake (a record that looks like a copy of another).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable

from generator.diagnostics import Diagnostic, Severity, diag
from generator.load import FieldPath
from generator.record import Entry
from generator.validate import field_path

# Capital I looks like small l; then, after case folding, Latin look-alikes of Cyrillic and
# Greek letters and of digits.
_CAPITAL = str.maketrans("I", "l")
_LOOKALIKE = str.maketrans("аеорсухіјѕԁɡһӏοαερτυνκχι01", "aeopcyxijsdghloaeptuvkxiol")


def skeleton(text: str) -> str:
    """Return `text` reduced to how it looks: NFKC, case-folded, look-alikes mapped, letters only."""
    folded = unicodedata.normalize("NFKC", text).translate(_CAPITAL).casefold().translate(_LOOKALIKE)
    return "".join(c for c in folded if c.isalnum())


def check_records(entries: Iterable[Entry], today: dt.date) -> list[Diagnostic]:
    """Return errors for impossible dates and repeated awards, warnings for look-alike copies."""
    out: list[Diagnostic] = []
    seen: dict[tuple[str, str], Entry] = {}
    for entry in sorted(entries, key=lambda e: e.record.id):
        r, doc = entry.record, entry.doc
        for loc, value in _dates(entry):
            if _after(value, today):
                out.append(diag(doc.path, doc.mark(loc), "date-in-future", field_path(loc),
                                value=value, today=today.isoformat()))
        awards: dict[tuple[str, int], int] = {}
        for i, award in enumerate(r.awards):
            loc = ("awards", i, "year")
            if r.started_year is not None and award.year < r.started_year:
                out.append(diag(doc.path, doc.mark(loc), "award-before-start", field_path(loc),
                                year=award.year, started=r.started))
            key = (award.award, award.year)
            if key in awards:
                out.append(diag(doc.path, doc.mark(("awards", i)), "award-duplicate",
                                f"awards[{i}]", award=award.award, year=award.year,
                                first_line=doc.mark(("awards", awards[key]))[0]))
            else:
                awards[key] = i
        look = (skeleton(r.name), r.agency.region)
        if look in seen and seen[look].record.id != r.id:  # the same id is a duplicate-id
            other = seen[look].record
            out.append(diag(doc.path, doc.mark(("name",)), "possible-copy", "name",
                            severity=Severity.WARNING, other=other.id, name=other.name))
        else:
            seen[look] = entry
    return out


def check_region_names(path: str, marks: list[tuple[int, int]], names: list[str]
                       ) -> list[Diagnostic]:
    """Return an error for each region name that looks the same as an earlier one."""
    out: list[Diagnostic] = []
    first: dict[str, int] = {}
    for i, name in enumerate(names):
        key = skeleton(name)
        if key in first:
            j = first[key]
            out.append(diag(path, marks[i], "region-name-clash", f"regions[{i}].name", name=name,
                            other=names[j], first_line=marks[j][0]))
        else:
            first[key] = i
    return out


def _dates(entry: Entry) -> list[tuple[FieldPath, str]]:
    r = entry.record
    found: list[tuple[FieldPath, str]] = [(("started",), r.started)] if r.started else []
    if r.status_checked:
        found.append((("status_checked",), r.status_checked))
    found += [(("awards", i, "year"), str(a.year)) for i, a in enumerate(r.awards)]
    adopters = r.replication.adopters if r.replication else []
    found += [(("replication", "adopters", i, "year"), str(a.year)) for i, a in enumerate(adopters)]
    return found


def _after(value: str, today: dt.date) -> bool:
    """Tell whether a partial date (YYYY, YYYY-MM or YYYY-MM-DD) lies wholly after `today`."""
    parts = tuple(int(p) for p in value.split("-"))
    return parts > (today.year, today.month, today.day)[: len(parts)]
