"""Dutch words in a question about the Flemish Community.

The corpus holds the French translation of the Flemish decree; a user may still name its notions by
their Dutch originals ("verslag", "ondersteuningsnetwerk", "buitengewoon onderwijs"). In a question
about the Flemish Community such a word is a gloss, not a notion foreign to the texts: it must
neither count as uncovered nor make the evidence look weak. Words the texts use are never removed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.textnorm import fold

# Spellings French words (folded) almost never have: ij, aa, uu, oo, sch, w, k, gg, dt, "oe" not in
# "oeu" (coeur, voeu), "ee" + consonant inside a word (leerling, gemotiveerd), and Dutch endings.
_DUTCH_SPELLING = re.compile(
    r"ij|aa|uu|oo|sch|w|k|gg|dt|oe(?!u)|ee[b-df-hj-np-rt-z][a-z]|(?:ag|cht|heid|ing|ingen)$"
)
_WORD = re.compile(r"[^\W\d_]+")


def looks_dutch(word: str) -> bool:
    """Whether a word is spelt the Dutch way (folded, at least 4 letters)."""
    folded = fold(word)
    return len(folded) >= 4 and bool(_DUTCH_SPELLING.search(folded))


def without_dutch(question: str, known: Callable[[str], bool]) -> str:
    """The question without its Dutch-looking words the texts do not use (`known` says which words
    the texts use)."""
    return _WORD.sub(
        lambda m: " " if looks_dutch(m.group()) and not known(m.group()) else m.group(), question
    )
