"""Properties of attestation.nouvelle_attestation on both sides of the 2-year delay."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from assistant.rules import Facts
from assistant.rules.attestation import nouvelle_attestation

years = st.floats(min_value=0, max_value=12, allow_nan=False)
today = dt.date(2025, 10, 1)


@given(years, st.booleans())
def test_needed_iff_more_than_two_years_or_change_of_type(y: float, change: bool) -> None:
    facts = Facts(years_in_ipt=y, return_to_special=True, change_of_type=change)
    data = nouvelle_attestation(facts, today).data
    assert data["needed"] == (y > 2 or change)
    assert data["expired"] == (y > 2)
    assert data["initial_valid"] == (not data["needed"])
    if data["needed"]:
        assert data["drafted_by"] == "cpms_ordinaire"


@given(years, st.sampled_from([None, True, False]))
def test_no_certificate_is_required_while_the_pupil_stays_in_ordinary_school(y: float, change) -> None:
    facts = Facts(years_in_ipt=y, return_to_special=False, change_of_type=change)
    assert nouvelle_attestation(facts, today).data["needed"] is False
