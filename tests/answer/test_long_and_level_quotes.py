"""A sentence too long for one quote is quoted whole, in consecutive verbatim pieces (its subject and
its decisive clause both quoted); a list answering a question about one level of schooling is quoted
with the item of that level only (assistant/sentence_split.py, sentence_scores.py, sentences.py)."""

from __future__ import annotations

from pathlib import Path

from chunks import chunk_factory, lexicon

from assistant.compose import Passage, compose_retrieval
from assistant.evidence import Vocabulary
from assistant.models import QUOTE_MAX_CHARS
from assistant.sentence_scores import other_level
from assistant.sentence_split import clause_pieces, pack, split_sentences
from assistant.sentences import answer_quotes, best_sentences
from assistant.textnorm import collapse_ws

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

# art. 133, § 4 of the decree of 3 March 2004 (587 characters): the subject opens it, the decisive
# clause ("peut autoriser … l'inscription …") ends it
GOUVERNEMENT = (
    "Le Gouvernement, après avis motivé du Conseil général de concertation de l'enseignement spécialisé "
    "qui constate qu'aucune offre d'enseignement spécialisé n'est disponible à une distance raisonnable, "
    "telle que prévue par l'article 4 de la loi du 29 mai 1959 modifiant certaines dispositions de la "
    "législation de l'enseignement, peut autoriser, dans le cadre d'une intégration, l'inscription d'un "
    "élève relevant du niveau maternel de l'enseignement spécialisé dans une école organisant un autre "
    "type d'enseignement spécialisé que celui mentionné sur l'attestation d'orientation de l'élève."
)


_chunk = chunk_factory("decret-2009-02-05", "art. 36")


def _lexicon(*texts: str) -> Vocabulary:
    return lexicon(_chunk, *texts)


def _longest_flemish_sentence() -> str:
    text = (CORPUS / "decret-flamand-2018-07-06-besoins-specifiques.txt").read_text(encoding="utf-8")
    return max(split_sentences(text), key=len)


def test_a_long_sentence_is_cut_into_consecutive_verbatim_pieces() -> None:
    pieces = clause_pieces(GOUVERNEMENT)
    assert len(pieces) == 2 and all(len(p) <= QUOTE_MAX_CHARS for p in pieces)
    assert " ".join(pieces) == GOUVERNEMENT  # nothing left out, nothing added
    assert pieces[0].startswith("Le Gouvernement") and pieces[0].endswith(",")  # cut at a clause mark
    assert pieces[1].startswith("l'inscription d'un élève relevant du niveau maternel")


def test_a_very_long_sentence_gives_as_many_pieces_as_it_needs() -> None:
    sentence = _longest_flemish_sentence()
    assert len(sentence) > 2 * QUOTE_MAX_CHARS
    pieces = clause_pieces(sentence)
    assert len(pieces) == 3 and all(len(p) <= QUOTE_MAX_CHARS for p in pieces)
    assert " ".join(pieces) == collapse_ws(sentence)


def test_the_pieces_of_a_long_sentence_are_not_glued_to_its_neighbours() -> None:
    before, after = "Le Conseil général rend un avis motivé.", "Le Gouvernement fixe les modalités."
    quotes = pack([before, GOUVERNEMENT, after])
    assert quotes == [before, *clause_pieces(GOUVERNEMENT), after]


def test_an_answer_from_a_long_sentence_quotes_its_subject_and_its_decisive_clause() -> None:
    chunk = _chunk(f"§ 4. {GOUVERNEMENT} Les modalités sont fixées par le Gouvernement.")
    lexicon = _lexicon(chunk.text)
    question = "un eleve du maternel specialise peut-il etre inscrit dans une ecole d'un autre type ?"
    composed = compose_retrieval(question, [Passage(chunk, "Décret", None, 1.0)], lexicon)
    quotes = [c.quote for c in composed.citations]
    assert any("l'inscription d'un élève relevant du niveau maternel" in q for q in quotes)
    assert quotes[0].startswith("§ 4. Le Gouvernement")
    assert all(collapse_ws(q) in collapse_ws(chunk.text) for q in quotes)  # every quote verbatim
    assert "Le Gouvernement" in composed.text and "niveau maternel" in composed.text
    assert "[…]" not in composed.text  # consecutive pieces: no gap between them


QUESTION_10 = (
    "Dans le cadre d’une IPT prise en charge par une école d’enseignement spécialisé : "
    "b) Élèves dont l’IPT a débuté entre le 2 septembre 2020 et le 28 août 2022 : "
    "- Dans l’enseignement fondamental : 4 périodes par élève. "
    "- Dans l’enseignement secondaire : 4 périodes par élève, et 16 périodes par élève pour les "
    "types 4, 6 et 7 dans le 3e degré (8 périodes pour l’école d’enseignement secondaire spécialisé). "
    "Ces périodes sont attribuées par élève mais elles peuvent être mutualisées."
)
ART_131 = (
    "L'intégration permanente totale concerne les élèves de l'enseignement : "
    "1. Maternel spécialisé des types 2, 3, 4, 6 et 7; 2. Primaire spécialisé des types 1, 2, 3, 4, 6, 7 "
    "et 8; 3. Secondaire spécialisé des types 1, 2, 3, 4, 6, et 7."
)


def test_a_primary_school_question_leaves_out_the_secondaire_item_and_its_rest() -> None:
    sentences = split_sentences(QUESTION_10)
    dropped = {sentences[i] for i in other_level("IPT en 3e primaire depuis 2021, combien ?", sentences)}
    assert dropped and all("Dans l’enseignement fondamental" not in s for s in dropped)
    assert " ".join(s for s in sentences if s not in dropped).count("secondaire") == 0
    assert any("Ces périodes sont attribuées" in s for s in sentences if s not in dropped)


def test_a_secondary_school_question_leaves_out_the_maternel_and_primaire_items() -> None:
    sentences = split_sentences(ART_131)
    dropped = [sentences[i] for i in sorted(other_level("en secondaire, quels types ?", sentences))]
    assert [s[:2] for s in dropped] == ["1.", "2."]


def test_no_level_both_levels_or_no_item_of_the_level_leave_out_nothing() -> None:
    sentences = split_sentences(QUESTION_10)
    assert other_level("combien de périodes pour une IPT de 2021 ?", sentences) == set()
    assert other_level("en primaire et en secondaire, combien ?", sentences) == set()
    only_secondaire = [s for s in sentences if "fondamental" not in s]
    assert other_level("en primaire, combien ?", only_secondaire) == set()


def test_a_question_answer_pair_and_a_passage_quote_the_asked_level_only() -> None:
    lexicon = _lexicon(QUESTION_10, ART_131)
    quoted = " ".join(
        answer_quotes("combien de periodes en primaire pour une IPT de 2021 ?", QUESTION_10, lexicon)
    )
    assert "fondamental : 4 périodes par élève." in quoted and "secondaire" not in quoted
    quoted = " ".join(best_sentences("quels types en secondaire peuvent etre en IPT ?", ART_131, lexicon))
    assert "Secondaire spécialisé des types 1, 2, 3, 4, 6, et 7." in quoted and "Maternel" not in quoted
