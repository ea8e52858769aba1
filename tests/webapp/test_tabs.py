"""Calendar and CPMS-roles tabs, from the real rule core."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.webapp import roles, timeline


@pytest.mark.parametrize(
    ("day", "year"), [(dt.date(2025, 10, 1), "2025-2026"), (dt.date(2026, 3, 2), "2025-2026")]
)
def test_school_year_of(day: dt.date, year: str) -> None:
    assert timeline.school_year_of(day) == year


def test_calendar_has_timeline_and_table() -> None:
    pytest.importorskip("assistant.rules.deadlines")
    header, svg, frame = timeline.calendar_view(
        dt.date(2025, 10, 1), {"circulaire-ipt-2025-2026": "Circulaire"}
    )
    assert "2025-2026" in header and "01/10/2025" in header
    assert svg.startswith("<svg") and "Date de référence : 01/10/2025" in svg
    assert list(frame.columns)[:4] == ["Date", "Échéance", "Quoi", "Qui"]
    assert len(frame) >= 5 and "15/09/2025" in set(frame["Date"])
    # every dated deadline has its point on the timeline
    dated = sum(1 for d in frame["Date"] if d)
    assert svg.count("<circle") == dated


def test_dates_outside_the_school_year_show_their_year() -> None:
    rows = [{"date": "2025-09-15", "what": "a"}, {"date": "2026-09-15", "what": "b"}]
    svg = timeline.timeline_svg(rows, dt.date(2025, 10, 1), "2025-2026")
    assert ">15/09</tspan> a<" in svg and ">15/09/2026</tspan> b<" in svg


def test_timeline_escapes_text() -> None:
    rows = [{"date": "2025-09-15", "what": "<script>x</script>", "who": "a & b"}]
    svg = timeline.timeline_svg(rows, dt.date(2025, 9, 1), "2025-2026")
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "a &amp; b" in svg


def test_roles_view_is_the_rule_core_table() -> None:
    pytest.importorskip("assistant.rules.cpms")
    intro, frame = roles.roles_view({"circulaire-ipt-2025-2026": "Circulaire IPT 2025-2026"})
    assert "CPMS" in intro
    assert list(frame.columns) == roles.COLUMNS and len(frame) >= 5
    assert all(frame["CPMS spécialisé"]) and all(frame["CPMS ordinaire"])
    assert any(a.startswith("art. 13") for a in frame["Article"])
    assert any(s.startswith("Circulaire IPT 2025-2026, point") for s in frame["Source"])
