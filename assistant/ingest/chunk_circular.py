"""Chunk the IPT circular along its own structure.

Front part: introduction, "Nouveautés" and abbreviations (kind "toc", kept out of the way), the
documents to send back (a table) and the contact persons. Body: points 1.1 … 1.6 (and 1.3.1, 1.3.2),
2 … 8; the sixteen questions of point 5 one chunk each; the funding table of 1.1 and the CPMS table
of 1.6 kept whole; annexes 1–5 as forms. Long sections are split at paragraph boundaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.ingest.chunking import make_chunk, paragraphs, split_paragraphs
from assistant.ingest.loader import Document
from assistant.models import Chunk

# (heading line, locator, kind) of the parts that precede point 1, in document order.
_FRONT = (
    ("Mot d’introduction", "introduction", "section"),
    ("Nouveautés et modifications", "nouveautés", "toc"),
    ("Abréviations et acronymes", "abréviations", "toc"),
    ("Documents à renvoyer", "documents à renvoyer", "table"),
    ("Personnes à contacter", "personnes à contacter", "section"),
)
_BODY_START = "1. Principes généraux"
_FUNDING_TABLE_START = "Pour l’accompagnement de ces élèves"
_SUB = re.compile(r"^1\.(\d(?:\.\d)?)\.\s+\S")
_NUMBERED = re.compile(r"^(\d{1,2})\.\s+\S")
_ANNEX = re.compile(r"^Annexe (\d) :")
_QUESTION_COUNT = 16


@dataclass
class _Section:
    locator: str
    heading_path: list[str]
    kind: str = "section"
    title: str | None = None
    paras: list[str] = field(default_factory=list)


def _title(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _split_front(lines: list[str]) -> tuple[list[_Section], list[str]]:
    """The front parts as sections, and the lines of the body (from point 1 on)."""
    starts = []
    pos = 0
    for heading, locator, kind in _FRONT:
        pos = lines.index(heading, pos)
        starts.append((pos, heading, locator, kind))
    body_at = lines.index(_BODY_START, pos)
    sections = []
    for n, (at, heading, locator, kind) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else body_at
        sec = _Section(locator, [heading], kind, title=heading)
        sec.paras = paragraphs(lines[at + 1 : end])
        sections.append(sec)
    return sections, lines[body_at:]


def _body_sections(body: list[str]) -> list[_Section]:
    """Walk the paragraphs of the body, opening a section at each expected heading."""
    sections: list[_Section] = []
    top_title = ""
    sub_titles: dict[str, str] = {}
    next_top, next_q = 1, 1
    for para in paragraphs(body):
        top = _NUMBERED.match(para)
        sub = _SUB.match(para)
        annex = _ANNEX.match(para)
        in_point5 = bool(sections) and sections[-1].locator.startswith("point 5")
        if in_point5 and top and int(top.group(1)) == next_q and next_q <= _QUESTION_COUNT:
            sections.append(_Section(f"point 5, question {next_q}", [top_title], "question", _title(para)))
            next_q += 1
        elif top and int(top.group(1)) == next_top:
            top_title = _title(para)
            sections.append(_Section(f"point {next_top}", [top_title], title=top_title))
            next_top += 1
        elif sub and next_top == 2:
            number = "1." + sub.group(1)
            sub_titles[number] = _title(para)
            path = [top_title] + [sub_titles[k] for k in sorted(sub_titles) if number.startswith(k)]
            sections.append(_Section(f"point {number}", path, title=_title(para)))
        elif annex and next_top == 9:
            locator = f"annexe {annex.group(1)}"
            sections.append(_Section(locator, [top_title, _title(para)], "form", _title(para)))
        elif sections[-1].kind == "question" and not sections[-1].paras and para.endswith("?"):
            sections[-1].title = f"{sections[-1].title} {para}"  # question 16 goes on over two lines
        else:
            sections[-1].paras.append(para)
    return sections


def _question_chunk(doc: Document, sec: _Section) -> Chunk:
    assert sec.title is not None
    number = sec.locator.rsplit(" ", 1)[1]
    question = _NUMBERED.sub(lambda m: m.group(0)[-1], sec.title, count=1)
    answer = "\n\n".join(sec.paras)
    text = f"{sec.title}\n\n{answer}"
    path = [*sec.heading_path, f"Question {number}"]
    return make_chunk(doc, sec.locator, text, path, "question", question=question, answer=answer)


def _section_chunks(doc: Document, sec: _Section) -> list[Chunk]:
    head = [sec.title] if sec.title else []
    if sec.kind == "question":
        return [_question_chunk(doc, sec)]
    if not sec.paras and not head:
        return []
    if sec.kind in ("table", "form", "toc") or sec.locator == "point 1.6":
        kind = "table" if sec.locator == "point 1.6" else sec.kind
        return [make_chunk(doc, sec.locator, "\n\n".join(head + sec.paras), sec.heading_path, kind)]
    if sec.locator == "point 1.1":
        at = next(i for i, p in enumerate(sec.paras) if p.startswith(_FUNDING_TABLE_START))
        text_part = _Section(sec.locator, sec.heading_path, title=sec.title, paras=sec.paras[:at])
        table = "\n\n".join(sec.paras[at:])
        path = [*sec.heading_path, "Tableau des moyens d’accompagnement"]
        return [*_split_chunks(doc, text_part), make_chunk(doc, sec.locator, table, path, "table")]
    return _split_chunks(doc, sec)


def _split_chunks(doc: Document, sec: _Section) -> list[Chunk]:
    """A long section cut at paragraph boundaries; every part keeps the section's locator."""
    if not sec.paras:
        return []  # a heading with nothing under it (e.g. "1. Principes généraux")
    parts = split_paragraphs(([sec.title] if sec.title else []) + sec.paras)
    out = []
    for n, part in enumerate(parts):
        path = sec.heading_path if n == 0 else [*sec.heading_path[:-1], f"{sec.heading_path[-1]} (suite)"]
        out.append(make_chunk(doc, sec.locator, "\n\n".join(part), path, sec.kind))
    return out


def _separate_headings(lines: list[str]) -> list[str]:
    """A blank line before every heading-like line: the PDF glued page-top headings to the text above."""
    out: list[str] = []
    for line in lines:
        if _NUMBERED.match(line) or _SUB.match(line) or _ANNEX.match(line):
            out.append("")
        out.append(line)
    return out


def chunk_circular(doc: Document) -> list[Chunk]:
    lines = _separate_headings([line.strip() for line in doc.text.splitlines()])
    front, body = _split_front(lines)
    chunks: list[Chunk] = []
    for sec in front + _body_sections(body):
        chunks.extend(_section_chunks(doc, sec))
    return chunks
