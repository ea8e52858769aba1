"""School-year and business-day helpers (assistant/rules/calendar.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.rules.calendar import (
    add_working_days,
    occurrence,
    parse_school_year,
    school_year_bounds,
    school_year_of,
    second_friday_after,
    working_days_between,
)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2025, 8, 24), "2024-2025"),  # Sunday before the rentrée
        (dt.date(2025, 8, 25), "2025-2026"),  # last Monday of August 2025
        (dt.date(2025, 10, 1), "2025-2026"),
        (dt.date(2026, 7, 31), "2025-2026"),  # summer holidays belong to the year just ended
        (dt.date(2026, 8, 30), "2025-2026"),
        (dt.date(2026, 8, 31), "2026-2027"),  # last Monday of August 2026
        (dt.date(2026, 11, 22), "2026-2027"),
        (dt.date(2022, 8, 28), "2021-2022"),
        (dt.date(2022, 8, 29), "2022-2023"),  # the rentrée the texts name (29 août 2022)
        (dt.date(2024, 8, 26), "2024-2025"),  # the rentrée the texts name (26 août 2024)
        (dt.date(2020, 9, 1), "2020-2021"),  # before the reform: 1 September
        (dt.date(2020, 8, 31), "2019-2020"),
    ],
)
def test_school_year_of(day: dt.date, expected: str) -> None:
    assert school_year_of(day) == expected


def test_school_year_bounds() -> None:
    assert school_year_bounds("2025-2026") == (dt.date(2025, 8, 25), dt.date(2026, 7, 3))
    assert school_year_bounds("2026-27")[0] == dt.date(2026, 8, 31)
    assert parse_school_year("25-26") == 2025
    with pytest.raises(ValueError):
        parse_school_year("2025-2027")


def test_occurrence_places_months_in_the_right_calendar_year() -> None:
    assert occurrence("2025-2026", 9, 30) == dt.date(2025, 9, 30)
    assert occurrence("2025-2026", 7, 31) == dt.date(2026, 7, 31)


def test_second_friday_after_holidays() -> None:
    assert second_friday_after(dt.date(2025, 11, 2)) == dt.date(2025, 11, 14)  # ends on a Sunday
    assert second_friday_after(dt.date(2026, 4, 17)) == dt.date(2026, 5, 1)  # ends on a Friday


def test_working_days() -> None:
    assert add_working_days(dt.date(2024, 6, 3), 40) == dt.date(2024, 7, 29)
    assert add_working_days(dt.date(2025, 11, 14), 1) == dt.date(2025, 11, 17)  # Friday -> Monday


days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31))


@given(days)
def test_a_date_lies_within_its_school_year(day: dt.date) -> None:
    sy = school_year_of(day)
    start, _ = school_year_bounds(sy)
    next_start, _ = school_year_bounds(f"{int(sy[:4]) + 1}-{int(sy[:4]) + 2}")
    assert start <= day < next_start


@given(days, st.integers(min_value=0, max_value=120))
def test_working_days_roundtrip(day: dt.date, n: int) -> None:
    end = add_working_days(day, n)
    assert working_days_between(day, end) == n
    assert end.weekday() < 5 or n == 0


@given(days)
def test_second_friday_is_a_friday_within_two_weeks(day: dt.date) -> None:
    friday = second_friday_after(day)
    assert friday.weekday() == 4
    assert 8 <= (friday - day).days <= 14
