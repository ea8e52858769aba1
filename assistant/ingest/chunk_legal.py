"""Chunk the decrees and the arrêté: one chunk per article (long articles split by paragraph).

The locator names the article and, when it modifies another text, the article it rewrites:
"art. 39 (art. 137 du décret du 3 mars 2004)". "du même décret" is resolved to the text named last.
An article that inserts several numbered articles (art. 2 of the arrêté: articles 11/1 to 11/4 of the
arrêté of 12 May 2022) is cut at each inserted article. heading_path carries the TITRE/Chapitre titles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.ingest.chunking import make_chunk, split_paragraphs
from assistant.ingest.loader import Document
from assistant.models import Chunk

_HEADING = re.compile(r"^(#{2,4})\s+(.*)$")
_ARTICLE = re.compile(r"^(?:\*\*(?:Art\.|Article)\s+(?P<b>[^*]+?)\.\*\*|Article\s+(?P<p>1er)\.)")
_NUM = r"\d+(?:/\d+)?(?:er|bis|ter|quater|quinquies|sexies|septies|octies|novies|decies|undecies)?(?:/\d+)?"
_TARGET = re.compile(rf"\barticle (?P<num>{_NUM})(?![\w.-]*\d)")
_MENTION = re.compile(
    r"(?P<same>même (?:décret|arrêté|Code))"
    r"|(?P<kind>décret|arrêté|Code de l'Enseignement secondaire|Code)"
    r"(?P<what> du Gouvernement (?:de la Communauté française|flamand))? du "
    r"(?P<date>\d{1,2}(?:er)? \w+ \d{4})"
)
_INSERTED = re.compile(r"\bArtic[kl]e (?P<num>\d+/\d+)\. ")


@dataclass
class _Article:
    number: str
    heading_path: list[str]
    paras: list[str] = field(default_factory=list)


def _label(match: re.Match[str]) -> str:
    kind, date = match.group("kind"), match.group("date")
    if kind == "arrêté":
        return f"de l'arrêté du {date}"
    return f"du {kind} du {date}"


class _TargetResolver:
    """Which article of which text an article modifies; remembers the text named last."""

    def __init__(self) -> None:
        self.last: str | None = None

    def resolve(self, intro: str) -> str | None:
        mention = _MENTION.search(intro)
        if mention:
            self.last = self.last if mention.group("same") else _label(mention)
        target = _TARGET.search(intro)
        if not target or not self.last:
            return None
        return f"art. {target.group('num')} {self.last}"


def _articles(text: str) -> list[_Article]:
    """Articles with their paragraphs (blank-line separated blocks, lines kept)."""
    headings: dict[int, str] = {}
    articles: list[_Article] = []
    for block in re.split(r"\n\s*\n", text):
        block = block.strip()
        if not block:
            continue
        heading = _HEADING.match(block)
        if heading:
            level = len(heading.group(1))
            headings = {k: v for k, v in headings.items() if k < level} | {level: heading.group(2).strip()}
            continue
        start = _ARTICLE.match(block)
        if start:
            number = start.group("b") or start.group("p")
            articles.append(_Article(number, [headings[k] for k in sorted(headings)]))
        if articles:
            articles[-1].paras.append(block)
    return articles


def _groups(article: _Article, target: str | None, last: str | None) -> list[tuple[str, list[str]]]:
    """(target, paragraphs) groups: one, or one per inserted article when it inserts several."""
    inserted = [_INSERTED.search(p) for p in article.paras]
    if sum(m is not None for m in inserted) < 2 or target is not None:
        return [(target or "", article.paras)]
    groups: list[tuple[str, list[str]]] = []
    intro: list[str] = []
    for para, match in zip(article.paras, inserted, strict=True):
        if match:
            label = f"art. {match.group('num')} {last or ''}".strip()
            groups.append((label, [*intro, para]))
            intro = []
        elif groups:
            groups[-1][1].append(para)
        else:
            intro.append(para)
    return groups


def chunk_legal(doc: Document) -> list[Chunk]:
    resolver = _TargetResolver()
    chunks: list[Chunk] = []
    for article in _articles(doc.text):
        intro = _ARTICLE.sub("", article.paras[0]).split(" :")[0]
        target = resolver.resolve(intro)
        for inner, paras in _groups(article, target, resolver.last):
            locator = f"art. {article.number}" + (f" ({inner})" if inner else "")
            for part in split_paragraphs(paras):
                chunks.append(make_chunk(doc, locator, "\n\n".join(part), article.heading_path, "article"))
    return chunks
