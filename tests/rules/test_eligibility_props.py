"""Properties of the eligibility rules: the 15 October threshold and the start date."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from assistant.rules import Facts
from assistant.rules.calendar import school_year_bounds
from assistant.rules.eligibility import conditions
from assistant.rules.eligibility_start import start

days = st.dates(min_value=dt.date(2023, 1, 1), max_value=dt.date(2030, 12, 31))
targets = st.integers(min_value=2024, max_value=2031).map(lambda y: f"{y}-{y + 1}")


@given(days, targets)
def test_eligible_iff_enrolled_by_15_october_before_the_ipt_year(enrolled: dt.date, target: str) -> None:
    data = conditions(Facts(event_date=enrolled, school_year=target), dt.date(2025, 10, 1)).data
    threshold = dt.date(int(target[:4]) - 1, 10, 15)
    assert data["eligible"] == (enrolled <= threshold)


@given(days)
def test_ipt_never_starts_before_signature_nor_before_a_rentree(signed: dt.date) -> None:
    data = start(Facts(event_date=signed), dt.date(2025, 10, 1)).data
    begin = dt.date.fromisoformat(data["start"])
    first, last = school_year_bounds(data["school_year"])
    assert begin >= signed
    assert first <= begin <= last
