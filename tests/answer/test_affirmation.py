"""affirmation.affirmed: 'Oui' only when one quoted sentence states the closed question's claim."""

from assistant.affirmation import affirmed

_COORD = (
    "L’accompagnement des élèves en IPT peut comprendre un temps de coordination pour autant que "
    "ce dispositif soit précisé dans le protocole."
)
_STAFF = "Le personnel reste sous la responsabilité de la direction de l’école d’enseignement spécialisé."


def test_sentence_with_condition_answers_yes_under_conditions() -> None:
    assert affirmed("le temps de coordination est-il compris dans l'accompagnement ?", [_COORD]) == (
        "Oui, sous conditions"
    )


def test_plain_statement_answers_yes() -> None:
    assert (
        affirmed(
            "le personnel reste-t-il sous la responsabilite de la direction de l'ecole specialisee ?",
            [_STAFF],
        )
        == "Oui"
    )


def test_negated_or_restricted_sentence_concludes_nothing() -> None:
    quote = "La prolongation de l’IPT est seulement possible via un pôle territorial."
    assert affirmed("la prolongation est-elle possible via un pole territorial ?", [quote]) is None
    quote = "Le personnel ne reste pas sous la responsabilité de la direction de l’école d’enseignement spécialisé."
    assert (
        affirmed(
            "le personnel reste-t-il sous la responsabilite de la direction de l'ecole specialisee ?", [quote]
        )
        is None
    )


def test_missing_word_negative_or_open_question_concludes_nothing() -> None:
    assert (
        affirmed(
            "le personnel reste-t-il sous la responsabilite de la direction de l'ecole ordinaire ?", [_STAFF]
        )
        is None
    )
    assert (
        affirmed(
            "le personnel ne reste-t-il pas sous la responsabilite de la direction de l'ecole specialisee ?",
            [_STAFF],
        )
        is None
    )
    assert affirmed("et qui est responsable du personnel ?", [_STAFF]) is None
    assert affirmed("et pour la responsabilite du personnel ?", [_STAFF]) is None


def test_obligation_asked_is_not_answered_by_a_permission() -> None:
    assert affirmed("l'accompagnement doit-il comprendre un temps de coordination ?", [_COORD]) is None


def test_word_classes_take_whole_words_only() -> None:
    # "contexte" is not "contenir", "passage"/"passerelle" is not "passer" (five first letters shared)
    quote = "Le protocole décrit ce qu'il contient pour l'élève."
    assert affirmed("le protocole decrit-il le contexte de l'eleve ?", [quote]) is None
    assert affirmed("le protocole decrit-il ce qu'il contient pour l'eleve ?", [quote]) == "Oui"
    quote = "Le protocole décrit comment passer l'élève en IPT."
    assert affirmed("le protocole decrit-il le passage de l'eleve ?", [quote]) is None
    assert affirmed("le protocole decrit-il la passerelle de l'eleve ?", [quote]) is None
    passation = ["Le CPMS assure la passation de l'échelle."]
    assert affirmed("l'echelle doit etre passee par le CPMS ?", passation) == "Oui"
