"""Footnotes of the PDF extractions move, whole and word for word, after the sentence of their call."""

from __future__ import annotations

from assistant.ingest.footnotes import relocate_footnotes


def test_note_moves_after_the_sentence_of_its_call() -> None:
    lines = [
        "Une règle de la prolongation1. Les parties",
        "signent.",
        "",
        "Question suivante ?",
        "",
        "1 En cas de désaccord, les parents",
        "peuvent chercher une école.",
        "Réponse suivante.",
    ]
    out = relocate_footnotes(lines, follow_calls=True)
    assert out[:2] == lines[:2]
    assert out[2:6] == ["", "1 En cas de désaccord, les parents", "peuvent chercher une école.", ""]
    assert out[-1] == "Réponse suivante." and sorted(filter(None, out)) == sorted(filter(None, lines))


def test_note_without_call_goes_after_the_interrupted_sentence() -> None:
    lines = [
        "en janvier 2024,",
        "1 Pendant la transition, le coefficient évolue.",
        "",
        "1.350 ETP sont occupés.",
        "Suite.",
    ]
    out = relocate_footnotes(lines)
    assert [x for x in out if x] == [
        "en janvier 2024,",
        "1.350 ETP sont occupés.",
        "1 Pendant la transition, le coefficient évolue.",
        "Suite.",
    ]


def test_numbered_text_that_is_not_a_note_stays() -> None:
    lines = ["Le pôle reçoit :", "", "88 points complémentaires.", "", "2 Article unique", "sans point final"]
    assert relocate_footnotes(lines) == lines
