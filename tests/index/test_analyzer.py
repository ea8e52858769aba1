"""The French analyzer: folding, stop-words, stemming, acronym expansion both ways."""

from __future__ import annotations

import pytest

from assistant.index.analyzer import STOP_WORDS, analyze, everyday_terms
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


def test_every_synonym_target_is_a_word_of_the_corpus():
    """An everyday word maps to the texts' own words: each target word occurs in some text of corpus/."""
    import re
    from pathlib import Path

    from assistant.index.analyzer import SYNONYMS
    from assistant.textnorm import fold

    corpus = " ".join(fold(p.read_text(encoding="utf-8")) for p in Path("corpus").glob("*.txt"))
    words = set(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", corpus))
    missing = {k: v for k, v in SYNONYMS.items() if not set(v.split()) <= words}
    assert not missing


@pytest.mark.parametrize(
    ("everyday", "texts_word"),
    [("le bus scolaire", "transport"), ("la gym", "education physique"), ("le kiné", "paramedical")],
)
def test_everyday_words_get_the_texts_words(everyday: str, texts_word: str):
    assert texts_word in everyday_terms(everyday)
    assert set(analyze(texts_word)) <= set(analyze(everyday))


def test_an_acronym_names_the_texts_word_but_keeps_its_own_tokens():
    # "le CEB" is the texts' "certificat" for the closed-question and agent checks; the index keeps the
    # acronym's own token (the texts write "certificat (CEB, CESS, CQ)")
    assert "certificat" in everyday_terms("son CEB")
    assert analyze("le CEB") == ["ceb"]
