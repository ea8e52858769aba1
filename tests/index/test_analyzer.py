"""The French analyzer: folding, stop-words, stemming, acronym expansion both ways."""

from __future__ import annotations

import pytest

from assistant.index.analyzer import STOP_WORDS, analyze
from assistant.index.lexical import LexicalIndex


def test_accents_case_and_stemming_are_normalised():
    assert analyze("Intégrations ÉLÈVES") == analyze("integration eleve")


def test_stop_words_are_dropped():
    tokens = analyze("le la les de des du et pour dans")
    assert tokens == []
    assert "de" in STOP_WORDS and "ipt" not in STOP_WORDS


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("PMS", "centre psycho-médico-social"),
        ("CPMS", "centre PMS"),
        ("IPT", "intégration permanente totale"),
        ("AO", "attestation d’orientation"),
        ("PIA", "plan individuel d'apprentissage"),
        ("CEB", "certificat d'études de base"),
        ("PO", "pouvoir organisateur"),
    ],
)
def test_acronym_and_its_expansion_share_tokens(short: str, long: str):
    assert set(analyze(short)) & set(analyze(long))
    # the acronym token itself is present on both sides
    assert set(analyze(short)) <= set(analyze(long)) | set(analyze(short + " " + long))


DOCS = [
    "Le centre psycho-médico-social accompagne l'élève.",
    "Le CPMS rédige le protocole.",
    "Les intégrations permanentes totales sont organisées par le pôle.",
    "L'AO est délivrée avant l'inscription.",
    "Les périodes sont calculées au 15 janvier.",
]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("PMS", {0, 1}),
        ("centre psycho-médico-social", {0, 1}),
        ("IPT", {2}),
        ("integration permanente", {2}),
        ("attestation d'orientation", {3}),
        ("AO", {3}),
    ],
)
def test_bm25_matches_across_spellings(query: str, expected: set[int]):
    scores = LexicalIndex(DOCS).scores(query)
    assert {i for i, s in enumerate(scores) if s > 0} == expected


def test_query_without_known_tokens_scores_zero():
    assert LexicalIndex(["un texte"]).scores("zzzz qwerty").tolist() == [0.0]
    assert LexicalIndex(["un texte"]).scores("").tolist() == [0.0]


def test_accented_participles_share_the_stem_of_their_verb():
    assert analyze("débutées") == analyze("débuté") == analyze("débuter")
    assert analyze("transmettre") == analyze("transmet")


@pytest.mark.parametrize(
    ("user", "text"),
    [
        ("les profs", "les enseignants"),
        ("le spé", "l'enseignement spécialisé"),
        ("le listing", "la liste"),
        ("temps de travail", "la charge en périodes"),
        ("intégration permanente", "l'IPT"),
    ],
)
def test_everyday_words_meet_the_texts_words(user: str, text: str):
    assert set(analyze(user)) & set(analyze(text))


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        ("accordees", "accordées"),
        ("debutees", "débutées"),
        ("octroyee", "octroyée"),
        ("generees", "générées"),
        ("arretee", "arrêtée"),
        ("annee", "année"),
    ],
)
def test_participles_typed_without_accents_meet_the_texts(typed: str, text: str):
    assert analyze(typed) == analyze(text)
