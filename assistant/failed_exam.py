"""A case where the pupil fails an exam or a certificate ("il rate son CEB", "en cas d'échec au CESS"),
answered by sentences that only speak of obtaining it ("l'obtention d'un certificat (CEB, CESS, CQ)").

Failing a certificate is not its neighbour, obtaining it: an answer about the certificate obtained
says nothing of the failed one, and must not be given as if it did (the texts' "arrêt à la suite de
l'obtention d'un certificat" does not apply to a pupil who did not get it). The answer must itself
speak of a failure ("échec", "échoue", "non obtenu", "ne l'obtient pas") to count.
"""

from __future__ import annotations

import re

from assistant.textnorm import fold

# exams and certificates, by the texts' names, their acronyms and the users' words
_EXAM = r"(?:ceb|cess|cq|ce1d|certificat\w*|diplome\w*|examens?|epreuves?(?: externes?)?)"
_FAILED = re.compile(
    r"\b(?:rate\w*|rater|loupe\w*|louper|echoue\w*|echouer|foire\w*|plante\w*|recale\w*)"
    rf"(?: (?:a |au |aux |son |sa |ses |le |la |les |l'|un |une |leur ))?{_EXAM}\b"
    rf"|\bechecs? (?:a |au |aux |du |de |d')(?:son |sa |ses |l'|la |le )?{_EXAM}\b"
    rf"|\b(?:n'|ne )(?:obtient|obtiendra|a|aura|avait|decroche|reussit|reussira)(?: \w+)? pas "
    rf"(?:obtenu |eu |decroche |reussi )?(?:son |sa |ses |le |la |les |l'|un |une |de |d')?{_EXAM}\b"
    rf"|\bsans (?:son |le |la |l'|un |une |avoir (?:obtenu|eu|reussi) (?:son |le |la |l'|un |une )?)?{_EXAM}\b"
)
_FAILURE_TOLD = re.compile(r"\b(?:echec\w*|echou\w*|rate\w*|non[- ]obten\w*|pas obtenu|n'obtien\w* pas)\b")


def fails_exam(question: str) -> bool:
    """Whether the question's case is a pupil failing (or lacking) an exam or a certificate."""
    return bool(_FAILED.search(fold(question)))


def failure_unanswered(question: str, answer_text: str) -> bool:
    """Whether the case fails a certificate and the answer never speaks of a failure."""
    return fails_exam(question) and not _FAILURE_TOLD.search(fold(answer_text))
