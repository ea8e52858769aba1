"""Which verbatim sentences of a passage answer a question.

Sentences are scored against the question (assistant/sentence_scores.py); the best window of
consecutive sentences is kept with the others that score nearly as well, then completed so that the
decisive fact is not left out: a sentence that introduces a list (ends with ":") brings its items,
and a short best sentence brings the sentence that follows it (assistant/sentence_lists.py). The
kept sentences are returned as verbatim quotes (assistant/sentence_split.py).
Nothing here reads the corpus.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.models import QUOTE_MAX_CHARS
from assistant.sentence_lists import complete, is_body, list_intro, list_items
from assistant.sentence_scores import (
    ASKED_BONUS,
    Lexicon,
    asked_in,
    other_level,
    overlap,
    sentence_scores,
    shared_tokens,
)
from assistant.sentence_split import pack, runs, split_sentences

KEEP_SHARE = 0.5  # a sentence is kept when it scores at least this share of the best one
WINDOW = 3  # at most this many consecutive sentences in the best window
WINDOW_COST = 0.08  # share of a window's value lost for each scored sentence beyond the first


def _window(
    sentences: Sequence[str],
    scores: Sequence[float],
    asked: Sequence[bool],
    query: set[str],
    lexicon: Lexicon,
) -> list[int]:
    """The run of one to WINDOW consecutive sentences, starting at a scored one, that covers the most
    of the question's words (IDF-weighted, each word once), plus the asked-fact bonus when one of its
    sentences holds the fact asked for: the decisive fact is often in the sentence next to the one
    that repeats the question's words (a contact line after "Pour toute question relative à …")."""
    tokens = [shared_tokens(set(lexicon.tokenize(s)), query) if is_body(s) else set() for s in sentences]
    bonus = ASKED_BONUS * max(scores)
    best: tuple[float, int, int] = (0.0, 0, 1)
    for start, score in enumerate(scores):
        if score <= 0:
            continue
        covered: set[str] = set()
        scored = 0
        holds = False
        for size in range(1, WINDOW + 1):
            if start + size > len(sentences):
                break
            covered |= tokens[start + size - 1]
            scored += scores[start + size - 1] > 0
            holds = holds or asked[start + size - 1]
            value = (sum(lexicon.idf(t) for t in covered) + bonus * holds) * (1 - WINDOW_COST * (scored - 1))
            if value > best[0] + 1e-9:
                best = (value, start, size)
    return list(range(best[1], best[1] + best[2]))


def select(
    question: str, sentences: Sequence[str], lexicon: Lexicon, limit: int = 3, query: set[str] | None = None
) -> list[int]:
    """Indices of the sentences that answer best: the best window (see `_window`), plus other
    sentences scoring nearly as well as the best one, completed (see `complete`)."""
    if len(sentences) <= 1:
        return list(range(len(sentences)))
    query = set(lexicon.tokenize(question)) if query is None else query
    scores = sentence_scores(question, sentences, lexicon, query)
    top = max(scores)
    if top <= 0:
        body = [i for i, s in enumerate(sentences) if is_body(s)] or [0]
        return sorted(complete(sentences, {body[0]}, body[0]))
    asked = asked_in(question, sentences)
    window = _window(sentences, scores, asked, query, lexicon)
    # Once the window quotes the fact asked for, another sentence must also earn its place by words.
    words = [overlap(s, query, lexicon) if is_body(s) else 0.0 for s in sentences]
    floor = KEEP_SHARE * max(words) if any(asked[i] for i in window) else 0.0
    ranked = sorted(range(len(sentences)), key=lambda i: -scores[i])
    extra = [i for i in ranked if i not in window and scores[i] >= KEEP_SHARE * top and words[i] >= floor][
        : limit - 1
    ]
    keep = set(window) | set(extra)
    keep |= {list_intro(sentences, i) for i in keep} - {-1}
    kept = complete(sentences, keep, window[-1] if len(window) == 1 else -1)
    return sorted(kept - other_level(question, sentences) or kept)


def parts(question: str, lexicon: Lexicon) -> list[str]:
    """The questions of a message asking several ("… acceptées ? Et tout le monde doit signer le
    même jour ?"), each answered on its own; else the message itself."""
    pieces = [p for p in question.split("?") if len(lexicon.tokenize(p)) >= 2]
    return pieces if len(pieces) > 1 else [question]


def best_sentences(question: str, text: str, lexicon: Lexicon, limit: int = 3) -> list[str]:
    """The sentences of `text` that answer the question best (each of its questions when it asks
    several), as verbatim quotes: sentences that follow each other in the text are joined (and split
    again when a quote would be too long)."""
    sentences = split_sentences(text)
    picked = set().union(*(select(part, sentences, lexicon, limit) for part in parts(question, lexicon)))
    return [q for group in runs(picked) for q in pack([sentences[i] for i in group])]


def answer_quotes(question: str, answer: str, lexicon: Lexicon) -> list[str]:
    """Quotes for the answer of a question/answer pair: its opening (as much as fits in one quote,
    with the list it introduces), plus the later sentences that best match the question's words the
    opening does not hold (the opening answers the pair's own question, the user may ask a detail)."""
    sentences = split_sentences(answer)
    if len(sentences) <= 1:
        return sentences
    opening: set[int] = set()
    size = 0
    for i, sentence in enumerate(sentences):
        size += len(sentence) + 1
        if size > QUOTE_MAX_CHARS and opening:
            break
        opening.add(i)
    picked = set(opening).union(*(list_items(sentences, i) for i in opening))
    later = [sentences[i] if i not in opening else "" for i in range(len(sentences))]
    for part in parts(question, lexicon):
        query = set(lexicon.tokenize(part))
        said = set().union(*(shared_tokens(set(lexicon.tokenize(sentences[i])), query) for i in opening))
        rest = query - said
        if not rest or max(sentence_scores(part, later, lexicon, rest)) <= 0:
            rest = query  # nothing later holds what the opening lacks: match the whole question
        picked |= set(select(part, sentences, lexicon, limit=2, query=rest))
    picked = picked - other_level(question, sentences) or picked  # only the item of the level asked
    return [q for group in runs(sorted(picked)) for q in pack([sentences[i] for i in group])]
