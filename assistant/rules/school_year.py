"""The school year a rule speaks of: the year the question names, else that of its reference date."""

from __future__ import annotations

import datetime as dt

from assistant.rules.calendar import school_year_of
from assistant.rules.facts import Facts


def first_year(school_year: str) -> int:
    """2025 for '2025-2026' (also accepts '2025-26')."""
    return int(school_year[:4])


def reference_school_year(facts: Facts, today: dt.date) -> str:
    """The school year a question speaks of: facts.school_year, else that of the reference date."""
    if facts.school_year:
        return f"{first_year(facts.school_year)}-{first_year(facts.school_year) + 1}"
    return school_year_of(facts.reference_date or today)
