"""Record scaffolding: takes a name, a region and the registries; returns a new record's text."""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from generator.bilingual import Bilingual
from generator.collect import record_files
from generator.crossref import fold
from generator.load import load_bytes
from generator.model import MAX_SUMMARY_WORDS, PLACEHOLDER, REGION_RE, RESERVED_IDS, SLUG_RE, Innovation
from generator.registries import Region, Registries, find_regions, fold_name, region_level
from generator.validate import validate

MAX_BASE_LENGTH = 72  # leaves room for a "-NN" suffix under the model's 80-character limit
SCHEMA_LINE = "# yaml-language-server: $schema=../../schema/innovation.schema.json"


class ScaffoldError(Exception):
    """The name or region cannot make a record; `text` says why, in both languages."""

    def __init__(self, text: Bilingual) -> None:
        super().__init__(f"{text.id} / {text.en}")
        self.text = text


@dataclass(frozen=True)
class Scaffold:
    """A new record: its id, the file it goes to, its text and the placeholders left to fill."""

    id: str
    path: Path
    text: str
    placeholders: tuple[tuple[int, str], ...]  # (line, field path)


def slugify(name: str) -> str:
    """Return an ASCII slug for `name`: accents stripped, lowercase, words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_BASE_LENGTH:
        slug = slug[:MAX_BASE_LENGTH].rsplit("-", 1)[0] or slug[:MAX_BASE_LENGTH]
    return slug.strip("-")


def unique_id(base: str, taken: set[str]) -> str:
    """Return `base`, or `base-2`, `base-3`... the first one not taken (case-insensitively)."""
    folded = {fold(t) for t in taken}
    candidate, n = base, 1
    while candidate in RESERVED_IDS or fold(candidate) in folded:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def existing_ids(content: Path) -> set[str]:
    """Return the ids (file stems) of every record under content/innovations."""
    return {p.stem for p in record_files(content)}


def find_region(query: str, regions: dict[str, Region]) -> Region:
    """Return the region whose code or name matches `query`; raise ScaffoldError otherwise."""
    query = " ".join(query.split())
    found = find_regions(query, regions)
    if len(found) == 1:
        return found[0]
    if found:
        options = ", ".join(f'"{r.code}" ({r.name})' for r in found)
        raise ScaffoldError(Bilingual(f"'{query}' cocok dengan beberapa wilayah: {options}; pakai kodenya",
                                      f"'{query}' matches several regions: {options}; use the code"))
    if REGION_RE.match(query):
        raise ScaffoldError(Bilingual(f"kode wilayah '{query}' tidak ada di regions.yaml",
                                      f"region code '{query}' is not in regions.yaml"))
    names = {fold_name(r.name): r.name for r in regions.values()}
    close = [names[c] for c in difflib.get_close_matches(fold_name(query), list(names), n=3)]
    hint = Bilingual(f" Maksud Anda: {', '.join(close)}?", f" Did you mean: {', '.join(close)}?") \
        if close else Bilingual("", "")
    raise ScaffoldError(Bilingual(f"wilayah '{query}' tidak ada di regions.yaml.{hint.id}",
                                  f"region '{query}' is not in regions.yaml.{hint.en}"))


def agency_type_for(region: Region, vocab: Registries) -> str:
    """Guess the agency type from the region: province, regency (Kabupaten) or city (Kota)."""
    guess = region_level(region)
    types = vocab.taxonomies.get("agency_types", {})
    return guess if guess in types or not types else sorted(types)[0]


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _ph(hint: str) -> str:
    return _q(f"{PLACEHOLDER} {hint}")


def record_text(record_id: str, name: str, region: Region, agency_type: str, vocab: Registries) -> str:
    """Return the YAML text of a new record with commented guidance and placeholders."""
    types = " | ".join(sorted(vocab.taxonomies.get("agency_types", {})))
    lines = [
        SCHEMA_LINE,
        "# Dibuat oleh `katalog new`. Ganti setiap nilai \"[ISI] ...\", lalu jalankan",
        "# `katalog check` sampai tidak ada galat. Panduan isian: CONTRIBUTING.md.",
        "# Made by `katalog new`. Replace every \"[ISI] ...\" value, then run `katalog check`",
        "# until it reports nothing. Field guide: CONTRIBUTING.md.",
        f"id: {record_id}",
        f"name: {_q(name)}",
        "# Kepanjangan nama bila berupa akronim / what the acronym stands for (optional):",
        "# name_expansion: \"...\"",
        f"# Ringkasan, paling banyak {MAX_SUMMARY_WORDS} kata / summary, at most {MAX_SUMMARY_WORDS} words",
        f"summary: {_ph('ringkasan inovasi: masalah, cara kerja, hasil / summary')}",
        "agency:",
        f"  name: {_ph('nama instansi penyelenggara / agency name')}",
        f"  type: {agency_type}  # {types}",
        f"  region: {_q(region.code)}  # {region.name}",
        "# Mulai diterapkan, dalam tanda kutip / first put into service, quoted: YYYY, YYYY-MM;",
        "# started, status, contact: `unknown` bila tidak ada sumber / if no source says",
        f"started: {_ph('YYYY-MM')}",
        "status: active  # active | growing | dormant | stopped | unknown",
        "contact:",
        f"  unit: {_ph('unit kerja yang dapat dihubungi / office to contact')}",
        "  # email: dinas@example.go.id",
        "  # phone: \"0737-21001\"",
        "# Sumber bukti, sedikitnya satu / evidence, at least one source",
        "sources:",
        f"  - title: {_ph('judul sumber / source title')}",
        f"    url: {_ph('https://...')}",
        "# Opsional / optional: classification, awards, story, participation, replication, media.",
        "# Lihat CONTRIBUTING.md / see CONTRIBUTING.md.",
    ]
    return "\n".join(lines) + "\n"


def placeholders_in(text: str, name: str = "new.yaml") -> tuple[tuple[int, str], ...]:
    """Return (line, field path) of every placeholder the checker would report in `text`."""
    doc, diags = load_bytes(text.encode("utf-8"), name)
    if doc is not None:
        diags = diags + validate(doc, Innovation)[1]
    return tuple(sorted((d.line, d.field) for d in diags if d.code == "placeholder"))


def scaffold(content: Path, vocab: Registries, name: str, region_query: str,
             record_id: str | None = None) -> Scaffold:
    """Plan a new record under content/innovations; raise ScaffoldError when it cannot."""
    name = " ".join(name.split())
    if not name:
        raise ScaffoldError(Bilingual("nama tidak boleh kosong", "the name must not be empty"))
    region = find_region(region_query, vocab.regions)
    taken = existing_ids(content)
    if record_id is None:
        base = slugify(name)
        if not base:
            raise ScaffoldError(Bilingual("nama ini tidak menghasilkan id; berikan --id",
                                          "no id can be made from this name; pass --id"))
        record_id = unique_id(base, taken)
    elif not SLUG_RE.match(record_id) or len(record_id) > 80 or record_id in RESERVED_IDS:
        raise ScaffoldError(Bilingual(f"'{record_id}' bukan id yang sah (a-z, 0-9, satu tanda hubung)",
                                      f"'{record_id}' is not a valid id (a-z, 0-9, single hyphens)"))
    elif record_id in taken:
        raise ScaffoldError(Bilingual(f"id '{record_id}' sudah dipakai", f"id '{record_id}' is already used"))
    path = content / "innovations" / f"{record_id}.yaml"
    text = record_text(record_id, name, region, agency_type_for(region, vocab), vocab)
    return Scaffold(record_id, path, text, placeholders_in(text))


def write_new(plan: Scaffold) -> None:
    """Create the record's file; never overwrite one (raise ScaffoldError if it exists)."""
    plan.path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with plan.path.open("x", encoding="utf-8") as handle:
            handle.write(plan.text)
    except FileExistsError:
        raise ScaffoldError(Bilingual(f"{plan.path} sudah ada; tidak ditimpa",
                                      f"{plan.path} already exists; not overwritten")) from None
