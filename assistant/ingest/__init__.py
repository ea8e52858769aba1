"""Ingestion: load the corpus texts (cleaned, deterministic) and cut them into structure-aware chunks."""

from assistant.ingest.sources import load_sources, source_by_id

__all__ = ["load_sources", "source_by_id"]
