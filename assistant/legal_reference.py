"""Questions that ask where a rule is written: its legal basis, its article, its text.

"Quelle est la base légale de la rétrocession ?", "c'est dans quel article ?", "où est-ce écrit que le
protocole est conservé à l'école ?" ask for a reference (an article, a decree, a point of the
circular), not only for the rule itself. An answer gives one when it names an article or a text; a
sentence that names one is the one to quote. Patterns apply to folded text (assistant.textnorm.fold).
"""

from __future__ import annotations

import re

# "c'est écrit où ?", "où est-ce (que c'est) prévu ?": where something is written (also read by the
# follow-up wording, understand/followup_wording.py, for a turn on the last answer's basis)
WRITTEN_WHERE = (
    r"\b(?:c'est|est-ce) (?:ecrit|prevu|stipule|dit) ou\b"
    r"|\bou (?:est-ce que )?(?:est-ce |c'est |est-il |est-elle )?(?:ecrit|prevu|stipule|inscrit)\b"
)
# asking for the reference itself
ASKS_REFERENCE = re.compile(
    r"\bbases? (legales?|juridiques?|reglementaires?)\b|\bfondements? (legal|juridique)\w*"
    r"|\breferences? (legales?|juridiques?|reglementaires?)\b"
    r"|\b(quels?|dans quel|selon quel|par quel) (articles?|textes? (de loi|legal|legaux|reglementaires?))\b"
    rf"|{WRITTEN_WHERE}|\bsur quelle base (legale|juridique)\b"
)

# a reference in an answer or a sentence: an article, a named legal text, a point of the circular
HAS_REFERENCE = re.compile(
    r"\b(article|articles|art)\.? ?\d|\b(decret|loi|arrete|agcf|code de l'enseignement)\b"
    r"|\bcirculaire\b|\bpoint \d"
)

# a sentence that itself names an article or a dated legal text (a footnote "Article 65, § 4, al. 3
# du décret du 17 juin 2021.", a list of "Bases légales")
STATES_REFERENCE = re.compile(
    r"\b(article|articles|art)\.? ?\d|\b(decret|loi|arrete|agcf)s? du \d|\bcode de l'enseignement\b"
)


def asks_reference(folded_question: str) -> bool:
    """Whether the (folded) question asks where something is written."""
    return bool(ASKS_REFERENCE.search(folded_question))


def gives_reference(folded_text: str) -> bool:
    """Whether the (folded) answer names an article, a legal text or a point of the circular."""
    return bool(HAS_REFERENCE.search(folded_text))
