"""Notions only the Flemish decree has, learnt from the index rather than listed by hand.

A notion is a pair of consecutive content words ("condition résolutoire", "indice santé",
"coefficient d'adaptation", "programme adapté individuellement") that occurs in at least two passages of
the Flemish decree and in no passage of the FWB texts. A question that uses two such pairs speaks the
Flemish decree's language: when it is not explicitly about the Flemish Community, neither an FWB rule
nor an FWB passage may be stretched to answer it. One pair alone is not enough: common pairs such as
"suit l'école" happen to occur only in the Flemish decree too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from assistant.models import Chunk

MIN_PASSAGES = 2  # a pair found in one Flemish passage only is as likely to be chance wording
MIN_PAIRS = 2  # the pairs a question must use to be in the Flemish decree's language
_SHORTEST = 4  # tokens shorter than this ("a", "art", numbers) make no notion


class FlemishNotions:
    """The Flemish-only word pairs of an index, and which of them a question uses."""

    def __init__(self, chunks: Iterable[Chunk], tokenize: Callable[[str], Sequence[str]]) -> None:
        self.tokenize = tokenize
        flemish: Counter[tuple[str, str]] = Counter()
        fwb: set[tuple[str, str]] = set()
        for chunk in chunks:
            pairs = self._pairs(chunk.text)
            if chunk.jurisdiction == "VL":
                flemish.update(pairs)
            else:
                fwb |= pairs
        self.pairs = frozenset(p for p, n in flemish.items() if n >= MIN_PASSAGES and p not in fwb)

    def _pairs(self, text: str) -> set[tuple[str, str]]:
        tokens = [t for t in self.tokenize(text) if t.isalpha() and len(t) >= _SHORTEST]
        return {(a, b) for a, b in zip(tokens, tokens[1:], strict=False) if a != b}

    def used_in(self, question: str) -> list[tuple[str, str]]:
        """The Flemish-only pairs of the question when it uses enough of them, else []."""
        found = sorted(self._pairs(question) & self.pairs)
        return found if len(found) >= MIN_PAIRS else []
