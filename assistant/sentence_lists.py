"""The shape of a passage's sentences: body sentences (not headings or amending formulas) and the lists
they introduce. A sentence that introduces a list (ends with ":") brings its items, a bullet brings
the sentence that introduces its list, and a short best sentence brings the sentence that follows it
(see `complete`). Nothing here reads the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.textnorm import fold

MIN_SENTENCE_CHARS = 30  # shorter pieces are table cells or headings, not answers

# A bare heading: "1.3.2. Le projet d’IPT", "Annexe 5 :", a short line ending with a colon.
_HEADING = re.compile(
    r"^(\d+(\.\d+)*\.?\s+\S.{0,90}|(annexe|point|partie|titre|chapitre)\b.{0,40}|.{0,60}:)$", re.I
)
# A decree's amending formula ("L'article 140 du même décret est remplacé par la disposition
# suivante :"): it names the article but holds none of its content, which follows it.
_AMENDING = re.compile(
    r"\b(est|sont) (remplace|complete|insere|ajoute)e?s? .{0,40}"
    r"(disposition suivante|alinea suivant|paragraphes? suivants?|comme suit|du meme decret)\s*:?$"
)
# A list item: a bullet, a number ("1.", "2°", "a)") or a lower-case start (a wrapped item).
_LIST_ITEM = re.compile(r"^([●•➢\-–■]|\d{1,2}\s?[.°)]\s|[a-z]\)\s|[a-zà-ÿ])")

# A sentence that opens by pointing back at the one before ("Cette échelle est détaillée à …").
_BACK_REFERENCE = re.compile(r"^(cette|cet|ces|ce|celle-ci|celui-ci|celles-ci|ceux-ci)\b")

FOLLOW_MAX_CHARS = 220  # a best sentence shorter than this brings the sentence that follows it
PAIR_MAX_CHARS = 450  # ... when both fit in this length
LIST_MAX_ITEMS = 8
LIST_MAX_CHARS = 900
SHORT_INTRO_CHARS = 120  # a list's lead-in this short belongs with the sentence before it


def is_body(sentence: str) -> bool:
    return (
        len(sentence) >= MIN_SENTENCE_CHARS
        and not _HEADING.match(sentence)
        and not _AMENDING.search(fold(sentence).rstrip(' "'))
    )


def _continues_item(sentences: Sequence[str], j: int) -> bool:
    """Whether sentence `j`, which does not open an item, is the rest of the list item before it
    ("2. une échelle … visuelles. | Cette échelle est détaillée à l'annexe 6 ; | 3. …"): it ends with
    the item separator ";", the next sentence opens an item, or it points back ("Cette …")."""
    if (
        j < 1
        or j >= len(sentences)
        or _LIST_ITEM.match(sentences[j])
        or not _LIST_ITEM.match(sentences[j - 1])
    ):
        return False
    ends_item = sentences[j].rstrip(' »"').endswith(";")
    next_item = j + 1 < len(sentences) and bool(_LIST_ITEM.match(sentences[j + 1]))
    return ends_item or next_item or bool(_BACK_REFERENCE.match(fold(sentences[j])))


def _ends_with(sentence: str, mark: str | tuple[str, ...]) -> bool:
    return sentence.rstrip(' »"').endswith(mark)


def _open_line(sentence: str) -> bool:
    """Whether a sentence is a line with no closing mark ("Bases légales : | Décret du 3 mars 2004 …
    | …"), long enough not to be a table cell or a form's field: an item whose bullet was lost."""
    return len(sentence) >= MIN_SENTENCE_CHARS and not _ends_with(sentence, (".", "!", "?", ":", ";"))


def _unmarked_item(sentences: Sequence[str], intro: int, j: int) -> bool:
    """Whether sentence `j` is an item whose bullet was lost in the text ("… les trois étapes
    suivantes : | Prendre connaissance … ; | Lorsque c'est pertinent, … ; | Lorsque … années."):
    items end with ";" or with no closing mark (`_open_line`), so the first one after the colon ends
    so and every sentence after an item ending so is the next item (the last one may end with a full
    stop; after an open line, not with a colon: that introduces a list of its own)."""
    if j == intro + 1:
        return _ends_with(sentences[j], ";") or _open_line(sentences[j])
    if j <= intro + 1:
        return False
    prev = sentences[j - 1]
    return _ends_with(prev, ";") or (_open_line(prev) and not _ends_with(sentences[j], ":"))


def unmarked_intro(sentences: Sequence[str], item: int) -> int:
    """The sentence ending with a colon that introduces the list of lines without bullets or closing
    marks that sentence `item` belongs to ("Bases légales :"), or -1: an item quoted without its
    siblings cuts the list short."""
    if item < 1 or _LIST_ITEM.match(sentences[item]) or not _open_line(sentences[item]):
        return -1
    for i in range(item - 1, max(-1, item - 1 - 2 * LIST_MAX_ITEMS), -1):
        if _ends_with(sentences[i], ":"):
            return i if item in list_items(sentences, i) else -1
    return -1


def _short_intro(sentences: Sequence[str], i: int) -> bool:
    """Whether sentence `i` is a short lead-in of a list ("Les étapes visées à l'alinéa précédent
    sont :"): it says nothing by itself, so the sentence before it announces the list it brings."""
    return (
        0 <= i < len(sentences)
        and len(sentences[i]) <= SHORT_INTRO_CHARS
        and len(list_items(sentences, i)) >= 2
    )


def list_items(sentences: Sequence[str], intro: int) -> list[int]:
    """The items that follow a sentence ending with a colon (the list it introduces), with the
    sentences that continue an item (see `_continues_item`)."""
    if not sentences[intro].rstrip(' »"').endswith(":"):
        return []
    items: list[int] = []
    size = 0
    for j in range(intro + 1, min(len(sentences), intro + 1 + 2 * LIST_MAX_ITEMS)):
        size += len(sentences[j])
        in_list = (
            _LIST_ITEM.match(sentences[j])
            or _continues_item(sentences, j)
            or _unmarked_item(sentences, intro, j)
        )
        if not in_list or size > LIST_MAX_CHARS:
            break
        items.append(j)
    return items


def list_intro(sentences: Sequence[str], item: int) -> int:
    """The sentence that introduces the list a list item belongs to ("… élaboré conjointement par :"),
    or -1: a bullet quoted without it loses what it is a case of."""
    i = item
    while i > 0 and item - i < LIST_MAX_ITEMS and _LIST_ITEM.match(sentences[i]):
        i -= 1
        if sentences[i].rstrip(' »"').endswith(":") and is_body(sentences[i]):
            return i if item in list_items(sentences, i) else -1
    return -1


def complete(sentences: Sequence[str], keep: set[int], best: int) -> set[int]:
    """`keep` plus what its sentences need: the items of a list they introduce, and the sentence
    after a short best sentence (the fact is often split over two sentences)."""
    out = set(keep)
    for i in sorted(keep):
        out.update(list_items(sentences, i))
        intro = unmarked_intro(sentences, i)
        if intro >= 0:
            out.update([intro, *list_items(sentences, intro)])
        if i + 1 not in keep and _short_intro(sentences, i + 1):
            out.add(i + 1)
            out.update(list_items(sentences, i + 1))
        if _continues_item(sentences, i + 1):
            out.add(i + 1)
    nxt = best + 1
    if (
        best >= 0
        and len(sentences[best]) < FOLLOW_MAX_CHARS
        and nxt < len(sentences)
        and nxt not in out
        and is_body(sentences[nxt])
        and len(sentences[best]) + len(sentences[nxt]) <= PAIR_MAX_CHARS
    ):
        out.add(nxt)
        out.update(list_items(sentences, nxt))
    return out
