"""French analyzer for the lexical index: the same function turns documents and queries into tokens.

Steps: `canonical` (folded text, acronym variants unified: "centre PMS" -> "cpms"), split into words,
drop French stop-words, Snowball French stemming (PyStemmer). Acronyms are expanded both ways: a
text with "IPT" also gets the stems of "intégration permanente totale", and a text that spells out
"attestation d'orientation" also gets the token "ao", so either spelling matches the other.
"""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

from assistant.textnorm import ACRONYMS, canonical, fold

_STOP_WORDS_TEXT = """
    a ai aie aient aies ait as au aux avaient avais avait avec avez aviez avions avoir avons ayant
    c ca ce ceci cela celle celles celui ces cet cette ceux chaque ci comme d dans de des donc dont
    du elle elles en es est et etaient etais etait etant ete etes etre eu eux fait faut ici il ils
    j je l la le les leur leurs lui m ma mais me meme mes moi mon n ne ni nos notre nous on ont ou
    par pas peu plus pour qu quand que quel quelle quelles quels qui s sa sans se sera serait ses
    si son sont sur t ta te tes toi ton tous tout toute toutes tu un une vos votre vous y
    alors aussi bien cas comment faire fois lorsque oui peut quoi sous tres vers
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())

_WORD = re.compile(r"[a-z0-9]+")
_STEMMER = Stemmer.Stemmer("french")


def _words(folded: str) -> list[str]:
    return [w for w in _WORD.findall(folded) if w not in STOP_WORDS]


@lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    return _STEMMER.stemWord(word)


def _expansion_stems(expansion: str) -> list[str]:
    return [_stem(w) for w in _words(fold(expansion))]


# acronym -> stems of what it stands for (added after each occurrence of the acronym)
_EXPANSION_STEMS = {acronym: _expansion_stems(expansion) for acronym, expansion in ACRONYMS.items()}
# spelled-out phrase -> acronym (added after each occurrence of the phrase); phrases that
# `canonical` already rewrites to their acronym ("centre psycho-medico-social") need no pattern.
_PHRASES = [
    (acronym, re.compile(r"\b" + re.escape(fold(expansion)) + r"\b"))
    for acronym, expansion in ACRONYMS.items()
    if canonical(expansion) != acronym and acronym != "pms"
]


def analyze(text: str) -> list[str]:
    """Tokens for BM25: stems of the non-stop words, plus acronym expansions (both directions)."""
    folded = canonical(text)
    tokens: list[str] = []
    for word in _words(folded):
        if word in ACRONYMS:
            tokens.append(word)
            tokens.extend(_EXPANSION_STEMS[word])
        else:
            tokens.append(_stem(word))
    for acronym, pattern in _PHRASES:
        tokens.extend([acronym] * len(pattern.findall(folded)))
    return tokens
