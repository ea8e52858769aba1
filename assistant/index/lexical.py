"""BM25 lexical index (bm25s) over the French analyzer's tokens.

It is small (a few hundred chunks), so it is rebuilt in memory from the stored chunk texts on load
rather than persisted: that takes milliseconds and never needs the embedding model.
"""

from __future__ import annotations

import bm25s
import numpy as np

from assistant.index.analyzer import analyze


class LexicalIndex:
    """BM25 scores of every document for a query."""

    def __init__(self, texts: list[str]) -> None:
        self.size = len(texts)
        self._bm25 = bm25s.BM25()
        corpus_tokens = [analyze(t) or ["_empty_"] for t in texts]
        self._bm25.index(corpus_tokens, show_progress=False)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of each document (0 for documents sharing no token with the query)."""
        tokens = [t for t in analyze(query) if t in self._bm25.vocab_dict]
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)
