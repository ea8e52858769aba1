"""'Non, ce n'est pas X' from quoted sentences only when one gives the asked verb to another agent
explicitly (its subject or its agent "par …"), never from what a quote leaves out (review 12, 9)."""

from __future__ import annotations

import pytest

from assistant.agent_quotes import denied_agent

_POINTS = "Est-ce l'école d'enseignement spécialisé qui reçoit les points complémentaires ?"


@pytest.mark.parametrize(
    ("question", "quote", "label"),
    [
        # the subject taken up by a pronoun in the same clause
        (
            _POINTS,
            "2. soit les besoins spécifiques sensori-moteurs de l'élève nécessitent un suivi important de la "
            "part du pôle territorial compétent et celui-ci reçoit des points complémentaires pour accompagner "
            "cet élève.",
            "l'école spécialisée",
        ),
        # the agent of a passive verb
        (
            "C'est le pôle qui rédige l'attestation ?",
            "L'attestation est rédigée par le CPMS de l'école ordinaire.",
            "le pôle",
        ),
    ],
)
def test_denied_when_a_quote_gives_the_act_to_another_agent(question: str, quote: str, label: str) -> None:
    assert denied_agent(question, [quote]) == label


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        # the verb with no agent named as its subject or agent: the quote leaves X out, it does not exclude it
        (_POINTS, "Chaque élève concerné reçoit un accompagnement du pôle et de l'école ordinaire."),
        (_POINTS, "Le pôle transmet la liste à l'Administration ; chaque élève reçoit ensuite un suivi."),
        # another agent only mentioned in the sentence, not acting
        ("C'est la direction qui signe le protocole ?", "Le protocole est signé après l'avis du pôle."),
        # the asked agent named in a sentence using the verb
        (_POINTS, "L'école d'enseignement spécialisé et le pôle reçoivent des points."),
        # a choice "X ou Y"
        (
            "C'est l'école spécialisée ou le pôle qui reçoit les points ?",
            "Le pôle territorial reçoit des points complémentaires.",
        ),
    ],
)
def test_nothing_concluded_otherwise(question: str, quote: str) -> None:
    assert denied_agent(question, [quote]) is None
