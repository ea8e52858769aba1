"""Checks shared by the bad-input, fuzz and concurrency tests."""

from __future__ import annotations

import re

from assistant.ingest import quote_in_corpus
from assistant.models import Answer

KINDS = {"rule", "retrieval", "abstain", "clarify"}
# Common French words: every text a user reads contains some of them.
FRENCH = re.compile(
    r"\b(le|la|les|de|des|du|un|une|est|et|pour|que|qui|pas|ne|dans|votre|vous|je|au|aux|sur|à|il|en|ou|"
    r"par|ce|doit|être|d'après)\b",
    re.IGNORECASE,
)


def check_answer(answer: Answer) -> None:
    """A valid Answer, in French, whose quotes are verbatim in the corpus and at most 500 characters."""
    assert isinstance(answer, Answer)
    assert Answer.model_validate(answer.model_dump()) == answer
    assert answer.kind in KINDS
    assert answer.text.strip(), "empty answer text"
    assert len(FRENCH.findall(answer.text)) >= 2, f"not French: {answer.text[:200]!r}"
    for c in answer.citations:
        assert len(c.quote) <= 500, c.quote[:80]
        assert quote_in_corpus(c.quote), f"quote not in corpus: {c.quote[:120]!r}"
