"""Closed questions on whether something is done once ("on l'encode une seule fois ?") or each time
("faut-il le refaire chaque année ?"), answered from a quoted sentence that says it is done each time
("à effectuer à chaque rentrée scolaire ou dès qu'une nouvelle IPT commence").

A rule answers them from its obligation's own wording (rules/deadline_sentences.py); this is the same
reading for an extractive answer: "Non" to "une seule fois ?", "Oui" to "chaque année ?".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.textnorm import fold
from assistant.understand.normalise import normalise
from assistant.understand.slots.question_form import closed_question, recurrence

# a sentence saying the act is done again each time
_EACH_TIME = re.compile(r"\ba chaque\b|\bchaque (annee|rentree)\b|\btous les ans\b")


def recurrence_word(question: str, quotes: Sequence[str]) -> str | None:
    """'Oui'/'Non' for a closed question on recurrence when a quoted sentence says "each time"."""
    text = normalise(question)
    asked = recurrence(text).get("asks_recurrence")
    if not asked or not closed_question(text).get("yes_no"):
        return None
    if not any(_EACH_TIME.search(fold(quote)) for quote in quotes):
        return None
    return "Oui" if asked == "each" else "Non"
