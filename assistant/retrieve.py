"""Hybrid retrieval: BM25 and dense rankings fused by reciprocal rank fusion, with a jurisdiction filter.

Flemish-Community chunks (jurisdiction VL) are left out unless the question is about the Flemish
Community; table-of-contents chunks are never returned. Every result keeps its raw BM25 score and
dense cosine so the answer layer can decide to abstain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from assistant.index import Index
from assistant.models import Chunk
from assistant.textnorm import fold

# Chosen on the dev split: a small k lets a first rank count (k=60 mostly rewarded agreement between
# two middling ranks), and the lexical ranking is the stronger one on these texts.
RRF_K = 10
BM25_WEIGHT = 2.0
DENSE_WEIGHT = 1.0
CANDIDATES = 50
EXCLUDED_KINDS = ("toc",)
# A question naming an article ("l'article 140", "art. 133 §4") puts the chunks located at that article
# first: the number is the user's exact reference, which neither ranking weighs.
ARTICLE_WEIGHT = 3.0
# One article, not a range or list ("les articles 2 a 8", "articles 28 et 32") that another cites.
_ARTICLE_REF = re.compile(r"\b(?:article|art\.?)\s*(\d{1,3})(?![\d]|\s*(?:a|et|,|-)\s*\d)")

_FLEMISH = re.compile(
    r"\b(?:flamande?s?|flandres?|clb|neerlandophones?|vlaanderen|vlaamse?|communaute flamande"
    r"|m-decreet|decret m|rapport motive|verslag|enseignement special(?!i))\b"
)


def is_flemish_question(question: str) -> bool:
    """Whether the question is about the Flemish Community (its law, CLB, Flanders…)."""
    return bool(_FLEMISH.search(fold(question)))


@dataclass(frozen=True)
class ScoredChunk:
    chunk: Chunk
    score: float  # fused RRF score (or the raw score of the single ranking used)
    bm25_score: float | None = None
    dense_score: float | None = None  # cosine similarity
    bm25_rank: int | None = None  # 1-based, among allowed chunks
    dense_rank: int | None = None


class Retriever:
    """Search the index: `search` (hybrid), `search_bm25`, `search_dense`."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._jurisdictions = np.array([c.jurisdiction for c in index.chunks])
        self._kind_ok = np.array([c.kind not in EXCLUDED_KINDS for c in index.chunks], dtype=bool)

    def _allowed(self, query: str, flemish: bool | None) -> np.ndarray:
        allow_vl = is_flemish_question(query) if flemish is None else flemish
        mask = self._kind_ok.copy()
        if not allow_vl:
            mask &= self._jurisdictions != "VL"
        return mask

    def _bm25(self, query: str, mask: np.ndarray, k: int) -> list[tuple[int, float]]:
        scores = self.index.lexical.scores(query)
        scores = np.where(mask, scores, -1.0)
        order = np.argsort(-scores, kind="stable")[:k]
        return [(int(i), float(scores[i])) for i in order if scores[i] > 0]

    def _dense(self, query: str, mask: np.ndarray, k: int) -> list[tuple[int, float]]:
        return self.index.store.search(query, k=k, mask=mask)

    def search_bm25(self, query: str, k: int = 5, *, flemish: bool | None = None) -> list[ScoredChunk]:
        hits = self._bm25(query, self._allowed(query, flemish), k)
        return [
            ScoredChunk(self.index.chunks[i], s, bm25_score=s, bm25_rank=r)
            for r, (i, s) in enumerate(hits, 1)
        ]

    def search_dense(self, query: str, k: int = 5, *, flemish: bool | None = None) -> list[ScoredChunk]:
        hits = self._dense(query, self._allowed(query, flemish), k)
        return [
            ScoredChunk(self.index.chunks[i], s, dense_score=s, dense_rank=r)
            for r, (i, s) in enumerate(hits, 1)
        ]

    def _article_matches(self, query: str, mask: np.ndarray) -> list[int]:
        numbers = set(_ARTICLE_REF.findall(fold(query)))
        if not numbers:
            return []
        wanted = re.compile(r"\bart\.\s*(?:" + "|".join(sorted(numbers)) + r")(?![\d])")
        return [
            i
            for i, c in enumerate(self.index.chunks)
            if mask[i] and c.locator and wanted.search(fold(c.locator))
        ]

    def search(self, query: str, k: int = 5, *, flemish: bool | None = None) -> list[ScoredChunk]:
        """Top k chunks by reciprocal rank fusion: sum over rankings of weight / (RRF_K + rank)."""
        if not query.strip():
            return []
        mask = self._allowed(query, flemish)
        depth = max(k, CANDIDATES)
        lexical = {i: (r, s) for r, (i, s) in enumerate(self._bm25(query, mask, depth), 1)}
        dense = {i: (r, s) for r, (i, s) in enumerate(self._dense(query, mask, depth), 1)}
        fused: dict[int, float] = {}
        for i in self._article_matches(query, mask):
            fused[i] = ARTICLE_WEIGHT / (RRF_K + 1)
        for weight, ranking in ((BM25_WEIGHT, lexical), (DENSE_WEIGHT, dense)):
            for i, (rank, _) in ranking.items():
                fused[i] = fused.get(i, 0.0) + weight / (RRF_K + rank)
        best = sorted(fused, key=lambda i: (-fused[i], i))[:k]
        return [
            ScoredChunk(
                self.index.chunks[i],
                fused[i],
                bm25_score=lexical[i][1] if i in lexical else None,
                dense_score=dense[i][1] if i in dense else None,
                bm25_rank=lexical[i][0] if i in lexical else None,
                dense_rank=dense[i][0] if i in dense else None,
            )
            for i in best
        ]
