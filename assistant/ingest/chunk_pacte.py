"""Chunk the "Infos du Pacte" report (June 2024): an introduction, Parts I–III by (sub-)heading and
workshop, and Part IV as one chunk per question/answer pair under its topic heading.

The PDF lost the typography that told headings and questions from the text, so the outline is written
down here (headings, and the first words of each question of Part IV); the test suite checks that every
one of them is found and that no question of Part IV is left inside an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.ingest.chunking import make_chunk, split_paragraphs
from assistant.ingest.loader import Document
from assistant.models import Chunk

PARTS: tuple[tuple[str, str], ...] = (
    ("I", "Réalisations et défis"),
    ("II", "Mise en place et pilotage des pôles : où en sommes-nous ?"),
    ("III", "Ateliers"),
    ("IV", "Questions et réponses"),
)
PART_II_HEADINGS = (
    "État des lieux et chiffres clés",
    "La période de transition des pôles",
    "Les deux types de missions des pôles",
    "La vérification des pôles",
    "Nouveautés : application e-pôles et formations",
    "Le pilotage des pôles",
)
TOPICS = (
    "Financement",
    "Vérification",
    "Relations avec les parents",
    "Pilotage",
    "Règles et procédures en lien avec les intégrations permanentes totales",
    "Règles et procédures en lien avec les aménagements raisonnables",
    "Phase transitoire",
    "Membres du personnel du pôle",
    "Divers",
)
# Questions of Part IV that are written as statements (no question mark): where they start.
STATEMENT_QUESTIONS = (
    "Lors de l’encodage du budget C",
    "Certains centres PMS refusent de communiquer",
)
_ATELIER = re.compile(r"^Atelier ‘(?P<name>.+)’\s*(?:\((?P<place>[^)]+)\))?\s*$")
_FOOTNOTE = re.compile(r"^\d{1,2} [A-ZÀ-Ý]")
_END = (".", "?", "!", ";", ":", "…")
QUESTION_LOCATOR_CHARS = 80


@dataclass
class _Part:
    locator: str
    heading_path: list[str]
    lines: list[str] = field(default_factory=list)


def _units(text: str) -> list[str]:
    """Non-blank lines; a heading wrapped over two lines (a workshop title) is one unit."""
    units: list[str] = []
    for line in (ln.strip() for ln in text.splitlines()):
        if not line:
            continue
        if units and units[-1].startswith("Atelier ‘") and "’" not in units[-1][9:]:
            units[-1] = f"{units[-1]} {line}"
        else:
            units.append(line)
    return units


def _paragraphs(lines: list[str]) -> list[str]:
    """Lines joined into paragraphs: a paragraph ends on final punctuation; footnotes stand apart."""
    paras: list[str] = []
    open_para = in_note = False
    for line in lines:
        if open_para and not _FOOTNOTE.match(line):
            paras[-1] = f"{paras[-1]} {line}"
        else:
            paras.append(line)
            in_note = bool(_FOOTNOTE.match(line))
        open_para = not line.endswith("." if in_note else _END)
    return paras


def _outline(units: list[str]) -> list[_Part]:
    parts = [_Part("introduction", ["Introduction"])]
    part = ""
    for unit in units:
        heading = next((num for num, title in PARTS if unit == title), None)
        atelier = _ATELIER.match(unit)
        if heading:
            part = heading
            parts.append(_Part(f"partie {part}", [f"Partie {part}", unit]))
        elif part == "II" and unit in PART_II_HEADINGS:
            parts.append(_Part(f"partie II, « {unit} »", ["Partie II", unit]))
        elif part == "III" and atelier:
            path = ["Partie III", unit]
            parts.append(_Part(f"partie III, atelier « {atelier.group('name')} »", path))
        elif part == "IV" and unit in TOPICS:
            parts.append(_Part(f"partie IV, {unit}", ["Partie IV", unit]))
        elif part == "IV" and atelier and parts[-1].heading_path[-1] in TOPICS and not parts[-1].lines:
            continue  # a workshop title repeated under "Financement" by the PDF: not text
        else:
            parts[-1].lines.append(unit)
    return parts


def _short(question: str) -> str:
    if len(question) <= QUESTION_LOCATOR_CHARS:
        return question
    cut = question[: QUESTION_LOCATOR_CHARS + 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def qa_pairs(lines: list[str]) -> list[tuple[str, list[str]]]:
    """(question, answer lines) of one topic: a question runs to its first line ending in ? (or .)."""
    pairs: list[tuple[str, list[str]]] = []
    i = 0
    while i < len(lines):
        j = i
        while not lines[j].endswith(("?", ".")):
            j += 1
        question = " ".join(lines[i : j + 1])
        k = j + 1
        while k < len(lines) and not _starts_question(lines, k):
            k += 1
        pairs.append((question, lines[j + 1 : k]))
        i = k
    return pairs


def _starts_question(lines: list[str], k: int) -> bool:
    """A question starts where a line ending in "?" is reached before any sentence ends, or a
    statement question begins."""
    if lines[k].startswith(STATEMENT_QUESTIONS):
        return True
    if not lines[k - 1].endswith((".", "?", "!", ":", ";")) or _FOOTNOTE.match(lines[k]):
        return False
    for line in lines[k:]:
        if line.endswith("?"):
            return True
        if line.endswith((".", "!", ";", ":")):
            return False
    return False


def _qa_chunks(doc: Document, part: _Part) -> list[Chunk]:
    topic = part.heading_path[-1]
    out = []
    for question, answer_lines in qa_pairs(part.lines):
        answer = "\n\n".join(_paragraphs(answer_lines))
        locator = f"partie IV, {topic}, Q&R « {_short(question)} »"
        text = f"{question}\n\n{answer}"
        out.append(make_chunk(doc, locator, text, part.heading_path, "qa", question=question, answer=answer))
    return out


def chunk_pacte(doc: Document) -> list[Chunk]:
    chunks: list[Chunk] = []
    for part in _outline(_units(doc.text)):
        if part.locator.startswith("partie IV, "):
            chunks.extend(_qa_chunks(doc, part))
            continue
        paras = _paragraphs(part.lines)
        if part.heading_path[-1] != "Introduction":
            paras = [part.heading_path[-1], *paras]
        for piece in split_paragraphs(paras):
            chunks.append(make_chunk(doc, part.locator, "\n\n".join(piece), part.heading_path))
    return chunks
