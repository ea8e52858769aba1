"""A conversion a question asks ("4 périodes, ça fait combien de points ?"), and whether a quote states it.

An amount of one unit asked in another is answered only by a sentence of the texts stating that very
conversion (a conversion word, both units, the amount), never by a rule's table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from assistant.textnorm import fold

CONVERSION_WORDS = re.compile(r"\b(correspond\w*|equivau\w*|equivalen\w*|soit)\b")
# Units a user converts between ("4 périodes, ça fait combien de points ?", "1 ETP = combien de
# périodes ?", "un mi-temps, c'est combien de périodes ?"), by the stem a sentence writes them with.
_UNITS = r"points?|periodes?|etp|mi-temps|temps plein|heures?"
_AMOUNT = r"\d+(?:[,.]\d+)?|une?(?: seule?)?"
_CONVERSION = re.compile(
    rf"(?:^|[^\d,.])(?P<amount>{_AMOUNT}) (?P<given>{_UNITS})\b.*\bcombien (?:de |d')(?P<asked>{_UNITS})\b"
    rf"|\bcombien (?:de |d')(?P<asked2>{_UNITS})\b.*(?:^|[^\d,.])(?P<amount2>{_AMOUNT}) (?P<given2>{_UNITS})\b"
)


def quoted_sentences(quotes: Sequence[str]) -> Iterator[str]:
    """The folded sentences of quoted passages (split after . ; ! ?), for checks on what they state."""
    for quote in quotes:
        yield from re.split(r"(?<=[.;!?])\s+", fold(quote))


@dataclass(frozen=True)
class Conversion:
    """An amount of one unit asked in another: a text must state that very conversion."""

    amount: str  # "4", "52,32", or "1" for "une période", "un mi-temps"
    given: str  # the unit's stem ("period", "point", "etp", "mi-te", "temps", "heure")
    asked: str

    def stated_in(self, quotes: Sequence[str]) -> bool:
        """Whether a quoted sentence states it: a conversion word, both units, and the amount."""
        amount = r"(?:1|une?)" if self.amount == "1" else re.escape(self.amount)
        for sentence in quoted_sentences(quotes):
            if (
                CONVERSION_WORDS.search(sentence)
                and self.given in sentence
                and self.asked in sentence
                and re.search(rf"(?<![\d,.]){amount} {self.given}", sentence)
            ):
                return True
        return False


def conversion_asked(question: str) -> Conversion | None:
    """The conversion a question asks ("4 périodes, ça fait combien de points ?"), if any."""
    match = _CONVERSION.search(fold(question))
    if not match:
        return None
    amount = match.group("amount") or match.group("amount2")
    given = _unit_stem(match.group("given") or match.group("given2"))
    asked = _unit_stem(match.group("asked") or match.group("asked2"))
    if given == asked:
        return None
    return Conversion("1" if amount.startswith("un") else amount, given, asked)


def _unit_stem(unit: str) -> str:
    return unit[:5].rstrip("s")
