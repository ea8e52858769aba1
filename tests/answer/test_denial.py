"""A closed question of obligation answered from the texts opens with 'Non' when a quoted sentence
lifts that obligation about the same things (yes_no.denial_word)."""

from assistant.yes_no import denial_word

SCAN = (
    "Il n’est donc plus nécessaire de scanner ces annexes et de les transmettre par mail à l’Administration."
)
DATE = (
    "La date ne doit pas être la même pour l’ensemble des signataires pour autant que la date butoir du "
    "30 septembre soit respectée."
)


def test_obligation_lifted_is_non() -> None:
    assert denial_word("faut-il encore scanner les annexes 4 et les envoyer par mail ?", [SCAN]) == "Non"
    assert denial_word("Les signataires doivent-ils tous signer à la même date ?", ["Autre.", DATE]) == "Non"
    assert denial_word("Est-ce qu'il faut encore envoyer les annexes par mail ?", [SCAN]) == "Non"


def test_no_verdict_without_obligation_question_or_shared_words() -> None:
    assert denial_word("Qui scanne les annexes 4 ?", [SCAN]) is None  # not a closed obligation question
    assert denial_word("Faut-il signer le protocole ?", [DATE]) is None  # the denial is about something else
    assert denial_word("Faut-il scanner les annexes ?", ["Les annexes sont scannées par l'école."]) is None


def test_an_open_question_opened_by_que_gets_no_denial() -> None:
    # "que pouvons-nous faire ?" asks what, not whether: a sentence saying what cannot be done is no "Non"
    refused = "En cas d'avis défavorable des parents sur la proposition d'IPT, celle-ci ne pourra pas se mettre en place."
    assert (
        denial_word("Les parents refusent la proposition d'IPT. Que pouvons-nous faire ?", [refused]) is None
    )
    assert (
        denial_word("qu'est-ce qu'on peut faire si les parents refusent la proposition d'IPT ?", [refused])
        is None
    )
    assert (
        denial_word("Peut-on mettre en place l'IPT si les parents refusent la proposition ?", [refused])
        == "Non"
    )


PIECES = "Le recours ne peut comprendre des pièces relatives aux décisions du Conseil de classe concernant d'autres élèves."


def test_written_denial_without_pas_and_spoken_order_of_permission() -> None:
    # "ne peut comprendre" (no "pas") denies; "on peut … ?" and "peut il" (no hyphen) ask permission
    assert (
        denial_word(
            "dans le recours on peut mettre les decisions du conseil de classe pour d'autres eleves ?",
            [PIECES],
        )
        == "Non"
    )
    assert (
        denial_word(
            "peut on ajouter au recours des pieces sur les decisions concernant d'autres eleves ?", [PIECES]
        )
        == "Non"
    )
    assert (
        denial_word("le recours peut il contenir des pieces relatives a d'autres eleves ?", [PIECES]) == "Non"
    )


def test_written_denial_needs_the_question_s_own_matter() -> None:
    # sharing "conseil de classe" only: the recourse's pieces say nothing of who attends the council
    assert (
        denial_word("Un enseignant non titulaire peut-il assister au conseil de classe ?", [PIECES]) is None
    )
    # "ne peut … que" restricts, it does not deny
    only = "La demande de prolongation ne peut être introduite que par la direction de l'école ordinaire."
    assert (
        denial_word("la demande de prolongation peut elle etre introduite par l'ecole ordinaire ?", [only])
        is None
    )
