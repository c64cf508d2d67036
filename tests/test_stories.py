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
    started = rows(buleleng, "Inovasi yang dimulai di Kabupaten Buleleng")
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


# Findings of the outside test of #12: each reproduces one broken promise.

def edit(project: Path, stem: str, old: str, new: str) -> None:
    """Replace `old` (which must be there) by `new` in the record `stem`."""
    record = project / "content" / "innovations" / f"{stem}.yaml"
    text = record.read_text(encoding="utf-8")
    assert old in text
    record.write_text(text.replace(old, new, 1), encoding="utf-8")


def errors(project: Path, capsys: pytest.CaptureFixture[str]) -> list[tuple[str, str, str]]:
    """Run `check` (expecting failure); return (file name, code, field) of each error."""
    capsys.readouterr()
    assert katalog(project, "-q", "--lang", "en", "check") == 1
    err = capsys.readouterr().err
    found = re.findall(r"^(\S+?):\d+:\d+: error\[([a-z-]+)\]: ([^\s:]+)", err, re.M)
    return sorted((Path(f).name, code, where) for f, code, where in found)


def test_an_adoption_written_on_the_replica_obeys_the_adopter_rules(
        stories: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(stories, "pas-urban-buleleng", 'region: "51.08"', 'region: "51.05"')  # TOSS's own region
    edit(stories, "pas-urban-buleleng", 'started: "2022"', 'started: "2015"')  # before TOSS (2017)
    assert errors(stories, capsys) == [
        ("pas-urban-buleleng.yaml", "adopter-before-start", "started"),
        ("pas-urban-buleleng.yaml", "adopter-own-region", "agency.region")]


def test_an_adoption_written_on_both_sides_is_checked_on_both(
        stories: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(stories, "layonsari-kecapil-buleleng", 'started: "2022-03"', 'started: "2016"')
    edit(stories, "akuwaras-denpasar", "year: 2022", "year: 2016")
    assert errors(stories, capsys) == [
        ("akuwaras-denpasar.yaml", "adopter-before-start", "replication.adopters[0].year"),
        ("layonsari-kecapil-buleleng.yaml", "adopter-before-start", "started")]


def test_the_two_sides_of_an_adoption_may_not_disagree_on_status(
        stories: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(stories, "akuwaras-denpasar", "      status: active", "      status: stopped")
    assert errors(stories, capsys) == [
        ("akuwaras-denpasar.yaml", "edge-mismatch", "replication.adopters[0].status"),
        ("layonsari-kecapil-buleleng.yaml", "edge-mismatch", "status")]


def test_suggestions_leave_out_the_whole_replication_family(stories: Path) -> None:
    folder = stories / "content" / "innovations"
    base = (folder / "pas-urban-buleleng.yaml").read_text(encoding="utf-8")
    for stem, name, region, origin in (("toss-badung", "TOSS Badung", "51.03", "toss-klungkung"),
                                       ("toss-tabanan", "TOSS Tabanan", "51.02",
                                        "pas-urban-buleleng")):
        text = base.replace("id: pas-urban-buleleng", f"id: {stem}").replace(
            "name: PAS URBAN", f"name: {name}").replace('region: "51.08"', f'region: "{region}"')
        (folder / f"{stem}.yaml").write_text(
            text.replace("innovation: toss-klungkung", f"innovation: {origin}"), encoding="utf-8")
    docs = generated(stories)
    for page, heading in (("51-08-kabupaten-buleleng", "Kabupaten Buleleng"),
                          ("51-05-kabupaten-klungkung", "Kabupaten Klungkung")):
        text = (docs / "wilayah" / page / "index.md").read_text(encoding="utf-8")
        suggested = "\n".join(rows(text, f"Bisa direplikasi di {heading}"))
        assert "GEBRAK" in suggested or page.endswith("klungkung")
        assert "TOSS" not in suggested and "PAS URBAN" not in suggested


def test_a_name_shared_by_a_province_and_a_regency_is_ambiguous(
        stories: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert katalog(stories, "-q", "new", "--name", "Sapa", "--region", "Gorontalo") != 0
    err = capsys.readouterr().err
    assert '"75" (Gorontalo), "75.01" (Kabupaten Gorontalo), "75.71" (Kota Gorontalo)' in err
    assert katalog(stories, "-q", "new", "--name", "Sapa", "--region", "17.2") != 0
    assert "Maksud Anda: 17.02 (Kabupaten Rejang Lebong)?" in capsys.readouterr().err
    assert katalog(stories, "-q", "new", "--name", "Sapa", "--region", "Kota Gorontalo") == 0
    assert "Wilayah: 75.71 (Kota Gorontalo)" in capsys.readouterr().out
    edit(stories, "gebrak-klungkung", 'region: "51.05"', 'region: "Jambi"')
    capsys.readouterr()
    assert katalog(stories, "-q", "--lang", "en", "check") == 1
    assert '"15" (Jambi), "15.71" (Kota Jambi)' in capsys.readouterr().err


def test_a_programme_without_tiers_says_nothing_is_recorded(stories: Path) -> None:
    awards = stories / "content" / "awards.yaml"
    text = awards.read_text(encoding="utf-8")
    awards.write_text(text.replace("programmes:\n", "programmes:\n  - id: kosong\n    label:\n"
                                   "      id: Program Kosong\n      en: Empty Programme\n", 1),
                      encoding="utf-8")
    docs = generated(stories)
    page = (docs / "penghargaan" / "kosong" / "index.md").read_text(encoding="utf-8")
    overview = (docs / "penghargaan" / "index.md").read_text(encoding="utf-8")
    assert "|---|" not in page and "| |" not in page
    for text, how in ((page, "(../../tentang.md#"), (overview, "(../tentang.md#")):
        assert "Belum ada inovasi tercatat dari program penghargaan ini&#46;" in text
        assert how in text


def test_region_pages_do_not_call_replicas_originals_or_adoptions_innovations(stories: Path
                                                                             ) -> None:
    edit(stories, "akuwaras-denpasar", "  adopters:\n", "  adopters:\n"
         "    - agency: Bagian Organisasi Kabupaten Buleleng\n      region: \"51.08\"\n"
         "      year: 2023\n")
    docs = generated(stories)
    buleleng = (docs / "wilayah" / "51-08-kabupaten-buleleng" / "index.md").read_text(
        encoding="utf-8")
    assert "asal Kabupaten Buleleng" not in buleleng  # both records there are replicas
    assert "Inovasi dimulai di daerah" in (docs / "wilayah" / "51-bali" / "index.md").read_text(
        encoding="utf-8")
    klungkung = (docs / "wilayah" / "51-05-kabupaten-klungkung" / "index.md").read_text(
        encoding="utf-8")
    adopted = klungkung.split("## Inovasi yang diadopsi di Kabupaten Klungkung", 1)[1]
    assert adopted.split("\n## ", 1)[0].strip() == "Belum ada adopsi tercatat&#46;"
    akuwaras = (docs / "inovasi" / "akuwaras-denpasar.md").read_text(encoding="utf-8")
    assert "Diadopsi oleh 1 daerah" in akuwaras  # two agencies, one region


def test_suggestions_rank_running_innovations_before_dormant_ones(stories: Path) -> None:
    edit(stories, "gebrak-klungkung", "status: active", "status: dormant")
    edit(stories, "gebrak-klungkung", "sources:\n", "replication:\n  willing: true\n"
         "  prerequisites:\n    staff: Satu petugas per desa\nsources:\n")  # ready, but dormant
    docs = generated(stories)
    denpasar = (docs / "wilayah" / "51-71-kota-denpasar" / "index.md").read_text(
        encoding="utf-8")
    names = [re.match(r"\| \[([^\]]+)\]", row).group(1)  # type: ignore[union-attr]
             for row in rows(denpasar, "Bisa direplikasi di Kota Denpasar")]
    assert names[-1] == "GEBRAK" and "TOSS" in names


def test_the_origin_region_page_shows_where_its_innovations_went(stories: Path) -> None:
    docs = generated(stories)
    klungkung = (docs / "wilayah" / "51-05-kabupaten-klungkung" / "index.md").read_text(
        encoding="utf-8")
    went = rows(klungkung, "Inovasi dari Kabupaten Klungkung yang direplikasi daerah lain")
    assert len(went) == 1 and "[TOSS]" in went[0] and "Kabupaten Buleleng" in went[0]
    bali = (docs / "wilayah" / "51-bali" / "index.md").read_text(encoding="utf-8")
    assert len(rows(bali, "Inovasi dari Bali yang direplikasi daerah lain")) == 2  # rolled up
    buleleng = (docs / "wilayah" / "51-08-kabupaten-buleleng" / "index.md").read_text(
        encoding="utf-8")
    assert "yang direplikasi daerah lain" not in buleleng  # nothing of its own went elsewhere
