"""Duration slots: time spent in IPT ("depuis 3 ans", "depuis 18 mois", "plus de deux ans")."""

from __future__ import annotations

import re

NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "dix-huit": 18,
    "vingt": 20, "vingt-quatre": 24, "trente": 30, "trente-six": 36,
}  # fmt: skip
# the number words as a regex alternation, longest first ("vingt-quatre" before "vingt")
NUMBER_WORD_ALTERNATION = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_NUM = r"(\d+(?:[.,]\d+)?|" + NUMBER_WORD_ALTERNATION + r")"
_UNIT = r"(ans?|annees?(?: scolaires?)?|mois)"
_HALF = r"(?: et (?:un )?demie?)?"
_QUAL = r"(plus de |moins de |au moins |au-dela de |au dela de |presque |environ |pres de |pas plus de |max(?:imum)? |exactement |bientot |deja |seulement |que )?"

# "depuis 3 ans", "ca fait 18 mois", "pendant plus de deux ans", "2 ans d'ipt", "3 annees en integration"
_DURATION = re.compile(
    rf"(?:\b(?:depuis|fait|pendant|durant|apres|a|passe|passes|passees|ipt|integre|integration)\s+{_QUAL}{_NUM} {_UNIT}{_HALF}"
    rf"|\b{_QUAL}{_NUM} {_UNIT}{_HALF} (?:d'ipt|d ipt|en ipt|d'integration|en integration|dans l'ordinaire|dans l'enseignement ordinaire))"
)
_BARE_THRESHOLD = re.compile(
    rf"\b(plus de|moins de|au moins|au-dela de|au dela de|pas plus de) {_NUM} {_UNIT}\b"
)


def _number(token: str) -> float:
    return float(NUMBER_WORDS.get(token, 0)) if token in NUMBER_WORDS else float(token.replace(",", "."))


def _years(num: str, unit: str, half: bool) -> float:
    value = _number(num) + (0.5 if half else 0.0)
    return value / 12 if unit.startswith("mois") else value


def _threshold(qual: str, years: float) -> bool | None:
    """Whether the time is more than two years, given a qualifier ("plus de", "moins de"…)."""
    qual = qual.strip()
    if qual in ("plus de", "au-dela de", "au dela de"):
        return True if years >= 2 else None
    if qual == "au moins":
        return True if years > 2 else None
    if qual in ("moins de", "pas plus de", "max", "maximum", "presque", "pres de"):
        return False if years <= 2 else None
    return years > 2


# "mon fils a 18 ans", "elle a 12 ans", "l'élève qui a 19 ans": a person's age (the verb "avoir" after
# the person), not a time spent in IPT ("il y a 3 ans", "a 2 ans d'IPT" stay durations).
_AGE = re.compile(
    r"\b(?:il|elle|fils|fille|enfant|eleve|jeune|ado|garcon|qui|gamin|gamine)\s+a\s+\S+ ans?\b"
    r"(?! (?:d'ipt|d ipt|en ipt|d'integration|en integration|dans l'ordinaire))"
)


# "Lina a 5 ans", "Mehdi a 11 ans, en IPT depuis…": a bare "a N ans" after any name is an age too,
# unless the time is said to be in IPT ("a 2 ans d'IPT") or is "il y a N ans" (a time ago)
_IPT_AFTER = re.compile(r" (?:d'ipt|d ipt|en ipt|d'integration|en integration|dans l'ordinaire)")


def _is_age(text: str, m: re.Match[str]) -> bool:
    if not m.group(0).startswith("a "):
        return False
    age = _AGE.search(text, max(0, m.start() - 12))
    if age and age.end() == m.end():
        return True
    return (
        not text[: m.start()].endswith("y ") and not _IPT_AFTER.match(text, m.end()) and "ans" in m.group(0)
    )


def _duration_match(text: str) -> re.Match[str] | None:
    """The first duration of the text that is not a person's age."""
    for m in _DURATION.finditer(text):
        if not _is_age(text, m):
            return m
    return None


def durations(text: str) -> dict[str, object]:
    """years_in_ipt (when the duration is exact) and more_than_two_years (when it is decidable)."""
    out: dict[str, object] = {}
    m = _duration_match(text)
    if m:
        groups = [g for g in m.groups()]
        qual, num, unit = (groups[0:3]) if groups[1] is not None else groups[3:6]
        qual = qual or ""
        years = _years(num, unit, " et " in m.group(0) and "demi" in m.group(0))
        if years > 40:
            return out
        if qual.strip() in ("", "exactement", "deja", "seulement", "que", "bientot", "environ"):
            out["years_in_ipt"] = round(years, 2)
        more = _threshold(qual, years)
        if more is not None:
            out["more_than_two_years"] = more
        return out
    b = _BARE_THRESHOLD.search(text)
    if b:
        more = _threshold(b[1], _years(b[2], b[3], False))
        if more is not None:
            out["more_than_two_years"] = more
    if re.search(r"\b(2|deux) ans (ou plus|et plus)\b", text):
        out["more_than_two_years"] = True
    elif re.search(r"\b(2|deux) ans (ou moins|maximum|max)\b", text):
        out["more_than_two_years"] = False
    return out
