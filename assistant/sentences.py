"""Which verbatim sentences of a passage answer a question.

Sentences are scored by the IDF weight of the question's words they contain (stems that differ only
by a suffix count as the same word: "conservé" / "conservée"), with a bonus when a sentence holds the
kind of fact asked for (a date, a number, an address). The best sentences are then completed so that
the decisive fact is not left out: a sentence that introduces a list (ends with ":") brings its items,
and a short best sentence brings the sentence that follows it (assistant/sentence_lists.py).
Nothing here reads the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from assistant.legal_reference import ASKS_REFERENCE, STATES_REFERENCE
from assistant.models import QUOTE_MAX_CHARS
from assistant.sentence_lists import _intro, _list_items, complete, is_body
from assistant.textnorm import collapse_ws, fold

# A sentence ends at . ! ? ; followed by a space and a capital, a bullet or a quote; at a blank
# line; or before a list item (" - si …", " • …") — chunk text has its line wraps collapsed.
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=[A-ZÀ-ÖØ-Þ«\"“(0-9])|\n\s*\n|\s+(?=[•➢\-–] \S)")


ASKED_BONUS = 0.5  # share of the best overlap score added to sentences with the fact asked for
KEEP_SHARE = 0.5  # a sentence is kept when it scores at least this share of the best one
MIN_STEM = 4  # stems at least this long match a longer stem they begin (sign / signatu)
WINDOW = 3  # at most this many consecutive sentences in the best window
WINDOW_COST = 0.08  # share of a window's value lost for each scored sentence beyond the first

# What a question asks for, and how to recognise it in a sentence (folded text).
_ASKED = (
    (
        re.compile(r"\b(adresse|e-?mail|courriel|mail|contacter|telephone|numero|appeler)\b"),
        re.compile(r"@|\d{2,4}[/.]\d{2,3}[.]\d{2}"),
    ),
    (
        re.compile(r"\b(quand|date|delai|avant quel|jusqu'a quand|pour quand|echeance|depuis quand)\b"),
        re.compile(
            r"\b\d{1,2}(er)? (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b"
            r"|\b\d{1,2}/\d{1,2}(/\d{2,4})?\b|\b\d+ jours\b|\bmi-\w+|\bannee scolaire en cours\b"
        ),
    ),
    (
        re.compile(r"\bcombien de temps\b|\bpendant combien\b|\bduree\b|\bvalable combien\b"),
        re.compile(r"\b(pendant|durant|valable|au maximum|\d+ (ans?|annees?|mois|semaines|jours))\b"),
    ),
    (
        re.compile(r"\b(combien(?! de temps)|nombre|quel pourcentage|quelle proportion)\b"),
        re.compile(r"\b\d+([,.]\d+)?\b"),
    ),
    # where it is written: a sentence naming an article or a dated legal text
    (ASKS_REFERENCE, STATES_REFERENCE),
    (  # who: a question opening with "qui", or "par / à / auprès de qui"
        re.compile(r"(^|[?,;:.!] |\bet |\b(par|a|aupres de|chez) )qui\b"),
        re.compile(r"\bpar\s*:|\baupres (du|de|des)\b|\b(faire appel|s'adresser|recours) (a|aupres)\b"),
    ),
)


class Lexicon(Protocol):
    """What sentence scoring needs: the analyzer's tokens and their IDF (see assistant/evidence.py)."""

    def tokenize(self, text: str) -> list[str]: ...

    def idf(self, token: str) -> float: ...


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


def shared_tokens(tokens: set[str], query: set[str]) -> set[str]:
    """Query tokens found among `tokens`, a stem matching a longer one it begins."""
    found = tokens & query
    for q in query - found:
        if any(min(len(t), len(q)) >= MIN_STEM and (t.startswith(q) or q.startswith(t)) for t in tokens):
            found.add(q)
    return found


def overlap(text: str, query: set[str], lexicon: Lexicon) -> float:
    tokens = lexicon.tokenize(text)
    if not tokens:
        return 0.0
    shared = shared_tokens(set(tokens), query)
    return sum(lexicon.idf(t) for t in shared) / (1.0 + 0.01 * len(tokens))


def asked_in(question: str, sentences: Sequence[str]) -> list[bool]:
    """Which sentences hold the kind of fact the question asks for (none when it asks for none)."""
    folded = fold(question)
    asked = [has for asks, has in _ASKED if asks.search(folded)]
    return [bool(asked) and is_body(s) and any(p.search(fold(s)) for p in asked) for s in sentences]


def sentence_scores(
    question: str, sentences: Sequence[str], lexicon: Lexicon, query: set[str] | None = None
) -> list[float]:
    query = set(lexicon.tokenize(question)) if query is None else query
    scores = [overlap(s, query, lexicon) if is_body(s) else 0.0 for s in sentences]
    top = max(scores, default=0.0)
    holds = asked_in(question, sentences)
    return [sc + ASKED_BONUS * top if sc > 0 and has else sc for sc, has in zip(scores, holds, strict=True)]


def runs(indices: Sequence[int]) -> list[list[int]]:
    """Consecutive indices grouped: [1, 2, 5] -> [[1, 2], [5]]."""
    groups: list[list[int]] = []
    for i in sorted(indices):
        if groups and groups[-1][-1] == i - 1:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def pack(sentences: Sequence[str], limit: int = QUOTE_MAX_CHARS) -> list[str]:
    """Consecutive sentences as few verbatim quotes of at most `limit` characters each."""
    quotes: list[str] = []
    current = ""
    for sentence in sentences:
        candidate = f"{current} {sentence}".strip()
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            quotes.append(current)
        current = sentence if len(sentence) <= limit else shorten_quote(sentence, limit)
    if current:
        quotes.append(current)
    return quotes


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
    keep |= {_intro(sentences, i) for i in keep} - {-1}
    return sorted(complete(sentences, keep, window[-1] if len(window) == 1 else -1))


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
    picked = set(opening).union(*(_list_items(sentences, i) for i in opening))
    later = [sentences[i] if i not in opening else "" for i in range(len(sentences))]
    for part in parts(question, lexicon):
        query = set(lexicon.tokenize(part))
        said = set().union(*(shared_tokens(set(lexicon.tokenize(sentences[i])), query) for i in opening))
        rest = query - said
        if not rest or max(sentence_scores(part, later, lexicon, rest)) <= 0:
            rest = query  # nothing later holds what the opening lacks: match the whole question
        picked |= set(select(part, sentences, lexicon, limit=2, query=rest))
    return [q for group in runs(sorted(picked)) for q in pack([sentences[i] for i in group])]


def fit(question: str, heading: str, text: str, lexicon: Lexicon, heading_weight: float = 0.5) -> float:
    """How well a passage answers the question: its best sentence's score plus its heading's (a
    question/answer pair's question is worth more than a section title)."""
    query = set(lexicon.tokenize(question))
    best = max((overlap(s, query, lexicon) for s in split_sentences(text) if is_body(s)), default=0.0)
    return best + heading_weight * (overlap(heading, query, lexicon) if heading else 0.0)
