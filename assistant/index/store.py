"""The Chroma vector store, through langchain-chroma: on disk under the data dir, or a Chroma server.

Always with our embedding function (never Chroma's default, which would download a model), cosine
space, telemetry off. Each chunk is stored with its position in the chunk list (`idx` metadata).
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlparse

import chromadb
from chromadb.api.shared_system_client import SharedSystemClient
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings

from assistant.settings import Settings

ADD_BATCH = 64


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
        self._size: int | None = None
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
        self._size = None

    def search(self, query: str, k: int, where: dict | None = None) -> list[tuple[int, float]]:
        """(chunk position, cosine similarity) of the k nearest chunks, best first.

        (Deduplicated by chunk, should a chunk ever have several vectors.)
        """
        vector = self.embedder.embed_query(query)
        if self._size is None:
            self._size = self.count()
        n = min(k, self._size)
        hits = self.chroma.similarity_search_by_vector_with_relevance_scores(vector, k=n, filter=where)
        best: dict[int, float] = {}
        for doc, distance in hits:
            best.setdefault(int(doc.metadata["idx"]), 1.0 - float(distance))
        return list(best.items())[:k]

    def close(self) -> None:
        with contextlib.suppress(Exception):  # closing is best effort
            self.client.close()
