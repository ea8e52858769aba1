"""Composition: verbatim sentence extraction, quote limits, rule answers first."""

from __future__ import annotations

import pytest

from assistant.compose import Passage, compose_retrieval, compose_rule
from assistant.evidence import Vocabulary
from assistant.index.analyzer import analyze
from assistant.models import QUOTE_MAX_CHARS, Chunk, Citation, RuleResult
from assistant.sentence_split import shorten_quote, split_sentences
from assistant.sentences import best_sentences
from assistant.textnorm import collapse_ws


def _chunk(text: str, **kw) -> Chunk:
    base = dict(
        id="x", source_id="circulaire-ipt-2025-2026", locator="point 1.5", text=text, jurisdiction="FWB"
    )
    base.update(kw)
    return Chunk(**base)


def _lexicon() -> Vocabulary:
    return Vocabulary([_chunk(TEXT), _chunk("Une autre école, un autre élève.", id="y")], analyze)


TEXT = (
    "L’IPT peut prendre fin à tout moment. Les parents peuvent demander l’arrêt.\n\n"
    "La décision est collégiale ; elle est prise par les partenaires. "
    "- si l’arrêt a lieu en cours d’année, un bilan est transmis dans les 30 jours calendrier."
)


def test_sentences_are_verbatim_pieces_of_the_text() -> None:
    sentences = split_sentences(TEXT)
    assert len(sentences) >= 4
    for s in sentences:
        assert s in collapse_ws(TEXT)


def test_best_sentences_pick_the_matching_one() -> None:
    got = best_sentences(
        "dans quel délai le bilan est-il transmis en cours d'année ?", TEXT, _lexicon(), limit=1
    )
    assert got and "30 jours calendrier" in got[0]


def test_non_adjacent_sentences_are_separate_quotes() -> None:
    got = best_sentences("les parents demandent l'arret ; bilan 30 jours", TEXT, _lexicon(), limit=3)
    for quote in got:
        assert quote in collapse_ws(TEXT)


@pytest.mark.parametrize("n", [10, 499, 500, 501, 2000])
def test_shorten_quote_is_a_verbatim_prefix_within_the_limit(n: int) -> None:
    text = ("Une phrase assez longue, avec une virgule; et un point-virgule. " * 40)[:n]
    out = shorten_quote(text)
    assert len(out) <= QUOTE_MAX_CHARS
    assert collapse_ws(text).startswith(out)
    assert out


def test_retrieval_answer_for_a_qa_pair_uses_its_answer() -> None:
    chunk = _chunk(
        "Qui rédige le bilan ?\n\nC’est l’école qui rédige le bilan.",
        kind="qa",
        question="Qui rédige le bilan ?",
        answer="C’est l’école qui rédige le bilan.",
    )
    composed = compose_retrieval(
        "qui redige le bilan", [Passage(chunk, "Circulaire IPT 2025-2026", None, 1.0)], analyze
    )
    assert composed.citations[0].quote == "C’est l’école qui rédige le bilan."
    assert "Circulaire IPT 2025-2026 (point 1.5)" in composed.text


def test_rule_answer_states_the_conclusion_first_and_keeps_its_citations() -> None:
    citation = Citation(source_id="s", title="T", locator="point 1.6", quote="q")
    result = RuleResult(
        rule_id="a.b", conclusion="Oui : le CPMS de l’ordinaire.", steps=["un", "deux"], citations=[citation]
    )
    composed = compose_rule(result)
    assert composed.text.startswith("Oui : le CPMS de l’ordinaire.")
    assert "- un" in composed.text
    assert composed.citations == [citation]


def test_list_numbers_stay_with_their_item_so_joined_quotes_stay_verbatim() -> None:
    text = "Les types sont : 7. les élèves sourds ; 8. les élèves ayant des troubles des apprentissages."
    sentences = split_sentences(text)
    assert " ".join(sentences) == collapse_ws(text)
    assert all(len(s) > 3 for s in sentences)


def test_evidence_coverage_and_unknown_acronyms() -> None:
    lexicon = _lexicon()
    chunk = _chunk(TEXT)
    assert lexicon.coverage("les parents peuvent demander l'arrêt", [chunk]) > 0.9
    assert lexicon.coverage("barème de salaire des logopèdes", [chunk]) < 0.2
    assert lexicon.unknown_acronyms("Et pour un élève TDAH ?") == ["TDAH"]
    assert lexicon.unknown_acronyms("Et pour une IPT ?") in ([], ["IPT"])
