"""The circular is cut along its own structure: points, the 16 questions of point 5, tables, annexes."""

from __future__ import annotations

import pytest

from assistant.ingest import chunk_corpus

CIRC = [c for c in chunk_corpus() if c.source_id == "circulaire-ipt-2025-2026"]


def _by_locator(locator: str) -> list:
    return [c for c in CIRC if c.locator == locator]


def test_point_5_has_sixteen_questions_each_with_its_answer() -> None:
    questions = [c for c in CIRC if c.kind == "question"]
    assert [c.locator for c in questions] == [f"point 5, question {n}" for n in range(1, 17)]
    for chunk in questions:
        assert chunk.question and chunk.question.endswith("?")
        assert chunk.answer and len(chunk.answer.split()) >= 3
        assert chunk.text.startswith(chunk.locator.rsplit(" ", 1)[1] + ".")
    assert _by_locator("point 5, question 4")[0].answer == "Dans l’école d’enseignement ordinaire."
    q16 = _by_locator("point 5, question 16")[0]
    assert q16.question.endswith("Que se passe-t-il avec les moyens octroyés ?")
    assert "30 septembre" in q16.answer


@pytest.mark.parametrize(
    "locator",
    [
        *(f"point 1.{n}" for n in range(1, 7)),
        "point 1.3.1",
        "point 1.3.2",
        *(f"point {n}" for n in (2, 3, 4, 6, 7)),
        *(f"annexe {n}" for n in range(1, 6)),
        "introduction",
        "personnes à contacter",
    ],
)
def test_each_section_is_found(locator: str) -> None:
    assert _by_locator(locator), locator


def test_section_titles_are_in_the_heading_path() -> None:
    (arret, *_) = _by_locator("point 1.5")
    assert arret.heading_path == ["1. Principes généraux", "1.5. L’arrêt de l’IPT"]
    (proposal, *_) = _by_locator("point 1.3.1")
    assert proposal.heading_path[1:] == ["1.3. Procédure pour débuter une IPT", "1.3.1. La proposition d’IPT"]
    assert _by_locator("point 2")[0].heading_path[0].startswith("2. Procédure à suivre pour rétrocéder")


def test_the_cpms_table_of_point_1_6_is_one_chunk() -> None:
    (table,) = _by_locator("point 1.6")
    assert table.kind == "table"
    for cell in ("Article 134", "Article 143 CPMS de l’ordinaire", "Nouvelle attestation", "initiale."):
        assert cell in table.text


def test_the_funding_table_of_point_1_1_is_kept_together() -> None:
    (table,) = [c for c in _by_locator("point 1.1") if c.kind == "table"]
    for cell in ("1,18 périodes par IPT", "25,88 points par IPT", "88 points par IPT", "= fin de la période"):
        assert cell in table.text


def test_long_sections_are_split_with_the_same_locator() -> None:
    parts = _by_locator("point 6")
    assert len(parts) >= 2
    assert all(len(c.text.split()) <= 260 for c in parts)


def test_front_matter_lists_do_not_pass_for_sections() -> None:
    kinds = {c.locator: c.kind for c in CIRC}
    assert kinds["nouveautés"] == "toc" and kinds["abréviations"] == "toc"
    assert all(c.kind == "form" for c in CIRC if c.locator.startswith("annexe"))
    # No section chunk carries the table of "Nouveautés" (its lines repeat the section titles).
    assert not [c for c in CIRC if c.kind == "section" and "Ce point a été réécrit" in c.text]


def test_footnotes_stay_with_the_chunk_where_they_appear() -> None:
    (q15,) = _by_locator("point 5, question 15")
    assert "6 Article 143 du décret du 3 mars 2004." in q15.text
    assert any("2 Article 132 du décret du 3 mars 2004" in c.text for c in _by_locator("point 1.1"))
