"""The lead of a negated closed question follows French usage: "Si" / "Non" to a negative question,
"Non" / "Oui" when the question asks whether the negation is true."""

from assistant.claims import lead_retrieval
from assistant.yes_no import negated_lead, text_verdict_for

_TEXT_Q = "Si un pôle se rapproche de la limite sans l'atteindre, peut-il espérer l'obtenir malgré tout ?"


def test_text_no_confirms_a_negated_question() -> None:
    assert text_verdict_for("Donc on n'aura pas d'aide administrative ?", _TEXT_Q, "Non") == "Non"
    assert text_verdict_for("On ne pourra jamais l'obtenir ?", _TEXT_Q, "Oui") == "Si"


def test_truth_of_a_negation_is_answered_yes_or_no() -> None:
    question = "Est-il vrai qu'un pôle qui n'atteint pas la limite ne peut pas l'obtenir ?"
    assert text_verdict_for(question, _TEXT_Q, "Non") == "Oui"
    assert negated_lead("C'est exact qu'on ne doit pas le faire ?", "Oui") == "Non"


def test_reversing_word_still_turns_the_text_word() -> None:
    assert text_verdict_for("Le solde est perdu ?", "Peut-il être reporté ?", "Oui") == "Non"


def test_matched_figure_of_a_negated_claim_is_no_yes() -> None:
    quotes = ["Par classe, il est organisé deux périodes hebdomadaires d'activités physiques et sportives."]
    text = "D'après Décret (art. 20) :"
    assert lead_retrieval(text, "Il n'y a pas 2 périodes de sport par classe ?", quotes).startswith("Si")
    assert lead_retrieval(text, "Il y a 2 périodes de sport par classe ?", quotes).startswith("Oui")
