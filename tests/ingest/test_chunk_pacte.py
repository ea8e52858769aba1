"""The Pacte report: Parts I–III by heading and workshop, Part IV one chunk per question/answer pair."""

from __future__ import annotations

import re

from assistant.ingest import chunk_corpus, document_by_id
from assistant.ingest.chunk_pacte import PART_II_HEADINGS, TOPICS
from assistant.textnorm import collapse_ws

PACTE = [c for c in chunk_corpus() if c.source_id == "infos-pacte-2024"]
QA = [c for c in PACTE if c.kind == "qa"]

# Counted by hand, reading Part IV of the report topic by topic (questions ending in "?" plus the two
# written as statements, "Lors de l’encodage du budget C…" and "Certains centres PMS refusent…"):
# Financement 7, Vérification 1, Relations avec les parents 1, Pilotage 3, Règles et procédures
# (intégrations permanentes totales) 12, Règles et procédures (aménagements raisonnables) 3,
# Phase transitoire 5, Membres du personnel du pôle 3, Divers 8 = 43.
HAND_COUNT = {
    "Financement": 7,
    "Vérification": 1,
    "Relations avec les parents": 1,
    "Pilotage": 3,
    "Règles et procédures en lien avec les intégrations permanentes totales": 12,
    "Règles et procédures en lien avec les aménagements raisonnables": 3,
    "Phase transitoire": 5,
    "Membres du personnel du pôle": 3,
    "Divers": 8,
}


def test_part_iv_has_the_hand_counted_question_answer_pairs() -> None:
    assert len(QA) == 43 == sum(HAND_COUNT.values())
    per_topic = {topic: sum(c.heading_path == ["Partie IV", topic] for c in QA) for topic in TOPICS}
    assert per_topic == HAND_COUNT


def test_each_pair_has_question_answer_and_locator() -> None:
    for chunk in QA:
        assert chunk.question and chunk.answer
        assert chunk.text == f"{chunk.question}\n\n{chunk.answer}"
        topic = chunk.heading_path[1]
        assert chunk.locator.startswith(f"partie IV, {topic}, Q&R « ")
        shown = chunk.locator.split("« ", 1)[1].removesuffix(" »")
        assert len(shown) <= 81 and chunk.question.startswith(shown.removesuffix("…"))


def test_no_question_is_left_inside_an_answer() -> None:
    for chunk in QA:
        lines = [ln for ln in chunk.answer.split("\n\n") if ln.strip()]
        assert not any(ln.rstrip().endswith("?") for ln in lines), chunk.locator


def test_every_question_mark_line_of_part_iv_is_in_a_question() -> None:
    text = document_by_id("infos-pacte-2024").text
    part_iv = text[text.index("\nQuestions et réponses\n") :]
    questions = " ".join(c.question for c in QA)
    for line in part_iv.splitlines():
        if line.rstrip().endswith("?"):
            assert line.strip() in questions, line


def test_known_pairs() -> None:
    (report,) = [c for c in QA if c.question.startswith("Si le budget de frais de fonctionnement")]
    assert report.heading_path == ["Partie IV", "Financement"]
    assert report.answer.startswith("Oui, ce report est possible.")
    (parents,) = [c for c in QA if c.question.startswith("Pourriez-vous clarifier")]
    assert parents.question.endswith("interlocuteurs des parents.")
    assert parents.answer.startswith("Les parents sont un acteur essentiel")
    (why,) = [c for c in QA if c.question.startswith("Nous venons de recevoir")]
    assert why.question.endswith("Pourquoi ?")


def test_parts_i_to_iii_follow_headings_and_workshops() -> None:
    locators = {c.locator for c in PACTE if c.kind == "section"}
    assert {"introduction", "partie I", "partie II", "partie III", "partie IV"} <= locators
    for heading in PART_II_HEADINGS:
        assert f"partie II, « {heading} »" in locators
    ateliers = sorted(loc for loc in locators if loc.startswith("partie III, atelier"))
    assert len(ateliers) == 6
    assert "partie III, atelier « Rapports avec l’administration »" in ateliers
    assert not any(re.search(r"Atelier ‘Missions", c.text) for c in QA)


def test_footnotes_stay_where_printed_unless_inside_a_sentence() -> None:
    (pv,) = [c for c in QA if c.question.startswith("Le PV du conseil de classe")]
    assert "7 En cas de désaccord des parents" in pv.answer
    # Footnote 1 was printed inside a sentence: the sentence is whole again, the note follows it.
    text = collapse_ws(document_by_id("infos-pacte-2024").text)
    assert "en janvier 2024, 1.350 ETP (équivalents temps-plein)" in text
    assert text.index("1 Pendant la période de transition") > text.index("1.350 ETP")
