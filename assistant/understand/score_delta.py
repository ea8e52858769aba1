"""A follow-up that changes the carried scale total by a difference ("et avec 3 de plus ?").

After a computation on one sensori-motor scale, "et avec 3 de plus ?", "s'il avait eu 4 points de
moins ?", "avec 2 points supplémentaires ?" ask the same computation for the total W plus or minus
that difference: the number is a difference, never the new total itself.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.models import ConversationState
from assistant.understand.followup_facts import carried_scale

_MAX_WORDS = 14
# "3 de plus", "4 points de moins", "2 points supplementaires", "5 en plus", "+3", "-2"
_DELTA = re.compile(
    r"(?<![\d/.,])(?:(?P<sign>[+-]) ?(?P<n1>\d{1,3})\b"
    r"|(?P<n2>\d{1,3}) (?:points? )?(?P<dir>de plus|en plus|supplementaires?|de moins|en moins)\b)"
)
_LESS = ("de moins", "en moins", "-")


def shifted_scale_score(text: str, state: ConversationState | None, own: dict[str, Any]) -> int | None:
    """The carried scale's total moved by the turn's one difference (None when the turn gives no
    difference, when the state carries no single scale, or when the result leaves 0..3X)."""
    scale = carried_scale(state, own)
    if scale is None or len(text.split()) > _MAX_WORDS:
        return None
    found = list(_DELTA.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    amount = int(m.group("n1") or m.group("n2"))
    less = (m.group("sign") or m.group("dir")) in _LESS
    items, total = scale
    score = total - amount if less else total + amount
    return score if 0 <= score <= 3 * items else None
