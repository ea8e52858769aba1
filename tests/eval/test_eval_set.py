"""The checker of the evaluation set (eval/set/*.yaml): well-formed, verbatim gold quotes, honest patterns.

Every fact pattern must match the item's own reference answer (folded) and no "wrong" pattern may match
it; every gold quote must be found verbatim in the cleaned corpus text of its source.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from assistant.evaluation.dataset import CATEGORIES, EvalItem, load_items
from assistant.ingest import load_sources, quote_in_corpus
from assistant.textnorm import fold

ITEMS = load_items()
# The extra tuning items of eval/probe/ obey the same per-item rules (and ids are unique across both).
PROBE = load_items("probe")
CHECKED = ITEMS + PROBE
IDS = [item.id for item in CHECKED]
SOURCE_IDS = {s.id for s in load_sources()}

MINIMUMS = {"abstain": 22, "flemish": 8, "multiturn": 15, "pacte": 25}


def test_set_is_large_enough() -> None:
    assert len(ITEMS) >= 190
    counts = Counter(item.category for item in ITEMS)
    for category, minimum in MINIMUMS.items():
        assert counts[category] >= minimum, (category, counts[category])


def test_ids_are_unique() -> None:
    duplicates = [i for i, n in Counter(IDS).items() if n > 1]
    assert not duplicates


@pytest.mark.parametrize("category", CATEGORIES)
def test_each_category_has_both_splits_balanced(category: str) -> None:
    splits = Counter(item.split for item in ITEMS if item.category == category)
    assert splits["dev"] > 0 and splits["test"] > 0, (category, splits)
    total = splits["dev"] + splits["test"]
    assert abs(splits["dev"] - splits["test"]) <= max(2, total // 5), (category, splits)


def test_probe_items_are_kept_apart() -> None:
    assert all(item.split == "probe" for item in PROBE)
    assert not any(item.split == "probe" for item in ITEMS)


def test_loader_filters_split_and_category() -> None:
    dev = load_items("dev")
    test = load_items("test")
    assert len(dev) + len(test) == len(ITEMS)
    assert {i.split for i in dev} == {"dev"}
    only = load_items("all", categories=["cpms"])
    assert only and {i.category for i in only} == {"cpms"}
    with pytest.raises(ValueError):
        load_items("train")


def _compile(pattern: str) -> re.Pattern[str]:
    # Patterns are written in folded form: ASCII only (no accents, no typographic apostrophes).
    assert not re.search(r"[^\x00-\x7f]", pattern), f"pattern not in folded form: {pattern!r}"
    return re.compile(pattern)


@pytest.mark.parametrize("item", CHECKED, ids=IDS)
def test_patterns_match_own_expected_answer(item: EvalItem) -> None:
    expected = fold(item.expected)
    assert item.facts, "at least one decisive fact"
    for pattern in item.facts:
        assert _compile(pattern).search(expected), f"fact {pattern!r} misses its own expected answer"
    for pattern in item.wrong:
        assert not _compile(pattern).search(expected), f"wrong {pattern!r} matches the expected answer"
    for check in item.turn_checks or []:
        for pattern in check.facts + check.wrong:
            _compile(pattern)


@pytest.mark.parametrize("item", CHECKED, ids=IDS)
def test_fields_fit_the_kind_of_item(item: EvalItem) -> None:
    if item.category == "multiturn":
        assert item.turns is not None and len(item.turns) >= 2
    if item.category == "abstain":
        assert not item.answerable
    if item.answerable:
        assert item.gold_source in SOURCE_IDS, item.gold_source
        assert item.gold_quote and item.gold_locator
        assert len(item.gold_quote) <= 500
    else:
        assert item.expected_kind in (None, "abstain", "clarify")
    if item.gold_quote:
        assert item.gold_source in SOURCE_IDS, item.gold_source
    if item.category == "flemish" and item.answerable:
        assert item.gold_source == "decret-flamand-2018-07-06"
        assert re.search(r"flamand|communaute flamande|flandre", fold(item.expected))
    if item.answerable and item.gold_source == "decret-flamand-2018-07-06":
        assert item.category in ("flemish", "multiturn"), "Flemish law answers only Flemish questions"
    for text in item.questions:
        assert text.strip()


@pytest.mark.parametrize(
    "item", [i for i in CHECKED if i.gold_quote], ids=[i.id for i in CHECKED if i.gold_quote]
)
def test_gold_quote_is_verbatim(item: EvalItem) -> None:
    assert quote_in_corpus(item.gold_quote, item.gold_source), item.gold_quote


def test_questions_do_not_copy_the_gold_sentence() -> None:
    copied = [
        i.id for i in CHECKED if i.gold_quote and any(fold(i.gold_quote)[:60] in fold(q) for q in i.questions)
    ]
    assert not copied


def test_coverage_of_cases_pacte_pairs_and_paliers() -> None:
    assert sum("case" in i.tags for i in ITEMS) >= 20
    pacte_quotes = {i.gold_quote for i in ITEMS if i.gold_source == "infos-pacte-2024"}
    assert len(pacte_quotes) >= 25
    sensori = " ".join(fold(i.expected) for i in ITEMS if i.category == "sensorimotor")
    for points in ("0 point", "44 points", "88 points", "176 points", "352 points"):
        assert points in sensori, points
    flemish = [i for i in ITEMS if i.category == "flemish"]
    assert any(i.answerable for i in flemish) and any(not i.answerable for i in flemish)
    sources = {i.gold_source for i in ITEMS if i.gold_source}
    assert sources >= SOURCE_IDS
