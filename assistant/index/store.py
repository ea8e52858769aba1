"""The Chroma vector store, through langchain-chroma: on disk under the data dir, or a Chroma server.

Always with our embedding function (never Chroma's default, which would download a model), cosine
space, telemetry off. Each chunk is stored with its position in the chunk list (`idx` metadata).

Search reads the stored vectors out of Chroma once (a few hundred rows) and ranks them with one
matrix product: exact, and it spares the per-query cost of Chroma's query path (4-8 ms here, more
under load). Query vectors are cached (the same question is often searched twice per answer).
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.api.shared_system_client import SharedSystemClient
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings

from assistant.settings import Settings

ADD_BATCH = 64
QUERY_CACHE_SIZE = 256


def chroma_dir(settings: Settings) -> Path:
    return Path(settings.data_dir) / "chroma"


def make_client(settings: Settings) -> chromadb.ClientAPI:
    """A Chroma client: HTTP when `ASSISTANT_CHROMA_URL` is set, else persistent under the data dir."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(
            host=url.hostname or "127.0.0.1",
            port=url.port or 8000,
            ssl=url.scheme == "https",
            settings=chroma_settings,
        )
    return chromadb.PersistentClient(path=str(chroma_dir(settings)), settings=chroma_settings)


def wipe_local(settings: Settings) -> None:
    """Forget the cached in-process Chroma system for the data dir and delete its files."""
    path = chroma_dir(settings)
    system = SharedSystemClient._identifier_to_system.pop(str(path), None)
    SharedSystemClient._identifier_to_refcount.pop(str(path), None)
    if system is not None:
        with contextlib.suppress(Exception):  # a damaged store may fail to stop; it is deleted anyway
            system.stop()
    if path.exists():
        shutil.rmtree(path)


class VectorStore:
    """One Chroma collection of chunk embeddings."""

    def __init__(self, settings: Settings, collection: str, embedder: Embeddings, *, create: bool) -> None:
        self.client = make_client(settings)
        self.collection_name = collection
        self.embedder = embedder
        self._matrix: np.ndarray | None = None  # row i = vector of the chunk at position i
        self._query_cache: dict[str, np.ndarray] = {}
        if create:
            existing = {c.name for c in self.client.list_collections()}
            if collection in existing:
                self.client.delete_collection(collection)
        self.chroma = Chroma(
            client=self.client,
            collection_name=collection,
            embedding_function=embedder,
            collection_metadata={"hnsw:space": "cosine"},
            create_collection_if_not_exists=create,
        )

    def count(self) -> int:
        return self.chroma._collection.count()

    def add(
        self, texts: list[str], metadatas: list[dict], ids: list[str], on_batch: Callable[[int], None]
    ) -> None:
        """Embed and add the texts in batches, calling `on_batch(n)` after each one."""
        for start in range(0, len(texts), ADD_BATCH):
            end = start + ADD_BATCH
            self.chroma.add_texts(texts[start:end], metadatas=metadatas[start:end], ids=ids[start:end])
            on_batch(len(texts[start:end]))
        self._matrix = None

    def matrix(self) -> np.ndarray:
        """The stored vectors, one row per chunk position (read from Chroma once)."""
        if self._matrix is None:
            got = self.chroma._collection.get(include=["embeddings", "metadatas"])
            rows = np.asarray(got["embeddings"], dtype=np.float32)
            matrix = np.zeros_like(rows)
            for row, meta in zip(rows, got["metadatas"], strict=True):
                matrix[int(meta["idx"])] = row
            norms = np.linalg.norm(matrix, axis=1, keepdims=True)
            self._matrix = matrix / np.where(norms > 0, norms, 1.0)
        return self._matrix

    def query_vector(self, query: str) -> np.ndarray:
        """The (normalised) query embedding, cached."""
        vector = self._query_cache.get(query)
        if vector is None:
            vector = np.asarray(self.embedder.embed_query(query), dtype=np.float32)
            vector /= max(float(np.linalg.norm(vector)), 1e-12)
            if len(self._query_cache) >= QUERY_CACHE_SIZE:
                self._query_cache.pop(next(iter(self._query_cache)))
            self._query_cache[query] = vector
        return vector

    def clear_query_cache(self) -> None:
        self._query_cache.clear()

    def search(self, query: str, k: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        """(chunk position, cosine similarity) of the k nearest chunks allowed by `mask`, best first."""
        sims = self.matrix() @ self.query_vector(query)
        if mask is not None:
            sims = np.where(mask, sims, -np.inf)
        order = np.argsort(-sims, kind="stable")[:k]
        return [(int(i), float(sims[i])) for i in order if np.isfinite(sims[i])]

    def close(self) -> None:
        with contextlib.suppress(Exception):  # closing is best effort
            self.client.close()
