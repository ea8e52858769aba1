"""Hand-made chunks and their vocabulary for the sentence-choice unit tests."""

from __future__ import annotations

from collections.abc import Callable

from assistant.evidence import Vocabulary
from assistant.index.analyzer import analyze
from assistant.models import Chunk


def chunk_factory(source_id: str, locator: str) -> Callable[..., Chunk]:
    """A maker of chunks of one source and locator (any field can be overridden)."""

    def make(text: str, **kw) -> Chunk:
        base = dict(id="x", source_id=source_id, locator=locator, text=text, jurisdiction="FWB")
        base.update(kw)
        return Chunk(**base)

    return make


def lexicon(make: Callable[..., Chunk], *texts: str) -> Vocabulary:
    """The vocabulary of `texts` (one chunk each) plus an unrelated chunk, so no word is in every chunk."""
    chunks = [make(t, id=str(i)) for i, t in enumerate(texts)]
    return Vocabulary([*chunks, make("Une autre école, un autre élève.", id="z")], analyze)
