"""A closed question on who acts, answered by quoted sentences where another agent does it: "c'est notre
école spécialisée qui reçoit les points ?" answered by "… le pôle territorial compétent … reçoit des
points complémentaires" opens "Non, ce n'est pas l'école spécialisée".

Only the question's "c'est X qui <verbe>" form is read; the quoted sentences using that verb (its first
five letters) must name some agent and never X. Otherwise nothing is concluded (never a guess).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.asked_agent import _LABELS, _agents
from assistant.textnorm import fold

_DETS = r"(?:le |la |l'|les |notre |nos |votre |vos |leur |leurs |mon |ma |mes |cette |ce |cet )"
_CLOSED_WHO = re.compile(
    rf"\b(?:c'est|est-ce)(?: bien| vraiment)? (?P<x>{_DETS}[^?;]{{2,60}}?) qui "
    r"(?:(?:l'|la |le |les |en |y |nous |vous |leur |lui )?)(?P<verb>[a-z]{5,})"
)


def denied_agent(question: str, quotes: Sequence[str]) -> str | None:
    """The label of the asked agent ("l'école spécialisée") when the quoted sentences give its act to
    another agent only, else None."""
    m = _CLOSED_WHO.search(fold(question))
    if not m or re.search(r"\bou\b", m["x"]):  # "c'est X ou Y qui… ?" is a choice
        return None
    asked = _agents(m["x"])
    if not asked:
        return None
    stem = m["verb"][:5]
    sentences = [
        s for q in quotes for s in re.split(r"(?<=[.;!?])\s+", fold(q)) if re.search(rf"\b{stem}", s)
    ]
    named: set[str] = set()
    for sentence in sentences:
        named |= _agents(sentence)
    if not named or named & asked or ("cpms" in asked and any(k.startswith("cpms") for k in named)):
        return None
    return _LABELS[sorted(asked)[0]]
