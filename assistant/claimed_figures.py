"""Claimed figures: the quantities (a number and its unit, a kind of days) a closed question states
as facts, checked against an answer's figures: "30 jours ouvrables, c'est bien ça ?" gets "Non" when
the answer gives 30 jours calendrier, "Oui" when it gives the same figure, nothing when it gives no
figure of that unit (never a guess).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.claimed_dates import date_verdict
from assistant.textnorm import fold

_WORDS = {
    "un": 1.0, "une": 1.0, "deux": 2.0, "trois": 3.0, "quatre": 4.0, "cinq": 5.0, "six": 6.0, "sept": 7.0,
    "huit": 8.0, "neuf": 9.0, "dix": 10.0, "douze": 12.0, "quinze": 15.0, "vingt": 20.0, "trente": 30.0,
    "quarante": 40.0, "cinquante": 50.0, "soixante": 60.0, "cent": 100.0,
}  # fmt: skip
_UNITS = (
    ("jour", r"jours?"),
    ("periode", r"periodes?(?:\(s\))?"),
    ("point", r"points?"),
    ("etp", r"etp"),
    ("pct", r"%|pour ?cents?"),
    ("an", r"ans|annees?(?! scolaire)"),
    ("mois", r"mois"),
    ("semaine", r"semaines?"),
    ("eleve", r"eleves?"),
    ("item", r"items?"),
    ("heure", r"heures?"),
)
# the kind of days: "ouvrables" (Monday to Saturday), "ouvrés" (working days), "calendrier"
_QUALIFIERS = (
    ("ouvrable", r"ouvrables?"),
    ("ouvre", r"ouvres"),
    ("calendrier", r"(?:de )?calendriers?|calendaires?"),
)
_NUMBER = r"(?<![\d.,/])(\d+(?:[.,]\d+)?)(?![\d/])|\b(" + "|".join(_WORDS) + r")\b"
_QUANTITY = re.compile(
    rf"(?:{_NUMBER})\s?(?:\(s\)\s)?({'|'.join(f'(?:{p})' for _, p in _UNITS)})(?![a-z])"
    rf"(?:\s({'|'.join(f'(?:{p})' for _, p in _QUALIFIERS)})\b)?"
)
# a bound, not a figure ("plus de 352 points", "au moins 2 ans", "entre 2 et 4 périodes")
_BOUND = re.compile(
    r"\b(?:plus|moins|au moins|au plus|maximum|minimum|max|min|jusqu'a|depasser|depasse|excede\w*|superieur\w*"
    r"|inferieur\w*|entre|et|ou)\s*(?:de |d'|a |que )?$"
)
# the pupil's case, not a claim ("en IPT depuis 3 ans", "âgé de 12 ans", "il y a 2 mois")
_DESCRIPTION = re.compile(r"\b(?:depuis|il y a|age de|agee? de|a|pendant|durant|en)\s*$")
_DURATIONS = ("an", "mois", "semaine")
# what introduces the reported claim: what follows is the claim
_REPORTED = re.compile(
    r"\b(?:dit|dise|disent|affirme|assure|explique|pretend|lu|entendu|ecrit|confirme[rz]?)\s+(?:que |qu')"
    r"|\b(?:c'est|est-ce|ce sont) bien (?=\d)"
)


@dataclass(frozen=True)
class Quantity:
    value: float | None  # None: only the kind of days is claimed ("c'est des jours ouvrables ?")
    unit: str
    qualifier: str | None
    start: int


def _value(number: str | None, word: str | None) -> float:
    return float(number.replace(",", ".")) if number else _WORDS[word or ""]


def _name(table: tuple[tuple[str, str], ...], text: str | None) -> str | None:
    if text is None:
        return None
    return next(name for name, pattern in table if re.fullmatch(pattern, text))


def quantities(text: str) -> list[Quantity]:
    """The number-and-unit figures of a folded text, in order."""
    out = []
    for m in _QUANTITY.finditer(text):
        if m[2] in ("un", "une") and m[3] not in ("an", "mois", "semaine", "jour", "periode", "periodes"):
            continue
        unit = _name(_UNITS, m[3]) or ""
        out.append(Quantity(_value(m[1], m[2]), unit, _name(_QUALIFIERS, m[4]), m.start()))
    return out


def claimed(question: str, reported: bool = True) -> list[Quantity]:
    """The quantities a question states as facts, neither bounds ("plus de 352 points") nor the
    pupil's description ("depuis 3 ans"): after "on m'a dit que" in a reported claim ("… c'est bien
    ça ?"), else in the last clause of a closed question ("N vaut 60 %, on est au 4e palier ?" states
    no figure). A kind of days said without a number ("c'est des jours ouvrables ?") is claimed too."""
    q = fold(question)
    start = _claim_start(q, reported)
    out = []
    for x in quantities(q):
        left = q[max(0, x.start - 20) : x.start]
        if x.start < start or _BOUND.search(left):
            continue
        if x.unit in _DURATIONS and _DESCRIPTION.search(left):
            continue
        out.append(x)
    if not any(x.unit == "jour" for x in out):
        kind = _DAYS_KIND.search(q, start)
        if kind:
            out.append(Quantity(None, "jour", _name(_QUALIFIERS, kind[1]), kind.start()))
    return out


# "des jours ouvrables", "en jours calendrier": the kind of days without a number
_DAYS_KIND = re.compile(rf"\bjours ({'|'.join(f'(?:{p})' for _, p in _QUALIFIERS)})\b")


def _claim_start(q: str, reported: bool) -> int:
    if reported:
        said = _REPORTED.search(q)
        return said.end() if said else 0
    body = q.rstrip(" ?!.")
    # the last clause's start: a decimal comma or point ("1,18 période") cuts no clause
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(body)]
    return cuts[-1] if cuts else 0


_CLAUSE_CUT = re.compile(r"[;:!?]|[,.](?!\d)|(?<!\d)[,.]")


def verdict(question: str, answer: str, quotes: Sequence[str] = (), reported: bool = True) -> str | None:
    """'Oui' when the question's claimed figure is the answer's (first) figure of that unit, 'Non'
    when the answer gives figures of that unit and none is the claimed one (or the kind of days
    differs), None otherwise: no figure of that unit, or a figure of a case other than the first
    that not every case of the answer gives."""
    words = [w for w in [date_verdict(question, answer, reported)] if w]  # "jusqu'au 30 septembre ?"
    for claim in claimed(question, reported):
        word = _check(claim, quantities(fold(answer)), [quantities(fold(q)) for q in quotes])
        if word is None and _in_every_case(claim, answer):
            word = "Oui"  # "ça donne bien 16 périodes ?": "8 périodes …, sur les 16" in each case
        if word is not None:
            words.append(word)
    if not words:
        return None
    return "Non" if "Non" in words else "Oui"


def _check(claim: Quantity, figures: list[Quantity], quoted: list[list[Quantity]]) -> str | None:
    same_unit = [f for f in figures if f.unit == claim.unit]
    if not same_unit:
        return None
    matching = [i for i, f in enumerate(same_unit) if claim.value in (None, f.value)]
    if not matching:
        return "Non"
    if matching[0] != 0:
        return None  # the claimed figure is that of another case of the answer: not a verdict
    if claim.qualifier is None:
        return "Oui"
    qualifier = same_unit[0].qualifier or _quoted_qualifier(claim, quoted)
    if qualifier is None:
        return None
    return "Oui" if qualifier == claim.qualifier else "Non"


def _in_every_case(claim: Quantity, answer: str) -> bool:
    """Whether every case of the answer (its clauses between " ; ") that gives figures of the claim's
    unit gives the claimed figure among them, two such cases at least (one passage read as a whole is
    no case split: "16 périodes" among other figures of a quote confirms nothing)."""
    if claim.value is None or claim.qualifier is not None:
        return False
    cases = [[f.value for f in quantities(fold(c)) if f.unit == claim.unit] for c in answer.split(" ; ")]
    cases = [c for c in cases if c]
    return len(cases) >= 2 and all(claim.value in c for c in cases)


def _quoted_qualifier(claim: Quantity, quoted: list[list[Quantity]]) -> str | None:
    """The kind of days the quotes give to the same figure ("30 jours" in the answer, "30 jours
    calendrier" in its quote)."""
    kinds = {
        f.qualifier for fs in quoted for f in fs if f.unit == claim.unit and claim.value in (None, f.value)
    }
    kinds.discard(None)
    return kinds.pop() if len(kinds) == 1 else None


# how a claimed figure is written back to the user
_LABELS = {
    "jour": "jours", "periode": "périodes", "point": "points", "etp": "ETP", "pct": "%", "an": "ans",
    "mois": "mois", "semaine": "semaines", "eleve": "élèves", "item": "items", "heure": "heures",
}  # fmt: skip


def unstated(question: str, answer: str, quotes: Sequence[str] = (), reported: bool = True) -> list[str]:
    """The claimed figures whose unit appears nowhere in the answer or its quotes ("dans les 15 jours,
    c'est ça ?" answered by a rule that sets no delay), written for the user ("15 jours")."""
    given = {f.unit for text in (answer, *quotes) for f in quantities(fold(text))}
    out = []
    for claim in claimed(question, reported):
        if claim.value is not None and claim.unit not in given:
            out.append(f"{claim.value:g}".replace(".", ",") + f" {_LABELS.get(claim.unit, claim.unit)}")
    return out
