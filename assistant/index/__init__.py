"""The index: embedding backends, Chroma vector store, BM25 lexical index, build/load with cache."""

from assistant.index.build import Index, IndexUnavailableError, indexed_text, load_or_build

__all__ = ["Index", "IndexUnavailableError", "indexed_text", "load_or_build"]
