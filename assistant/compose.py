"""Compose an answer's text and citations from a rule result or from retrieved chunks.

Every fact the text states comes from a citation: rule answers state the rule's conclusion (whose
facts are in the rule's verbatim quotes); retrieval answers are made of verbatim sentences of the
best passages (assistant/passage_choice.py), introduced by their source and, for a closed question,
by the Oui/Non the texts give (assistant/yes_no.py). Nothing here reads the corpus or the index.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.models import Chunk, Citation, RuleResult
from assistant.passage_choice import choose
from assistant.passages import Passage, body, cite_passage, heading
from assistant.recurrence import recurrence_word
from assistant.sentence_scores import Lexicon, asked_in, overlap, sentence_scores
from assistant.sentence_split import pack, split_sentences
from assistant.sentences import answer_quotes, best_sentences, select
from assistant.textnorm import collapse_ws, fold
from assistant.yes_no import denial_word, text_verdict_for, verdict_word

__all__ = ["Composed", "Passage", "compose_retrieval", "compose_rule", "conclusion_of", "REASONING_MARKER"]


@dataclass(frozen=True)
class Composed:
    text: str
    citations: list[Citation]
    headings: tuple[str, ...] = ()  # each citation's passage heading (retrieval answers)


# the heading between a rule answer's conclusion and its reasoning
REASONING_MARKER = "**Raisonnement**"


def conclusion_of(text: str) -> str:
    """A rule answer's conclusion: its text before the reasoning (the whole text when it has none)."""
    return text.split(REASONING_MARKER, 1)[0]


def compose_rule(result: RuleResult, support: Passage | None = None) -> Composed:
    """The rule's conclusion first, then its reasoning; citations = the rule's, plus a passage if given."""
    lines = [result.conclusion.strip()]
    if result.steps:
        lines.append("")
        lines.append(REASONING_MARKER)
        lines.extend(f"- {step}" for step in result.steps)
    citations = list(result.citations)
    if support is not None and not any(c.locator == support.chunk.locator for c in citations):
        sentences = split_sentences(support.chunk.answer or support.chunk.text)
        if sentences:
            citations.append(cite_passage(support, " ".join(sentences[:2])))
    return Composed(text="\n".join(lines), citations=citations)


def _quoted(quotes: Sequence[str], text: str) -> str:
    """Quotes as Markdown block quotes; '[…]' marks a gap between quotes that do not follow each other."""
    flat = collapse_ws(text)
    out = [f"> {quotes[0]}"]
    for prev, quote in zip(quotes, quotes[1:], strict=False):
        joint = "\n>\n" if f"{prev} {quote}" in flat else "\n>\n> […]\n>\n"
        out.append(f"{joint}> {quote}")
    return "".join(out)


# "combien de jours en plus / supplémentaires ?": an extra amount, not the premise's base figure
_ASKS_EXTRA = re.compile(r"\b(en plus|de plus|supplementaires?|additionnel\w*|rallonge|prolongation)\b")
# "combien de temps pour l'adapter ?", "… pour nous envoyer …": the act a time or figure is asked for
_ASKED_ACT = re.compile(r"\bpour (?:(?:l'|la |le |les |nous |vous |leur |lui |y |en )*)([a-z]{4,}er)\b")


def _premise(question: str, chunk: Chunk, quotes: Sequence[str]) -> list[str]:
    """The sentence of a question/answer pair's own question that holds the kind of fact asked (a
    delay, a date, a figure) when the quoted answer holds none: the answer takes its question's
    premise as given ("nous avons 40 jours ouvrables pour adapter notre annexe… Pourquoi ?"). Only
    for an act the question names ("combien de temps pour l'adapter ?"), which the sentence must name
    too: the pair's 40 days to adapt are not the DCO's time to send its recommendations."""
    q = fold(question)
    act = _ASKED_ACT.search(q)
    if not act or _ASKS_EXTRA.search(q) or not chunk.question or any(asked_in(question, quotes)):
        return []  # "combien de jours en plus ?": an extension, which the premise's figure is not
    sentences = split_sentences(chunk.question)
    held = [s for s, has in zip(sentences, asked_in(question, sentences), strict=True) if has]
    return [s for s in held if act.group(1)[:5] in fold(s)][:1]


def _seconding(question: str, text: str, lexicon: Lexicon) -> str | None:
    """The quote a further passage adds: of the sentences that answer best, packed in quotes, the
    quote holding the best-scored sentence (with the fact asked for), not merely the first one —
    when the run is too long for one quote, the decisive sentence is often in its second piece."""
    window = best_sentences(question, text, lexicon, limit=1)
    sentences = split_sentences(text)
    scores = sentence_scores(question, sentences, lexicon)
    if not window or max(scores, default=0.0) <= 0:
        return window[0] if window else None
    best = max(range(len(sentences)), key=lambda i: (scores[i], -i))
    held = next((q for q in window if sentences[best] in q), None)
    if held:
        return held
    pieces = [q for q in window if q in sentences[best]]  # a sentence too long for one quote, in pieces
    if pieces:
        query = set(lexicon.tokenize(question))
        return max(pieces, key=lambda q: overlap(q, query, lexicon))
    run = select(question, sentences, lexicon, limit=1)
    if best in (run[0] - 1, run[-1] + 1):  # the decisive sentence next to the run: quote them together
        joined = pack([sentences[i] for i in sorted({*run, best})])
        if len(joined) == 1:
            return joined[0]
    return window[0]


def compose_retrieval(question: str, passages: Sequence[Passage], lexicon: Lexicon) -> Composed:
    """An extractive answer from the passage that fits best (for a question/answer pair, from its
    answer), then, if it adds something, one sentence of the next passage from another place."""
    passages = choose(question, passages, lexicon)
    best = passages[0]
    chunk = best.chunk
    if chunk.kind in ("qa", "question") and chunk.answer:
        quotes = answer_quotes(question, chunk.answer, lexicon)
        quotes += _premise(question, chunk, quotes)
    else:
        quotes = best_sentences(question, chunk.text, lexicon)
    citations = [cite_passage(best, q) for q in quotes]
    headings = [heading(chunk)] * len(citations)
    verdict = text_verdict_for(question, chunk.question, verdict_word(citations[0].quote))
    # a quoted sentence that explicitly denies what is asked ("le pôle ne peut pas refuser") answers
    # it before the text's own Oui/Non, which answers the text's question
    quotes = [c.quote for c in citations]
    word = recurrence_word(question, quotes) or denial_word(question, quotes) or verdict
    lead = f"{word}, d'après" if word else "D'après"
    lines = [f"{lead} {citations[0].title} ({citations[0].locator}) :", ""]
    lines.append(_quoted([c.quote for c in citations], body(chunk)))
    for other in passages[1:3]:
        if other.chunk.locator == chunk.locator or other.score < 0.6 * best.score:
            continue
        extra = _seconding(question, body(other.chunk), lexicon)
        if extra:
            citations.append(cite_passage(other, extra))
            headings.append(heading(other.chunk))
            lines += [
                "",
                f"Voir aussi {other.title} ({other.chunk.locator}) :",
                "",
                f"> {citations[-1].quote}",
            ]
        break
    return Composed(text="\n".join(lines), citations=citations, headings=tuple(headings))
