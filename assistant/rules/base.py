"""The rule contract: a rule is a pure function of `Facts` and a reference date returning a `RuleResult`.

Each topic module (deadlines.py, cpms.py, …) declares its rules with `@rule(...)`; the registry
(`assistant.rules.registry`) collects them for the router. Triggers are regular expressions matched
against the *normalised* question (lower case, accents folded, apostrophes unified, acronyms expanded
by `assistant.understand.normalise`); they decide which rule a question is about.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.models import RuleResult
from assistant.rules.facts import Facts

RuleFunc = Callable[[Facts, dt.date], RuleResult]


@dataclass(frozen=True)
class RuleSpec:
    id: str  # "topic.name", e.g. "attestation.nouvelle_attestation"
    topic: str  # deadlines | cpms | attestation | eligibility | accompaniment | means | end | sensorimotor
    title: str  # French, shown to users ("Faut-il une nouvelle attestation d'orientation ?")
    func: RuleFunc
    triggers: tuple[str, ...] = ()  # regexes on the normalised question; any match = candidate
    weight: float = 1.0  # tie-break between candidate rules
    decisive: tuple[str, ...] = ()  # Facts fields the conclusion depends on (for follow-ups)
    examples: tuple[str, ...] = field(default=())  # sample questions (documentation, tests)
    # what the rule settles: regexes on the folded question; a closed or waiting-time question routed
    # here that matches none asks something the rule does not compute (empty = no declared scope)
    settles: tuple[str, ...] = ()
    # the matter the rule computes: regexes on the folded question; a first question naming none of it
    # asks of another matter (gym periods per class are no IPT's periods) (empty = no declared matter)
    about: tuple[str, ...] = ()


_REGISTRY: dict[str, RuleSpec] = {}


def rule(
    id: str,
    *,
    topic: str,
    title: str,
    triggers: tuple[str, ...] = (),
    weight: float = 1.0,
    decisive: tuple[str, ...] = (),
    examples: tuple[str, ...] = (),
    settles: tuple[str, ...] = (),
    about: tuple[str, ...] = (),
) -> Callable[[RuleFunc], RuleFunc]:
    """Register a rule function under `id`."""

    def wrap(func: RuleFunc) -> RuleFunc:
        if id in _REGISTRY and _REGISTRY[id].func is not func:
            raise ValueError(f"rule {id!r} registered twice")
        _REGISTRY[id] = RuleSpec(id, topic, title, func, triggers, weight, decisive, examples, settles, about)
        return func

    return wrap


def registered() -> dict[str, RuleSpec]:
    return dict(_REGISTRY)
