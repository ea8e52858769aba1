"""Verbatim sentences and quotes: a passage cut into its sentences, and sentences packed into quotes
of bounded length (a quote is always a verbatim piece of the text, whitespace collapsed).
Nothing here reads the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.models import QUOTE_MAX_CHARS
from assistant.textnorm import collapse_ws

# A sentence ends at . ! ? ; followed by a space and a capital, a bullet or a quote; at a blank
# line; or before a list item (" - si …", " • …") — chunk text has its line wraps collapsed.
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=[A-ZÀ-ÖØ-Þ«\"“(0-9])|\n\s*\n|\s+(?=[•➢\-–] \S)")


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
