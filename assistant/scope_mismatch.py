"""A passage that answers a near miss: the question names its case explicitly (a level of schooling, a
fraction of a leave) and the passage the answer quotes states the fact for another case only ("le
personnel administratif de l'enseignement secondaire spécialisé" for a question on the fondamental, the
congé parental "de 1/10e" for one at mi-temps). The texts then do not say it for the case asked: the
answer abstains rather than give another case's fact as this one's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.textnorm import fold

# a fraction of working time or of a leave, read as one value: "mi-temps" = "1/2", "1/10e" = "1/10"
_FRACTION = re.compile(r"\b(\d{1,2})\s?/\s?(\d{1,2})(?:e|eme)?\b|\b(mi|demi)[- ]temps\b|\btemps plein\b")


def _fractions(folded: str) -> set[str]:
    out = set()
    for m in _FRACTION.finditer(folded):
        if m.group(1):
            out.add(f"{int(m.group(1))}/{int(m.group(2))}")
        elif m.group(3):
            out.add("1/2")
        else:
            out.add("1/1")
    return out


# the two levels of schooling, as a question and a text name them
_LEVELS = (
    re.compile(r"\b(?:fondamental(?:e|es)?|primaires?|maternel(?:le)?s?)\b"),
    re.compile(r"\b(?:secondaires?|humanites|rheto)\b"),
)


def _other_level(question: str, texts: Sequence[str]) -> bool:
    named = [level for level in _LEVELS if level.search(fold(question))]
    if len(named) != 1:
        return False
    own, other = named[0], _LEVELS[1 - _LEVELS.index(named[0])]
    return any(other.search(t) for t in texts) and not any(own.search(t) for t in texts)


def _other_fraction(question: str, texts: Sequence[str]) -> bool:
    asked = _fractions(fold(question))
    stated = set().union(*map(_fractions, texts)) if texts else set()
    return len(asked) == 1 and bool(stated) and not asked & stated


def other_case(question: str, passages: Sequence[str]) -> bool:
    """Whether the quoted passages state their fact for another level of schooling or another
    fraction than the one the question names (and never for the one it names)."""
    texts = [fold(p) for p in passages]
    return _other_level(question, texts) or _other_fraction(question, texts)
