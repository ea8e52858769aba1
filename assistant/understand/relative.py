"""Relative clauses: a verb in 'le personnel qui accompagne' describes a noun, it is not the asked act.

"c'est la direction qui est responsable du personnel qui accompagne ?" asks who is responsible, not
who accompanies. When the question's main clause has its own predicate (an asking 'qui' opening a
clause, a cleft 'c'est X qui', an inverted verb, 'est-ce que'), the 'qui' of every later relative
clause attached to a noun is masked, so that the intent cues reading 'qui <verbe>' as "who does it?"
no longer fire on it. 'quel est le pôle qui accompagne ?' (an identification: the relative clause is
what is asked) and indirect questions ('savoir qui accompagne') are left alone.
"""

from __future__ import annotations

import re

MASK = "_"  # not 'qui': the relative pronoun no longer reads as an asking 'qui'

_QUI = re.compile(r"\bqui\b")
# The word before a 'qui' that does not head a relative clause: a preposition ('par qui'), a clause
# link ('et qui'), a verb opening an indirect question ('je ne sais pas qui'), 'qui qui' (cleft).
_NOT_NOUN = re.compile(
    r"(?:^|[\s,;:?!(])(?:de|d'|a|par|pour|avec|chez|sur|vers|et|ou|mais|donc|alors|car|qui|sais|sait|savez|"
    r"savoir|dire|dites|demande\w*|indiqu\w*|precis\w*|expliqu\w*|comprendre|voir|connaitre|c'est|est-ce)\s*$"
)
# A cleft: 'c'est X qui', 'est-ce bien X qui', 'ce n'est pas X qui'.
_CLEFT = re.compile(
    r"\b(?:c'est|ce sont|c'etait|ce serait|ce n'est|ce ne sont|est-ce|serait-ce)\b[^?,;:.!]*?\bqui\b"
)
# An identification whose relative clause is what is asked: 'quel est le pôle qui…', 'c'est quel pôle qui…'.
_IDENTIFY = re.compile(
    r"\b(?:quel\w* (?:est|sont|serait|seront)|qui (?:est|sont|serait|seront)|c'est (?:quoi|quel\w*|qui)|"
    r"lequel|laquelle|lesquel\w*)\s+(?:le|la|les|l'|un|une|des|mon|ma|mes|son|sa|ses|notre|nos|votre|vos|leur|leurs|ce|cet|cette|ces|celui|celle|ceux)\b"
)
_INVERTED = re.compile(r"\b\w+-(?:t-)?(?:il|elle|ils|elles|on)\b|\best-ce que\b")
# what precedes a 'qui' opening a clause: the start, a punctuation mark, maybe a linking word
_CLAUSE_START = re.compile(r"(?:^|[,;:?!.])\s*(?:(?:et|mais|alors|donc|ok|bon|du coup)\s+)?$")
_AFTER_WORD = re.compile(r"\w\s*$")


def _main_qui(text: str) -> int | None:
    """The offset of the main clause's 'qui' (a clause opener or the cleft's), if any."""
    for m in _QUI.finditer(text):
        if _CLAUSE_START.search(text[: m.start()]):
            return m.start()
    cleft = _CLEFT.search(text)
    return cleft.end() - 3 if cleft else None


def mask_relatives(text: str) -> str:
    """`text` with the 'qui' of its relative clauses masked when the main clause has its own predicate."""
    if _IDENTIFY.search(text):
        return text
    main = _main_qui(text)
    if main is None and not _INVERTED.search(text):
        return text
    out, last = [], 0
    for m in _QUI.finditer(text):
        if main is not None and m.start() <= main:
            continue
        if _NOT_NOUN.search(text[: m.start()]) or not _AFTER_WORD.search(text[: m.start()]):
            continue
        out.append(text[last : m.start()] + MASK)
        last = m.end()
    return "".join(out) + text[last:]
