"""Help-desk draft, currency notes, input limits and whom to contact."""

from __future__ import annotations

import datetime as dt

from assistant.currency import notes_for, school_year_of
from assistant.ingest import quote_in_corpus
from assistant.models import Answer, Citation
from assistant.replies import input_problem
from assistant.rules.contacts import POLES, SPECIAL_EDUCATION, contacts_for

CIT = Citation(
    source_id="circulaire-ipt-2025-2026",
    title="Circulaire IPT 2025-2026",
    locator="point 1.5",
    quote="Une phrase.",
)


def test_draft_has_greeting_answer_sources_and_closing() -> None:
    answer = Answer(
        text="**Oui** : le CPMS.\n\n> citation", kind="rule", citations=[CIT], notes=["Année 2025-2026."]
    )
    draft = answer.draft()
    assert draft.startswith("Madame, Monsieur,")
    assert "Oui : le CPMS." in draft and "**" not in draft
    assert "Base légale / Sources :" in draft
    assert "1. Circulaire IPT 2025-2026, point 1.5 : « Une phrase. »" in draft
    assert draft.rstrip().endswith("salutations distinguées.")
    assert draft == answer.draft()  # deterministic


def test_school_year_boundaries() -> None:
    assert school_year_of(dt.date(2025, 8, 23)) == "2024-2025"
    assert school_year_of(dt.date(2025, 9, 1)) == "2025-2026"
    assert school_year_of(dt.date(2026, 11, 22)) == "2026-2027"


def test_circular_note_says_to_check_the_current_year_after_2025_2026() -> None:
    later = notes_for([CIT], dt.date(2026, 11, 22))
    assert any("vérifiez la circulaire de l'année en cours" in n for n in later)
    same = notes_for([CIT], dt.date(2025, 10, 1))
    assert same == ["Circulaire de l'année 2025-2026."]


def test_input_limits() -> None:
    assert input_problem("x" * 2001, 2000) is not None
    assert "trop longue" in input_problem("x" * 2001, 2000)
    assert input_problem("Qui signe le protocole ?", 2000) is None


def test_contacts_follow_the_question_and_the_year() -> None:
    before = dt.date(2025, 10, 1)
    assert contacts_for("IPT accompagnée par une école hors pôle", before) == [SPECIAL_EDUCATION]
    assert contacts_for("le coordonnateur du pôle demande", before) == [POLES]
    assert contacts_for("une question générale", before) == [SPECIAL_EDUCATION, POLES]
    assert contacts_for("une question générale", dt.date(2026, 11, 22)) == [POLES]


def test_contact_quotes_are_verbatim() -> None:
    for contact in (SPECIAL_EDUCATION, POLES):
        assert quote_in_corpus(contact.citation.quote, "circulaire-ipt-2025-2026")


def test_check_the_current_circular_is_said_once() -> None:
    rule_note = "Échéance fixée pour l'année scolaire 2025-2026 ; nous sommes en 2026-2027 : vérifiez la circulaire de l'année en cours."
    notes = notes_for([CIT], dt.date(2026, 11, 22), extra=[rule_note])
    assert sum("vérifiez la circulaire de l'année en cours" in n for n in notes) == 1
    assert "Circulaire de l'année 2025-2026." in notes
