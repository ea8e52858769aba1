"""Ingestion: load the corpus texts (cleaned, deterministic) and cut them into structure-aware chunks."""

from assistant.ingest.loader import (
    Document,
    corpus_hash,
    document_by_id,
    load_documents,
    quote_in_corpus,
)
from assistant.ingest.sources import load_sources, source_by_id

# Bump whenever cleaning or chunking changes the chunks (the index cache is keyed on it).
CHUNKER_VERSION = "1"

__all__ = [
    "CHUNKER_VERSION",
    "Document",
    "corpus_hash",
    "document_by_id",
    "load_documents",
    "load_sources",
    "quote_in_corpus",
    "source_by_id",
]
