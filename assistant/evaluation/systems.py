"""The systems the runner compares, behind one small interface.

- `assistant`: the real `Assistant` (rules, retrieval, abstention).
- `retrieval`: the same Assistant with rule routing switched off (`retrieval_only_assistant`).
- `bm25` / `dense`: the top passage of our BM25 or dense ranking returned as the answer.
- `naive`: the LangChain quickstart RAG (see `baselines.py`).
- `CallableSystem`: any function (question, state, today) -> Answer | Reply, for tests and fakes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from assistant.evaluation.scoring import Cited, Reply, reply_from_answer

RANK_DEPTH = 5
WARM_UP_QUESTION = "Qui introduit la demande d'intégration permanente totale ?"


class System(Protocol):
    name: str

    def reply(self, question: str, state: Any, today: dt.date | None) -> tuple[Reply, Any]: ...

    def ranked(self, question: str) -> list[str] | None: ...


def warm_up(system: System) -> None:
    """One question first, so latencies are measured warm (index and models loaded)."""
    system.reply(WARM_UP_QUESTION, None, None)


def retrieval_only_assistant(settings=None, index=None):
    """An Assistant forced onto its retrieval path: its rule registry is emptied, so no question is
    ever routed to a rule (understanding, retrieval, composition and abstention are unchanged)."""
    from assistant.chat import Assistant

    assistant = Assistant(settings, index=index)
    if not isinstance(getattr(assistant, "_rules", None), dict):
        raise RuntimeError("Assistant no longer keeps its rule registry in `_rules`: update the eval.")
    assistant._rules = {}
    return assistant


class AssistantSystem:
    """An `Assistant` (or subclass) as a system; conversation state is passed from turn to turn."""

    def __init__(self, name: str, assistant: Any) -> None:
        self.name = name
        self.assistant = assistant

    def reply(self, question: str, state: Any, today: dt.date | None) -> tuple[Reply, Any]:
        answer = self.assistant.ask(question, state, today)
        return reply_from_answer(answer), answer.state

    def ranked(self, question: str) -> list[str] | None:
        return [h.chunk.text for h in self.assistant.retriever.search(question, k=RANK_DEPTH)]


Search = Callable[[str, int], Sequence[Cited]]


def passage_reply(hits: Sequence[Cited]) -> Reply:
    """The top passage as the answer and its only citation; never abstains."""
    if not hits:
        return Reply(text="", kind="retrieval")
    top = hits[0]
    return Reply(text=top.quote, kind="retrieval", citations=(top,))


class PassageSystem:
    """A ranking as a system: the top passage is the answer (each turn answered on its own)."""

    def __init__(self, name: str, search: Search) -> None:
        self.name = name
        self.search = search

    def reply(self, question: str, state: Any, today: dt.date | None) -> tuple[Reply, Any]:
        return passage_reply(self.search(question, 1)), state

    def ranked(self, question: str) -> list[str] | None:
        return [c.quote for c in self.search(question, RANK_DEPTH)]


class CallableSystem:
    """A function as a system (for tests): fn(question, state, today) -> Answer | Reply [, state]."""

    def __init__(self, name: str, fn: Callable[..., Any], ranker: Callable[[str], list[str]] | None = None):
        self.name = name
        self.fn = fn
        self.ranker = ranker

    def reply(self, question: str, state: Any, today: dt.date | None) -> tuple[Reply, Any]:
        out = self.fn(question, state, today)
        if isinstance(out, Reply):
            return out, state
        return reply_from_answer(out), out.state

    def ranked(self, question: str) -> list[str] | None:
        return self.ranker(question) if self.ranker else None


def _chunk_search(method: Callable[..., list]) -> Search:
    def search(question: str, k: int) -> list[Cited]:
        return [Cited(h.chunk.source_id, h.chunk.text, h.chunk.locator) for h in method(question, k=k)]

    return search


SYSTEM_NAMES = ("assistant", "retrieval", "bm25", "dense", "naive")
BASELINE = "naive"


def build_systems(names: Sequence[str] = SYSTEM_NAMES, settings=None, index=None) -> list[System]:
    """The named systems over one shared index (loaded or built once)."""
    from assistant.chat import Assistant
    from assistant.index import load_or_build
    from assistant.settings import get_settings

    settings = settings or get_settings()
    index = index if index is not None else load_or_build(settings, progress=False)
    main = Assistant(settings, index=index)
    systems: list[System] = []
    for name in names:
        if name == "assistant":
            systems.append(AssistantSystem(name, main))
        elif name == "retrieval":
            systems.append(AssistantSystem(name, retrieval_only_assistant(settings, index)))
        elif name == "bm25":
            systems.append(PassageSystem(name, _chunk_search(main.retriever.search_bm25)))
        elif name == "dense":
            systems.append(PassageSystem(name, _chunk_search(main.retriever.search_dense)))
        elif name == "naive":
            from assistant.evaluation.baselines import NaiveRag

            naive = NaiveRag(index.embedder, settings=settings)
            systems.append(PassageSystem(name, naive.search))
        else:
            raise ValueError(f"unknown system: {name!r} ({', '.join(SYSTEM_NAMES)})")
    return systems
