"""The three stories of issue #12, end to end, on a fixture catalogue (tests/fixtures/stories).

1. Any official region can contribute: `katalog new --region "Rejang Lebong"` makes a record for
   17.02, and `check` accepts it (and names the code when `region:` holds a name).
2. A province page rolls up: Bengkulu lists what its count says, and so does the home link.
3. An adoption written on the replica is an adoption: TOSS is in the ranking and the totals,
   Buleleng lists its replicas as marked replicas, and LAYONSARI (written on both sides) counts once.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT, katalog, make_project

STORIES = ROOT / "tests" / "fixtures" / "stories" / "content"


@pytest.fixture
def stories(tmp_path: Path) -> Path:
    """A project holding the story catalogue: the full official region list and six records."""
    return make_project(tmp_path / "project", STORIES)


def generated(project: Path) -> Path:
    assert katalog(project, "-q", "generate") == 0
    return project / "build" / "docs"


def rows(markdown: str, heading: str) -> list[str]:
    """Return the table rows (not header) of the section under `heading`."""
    section = markdown.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]
    return [line for line in section.splitlines()
            if line.startswith("| ") and not line.startswith("| Inovasi |")]


def test_story_rejang_lebong_can_contribute(stories: Path, capsys: pytest.CaptureFixture[str]
                                            ) -> None:
    assert katalog(stories, "-q", "new", "--name", "Sapa Rejang", "--region", "Rejang Lebong") == 0
    made = stories / "content" / "innovations" / "sapa-rejang.yaml"
    assert 'region: "17.02"  # Kabupaten Rejang Lebong' in made.read_text(encoding="utf-8")
    made.unlink()
    record = stories / "content" / "innovations" / "gebrak-klungkung.yaml"
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace('region: "51.05"', 'region: "17.02"'), encoding="utf-8")
    assert katalog(stories, "-q", "check") == 0
    record.write_text(text.replace('region: "51.05"', 'region: "Kab. Rejang Lebong"'),
                      encoding="utf-8")
    capsys.readouterr()
    assert katalog(stories, "-q", "--lang", "en", "check") == 1
    err = capsys.readouterr().err
    assert "error[region-name]: agency.region" in err
    assert '"17.02" (Kabupaten Rejang Lebong)' in err


def test_story_bengkulu_province_page_lists_what_it_counts(stories: Path) -> None:
    docs = generated(stories)
    home = (docs / "index.md").read_text(encoding="utf-8")
    assert "[Bengkulu](wilayah/17-bengkulu/index.md) (1)" in home
    page = (docs / "wilayah" / "17-bengkulu" / "index.md").read_text(encoding="utf-8")
    assert "1 inovasi dijalankan di provinsi ini" in page and "1 adopsi di provinsi ini" in page
    started = rows(page, "Inovasi di Provinsi Bengkulu")
    adopted = rows(page, "Adopsi di Provinsi Bengkulu")
    assert len(started) == 1 and "Gardu Penangkis" in started[0]
    assert "Kabupaten Bengkulu Utara" in started[0]  # labelled with its regency
    assert len(adopted) == 1 and "Kabupaten Lebong" in adopted[0]
    assert "Belum ada inovasi tercatat&#46;" not in page
    regency = (docs / "wilayah" / "17-03-kabupaten-bengkulu-utara" / "index.md").read_text(
        encoding="utf-8")
    assert "termasuk kabupaten" not in regency


def test_story_replicas_count_as_adoptions_everywhere(stories: Path) -> None:
    docs = generated(stories)
    ranking = (docs / "replikasi" / "peringkat" / "index.md").read_text(encoding="utf-8")
    assert re.search(r"\[TOSS\]\([^)]*\) \| .* \| 1 \|", ranking)
    assert re.search(r"\[AKUWARAS\]\([^)]*\) \| .* \| 1 \|", ranking)  # both sides: once
    home = (docs / "index.md").read_text(encoding="utf-8")
    assert "**3** adopsi" in home  # Gardu Penangkis (adopters), TOSS (replica), AKUWARAS (both)
    bali = (docs / "replikasi" / "51" / "index.md").read_text(encoding="utf-8")
    assert sum("| [" in line for line in bali.splitlines()) == 2
    buleleng = (docs / "wilayah" / "51-08-kabupaten-buleleng" / "index.md").read_text(
        encoding="utf-8")
    started = rows(buleleng, "Inovasi asal Kabupaten Buleleng")
    assert len(started) == 2 and all("(replika dari [" in row for row in started)
    adopted = rows(buleleng, "Inovasi yang diadopsi di Kabupaten Buleleng")
    assert len(adopted) == 2
    assert sum("LAYONSARI" in row for row in adopted) == 1
    toss = (docs / "inovasi" / "toss-klungkung.md").read_text(encoding="utf-8")
    assert "Diadopsi oleh 1 daerah" in toss and "[PAS URBAN](pas-urban-buleleng.md)" in toss
    replica = (docs / "inovasi" / "pas-urban-buleleng.md").read_text(encoding="utf-8")
    assert "Direplikasi dari" in replica and "[TOSS](toss-klungkung.md)" in replica
    bali_page = (docs / "wilayah" / "51-bali" / "index.md").read_text(encoding="utf-8")
    assert "2 adopsi di provinsi ini" in bali_page


def test_disagreeing_sides_are_reported_in_both_files(stories: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    replica = stories / "content" / "innovations" / "layonsari-kecapil-buleleng.yaml"
    text = replica.read_text(encoding="utf-8")
    assert 'started: "2022' in text
    replica.write_text(text.replace('started: "2022', 'started: "2021'), encoding="utf-8")
    capsys.readouterr()
    assert katalog(stories, "-q", "--lang", "en", "check") == 1
    err = capsys.readouterr().err
    found = re.findall(r"^(\S+?):\d+:\d+: error\[edge-mismatch\]", err, re.M)
    assert sorted(Path(f).name for f in found) == ["akuwaras-denpasar.yaml",
                                                   "layonsari-kecapil-buleleng.yaml"]


def test_region_page_says_what_could_be_replicated_nearby(stories: Path) -> None:
    docs = generated(stories)
    lebong = (docs / "wilayah" / "17-bengkulu" / "index.md").read_text(encoding="utf-8")
    section = lebong.split("## Bisa direplikasi di Bengkulu", 1)[1]
    assert "Provinsi tetangga: [Sumatera Selatan]" in section
    assert "Belum ada inovasi tercatat dari provinsi ini" in section  # no record nearby
    buleleng = (docs / "wilayah" / "51-08-kabupaten-buleleng" / "index.md").read_text(
        encoding="utf-8")
    rows_ = rows(buleleng, "Bisa direplikasi di Kabupaten Buleleng")
    names = [re.match(r"\| \[([^\]]+)\]", row).group(1) for row in rows_]  # type: ignore[union-attr]
    assert "GEBRAK" in names  # same province, not adopted here
    assert not {"TOSS", "AKUWARAS", "PAS URBAN", "LAYONSARI Kecapil"} & set(names)  # already here
    klungkung = (docs / "wilayah" / "51-05-kabupaten-klungkung" / "index.md").read_text(
        encoding="utf-8")
    row = next(r for r in rows(klungkung, "Bisa direplikasi di Kabupaten Klungkung")
               if "[AKUWARAS]" in r)
    assert "Kabupaten Buleleng" in row and "Aktif" in row  # adopted nearby, still running there


def test_award_tiers_say_what_they_count_and_never_dead_end(stories: Path) -> None:
    docs = generated(stories)
    top45 = (docs / "penghargaan" / "kipp" / "kipp-top45" / "index.md").read_text(
        encoding="utf-8")
    assert "1 inovasi tercatat di katalog meraih KIPP Top 45" in top45
    assert "1 inovasi tercatat dari KIPP Top 45 tahun 2024" in top45
    empty = (docs / "penghargaan" / "iga" / "iga-most-innovative" / "index.md").read_text(
        encoding="utf-8")
    assert "Belum ada inovasi tercatat dengan penghargaan ini" in empty
    assert "(../../../tentang.md#menambah-atau-memperbaiki-inovasi)" in empty
