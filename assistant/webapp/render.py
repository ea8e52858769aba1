"""Answer → chat Markdown: a kind label, the answer text, notes in small print, collapsible sources.

Everything coming from the user or the corpus is escaped so that no raw HTML can execute in the page:
`<` and `&` in Markdown text (keeps Markdown syntax such as `**` and `>` working), full HTML escaping
inside the `<details>` blocks and attributes.
"""

from __future__ import annotations

import html
from urllib.parse import urlparse

from assistant.models import Answer, Citation

KIND_LABELS = {
    "rule": "✅ **Réponse établie par les règles**",
    "retrieval": "📄 **Réponse tirée des textes**",
    "abstain": "ℹ️ **Les textes ne le précisent pas**",
    "clarify": "❓ **Précision demandée**",
}
USER_PREVIEW_CHARS = 600


def escape_md(text: str) -> str:
    """Neutralise HTML in Markdown text: `&` and `<` become entities, the rest stays Markdown."""
    return text.replace("&", "&amp;").replace("<", "&lt;")


def safe_url(url: str | None) -> str | None:
    """Only http(s) links are shown."""
    if not url:
        return None
    return url if urlparse(url).scheme in ("http", "https") else None


def citation_html(c: Citation) -> str:
    """One source as a collapsible block: title and locator, the quote, a link to the official text."""
    summary = html.escape(f"{c.title}, {c.locator}")
    body = f"<blockquote>« {html.escape(c.quote)} »</blockquote>"
    url = safe_url(c.url)
    if url:
        body += (
            f'<p><a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener noreferrer">'
            "Texte officiel</a></p>"
        )
    return f'<details class="ipt-source"><summary>{summary}</summary>{body}</details>'


def notes_html(notes: list[str]) -> str:
    items = "<br>".join(f"N.B. {html.escape(n)}" for n in notes)
    return f'<p class="ipt-notes"><small>{items}</small></p>'


def answer_markdown(answer: Answer) -> str:
    """The chat message for one answer."""
    parts = [KIND_LABELS.get(answer.kind, ""), escape_md(answer.text.strip())]
    if answer.notes:
        parts.append(notes_html(answer.notes))
    if answer.citations:
        header = f"**Sources ({len(answer.citations)})**"
        parts.append(header + "\n\n" + "\n".join(citation_html(c) for c in answer.citations))
    return "\n\n".join(p for p in parts if p)


def question_markdown(question: str) -> str:
    """The user's message as shown in the chat (escaped, very long ones shortened)."""
    text = question.strip()
    if len(text) > USER_PREVIEW_CHARS:
        text = text[:USER_PREVIEW_CHARS].rstrip() + f"… *({len(question)} caractères)*"
    return escape_md(text)


def notice_markdown(text: str) -> str:
    """A message from the app itself (rate limit, invalid date, internal error)."""
    return f"⚠️ {escape_md(text)}"
