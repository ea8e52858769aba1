"""Which retrieved passage an extractive answer is made from.

The best-ranked passage, unless another of the first few answers the question more directly: one
whose sentences deny what a closed question of obligation or permission asks, one that names its
legal source when the question asks where something is written, or one, nearly as well ranked, whose
sentence and heading fit the question clearly better (the ranking weighs whole passages, the answer
is one of their sentences).
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.affirmation import affirmed
from assistant.asked import gives_asked
from assistant.legal_reference import STATES_REFERENCE, asks_reference
from assistant.passages import Passage, body, heading
from assistant.sentence_scores import ASKS_CONSEQUENCE, Lexicon, fit, overlap
from assistant.sentences import best_sentences
from assistant.textnorm import fold
from assistant.yes_no import asks_closed, denial_word

CHOICE_DEPTH = 3  # passages among which the one to answer from is chosen
CHOICE_MIN_SCORE = 0.85  # ... when their retrieval score is at least this share of the best one
CHOICE_MARGIN = 1.3  # ... and they fit the question this much better than the first one
DENIAL_MIN_SCORE = 0.6  # a passage denying what a closed question asks must score this share of the best
DENIAL_DEPTH = 5  # ... and be among the first passages (an explicit denial answers, wherever it ranks)


def _close_rival(p: Passage, first: Passage) -> bool:
    """Whether a passage is ranked near enough the first one, in its jurisdiction, to answer instead."""
    return p.score >= DENIAL_MIN_SCORE * first.score and p.chunk.jurisdiction == first.chunk.jurisdiction


def _denying(question: str, passages: Sequence[Passage], lexicon: Lexicon) -> int:
    """The index of the first of the first few passages whose chosen sentences say that what a closed
    question of obligation asks about need not be done ("doit-on encore scanner les annexes 4 ?" ->
    "il n'est donc plus nécessaire de scanner ces annexes"), when the first passage says no such
    thing; else 0. The denial answers the question; the ranking only weighs whole passages."""
    first = passages[0]
    q = fold(question)
    if not asks_closed(q) or denial_word(question, [body(first.chunk)]):
        return 0  # not a closed question of obligation or permission, or the first passage denies it
    for i, p in enumerate(passages[1:DENIAL_DEPTH], start=1):
        if _close_rival(p, first) and denial_word(question, best_sentences(question, body(p.chunk), lexicon)):
            return i
    return 0


def _affirming(question: str, passages: Sequence[Passage], lexicon: Lexicon) -> int:
    """The index of the first of the first few passages, nearly as well ranked, whose chosen sentences
    state the claim of a closed question ("le transport est gratuit ?" -> "Il est gratuit entre le
    domicile…" under "Et le transport scolaire ?"), when the first passage's do not; else 0."""
    first = passages[0]
    floor = CHOICE_MIN_SCORE * first.score

    def states(p: Passage) -> bool:
        quotes = best_sentences(question, body(p.chunk), lexicon)
        return affirmed(question, quotes, headings=[heading(p.chunk)] * len(quotes)) is not None

    if states(first):
        return 0
    for i, p in enumerate(passages[1:CHOICE_DEPTH], start=1):
        if p.score >= floor and p.chunk.jurisdiction == first.chunk.jurisdiction and states(p):
            return i
    return 0


def _giving(question: str, passages: Sequence[Passage], lexicon: Lexicon) -> int:
    """For a question asking what one risks, the index of the first of the first few passages, in
    the first one's jurisdiction and close enough in rank, whose chosen sentences name a consequence
    when the first passage's do not ("on risque quoi ?" -> "il n'y aura pas de conséquence…" in the
    next passage); else 0. Without it the answer would be withheld as weak. (Other asked values, a
    delay or a date, are not chosen this way: another passage's delay is often another event's.)"""
    first = passages[0]
    if not ASKS_CONSEQUENCE.search(fold(question)) or gives_asked(
        question, "\n".join(best_sentences(question, body(first.chunk), lexicon))
    ):
        return 0
    for i, p in enumerate(passages[1:CHOICE_DEPTH], start=1):
        if _close_rival(p, first) and gives_asked(
            question, "\n".join(best_sentences(question, body(p.chunk), lexicon))
        ):
            return i
    return 0


def _referencing(question: str, passages: Sequence[Passage], lexicon: Lexicon) -> int | None:
    """The index of the one of the first few passages whose chosen sentences name an article or a
    dated legal text and match the question best, for a question asking where something is written
    ("quelle est la base légale de la rétrocession ?"); None when the question asks no reference or
    no passage names one. A passage on the same subject that says nothing of its source does not
    answer it."""
    if not asks_reference(fold(question)):
        return None
    first = passages[0]
    query = set(lexicon.tokenize(question))
    found: dict[int, float] = {}  # passage -> how well its quoted sentences match the question
    for i, p in enumerate(passages[:DENIAL_DEPTH]):
        if i and not _close_rival(p, first):
            continue
        quoted = best_sentences(question, body(p.chunk), lexicon)
        if any(STATES_REFERENCE.search(fold(s)) for s in quoted):
            found[i] = overlap(" ".join(quoted), query, lexicon)
    return max(found, key=lambda i: (found[i], -i)) if found else None


def choose(question: str, passages: Sequence[Passage], lexicon: Lexicon) -> list[Passage]:
    """The passages with the one to answer from first: the best-ranked one, unless another of the
    first few, nearly as well ranked, has a sentence (and heading) that fits the question clearly
    better — the ranking weighs whole passages, the answer is one of their sentences."""
    first = passages[0]
    if len(passages) < 2:
        return list(passages)
    chosen = (
        _denying(question, passages, lexicon)
        or _affirming(question, passages, lexicon)
        or _giving(question, passages, lexicon)
    )
    if not chosen:
        referencing = _referencing(question, passages, lexicon)
        if referencing == 0:  # the first passage names its source: it answers
            return list(passages)
        chosen = referencing or 0
    if chosen:
        return [passages[chosen], *passages[:chosen], *passages[chosen + 1 :]]
    floor = CHOICE_MIN_SCORE * first.score if first.score > 0 else first.score
    fits = {
        i: fit(question, heading(p.chunk), body(p.chunk), lexicon, 1.0 if p.chunk.question else 0.5)
        for i, p in enumerate(passages[:CHOICE_DEPTH])
        if i == 0 or (p.score >= floor and p.chunk.jurisdiction == first.chunk.jurisdiction)
    }
    best = max(fits, key=lambda i: (fits[i], -i))
    if best == 0 or fits[best] < CHOICE_MARGIN * fits[0]:
        return list(passages)
    return [passages[best], *passages[:best], *passages[best + 1 :]]
