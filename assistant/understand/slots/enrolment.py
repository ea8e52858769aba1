"""Enrolment month: "inscrit en novembre", "il n'y est entré qu'en mars" — the month a pupil entered
special education, said without its day. Whether it falls before or after 15 October is decided by
the eligibility rule (a whole month on one side decides; October does not)."""

from __future__ import annotations

import re
from typing import Any

from assistant.understand.slots.dates import MONTH_RE, MONTHS

# an enrolment verb, then a bare month in the same clause (no day before it, no year needed)
_ENROLLED_IN = re.compile(
    r"\b(?:inscrit\w*|entree?s?|arrivee?s?|rentree?s?)\b[^.?!;,]{0,30}?"
    r"\b(?:qu'en|en|depuis|au mois d'|au mois de|debut|fin|mi-?) ?(" + MONTH_RE + r")\b(?! \d{4}\b)"
)


def enrolled_month(text: str) -> dict[str, Any]:
    """{'enrolled_month': m} when the question says in which month (only) the pupil was enrolled."""
    m = _ENROLLED_IN.search(text)
    return {"enrolled_month": MONTHS[m.group(1)]} if m else {}
