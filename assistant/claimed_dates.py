"""A claimed deadline checked against the answer: "les pôles ont bien jusqu'au 30 septembre pour
encoder ?" gets "Oui" when the answer gives that day, and a reported claim ("on m'a dit que c'est pour
le 15 octobre") gets "Non" when the answer gives another deadline and not that one.

Only a date introduced as a deadline ("jusqu'au", "pour le", "au plus tard le", "d'ici le") or asked to
be confirmed ("c'est bien le 15 septembre ?") is a claim; a date of the pupil's case or of a condition
("inscrit le 3 octobre", "si l'IPT s'arrête avant le 30 septembre", "depuis le …") is not, and a
question with a condition ("si …") claims nothing.
"""

from __future__ import annotations

import re

from assistant.rules.calendar import MONTH_NAMES
from assistant.textnorm import fold

_MONTHS = [fold(name) for name in MONTH_NAMES]
_DATE = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:er)? (?P<month>{'|'.join(_MONTHS)})\b|\b(?P<dd>\d{{1,2}})/(?P<num>\d{{1,2}})(?:/\d{{2,4}})?\b"
)
_DEADLINE = re.compile(
    r"(?:jusqu'(?:au|a)|pour le|au plus tard(?: le)?|d'ici (?:le|au)|date limite(?: du| est le)?)\s*$"
)
# "c'est bien le 15 septembre ?", "produit bien ses effets au 29 août 2022 ?": a date asked to be confirmed
_CONFIRMED = re.compile(r"\b(?:le|au|du)\s*$")
_CONDITION = re.compile(r"\bsi\b|\bs'il\b|\bdepuis\b")
_DEADLINE_IN_ANSWER = re.compile(
    r"(?:jusqu'(?:au|a)|pour le|au plus tard(?: le)?|avant le|d'ici (?:le|au))\s*$"
)


def _day(m: re.Match[str]) -> tuple[int, int] | None:
    month = _MONTHS.index(m["month"]) + 1 if m["month"] else int(m["num"])
    day = int(m["day"] or m["dd"])
    return (day, month) if 1 <= month <= 12 and 1 <= day <= 31 else None


def _dates(text: str, lead: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    out = []
    for m in _DATE.finditer(text):
        if lead is not None and not lead.search(text[max(0, m.start() - 25) : m.start()]):
            continue
        if (day := _day(m)) is not None:
            out.append(day)
    return out


def date_verdict(question: str, answer: str, reported: bool) -> str | None:
    """'Oui' when the question's claimed deadline is a date of the answer; 'Non' for a reported claim
    whose date the answer does not give while it gives another deadline; None otherwise."""
    q = fold(question)
    if _CONDITION.search(q):
        return None
    claimed = _dates(q, _DEADLINE)
    confirm = re.search(r"\bbien\b", q)
    if not claimed and confirm:
        claimed = _dates(q[confirm.end() :], _CONFIRMED)
    if not claimed:
        return None
    a = fold(answer)
    given = _dates(a)
    if all(c in given for c in claimed):
        return "Oui"
    if reported and _dates(a, _DEADLINE_IN_ANSWER):
        return "Non"
    return None
