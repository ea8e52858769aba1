"""Properties of the deadline rules: days left decrease as the reference date advances; past iff after."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from assistant.rules import Facts
from assistant.rules.deadline_table import item, items
from assistant.rules.deadlines import calendar, deadline_table, when

DATED_KEYS = [it["key"] for it in items() if it["kind"] in ("fixed",)]
ANNUAL_KEYS = [it["key"] for it in items() if it["kind"] == "annual"]
RELATIVE_KEYS = [it["key"] for it in items() if it["kind"] == "relative"]
days = st.dates(min_value=dt.date(2023, 9, 1), max_value=dt.date(2027, 8, 1))


@given(st.sampled_from(DATED_KEYS), days, st.integers(min_value=1, max_value=400))
def test_days_left_decrease_as_today_advances(key: str, today: dt.date, step: int) -> None:
    facts = Facts(deadline_key=key)
    before = when(facts, today).data["days_left"]
    after = when(facts, today + dt.timedelta(days=step)).data["days_left"]
    assert after == before - step


@given(st.sampled_from(DATED_KEYS + ANNUAL_KEYS), days)
def test_past_iff_today_after_date(key: str, today: dt.date) -> None:
    data = when(Facts(deadline_key=key), today).data
    assert data["past"] == (today > dt.date.fromisoformat(data["date"]))
    assert data["days_left"] == (dt.date.fromisoformat(data["date"]) - today).days


@given(st.sampled_from(RELATIVE_KEYS), days, days)
def test_relative_deadline_follows_the_event(key: str, event: dt.date, today: dt.date) -> None:
    data = when(Facts(deadline_key=key, event_date=event), today).data
    deadline = dt.date.fromisoformat(data["date"])
    assert deadline > event
    if item(key)["unit"] == "calendar":
        assert (deadline - event).days == item(key)["days"]


def test_table_rows_have_the_ui_fields_and_are_sorted() -> None:
    rows = deadline_table("2025-2026")
    assert {"date", "what", "who", "how", "source", "locator"} <= set(rows[0])
    dated = [r["date"] for r in rows if r["date"]]
    assert dated == sorted(dated)
    assert {"listing_integration", "siel_coche_ipt", "bilan_arret_en_cours"} <= {r["key"] for r in rows}
    assert "ajustement_sensori_mi_novembre" not in {r["key"] for r in rows}  # a 2024-2025 date
    assert "ajustement_sensori_mi_novembre" in {r["key"] for r in deadline_table("2024-2025")}


def test_calendar_items_match_the_table() -> None:
    result = calendar(Facts(school_year="2025-2026"), dt.date(2025, 10, 1))
    assert [r["key"] for r in result.data["items"]] == [r["key"] for r in deadline_table("2025-2026")]
