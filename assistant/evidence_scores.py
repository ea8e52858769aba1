"""Whether the best retrieved passages are good evidence for a question: the abstention verdict.

Passages are weak evidence when the question is about a notion no text mentions, when they lack the
asked kind of fact (assistant/fact_kinds.py), when both their lexical and dense scores are low (unless
they name the numbered notion asked, "le type 1"), or when they cover too little of the question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.fact_kinds import answers_asked_type
from assistant.textnorm import fold

# Abstention thresholds on the best retrieved passage (calibrated on the dev split of eval/set;
# see eval/REPORT.md). A passage is weak evidence when both its lexical and its dense scores are low.
MIN_BM25 = 6.0
MIN_DENSE = 0.83

# A question whose informative words are mostly absent from the best passages (IDF-weighted
# coverage below MIN_COVERAGE) is not answered by them unless the lexical match is strong anyway.
# 0.45 -> 0.35 once notions absent from the texts are caught directly (foreign_notions.py): loose
# wordings of covered questions ("le bus est payant ?", "c'est a mi temps ?") stay answered.
MIN_COVERAGE = 0.35
STRONG_BM25 = 6.0


def evidence_verdict(
    hits: Sequence,
    *,
    coverage: float = 1.0,
    unknown_acronyms: Sequence[str] = (),
    question: str = "",
    foreign_notions: Sequence[str] = (),
    fact_on_topic: bool = True,
) -> str:
    """'ok' when the best passages are good evidence, 'weak' when they are not, 'empty' without any.

    `foreign_notions` are what the question is about but no text mentions (a salary scale, a
    canteen, a named pôle): then the passages only share its common words, however well they score.
    `fact_on_topic` is False when the asked kind of fact (a duration) appears only in sentences
    about something else.
    """
    if not hits:
        return "empty"
    if foreign_notions or not fact_on_topic:
        return "weak"
    if question and not answers_asked_type(fold(question), [h.chunk.text for h in hits[:3]]):
        return "weak"
    # the best scores among the first passages: a hit found by one ranking only has no score in the
    # other (None), while the next passage may be close in meaning to the question
    bm25 = max((h.bm25_score or 0.0) for h in hits[:3])
    dense = max((h.dense_score or 0.0) for h in hits[:3])
    if bm25 < MIN_BM25 and dense < MIN_DENSE and not names_numbered(question, hits[:3]):
        return "weak"
    if coverage < MIN_COVERAGE and bm25 < STRONG_BM25:
        return "weak"
    if unknown_acronyms:
        return "weak"
    return "ok"


# A numbered notion of the texts: "le type 1", "l'article 137", "le 3e palier" is written "palier 3"
_NUMBERED = re.compile(
    r"\b(types?|articles?|paliers?|annexes?|phases?|formes?) (\d{1,3}(?:/\d{1,2})?(?:bis)?)\b"
)


def names_numbered(question: str, hits: Sequence) -> bool:
    """Whether the question names numbered notions ("c'est quoi le type 1 ?") and the passages name
    each of them: a short question scores low, but the passage that names its notion answers it."""
    asked = {(m.group(1).rstrip("s"), m.group(2)) for m in _NUMBERED.finditer(fold(question))}
    texts = [fold(h.chunk.text) for h in hits]
    return bool(asked) and all(
        any(re.search(rf"\b{kind}s? {re.escape(num)}\b(?![,/]\d)", t) for t in texts) for kind, num in asked
    )
