"""Properties every chunk must have: verbatim text, no page furniture, stable unique ids, jurisdiction."""

from __future__ import annotations

import re
import time

import pytest

from assistant.ingest import chunk_corpus, load_documents
from assistant.ingest.chunking import chunk_id, split_paragraphs
from assistant.textnorm import collapse_ws

CHUNKS = chunk_corpus()
DOCS = {d.source.id: d for d in load_documents()}


def test_every_source_is_chunked() -> None:
    assert {c.source_id for c in CHUNKS} == set(DOCS)
    assert all(c.text.strip() and c.locator for c in CHUNKS)


def test_chunk_text_is_verbatim_cleaned_text() -> None:
    collapsed = {sid: collapse_ws(d.text) for sid, d in DOCS.items()}
    for chunk in CHUNKS:
        whole = collapse_ws(chunk.text)
        if whole in collapsed[chunk.source_id]:
            continue
        for para in chunk.text.split("\n\n"):
            assert collapse_ws(para) in collapsed[chunk.source_id], (chunk.locator, para[:80])


def test_no_page_footer_or_broken_hyphenation_in_chunks() -> None:
    for chunk in CHUNKS:
        assert "hors pôle territorial - Page" not in chunk.text
        assert "Éditeur resp." not in chunk.text
        # A lower-case word cut at a line end would show as "d’in- former" once lines are joined.
        assert not re.search(r"[a-zà-ÿ]- [a-zà-ÿ]", chunk.text), (chunk.locator, chunk.text[:80])


def test_ids_are_unique_and_stable() -> None:
    ids = [c.id for c in CHUNKS]
    assert len(ids) == len(set(ids))
    from assistant.ingest.chunking import _chunk_corpus

    _chunk_corpus.cache_clear()
    again = chunk_corpus()
    assert [c.id for c in again] == ids
    assert [c.model_dump() for c in again] == [c.model_dump() for c in CHUNKS]
    assert all(c.id == chunk_id(c.source_id, c.locator, c.text) for c in CHUNKS)


def test_chunk_corpus_returns_copies() -> None:
    first = chunk_corpus()
    first[0].text = "modifié"
    assert chunk_corpus()[0].text != "modifié"


def test_jurisdiction_and_date_come_from_sources_yaml() -> None:
    for chunk in CHUNKS:
        source = DOCS[chunk.source_id].source
        assert chunk.jurisdiction == source.jurisdiction
        assert chunk.date == source.date
    assert {c.jurisdiction for c in CHUNKS if c.source_id == "decret-flamand-2018-07-06"} == {"VL"}
    assert {c.jurisdiction for c in CHUNKS if c.source_id != "decret-flamand-2018-07-06"} == {"FWB"}


def test_chunking_the_whole_corpus_is_fast() -> None:
    from assistant.ingest.chunking import _chunk_corpus

    _chunk_corpus.cache_clear()
    started = time.perf_counter()
    chunk_corpus()
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("sizes", [[50] * 12, [300, 10, 10, 300], [130, 130, 30, 130]])
def test_split_paragraphs_keeps_order_and_every_paragraph(sizes: list[int]) -> None:
    paras = [" ".join([f"p{i}"] * n) for i, n in enumerate(sizes)]
    parts = split_paragraphs(paras)
    seen = [p for part in parts for p in part]
    assert [p for i, p in enumerate(seen) if p not in seen[:i]] == paras  # overlap only repeats
    for part in parts[:-1]:
        assert sum(len(p.split()) for p in part) >= 120 or len(part) == 1
