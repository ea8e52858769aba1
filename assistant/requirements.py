"""A closed question on a case that lacks what the texts require: "sans bilan médical, peut-on lui faire
passer l'échelle ?" answered by "l'élève doit disposer d'un bilan médical" is a "Non".

The question's "sans (aucun) X" / "pas de X" names what the case lacks; the answer (a rule's conclusion or
the quoted sentences) requires it when a sentence says X must be there ("doit disposer d'un X", "doit
contenir X", "X est obligatoire / nécessaire / requis"). Only the lacking noun and its adjective are
compared, folded; nothing is concluded when the answer does not require it (never a guess).
"""

from __future__ import annotations

import re

from assistant.textnorm import fold

_DET = r"(?:aucune? |de |d'|un |une |le |la |les |l'|son |sa |ses |leur |leurs )?"
# what the case lacks: "sans (aucun) bilan médical", "n'a pas de bilan médical", "pas encore de protocole"
_LACKS = re.compile(
    rf"\b(?:sans |pas (?:encore )?(?:de |d')|aucune? ){_DET}(?P<noun>[a-z]{{4,}})(?: (?P<adj>[a-z]{{4,}}))?"
)
# a sentence requiring something
_REQUIRES = re.compile(
    r"\b(?:doi(?:t|vent) (?:donc |egalement |obligatoirement )?(?:disposer|contenir|avoir|comporter|joindre|etre accompagnee?s?)"
    r"|obligatoire\w*|necessaire\w*|requis\w*|indispensable\w*|condition)\b"
)


def lacked(question: str) -> list[str]:
    """The phrases ("bilan medical") the question's case says it lacks (folded)."""
    out = []
    for m in _LACKS.finditer(fold(question)):
        out.append(f"{m['noun']} {m['adj']}" if m["adj"] else m["noun"])
    return out


def requires_lacked(question: str, answer: str) -> bool:
    """Whether a sentence of `answer` requires what the question's case lacks."""
    wanted = lacked(question)
    if not wanted:
        return False
    for sentence in re.split(r"(?<=[.;!?])\s+", fold(answer)):
        if not _REQUIRES.search(sentence):
            continue
        for phrase in wanted:  # the noun, and its adjective when given ("le protocole doit être signé")
            if all(re.search(rf"\b{re.escape(word)}", sentence) for word in phrase.split()):
                return True
    return False
