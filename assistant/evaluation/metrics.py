"""Aggregate item scores into metrics: accuracy, citation, abstention P/R/F1, hit@k, MRR, latency."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from assistant.evaluation.scoring import ItemScore

HIT_KS = (1, 3, 5)


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0-100) with linear interpolation; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low, high = math.floor(pos), math.ceil(pos)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass
class Abstention:
    precision: float | None
    recall: float | None
    f1: float | None
    tp: int
    fp: int
    fn: int


def abstention(scores: Sequence[ItemScore]) -> Abstention:
    """Positive = the item expects an abstention; predicted positive = the reply abstained."""
    tp = sum(s.behaviour == "abstain" and s.kind == "abstain" for s in scores)
    fp = sum(s.behaviour != "abstain" and s.kind == "abstain" for s in scores)
    fn = sum(s.behaviour == "abstain" and s.kind != "abstain" for s in scores)
    precision = _ratio(tp, tp + fp)
    recall = _ratio(tp, tp + fn)
    if precision is None or recall is None:
        f1 = None
    else:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Abstention(precision, recall, f1, tp, fp, fn)


@dataclass
class Metrics:
    n: int
    accuracy: float | None
    citation: float | None
    n_citation: int
    abstention_precision: float | None
    abstention_recall: float | None
    abstention_f1: float | None
    hit1: float | None
    hit3: float | None
    hit5: float | None
    mrr: float | None
    n_retrieval: int
    p50_ms: float | None
    p95_ms: float | None

    def as_dict(self) -> dict:
        return asdict(self)


def _hit(ranks: list[int | None], k: int) -> float | None:
    return _ratio(sum(r is not None and r <= k for r in ranks), len(ranks))


def summarize(scores: Sequence[ItemScore]) -> Metrics:
    """The metrics over a list of item scores (a whole split, a category, …)."""
    cited = [s.citation for s in scores if s.citation is not None]
    ranks = [s.rank for s in scores if s.ranked]
    latencies = [ms for s in scores for ms in s.latencies_ms]
    abst = abstention(scores)
    return Metrics(
        n=len(scores),
        accuracy=_ratio(sum(s.correct for s in scores), len(scores)),
        citation=_ratio(sum(cited), len(cited)),
        n_citation=len(cited),
        abstention_precision=abst.precision,
        abstention_recall=abst.recall,
        abstention_f1=abst.f1,
        hit1=_hit(ranks, 1),
        hit3=_hit(ranks, 3),
        hit5=_hit(ranks, 5),
        mrr=sum(1 / r for r in ranks if r is not None) / len(ranks) if ranks else None,
        n_retrieval=len(ranks),
        p50_ms=percentile(latencies, 50),
        p95_ms=percentile(latencies, 95),
    )


def by_category(scores: Sequence[ItemScore]) -> dict[str, Metrics]:
    """Metrics per category, in the order categories first appear."""
    groups: dict[str, list[ItemScore]] = {}
    for s in scores:
        groups.setdefault(s.category, []).append(s)
    return {name: summarize(group) for name, group in groups.items()}
