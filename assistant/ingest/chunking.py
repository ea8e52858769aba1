"""Shared chunking helpers and the corpus-wide entry point `chunk_corpus`.

Each document is cut by its own chunker (circular, Pacte report, legal texts), all built on the same
small helpers: text blocks, word-bounded splitting with a little overlap, and stable chunk ids.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from assistant.ingest.loader import Document, _resolve, corpus_stamp, load_documents
from assistant.models import Chunk

# Bump whenever cleaning or chunking changes the chunks (the index cache is keyed on it).
CHUNKER_VERSION = "3"

TARGET_MIN_WORDS = 120
TARGET_MAX_WORDS = 250
OVERLAP_MAX_WORDS = 50
_URL_LINE = re.compile(r"^https?://\S+$")


def chunk_id(source_id: str, locator: str, text: str) -> str:
    """Stable id: short sha256 of source id, locator and text."""
    return hashlib.sha256(f"{source_id}\n{locator}\n{text}".encode()).hexdigest()[:16]


def make_chunk(
    doc: Document,
    locator: str,
    text: str,
    heading_path: Iterable[str] = (),
    kind: str = "section",
    question: str | None = None,
    answer: str | None = None,
) -> Chunk:
    return Chunk(
        id=chunk_id(doc.source.id, locator, text),
        source_id=doc.source.id,
        locator=locator,
        heading_path=list(heading_path),
        text=text,
        jurisdiction=doc.source.jurisdiction,
        date=doc.source.date,
        kind=kind,
        question=question,
        answer=answer,
    )


def blocks(lines: Iterable[str]) -> list[list[str]]:
    """Runs of non-blank lines (blank lines separate them)."""
    out: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            out[-1].append(line.strip())
        elif out[-1]:
            out.append([])
    return [b for b in out if b]


def paragraphs(lines: Iterable[str], drop_urls: bool = True) -> list[str]:
    """Blocks of lines, each joined with single spaces (line wraps collapsed)."""
    out = []
    for block in blocks(lines):
        kept = [line for line in block if not (drop_urls and _URL_LINE.match(line))]
        if kept:
            out.append(" ".join(kept))
    return out


def words(text: str) -> int:
    return len(text.split())


def split_paragraphs(paras: list[str], max_words: int = TARGET_MAX_WORDS) -> list[list[str]]:
    """Group paragraphs into parts of about TARGET_MIN..max words; a short last paragraph overlaps."""
    parts: list[list[str]] = []
    current: list[str] = []
    for para in paras:
        size = sum(words(p) for p in current)
        if current and size >= TARGET_MIN_WORDS and size + words(para) > max_words:
            parts.append(current)
            last = current[-1]
            current = [last] if words(last) <= OVERLAP_MAX_WORDS and last != current[0] else []
        current.append(para)
    if current:
        if parts and sum(words(p) for p in current) < TARGET_MIN_WORDS // 3:
            parts[-1].extend(p for p in current if p not in parts[-1][-1:])
        else:
            parts.append(current)
    return parts


def _chunkers() -> dict[str, Callable[[Document], list[Chunk]]]:
    from assistant.ingest.chunk_circular import chunk_circular
    from assistant.ingest.chunk_legal import chunk_legal
    from assistant.ingest.chunk_pacte import chunk_pacte

    return {
        "circulaire": chunk_circular,
        "rapport": chunk_pacte,
        "décret": chunk_legal,
        "arrêté": chunk_legal,
    }


@lru_cache(maxsize=4)
def _chunk_corpus(corpus_dir: str, stamp: tuple) -> tuple[Chunk, ...]:
    chunkers = _chunkers()
    out: list[Chunk] = []
    for doc in load_documents(Path(corpus_dir)):
        chunker = chunkers.get(doc.source.kind)
        if chunker is None:
            raise ValueError(f"no chunker for kind {doc.source.kind!r} ({doc.source.id})")
        out.extend(chunker(doc))
    return tuple(out)


def chunk_corpus(corpus_dir: Path | None = None) -> list[Chunk]:
    """Every chunk of the corpus, in document order (deterministic, cached per process)."""
    folder = _resolve(corpus_dir)
    return [c.model_copy(deep=True) for c in _chunk_corpus(folder, corpus_stamp(folder))]
