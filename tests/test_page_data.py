"""Display data computed in Python for the templates: pager windows, money, budget lines."""

from __future__ import annotations

import pytest

from generator.model import Budget
from generator.pages import Pager, budget_line, money, paginate


def test_short_listings_link_every_page() -> None:
    for count in (1, 2, 20):
        pager = Pager(1, count, tuple(str(n) for n in range(count)))
        assert pager.window == list(range(1, count + 1))


@pytest.mark.parametrize(("number", "expected"), [
    (1, [1, 2, 3, 4, 29, 30]),
    (10, [1, 2, 7, 8, 9, 10, 11, 12, 13, 29, 30]),
    (30, [1, 2, 27, 28, 29, 30]),
])
def test_long_listings_link_the_ends_and_three_pages_either_side(number: int,
                                                                 expected: list[int]) -> None:
    pager = paginate("daftar", list(range(30)), 1)[number - 1][0]
    assert pager.number == number and pager.window == expected


def test_money_groups_thousands_with_dots() -> None:
    assert money(150_000_000, "IDR") == "IDR 150.000.000"
    assert money(999, "USD") == "USD 999"
    assert money(0, "IDR") == "IDR 0"


def test_the_budget_line_joins_what_is_known() -> None:
    full = Budget(source="apbd", initial_cost=150_000_000, annual_cost=25_000_000, year=2023)
    line = budget_line(full, "id")
    assert line is not None
    assert line.text == "APBD; Biaya awal IDR 150.000.000; Biaya tahunan IDR 25.000.000"
    assert line.year == 2023
    english = budget_line(Budget(annual_cost=1_000, currency="USD"), "en")
    assert english is not None and english.text == "Annual cost USD 1.000" and english.year is None
    assert budget_line(None, "id") is None
