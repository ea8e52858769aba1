"""Fixed French replies: input problems, and abstention (the reason, and whom to contact)."""

from __future__ import annotations

import datetime as dt

from assistant.models import Answer, ConversationState
from assistant.rules.contacts import contacts_for, describe

EMPTY_QUESTION = (
    "Je n'ai pas reçu de question. Posez-moi une question sur les intégrations permanentes totales "
    "(IPT), par exemple : « Quel CPMS rédige la nouvelle attestation d'orientation ? »"
)

STALE_INDEX = (
    "Les textes ont été modifiés depuis le chargement de l'index : je ne réponds pas à partir d'un index "
    "périmé. Redémarrez l'assistant (l'index est reconstruit au démarrage) ou lancez « assistant index », "
    "puis reposez la question."
)

_REASONS = {
    "hors_sujet": "Cette question ne porte pas sur les intégrations permanentes totales (IPT) ni sur les "
    "pôles territoriaux, dont traitent les textes que je connais.",
    "weak": "Les textes dont je dispose (circulaire IPT 2025-2026, Infos du Pacte de juin 2024, décret du "
    "5 février 2009, arrêté du 15 septembre 2022) ne précisent pas ce point.",
    "empty": "Je n'ai trouvé aucun passage des textes qui réponde à cette question : les textes ne le "
    "précisent pas.",
    "notion_flamande": "Votre question emploie des notions du droit de la Communauté flamande (CLB, rapport "
    "motivé, rapport provisoire…), définies par le décret flamand du 6 juillet 2018. Ce décret ne "
    "s'applique pas aux écoles de la Fédération Wallonie-Bruxelles, et les textes FWB dont je dispose ne "
    "prévoient pas ces notions : je ne peux pas répondre à partir d'eux.",
    "dossier": "Je n'ai accès à aucun dossier individuel (SIEL, e-pôles, dossiers d'élèves) : je ne peux pas "
    "vérifier une situation nominative, et les textes ne la traitent pas.",
    "flamand": "Seul le décret flamand du 6 juillet 2018 contient des passages proches de cette question. "
    "C'est du droit de la Communauté flamande (CLB, et non CPMS) : il ne s'applique pas aux écoles de la "
    "Fédération Wallonie-Bruxelles, et je ne peux donc pas répondre à partir de ce texte.",
}


def input_problem(question: object, max_chars: int) -> str | None:
    """A French message when the question cannot be processed as such, else None."""
    if not isinstance(question, str):
        return "La question doit être un texte."
    if len(question) > max_chars:
        return (
            f"Votre question est trop longue ({len(question)} caractères ; maximum {max_chars}). "
            "Reformulez-la en quelques phrases, sans coller tout un courriel."
        )
    return None


def printable(question: str) -> str:
    """The question without what no text can hold: lone surrogates (from JSON escapes) and NUL bytes."""
    text = question.encode("utf-8", "surrogatepass").decode("utf-8", "ignore")
    return text.replace("\x00", " ")


def abstain(question: str, today: dt.date, *, state: ConversationState, reason: str) -> Answer:
    """Say plainly that the texts do not answer, and name whom to contact (with the circular's words)."""
    contacts = contacts_for(question, today)
    who = " ; ".join(describe(c) for c in contacts)
    text = f"{_REASONS.get(reason, _REASONS['weak'])}\n\nPour une réponse officielle, contactez {who}."
    return Answer(
        text=text,
        kind="abstain",
        citations=[c.citation for c in contacts],
        notes=["Contacts tirés de la circulaire IPT 2025-2026 (« Personnes à contacter »)."],
        state=state,
    )
