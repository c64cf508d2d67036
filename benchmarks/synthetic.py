"""Synthetic catalogues: takes a folder, a record count and a seed; writes realistic YAML records.

`make_catalogue(dest, count, seed)` writes `dest/content/innovations/*.yaml` and copies the
registries from the shipped `content/`, so `katalog -f <project>/mkdocs.yml --content
dest/content build` works on it. Output is deterministic for a given count and seed.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path
from typing import Any

import yaml

from generator.vocab import load_vocab

ROOT = Path(__file__).resolve().parents[1]
REGISTRIES = ("regions.yaml", "awards.yaml", "taxonomies.yaml")

SYLLABLES = ("ba", "ku", "si", "ta", "ma", "ra", "nu", "pe", "lo", "sa", "di", "ga", "wa",
             "an", "ja", "tu", "ri", "mo", "ke", "la", "pa", "da", "ni", "se", "ha", "bu")
TOPICS = ("layanan", "pelayanan", "kesehatan", "pendidikan", "perizinan", "kependudukan",
          "persalinan", "gizi", "posyandu", "puskesmas", "sekolah", "perpustakaan", "nelayan",
          "petani", "pasar", "sampah", "air bersih", "sanitasi", "jalan", "pajak daerah",
          "retribusi", "bantuan sosial", "disabilitas", "lansia", "stunting", "imunisasi",
          "akta kelahiran", "kartu keluarga", "pengaduan", "transportasi", "pariwisata",
          "UMKM", "koperasi", "kebencanaan", "lingkungan hidup", "ketahanan pangan")
NOUNS = ("warga", "masyarakat", "petugas", "desa", "kelurahan", "kecamatan", "dinas", "aplikasi",
         "formulir", "antrean", "data", "biaya", "waktu", "kader", "relawan", "mitra", "sekolah",
         "rumah sakit", "bidan", "dokter", "guru", "siswa", "ibu hamil", "balita", "pedagang",
         "pengusaha", "pemohon", "dokumen", "sistem", "jaringan", "laporan", "anggaran")
VERBS = ("mempercepat", "menyederhanakan", "mendekatkan", "memudahkan", "mengurangi",
         "meningkatkan", "mengintegrasikan", "memantau", "mendata", "melayani", "menjemput",
         "mendampingi", "memverifikasi", "mencatat", "membagikan", "menghubungkan")
ADVERBS = ("secara daring", "tanpa biaya", "dalam satu hari", "di tingkat desa",
           "melalui pesan singkat", "dengan kendaraan keliling", "setiap pekan",
           "bersama kader kesehatan", "lewat loket terpadu", "tanpa tatap muka")
STATUSES = ("active", "active", "active", "growing", "dormant", "stopped")


def _acronym(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).upper()


def _sentence(rng: random.Random, topics: tuple[str, ...]) -> str:
    # Mostly about the record's own topics, like a real record; a few words are unique.
    other = rng.choice(topics) if rng.random() < 0.8 else rng.choice(TOPICS)
    return (f"{rng.choice(NOUNS).capitalize()} {rng.choice(VERBS)} {rng.choice(topics)} "
            f"{rng.choice(ADVERBS)} sehingga {rng.choice(NOUNS)} {_acronym(rng).lower()} "
            f"{rng.choice(VERBS)} {other}.")


def _paragraph(rng: random.Random, sentences: int, topics: tuple[str, ...]) -> str:
    return " ".join(_sentence(rng, topics) for _ in range(sentences))


def _record(rng: random.Random, n: int, vocab: Any) -> dict[str, Any]:
    topics = tuple(rng.sample(TOPICS, 2))
    name = f"{_acronym(rng)} {topics[0].title()}"
    rid = f"sintetis-{n:05d}"
    code = rng.choice(sorted(vocab.regions))
    region = vocab.regions[code]
    agency_type = ("province" if region.is_province
                   else "city" if code[3:4] == "7" else "regency")
    started = f"{rng.randint(2005, 2024)}-{rng.randint(1, 12):02d}"
    taxo = vocab.taxonomies
    record: dict[str, Any] = {
        "id": rid,
        "name": name,
        "summary": _paragraph(rng, rng.randint(3, 6), topics),
        "agency": {"name": f"Dinas {topics[0].title()} {region.name}",
                   "type": agency_type, "region": code},
        "started": started,
        "status": rng.choice(STATUSES),
        "contact": {"unit": f"Bidang {topics[1].title()}",
                    "email": f"inovasi{n}@example.go.id"},
        "classification": {
            "sector": rng.choice(sorted(taxo["sectors"])),
            "form": rng.choice(sorted(taxo["forms"])),
            "digital": rng.random() < 0.5,
            "initiator": rng.choice(sorted(taxo["initiators"])),
            "sdgs": sorted(rng.sample(range(1, 18), rng.randint(1, 3))),
        },
        "story": {"background": _paragraph(rng, rng.randint(2, 4), topics),
                  "novelty": _paragraph(rng, rng.randint(1, 3), topics),
                  "implementation": _paragraph(rng, rng.randint(2, 4), topics)},
        "sources": [{"title": f"Dokumen inovasi {name}",
                     "url": f"https://example.go.id/inovasi/{rid}"}],
        "sample": True,
    }
    if rng.random() < 0.3:
        award = rng.choice(sorted(vocab.awards))
        record["awards"] = [{"award": award, "year": rng.randint(int(started[:4]), 2024)}]
    return record


def make_catalogue(dest: Path, count: int, seed: int = 1) -> None:
    """Write `count` deterministic synthetic records and the registries to `dest/content`."""
    content = dest / "content"
    innovations = content / "innovations"
    innovations.mkdir(parents=True, exist_ok=True)
    for name in REGISTRIES:
        shutil.copy(ROOT / "content" / name, content / name)
    vocab, _ = load_vocab(content)
    if vocab is None:
        raise RuntimeError(f"the registries in {ROOT / 'content'} do not load")
    rng = random.Random(seed)
    for n in range(1, count + 1):
        record = _record(rng, n, vocab)
        text = yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=100)
        (innovations / f"{record['id']}.yaml").write_text(text, encoding="utf-8")
