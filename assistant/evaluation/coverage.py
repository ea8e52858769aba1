"""Which corpus sentences no tuning item asks about: where to write the next held-out round.

A sentence (of at least `MIN_CHARS` characters, as `sentence_split` cuts a chunk) is covered when a
gold quote of a dev or probe item contains it, is contained in it, or opens it (a long quote cut
short). The test split is never read: it is for reporting only.

Usage: `python -m assistant.evaluation.coverage [--source ID] [--list]`.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assistant.evaluation.dataset import EvalItem, load_items
from assistant.ingest.chunking import chunk_corpus
from assistant.models import Chunk
from assistant.sentence_split import split_sentences
from assistant.textnorm import collapse_ws

MIN_CHARS = 40
OPENING_CHARS = 60  # a gold quote this long that opens a sentence covers it


@dataclass(frozen=True)
class Sentence:
    source_id: str
    locator: str
    text: str
    covered: bool


def gold_quotes(items: Iterable[EvalItem]) -> dict[str, list[str]]:
    """The items' gold quotes by source, whitespace collapsed."""
    quotes: dict[str, list[str]] = defaultdict(list)
    for item in items:
        if item.gold_quote and item.gold_source:
            quotes[item.gold_source].append(collapse_ws(item.gold_quote))
    return quotes


def is_covered(sentence: str, quotes: Sequence[str]) -> bool:
    return any(
        sentence in q or q in sentence or (len(q) >= OPENING_CHARS and q[:OPENING_CHARS] in sentence)
        for q in quotes
    )


def sentences(chunks: Iterable[Chunk], quotes: dict[str, list[str]]) -> list[Sentence]:
    """Each distinct sentence of the chunks once, in corpus order, with whether a quote covers it."""
    seen: set[str] = set()
    out: list[Sentence] = []
    for chunk in chunks:
        for raw in split_sentences(chunk.text):
            text = collapse_ws(raw)
            if len(text) < MIN_CHARS or text in seen:
                continue
            seen.add(text)
            covered = is_covered(text, quotes.get(chunk.source_id, []))
            out.append(Sentence(chunk.source_id, chunk.locator, text, covered))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Phrases du corpus qu'aucun item dev/probe ne couvre.")
    parser.add_argument("--source", help="un seul texte (identifiant de corpus/sources.yaml)")
    parser.add_argument("--list", action="store_true", help="lister les phrases non couvertes")
    args = parser.parse_args(argv)
    quotes = gold_quotes(load_items("dev") + load_items("probe"))
    chunks = [c for c in chunk_corpus() if args.source in (None, c.source_id)]
    found = sentences(chunks, quotes)
    by_source: dict[str, list[Sentence]] = defaultdict(list)
    for s in found:
        by_source[s.source_id].append(s)
    for source, group in by_source.items():
        print(f"{source} : {sum(s.covered for s in group)}/{len(group)} phrases couvertes")
    if args.list:
        for s in found:
            if not s.covered:
                print(f"[{s.source_id} | {s.locator}] {s.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
