"""Indexes, pagination, reachability and the replication graph checks."""

from __future__ import annotations

import posixpath
import re
from collections import deque
from pathlib import Path

import pytest

from generator.cli import run
from generator.collect import collect
from generator.indexes import TAXONOMIES, build_index, build_regions
from generator.pages import paginate

LINK = re.compile(r"\]\(([^)#]+\.md)\)")


def generate(project: Path) -> Path:
    assert run(["-f", str(project / "mkdocs.yml"), "-q", "generate"]) == 0
    return project / "build" / "docs"


def test_every_taxonomy_indexes_each_record(project: Path) -> None:
    catalogue, diags = collect(project / "content")
    assert catalogue is not None and not diags
    records = list(catalogue.records.values())
    for taxonomy in TAXONOMIES:
        index = build_index(taxonomy, records)
        for record in records:
            for term in taxonomy.terms(record):
                assert record in index[term]
    years = list(build_index(TAXONOMIES[2], records))
    assert years == sorted(years, reverse=True)


def test_unknown_start_and_status_stay_out_of_their_indexes(project: Path) -> None:
    """A record whose start and status are `unknown` gets no year or status term, but its page."""
    path = project / "content" / "innovations" / "toss.yaml"
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"^started: .*$", "started: unknown", text, flags=re.M)
    path.write_text(re.sub(r"^status: .*$", "status: unknown", text, flags=re.M), encoding="utf-8")
    catalogue, diags = collect(project / "content")
    assert catalogue is not None and not diags
    record = catalogue.records["toss"]
    assert record.started is None and record.status is None and record.started_year is None
    by_name = {t.key: t for t in TAXONOMIES}
    assert list(by_name["year"].terms(record)) == list(by_name["status"].terms(record)) == []
    page = (generate(project) / "inovasi" / "toss.md").read_text(encoding="utf-8")
    assert "- **Mulai diterapkan:** *belum ada data*" in page
    assert "- **Status:** *belum ada data*" in page


def test_region_index_counts_started_and_adopted(project: Path) -> None:
    catalogue, _ = collect(project / "content")
    assert catalogue is not None
    regions = build_regions(catalogue)
    assert [r.id for r in regions.started_in("17.03")] == ["gardu-penangkis"]
    assert [a.record.id for a in regions.adopted_in("17.07")] == ["gardu-penangkis"]


def test_paginate_links_pages_in_order() -> None:
    pages = paginate("daftar", list(range(5)), 2)
    assert [list(chunk) for _, chunk in pages] == [[0, 1], [2, 3], [4]]
    first, middle, last = (pager for pager, _ in pages)
    assert first.prev is None and first.next == "daftar/2.md"
    assert middle.prev == "daftar/index.md" and middle.next == "daftar/3.md"
    assert last.next is None
    assert paginate("x", [], 10)[0][0].count == 1


def test_every_innovation_is_within_four_clicks_of_home(project: Path) -> None:
    docs = generate(project)
    depth = {"index.md": 0}
    queue = deque(["index.md"])
    while queue:
        page = queue.popleft()
        text = (docs / page).read_text(encoding="utf-8")
        for target in LINK.findall(text):
            path = posixpath.normpath(posixpath.join(posixpath.dirname(page), target))
            if path not in depth and (docs / path).is_file():
                depth[path] = depth[page] + 1
                queue.append(path)
    innovations = [p.relative_to(docs).as_posix() for p in (docs / "inovasi").glob("*.md")]
    assert innovations
    for page in innovations:
        assert depth.get(page, 99) <= 4, page


def test_adding_a_record_updates_every_index(project: Path) -> None:
    generate(project)
    source = project / "content" / "innovations" / "toss.yaml"
    text = source.read_text().replace("id: toss", "id: toss-baru").replace("name: TOSS", "name: Baru")
    (source.parent / "toss-baru.yaml").write_text(text.replace('started: "2017"', 'started: "2019"'))
    docs = generate(project)
    for page in ("wilayah/51-05-kabupaten-klungkung/index.md", "urusan/environment/index.md",
                 "tahun/2019/index.md", "status/active/index.md", "daftar/index.md",
                 "penghargaan/kipp/kipp-outstanding/index.md", "jenis-instansi/regency/index.md"):
        assert "toss-baru.md" in (docs / page).read_text(encoding="utf-8"), page


def test_small_page_size_paginates_listings(project: Path) -> None:
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("page_size: 50", "page_size: 1"))
    docs = generate(project)
    assert (docs / "daftar" / "3.md").is_file()
    assert "](2.md)" in (docs / "daftar" / "index.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("edit", "code", "field"), [
    (('region: "17.07"', 'region: "17.99"'), "unknown-reference", "replication.adopters[0].region"),
    (('region: "17.07"', 'region: "17.03"'), "adopter-own-region", "replication.adopters[0].region"),
    (("year: 2023\n      model", "year: 2019\n      model"), "adopter-before-start",
     "replication.adopters[0].year"),
])
def test_adopter_mistakes_are_located(project: Path, edit: tuple[str, str], code: str,
                                      field: str) -> None:
    path = project / "content" / "innovations" / "gardu-penangkis.yaml"
    path.write_text(path.read_text().replace(*edit))
    _, diags = collect(project / "content")
    found = [d for d in diags if d.code == code]
    assert found and found[0].field == field
    line = path.read_text().splitlines()[found[0].line - 1]
    assert edit[1].split("\n")[0].strip() in line


def test_origin_self_reference_and_cycle_are_located(project: Path) -> None:
    folder = project / "content" / "innovations"
    kafe = folder / "kafe-ibu-anak.yaml"
    kafe.write_text(kafe.read_text().replace("innovation: gardu-penangkis", "innovation: kafe-ibu-anak"))
    _, diags = collect(project / "content")
    assert [(d.code, d.line, d.col) for d in diags] == [("origin-self", 19, 17)]
    kafe.write_text(kafe.read_text().replace("innovation: kafe-ibu-anak", "innovation: gardu-penangkis"))
    gardu = folder / "gardu-penangkis.yaml"
    gardu.write_text(gardu.read_text().replace(
        "replication:\n", "replication:\n  origin:\n    innovation: kafe-ibu-anak\n", 1))
    _, diags = collect(project / "content")
    cycle = [d for d in diags if d.code == "origin-cycle"]
    assert {d.file.rsplit("/", 1)[-1] for d in cycle} == {"gardu-penangkis.yaml", "kafe-ibu-anak.yaml"}
    assert all(d.line > 1 for d in cycle)


def test_meta_description_is_cut_at_a_word_boundary() -> None:
    from generator.pages import shorten

    text = "kata " * 100
    short = shorten(text)
    assert len(short) <= 160 and short.endswith("kata…")
    assert shorten("pendek saja") == "pendek saja"


def test_english_interface_follows_theme_language(project: Path) -> None:
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("language: id", "language: en"))
    docs = generate(project)
    assert "title: All innovations" in (docs / "daftar" / "index.md").read_text(encoding="utf-8")
    assert "title: Home" in (docs / "index.md").read_text(encoding="utf-8")
    page = (docs / "inovasi" / "gardu-penangkis.md").read_text(encoding="utf-8")
    assert "## Key facts" in page and "Illustrative sample" in page
