"""Pydantic models shared by every layer: sources, chunks, citations, rule results, answers, state.

The `Answer` JSON is a contract read by other tools (see ARCHITECTURE.md): keep its fields stable.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Jurisdiction = Literal["FWB", "VL"]
AnswerKind = Literal["rule", "retrieval", "abstain", "clarify"]
QUOTE_MAX_CHARS = 500


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Strict):
    """One text of `corpus/`, as described in `corpus/sources.yaml`."""

    id: str
    title: str
    full_title: str
    kind: str
    date: dt.date | None = None
    jurisdiction: Jurisdiction
    url: str | None = None
    school_year: str | None = None
    file: str
    seed: str | None = None


class Chunk(_Strict):
    """A retrievable unit of a source: a section, a question/answer pair, an article (or part of one)."""

    id: str
    source_id: str
    locator: str
    heading_path: list[str] = Field(default_factory=list)
    text: str
    jurisdiction: Jurisdiction
    date: dt.date | None = None
    kind: str = "section"  # section | question | qa | article | form | table | preamble
    question: str | None = None  # for question/answer chunks: the question
    answer: str | None = None  # for question/answer chunks: the answer


class Citation(_Strict):
    """A verbatim quote of the corpus with where it comes from."""

    source_id: str
    title: str
    locator: str
    quote: str = Field(max_length=QUOTE_MAX_CHARS)
    url: str | None = None


class RuleResult(_Strict):
    """What a rule concludes, how, and on which sentences of the texts."""

    rule_id: str
    conclusion: str
    steps: list[str] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    facts: dict[str, Any] = Field(default_factory=dict)
    notes: list[str] = Field(default_factory=list)
    school_year: str | None = None
    data: dict[str, Any] = Field(default_factory=dict)  # structured result (date, actor, number…)


class ConversationState(_Strict):
    """What a conversation remembers between turns. Passed in and returned, never stored globally."""

    last_intent: str | None = None
    facts: dict[str, Any] = Field(default_factory=dict)
    sources: list[str] = Field(default_factory=list)
    last_question: str | None = None
    turns: int = 0


class Answer(_Strict):
    """The assistant's reply. JSON contract: text, kind, rule_id, citations, notes, state."""

    text: str
    kind: AnswerKind
    rule_id: str | None = None
    citations: list[Citation] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    state: ConversationState = Field(default_factory=ConversationState)

    def draft(self) -> str:
        """This answer as a courteous help-desk reply ready to send (see assistant/draft.py)."""
        from assistant.draft import render_draft

        return render_draft(self)
