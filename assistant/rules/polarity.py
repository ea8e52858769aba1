"""Closed questions ("peut-il… ?", "faut-il… ?") answered by a rule open with "Oui" or "Non".

`Facts.yes_no` is set by the understanding layer when the question is a closed one; a rule whose
result settles it passes its decisive boolean to `lead`, which phrases the first sentence.
"""

from __future__ import annotations

import re

from assistant.rules.facts import Facts

# "non" denies, "non contraignant" qualifies an opinion that is given
_NEGATIVE = re.compile(
    r"\b(aucun\w*|pas de|n'a pas|ne \w+ pas|n'\w+ pas|jamais|non(?! contraignant))\b", re.IGNORECASE
)


def lead(facts: Facts, answer: bool | None, text: str, prefix: str = "") -> str:
    """'Oui : text' / 'Non : text' for a closed question whose answer is known; `text` unchanged otherwise.
    `prefix` is inserted after the word ("Oui, en 2025-2026 : …")."""
    if not facts.yes_no or answer is None or not text:
        return text
    first = text[0].lower() + text[1:] if len(text) > 1 and not text[1].isupper() else text
    return f"{'Oui' if answer else 'Non'}{prefix} : {first}"


def is_negative(role: str) -> bool:
    """Whether an actor's role text denies the role ("aucun avis systématique", "ne signe pas")."""
    return bool(_NEGATIVE.search(role))
