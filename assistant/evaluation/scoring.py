"""The scorer: one evaluation item and the replies a system gave -> an `ItemScore`; scores -> `Metrics`.

Definitions (also printed in eval/REPORT.md):

- **Answer accuracy.** Patterns are matched with `re.search` against `textnorm.fold(reply.text)`.
  An item expected to be answered is correct when every `facts` pattern matches, no `wrong` pattern
  matches in the conclusion and the reply is neither an abstention nor a clarifying question. The
  conclusion is the text before a rule answer's reasoning section (`REASONING_MARKER`): the reasoning
  rehearses the rule's whole table (the other tiers, periods, dates) by design, so a `wrong` pattern
  is not held against it; `facts` may match anywhere. An item expected to end in
  an abstention (not answerable) is correct when the reply abstains and no `wrong` pattern matches.
  An item whose `expected_kind` is `clarify` is correct when the reply asks to clarify, with its facts
  and without its wrong patterns. In a conversation, the checks apply to the last reply, and each
  `turn_checks` entry (if any) to the reply of its turn.
- **Citation correctness** (items with a gold quote that expect an answer): some citation's quote
  contains the gold quote, or is itself a passage of the gold quote of at least
  `MIN_PARTIAL_QUOTE` characters from the gold source; both sides whitespace-collapsed.
- **Abstention**: positive = the item expects an abstention; predicted positive = the reply abstains.
- **Retrieval**: rank of the first retrieved chunk whose text contains the gold quote
  (whitespace-collapsed); hit@k = rank <= k; MRR = mean of 1/rank (0 when not found in the top k).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.evaluation.dataset import EvalItem
from assistant.textnorm import collapse_ws, fold

MIN_PARTIAL_QUOTE = 60
REASONING_MARKER = "**Raisonnement**"  # assistant/compose.py: conclusion first, then the reasoning
DECLINES = ("abstain", "clarify")


@dataclass(frozen=True)
class Cited:
    """What the scorer needs of a citation (a baseline's whole chunk may exceed Citation's 500 chars)."""

    source_id: str
    quote: str
    locator: str = ""


@dataclass(frozen=True)
class Reply:
    """What the scorer needs of an answer."""

    text: str
    kind: str
    citations: tuple[Cited, ...] = ()
    rule_id: str | None = None


def reply_from_answer(answer) -> Reply:
    """An `assistant.models.Answer` as a `Reply`."""
    cited = tuple(Cited(c.source_id, c.quote, c.locator) for c in answer.citations)
    return Reply(text=answer.text, kind=answer.kind, citations=cited, rule_id=answer.rule_id)


@lru_cache(maxsize=4096)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def missing_facts(text: str, facts: Iterable[str]) -> list[str]:
    """The fact patterns that do not match the folded text."""
    folded = fold(text)
    return [p for p in facts if not _compiled(p).search(folded)]


def wrong_hits(text: str, wrong: Iterable[str]) -> list[str]:
    """The wrong-fact patterns that match the folded text."""
    folded = fold(text)
    return [p for p in wrong if _compiled(p).search(folded)]


def conclusion(text: str) -> str:
    """The answer without its reasoning section (the whole text when it has none)."""
    return text.split(REASONING_MARKER, 1)[0]


def expected_behaviour(item: EvalItem) -> str:
    """'answer', 'abstain' or 'clarify': what a correct reply to the item does."""
    if item.expected_kind in DECLINES:
        return item.expected_kind
    return "answer" if item.answerable else "abstain"


def _final_ok(item: EvalItem, reply: Reply, missing: list[str], wrong: list[str]) -> bool:
    behaviour = expected_behaviour(item)
    if behaviour == "abstain":
        return reply.kind == "abstain" and not wrong
    if behaviour == "clarify":
        return reply.kind == "clarify" and not missing and not wrong
    return reply.kind not in DECLINES and not missing and not wrong


def turn_checks_ok(item: EvalItem, replies: Sequence[Reply]) -> bool:
    """Every per-turn check (if the item has any) holds on the reply of its turn."""
    for check, reply in zip(item.turn_checks or [], replies, strict=False):
        if missing_facts(reply.text, check.facts) or wrong_hits(conclusion(reply.text), check.wrong):
            return False
    return True


def citation_ok(reply: Reply, gold_quote: str, gold_source: str | None) -> bool:
    """Some citation contains the gold quote, or is a long enough passage of it from the gold source."""
    gold = collapse_ws(gold_quote)
    for cited in reply.citations:
        quote = collapse_ws(cited.quote)
        if gold in quote:
            return True
        same_source = gold_source is None or cited.source_id == gold_source
        if same_source and len(quote) >= MIN_PARTIAL_QUOTE and quote in gold:
            return True
    return False


def retrieval_rank(gold_quote: str, ranked_texts: Sequence[str]) -> int | None:
    """1-based rank of the first text containing the gold quote (whitespace-collapsed), else None."""
    gold = collapse_ws(gold_quote)
    for rank, text in enumerate(ranked_texts, 1):
        if gold in collapse_ws(text):
            return rank
    return None


@dataclass
class ItemScore:
    """How one system did on one item."""

    id: str
    category: str
    split: str
    question: str
    facts: list[str]
    answer: str
    kind: str
    rule_id: str | None
    correct: bool
    behaviour: str  # answer | abstain | clarify
    citation: bool | None  # None: not applicable
    rank: int | None  # retrieval rank of the gold quote
    ranked: bool  # whether retrieval is measured on this item
    missing: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)


def score_item(
    item: EvalItem,
    replies: Sequence[Reply],
    ranked_texts: Sequence[str] | None = None,
    latencies_ms: Sequence[float] = (),
) -> ItemScore:
    """Score the replies to an item's turns (the last one is the answer) and its retrieval ranking."""
    last = replies[-1]
    missing = missing_facts(last.text, item.facts)
    wrong = wrong_hits(conclusion(last.text), item.wrong)
    behaviour = expected_behaviour(item)
    correct = _final_ok(item, last, missing, wrong) and turn_checks_ok(item, replies)
    gold_applies = behaviour == "answer" and bool(item.gold_quote)
    citation = citation_ok(last, item.gold_quote or "", item.gold_source) if gold_applies else None
    ranked = bool(item.gold_quote) and ranked_texts is not None
    rank = retrieval_rank(item.gold_quote or "", ranked_texts or []) if ranked else None
    return ItemScore(
        id=item.id,
        category=item.category,
        split=item.split,
        question=" / ".join(item.questions),
        facts=list(item.facts),
        answer=last.text,
        kind=last.kind,
        rule_id=last.rule_id,
        correct=correct,
        behaviour=behaviour,
        citation=citation,
        rank=rank,
        ranked=ranked,
        missing=missing,
        wrong=wrong,
        latencies_ms=list(latencies_ms),
    )
