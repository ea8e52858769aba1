"""A pupil failing a certificate is not answered by the sentences on obtaining it."""

from __future__ import annotations

import pytest

from assistant.failed_exam import fails_exam, failure_unanswered

OBTAINED = (
    "Elle repose sur un des motifs suivants : l'obtention d'un certificat (CEB, CESS, CQ) ; une autre raison."
)


@pytest.mark.parametrize(
    "question",
    [
        "Si elle rate son CEB, l'IPT continue ?",
        "il a échoué au CESS, que se passe-t-il ?",
        "en cas d'échec au CEB, l'intégration s'arrête ?",
        "Et s'il n'obtient pas son CEB ?",
    ],
)
def test_failure_is_not_answered_by_obtaining(question: str):
    assert fails_exam(question)
    assert failure_unanswered(question, OBTAINED)


@pytest.mark.parametrize(
    "question",
    ["Il a obtenu son CEB, l'IPT s'arrête ?", "Il passe le CEB en juin", "Il a raté le bus ce matin"],
)
def test_other_cases_are_not_failures(question: str):
    assert not fails_exam(question)
