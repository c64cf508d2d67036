"""Synthetic catalogues for the benchmarks: takes a folder, a count and a seed; writes content/.

Every record is marked `sample: true` and says plainly that it is synthetic. The output is
deterministic for a given (count, seed) and is meant for temporary folders, never content/.
"""

from __future__ import annotations

import csv
import json
import random
import shutil
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
# The official region list lives in the workplace's shared/ folder beside the repository.
REFERENCE_CSV = ROOT.parent / "shared" / "reference" / "kemendagri_regions_level1_2.csv"

_WORDS = ("pelayanan kesehatan layanan terpadu desa digital sehat cerdas warga pintar mandiri tangguh cepat "
          "ramah anak ibu lansia nelayan petani pasar sekolah pustaka air bersih sampah "
          "jemput bola keliling satu pintu kolaborasi gotong royong data peta aduan "
          "izin usaha kecil gizi posyandu imunisasi jalan jembatan banjir hutan").split()
_ACRONYM = "ABCDEFGHIJKLMNOPRSTUW"
_SECTORS = ("health", "education", "civil_registration", "social", "agriculture", "environment",
            "investment", "communication_informatics", "marine_fisheries", "public_works",
            "population_family", "tourism", "trade", "governance")
_STATUSES = ("active", "active", "active", "growing", "growing", "dormant", "stopped")
_INITIATORS = ("regional_head", "agency_head", "agency_staff", "community")
_MODELS = ("independent", "facilitated", "partnership")


def make_catalogue(dest: Path, count: int, seed: int = 1) -> None:
    """Write a deterministic synthetic catalogue of `count` records into `dest/content/`."""
    content = dest / "content"
    folder = content / "innovations"
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("awards.yaml", "taxonomies.yaml"):
        shutil.copyfile(ROOT / "content" / name, content / name)
    # The hand-written pages (tentang.md is in the nav): without them MkDocs's strict build aborts.
    shutil.copytree(ROOT / "content" / "pages", content / "pages", dirs_exist_ok=True)
    regions = write_regions(content / "regions.yaml")
    regencies = sorted(code for code in regions if len(code) > 2)
    awards = _award_ids(content / "awards.yaml")
    rng = random.Random(seed)
    started: list[int] = []
    for n in range(count):
        rid = f"sintetis-{n + 1:05d}"
        year = rng.randint(2010, 2024)
        started.append(year)
        region = rng.choice(regencies)
        text = _record(rng, rid, n, year, region, regions, regencies, awards, started)
        (folder / f"{rid}.yaml").write_text(text, encoding="utf-8")


def write_regions(target: Path) -> dict[str, str]:
    """Write regions.yaml from the full Kemendagri list if available, else content/regions.yaml."""
    regions: dict[str, str] = {}
    if REFERENCE_CSV.is_file():
        with REFERENCE_CSV.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            next(reader, None)
            for row in reader:
                if len(row) >= 2 and row[0].strip() and row[1].strip():
                    regions[row[0].strip()] = row[1].strip()
    if not regions:
        data = yaml.safe_load((ROOT / "content" / "regions.yaml").read_text(encoding="utf-8"))
        regions = {str(r["code"]): str(r["name"]) for r in data["regions"]}
    body = {"regions": [{"code": code, "name": regions[code]} for code in sorted(regions)]}
    target.write_text("# Synthetic benchmark registry (Kemendagri codes).\n"
                      + yaml.safe_dump(body, allow_unicode=True, sort_keys=False),
                      encoding="utf-8")
    return regions


def _award_ids(path: Path) -> list[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return sorted(str(a["id"]) for a in data["awards"])


def _q(text: str) -> str:
    """Return `text` as a double-quoted YAML scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _sentence(rng: random.Random, words: int) -> str:
    picked = [rng.choice(_WORDS) for _ in range(words)]
    return " ".join(picked).capitalize() + "."


def _para(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng, rng.randint(8, 16)) for _ in range(sentences))


def _record(rng: random.Random, rid: str, n: int, year: int, region: str,
            regions: dict[str, str], regencies: list[str], awards: list[str],
            started: list[int]) -> str:
    place = regions[region]
    city = place.startswith("Kota")
    words = [rng.choice(_WORDS) for _ in range(rng.randint(2, 4))]
    acronym = "".join(rng.choice(_ACRONYM) for _ in range(rng.randint(3, 6)))
    name = f"{acronym} {n + 1}"
    domain = f"{rid}.example.go.id"
    lines = [
        "# Synthetic benchmark record: not a real innovation.",
        f"id: {rid}",
        f"name: {_q(name)}",
        f"name_expansion: {_q(' '.join(words).title())}",
        f"summary: {_q('(Sintetis) ' + _para(rng, rng.randint(4, 8)))}",
        "agency:",
        f"  name: {_q(f'Dinas {rng.choice(_WORDS).title()} {place}')}",
        f"  type: {'city' if city else 'regency'}",
        f"  region: \"{region}\"",
        f"started: \"{year}-{rng.randint(1, 12):02d}\"",
        f"status: {rng.choice(_STATUSES)}",
        "status_checked: \"2025-01-15\"",
        "contact:",
        "  unit: \"Bidang Inovasi\"",
        f"  email: info@{domain}",
        f"  phone: \"0{rng.randint(21, 999)}-{rng.randint(100000, 999999)}\"",
        "classification:",
        f"  sector: {rng.choice(_SECTORS)}",
        f"  form: {rng.choice(('public_service', 'public_service', 'governance', 'other'))}",
        f"  digital: {rng.choice(('true', 'false'))}",
        f"  initiator: {rng.choice(_INITIATORS)}",
        "  sdgs: [" + ", ".join(str(s) for s in sorted(rng.sample(range(1, 18), rng.randint(1, 3))))
        + "]",
    ]
    if rng.random() < 0.15:
        lines.append("awards:")
        for award in sorted(rng.sample(awards, rng.randint(1, 2))):
            lines += [f"  - award: {award}", f"    year: {rng.randint(year, 2025)}"]
    lines += [
        "story:",
        f"  background: {_q(_para(rng, rng.randint(2, 5)))}",
        f"  novelty: {_q(_para(rng, rng.randint(1, 3)))}",
        f"  implementation: {_q(_para(rng, rng.randint(2, 5)))}",
        "  results:",
        f"    - indicator: {_q(_sentence(rng, 4))}",
        f"      before: \"{rng.randint(10, 60)}%\"",
        f"      after: \"{rng.randint(61, 99)}%\"",
        f"      year: {min(2025, year + rng.randint(1, 3))}",
        f"  sustainability: {_q(_para(rng, 2))}",
    ]
    lines += _replication(rng, n, year, region, regions, regencies, started)
    lines += [
        "sources:",
        f"  - title: {_q('Sumber sintetis ' + rid)}",
        f"    url: https://{domain}/inovasi",
        "sample: true",
    ]
    return "\n".join(lines) + "\n"


def _replication(rng: random.Random, n: int, year: int, region: str, regions: dict[str, str],
                 regencies: list[str], started: list[int]) -> list[str]:
    """Return replication lines: adopters after the start year, origins only to earlier records."""
    if rng.random() < 0.4:
        return []
    lines = ["replication:", f"  willing: {rng.choice(('true', 'true', 'false'))}"]
    if rng.random() < 0.5:
        lines.append(f"  compatibility: {_q(_para(rng, 1))}")
    adopters = rng.choice((0, 0, 1, 1, 2, 3, 5))
    chosen = [c for c in rng.sample(regencies, min(adopters + 1, len(regencies))) if c != region]
    if chosen[:adopters]:
        lines.append("  adopters:")
    for code in chosen[:adopters]:
        lines += [
            f"    - agency: {_q('Pemerintah ' + regions[code])}",
            f"      region: \"{code}\"",
            f"      year: {rng.randint(year, 2025)}",
            f"      status: {rng.choice(('active', 'active', 'growing', 'stopped'))}",
            f"      model: {rng.choice(_MODELS)}",
        ]
    if n > 0 and rng.random() < 0.15:  # an origin is always an earlier record: no cycles
        origin = rng.randrange(n)
        lines += ["  origin:", f"    innovation: sintetis-{origin + 1:05d}",
                  f"    adapted: {_q(_sentence(rng, 6))}"]
    return lines
