"""How well retrieved passages cover a question: the signal the answer layer abstains on.

Built once from the indexed chunks (document frequencies of the analyzer's tokens), it weighs the
question's tokens by IDF, so that a passage that shares only the common words of the domain ("IPT",
"élève", "école") with a question about something the texts never mention (a salary scale, a
budget in euros, an acronym like "TDAH") is recognised as weak evidence.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from assistant.models import Chunk

Tokenize = Callable[[str], list[str]]

# Words that name a jurisdiction, not a topic: they do not count for coverage.
_NEUTRAL = frozenset({"flandr", "flamand", "wallon", "bruxel", "fwb", "communaut", "belgiqu"})
_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")


class Vocabulary:
    """Document frequencies of the index's tokens, and coverage of a question by passages."""

    def __init__(self, chunks: Sequence[Chunk], tokenize: Tokenize) -> None:
        self.tokenize = tokenize
        self._chunk_tokens = {c.id: frozenset(tokenize(c.text)) for c in chunks}
        self.df: Counter[str] = Counter()
        for tokens in self._chunk_tokens.values():
            self.df.update(tokens)
        self.size = max(1, len(chunks))

    def idf(self, token: str) -> float:
        return math.log(1.0 + self.size / (1.0 + self.df.get(token, 0)))

    def tokens_of(self, chunk: Chunk) -> frozenset[str]:
        return self._chunk_tokens.get(chunk.id) or frozenset(self.tokenize(chunk.text))

    def coverage(self, question: str, chunks: Iterable[Chunk]) -> float:
        """IDF-weighted share of the question's tokens found in at least one of the chunks."""
        tokens = {t for t in self.tokenize(question) if t not in _NEUTRAL}
        if not tokens:
            return 0.0
        found: set[str] = set()
        for chunk in chunks:
            found |= tokens & self.tokens_of(chunk)
        total = sum(self.idf(t) for t in tokens)
        return sum(self.idf(t) for t in found) / total

    def unknown_acronyms(self, question: str) -> list[str]:
        """Acronyms written in capitals in the question that no text of the corpus contains."""
        out = []
        for word in _ACRONYM.findall(question):
            tokens = self.tokenize(word)
            if tokens and all(self.df.get(t, 0) == 0 for t in tokens):
                out.append(word)
        return out
