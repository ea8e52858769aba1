"""Whether quoted sentences speak of the kind of means a question asks about.

The texts grant three kinds of means that are not interchangeable: teaching periods (and hours, ETP,
jobs), points, and money (operating subsidies, budget, costs). A question about one kind ("les
périodes non utilisées, on peut les reporter ?") is often retrieved with the sentence on another
("le solde des subventions de fonctionnement peut être reporté"), whose "Oui" does not answer it. When
the quoted sentences name another kind of means and never the asked one, they do not answer. "Budget"
and "financement" are no kind of their own: the budget C and the base funding are counted in points.
"""

from __future__ import annotations

import re

from assistant.textnorm import fold

_KINDS: dict[str, re.Pattern[str]] = {
    # "la période transitoire" is a span of time, not a means
    "staff": re.compile(r"\b(periodes?(?! (transitoire|de transition))|heures?|etp|emplois?)\b"),
    "points": re.compile(r"\bpoints?\b"),
    "money": re.compile(r"\b(subventions?|subsides?|dotations?|frais|soldes?|montants?|euros?)\b"),
}
# "combien de points pour 4 périodes ?": a conversion between kinds names both, and is checked elsewhere
_CONVERSION = re.compile(r"\b(ca fait|correspond\w*|equival\w*|converti\w*|en points|en periodes)\b")


def _kinds(text: str) -> set[str]:
    return {kind for kind, pattern in _KINDS.items() if pattern.search(text)}


def names_asked_means(question: str, quoted: str) -> bool:
    """False when the question names exactly one kind of means and the first quote (a line of
    `quoted`) naming any kind of means names another kind but not that one: the answer's lead speaks
    of other means (a later "voir aussi" naming the periods does not make its "Oui" about them)."""
    q = fold(question)
    asked = _kinds(q)
    if len(asked) != 1 or _CONVERSION.search(q):
        return True
    for line in quoted.split("\n"):
        given = _kinds(fold(line))
        if given:
            return bool(asked & given)
    return True
