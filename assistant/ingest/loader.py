"""Load the corpus: each text of sources.yaml, cleaned, with its front-matter; quote checks; corpus hash."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from assistant.ingest.clean import clean_body, compound_vocabulary, split_front_matter
from assistant.ingest.sources import load_sources
from assistant.models import Source
from assistant.textnorm import collapse_ws


@dataclass(frozen=True)
class Document:
    """One source text after cleaning (the text quotes are checked against)."""

    source: Source
    text: str
    front_matter: dict = field(default_factory=dict, hash=False, compare=False)


def _resolve(corpus_dir: Path | None) -> str:
    if corpus_dir is None:
        from assistant.settings import get_settings

        corpus_dir = get_settings().corpus_dir
    return str(Path(corpus_dir).resolve())


def corpus_stamp(corpus_dir: str) -> tuple[tuple[str, int, int], ...]:
    """(name, size, mtime) of every file of the corpus folder: the caches below are keyed by it, so
    an edited text is read again instead of being served from memory."""
    folder = Path(corpus_dir)
    if not folder.is_dir():
        return ()
    return tuple(
        (p.name, st.st_size, st.st_mtime_ns)
        for p in sorted(folder.iterdir())
        if p.is_file()
        for st in [p.stat()]
    )


def _documents(corpus_dir: str) -> tuple[Document, ...]:
    return _documents_at(corpus_dir, corpus_stamp(corpus_dir))


@lru_cache(maxsize=4)
def _documents_at(corpus_dir: str, stamp: tuple) -> tuple[Document, ...]:
    sources = load_sources(Path(corpus_dir))
    raws = [(Path(corpus_dir) / s.file).read_text(encoding="utf-8") for s in sources]
    split = [split_front_matter(raw) for raw in raws]
    vocab = compound_vocabulary([body for _, body in split])
    return tuple(
        Document(source=s, text=clean_body(body, vocab), front_matter=meta)
        for s, (meta, body) in zip(sources, split, strict=True)
    )


def load_documents(corpus_dir: Path | None = None) -> list[Document]:
    """All texts of the corpus, cleaned, in the order of sources.yaml (cached per process)."""
    return list(_documents(_resolve(corpus_dir)))


def document_by_id(source_id: str, corpus_dir: Path | None = None) -> Document:
    for doc in load_documents(corpus_dir):
        if doc.source.id == source_id:
            return doc
    raise KeyError(f"unknown source id: {source_id}")


def _collapsed(corpus_dir: str) -> dict[str, str]:
    return _collapsed_at(corpus_dir, corpus_stamp(corpus_dir))


@lru_cache(maxsize=4)
def _collapsed_at(corpus_dir: str, stamp: tuple) -> dict[str, str]:
    return {d.source.id: collapse_ws(d.text) for d in _documents_at(corpus_dir, stamp)}


def quote_in_corpus(quote: str, source_id: str | None = None, corpus_dir: Path | None = None) -> bool:
    """Whether the quote (whitespace runs collapsed) occurs verbatim in the cleaned text."""
    needle = collapse_ws(quote)
    if not needle:
        return False
    texts = _collapsed(_resolve(corpus_dir))
    if source_id is not None:
        if source_id not in texts:
            raise KeyError(f"unknown source id: {source_id}")
        return needle in texts[source_id]
    return any(needle in text for text in texts.values())


def corpus_hash(corpus_dir: Path | None = None) -> str:
    """sha256 over sources.yaml and every text file it names (changes when the corpus changes)."""
    root = Path(_resolve(corpus_dir))
    digest = hashlib.sha256((root / "sources.yaml").read_bytes())
    for source in load_sources(root):
        digest.update(source.file.encode("utf-8") + b"\0")
        digest.update((root / source.file).read_bytes())
    return digest.hexdigest()
