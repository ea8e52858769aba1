"""The index: embedding backends, Chroma vector store, BM25 lexical index, build/load with cache."""

from assistant.index.build import Index, IndexUnavailableError, load_or_build
from assistant.index.passages import indexed_text

__all__ = ["Index", "IndexUnavailableError", "indexed_text", "load_or_build"]
