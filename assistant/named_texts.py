"""Legal texts a question names by their date ("le décret du 7 décembre 2017", "l'arrêté de 2019").

The corpus holds five texts and quotes a few others (the decrees of 24 July 1997 and 3 March 2004,
the arrêté of 12 May 2022…). A question about a text that none of them is, nor quotes, cannot be
answered from their passages however well its other words match: the assistant abstains and says
which texts it has. The known dates are read from the indexed passages and the sources' titles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.textnorm import fold

_MONTHS = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
_DATE = re.compile(rf"\b(?P<day>\d{{1,2}})(?:er)? (?P<month>{_MONTHS}) (?P<year>(?:19|20)\d\d)\b")
_NUMERIC = re.compile(r"\b(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>(?:19|20)\d\d)\b")
# the kind of text, then its date within a few words ("le décret flamand du 6 juillet 2018")
_TEXT = r"\b(?:decrets?|arretes?|agcf|lois?|ordonnances?)\b(?: [a-z'-]+){0,5}? "
_NAMED_BY_DATE = re.compile(
    rf"{_TEXT}du (?P<date>\d{{1,2}}(?:er)? [a-z]+ (?:19|20)\d\d|\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d)\b"
)
_NAMED_BY_YEAR = re.compile(rf"{_TEXT}(?:de |du |d'|en )?(?P<year>(?:19|20)\d\d)\b(?! ?[-/])")
_MONTH_NAMES = _MONTHS.split("|")


def _dates(text: str) -> Iterable[tuple[int, str, int]]:
    folded = fold(text)
    for m in _DATE.finditer(folded):
        yield int(m.group("day")), m.group("month"), int(m.group("year"))
    for m in _NUMERIC.finditer(folded):
        month = int(m.group("month"))
        if 1 <= month <= 12:
            yield int(m.group("day")), _MONTH_NAMES[month - 1], int(m.group("year"))


class NamedTexts:
    """The dates and years of the legal texts the corpus contains or quotes."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.dates = frozenset(d for text in texts for d in _dates(text))
        self.years = frozenset(year for _, _, year in self.dates)

    def unknown(self, question: str) -> str | None:
        """The date of a text the question names and the corpus neither contains nor quotes."""
        folded = fold(question)
        for m in _NAMED_BY_DATE.finditer(folded):
            named = list(_dates(m.group("date")))
            if named and named[0] not in self.dates:
                return m.group("date")
        for m in _NAMED_BY_YEAR.finditer(folded):
            if int(m.group("year")) not in self.years:
                return m.group("year")
        return None
