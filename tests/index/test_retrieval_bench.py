"""The retrieval benchmark's pieces: item selection, hit rule, metrics, report section."""

from __future__ import annotations

from pathlib import Path

from assistant.evaluation.retrieval_bench import (
    END,
    START,
    Item,
    first_hit_rank,
    load_items,
    metrics,
    write_section,
)
from assistant.ingest import quote_in_corpus
from assistant.models import Chunk
from assistant.retrieve import ScoredChunk


def _hit(text: str, locator: str = "point 1") -> ScoredChunk:
    chunk = Chunk(id="c", source_id="s", locator=locator, text=text, jurisdiction="FWB")
    return ScoredChunk(chunk, 1.0)


def test_items_are_answerable_fwb_questions_with_verbatim_quotes():
    items = load_items()
    assert len(items) >= 60
    assert all(item.question and quote_in_corpus(item.gold_quote) for item in items)
    assert all(item.gold_source != "decret-flamand-2018-07-06" for item in items)


def test_hit_by_quote_with_collapsed_whitespace_or_by_locator():
    item = Item("x", "q", "deux  ans\nd'IPT", "point 5", "s")
    hits = [_hit("rien"), _hit("après deux ans d'IPT, …"), _hit("autre", "Point 5")]
    assert first_hit_rank(hits, item) == 2
    assert first_hit_rank(hits[2:], item) == 1
    assert first_hit_rank(hits[:1], item) is None


def test_metrics():
    m = metrics([1, 3, None, 12])
    assert m["hit@1"] == 0.25 and m["hit@3"] == 0.5 and m["hit@10"] == 0.5
    assert abs(m["MRR"] - (1 + 1 / 3 + 1 / 12) / 4) < 1e-9


def test_write_section_replaces_only_its_block(tmp_path: Path):
    report = tmp_path / "REPORT.md"
    write_section(report, "## Retrieval\nv1")
    report.write_text(
        report.read_text(encoding="utf-8") + "\n<!-- eval:start -->\nother\n<!-- eval:end -->\n"
    )
    write_section(report, "## Retrieval\nv2")
    text = report.read_text(encoding="utf-8")
    assert text.count(START) == 1 and "v2" in text and "v1" not in text and "other" in text and END in text
