"""The answer to a follow-up about the last answer itself ("pourquoi ?", "c'est écrit où ?"): the last
rule's conclusion on the same case, then the passages it rests on, each with its text and place."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.compose import REASONING_MARKER
from assistant.models import Citation
from assistant.textnorm import fold

_MAX_PASSAGES = 3


def basis_text(conclusion: str, citations: Sequence[Citation]) -> str:
    """The conclusion, then (as its reasoning) each cited passage with its source, the passages closest
    to the conclusion first."""
    lines = [conclusion.strip(), "", REASONING_MARKER, "Ce que disent les textes :"]
    seen: set[str] = set()
    for cited in sorted(citations, key=lambda c: -_shared_words(conclusion, c.quote)):
        if cited.quote in seen or len(seen) >= _MAX_PASSAGES:
            continue
        seen.add(cited.quote)
        where = f"{cited.title}, {cited.locator}" if cited.locator else cited.title
        lines.append(f"- {where} : « {cited.quote.strip()} »")
    return "\n".join(lines)


def _shared_words(a: str, b: str) -> int:
    return len(set(re.findall(r"[a-z]{4,}", fold(a))) & set(re.findall(r"[a-z]{4,}", fold(b))))
