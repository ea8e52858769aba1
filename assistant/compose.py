"""Compose an answer's text and citations from a rule result or from retrieved chunks.

Every fact the text states comes from a citation: rule answers state the rule's conclusion (whose
facts are in the rule's verbatim quotes); retrieval answers are made of verbatim sentences of the
best passages, introduced by their source. Nothing here reads the corpus or the index.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.models import QUOTE_MAX_CHARS, Chunk, Citation, RuleResult
from assistant.textnorm import collapse_ws

Tokenize = Callable[[str], list[str]]
MIN_SENTENCE_CHARS = 30  # shorter pieces are table cells or headings, not answers

# A sentence ends at . ! ? ; followed by a space and a capital, a bullet or a quote; at a blank
# line; or before a list item (" - si …", " • …") — chunk text has its line wraps collapsed.
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=[A-ZÀ-ÖØ-Þ«\"“(0-9])|\n\s*\n|\s+(?=[•➢\-–] \S)")


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with the source metadata composition needs."""

    chunk: Chunk
    title: str
    url: str | None
    score: float


@dataclass(frozen=True)
class Composed:
    text: str
    citations: list[Citation]


def split_sentences(text: str) -> list[str]:
    """Sentences of a chunk, each verbatim (whitespace collapsed), empty pieces dropped."""
    return [s for s in (collapse_ws(p) for p in _SENTENCE_END.split(text)) if len(s) > 2]


def shorten_quote(text: str, limit: int = QUOTE_MAX_CHARS) -> str:
    """A verbatim prefix of `text` of at most `limit` characters: whole sentences when they fit,
    else cut after the last clause mark (; , :) or, failing that, at a word boundary."""
    text = collapse_ws(text)
    if len(text) <= limit:
        return text
    kept = ""
    for sentence in split_sentences(text):
        candidate = f"{kept} {sentence}".strip()
        if len(candidate) > limit:
            break
        kept = candidate
    if kept and text.startswith(kept):
        return kept
    cut = text[:limit]
    for mark in ("; ", ", ", ": "):
        pos = cut.rfind(mark)
        if pos > limit // 2:
            return cut[: pos + 1]
    return cut[: cut.rfind(" ")] if " " in cut else cut


def cite_passage(passage: Passage, quote: str) -> Citation:
    return Citation(
        source_id=passage.chunk.source_id,
        title=passage.title,
        locator=passage.chunk.locator,
        quote=shorten_quote(quote),
        url=passage.url,
    )


def reference(citation: Citation) -> str:
    """'Circulaire IPT 2025-2026, point 1.5' — how a source is named to users."""
    return f"{citation.title}, {citation.locator}"


def compose_rule(result: RuleResult, support: Passage | None = None) -> Composed:
    """The rule's conclusion first, then its reasoning; citations = the rule's, plus a passage if given."""
    lines = [result.conclusion.strip()]
    if result.steps:
        lines.append("")
        lines.append("**Raisonnement**")
        lines.extend(f"- {step}" for step in result.steps)
    citations = list(result.citations)
    if support is not None and not any(c.locator == support.chunk.locator for c in citations):
        sentences = split_sentences(support.chunk.answer or support.chunk.text)
        if sentences:
            citations.append(cite_passage(support, " ".join(sentences[:2])))
    return Composed(text="\n".join(lines), citations=citations)


def _overlap_score(sentence_tokens: list[str], query_tokens: set[str]) -> float:
    if not sentence_tokens:
        return 0.0
    hits = sum(1 for t in set(sentence_tokens) if t in query_tokens)
    return hits / (1.0 + 0.02 * len(sentence_tokens))


def best_sentences(question: str, text: str, tokenize: Tokenize, limit: int = 3) -> list[str]:
    """The one to `limit` sentences of `text` that share most with the question, as verbatim
    quotes: sentences that follow each other in the text are joined into one quote."""
    sentences = split_sentences(text)
    if len(sentences) <= 1:
        return sentences
    query = set(tokenize(question))
    scored = [
        (_overlap_score(tokenize(s), query) if len(s) >= MIN_SENTENCE_CHARS else 0.0, i)
        for i, s in enumerate(sentences)
    ]
    top = max(score for score, _ in scored)
    if top <= 0:
        return sentences[:1]
    keep = sorted(i for score, i in sorted(scored, reverse=True)[:limit] if score >= 0.5 * top)
    groups: list[list[int]] = []
    for i in keep:
        if groups and groups[-1][-1] == i - 1:
            groups[-1].append(i)
        else:
            groups.append([i])
    return [" ".join(sentences[i] for i in group) for group in groups]


def _answer_part(passage: Passage) -> str:
    chunk = passage.chunk
    return chunk.answer if chunk.kind in ("qa", "question") and chunk.answer else chunk.text


def compose_retrieval(question: str, passages: Sequence[Passage], tokenize: Tokenize) -> Composed:
    """An extractive answer: the best sentences of the best passage (its answer for a Q&A pair),
    then, if it adds something, one sentence of the next passage from another place."""
    best = passages[0]
    citations = [cite_passage(best, q) for q in best_sentences(question, _answer_part(best), tokenize)]
    lines = [f"D'après {citations[0].title} ({citations[0].locator}) :", ""]
    lines.append("\n>\n> […]\n>\n".join(f"> {c.quote}" for c in citations))
    for other in passages[1:3]:
        if other.chunk.locator == best.chunk.locator or other.score < 0.6 * best.score:
            continue
        extra = best_sentences(question, _answer_part(other), tokenize, limit=1)
        if extra:
            citations.append(cite_passage(other, extra[0]))
            quote = citations[-1].quote
            lines += ["", f"Voir aussi {other.title} ({other.chunk.locator}) :", "", f"> {quote}"]
        break
    return Composed(text="\n".join(lines), citations=citations)
