"""End of an IPT: who may ask, the collegial decision, the date it ends, and the procedure and documents
mid-year vs end of year (annex 4 / e-pôles stop PDF); a stop for a named reason (a mid-year cause, a
failing IPT, a certificate) is answered for that reason. The motives and causes are in `end_causes`, the
quotes of the procedure in `end_citations`.

Epilogue: what the texts leave implicit
- Point 7 of the circular reads "Excepté dans le cas d'un arrêt d'IPT en cours d'année scolaire, le
  bilan est à envoyer … dans les 30 jours calendrier"; its table "Documents à renvoyer" and question
  16 make clear the 30 days apply *to* a mid-year stop. That reading is applied.
- A stop whose month is July or August is treated as an end-of-year stop; any other month as
  mid-year (the texts give no month boundary). The decision date is taken as the event date when
  computing the 30 days.
- A stop because a certificate (CEB, CESS, CQ) was obtained is an end-of-year stop, whatever the month
  of the exam: certificates are awarded at the end of the school year.
- For IPTs followed by a pôle, the Pacte report replaces annex 4 by the e-pôles stop PDF; it gives no
  deadline of its own for sending it.
"""

from __future__ import annotations

import datetime as dt

from assistant.models import Citation, RuleResult
from assistant.rules import end_focus as focus
from assistant.rules.accompaniment import who
from assistant.rules.base import rule
from assistant.rules.calendar import fr_date
from assistant.rules.cite import param_cite
from assistant.rules.end_causes import (
    C_CAUSES_1_4,
    C_CAUSES_5_7,
    C_CAUSES_INTRO,
    C_MOTIVES,
    OTHER_MOTIVES,
    named_cause,
    return_enrolment,
)
from assistant.rules.end_citations import (
    C_BACK_AT_ONCE,
    C_CPMS_STOP,
    C_END_DATE,
    C_FAIL,
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
from assistant.rules.end_focus import ANY_TIME, COLLEGIAL, POLE_END, POLE_PROC
from assistant.rules.facts import Facts
from assistant.rules.polarity import lead
from assistant.rules.school_year import reference_school_year


def _when(facts: Facts) -> str | None:
    if facts.end_when:
        return facts.end_when
    if facts.end_cause in ("certificat", "passage_secondaire"):
        return "fin_annee"  # a certificate or the move to secondary school comes at the end of a school year
    month = facts.event_date.month if facts.event_date else facts.event_month
    if month is not None:
        return "fin_annee" if month in (7, 8) else "cours_annee"
    return "cours_annee" if named_cause(facts) else None


def _intro(facts: Facts, when: str | None) -> tuple[str, list[Citation], bool | None]:
    """The sentence for the reason the question gives (text, citations, answer to a closed question)."""
    cause = named_cause(facts)
    if when == "cours_annee" and (facts.return_to_special or (cause and cause[0] == 7)):
        # "Les partenaires du protocole d’IPT peuvent, par décision collégiale motivée, mettre fin à l’IPT et
        # autoriser le retour à temps plein de l'élève dans l'enseignement spécialisé en cours d'année scolaire."
        text = (
            "Les partenaires du protocole d'IPT peuvent, par décision collégiale motivée, mettre fin à l'IPT et "
            "autoriser le retour à temps plein de l'élève dans l'enseignement spécialisé en cours d'année ; dès que "
            "la décision est prise, l'élève retourne à temps plein dans l'école d'enseignement spécialisé"
        )
        return text, [C_FAIL, C_BACK_AT_ONCE, C_CAUSES_5_7], True
    if cause and when == "cours_annee":
        # "L’IPT peut également prendre fin à tout moment de l’année scolaire, à la date connue de l’événement,
        # dans les cas suivants : …"
        on = f" (soit ici le {fr_date(facts.event_date)})" if facts.event_date else ""
        text = (
            f"L'IPT peut prendre fin à tout moment de l'année scolaire, à la date connue de l'évènement{on}, dans "
            f"les cas prévus, dont celui-ci : {cause[0]}° {cause[1]}"
        )
        return text, [C_CAUSES_INTRO, C_CAUSES_1_4 if cause[0] <= 4 else C_CAUSES_5_7], True
    if facts.end_cause in OTHER_MOTIVES:
        moment = {"fin_annee": "en fin d'année", "cours_annee": "en cours d'année"}.get(when or "", "")
        text = f"C'est un arrêt {moment} pour le motif : {OTHER_MOTIVES[facts.end_cause]}".replace("  ", " ")
        # a listed motive: "c'est un motif valable ?" -> yes; "faut-il remplir l'annexe 4 ?" asks for a document
        return text, [C_MOTIVES], None if facts.focus == "obligation" else True
    return "", [], None


@rule(
    "end.who_and_how",
    topic="end",
    title="Comment arrêter une IPT : qui le demande, quand prend-elle fin, quelle procédure ?",
    triggers=(
        r"\b(arret\w*|arreter|(mettre|met|mettent|mis|mette) fin|fin de l'ipt|stopper|terminer|termine)\b.{0,80}\b(ipt|integration)\b",
        r"\b(ipt|integration)\b.{0,80}\b(arret\w*|arreter|pren(d|dre|dra|drait|nent) fin|se termine|echoue?)\b",
        r"\bet si l'arret\b",
        r"\bbilan d'integration\b|\bpdf d'arret\b|\bannexe (4|iv)\b",
        r"\bclotur\w*\b.{0,40}\b(ipt|integration)\b",
        r"\b(imposer|decider|demander|exiger|refuser|opposer|ordonner)\b.{0,40}\bla fin (de l'|de son |de leur |d'une )(ipt|integration)\b",
    ),
    decisive=("end_when", "event_date", "event_month", "end_cause", "return_to_special"),
    examples=(
        "Comment arrêter une IPT en cours d'année ?",
        "Et si l'arrêt a lieu en novembre ?",
        "Qui peut demander l'arrêt d'une IPT ?",
        "Comment clôturer l'IPT d'un élève qui a obtenu son CEB ?",
    ),
    settles=(
        # who asks or decides, how; when it takes effect; what to send, by when; the causes it weighs
        r"(^|[,:;(] ?|\b(et|mais|alors|donc|a|par|de|c'est|est-ce) )qui\b|\bqui (peu\w+|doi\w+|decide\w*|demande\w*|sign\w*|envoi\w*|rempli\w*|complete\w*|prend)\b",
        r"\b(seule?s?|unanim\w*|collegi\w*|decid\w*|decision|demand\w*|partenaires?|accord|concert\w*)\b",
        r"\b(comment|procedure|possible)\b|\bpeu\w+[ -](on|t-on|je|nous|elle|il) (l'|la |les )?(arret|stopp|termin|clotur)",
        r"\b(quand|date|moment|prend\w* fin|effet|en cours d'annee|en fin d'annee|attendre la fin)\b",
        r"\b(annexe|bilan|listing|pdf|document|formulaire|envo\w+|renvo\w+|mail|sign\w*|proces-verbal|pv|e-poles?)\b",
        r"\b(30|trente) jours\b|\bdelai (pour|d'envoi|de 30)\b",
        r"\b(motif|raison|retour\w*|specialis\w*|ceb|cess|cq|certifica\w*|chang\w+ d'ecole|inscri\w*)\b",
        r"\b(met\w* fin|mettre fin|justifi\w*|motiv\w*|passage|primaire|secondaire)\b",
    ),
)
def who_and_how(facts: Facts, today: dt.date) -> RuleResult:
    ref = facts.reference_date or today
    year = reference_school_year(facts, today)
    when = _when(facts)
    in_pole = facts.followed_by == "pole" or who(facts, today).data.get("accompanied_by") == "pole"
    data: dict = {"end_when": when, "school_year": year, "in_pole": in_pole}
    notes = ["Procédure de la circulaire IPT 2025-2026 ; vérifiez la circulaire de l'année en cours."]
    cites: list[Citation] = [C_WHO, C_UNANIMITY, C_MOTIVES, C_END_DATE]
    if when == "cours_annee":
        head = focus.mid_year(facts, ref, data)
        cites += [C_MID_PROC, param_cite("end.report_days"), C_REPORT_30, C_MAILBOX, C_PV]
    elif when == "fin_annee":
        head = focus.end_of_year(data)
        cites += [C_LISTING, param_cite("end.listing_deadline"), C_PREFILLED]
    else:
        head = f"{focus.mid_year(facts, ref, data)}. {focus.end_of_year(data)}"
        data["missing"] = ["end_when"]
        cites += [C_MID_PROC, param_cite("end.report_days"), C_REPORT_30, C_MAILBOX, C_PV, C_LISTING]
        cites.append(param_cite("end.listing_deadline"))
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
    # the Pacte's who-may-ask is the circular's C_WHO said of the pôles: cited for an IPT in a pôle only
    cites += [C_POLE_PDF, C_POLE_WHO] if in_pole else [C_POLE_PDF]
    intro, intro_cites, answer = _intro(facts, when)
    back = return_enrolment(facts)
    if back:
        intro = f"{intro} ; {back[0]}" if intro else back[0][0].upper() + back[0][1:]
        intro_cites = intro_cites + back[1]
    if intro:
        head = f"{intro}. {head}"
        cites = intro_cites + [c for c in cites if c not in intro_cites]
        data["reason"] = facts.end_cause or "retour_specialise"
    if facts.focus == "wait" or (facts.focus == "permission" and answer is None and when == "cours_annee"):
        # "faut-il attendre la fin de l'année ?", "elle ne peut être arrêtée qu'en fin d'année ?" -> Non;
        # "peut-on l'arrêter en cours d'année ?" -> Oui: « À tout moment de l'année scolaire ou à la fin
        # de celle-ci, chacun des partenaires … peut demander l'arrêt de l'intégration. »
        answer = facts.focus != "wait"
        if not intro:
            head = f"{ANY_TIME}. {head}"
    closed = facts
    if facts.sole_actor:
        # "c'est la directrice qui décide seule ?" -> Non: « Cette demande est concertée entre tous les
        # partenaires de l’IPT, et la décision est prise de manière collégiale. »
        answer, closed = False, facts.model_copy(update={"yes_no": True})
        head = f"{COLLEGIAL}. {head}"
        cites = [C_WHO, C_UNANIMITY] + [c for c in cites if c not in (C_WHO, C_UNANIMITY)]
    asked = list(facts.end_aspects)  # none named: the whole procedure
    if asked:
        parts = [
            head_part for head_part in (intro, ANY_TIME if head.startswith(ANY_TIME) else "") if head_part
        ]
        lead_cites = (intro_cites if intro else []) + ([C_WHO] if parts and not intro else [])
        if facts.sole_actor:
            parts, lead_cites = [COLLEGIAL, *parts], [C_WHO, C_UNANIMITY, *lead_cites]
        head, cites = focus.focused(facts, asked, (parts, lead_cites), cites, (ref, data, when, in_pole))
    if facts.cpms_side == "ordinaire" and C_WHO in cites:  # "le CPMS peut-il l'arrêter (seul) ?"
        cites.insert(cites.index(C_WHO) + 1, C_CPMS_STOP)
    head = lead(closed, answer, head)
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
