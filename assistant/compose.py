"""Compose an answer's text and citations from a rule result or from retrieved chunks.

Every fact the text states comes from a citation: rule answers state the rule's conclusion (whose
facts are in the rule's verbatim quotes); retrieval answers are made of verbatim sentences of the
best passages, introduced by their source. Nothing here reads the corpus or the index.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from assistant.models import QUOTE_MAX_CHARS, Chunk, Citation, RuleResult
from assistant.textnorm import collapse_ws, fold

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
    """Sentences of a chunk, each verbatim (whitespace collapsed). A tiny piece (a list number such
    as "8.") is kept with the sentence that follows it, so joined neighbours stay verbatim."""
    out: list[str] = []
    carry = ""
    for piece in (collapse_ws(p) for p in _SENTENCE_END.split(text)):
        if not piece:
            continue
        if len(piece) <= 3:
            carry = f"{carry} {piece}".strip()
            continue
        out.append(f"{carry} {piece}".strip())
        carry = ""
    if carry:
        if out:
            out[-1] = f"{out[-1]} {carry}"
        else:
            out.append(carry)
    return out


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


class Lexicon(Protocol):
    """What sentence scoring needs: the analyzer's tokens and their IDF (see assistant/evidence.py)."""

    def tokenize(self, text: str) -> list[str]: ...

    def idf(self, token: str) -> float: ...


def _overlap_score(sentence_tokens: list[str], query: set[str], lexicon: Lexicon) -> float:
    if not sentence_tokens:
        return 0.0
    shared = set(sentence_tokens) & query
    return sum(lexicon.idf(t) for t in shared) / (1.0 + 0.01 * len(sentence_tokens))


def _runs(indices: Sequence[int]) -> list[list[int]]:
    """Consecutive indices grouped: [1, 2, 5] -> [[1, 2], [5]]."""
    groups: list[list[int]] = []
    for i in sorted(indices):
        if groups and groups[-1][-1] == i - 1:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


# What a question asks for, and how to recognise it in a sentence (folded text): a sentence that
# contains the kind of fact asked for is a better answer than one that only shares words.
_ASKED = (
    (
        re.compile(r"\b(adresse|e-?mail|courriel|mail|contacter|telephone)\b"),
        re.compile(r"@|\d{2,4}[/.]\d{2,3}[.]\d{2}"),
    ),
    (
        re.compile(r"\b(quand|date|delai|avant quel|jusqu'a quand|pour quand|echeance)\b"),
        re.compile(
            r"\b\d{1,2}(er)? (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b"
            r"|\b\d{1,2}/\d{1,2}(/\d{2,4})?\b|\b\d+ jours\b"
        ),
    ),
    (
        re.compile(r"\b(combien|nombre|quel pourcentage|quelle proportion)\b"),
        re.compile(r"\b\d+([,.]\d+)?\b"),
    ),
)
# A bare heading: "1.3.2. Le projet d’IPT", "Annexe 5 :", a short line ending with a colon.
_HEADING = re.compile(
    r"^(\d+(\.\d+)*\.?\s+\S.{0,90}|(annexe|point|partie|titre|chapitre)\b.{0,40}|.{0,60}:)$", re.I
)
ASKED_BONUS = 0.5  # share of the best overlap score added to sentences with the fact asked for


def _asked_patterns(question: str) -> list[re.Pattern[str]]:
    folded = fold(question)
    return [has for asks, has in _ASKED if asks.search(folded)]


def _sentence_scores(question: str, sentences: list[str], lexicon: Lexicon) -> list[float]:
    query = set(lexicon.tokenize(question))
    scores = [
        0.0
        if len(s) < MIN_SENTENCE_CHARS or _HEADING.match(s)
        else _overlap_score(lexicon.tokenize(s), query, lexicon)
        for s in sentences
    ]
    top = max(scores, default=0.0)
    asked = _asked_patterns(question)
    if top > 0 and asked:
        scores = [
            sc + ASKED_BONUS * top if sc > 0 and any(p.search(fold(s)) for p in asked) else sc
            for sc, s in zip(scores, sentences, strict=True)
        ]
    return scores


def best_sentences(question: str, text: str, lexicon: Lexicon, limit: int = 3) -> list[str]:
    """The one to `limit` sentences of `text` that answer the question best, as verbatim quotes:
    sentences that follow each other in the text are joined into one quote."""
    sentences = split_sentences(text)
    if len(sentences) <= 1:
        return sentences
    scores = _sentence_scores(question, sentences, lexicon)
    top = max(scores)
    if top <= 0:
        body = [x for x in sentences if len(x) >= MIN_SENTENCE_CHARS and not _HEADING.match(x)]
        return (body or sentences)[:1]
    ranked = sorted(range(len(sentences)), key=lambda i: -scores[i])
    keep = [i for i in ranked[:limit] if scores[i] >= 0.5 * top]
    return [" ".join(sentences[i] for i in group) for group in _runs(keep)]


def answer_quotes(question: str, answer: str, lexicon: Lexicon) -> list[str]:
    """Quotes for the answer of a question/answer pair: its opening (as much as fits in one quote),
    plus its best-matching sentence when that comes later."""
    sentences = split_sentences(answer)
    if not sentences:
        return []
    opening = shorten_quote(" ".join(sentences))
    quotes = [opening]
    for best in best_sentences(question, answer, lexicon, limit=2):
        if best not in opening and all(best not in q for q in quotes):
            quotes.append(shorten_quote(best))
    return quotes


_YES_NO = re.compile(r"^(Oui|Non)\b[ ,.:;!]", re.I)


def verdict_word(quote: str) -> str | None:
    """'Oui' or 'Non' when a quoted answer opens with it (the text's own yes/no)."""
    match = _YES_NO.match(quote)
    return match.group(1).capitalize() if match else None


def compose_retrieval(question: str, passages: Sequence[Passage], lexicon: Lexicon) -> Composed:
    """An extractive answer from the best passage (for a question/answer pair, from its answer),
    then, if it adds something, one sentence of the next passage from another place."""
    best = passages[0]
    chunk = best.chunk
    if chunk.kind in ("qa", "question") and chunk.answer:
        quotes = answer_quotes(question, chunk.answer, lexicon)
    else:
        quotes = best_sentences(question, chunk.text, lexicon)
    citations = [cite_passage(best, q) for q in quotes]
    word = verdict_word(citations[0].quote)
    lead = f"{word}, d'après" if word else "D'après"
    lines = [f"{lead} {citations[0].title} ({citations[0].locator}) :", ""]
    lines.append("\n>\n> […]\n>\n".join(f"> {c.quote}" for c in citations))
    for other in passages[1:3]:
        if other.chunk.locator == chunk.locator or other.score < 0.6 * best.score:
            continue
        text = (
            other.chunk.answer
            if other.chunk.kind in ("qa", "question") and other.chunk.answer
            else other.chunk.text
        )
        extra = best_sentences(question, text, lexicon, limit=1)
        if extra:
            citations.append(cite_passage(other, extra[0]))
            lines += [
                "",
                f"Voir aussi {other.title} ({other.chunk.locator}) :",
                "",
                f"> {citations[-1].quote}",
            ]
        break
    return Composed(text="\n".join(lines), citations=citations)
