"""Whether passages or a rule's answer hold the kind of fact a question asks for.

A question asking an amount of money needs a sum in euros, a length of time a duration, a count a
number next to the counted word, a time of day an hour, a maximum or minimum a limit. Passages without
it only share the question's topic, not its answer; a rule's conclusion without it cannot stand for it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.notion_words import SYNONYMS
from assistant.textnorm import fold

# What a question asks for, and what a passage must contain to give it: an amount of money needs a
# sum in euros, a length of time needs a duration. Otherwise the passages only share its topic.
_ASKS_MONEY = re.compile(
    r"\b(montant|euros?|budget total|salaires?|baremes?|remunerations?|tarifs?|prix|"
    r"combien (co[uû]te|d'argent))\b|€|"
    r"\b(combien|quel montant)\b(?! (de |d')(points?|periodes?|heures?|eleves?)\b)"
    r".{0,40}\b(payee?s?|remuneree?s?|coute(nt)?|gagne(nt)?|touche(nt)?)\b"
)
_HAS_MONEY = re.compile(r"\d[\d  .,]*\s?(€|euros?\b|eur\b)", re.I)
_ASKS_DURATION = re.compile(r"\bcombien de temps\b|\bpendant combien\b|\bduree de conservation\b")
_HAS_DURATION = re.compile(
    r"\b(\d+|un|une|deux|trois|cinq|dix)\s+(ans?|annees?|mois|semaines?|jours?)\b", re.I
)


# A count ("combien d'élèves", "combien de pôles") needs a number next to the counted word ("48 pôles",
# "1.350 ETP", "cinq années"); a time of day ("à quelle heure") needs an hour.
_ASKS_COUNT = re.compile(r"\bcombien (?:de |d')([a-z]+)")
_NOT_COUNTED = frozenset({"temps", "fois", "argent"})
_NUMBER = r"(?:\d[\d.,]*|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|cent)"
_ASKS_HOUR = re.compile(r"\b(a )?quelle heure\b")
# A maximum or a minimum ("au maximum", "le nombre minimal") needs a passage that sets a limit.
_ASKS_LIMIT = re.compile(r"\b(max|maximum|maximal|maximale|min|minimum|minimal|minimale|plafond)\b")
_HAS_LIMIT = re.compile(r"\b(maxim\w*|minim\w*|au plus|au moins|plafon\w*|depass\w*|limite\w*|jusqu'a)\b")
_HAS_HOUR = re.compile(r"\b\d{1,2} ?h(\d\d)?\b|\b\d{1,2} heures\b")


# "combien de cours ?" may be answered by a share of them: "à mi-temps des cours", "la moitié des heures"
_SHARE = r"(?:mi-temps|moitie|tiers|quart|\d+ ?%)"


def _has_count(noun: str, folded: str) -> bool:
    stem = re.escape(noun[:5])
    near = (
        rf"\b{_NUMBER}\s+(?:[a-z'()-]+\s+){{0,2}}{stem}|\b{stem}[a-z]*\s*(?:[a-z'()-]+\s+){{0,3}}:?\s*\d"
        rf"|\b{_SHARE}\s+(?:[a-z'()-]+\s+){{0,2}}{stem}"
    )
    return bool(re.search(near, folded))


def _counted_noun(question_folded: str) -> str | None:
    """The counted word of "combien de pages/élèves…", unless it counts time or money."""
    count = _ASKS_COUNT.search(question_folded)
    if not count or count.group(1) in _NOT_COUNTED:
        return None
    # a user's shortening counts the texts' word ("combien de pts": points)
    return SYNONYMS.get(count.group(1), count.group(1))


def _misses(asks: re.Pattern[str], has: re.Pattern[str], question_folded: str, text: str) -> bool:
    """Whether the question asks this kind of fact and the text does not hold one."""
    return bool(asks.search(question_folded)) and not has.search(text)


def asked_duration(question_folded: str) -> re.Pattern[str] | None:
    """The pattern of the fact a duration question needs ("combien de temps"), or None."""
    return _HAS_DURATION if _ASKS_DURATION.search(question_folded) else None


def asked_count(question_folded: str) -> tuple[re.Pattern[str], str] | None:
    """For "combien de jours/pages/heures…": the pattern of a number next to the counted word, and
    that word (which, shared with any sentence giving the number, says nothing of its topic)."""
    noun = _counted_noun(question_folded)
    if noun is None:
        return None
    stem = re.escape(noun[:5])
    return re.compile(rf"\b(?:{_NUMBER}|{_SHARE})\s+(?:[a-z'()-]+\s+){{0,2}}{stem}"), noun


def answers_asked_type(question_folded: str, texts: Sequence[str]) -> bool:
    """False when the question asks for an amount, a duration, a count or a time of day that none of
    the passages contains: then they only share its topic, not its answer."""
    joined = " ".join(texts)
    folded = fold(joined)
    if _misses(_ASKS_MONEY, _HAS_MONEY, question_folded, joined):
        return False
    if _misses(_ASKS_DURATION, _HAS_DURATION, question_folded, folded):
        return False
    if _misses(_ASKS_HOUR, _HAS_HOUR, question_folded, folded):
        return False
    if _misses(_ASKS_LIMIT, _HAS_LIMIT, question_folded, folded):
        return False
    noun = _counted_noun(question_folded)
    if noun is None:
        return True
    # a count for a school year ("combien d'élèves en 2019-2020") needs a passage about that year
    return _has_count(noun, folded) and _school_years(question_folded) <= _school_years(folded)


_SCHOOL_YEAR = re.compile(r"\b(20\d\d)-(?:20)?\d\d\b")


def _school_years(folded: str) -> set[str]:
    return set(_SCHOOL_YEAR.findall(folded))


def rule_covers(question: str, answer_text: str) -> bool:
    """Whether a rule's answer can stand for the question: it contains the amount of money or the
    duration asked, and names what is counted ("combien de pages": some pages). (A count's number is
    not checked: a rule may rightly answer "no points".)"""
    folded, text = fold(question), fold(answer_text)
    if _misses(_ASKS_MONEY, _HAS_MONEY, folded, answer_text):
        return False
    noun = _counted_noun(folded)
    if noun is not None and not re.search(rf"\b{re.escape(noun[:4])}", text):
        return False
    return not _misses(_ASKS_DURATION, _HAS_DURATION, folded, text)
