"""Registries as data: takes regions.yaml, awards.yaml and taxonomies.yaml; returns Registries with lookups."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import Field, create_model

from generator.bilingual import Bilingual
from generator.diagnostics import Diagnostic, diag
from generator.load import Document, load_file
from generator.model import Line, RegionCode, Slug, StrictModel, Url
from generator.plausible import check_region_names
from generator.references import AWARDS, REGIONS, TAXONOMY_REGISTRIES, Reference
from generator.validate import validate

REGISTRY_MAX_BYTES = 2 * 1024 * 1024
REGISTRY_MAX_ITEMS = 5_000


class Label(Bilingual):
    """A registry's bilingual text, checked like any contributed text."""

    id: Line
    en: Line


class Hub(StrictModel):
    """A provincial hub of the public-service innovation network (JIPP)."""

    name: Line
    url: Url | None = None


class Centre(StrictModel):
    """The approximate centre of a province (area centroid, degrees)."""

    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


class Region(StrictModel):
    """A province ("17") or regency/city ("17.03") with its official Kemendagri code."""

    code: RegionCode
    name: Line
    hub: Hub | None = None
    centre: Centre | None = None

    @property
    def province(self) -> str:
        """Return the code of the province this region belongs to (itself for a province)."""
        return self.code[:2]

    @property
    def is_province(self) -> bool:
        """Tell whether this region is a province."""
        return len(self.code) == 2


class Term(StrictModel):
    """One term of a controlled vocabulary."""

    id: str = Field(pattern=r"^[a-z0-9]+(?:[_-][a-z0-9]+)*$")
    label: Label
    description: Label | None = None


class Programme(StrictModel):
    """An award programme such as KIPP or UNPSA."""

    id: Slug
    label: Label
    organiser: Line | None = None
    url: Url | None = None
    description: Label | None = None


class Award(StrictModel):
    """One tier of an award programme, e.g. KIPP Top 45: the award tag."""

    id: Slug
    programme: Slug
    label: Label
    rank: int = Field(ge=1, le=99, description="1 = highest tier of its programme")
    description: Label | None = None


class RegionsFile(StrictModel):
    """The shape of content/regions.yaml."""

    regions: list[Region] = Field(max_length=REGISTRY_MAX_ITEMS)


class AwardsFile(StrictModel):
    """The shape of content/awards.yaml."""

    programmes: list[Programme]
    awards: list[Award]


# The shape of content/taxonomies.yaml: one list of terms per taxonomy the references name.
_TAXONOMY_LISTS: dict[str, Any] = {name: (list[Term], ...) for name in TAXONOMY_REGISTRIES}
TaxonomiesFile = create_model("TaxonomiesFile", __base__=StrictModel,
                              __doc__="The shape of content/taxonomies.yaml.", **_TAXONOMY_LISTS)


@dataclass(frozen=True)
class Registries:
    """Every registry, indexed by id, with "did you mean" suggestions."""

    regions: dict[str, Region]
    programmes: dict[str, Programme]
    awards: dict[str, Award]
    taxonomies: dict[str, dict[str, Term]]

    def suggest(self, choices: Iterable[str], value: str) -> str:
        """Return the closest known id to `value`, or an empty string."""
        close = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
        return close[0] if close else ""

    def registry(self, name: str) -> Mapping[str, object]:
        """Return the registry a reference field points into, by its name in the references table."""
        if name == REGIONS:
            return self.regions
        if name == AWARDS:
            return self.awards
        return self.taxonomies[name]

    def label(self, ref: Reference, value: str, lang: str) -> str:
        """Return how a referenced entry is shown: a region's name or a term's label in `lang`."""
        if ref.registry == REGIONS:
            return self.regions[value].name
        entry = self.awards[value] if ref.registry == AWARDS else self.taxonomies[ref.registry][value]
        return entry.label.get(lang)

    def province_of(self, code: str) -> Region | None:
        """Return the province a region code belongs to."""
        return self.regions.get(code[:2])


# Spelled-out and abbreviated prefixes of region names, longest first, and the level they name.
_PREFIXES: tuple[tuple[str, str], ...] = (
    ("kabupaten administrasi ", "regency"), ("kota administrasi ", "city"),
    ("kota adm ", "city"), ("kab adm ", "regency"), ("kabupaten ", "regency"), ("kab ", "regency"),
    ("kota ", "city"), ("provinsi ", "province"), ("prov ", "province"),
)
_CODE = re.compile(r"^\d{2}(?:\.\d{2})?$")


def fold_name(text: str) -> str:
    """Return a region name folded for matching: accents and punctuation dropped, case folded."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", plain.casefold()).split())


def name_parts(name: str) -> tuple[str, str]:
    """Return (level named by the prefix or "", the name without its prefix), both folded."""
    folded = fold_name(name) + " "
    for prefix, level in _PREFIXES:
        if folded.startswith(prefix):
            return level, folded[len(prefix):].strip()
    return "", folded.strip()


def region_level(region: Region) -> str:
    """Return "province", "city" (Kota) or "regency" (Kabupaten) for a registry entry."""
    if region.is_province:
        return "province"
    return "city" if name_parts(region.name)[0] == "city" else "regency"


def find_regions(query: str, regions: dict[str, Region]) -> list[Region]:
    """Return the regions a code or name means: one when clear, several when ambiguous, none when
    unknown. Accents, case, punctuation and "Kab."/"Kabupaten"/"Kota"/"Provinsi" are tolerated;
    a prefix narrows the level, and an exact full name wins over a bare one."""
    query = " ".join(query.split())
    if _CODE.match(query):
        return [regions[query]] if query in regions else []
    wanted = fold_name(query)
    exact = [r for r in regions.values() if fold_name(r.name) == wanted]
    if exact:
        return exact
    level, bare = name_parts(query)
    bare = bare.replace(" ", "")  # "Bau-Bau", "Bau Bau" and "Baubau" are one name
    return sorted((r for r in regions.values() if name_parts(r.name)[1].replace(" ", "") == bare
                   and level in ("", region_level(r))), key=lambda r: r.code)


def load_registries(content: Path) -> tuple[Registries | None, list[Diagnostic]]:
    """Load and check the three registries under `content`; return a Registries or diagnostics."""
    diags: list[Diagnostic] = []
    regions_doc = _load(content / "regions.yaml", diags)
    awards_doc = _load(content / "awards.yaml", diags)
    tax_doc = _load(content / "taxonomies.yaml", diags)
    if not (regions_doc and awards_doc and tax_doc):
        return None, diags
    regions, d1 = validate(regions_doc, RegionsFile)
    awards, d2 = validate(awards_doc, AwardsFile)
    tax, d3 = validate(tax_doc, TaxonomiesFile)
    diags += d1 + d2 + d3
    if not (regions and awards and tax):
        return None, diags
    diags += unique(regions_doc, "regions", [r.code for r in regions.regions], "code")
    diags += check_region_names(regions_doc.path, [regions_doc.mark(("regions", i, "name"))
                                                   for i in range(len(regions.regions))],
                                [r.name for r in regions.regions])
    diags += unique(awards_doc, "programmes", [p.id for p in awards.programmes], "id")
    diags += unique(awards_doc, "awards", [a.id for a in awards.awards], "id")
    programme_ids = {p.id for p in awards.programmes}
    for i, award in enumerate(awards.awards):
        if award.programme not in programme_ids:
            diags.append(diag(awards_doc.path, awards_doc.mark(("awards", i, "programme")),
                              "unknown-reference", f"awards[{i}].programme", kind="programme",
                              value=award.programme))
    codes = {r.code for r in regions.regions}
    for i, region in enumerate(regions.regions):
        if not region.is_province and region.province not in codes:
            diags.append(diag(regions_doc.path, regions_doc.mark(("regions", i, "code")),
                              "unknown-reference", f"regions[{i}].code", kind="province",
                              value=region.province))
    for name in TaxonomiesFile.model_fields:
        terms: list[Term] = getattr(tax, name)
        diags += unique(tax_doc, name, [t.id for t in terms], "id")
    vocab = Registries(
        regions={r.code: r for r in regions.regions},
        programmes={p.id: p for p in awards.programmes},
        awards={a.id: a for a in awards.awards},
        taxonomies={name: {t.id: t for t in getattr(tax, name)} for name in TaxonomiesFile.model_fields},
    )
    return vocab, diags


def _load(path: Path, diags: list[Diagnostic]) -> Document | None:
    doc, found = load_file(path, REGISTRY_MAX_BYTES, REGISTRY_MAX_ITEMS)
    diags.extend(found)
    return doc


def unique(doc: Document, key: str, values: list[str], attr: str) -> list[Diagnostic]:
    """Return a "duplicate-key" problem for every value of `key[i].attr` seen before."""
    seen: dict[str, int] = {}
    out = []
    for i, value in enumerate(values):
        if value in seen:
            first = doc.mark((key, seen[value], attr))[0]
            out.append(diag(doc.path, doc.mark((key, i, attr)), "duplicate-key", f"{key}[{i}].{attr}",
                            key=value, first_line=first))
        else:
            seen[value] = i
    return out

