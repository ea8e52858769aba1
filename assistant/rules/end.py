"""End of an IPT: who may ask, the collegial decision, the motives, the seven mid-year causes, the date
it ends, and the procedure and documents mid-year vs end of year (annex 4 / e-pôles stop PDF).

Epilogue: what the texts leave implicit
- Point 7 of the circular reads "Excepté dans le cas d'un arrêt d'IPT en cours d'année scolaire, le
  bilan est à envoyer … dans les 30 jours calendrier"; its table "Documents à renvoyer" and question
  16 make clear the 30 days apply *to* a mid-year stop. That reading is applied.
- A stop whose month is July or August is treated as an end-of-year stop; any other month as
  mid-year (the texts give no month boundary). The decision date is taken as the event date when
  computing the 30 days.
- For IPTs followed by a pôle, the Pacte report replaces annex 4 by the e-pôles stop PDF; it gives no
  deadline of its own for sending it.
"""

from __future__ import annotations

import datetime as dt

from assistant.models import Citation, RuleResult
from assistant.rules.accompaniment import fr_date, reference_school_year, who
from assistant.rules.base import rule
from assistant.rules.cite import circ, cite, pacte
from assistant.rules.facts import Facts
from assistant.rules.params import param

RULES_IPT = "partie IV, Règles et procédures en lien avec les intégrations permanentes totales, Q&R "
C_WHO = circ(
    "point 1.5",
    "À tout moment de l’année scolaire ou à la fin de celle-ci, chacun des partenaires de l’IPT ou le CPMS de "
    "l’école d’enseignement ordinaire qui assure la guidance de l’élève peut demander l’arrêt de l’intégration. "
    "Cette demande est concertée entre tous les partenaires de l’IPT, et la décision est prise de manière collégiale.",
)
C_UNANIMITY = circ("point 5, question 14", "(les partenaires devant tendre à rallier l’unanimité)")
C_MOTIVES = circ(
    "point 1.5",
    "le retour de l’élève dans l’enseignement spécialisé ; ● l’inscription de l’élève dans l’enseignement "
    "ordinaire sans accompagnement (sans IPT) ; ● l’obtention d’un certificat (CEB, CESS, CQ) ; ● une autre raison",
)
C_END_DATE = circ(
    "point 1.5",
    "Celle-ci prend fin le dernier jour de l’année scolaire (date de l’arrêt) ou à la date de l’évènement (en "
    "cas d’arrêt en cours d’année scolaire).",
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
MID_YEAR_CAUSES = (
    "une mesure de placement prise soit par un magistrat, soit par le conseiller ou le (la) directeur(trice) d'aide à la jeunesse",
    "un changement de domicile",
    "une séparation des parents entraînant un changement de lieu d'hébergement de l'élève",
    "le passage de l'élève d'une école à régime d'externat vers un internat et vice versa",
    "l'accueil de l'élève, sur l'initiative des parents, dans une autre famille ou dans un centre pour raison de maladie, de voyage",
    "l'exclusion définitive de l'élève",
    "en cas de circonstances exceptionnelles, une décision collégiale motivée des partenaires (retour à temps plein dans le spécialisé)",
)
C_MID_PROC = circ(
    "point 1.5",
    "1) Complétez le « bilan d’intégration » en motivant la décision d’arrêt de l’IPT (annexe 4). 2) Transmettez "
    "ce document à l’Administration sur la boite mail générique « intégration ».",
)
C_MAILBOX = circ(
    "documents à renvoyer",
    "Bilan de l’intégration Par mail (en cas d’arrêt de l’IPT en cours d’année scolaire) "
    "integration_specialise@cfwb.be 30 jours calendrier à dater de la décision de l’arrêt",
)
C_PV = circ(
    "point 5, question 16",
    "Le procès-verbal de la décision actant la fin de l’IPT est tenu à la disposition de l’Administration.",
)
C_LISTING = circ("point 1.5", "2) Complétez le listing « prolongation via un pôle territorial ou arrêt ».")
C_PREFILLED = circ(
    "point 7",
    "Au terme de l’année scolaire, l’Administration vous transmettra par mail les annexes 4 (bilan de l’intégration) "
    "pré-remplis. Ces documents devront être complétés par les écoles et tenus à la disposition des vérificateurs de "
    "la population scolaire.",
)
C_POLE_PDF = pacte(
    RULES_IPT + "« Faut-il générer une annexe 4 dans e-pôles si l’élève change d’école coopérante ? »",
    "Dans le cadre du dispositif des pôles, on ne parle plus d’ « annexe 4 » mais de PDF d’arrêt de l’intégration "
    "permanente totale. Si un élève change de pôle ou d’école coopérante, le coordonnateur du pôle territorial "
    "imprime le PDF d’arrêt qui est complété et signé par tous les partenaires de l’intégration et signale l’arrêt "
    "dans e-pôles.",
)
C_POLE_WHO = pacte(
    RULES_IPT + "« Qui décide des arrêts d’intégration ? Si le centre PMS signe un document sur… »",
    "chacun des partenaires de l’intégration (école d’enseignement ordinaire, parents/élève majeur ou pôle) ou le "
    "centre PMS de l’école d’enseignement ordinaire qui assure la guidance de l’élève peut demander l’arrêt de l’intégration.",
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
C_POLE_KEEP = pacte(
    RULES_IPT + "« Faut-il générer une annexe 4 dans e-pôles si l’élève change d’école coopérante ? »",
    "Le document PDF signé est conservé dans le dossier de l’élève au pôle territorial et une copie est également "
    "conservée dans le dossier de l’élève auprès de l’école d’enseignement ordinaire.",
)


def _when(facts: Facts) -> str | None:
    if facts.end_when:
        return facts.end_when
    month = facts.event_date.month if facts.event_date else facts.event_month
    if month is None:
        return None
    return "fin_annee" if month in (7, 8) else "cours_annee"


def _mid_year(facts: Facts, ref: dt.date, data: dict) -> str:
    days = param("end.report_days.value")
    text = (
        "En cours d'année, l'IPT prend fin à la date de l'évènement ; complétez le bilan d'intégration (annexe 4) en "
        f"motivant la décision et envoyez-le par mail à integration_specialise@cfwb.be dans les {days} jours "
        "calendrier de la décision d'arrêt (le procès-verbal de la décision reste à la disposition de l'Administration)"
    )
    if facts.event_date:
        # "La décision doit être communiquée à l’administration dans les 30 jours calendrier de ladite décision."
        deadline = facts.event_date + dt.timedelta(days=days)
        left = (deadline - ref).days
        data.update(report_deadline=deadline.isoformat(), days_left=left, past=left < 0)
        state = "dépassée" if left < 0 else f"il reste {left} jour(s)"
        text += f" : pour un arrêt décidé le {fr_date(facts.event_date)}, au plus tard le {fr_date(deadline)} ({state})"
    return text


def _end_of_year(data: dict) -> str:
    deadline: dt.date = param("end.listing_deadline.value")
    data["listing_deadline"] = deadline.isoformat()
    return (
        "En fin d'année, l'IPT prend fin le dernier jour de l'année scolaire ; complétez le bilan d'intégration "
        "(annexe 4, pré-rempli par l'Administration et tenu à la disposition des vérificateurs) et le listing "
        f"« prolongation via un pôle territorial ou arrêt », à envoyer pour le {fr_date(deadline)} au plus tard"
    )


@rule(
    "end.who_and_how",
    topic="end",
    title="Comment arrêter une IPT : qui le demande, quand prend-elle fin, quelle procédure ?",
    triggers=(
        r"\b(arret\w*|arreter|mettre fin|fin de l'ipt|stopper|terminer|termine)\b.{0,80}\b(ipt|integration)\b",
        r"\b(ipt|integration)\b.{0,80}\b(arret\w*|arreter|prend fin|se termine|echoue?)\b",
        r"\bet si l'arret\b",
        r"\bbilan d'integration\b|\bpdf d'arret\b",
    ),
    decisive=("end_when", "event_date", "event_month"),
    examples=(
        "Comment arrêter une IPT en cours d'année ?",
        "Et si l'arrêt a lieu en novembre ?",
        "Qui peut demander l'arrêt d'une IPT ?",
    ),
)
def who_and_how(facts: Facts, today: dt.date) -> RuleResult:
    ref = facts.reference_date or today
    year = reference_school_year(facts, today)
    when = _when(facts)
    in_pole = who(facts, today).data.get("accompanied_by") == "pole"
    data: dict = {"end_when": when, "school_year": year, "in_pole": in_pole}
    notes = ["Procédure de la circulaire IPT 2025-2026 ; vérifiez la circulaire de l'année en cours."]
    cites: list[Citation] = [C_WHO, C_UNANIMITY, C_MOTIVES, C_END_DATE]
    if when == "cours_annee":
        head = _mid_year(facts, ref, data)
        cites += [C_MID_PROC, _param_cite("end.report_days"), C_MAILBOX, C_PV, C_CAUSES_INTRO]
    elif when == "fin_annee":
        head = _end_of_year(data)
        cites += [C_LISTING, _param_cite("end.listing_deadline"), C_PREFILLED]
    else:
        head = f"{_mid_year(facts, ref, data)}. {_end_of_year(data)}"
        data["missing"] = ["end_when"]
        cites += [
            C_MID_PROC,
            _param_cite("end.report_days"),
            C_MAILBOX,
            C_LISTING,
            _param_cite("end.listing_deadline"),
        ]
    if in_pole:
        # Pacte: "on ne parle plus d’« annexe 4 » mais de PDF d’arrêt de l’intégration permanente totale"
        head = (
            f"L'IPT est suivie par un pôle : elle prend fin {POLE_END[when]} ; {POLE_PROC} ; le PDF signé est "
            "conservé dans le dossier de l'élève au pôle, avec une copie à l'école ordinaire"
        )
        cites = [c for c in cites if c.locator not in ("documents à renvoyer", "point 7")]
        cites += [C_POLE_KEEP]
        notes.append(
            "La circulaire IPT 2025-2026 (annexe 4, listing, 30 jours) vise les IPT suivies par une école spécialisée."
        )
    cites += [C_POLE_PDF, C_POLE_WHO]
    steps = [
        "Qui peut demander : chacun des partenaires de l'IPT ou le CPMS de l'école ordinaire qui assure la guidance.",
        "La demande est concertée entre tous les partenaires ; décision collégiale (tendre à l'unanimité).",
        "Motifs : retour dans le spécialisé, inscription dans l'ordinaire sans IPT, obtention d'un certificat "
        "(CEB, CESS, CQ), autre raison.",
        f"Dans un pôle : {POLE_PROC}.",
    ]
    return RuleResult(
        rule_id="end.who_and_how",
        conclusion=head + ".",
        steps=steps,
        citations=cites,
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        notes=notes,
        school_year=year,
        data=data,
    )


def _param_cite(path: str) -> Citation:
    node = param(path)["reference"]
    return cite(node["source_id"], node["locator"], node["quote"])


@rule(
    "end.causes",
    topic="end",
    title="Dans quels cas une IPT peut-elle prendre fin en cours d'année scolaire ?",
    triggers=(
        r"\b(quels?|quelles?)\b.{0,20}\b(cas|causes?|motifs?|raisons?)\b.{0,60}\b(arret\w*|fin)\b",
        r"\b(demenagement|changement de domicile|exclusion definitive|placement|internat)\b.{0,80}\b(ipt|integration)\b",
    ),
    decisive=("end_cause",),
    examples=("Pour quelles raisons une IPT peut-elle s'arrêter en cours d'année ?",),
)
def causes(facts: Facts, today: dt.date) -> RuleResult:
    year = reference_school_year(facts, today)
    listed = " ; ".join(f"{i}° {c}" for i, c in enumerate(MID_YEAR_CAUSES, 1))
    # "L’IPT peut également prendre fin à tout moment de l’année scolaire, à la date connue de l’événement,
    # dans les cas suivants : 1° ... 7° ..."
    conclusion = (
        "En cours d'année, l'IPT peut prendre fin à la date connue de l'évènement dans sept cas : "
        + listed
        + "."
    )
    return RuleResult(
        rule_id="end.causes",
        conclusion=conclusion,
        steps=[
            "Motifs généraux d'arrêt (point 1.5) : retour dans le spécialisé, ordinaire sans IPT, certificat, autre raison."
        ],
        citations=[C_CAUSES_INTRO, C_CAUSES_1_4, C_CAUSES_5_7, C_MOTIVES],
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        school_year=year,
        data={"causes": list(MID_YEAR_CAUSES), "count": len(MID_YEAR_CAUSES), "end_cause": facts.end_cause},
    )
