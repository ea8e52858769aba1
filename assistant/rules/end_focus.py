"""The part of the end procedure a question asks (Facts.end_aspects): who may ask, who decides, the date
the IPT ends, the deadline to send, the procedure and documents, the motive. `end.py` answers with the
asked aspects only, each carried by the sentence that states it; a question naming none gets the whole
procedure.
"""

from __future__ import annotations

import datetime as dt

from assistant.models import Citation
from assistant.rules.calendar import fr_date
from assistant.rules.cite import circ, param_cite
from assistant.rules.end_causes import C_MOTIVES, MOTIVES
from assistant.rules.end_citations import (
    C_END_DATE,
    C_LISTING,
    C_MAILBOX,
    C_MID_PROC,
    C_POLE_KEEP,
    C_POLE_PDF,
    C_POLE_WHO,
    C_PREFILLED,
    C_PV,
    C_REPORT_30,
    C_UNANIMITY,
    C_WHO,
)
from assistant.rules.facts import Facts
from assistant.rules.params import param

C_JUSTIFY = circ(
    "point 1.5",
    "Les partenaires de l’IPT sont invités, le cas échéant, à justifier brièvement l’arrêt de l’IPT.",
)
ANY_TIME = (
    "L'arrêt peut être demandé à tout moment de l'année scolaire ou à la fin de celle-ci, par chacun des "
    "partenaires de l'IPT ou par le CPMS de l'école ordinaire qui assure la guidance de l'élève"
)
COLLEGIAL = (
    "La demande d'arrêt est concertée entre tous les partenaires de l'IPT et "
    "la décision d'y mettre fin est prise de manière collégiale (les partenaires devant tendre à rallier l'unanimité)"
)
POLE_PROC = (
    "dans un pôle, l'annexe 4 est remplacée par le PDF d'arrêt généré dans e-pôles, complété et signé par tous "
    "les partenaires, et le coordonnateur du pôle signale l'arrêt dans e-pôles"
)
POLE_END = {
    "cours_annee": "à la date de l'évènement (arrêt en cours d'année)",
    "fin_annee": "le dernier jour de l'année scolaire",
    None: "le dernier jour de l'année scolaire, ou à la date de l'évènement en cas d'arrêt en cours d'année",
}


def who(in_pole: bool) -> tuple[str, list[Citation]]:
    """Who may ask, with how the request is then decided (the circular's next sentence)."""
    text = f"{ANY_TIME} ; {COLLEGIAL[0].lower()}{COLLEGIAL[1:]}"
    return text, [C_WHO, C_UNANIMITY, C_POLE_WHO] if in_pole else [C_WHO, C_UNANIMITY]


def decide() -> tuple[str, list[Citation]]:
    # the Pacte's « Qui décide des arrêts d'intégration ? » names the partners, the pôle among them
    text = (
        f"{COLLEGIAL} ; dans un pôle, ces partenaires sont l'école d'enseignement ordinaire, les parents ou "
        "l'élève majeur et le pôle"
    )
    return text, [C_WHO, C_UNANIMITY, C_POLE_WHO]


def when_ends(facts: Facts, when: str | None, in_pole: bool) -> tuple[str, list[Citation]]:
    # "Celle-ci prend fin le dernier jour de l’année scolaire (date de l’arrêt) ou à la date de l’évènement"
    on = f" (soit ici le {fr_date(facts.event_date)})" if facts.event_date and when == "cours_annee" else ""
    return f"L'IPT prend fin {POLE_END[when]}{on}", [C_END_DATE]


def deadline(when: str | None, mid_year: str, end_of_year: str) -> tuple[str, list[Citation]]:
    """The sending deadline of the annex 4 (mid-year, 30 days) or of the listing (end of year)."""
    mid = (mid_year, [C_MID_PROC, param_cite("end.report_days"), C_REPORT_30, C_MAILBOX])
    end = (end_of_year, [C_LISTING, param_cite("end.listing_deadline")])
    if when == "cours_annee":
        return mid
    if when == "fin_annee":
        return end
    return f"{mid[0]}. {end[0]}", mid[1] + end[1]


def pole_deadline() -> tuple[str, list[Citation]]:
    text = (
        f"L'IPT est suivie par un pôle : {POLE_PROC} ; les textes ne fixent pas de délai d'envoi pour ce PDF"
    )
    return text, [C_POLE_PDF]


def motive() -> tuple[str, list[Citation]]:
    return f"La décision d'arrêt repose sur un des motifs suivants : {MOTIVES}", [C_MOTIVES]


def keep(in_pole: bool) -> tuple[str, list[Citation]]:
    """Where the signed stop document is kept: the pôle's PDF in the pupil's files; annex 4 and the PV at the
    disposal of the verifiers and the Administration."""
    if in_pole:
        text = "Le PDF d'arrêt signé est conservé dans le dossier de l'élève au pôle territorial, avec une copie dans son dossier à l'école ordinaire"
        return text, [C_POLE_KEEP]
    text = (
        "Les annexes 4 (bilan de l'intégration) complétées sont tenues par l'école à la disposition des vérificateurs "
        "de la population scolaire, et le procès-verbal de la décision à la disposition de l'Administration"
    )
    return text, [C_PREFILLED, C_PV]


def justify() -> tuple[str, list[Citation]]:
    # "Les partenaires de l’IPT sont invités, le cas échéant, à justifier brièvement l’arrêt de l’IPT."
    return "Les partenaires de l'IPT sont invités, le cas échéant, à justifier brièvement l'arrêt de l'IPT", [
        C_JUSTIFY
    ]


def mid_year(facts: Facts, ref: dt.date, data: dict, whole: bool = True) -> str:
    """The mid-year procedure (`whole`), or only its sending deadline."""
    days = param("end.report_days.value")
    if whole:
        text = (
            "En cours d'année, l'IPT prend fin à la date de l'évènement ; complétez le bilan d'intégration (annexe 4) "
            f"en motivant la décision et envoyez-le par mail à integration_specialise@cfwb.be dans les {days} jours "
            "calendrier de la décision d'arrêt (le procès-verbal de la décision reste à la disposition de "
            "l'Administration)"
        )
    else:
        text = (
            "En cours d'année, le bilan d'intégration (annexe 4) est à envoyer par mail à "
            f"integration_specialise@cfwb.be dans les {days} jours calendrier de la décision d'arrêt"
        )
    if facts.event_date:
        # "La décision doit être communiquée à l’administration dans les 30 jours calendrier de ladite décision."
        deadline = facts.event_date + dt.timedelta(days=days)
        left = (deadline - ref).days
        data.update(report_deadline=deadline.isoformat(), days_left=left, past=left < 0)
        state = "dépassée" if left < 0 else f"il reste {left} jour(s)"
        text += f" : pour un arrêt décidé le {fr_date(facts.event_date)}, au plus tard le {fr_date(deadline)} ({state})"
    return text


def end_of_year(data: dict) -> str:
    deadline: dt.date = param("end.listing_deadline.value")
    data["listing_deadline"] = deadline.isoformat()
    return (
        "En fin d'année, l'IPT prend fin le dernier jour de l'année scolaire ; complétez le bilan d'intégration "
        "(annexe 4, pré-rempli par l'Administration et tenu à la disposition des vérificateurs ; il n'est plus "
        "nécessaire de le scanner ni de l'envoyer par mail) et le listing "
        f"« prolongation via un pôle territorial ou arrêt », à envoyer pour le {fr_date(deadline)} au plus tard"
    )


def focused(
    facts: Facts,
    asked: list[str],
    lead_part: tuple[list[str], list[Citation]],
    cites: list[Citation],
    case: tuple,
) -> tuple[str, list[Citation]]:
    """The conclusion and citations of the asked aspects only (the reason's sentence kept first)."""
    texts, out = list(lead_part[0]), []
    for c in lead_part[1]:
        out += [] if c in out else [c]
    for aspect in asked:
        part = _part(facts, aspect, case, [c for c in cites if c not in out])
        if part and part[0] not in texts and not all(c in out for c in part[1]):
            # a part that extends a leading sentence (the collegial decision) takes its place
            texts = [t for t in texts if not part[0].startswith(t)] + [part[0]]
            out += [c for c in part[1] if c not in out]
    return ". ".join(texts), out


def _part(facts: Facts, aspect: str, case: tuple, cites: list[Citation]) -> tuple[str, list[Citation]] | None:
    ref, data, when, in_pole = case
    if aspect == "who":
        return who(in_pole)
    if aspect == "decide":
        return decide()
    if aspect == "motive":
        return motive()
    if aspect == "keep":
        return keep(in_pole)
    if aspect == "justify":
        return justify()
    if aspect == "when" and "procedure" not in facts.end_aspects:
        return when_ends(facts, when, in_pole)
    if aspect == "deadline" and "procedure" not in facts.end_aspects:
        if in_pole:
            return pole_deadline()
        return deadline(when, mid_year(facts, ref, data, whole=False), end_of_year(data))
    if aspect == "procedure":
        return _procedure(facts, case, cites)
    return None


def _procedure(facts: Facts, case: tuple, cites: list[Citation]) -> tuple[str, list[Citation]]:
    """The whole procedure of the stop's moment (the generic answer without who asks, decides, why)."""
    ref, data, when, in_pole = case
    if in_pole:
        text = (
            f"L'IPT est suivie par un pôle : elle prend fin {POLE_END[when]} ; {POLE_PROC} ; le PDF signé est "
            "conservé dans le dossier de l'élève au pôle, avec une copie à l'école ordinaire"
        )
    elif when == "cours_annee":
        text = mid_year(facts, ref, data)
    elif when == "fin_annee":
        text = end_of_year(data)
    else:
        text = f"{mid_year(facts, ref, data)}. {end_of_year(data)}"
    # the reasoning still names the pôles' stop PDF (cited) for a school that may be in a pôle
    return text, [c for c in cites if c not in (C_WHO, C_UNANIMITY, C_MOTIVES, C_POLE_WHO)]
