"""A closed question on a case that lacks what the texts require: "sans bilan médical, peut-on lui faire
passer l'échelle ?" answered by "l'élève doit disposer d'un bilan médical" is a "Non".

The question's "sans (aucun) X" / "n'a pas de X" names what the case lacks; the answer (a rule's conclusion or
the quoted sentences) requires it when a sentence says X must be there ("doit disposer d'un X", "doit
contenir X", "X est obligatoire / nécessaire / requis"). Only the lacking noun and its adjective are
compared, folded; nothing is concluded when the answer does not require it (never a guess).
"""

from __future__ import annotations

import re

from assistant.sentence_split import folded_clauses
from assistant.textnorm import fold

_DET = r"(?:aucune? |de |d'|un |une |le |la |les |l'|son |sa |ses |leur |leurs )?"
# what the case lacks: "sans (aucun) bilan médical", "(qui) n'a pas (encore) de bilan médical", "ils
# n'ont aucun protocole", "on a pas de bilan", a verbless "Pas de bilan médical dans le dossier : …" / "y a pas de protocole";
# a "pas de X" after a verb is not read ("il ne faut pas de bilan ?" asks a requirement)
_LACKS = re.compile(
    r"(?:\bsans |\bn'(?:y a|a|ont|avait|avaient|avons|avez) (?:pas |plus |jamais |toujours pas |pas encore )?"
    r"(?=aucune? |de |d')|(?:^|[,:;.!?(] |\b(?:et|mais|y a|toujours|encore) )(?:pas|plus) (?:encore )?(?=de |d')"
    r"|\b(?:on|il|elle|ils|elles|nous|j') ?(?:a|ont|avons|ai) (?:pas|plus) (?:encore )?(?=de |d'))"
    rf"{_DET}(?P<noun>[a-z]{{4,}})(?: (?P<adj>[a-z]{{4,}}))?"
)
# a "ne … pas" governing the question's own verb ("il ne faut pas de bilan ?", "ne peut-on pas … sans
# bilan ?"): a negative question, nothing is concluded from what the case lacks
_NEGATED_VERB = re.compile(r"\b(?:ne |n')(?:[a-z'-]+ ){1,2}?(?:pas|plus|jamais|point)\b")
_VERB = r"(?:faire|refaire|etre|[a-z]+(?:er|ir))"  # "pas besoin de le faire" doubts no document
# a requirement the question doubts: "il ne faut pas de bilan médical ?", "(il n'y a) pas besoin d'AO ?"
_DOUBTED = re.compile(
    rf"\b(?:ne (?:lui |leur )?faut(?:-il)? pas |pas besoin ){_DET}(?!{_VERB}\b)(?P<noun>[a-z]{{4,}})(?: (?P<adj>[a-z]{{4,}}))?"
)
# a sentence requiring something
_REQUIRES = re.compile(
    r"\b(?:doi(?:t|vent) (?:donc |egalement |obligatoirement )?(?:disposer|contenir|avoir|comporter|joindre|etre accompagnee?s?)"
    r"|obligatoire\w*|necessaire\w*|requis\w*|indispensable\w*|condition)\b"
)

# "une nouvelle attestation n'est pas nécessaire": a denied requirement requires nothing
_NOT_BEFORE = re.compile(r"\b(?:pas|plus|jamais|nullement)(?: \w+)? $")


def _phrases(matches: list[re.Match[str]]) -> list[str]:
    return [f"{m['noun']} {m['adj']}" if m["adj"] else m["noun"] for m in matches]


def lacked(question: str) -> list[str]:
    """The phrases ("bilan medical") the question's case says it lacks (folded)."""
    text = fold(question)
    if _NEGATED_VERB.search(_LACKS.sub(" ", text)):
        return []
    return _phrases(list(_LACKS.finditer(text)))


def _required(phrases: list[str], answer: str) -> bool:
    """Whether a sentence of `answer` requires one of `phrases`."""
    if not phrases:
        return False
    for sentence in folded_clauses(answer):
        if not any(_NOT_BEFORE.search(sentence[: m.start()]) is None for m in _REQUIRES.finditer(sentence)):
            continue
        for phrase in phrases:  # the noun, and its adjective when given ("le protocole doit être signé")
            if all(re.search(rf"\b{re.escape(word)}", sentence) for word in phrase.split()):
                return True
    return False


def requires_lacked(question: str, answer: str) -> bool:
    """Whether a sentence of `answer` requires what the question's case lacks (the answer is "Non")."""
    return _required(lacked(question), answer)


def requires_doubted(question: str, answer: str) -> bool:
    """Whether a sentence of `answer` requires what the question doubts is required ("il ne faut pas
    de bilan médical ?" answered by "doit disposer d'un bilan médical": the answer is "Si")."""
    return _required(_phrases(list(_DOUBTED.finditer(fold(question)))), answer)
