"""Hybrid retrieval on the real index: fusion, scores, jurisdiction filter."""

from __future__ import annotations

import pytest

from assistant.retrieve import Retriever, is_flemish_question
from assistant.textnorm import fold


@pytest.mark.parametrize(
    ("question", "flemish"),
    [
        ("Quel est le rôle du CLB en Flandre ?", True),
        ("Que prévoit la Communauté flamande pour les élèves à besoins spécifiques ?", True),
        ("Et dans l'enseignement néerlandophone ?", True),
        ("Comment ça marche en Vlaanderen ?", True),
        ("Qui délivre l'attestation d'orientation pour une IPT ?", False),
        ("Quel est le rôle du centre PMS ?", False),
        ("Retour dans l'enseignement spécialisé après 2 ans", False),
    ],
)
def test_is_flemish_question(question: str, flemish: bool):
    assert is_flemish_question(question) is flemish


def test_hybrid_results_are_ranked_and_keep_raw_scores(retriever: Retriever):
    hits = retriever.search("qui delivre l'AO en cas de retour dans le specialise", k=5)
    assert len(hits) == 5
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    top = hits[0]
    assert top.bm25_score is not None or top.dense_score is not None
    assert all(h.dense_score is None or -1.0 <= h.dense_score <= 1.0 for h in hits)
    assert any("attestation d" in fold(h.chunk.text) for h in hits[:3])


def test_fwb_questions_never_return_flemish_chunks(retriever: Retriever):
    for query in ("rôle du CLB", "rapport motivé", "besoins éducatifs spécifiques"):
        for method in (retriever.search, retriever.search_bm25, retriever.search_dense):
            assert all(h.chunk.jurisdiction == "FWB" for h in method(query, k=10, flemish=False))


def test_flemish_question_may_return_flemish_chunks(retriever: Retriever):
    hits = retriever.search("Quel est le rôle du CLB dans la Communauté flamande ?", k=5)
    assert any(h.chunk.jurisdiction == "VL" for h in hits)
    auto_fwb = retriever.search("Quel est le rôle du CLB ?", k=10, flemish=False)
    assert all(h.chunk.jurisdiction == "FWB" for h in auto_fwb)


def test_acronym_query_finds_spelled_out_text(retriever: Retriever):
    hits = retriever.search_bm25("role du PMS", k=5)
    assert hits and all(h.bm25_score and h.bm25_score > 0 for h in hits)
    assert any("psycho-médico-social" in h.chunk.text or "PMS" in h.chunk.text for h in hits)


def test_single_rankings_and_k(retriever: Retriever):
    bm25 = retriever.search_bm25("paliers et points de l'échelle sensori-motrice", k=3)
    dense = retriever.search_dense("paliers et points de l'échelle sensori-motrice", k=3)
    assert len(bm25) == len(dense) == 3
    assert [h.bm25_rank for h in bm25] == [1, 2, 3] and [h.dense_rank for h in dense] == [1, 2, 3]
    assert bm25[0].dense_score is None and dense[0].bm25_score is None
    assert retriever.search("   ", k=3) == []
    assert len(retriever.search("IPT", k=1)) == 1


def test_no_table_of_contents_chunks(retriever: Retriever):
    hits = retriever.search("sommaire table des matières", k=10)
    assert all(h.chunk.kind != "toc" for h in hits)
