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
from assistant.rules.deadlines import UNDATED_STAGES
from assistant.understand.cues import ASKS_WHEN, CUES, FOREIGN, GENERAL, TOPIC_CUES, WHEN
from assistant.understand.normalise import normalise
from assistant.understand.scope import is_flemish

THRESHOLD = 0.6
FLEMISH_PENALTY = 0.8  # "en Flandre, combien de périodes…": the texts answer, never an FWB rule
# Facts that say the question is about a stop of the IPT.
_END_FACTS = frozenset({"end_when", "end_cause"})
STRONG = 0.8  # an anaphoric follow-up changes rule only above this
# Facts.means_kind -> the means rule that answers it.
MEANS_RULES = {
    "periodes": "means.periods_points",
    "points": "means.periods_points",
    "ordinaire": "means.ordinary_school",
    "fonctionnement": "means.operating_grants",
    "coefficient": "means.pole_coefficient",
    "restitution": "means.restitution",
}
# "quel CPMS", "le rôle du CPMS", its opinion, signature or initiative: the CPMS rule's own question.
_ASKS_WHICH_CPMS = (
    r"\b(quel|quels|quelle|lequel|roles?|competent|avis|sign\w*|initiative|assiste\w*|redige\w*)\b"
)
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
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
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


def _asks_delay(text: str) -> bool:
    return bool(re.search(ASKS_WHEN, text) or re.search(r"\b(combien de temps|quel delai)\b", text))


# What the sensori-motor points rule explains without a scale: the formula, N, X, W, the paliers.
_ASKS_FORMULA = (
    r"\bcomment\b.{0,30}\bcalcul\w*|\b(formule|pourcentage|ratio|paliers?|bareme|tableau|items?|score|resultat|total general"
    r"|combien de points|nombre de points|points? (rapporte|donne|genere)\w*|\d+ points?"
    r"|budget\w*|prorata|arrondi\w*|etapes?|proportion\w*|plafon\w*|maximum)\b|\b[nxw]\b"
)


# Who accompanies or follows the pupil: "qui assure son accompagnement ?", "c'est X ou Y qui assure le
# suivi ?"
_ASKS_WHO_FOLLOWS = r"\bqui\b.{0,60}\b(accompagn\w*|suivi|suit|assure\w*)\b"


# The IPT has stopped ("arrêtée le 22/09", "a pris fin", "interrompue", "a échoué").
_STOPPED = (
    r"\b(arrete\w*|arret (de|d'|du)|stopp\w*|interromp\w*|interrompu\w*|pris fin|prend fin|prendra fin"
    r"|terminee?s?|echoue\w*)\b"
)


def _fact_bonus(spec: RuleSpec, text: str, facts: dict[str, Any]) -> float:
    bonus = 0.0
    if spec.id == "sensorimotor.points" and (
        facts.get("scales")
        or facts.get("scale_points")
        or facts.get("scale_percent") is not None
        or facts.get("scale_items")
    ):
        bonus += 0.5
    if spec.topic == "means" and facts.get("scales"):
        bonus -= 0.3  # a scale's items and score: sensori-motor points, not the means of an IPT
    computed = (
        facts.get("scales")
        or facts.get("scale_points")
        or facts.get("scale_percent") is not None
        or facts.get("scale_items")
    )
    if spec.id == "sensorimotor.points" and not computed and not re.search(_ASKS_FORMULA, text):
        # no scale to compute and no question on the formula or the paliers ("avec quels moyens le pôle
        # démarre-t-il en attendant le calcul ?"): the passages answer, not the formula
        bonus -= 0.6
    if spec.id == "sensorimotor.encoding" and facts.get("scale_topic"):
        # a named practice (not only "encoder") is what the question asks, whatever else it mentions
        bonus += 0.3 if facts["scale_topic"] == "encodage" else 0.45
    if spec.id == "attestation.nouvelle_attestation" and facts.get("stage") == "attestation":
        situation = ("return_to_special", "change_of_type", "more_than_two_years", "years_in_ipt")
        bonus += 0.25 if any(k in facts for k in situation) else 0.0
    if spec.id == "eligibility.conditions" and facts.get("attends_special_since_15_october") is not None:
        bonus += 0.25  # the 15 October condition is decisive, whatever type or level is named
    if spec.id == "deadlines.when" and facts.get("deadline_key") and re.search(WHEN, text):
        bonus += 0.15
    if facts.get("deadline_key") and re.search(ASKS_WHEN, text):
        # a named obligation and a question for its date: the deadline table answers, not a means rule
        bonus += 0.3 if spec.id == "deadlines.when" else (-0.3 if spec.topic == "means" else 0.0)
    if facts.get("stage") in UNDATED_STAGES and re.search(ASKS_WHEN, text):
        # "avant quelle date envoyer la proposition ?": a date asked for a step; the deadline rule says
        # the texts give none
        bonus += 0.3 if spec.id == "deadlines.when" else 0.0
    stop = bool(_END_FACTS & set(facts)) or facts.get("stage") == "arret"
    if spec.id == "deadlines.when" and not facts.get("deadline_key") and stop:
        bonus -= 0.3  # a stop with no named document: the end rule gives its date and its deadlines
    if spec.id == "end.who_and_how" and not facts.get("deadline_key") and stop and _asks_delay(text):
        bonus += 0.15  # "l'arrêt a été décidé le …, dans quel délai le communiquer ?": its 30 days
    if spec.topic == "means" and MEANS_RULES.get(facts.get("means_kind", "")) == spec.id:
        bonus += 0.15
    if spec.id == "means.restitution" and (stop or re.search(_STOPPED, text)):
        bonus += 0.2  # the means of an IPT that stopped: kept or given back, not their amount
    if spec.id == "accompaniment.who" and (
        re.search(r"\bcombien\b(?! de temps)", text)
        # "accompagnée par notre école hors pôle : 16 périodes aussi ?": periods or points asked, no "qui"
        or (facts.get("means_kind") and not re.search(r"\bqui\b", text))
    ):
        bonus -= 0.3  # "accompagné par le pôle : ça rapporte combien ?": an amount, not who accompanies
    if (
        spec.id == "accompaniment.who"
        and facts.get("sign_language_immersion")
        and re.search(_ASKS_WHO_FOLLOWS, text)
    ):
        bonus += 0.5  # "immersion en langue des signes : qui l'accompagne ?": who, not whether eligible
    if spec.id == "cpms.role" and not facts.get("stage") and not re.search(_ASKS_WHICH_CPMS, text):
        bonus -= 0.3  # "le CPMS peut-il consulter le dossier médical ?": no stage, no role asked
    if spec.id == "eligibility.procedure" and stop:
        bonus -= 0.3  # "l'école n'est pas d'accord avec l'arrêt, qui tranche ?": a stop, not a proposal
    if spec.decisive and any(name in facts for name in spec.decisive):
        bonus += 0.05
    return bonus


def score_rule(
    spec: RuleSpec, texts: tuple[str, ...], facts: dict[str, Any], general: bool, flemish: bool = False
) -> float:
    """The confidence that the question (its normalised forms `texts`) is about `spec`'s rule."""
    triggers = _compiled(spec.triggers)
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
    score += _fact_bonus(spec, texts[-1], facts)
    if general:
        score -= 0.35
    if flemish:
        score -= FLEMISH_PENALTY
    return round(max(0.0, score), 3)


def is_general(text: str) -> bool:
    return any(re.search(p, text) for p in GENERAL)


def rank(texts: tuple[str, ...], facts: dict[str, Any]) -> list[tuple[str, float]]:
    """(rule id, score) of every rule with a positive score, best first (ties: rule weight, then id)."""
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
