"""The text the index is built from: source title, locator, heading path, question, chunk text."""

from __future__ import annotations

from assistant.index.passages import indexed_text
from assistant.models import Chunk


def _chunk(words: int, question: str | None = None) -> Chunk:
    text = " ".join(f"mot{i}" for i in range(words))
    return Chunk(
        id="x",
        source_id="s",
        locator="point 1.5",
        heading_path=["1.5 Fin"],
        text=text,
        jurisdiction="FWB",
        kind="qa" if question else "section",
        question=question,
    )


def test_indexed_text_has_title_locator_heading_question_and_text():
    chunk = _chunk(5, question="Qui signe l'annexe 4 ?")
    text = indexed_text(chunk, "Circulaire IPT")
    assert text.startswith("Circulaire IPT — point 1.5\n1.5 Fin\nQui signe l'annexe 4 ?\n")
    assert text.endswith(chunk.text)
