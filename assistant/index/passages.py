"""The texts the index is built from (quotes are always taken from `chunk.text`, never from these).

Both BM25 and the dense index read one text per chunk: source title and locator, heading path,
question (for question/answer chunks), chunk text. (Several vectors per chunk, as overlapping windows
plus the question alone, were tried and measured slightly worse on the evaluation set.)
"""

from __future__ import annotations

from assistant.models import Chunk


def header(chunk: Chunk, title: str = "") -> str:
    parts = [f"{title} — {chunk.locator}" if title else chunk.locator]
    if chunk.heading_path:
        parts.append(" > ".join(chunk.heading_path))
    return "\n".join(parts)


def indexed_text(chunk: Chunk, title: str = "") -> str:
    """The BM25 text of a chunk: header, question (if not already in the text), chunk text."""
    parts = [header(chunk, title)]
    if chunk.question and chunk.question not in chunk.text:
        parts.append(chunk.question)
    parts.append(chunk.text)
    return "\n".join(parts)
