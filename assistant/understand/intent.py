"""Intent: score every registered rule on a normalised question; choose one only above a threshold.

score = max(trigger score, cue score) + 0.3 × (similarity to the rule's examples) + fact bonuses
- 0.35 when the question asks for an explanation (cues.GENERAL) - 0.8 when it is explicitly about the
Flemish Community (the rules state FWB law only). Examples alone never choose a rule: a question none
of whose triggers or cues fire goes to retrieval.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from assistant.rules import RuleSpec, registry
from assistant.understand.cues import CUES, FOREIGN, GENERAL, TOPIC_CUES
from assistant.understand.fact_bonus import fact_bonus
from assistant.understand.normalise import normalise
from assistant.understand.relative import mask_relatives
from assistant.understand.scope import is_flemish

THRESHOLD = 0.6
FLEMISH_PENALTY = 0.8  # "en Flandre, combien de périodes…": the texts answer, never an FWB rule
STRONG = 0.8  # an anaphoric follow-up changes rule only above this
# Words too common to tell two questions apart (the examples' similarity ignores them).
_STOP = frozenset(
    [
        "les",
        "des",
        "une",
        "un",
        "le",
        "la",
        "de",
        "du",
        "et",
        "ou",
        "a",
        "au",
        "aux",
        "en",
        "dans",
        "pour",
        "par",
        "sur",
        "que",
        "qui",
        "quoi",
        "est",
        "sont",
        "il",
        "elle",
        "ils",
        "on",
        "ce",
        "cet",
        "cette",
        "ces",
        "se",
        "sa",
        "son",
        "ses",
        "leur",
        "leurs",
        "pas",
        "ne",
        "plus",
        "tres",
        "faut-il",
        "faut",
        "peut",
        "peuvent",
        "doit",
        "doivent",
        "avec",
        "sans",
        "si",
        "l'ipt",
        "d'une",
        "d'un",
        "l'eleve",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "comment",
        "quand",
        "eleve",
        "ipt",
    ]
)


def _tokens(text: str) -> frozenset[str]:
    return frozenset(w[:6] for w in re.findall(r"[a-z0-9'-]+", text) if len(w) > 2 and w not in _STOP)


@lru_cache(maxsize=64)
def compiled_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """A rule's regexes (triggers, settles), compiled once; an invalid one is skipped."""
    out = []
    for p in patterns:
        try:
            out.append(re.compile(p))
        except re.error:
            continue
    return tuple(out)


@lru_cache(maxsize=256)
def _example_tokens(examples: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    return tuple(_tokens(normalise(e)) for e in examples)


def _similarity(question: frozenset[str], examples: tuple[str, ...]) -> float:
    best = 0.0
    for ex in _example_tokens(examples):
        if question and ex:
            best = max(best, 2 * len(question & ex) / (len(question) + len(ex)))
    return best


def _cue_score(spec: RuleSpec, text: str) -> tuple[float, float]:
    """(sum of the matching positive cues capped at 1, sum of the matching negative cues)."""
    cues = CUES.get(spec.id, ()) + TOPIC_CUES.get(spec.topic, ())
    weights = [w for p, w in cues if re.search(p, text)]
    weights += [
        w for p, w, exempt in FOREIGN if not {spec.id, spec.topic} & set(exempt) and re.search(p, text)
    ]
    return min(1.0, sum(w for w in weights if w > 0)), sum(w for w in weights if w < 0)


def score_rule(
    spec: RuleSpec, texts: tuple[str, ...], facts: dict[str, Any], general: bool, flemish: bool = False
) -> float:
    """The confidence that the question (its normalised forms `texts`) is about `spec`'s rule."""
    triggers = compiled_patterns(spec.triggers)
    hits = sum(1 for t in triggers if any(t.search(x) for x in texts))
    trig = 0.0 if not hits else 0.6 + (0.1 if hits > 1 else 0.0)
    cues = [_cue_score(spec, x) for x in texts]
    cue, penalty = max(c for c, _ in cues), min(n for _, n in cues)
    # a scale's items and score (X, W) given are a scale computation, whatever words surround them
    scale_given = spec.id == "sensorimotor.points" and bool(facts.get("scales"))
    if not trig and not cue and not scale_given:
        return 0.0
    trig = max(trig, 0.6 if scale_given else 0.0)
    score = max(trig, cue) + (0.1 if trig and cue >= 0.3 else 0.0) + penalty
    score += 0.3 * _similarity(_tokens(texts[-1]), spec.examples)
    score += fact_bonus(spec, texts[-1], facts)
    if general:
        score -= 0.35
    if flemish:
        score -= FLEMISH_PENALTY
    return round(max(0.0, score), 3)


def is_general(text: str) -> bool:
    return any(re.search(p, text) for p in GENERAL)


def rank(texts: tuple[str, ...], facts: dict[str, Any]) -> list[tuple[str, float]]:
    """(rule id, score) of every rule with a positive score, best first (ties: rule weight, then id)."""
    texts = tuple(mask_relatives(t) for t in texts)  # 'le personnel qui accompagne' asks no 'who'
    general, flemish = is_general(texts[-1]), is_flemish(texts[-1])
    rules = registry()
    scored = [(rid, score_rule(spec, texts, facts, general, flemish)) for rid, spec in rules.items()]
    scored = [(rid, s) for rid, s in scored if s > 0]
    scored.sort(key=lambda item: (-item[1], -rules[item[0]].weight, item[0]))
    return scored


def topic_of(candidates: list[tuple[str, float]]) -> str | None:
    """The topic of the best candidate, even below the threshold (None when nothing scored)."""
    if not candidates or candidates[0][1] < 0.3:
        return None
    return registry()[candidates[0][0]].topic
