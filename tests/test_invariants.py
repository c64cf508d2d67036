"""Property-based invariants over random catalogues (Hypothesis): counts equal listings, every
replication edge is shown everywhere it belongs, and provinces add up."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.crossref import Catalogue
from generator.graph import build_graph, replicas_of
from generator.indexes import build_regions
from generator.model import Innovation
from generator.pages import Page, plan
from generator.registries import Registries, load_registries
from generator.render import make_env, render_page
from tests.conftest import ROOT

VOCAB: Registries = load_registries(ROOT / "tests" / "fixtures" / "stories" / "content")[0]  # type: ignore[assignment]
ENV = make_env(ROOT / "site_templates" / "pages", "id")
# A few provinces with some of their regencies/cities, so that random records collide.
CODES = ["17", "17.02", "17.03", "17.71", "51", "51.05", "51.08", "51.71", "13.71", "13.02"]
AGENCIES = ["Dinas Kesehatan", "Dinas Kominfo", "Bappeda"]
STATUSES = ["active", "growing", "dormant", "stopped"]


@st.composite
def catalogues(draw: st.DrawFn) -> tuple[Catalogue, int]:
    """Draw a linked catalogue of 1-12 records (adopters, replicas, chains) and a page size."""
    count = draw(st.integers(1, 12))
    raw: dict[str, dict[str, Any]] = {}
    for i in range(count):
        region = draw(st.sampled_from(CODES))
        started = draw(st.integers(2010, 2020))
        adopters = [{"agency": f"{agency} {code}", "region": code,
                     "year": draw(st.integers(started, 2024)),
                     "status": draw(st.none() | st.sampled_from(STATUSES))}
                    for code, agency in draw(st.lists(st.tuples(st.sampled_from(CODES),
                                                                st.sampled_from(AGENCIES)),
                                                      max_size=4, unique=True))
                    if code != region]
        replication: dict[str, Any] = {"adopters": adopters}
        if i and draw(st.booleans()):
            origin = f"r{draw(st.integers(0, i - 1))}"
            replication["origin"] = {"innovation": origin}
            if draw(st.booleans()):  # the same adoption written on the origin's side too
                raw[origin]["replication"]["adopters"].append(
                    {"agency": f"Mitra {i}", "region": region,
                     "year": draw(st.sampled_from([started, started + 1]))})
        raw[f"r{i}"] = _record(f"r{i}", region, started, replication,
                               draw(st.sampled_from(STATUSES)),
                               draw(st.sampled_from(["Alpha", "beta", "Émbun", "Gamma", "alpha"])))
    records = {rid: Innovation.model_validate(data) for rid, data in raw.items()}
    edges, _ = build_graph(records)
    catalogue = Catalogue(records=dict(sorted(records.items())), vocab=VOCAB,
                          replicas={o: [r.id for r in found]
                                    for o, found in replicas_of(records).items()},
                          files={rid: f"{rid}.yaml" for rid in records}, edges=tuple(edges))
    return catalogue, draw(st.integers(1, 4))


def _record(rid: str, region: str, started: int, replication: dict[str, Any],
            status: str = "active", name: str = "Alpha") -> dict[str, Any]:
    return {"id": rid, "name": f"{name} {rid}", "summary": "Ringkasan.",
            "agency": {"name": f"Pemda {region}", "type": "regency", "region": region},
            "started": str(started), "status": status, "contact": {"unit": "Bagian Umum"},
            "sources": [{"title": "Sumber", "url": "https://example.go.id"}],
            "replication": replication}


def listings(pages: list[Page]) -> dict[tuple[str, ...], list[Page]]:
    """Return every paginated listing: its page paths -> its pages."""
    found: dict[tuple[str, ...], list[Page]] = {}
    for page in pages:
        pager = page.context.get("pager")
        if pager is not None:
            found.setdefault(pager.paths, []).append(page)
    return found


def table_rows(markdown: str) -> int:
    return sum(line.startswith("| [") or line.startswith("- [") for line in markdown.splitlines())


def check_invariants(drawn: tuple[Catalogue, int]) -> None:
    """Plan one random catalogue and check every invariant on it."""
    catalogue, size = drawn
    pages = plan(catalogue, "id", size)
    counts_equal_listings(catalogue, pages, size)
    edges_are_shown_everywhere(catalogue, pages)
    provinces_add_up(catalogue, pages)


_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]


@settings(max_examples=25, deadline=None, suppress_health_check=_QUIET)
@given(catalogues())
def test_invariants_hold_on_a_few_random_catalogues(drawn: tuple[Catalogue, int]) -> None:
    """The fast suite's share: 25 random catalogues."""
    check_invariants(drawn)


@pytest.mark.slow
@settings(max_examples=250, deadline=None, suppress_health_check=_QUIET)
@given(catalogues())
def test_invariants_hold_on_hundreds_of_random_catalogues(drawn: tuple[Catalogue, int]) -> None:
    """The full suite's share (CI): 250 random catalogues."""
    check_invariants(drawn)


def counts_equal_listings(catalogue: Catalogue, pages: list[Page], size: int) -> None:
    """Every count shown equals the number of items listed across its pagination."""
    by_path = {p.path: p for p in pages}
    for paths, group in listings(pages).items():
        assert [p.path for p in group] == list(paths)
        totals = {p.context["total"] for p in group}
        assert totals == {sum(len(p.context["items"]) for p in group)}
        assert all(len(p.context["items"]) <= size for p in group)
    for page in pages:
        if page.template != "region.md.j2":
            continue
        c = page.context
        for kind in ("started", "adopted"):
            total = c[f"{kind}_total"]
            if kind in c["more"]:
                first = by_path[c["more"][kind]]
                assert first.context["total"] == total
                rendered = sum(table_rows(render_page(ENV, by_path[p], catalogue))
                               for p in first.context["pager"].paths)
                assert rendered == total
            else:
                assert len(c[kind]) == total
        text = render_page(ENV, page, catalogue)
        assert f"{c['totals'][0]} inovasi dijalankan" in text
        assert f"{c['totals'][1]} adopsi di" in text


def edges_are_shown_everywhere(catalogue: Catalogue, pages: list[Page]) -> None:
    """Every edge is on both records' pages, both regions' pages and in the ranking, once."""
    regions = build_regions(catalogue)
    by_path = {p.path: p for p in pages}
    ranking = {r.id: n for paths, group in listings(pages).items()
               if paths[0] == "replikasi/peringkat/index.md"
               for p in group for r, n in p.context["items"]}
    assert ranking == dict(Counter(e.record.id for e in catalogue.edges))
    home = by_path["index.md"].context["counts"]
    assert home["adoptions"] == len(catalogue.edges)
    overview = by_path["replikasi/index.md"].context
    assert sum(n for _, n in overview["provinces"]) == overview["edges_total"] == len(
        catalogue.edges)
    for edge in catalogue.edges:
        page = by_path[f"inovasi/{edge.record.id}.md"]
        assert edge in page.context["edges"]
        if edge.replica is not None:
            text = render_page(ENV, by_path[f"inovasi/{edge.replica.id}.md"], catalogue)
            assert f"({edge.record.id}.md)" in text  # the replica links back to its origin
        for code in {edge.region, edge.region[:2]}:
            assert edge in regions.adopted_in(code)
        for code in {edge.record.agency.region, edge.record.agency.region[:2]}:
            assert edge.record in regions.started_in(code)
    # One edge per (origin, adopter entry) and per unpaired replica: never counted twice.
    written = sum(len(r.replication.adopters) for r in catalogue.records.values()
                  if r.replication)
    replicas = sum(len(v) for v in catalogue.replicas.values())
    assert written <= len(catalogue.edges) <= written + replicas
    assert len({(e.record.id, e.adopter_index) for e in catalogue.edges
                if e.adopter_index is not None}) == written


def provinces_add_up(catalogue: Catalogue, pages: list[Page]) -> None:
    """A province's totals are its own plus its regencies' and cities', on every page."""
    regions = build_regions(catalogue)
    rows = {code: (s, a) for code, s, a in
            next(p for p in pages if p.path == "wilayah/index.md").context["rows"]}
    for page in pages:
        c = page.context
        if page.template != "region.md.j2" or len(c["code"]) != 2:
            continue
        code = c["code"]
        own = c["own"] or (len(regions.own_started.get(code, [])),
                           len(regions.own_adopted.get(code, [])))
        assert c["totals"][0] == own[0] + sum(s for _, s, _ in c["children"])
        assert c["totals"][1] == own[1] + sum(a for _, _, a in c["children"])
        assert c["totals"][0] == sum(r.agency.region[:2] == code
                                     for r in catalogue.records.values())
        assert c["totals"][1] == sum(e.region[:2] == code for e in catalogue.edges)
        assert rows[code] == c["totals"]


def test_the_fixture_vocab_loads() -> None:
    assert isinstance(VOCAB, Registries) and len(VOCAB.regions) == 552
    assert Path(ROOT / "tests" / "fixtures" / "stories" / "content" / "regions.yaml").is_file()
