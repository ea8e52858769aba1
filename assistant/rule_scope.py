"""A rule's declared scope: the questions it computes.

A rule reached by its topic words may be asked something it does not compute ("l'IPT s'arrête-t-elle
automatiquement si l'élève redouble ?", "les 88 points seront-ils augmentés ?", "combien de temps
attendre avant une nouvelle IPT ?"): its whole conclusion, often led by a « Oui », would answer
another question. A rule declares what it settles (`RuleSpec.settles`, regexes on the folded
question); a closed question, or one asking how long to wait, that matches none of them is not the
rule's to answer.
"""

from __future__ import annotations

import re

from assistant.rules.base import RuleSpec
from assistant.textnorm import fold
from assistant.understand.intent import compiled_patterns

# A question asking how long something lasts or must be waited for.
_WAITING = re.compile(r"\bcombien de temps\b|\bdelai\w*\b|\battend\w*\b")


def off_matter(spec: RuleSpec, question: str, followup: bool) -> bool:
    """Whether a first question routed to `spec` names none of the matter it computes
    (`RuleSpec.about`): "combien de périodes de gym par classe ?" asks no IPT's periods, so the texts
    answer it, not the rule's table. A follow-up takes its matter from the conversation."""
    if not spec.about or followup:
        return False
    q = fold(question)
    return not any(p.search(q) for p in compiled_patterns(spec.about))


def outside_scope(spec: RuleSpec, question: str, closed: bool) -> bool:
    """Whether a closed (yes/no) or waiting-time question asks something `spec` does not settle."""
    if not spec.settles:
        return False
    q = fold(question)
    if not (closed or _WAITING.search(q)):
        return False
    asked = asked_clause(q)
    if asked != q and any(p.search(asked) for p in compiled_patterns(spec.triggers)):
        return False  # "si l'élève change d'école, on arrête l'IPT ?": asked of the rule's own matter
    return not any(p.search(asked) for p in compiled_patterns(spec.settles))


# A leading clause that sets the scene ("après le retour en spécialisé suite à l'arrêt de l'IPT, …",
# "quand l'IPT s'arrête, …"): the rule's words there say what happened, not what is asked; the rest
# ("l'élève pourra-t-il revenir dans l'ordinaire ?") must be in the rule's scope or use its triggers.
_SCENE = re.compile(
    r"^(apres|suite a|quand|lorsqu\w*|si|s'il|s'ils|une fois|des que|en cas d\w*)\b[^,?;:]{6,}, (?=\S)"
)


def asked_clause(question: str) -> str:
    """The folded question without a leading scene-setting clause (the whole question if none)."""
    m = _SCENE.match(question)
    return question[m.end() :] if m else question
