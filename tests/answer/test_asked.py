"""assistant/asked.py: an answer must contain the asked type of fact (no index needed)."""

from __future__ import annotations

import pytest

from assistant.asked import gives_asked

CASES = [
    # (question, answer text, moments, expected)
    # a way of sending asked ("par courrier, ça compte ?") is not a postal address asked
    (
        "Le bilan envoyé par la poste, il est quand même valable ?",
        "Le bilan est transmis à l'Administration dans les 30 jours.",
        True,
        True,
    ),
    (
        "Par courrier recommandé, ça marche aussi pour la proposition ?",
        "La proposition est faite au moyen de l'annexe 1.",
        True,
        True,
    ),
    (
        "On l'envoie par la poste à quelle adresse ?",
        "Le bilan est transmis à l'Administration dans les 30 jours.",
        True,
        False,
    ),
    (
        "Quelle sanction si le listing arrive en retard ?",
        "Transmettez le listing pour le 30/09/2026.",
        True,
        False,
    ),
    (
        "Quelle conséquence si l'IPT s'arrête avant le 30 septembre ?",
        "Les moyens doivent être restitués.",
        True,
        True,
    ),
    (
        "On doit garder le PV combien d'années ?",
        "Envoyez le bilan dans les 30 jours calendrier.",
        True,
        False,
    ),
    ("On a combien de jours pour l'envoyer ?", "Dans les 30 jours calendrier.", True, True),
    ("Elle est valable combien d'années ?", "L'attestation reste valable 2 ans.", True, True),
    (
        "À combien s'élève la dotation de l'école ?",
        "Les dotations sont versées à l'école ordinaire.",
        True,
        False,
    ),
    ("À combien s'élèvent les points du pôle ?", "Le pôle reçoit 88 points par IPT.", True, True),
    (
        "Jusqu'à quelle date peut-on introduire la proposition ?",
        "Trois étapes : proposition, projet, protocole.",
        True,
        False,
    ),
    ("Quelle est la date limite du listing ?", "Le listing est à envoyer pour le 30/09/2026.", True, True),
    ("Combien d'élèves en IPT en mars 2025 ?", "7.800 élèves en 2023-24.", True, False),
    # a month in the pupil's case is the IPT's start, not the moment the figure is asked at
    ("IPT commencée en octobre 2021 : combien de périodes ?", "4 périodes par élève.", True, True),
    ("Combien de points pour une IPT débutée en janvier 2023 ?", "88 points par IPT.", True, True),
    ("Combien d'élèves en IPT en juin 2025 ?", "7.800 élèves", False, True),
    # a time limit asked: a number of days/weeks/months, a date, "au plus tard"; not the pupil's "2 ans"
    (
        "Dans quel délai le CPMS doit-il rédiger la nouvelle attestation ?",
        "Le CPMS de l'école ordinaire la rédige : l'élève est en IPT depuis plus de 2 ans.",
        False,
        False,
    ),
    ("Sous quel délai envoyer le bilan ?", "Dans les 30 jours calendrier de la décision.", False, True),
    # a number of pupils asked: "N élèves", or "le nombre d'élèves … 9.000"
    ("Combien d'élèves au maximum par pôle ?", "Le pôle reçoit 88 points par IPT.", True, False),
    (
        "Combien d'élèves en aménagements raisonnables ?",
        "Le nombre d'élèves déclarés est en hausse, passant de 4.000 à environ 9.000.",
        True,
        True,
    ),
    # a price asked ("est-ce payant ?", "faut-il payer ?") is answered by an amount, a gratuité or costs
    # taken in charge, never by a passage that only repeats the asking word
    (
        "Le bilan sensori-moteur, c'est payant pour les parents ?",
        "Le bilan est payant ou non selon le cas ; il est réalisé par le pôle.",
        True,
        False,
    ),
    (
        "Faut-il payer le transport jusqu'à l'école ordinaire ?",
        "Faut-il payer ? Le transport est organisé entre le domicile et l'école.",
        True,
        False,
    ),
    (
        "Le car scolaire, c'est payant en IPT ?",
        "Il est gratuit entre le domicile et l'école ordinaire.",
        True,
        True,
    ),
    (
        "Est-ce payant pour la famille ?",
        "Les frais de l'examen sont pris en charge par le centre PMS.",
        True,
        True,
    ),
    ("Faut-il payer l'attestation ?", "Le montant est de 25 euros par attestation.", True, True),
]


@pytest.mark.parametrize(("question", "text", "moments", "expected"), CASES)
def test_gives_asked(question: str, text: str, moments: bool, expected: bool) -> None:
    assert gives_asked(question, text, moments=moments) is expected
