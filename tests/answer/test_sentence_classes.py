"""Which sentence answers: the level of schooling asked, the agent asked ("qui ?"), and the one
sentence a further passage adds (assistant/sentence_scores.py, assistant/compose.py)."""

from __future__ import annotations

from chunks import chunk_factory, lexicon

from assistant.compose import Passage, compose_retrieval
from assistant.evidence import Vocabulary
from assistant.sentence_scores import asked_in, at_level, sentence_scores

LEVEL_ITEMS = [
    "Dans le cadre de la prolongation, celle-ci doit faire l’objet :",
    "dans l’enseignement fondamental, d’un avis favorable de l’équipe éducative ;",
    "dans l’enseignement secondaire, d’un avis favorable du conseil de classe.",
]


_chunk = chunk_factory("infos-pacte-2024", "partie II")


def _lexicon(*texts: str) -> Vocabulary:
    return lexicon(_chunk, *texts)


def test_primary_school_question_marks_the_fondamental_item() -> None:
    assert at_level("prolonger une IPT en 4e primaire, qui donne l'avis ?", LEVEL_ITEMS) == [
        False,
        True,
        False,
    ]
    assert at_level("en maternelle, qui donne l'avis ?", LEVEL_ITEMS) == [False, True, False]


def test_secondary_school_question_marks_the_secondaire_item() -> None:
    assert at_level("mon fils est en rheto, qui donne l'avis ?", LEVEL_ITEMS) == [False, False, True]
    assert at_level("IPT au 3e degre : avis de qui ?", LEVEL_ITEMS) == [False, False, True]


def test_no_level_or_both_levels_mark_nothing() -> None:
    assert not any(at_level("qui donne l'avis de prolongation ?", LEVEL_ITEMS))
    assert not any(at_level("en primaire et en secondaire, qui donne l'avis ?", LEVEL_ITEMS))


def test_the_asked_level_item_outscores_the_other_level() -> None:
    lexicon = _lexicon(" ".join(LEVEL_ITEMS))
    scores = sentence_scores("en primaire, qui donne l'avis favorable ?", LEVEL_ITEMS, lexicon)
    assert scores[1] > scores[2]


def test_who_question_marks_a_sentence_naming_the_agent() -> None:
    sentences = [
        "Le statut d’un élève peut être synchronisé ou non avec l’application SIEL.",
        "C’est à l’école de faire la mise à jour dans SIEL.",
        "Il revient à la direction de concerter tous les partenaires.",
        "Le centre PMS est compétent pour établir la nouvelle attestation.",
    ]
    assert asked_in("qui doit corriger SIEL ?", sentences) == [False, True, True, True]
    assert not any(asked_in("quand corriger SIEL ?", sentences[:1]))


def _further(question: str, other_text: str) -> str:
    """The quote a further passage adds to the answer from a first one."""
    first = _chunk("Un membre du personnel de l’enseignement spécial peut passer dans l’ordinaire.", id="a")
    other = _chunk(other_text, id="b", locator="art. 2")
    lexicon = _lexicon(first.text, other.text)
    passages = [Passage(first, "Décret", None, 1.0), Passage(other, "Décret", None, 0.7)]
    composed = compose_retrieval(question, passages, lexicon)
    assert composed.citations[0].locator == "partie II"
    return composed.citations[-1].quote


LONG_CONTEXT = (
    "Pour l'application du chapitre III dans l'enseignement fondamental et dans l'enseignement "
    "secondaire, le conseil d'administration peut considérer les services rendus par un membre du "
    "personnel dans une fonction de l'enseignement spécial comme des services rendus dans une fonction "
    "de l'enseignement ordinaire, à condition que ce membre du personnel ait été nommé à titre définitif "
    "dans l'enseignement spécial et qu'il passe dans l'enseignement ordinaire au sein du même réseau. "
    "Dans ce contexte, le conseil d'administration peut valoriser pour un membre du personnel des "
    "prestations à concurrence de 720 jours au maximum, calculées conformément au paragraphe 1er."
)


def test_further_passage_quote_holds_its_best_sentence_when_the_run_is_split() -> None:
    quote = _further(
        "un membre du personnel du special peut valoriser combien de jours au maximum ?", LONG_CONTEXT
    )
    assert "720 jours au maximum" in quote


def test_further_passage_quote_is_the_run_when_it_fits_in_one_quote() -> None:
    text = "Le membre du personnel est nommé. Il peut valoriser 720 jours au maximum."
    quote = _further("le membre du personnel peut valoriser combien de jours ?", text)
    assert quote.endswith("720 jours au maximum.")


PV_RUN = (
    "Les partenaires du protocole d’IPT peuvent, par décision collégiale motivée, mettre fin à l’IPT et "
    "autoriser le retour à temps plein de l'élève dans l'enseignement spécialisé. La décision doit être "
    "communiquée à l’administration dans les 30 jours calendrier de ladite décision. Le procès-verbal de "
    "la décision actant la fin de l’IPT est tenu à la disposition de l’Administration. Dès que la décision "
    "est prise, l’élève retourne à temps plein dans l’école."
)


def test_further_passage_quote_takes_the_decisive_sentence_after_its_run() -> None:
    quote = _further("que fait-on du PV de la decision qui acte la fin de l'IPT ?", PV_RUN)
    assert quote.endswith("est tenu à la disposition de l’Administration.")
