"""Footnotes of the PDF extractions: out of the sentences they interrupt, or next to their call.

The PDF prints a footnote at the bottom of its page: wherever the page breaks, in the middle of a
sentence ("en janvier 2024, ⟨note 1⟩ 1.350 ETP…") or after the next question of a Q&R list. A note
printed inside a sentence is moved, whole and word for word, after that sentence, so the sentence can
be quoted; other notes stay exactly as printed. With `follow_calls`, each note goes after the sentence
that holds its call ("prolongation7.", "2024-253.") — correct, but measured worse for ranking (see
`relocate_footnotes`), so cleaning does not use it yet.
Notes are numbered in order (a document may start again at 1); lines are already stripped.
"""

from __future__ import annotations

import re

_START = re.compile(r"^(\d{1,2}) [A-ZÀ-Ý]")
_SENTENCE_END = re.compile(r"[.?!][)»”]?$")
_GOES_ON = re.compile(r"^(?:[a-zà-ÿ]|\d+°|[➔●•◦▪–-] )")
_MAX_NOTE_LINES = 8
_MAX_SENTENCE_LINES = 40


def _note_end(lines: list[str], start: int) -> int | None:
    """Index after the last line of the note starting at `start` (None when it does not look like one)."""
    for j in range(start, min(start + _MAX_NOTE_LINES, len(lines))):
        line = lines[j]
        if not line:
            return None
        nxt = lines[j + 1] if j + 1 < len(lines) else ""
        if line.endswith(".") and not nxt[:1].islower():
            return j + 1
    return None


def _group_at(lines: list[str], i: int, expected: int) -> tuple[int, list[tuple[int, list[str]]]] | None:
    """(end index, [(number, note lines)]) of the run of consecutive notes starting at line i."""
    notes: list[tuple[int, list[str]]] = []
    pos = i
    while True:
        match = _START.match(lines[pos]) if pos < len(lines) else None
        wanted = notes[-1][0] + 1 if notes else expected
        if not match or int(match.group(1)) not in (wanted, 1 if not notes else wanted):
            break
        end = _note_end(lines, pos)
        if end is None:
            break
        notes.append((int(match.group(1)), lines[pos:end]))
        pos = end
        if pos < len(lines) and not lines[pos] and pos + 1 < len(lines) and _START.match(lines[pos + 1]):
            pos += 1  # notes of one page separated by a blank line
    if not notes:
        return None
    return (pos, notes)


def _call_pattern(number: int) -> re.Pattern[str]:
    """The call of note `number`: glued to a word, a closing mark or a school year ("2024-253")."""
    return re.compile(rf"(?:(?<=[^\W\d_])|(?<=[)»’])|(?<=\d{{4}}-\d{{2}})){number}(?!\d)(?=\W|$)")


def _find_call(lines: list[str], number: int, lo: int, hi: int) -> int | None:
    pattern = _call_pattern(number)
    for k in range(hi - 1, lo - 1, -1):
        if pattern.search(lines[k]):
            return k
    return None


def _sentence_end(lines: list[str], anchor: int) -> int:
    """Index of the first line from `anchor` on that ends a sentence and is not followed by more of it
    (a line in lower case, the next item of a list): the anchor when none is near."""
    for j in range(max(anchor, 0), min(anchor + _MAX_SENTENCE_LINES, len(lines))):
        nxt = next((line for line in lines[j + 1 :] if line), "")
        if lines[j] and _SENTENCE_END.search(lines[j]) and not _GOES_ON.match(nxt):
            return j
    return anchor


def _print_place(lines: list[str], i: int) -> int:
    """Where a note without a found call goes: after the sentence its page break interrupted (the text
    goes on in lower case or with a number), else where it was printed."""
    prev = next((line for line in reversed(lines[:i]) if line), ".")
    nxt = next((line for line in lines[i:] if line), "")
    if not prev.endswith((".", "?", "!", ":")) and (nxt[:1].islower() or nxt[:1].isdigit()):
        return _sentence_end(lines, i)
    return i - 1


def relocate_footnotes(lines: list[str], follow_calls: bool = False) -> list[str]:
    """The lines with every footnote moved after the sentence its page break interrupted, or (with
    `follow_calls`) after the sentence of its call (blank lines around it).

    Cleaning does not follow calls: measured, moving notes 5–7 of the Pacte and 3–7 of the circular
    into the passages of their calls reshuffled the ranking of those passages (a conversation test
    and three probe items lost) for two probe items gained."""
    out = list(lines)
    cursor, expected, i = 0, 1, 0
    while i < len(out):
        group = _group_at(out, i, expected) if out[i] else None
        if group is None:
            i += 1
            continue
        end, notes = group
        printed = out[i:end]
        del out[i:end]
        placed = []
        for number, note in notes:
            call = _find_call(out, number, cursor, i) if follow_calls else None
            placed.append((_sentence_end(out, call) if call is not None else _print_place(out, i), note))
        if all(at == i - 1 for at, _ in placed):  # nothing moves: the lines stay exactly as printed
            out[i:i] = printed
            expected, cursor = notes[-1][0] + 1, end
            i = end
            continue
        # Last position first (and, at one position, last note first) so earlier indices stay valid.
        for n in sorted(range(len(placed)), key=lambda n: (placed[n][0], n), reverse=True):
            at, note = placed[n]
            out[at + 1 : at + 1] = ["", *note, ""]
        shift = sum(len(note) + 2 for at, note in placed if at < i)
        ends = [at + 1 + sum(len(n) + 2 for a, n in placed if a <= at) for at, _ in placed]
        expected = notes[-1][0] + 1
        cursor = i + shift
        i = max([cursor, *ends])
    return out
