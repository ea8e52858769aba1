"""A help-desk reply ready to send, rendered from an Answer: greeting, answer, legal basis, closing.

Deterministic and made only of the answer's own text and references: nothing is invented.
"""

from __future__ import annotations

import re

from assistant.models import Answer

GREETING = "Madame, Monsieur,"
INTRO = "Nous avons bien reçu votre question relative aux intégrations permanentes totales (IPT)."
CLOSING = (
    "Nous restons à votre disposition pour tout renseignement complémentaire.\n\n"
    "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées."
)


def _plain(markdown: str) -> str:
    """The answer text without Markdown markers (bold, quote marks at line start, headings)."""
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", markdown)
    text = re.sub(r"^\s*>\s?", "", text, flags=re.M)
    text = re.sub(r"^#+\s*", "", text, flags=re.M)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def render_draft(answer: Answer) -> str:
    parts = [GREETING, INTRO, _plain(answer.text)]
    if answer.citations:
        lines = ["Base légale / Sources :"]
        for i, c in enumerate(answer.citations, 1):
            ref = f"{c.title}, {c.locator}"
            lines.append(f"{i}. {ref} : « {c.quote} »" + (f" ({c.url})" if c.url else ""))
        parts.append("\n".join(lines))
    if answer.notes:
        parts.append("\n".join(f"N.B. {n}" for n in answer.notes))
    parts.append(CLOSING)
    return "\n\n".join(parts)
