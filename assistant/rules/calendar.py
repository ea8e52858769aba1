"""School-year and business-day helpers for the rule core (FWB school calendar).

- `school_year_of(d)`: the school year ("2025-2026") a date belongs to. Since the 2022 reform of the
  school calendar the year starts on the last Monday of August (29/08/2022 and 26/08/2024 are the
  rentrées the texts name); before 2022 it started on 1 September. The summer holidays belong to the
  year that has just ended.
- `school_year_bounds(sy)`: (first day, last day) of a school year.
- `add_working_days(d, n)`: "40 jours ouvrables" counted Monday to Friday.
- `second_friday_after(last_holiday_day)`: "le deuxième vendredi qui suit les vacances …".
- `occurrence(sy, month, day)`: the date of a yearly deadline ("le 30 septembre") in a school year.

Epilogue: what the texts leave implicit
- The corpus gives no school calendar: no holiday dates for 2025-2026 or 2026-2027, no last day of
  the school year. The start (last Monday of August) is the FWB rule since 2022 and matches the two
  rentrées the texts cite; the last day is taken as the first Friday of July (summer holidays from
  the first Saturday of July), which the texts do not state: answers built on it say "début juillet".
- Working days: the texts do not say whether public holidays and school holidays count; we count
  Monday to Friday only and answers say the result is indicative.
- Holiday-relative deadlines (arrêté of 15 September 2022) are only computed when the caller gives
  the last day of the holidays; otherwise the rule answers with the text's wording.
"""

from __future__ import annotations

import datetime as dt

# the months as French writes them, January first: the one list the slots, claims and answers read
MONTH_NAMES = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre",
)  # fmt: skip

REFORM_YEAR = 2022  # first school year starting on the last Monday of August (29/08/2022)


def _last_monday_of_august(year: int) -> dt.date:
    d = dt.date(year, 8, 31)
    return d - dt.timedelta(days=d.weekday())


def _first_friday_of_july(year: int) -> dt.date:
    d = dt.date(year, 7, 1)
    return d + dt.timedelta(days=(4 - d.weekday()) % 7)


def school_year_start(start_year: int) -> dt.date:
    """First day of the school year beginning in `start_year`."""
    if start_year >= REFORM_YEAR:
        return _last_monday_of_august(start_year)
    return dt.date(start_year, 9, 1)


def parse_school_year(sy: str) -> int:
    """Start year of "2025-2026" (also accepts "2025-26" and "25-26")."""
    head, _, tail = sy.strip().partition("-")
    start = int(head)
    if start < 100:
        start += 2000
    if tail and int(tail) % 100 != (start + 1) % 100:
        raise ValueError(f"not a school year: {sy!r}")
    return start


def format_school_year(start_year: int) -> str:
    return f"{start_year}-{start_year + 1}"


def school_year_of(d: dt.date) -> str:
    """The school year `d` belongs to, e.g. 2025-10-01 -> "2025-2026", 2025-08-24 -> "2024-2025"."""
    start_year = d.year if d >= school_year_start(d.year) else d.year - 1
    return format_school_year(start_year)


def school_year_bounds(sy: str) -> tuple[dt.date, dt.date]:
    """(first day, last day) of school year `sy`; the last day is indicative (see the epilogue)."""
    start_year = parse_school_year(sy)
    if start_year + 1 > REFORM_YEAR:
        end = _first_friday_of_july(start_year + 1)
    else:
        end = dt.date(start_year + 1, 6, 30)
    return school_year_start(start_year), end


def next_school_year(sy: str) -> str:
    return format_school_year(parse_school_year(sy) + 1)


def occurrence(sy: str, month: int, day: int) -> dt.date:
    """Date of a yearly "le <day>/<month>" within school year `sy` (September–December: first year)."""
    start_year = parse_school_year(sy)
    year = start_year if month >= 8 else start_year + 1
    return dt.date(year, month, day)


def add_working_days(d: dt.date, n: int) -> dt.date:
    """`n` working days (Monday–Friday) after `d`; public holidays are not known, hence not skipped."""
    out = d
    while n > 0:
        out += dt.timedelta(days=1)
        if out.weekday() < 5:
            n -= 1
    return out


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days (Monday–Friday) in (start, end]; negative when end is before start."""
    if end < start:
        return -working_days_between(end, start)
    days = 0
    d = start
    while d < end:
        d += dt.timedelta(days=1)
        days += d.weekday() < 5
    return days


def second_friday_after(last_holiday_day: dt.date) -> dt.date:
    """ "Le deuxième vendredi qui suit les vacances": the second Friday strictly after their last day."""
    first = last_holiday_day + dt.timedelta(days=(4 - last_holiday_day.weekday()) % 7 or 7)
    return first + dt.timedelta(days=7)


def fr_date(d: dt.date) -> str:
    """25/08/2025 style, as the circular writes dates."""
    return d.strftime("%d/%m/%Y")
