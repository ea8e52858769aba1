"""Verbatim sentences and quotes: a passage cut into its sentences, and sentences packed into quotes
of bounded length (a quote is always a verbatim piece of the text, whitespace collapsed).
Nothing here reads the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.models import QUOTE_MAX_CHARS
from assistant.textnorm import collapse_ws, fold

# A sentence ends at . ! ? ; followed by a space and a capital, a bullet or a quote; at a blank
# line; or before a list item (" - si …", " • …") — chunk text has its line wraps collapsed.
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=[A-ZÀ-ÖØ-Þ«\"“(0-9])|\n\s*\n|\s+(?=[•➢\-–] \S)")

# The full stop of an abbreviation is no sentence end ("Article 65, § 4, al. 3 du décret", "**Art. 2.**",
# "M.B. du 06-10-2022, p. 71891", "aux S.A.I. (pour la Région wallonne)", "Mme C. DUPONT"). The one
# list, matched as a whole word before the full stop: legal references (art., al., p., pp., cf., ex.,
# n°), titles (M., MM., Mme, Mlle) and dotted initialisms of letters (A.R., A.Gt., M.B., S.A.I., e.a.).
# "etc." is left out: in French it usually ends its sentence. A single capital ("C.") is an initial
# only before a name in capitals ("C. DUPONT") or another initial.
_ABBREVIATION = re.compile(
    r"(?:^|[\s(«\"“'’*])(?:(?i:art|al|alin|p|pp|cf|ex|n°|resp|vol|chap)|M|MM|Mme|Mmes|Mlle|Dr"
    r"|(?:[A-Za-z]{1,3}\.-?)+[A-Za-z]{1,3})\.$"
)
# An article's label opening a piece ("**Art. 4.** Le Ministre …", '" Art. 95. Les décisions …') is a
# heading of its own: the sentence is its text (the label names no other legal text).
_LABEL = re.compile(r"^[\W_]*(?i:art)\.\s+[\w/.\-]+?\.\**(?=\s+\S)")
_INITIAL = re.compile(r"(?:^|[\s(])[A-Z](?:\.-?[A-Z])*\.$")
_NAME_AFTER_INITIAL = re.compile(r"^(?:[A-Z]\.|[A-ZÀ-ÖØ-Þ]{2,}\b)")


def _no_end(before: str, after: str) -> bool:
    """Whether a full stop between `before` and `after` is an abbreviation's, not a sentence end."""
    return bool(_ABBREVIATION.search(before)) or (
        bool(_INITIAL.search(before)) and bool(_NAME_AFTER_INITIAL.match(after))
    )


def _pieces(text: str) -> list[str]:
    """`text` cut at each sentence end (see `_SENTENCE_END`) that follows no abbreviation."""
    pieces: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        blank_line = m.group().count("\n") > 1
        if not blank_line and _no_end(text[start : m.start()], text[m.end() :]):
            continue
        pieces.append(text[start : m.start()])
        start = m.end()
    pieces.append(text[start:])
    return [part for piece in pieces for part in _label_apart(piece)]


def _label_apart(piece: str) -> list[str]:
    """A piece opening with an article's label, cut after that label (see `_LABEL`)."""
    piece = piece.strip()
    label = _LABEL.match(piece)
    return [label.group(), piece[label.end() :]] if label else [piece]


def split_sentences(text: str) -> list[str]:
    """Sentences of a chunk, each verbatim (whitespace collapsed). A tiny piece (a list number such
    as "8.") is kept with the sentence that follows it, so joined neighbours stay verbatim. No
    sentence ends after an abbreviation (see `_ABBREVIATION`)."""
    out: list[str] = []
    carry = ""
    for piece in (collapse_ws(p) for p in _pieces(text)):
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


# A clause of a folded text ends at . ; ! ? and a space, whatever follows: folded text has no capitals
# for split_sentences to find, and a clause after ";" is read on its own (a requirement, a denial).
_CLAUSE_END = re.compile(r"(?<=[.;!?])\s+")


def folded_clauses(text: str) -> list[str]:
    """The folded clauses of a text (what a closed question's denial or requirement is looked for in)."""
    return _CLAUSE_END.split(fold(text))


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
    return _clause_cut(text[:limit], limit)


def _clause_cut(cut: str, limit: int) -> str:
    """`cut` (a prefix of a longer text) ended after its last clause mark past its middle, else at
    its last word boundary."""
    for mark in ("; ", ", ", ": "):
        pos = cut.rfind(mark)
        if pos > limit // 2:
            return cut[: pos + 1]
    return cut[: cut.rfind(" ")] if " " in cut else cut


# A heading label quoted with the sentence it heads: an article's or a paragraph's number ("Art. 140.",
# '" § 3.') or a notice word ("Attention :"). Not a decree's own bold article number ("**Art. 38.**"):
# the citation's locator names it, and it would read as the amended text's number. The sentence is
# read without it (see `_LABEL`), its quote carries it as the text's reader would copy it.
_HEAD = re.compile(
    r"^(?:[\"«“]\s*)?(?:(?:(?i:art)\.|Article)\s+[\w/.\-]+?\.|§\s*\d+\w*(?:/\d+)?\.)$"
    r"|^(?:Attention|Rappel|Important|Remarque|N\.\s?B\.)\s?:$"
)
# A closing quotation mark after a sentence's end ("… intégré. \"", "… 7. \"."): the end of an amended
# text, not of the sentence a reader quotes; likewise an opening one before the first word.
_CLOSING_MARK = re.compile(r"(?<=[.;:!?)])\s*([\"»”])\s*\.?$")
_OPENING_MARK = re.compile(r"^([\"«“])\s+")
_PAIRS = {'"': '"', "»": "«", "”": "“", "«": "»", "“": "”"}


def _unbalanced(text: str, mark: str) -> bool:
    other = _PAIRS[mark]
    return text.count(mark) % 2 == 1 if other == mark else text.count(mark) > text.count(other)


def tidy_quote(quote: str) -> str:
    """A quote without the unbalanced quotation marks at its ends (still a verbatim piece)."""
    closing = _CLOSING_MARK.search(quote)
    if closing and _unbalanced(quote, closing.group(1)):
        quote = quote[: closing.start()]
    opening = _OPENING_MARK.match(quote)
    if opening and _unbalanced(quote, opening.group(1)):
        quote = quote[opening.end() :]
    return quote


def _labels(sentences: Sequence[str], first: int) -> str:
    """The heading labels right before sentence `first` ("Art. 133." "§ 4."), joined, or ""."""
    start = first
    while start > 0 and first - start < 2 and _HEAD.match(sentences[start - 1]):
        start -= 1
    return " ".join(sentences[start:first])


def labelled(text: str, quote: str, limit: int = QUOTE_MAX_CHARS) -> str:
    """A quote of `text` opening with the heading labels of its first sentence (see `_HEAD`) when it
    still fits in `limit`: "Art. 140. Un nouveau dossier …", "Attention : TOUS vos mails …"."""
    sentences = split_sentences(text)
    for i, sentence in enumerate(sentences):
        if quote.startswith(sentence) or sentence.startswith(quote):
            label = _labels(sentences, i)
            return f"{label} {quote}" if label and len(label) + 1 + len(quote) <= limit else quote
    return quote


def runs(indices: Sequence[int]) -> list[list[int]]:
    """Consecutive indices grouped: [1, 2, 5] -> [[1, 2], [5]]."""
    groups: list[list[int]] = []
    for i in sorted(indices):
        if groups and groups[-1][-1] == i - 1:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def clause_pieces(sentence: str, limit: int = QUOTE_MAX_CHARS) -> list[str]:
    """A sentence too long for one quote as consecutive verbatim pieces of at most `limit` characters,
    each cut after a clause mark (see `_clause_cut`): together they quote the whole sentence, so its
    subject ("Le Gouvernement, après avis …,") and its decisive clause ("peut autoriser, dans le cadre
    d'une intégration, l'inscription …") are both quoted, neither of them cut off."""
    pieces: list[str] = []
    rest = collapse_ws(sentence)
    while len(rest) > limit:
        piece = _clause_cut(rest[:limit], limit)
        pieces.append(piece)
        rest = rest[len(piece) :].strip()
    return [*pieces, rest] if rest else pieces


def pack(sentences: Sequence[str], limit: int = QUOTE_MAX_CHARS) -> list[str]:
    """Consecutive sentences as few verbatim quotes of at most `limit` characters each; a sentence
    too long alone is cut into consecutive pieces of its own (see `clause_pieces`: its prefix joined
    to the next sentence would not be verbatim)."""
    quotes: list[str] = []
    current = ""
    for sentence in sentences:
        candidate = f"{current} {sentence}".strip()
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            quotes.append(current)
        if len(sentence) <= limit:
            current = sentence
            continue
        quotes.extend(clause_pieces(sentence, limit))
        current = ""
    if current:
        quotes.append(current)
    return quotes
