"""Deterministic cleaning of the raw corpus texts: front-matter, page footers, hyphenation, blank lines.

The cleaned text is what quotes are checked against, so cleaning never rewrites a word inside a
sentence: it only removes page furniture (footers, page numbers), moves a footnote printed inside a
sentence, whole, after that sentence (footnotes.py), joins words split across a line end ("d’in-\\n\\nformer" ->
"d’informer") and collapses runs of blank lines.
"""

from __future__ import annotations

import re

import yaml

from assistant.ingest.footnotes import relocate_footnotes

# Page furniture of the PDF extractions: running footers and lone page numbers.
_FOOTER_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^Circulaire IPT hors pôle territorial - Page \d+ / \d+$"),
    re.compile(r"^Éditeur resp\. :.*$"),
    re.compile(r"^\d{1,2}$"),  # a page number alone on its line (Infos du Pacte)
)

# Words after which a line-end hyphen is a real compound hyphen ("est-\nelle", "celle-\nci").
_KEEP_AFTER = frozenset(
    [
        "il",
        "elle",
        "ils",
        "elles",
        "on",
        "nous",
        "vous",
        "je",
        "tu",
        "ce",
        "t",
        "ci",
        "là",
        "même",
        "mêmes",
        "dessus",
        "dessous",
        "delà",
    ]
)
_KEEP_BEFORE = frozenset(["psycho", "socio", "médico", "ci", "là"])

_HYPHEN_END = re.compile(r"(\w+)-$")
_FIRST_WORD = re.compile(r"^(\w+)")
_COMPOUND = re.compile(r"\w+(?:-\w+)+")


def split_front_matter(raw: str) -> tuple[dict, str]:
    """(front-matter dict, body) of a text that may start with a `---` YAML block."""
    if not raw.startswith("---\n"):
        return {}, raw
    end = raw.find("\n---", 4)
    if end < 0:
        return {}, raw
    meta = yaml.safe_load(raw[4:end]) or {}
    body = raw[end + 4 :].split("\n", 1)[1] if "\n" in raw[end + 4 :] else ""
    return (meta if isinstance(meta, dict) else {}), body


def compound_vocabulary(texts: list[str]) -> frozenset[str]:
    """Hyphenated words written inside a line somewhere in the corpus (lower case)."""
    vocab: set[str] = set()
    for text in texts:
        for line in text.splitlines():
            body = line.rstrip()
            if body.endswith("-"):
                body = body[:-1]
            vocab.update(m.group(0).lower() for m in _COMPOUND.finditer(body))
    return frozenset(vocab)


def _keep_hyphen(left: str, right: str, vocab: frozenset[str]) -> bool:
    if right[0].isupper() or right[0].isdigit() or left[-1].isdigit():
        return True
    if right.lower() in _KEEP_AFTER or left.lower() in _KEEP_BEFORE:
        return True
    return f"{left}-{right}".lower() in vocab


def _is_footer(line: str) -> bool:
    return any(p.match(line) for p in _FOOTER_PATTERNS)


def _join_hyphenated(lines: list[str], vocab: frozenset[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        match = _HYPHEN_END.search(line)
        j = i + 1
        while j < len(lines) and not lines[j]:
            j += 1
        nxt = _FIRST_WORD.match(lines[j]) if match and j < len(lines) else None
        if match and nxt:
            keep = _keep_hyphen(match.group(1), nxt.group(1), vocab)
            head = line if keep else line[:-1]
            lines[j] = head + lines[j]
            i = j
            continue
        out.append(line)
        i += 1
    return out


def clean_body(body: str, vocab: frozenset[str], drop_footers: bool = True) -> str:
    """Strip lines, drop page footers, move footnotes out of sentences, join hyphenated line ends,
    collapse blank-line runs."""
    lines = [line.strip() for line in body.replace("\r\n", "\n").split("\n")]
    if drop_footers:
        lines = relocate_footnotes([line for line in lines if not _is_footer(line)])
    lines = _join_hyphenated(lines, vocab)
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"
