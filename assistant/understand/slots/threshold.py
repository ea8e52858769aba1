"""Threshold side: a turn that places the case before or after a date it does not repeat.

"et si c'est après ?", "et avant le 30 ?", "et si l'arrêt a lieu au-delà de ce seuil ?": the date is
the one the conversation already stands on (the threshold of the last answer, e.g. 30 September for
the means of a stopped IPT). Only the side is stated, and sometimes the bare day ("le 30", no month),
which a rule compares with its own threshold's day. A full date ("avant le 30 septembre") is a date
slot, not this one.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.understand.slots.dates import MONTH_RE

_SIDE = {"avant": "avant", "apres": "apres", "au-dela": "apres", "au dela": "apres"}
# words for the threshold itself; not "cette date", which may be the case's own date
_DATE_WORDS = "ce seuil|ce delai|cette echeance|cette limite|le seuil|la limite"
# the side word, then nothing of a date but a bare day or a word standing for the date already named
_RELATIVE = re.compile(
    r"\b(?:(avant|apres|au-dela|au dela)|passe(?= (?:" + _DATE_WORDS + r")))"
    r"(?: (?:de |du |le |la |l')?(?:(?P<day>1er|\d{1,2})(?!\d)(?!(?: |/|-|\.)?(?:\d|" + MONTH_RE + r"))"
    r"|" + _DATE_WORDS + r"|ca|cela))?"
    r"(?: (?:alors|donc|du coup|plutot|dans ce cas|par contre))?\s*(?:[?!.,;]|$)"  # a filler may end it
)


def threshold_side(text: str) -> dict[str, Any]:
    """{'threshold_side': 'avant' | 'apres', 'threshold_day': n?} when the turn states only a side."""
    m = _RELATIVE.search(text)
    if not m:
        return {}
    out: dict[str, Any] = {"threshold_side": _SIDE.get(m.group(1) or "", "apres")}
    if m.group("day"):
        out["threshold_day"] = 1 if m.group("day") == "1er" else int(m.group("day"))
    return out
