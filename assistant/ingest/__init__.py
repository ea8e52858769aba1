"""Ingestion: load the corpus texts (cleaned, deterministic) and cut them into structure-aware chunks."""

from assistant.ingest.chunking import CHUNKER_VERSION, chunk_corpus
from assistant.ingest.loader import (
    Document,
    corpus_hash,
    document_by_id,
    load_documents,
    quote_in_corpus,
)
from assistant.ingest.sources import load_sources, source_by_id

__all__ = [
    "CHUNKER_VERSION",
    "Document",
    "chunk_corpus",
    "corpus_hash",
    "document_by_id",
    "load_documents",
    "load_sources",
    "quote_in_corpus",
    "source_by_id",
]
