"""A retrieved passage: its chunk with the source metadata composition needs, what it says (a
question/answer pair's answer, else its text), its heading, and how a sentence of it is cited.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.models import Chunk, Citation
from assistant.sentence_split import labelled, shorten_quote, tidy_quote


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with the source metadata composition needs."""

    chunk: Chunk
    title: str
    url: str | None
    score: float


def cite_passage(passage: Passage, quote: str) -> Citation:
    return Citation(
        source_id=passage.chunk.source_id,
        title=passage.title,
        locator=passage.chunk.locator,
        quote=tidy_quote(labelled(body(passage.chunk), shorten_quote(quote))),
        url=passage.url,
    )


def body(chunk: Chunk) -> str:
    """What a passage says: the answer of a question/answer pair, else its text."""
    return chunk.answer if chunk.kind in ("qa", "question") and chunk.answer else chunk.text


def heading(chunk: Chunk) -> str:
    return chunk.question or (chunk.heading_path[-1] if chunk.heading_path else "")
