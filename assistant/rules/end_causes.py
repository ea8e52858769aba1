"""Why an IPT may end: the four motives of any stop (circular point 1.5) and the seven causes that end it
in the course of the school year, at the known date of the event (point 5, question 14; art. 145 of the
decree of 3 March 2004). `end.py` uses `named_cause` to answer a stop for a stated reason.

Epilogue: what the texts leave implicit
- A failing IPT ("l'intégration se passe mal") is read as the 7th cause, the exceptional
  circumstances of question 16 ("Que se passe-t-il si l'IPT échoue ?").
- A change of ordinary school, the move from primary to secondary and obtaining a certificate are
  motives of point 1.5 but not among the seven mid-year causes: answers name the motive without
  claiming a mid-year stop.
"""

from __future__ import annotations

import datetime as dt

from assistant.models import Citation, RuleResult
from assistant.rules.base import rule
from assistant.rules.calendar import fr_date
from assistant.rules.cite import circ
from assistant.rules.end_citations import C_END_DATE
from assistant.rules.facts import Facts
from assistant.rules.polarity import lead
from assistant.rules.school_year import reference_school_year

C_MOTIVES = circ(
    "point 1.5",
    "le retour de l’élève dans l’enseignement spécialisé ; ● l’inscription de l’élève dans l’enseignement "
    "ordinaire sans accompagnement (sans IPT) ; ● l’obtention d’un certificat (CEB, CESS, CQ) ; ● une autre raison "
    "(déménagement, changement d’école d’enseignement ordinaire, exclusion de l’école, passage de l’enseignement "
    "primaire à l’enseignement secondaire, circonstances exceptionnelles, …).",
)
C_OTHER_REASON = circ(
    "point 1.5",
    "une autre raison (déménagement, changement d’école d’enseignement ordinaire, exclusion de l’école, passage "
    "de l’enseignement primaire à l’enseignement secondaire, circonstances exceptionnelles, …).",
)
C_CAUSES_INTRO = circ(
    "point 5, question 14",
    "L’IPT peut également prendre fin à tout moment de l’année scolaire, à la date connue de l’événement, dans les cas suivants",
)
C_CAUSES_1_4 = circ(
    "point 5, question 14",
    "1° une mesure de placement prise soit par un magistrat, soit par le conseiller ou le (la) directeur(trice) "
    "d'aide à la jeunesse ; 2° un changement de domicile ; 3° une séparation des parents entraînant un changement "
    "de lieu d'hébergement de l'élève ; 4° le passage de l'élève d'une école à régime d'externat vers un internat et vice versa ;",
)
C_CAUSES_5_7 = circ(
    "point 5, question 14",
    "5° l'accueil de l'élève, sur l'initiative des parents, dans une autre famille ou dans un centre pour raison "
    "de maladie, de voyage ; 6° l'exclusion définitive de l'élève. 7° En cas de circonstances exceptionnelles, les "
    "partenaires du projet d'intégration tels que prévus à l'alinéa 1er peuvent, par décision collégiale motivée, "
    "mettre fin à l'intégration et autoriser le retour à temps plein de l'élève dans l'enseignement spécialisé en "
    "cours d'année scolaire.",
)
MOTIVES = (
    "le retour de l'élève dans l'enseignement spécialisé ; l'inscription de l'élève dans l'enseignement ordinaire "
    "sans accompagnement (sans IPT) ; l'obtention d'un certificat (CEB, CESS, CQ) ; une autre raison (déménagement, "
    "changement d'école d'enseignement ordinaire, exclusion de l'école, passage du primaire au secondaire, "
    "circonstances exceptionnelles…)"
)
MID_YEAR_CAUSES = (
    "une mesure de placement prise soit par un magistrat, soit par le conseiller ou le (la) directeur(trice) d'aide à la jeunesse",
    "un changement de domicile",
    "une séparation des parents entraînant un changement de lieu d'hébergement de l'élève",
    "le passage de l'élève d'une école à régime d'externat vers un internat et vice versa",
    "l'accueil de l'élève, sur l'initiative des parents, dans une autre famille ou dans un centre pour raison de maladie, de voyage",
    "l'exclusion définitive de l'élève",
    "en cas de circonstances exceptionnelles, une décision collégiale motivée des partenaires (retour à temps plein dans le spécialisé)",
)
# Facts.end_cause -> number of the mid-year cause (question 14), 1-based
CAUSE_NUMBER = {
    "placement": 1,
    "domicile": 2,
    "separation": 3,
    "internat": 4,
    "accueil": 5,
    "exclusion": 6,
    "exceptionnel": 7,
    "echec": 7,
}
# Facts.end_cause -> the motive of point 1.5 it falls under, for causes that are not mid-year ones
OTHER_MOTIVES = {
    "certificat": "l'obtention d'un certificat (CEB, CESS, CQ)",
    "changement_ecole": "une autre raison : le changement d'école d'enseignement ordinaire",
    "sans_accompagnement": "l'inscription de l'élève dans l'enseignement ordinaire sans accompagnement (sans IPT)",
    "passage_secondaire": "une autre raison : le passage de l'enseignement primaire à l'enseignement secondaire",
}


C_BACK_VALID = circ(
    "point 1.5",
    "si son attestation d’orientation est toujours valable, l’élève peut s’inscrire directement dans une école "
    "d’enseignement spécialisé.",
)
C_BACK_OTHER_TYPE = circ(
    "point 1.5",
    "si son attestation d’orientation est toujours valable mais que l’élève relève d’un autre type que celui "
    "mentionné sur cette dernière, c’est le CPMS de l’école d’enseignement ordinaire partenaire de l’IPT qui est en "
    "charge de la rédaction de la nouvelle attestation d’orientation et du protocole justificatif y afférent.",
)
C_BACK_EXPIRED = circ(
    "point 1.5",
    "si son attestation d’orientation n’est plus valable (délai de 2 ans dépassé), le CPMS de l’école "
    "d’enseignement ordinaire est en charge de la rédaction de la nouvelle attestation d’orientation et du "
    "protocole justificatif.",
)
NEW_CERTIFICATE = "le CPMS de l'école d'enseignement ordinaire rédige la nouvelle attestation d'orientation et le protocole justificatif"


def return_enrolment(facts: Facts) -> tuple[str, list[Citation]] | None:
    """How a pupil returning to special education enrols (point 1.5, 'Procédure en cas de retour'), when the
    question says how long the IPT lasted; None otherwise."""
    if not facts.return_to_special or facts.more_than_two_years is None:
        return None
    if facts.more_than_two_years:
        # "si son attestation d’orientation n’est plus valable (délai de 2 ans dépassé), le CPMS de l’école
        # d’enseignement ordinaire est en charge de la rédaction de la nouvelle attestation d’orientation"
        return (
            f"après plus de 2 ans d'IPT, l'attestation d'orientation n'est plus valable : {NEW_CERTIFICATE}",
            [C_BACK_EXPIRED],
        )
    valid = "retour dans les 2 ans : l'attestation d'orientation est toujours valable"
    if facts.change_of_type:
        # "… mais que l’élève relève d’un autre type …, c’est le CPMS de l’école d’enseignement ordinaire partenaire"
        return f"{valid}, mais pour un autre type, {NEW_CERTIFICATE}", [C_BACK_OTHER_TYPE]
    # "si son attestation d’orientation est toujours valable, l’élève peut s’inscrire directement"
    text = f"{valid}, l'élève peut s'inscrire directement dans une école d'enseignement spécialisé"
    if facts.change_of_type is None:
        return f"{text} (s'il relève d'un autre type, {NEW_CERTIFICATE})", [C_BACK_VALID, C_BACK_OTHER_TYPE]
    return text, [C_BACK_VALID]


def named_cause(facts: Facts) -> tuple[int, str] | None:
    """(number, text) of the mid-year cause the question names, None when it names none."""
    n = CAUSE_NUMBER.get(facts.end_cause or "")
    return (n, MID_YEAR_CAUSES[n - 1]) if n else None


def _date_cite(facts: Facts, cause: tuple[int, str] | None) -> list[Citation]:
    """When the IPT of a named mid-year cause ends ("elle prend fin quand ?"): the sentence that dates it,
    « Celle-ci prend fin … à la date de l’évènement (en cas d’arrêt en cours d’année scolaire) »."""
    return [C_END_DATE] if cause and "when" in facts.end_aspects else []


def _listed() -> str:
    return " ; ".join(f"{i}° {c}" for i, c in enumerate(MID_YEAR_CAUSES, 1))


@rule(
    "end.causes",
    topic="end",
    title="Pour quels motifs une IPT peut-elle prendre fin, et dans quels cas en cours d'année ?",
    triggers=(
        r"\b(quels?|quelles?)\b.{0,20}\b(cas|causes?|motifs?|raisons?)\b.{0,60}\b(arret\w*|fin)\b",
        r"\b(demenagement|changement de domicile|exclusion definitive|placement|internat)\b.{0,80}\b(ipt|integration)\b",
    ),
    decisive=("end_cause", "end_when"),
    examples=(
        "Pour quelles raisons une IPT peut-elle s'arrêter en cours d'année ?",
        "Pour quels motifs peut-on arrêter une IPT ?",
    ),
)
def causes(facts: Facts, today: dt.date) -> RuleResult:
    year = reference_school_year(facts, today)
    cause = named_cause(facts)
    mid_year = (
        "en cours d'année, l'IPT peut prendre fin à tout moment, à la date connue de l'évènement, dans sept cas : "
        + _listed()
    )
    if cause:
        # "L’IPT peut également prendre fin à tout moment de l’année scolaire, à la date connue de l’événement,
        # dans les cas suivants : … 2° un changement de domicile ; …"
        on = f", soit ici le {fr_date(facts.event_date)}," if facts.event_date else ""
        text = (
            f"L'IPT peut prendre fin en cours d'année, à la date connue de l'évènement{on} pour {cause[1]} "
            f"(cas {cause[0]}° des sept cas prévus) ; les autres cas : " + _listed() + "."
        )
        # "l'IPT continue jusqu'en juin ?" asks the inverse of "peut-elle prendre fin ?"
        conclusion = lead(facts, facts.focus != "wait", text)
    elif facts.end_cause in OTHER_MOTIVES:
        conclusion = (
            f"C'est un motif d'arrêt prévu : {OTHER_MOTIVES[facts.end_cause]}. Les motifs d'arrêt sont : {MOTIVES}. "
            f"En outre, {mid_year}."
        )
    elif facts.end_when == "cours_annee":
        conclusion = mid_year[0].upper() + mid_year[1:] + "."
    else:
        # "Elle repose sur un des motifs suivants : ● le retour … ● l’obtention d’un certificat (CEB, CESS, CQ) ; ● une autre raison"
        conclusion = (
            f"La décision d'arrêt repose sur un des motifs suivants : {MOTIVES}. En outre, {mid_year}."
        )
    return RuleResult(
        rule_id="end.causes",
        conclusion=conclusion,
        steps=[
            f"Motifs de tout arrêt (point 1.5) : {MOTIVES}.",
            "Décision concertée entre tous les partenaires de l'IPT, prise de manière collégiale.",
        ],
        citations=_date_cite(facts, cause)
        + [C_MOTIVES, C_OTHER_REASON, C_CAUSES_INTRO, C_CAUSES_1_4, C_CAUSES_5_7],
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        school_year=year,
        data={
            "causes": list(MID_YEAR_CAUSES),
            "count": len(MID_YEAR_CAUSES),
            "end_cause": facts.end_cause,
            "cause_number": cause[0] if cause else None,
        },
    )
