"""BM25 lexical index (bm25s) over the French analyzer's tokens (queries also get `query_expansion`).

It is small (a few hundred chunks), so it is rebuilt in memory from the stored chunk texts on load
rather than persisted: that takes milliseconds and never needs the embedding model.
"""

from __future__ import annotations

import bm25s
import numpy as np

from assistant.index.analyzer import analyze, query_expansion

# A query's acronym ("le CEB") also searches its synonyms' stems ("certificat", "certification"), at
# half weight: the near misses about the CEB exams (extra time, which the texts do not cover) stay on
# the exam passages (0.4-0.7 behave alike; 1.0 brought point 5 q.9 first and they stopped abstaining).
EXPANSION_WEIGHT = 0.5


class LexicalIndex:
    """BM25 scores of every document for a query."""

    def __init__(self, texts: list[str]) -> None:
        self.size = len(texts)
        self._bm25 = bm25s.BM25()
        corpus_tokens = [analyze(t) or ["_empty_"] for t in texts]
        self._bm25.index(corpus_tokens, show_progress=False)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of each document (0 for documents sharing no token with the query)."""
        scores = self._scores(analyze(query))
        extra = query_expansion(query)
        return scores + EXPANSION_WEIGHT * self._scores(extra) if extra else scores

    def _scores(self, tokens: list[str]) -> np.ndarray:
        tokens = [t for t in tokens if t in self._bm25.vocab_dict]
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)
