"""Answer → chat Markdown: labels per kind, escaped text, collapsible sources with safe links."""

from __future__ import annotations

import pytest

from assistant.models import Answer, Citation
from assistant.webapp import render

CITATION = Citation(
    source_id="circulaire-ipt-2025-2026",
    title="Circulaire IPT 2025-2026",
    locator="point 1.5",
    quote="Les moyens <b>octroyés</b> & restitués.",
    url="https://www.gallilex.cfwb.be/x",
)


@pytest.mark.parametrize(
    ("kind", "label"),
    [
        ("rule", "Réponse établie par les règles"),
        ("retrieval", "Réponse tirée des textes"),
        ("abstain", "Les textes ne le précisent pas"),
        ("clarify", "Précision demandée"),
    ],
)
def test_each_kind_has_its_label(kind: str, label: str) -> None:
    md = render.answer_markdown(Answer(text="Texte.", kind=kind))
    assert md.splitlines()[0].count(label) == 1
    assert "Texte." in md


def test_sources_are_collapsible_escaped_and_linked() -> None:
    md = render.answer_markdown(Answer(text="Oui.", kind="rule", citations=[CITATION]))
    assert "<details" in md and "<summary>Circulaire IPT 2025-2026, point 1.5</summary>" in md
    assert "« Les moyens &lt;b&gt;octroyés&lt;/b&gt; &amp; restitués. »" in md
    assert '<a href="https://www.gallilex.cfwb.be/x"' in md
    assert "<b>" not in md


def test_non_http_links_are_dropped() -> None:
    bad = CITATION.model_copy(update={"url": "javascript:alert(1)"})
    md = render.answer_markdown(Answer(text="Oui.", kind="rule", citations=[bad]))
    assert "javascript" not in md and "<a " not in md


def test_answer_text_keeps_markdown_but_not_html() -> None:
    text = "**Réponse** <script>alert(1)</script>\n\n> citation\n\n**Raisonnement**\n1. étape"
    md = render.answer_markdown(Answer(text=text, kind="rule", notes=["Circulaire <i>2025-2026</i>"]))
    assert "<script>" not in md and "&lt;script>" in md
    assert "**Réponse**" in md and "\n> citation" in md and "**Raisonnement**" in md
    assert "<small>N.B. Circulaire &lt;i&gt;2025-2026&lt;/i&gt;</small>" in md


def test_long_user_question_is_shortened_and_escaped() -> None:
    q = "<img src=x onerror=alert(1)>" + "a" * 3000
    shown = render.question_markdown(q)
    assert "<img" not in shown
    assert len(shown) < 700 and f"({len(q)} caractères)" in shown
