"""The evaluation set: items written from the corpus, one YAML file per category under `eval/set/`.

Each item is a question (or a conversation of several turns) with the reference answer, the decisive
facts as tolerant regular expressions (matched against `textnorm.fold(answer)`), the facts that would
make an answer wrong, and the gold citation (source id, locator, verbatim quote). `load_items` is what
the runner and the retrieval benchmark read; `tests/eval/test_eval_set.py` checks the set itself.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.settings import PROJECT_ROOT

SET_DIR = PROJECT_ROOT / "eval" / "set"
# Extra tuning items written after the first tuning rounds, from the corpus only, never from the test
# split: a second, fresh sample of phrasings to tune on without wearing out `dev`. Kept out of "all".
PROBE_DIR = PROJECT_ROOT / "eval" / "probe"

Split = Literal["dev", "test", "probe"]
SPLITS: tuple[str, ...] = ("all", "dev", "test", "probe")
Category = Literal[
    "deadlines",
    "cpms",
    "attestation",
    "eligibility",
    "accompaniment",
    "means",
    "end",
    "sensorimotor",
    "circulaire",
    "pacte",
    "decrets",
    "abstain",
    "flemish",
    "multiturn",
]
Persona = Literal["coordinateur", "cpms", "helpdesk", "direction", "parent"]
Kind = Literal["rule", "retrieval", "abstain", "clarify"]

CATEGORIES: tuple[str, ...] = Category.__args__  # type: ignore[attr-defined]


class TurnCheck(BaseModel):
    """Facts checked on the answer to one turn of a conversation."""

    model_config = ConfigDict(extra="forbid")

    facts: list[str] = Field(default_factory=list)
    wrong: list[str] = Field(default_factory=list)


class EvalItem(BaseModel):
    """One evaluation item (see eval/README.md for the conventions)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    split: Split
    category: Category
    persona: Persona
    question: str | None = None
    turns: list[str] | None = None
    today: dt.date | None = None
    expected: str
    facts: list[str] = Field(default_factory=list)
    wrong: list[str] = Field(default_factory=list)
    gold_locator: str | None = None
    gold_quote: str | None = None
    gold_source: str | None = None
    answerable: bool = True
    expected_kind: Kind | None = None
    turn_checks: list[TurnCheck] | None = None
    tags: list[str] = Field(default_factory=list)  # e.g. "case" for a concrete pupil's situation

    @model_validator(mode="after")
    def _one_form(self) -> EvalItem:
        if (self.question is None) == (self.turns is None):
            raise ValueError(f"{self.id}: give exactly one of 'question' or 'turns'")
        if self.turns is not None and len(self.turns) < 2:
            raise ValueError(f"{self.id}: a conversation has at least two turns")
        if self.turn_checks is not None and len(self.turn_checks) != len(self.questions):
            raise ValueError(f"{self.id}: one turn_check per turn")
        return self

    @property
    def questions(self) -> list[str]:
        """The user's turns, in order (a single question is a one-turn conversation)."""
        return list(self.turns) if self.turns is not None else [self.question or ""]

    @property
    def last_question(self) -> str:
        return self.questions[-1]


def set_files(set_dir: Path | None = None) -> list[Path]:
    """The YAML files of the set, in name order."""
    return sorted((set_dir or SET_DIR).glob("*.yaml"))


def load_items(
    split: str = "all",
    categories: list[str] | tuple[str, ...] | set[str] | None = None,
    set_dir: Path | None = None,
) -> list[EvalItem]:
    """All items of the set (`split` = "dev", "test", "all" = dev + test, or "probe" = the extra
    tuning items of `eval/probe/`), optionally only some categories."""
    if split not in SPLITS:
        raise ValueError(f"unknown split: {split!r} (dev, test, all or probe)")
    if set_dir is None and split == "probe":
        set_dir = PROBE_DIR
    items: list[EvalItem] = []
    for path in set_files(set_dir):
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        if not isinstance(raw, list):
            raise ValueError(f"{path.name}: expected a list of items")
        items.extend(EvalItem.model_validate(entry) for entry in raw)
    wanted = set(categories) if categories is not None else None
    return [
        item
        for item in items
        if (split == "all" or item.split == split) and (wanted is None or item.category in wanted)
    ]
