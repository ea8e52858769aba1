"""A new orientation certificate on a return to special education? (parameters.yaml `attestation`)

Rule `attestation.nouvelle_attestation`: from the time spent in IPT in an ordinary school (≤ 2 years
or more), whether the pupil returns to special education, and whether the type changes.

Epilogue: what the texts leave implicit
- The texts speak of a new certificate only when the pupil goes back to special education (point
  1.5 "Procédure en cas de retour", point 1.6 row "Retour…", the Pacte Q&A "réintègre"). For a
  pupil who stays in the ordinary school (IPT prolonged, or stopped without return) they require
  none; we say so, and note that an expired certificate will matter on a later return.
- The boundary: "endéans les 2 ans" / "depuis plus de 2 ans" (circular) vs "moins de deux ans"
  (Pacte). Exactly 2 years is read as "not more than 2 years" (circular wording); answers flag it.
- Change of type within 2 years: point 1.5 says the ordinary school's CPMS drafts "la nouvelle
  attestation d'orientation et le protocole justificatif", point 1.6 that it modifies the protocole
  justificatif and the type on the initial certificate: both mean the initial certificate cannot be
  used as it is; we answer "nouvelle attestation (ou modification du type)".
- "With the pôle" ("le cas échéant en collaboration avec le pôle") is the Pacte report's wording for
  IPTs accompanied by a pôle, i.e. every IPT from 2026-2027.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.models import Citation, RuleResult
from assistant.rules.attestation_wording import insert_after_lead, polarity
from assistant.rules.base import rule
from assistant.rules.calendar import parse_school_year, school_year_of
from assistant.rules.cite import cite, param_cite
from assistant.rules.facts import Facts
from assistant.rules.params import param

# point 1.5, « si son attestation d’orientation n’est plus valable (délai de 2 ans dépassé), le CPMS de l’école
# d’enseignement ordinaire est en charge de la rédaction de la nouvelle attestation … »
VALIDITY = "delai_validite_ans"
DRAFTER = "le CPMS de l'école d'enseignement ordinaire partenaire de l'IPT (ou le CPMS mixte)"


def _q(name: str) -> Citation:
    if name == VALIDITY:
        return param_cite(f"attestation.{VALIDITY}")
    return cite(**param(f"attestation.quotes.{name}"))


def _limit() -> float:
    return float(param("attestation.delai_validite_ans.value"))


def more_than_limit(facts: Facts) -> bool | None:
    """ "en IPT depuis plus de 2 ans": from more_than_two_years, else from years_in_ipt."""
    if facts.more_than_two_years is not None:
        return facts.more_than_two_years
    if facts.years_in_ipt is not None:
        # « Une nouvelle attestation d'orientation est nécessaire si l'élève est en IPT depuis plus de 2 ans »
        return facts.years_in_ipt > _limit()
    return None


def _pole_clause(today: dt.date) -> str:
    if parse_school_year(school_year_of(today)) >= 2026:
        return ", en collaboration le cas échéant avec le pôle qui accompagne l'IPT"
    return ", le cas échéant en collaboration avec le pôle si l'IPT est accompagnée par un pôle"


def _decide(over: bool | None, change: bool | None, today: dt.date) -> tuple[str, dict[str, Any], list[str]]:
    """Conclusion, data and citation names for a pupil who returns to special education."""
    pole = _pole_clause(today)
    if over:
        # « Une nouvelle attestation d'orientation est nécessaire si l'élève est en IPT depuis plus de 2 ans »
        text = (
            "Oui, une nouvelle attestation d'orientation et un nouveau protocole justificatif sont "
            f"nécessaires : l'élève est en IPT depuis plus de 2 ans (attestation initiale plus valable). "
            f"Ils sont rédigés par {DRAFTER}{pole}, avec ou sans changement de type."
        )
        data = {"needed": True, "initial_valid": False, "expired": True}
        return (
            text,
            data,
            [VALIDITY, "plus_de_2_ans_16", "arret_16_nouvelle_attestation", "pacte_plus_de_2_ans"],
        )
    if over is False and change is False:
        # « … endéans les 2 ans, sans changement de type, l'attestation d'orientation initiale reste valable »
        text = (
            "Non, pas de nouvelle attestation : l'élève retourne dans le spécialisé endéans les 2 ans "
            "sans changement de type, l'attestation d'orientation initiale reste valable et il peut "
            "s'inscrire directement dans une école d'enseignement spécialisé."
        )
        data = {"needed": False, "initial_valid": True, "expired": False, "drafted_by": None}
        names = [
            "retour_2_ans_sans_changement",
            "arret_16_nouvelle_attestation",
            "valide_inscription_directe",
        ]
        return text, data, [*names, "pacte_moins_2_ans"]
    if over is False and change:
        # « … réorienté vers un autre type endéans les 2 ans, c'est le CPMS ordinaire ou mixte qui est compétent »
        text = (
            "Oui, le changement de type doit être acté : retour endéans les 2 ans mais dans un autre type, "
            f"{DRAFTER} rédige la nouvelle attestation d'orientation et le protocole justificatif (ou modifie "
            f"le type sur l'attestation initiale){pole}."
        )
        data = {"needed": True, "initial_valid": False, "expired": False}
        return text, data, ["changement_type_15", "changement_type_16", "pacte_changement_type"]
    if over is False:
        text = (
            "En cas de retour endéans les 2 ans, sans changement de type, non : l'attestation initiale reste "
            "valable ; avec changement de type, oui (réorientation dans un type différent) : "
            f"{DRAFTER} rédige la nouvelle attestation et le protocole justificatif{pole}."
        )
        data = {"needed": None, "expired": False, "missing": ["change_of_type"]}
        # Pacte: "un nouveau rapport d’inscription ne doit pas être nécessairement établi sauf si l’élève est
        # réorienté dans un type différent de celui figurant sur l’attestation initiale"
        names = [
            "retour_2_ans_sans_changement",
            "changement_type_15",
            "pacte_moins_2_ans",
            "pacte_changement_type",
        ]
        return text, data, names
    text = (
        "Si l'élève est en IPT depuis plus de 2 ans : oui, une nouvelle attestation d'orientation et un "
        f"nouveau protocole justificatif, rédigés par {DRAFTER}{pole}. S'il retourne endéans les 2 ans : "
        "non sans changement de type (l'attestation initiale reste valable : il peut s'inscrire directement dans "
        "une école d'enseignement spécialisé) ; oui en cas de changement de type, par le même CPMS."
    )
    missing = ["years_in_ipt"] + (["change_of_type"] if change is None else [])
    data = {"needed": None, "missing": missing}
    # the circular's line for the case asked (point 1.5): a change of type, else a certificate still valid
    names = (
        ["changement_type_15"] if change else ["valide_inscription_directe", "retour_2_ans_sans_changement"]
    )
    return text, data, [VALIDITY, *names, "changement_type_16"]


@rule(
    "attestation.nouvelle_attestation",
    topic="attestation",
    title="Faut-il une nouvelle attestation d'orientation, et qui la rédige ?",
    triggers=(
        r"\b(attestation|ao)\b.*\b(nouvelle|refaire|valable|validite|expire|perime|rediger|redige|encore)\b",
        r"\b(nouvelle|refaire|valable|validite)\b.*\b(attestation|ao)\b",
        r"\bprotocole justificatif\b",
        r"\bchangement de type\b",
        # whether the pupil's first certificate still does: "son attestation de départ suffit ?"
        r"\b(attestation|ao) (d'orientation )?(initiale|de depart|d'origine|de base)\b",
        # the Pacte's older name of the certificate: "un nouveau rapport d'inscription"
        r"\b(nouveau|refaire|etablir|reetablir|redemander)\b.{0,40}\brapport d'inscription\b",
        r"\brapport d'inscription\b.{0,60}\b(nouveau|refaire|etabli\w*|valable|encore)\b",
    ),
    decisive=("years_in_ipt", "more_than_two_years", "return_to_special", "change_of_type"),
    examples=(
        "Élève en IPT depuis 3 ans qui retourne dans le spécialisé : faut-il une nouvelle attestation ?",
        "Retour dans le spécialisé après 1 an sans changement de type, l'attestation est-elle encore valable ?",
        "Qui rédige la nouvelle AO en cas de changement de type ?",
        "L'attestation d'orientation est-elle toujours valable après 2 ans d'IPT ?",
    ),
)
def nouvelle_attestation(facts: Facts, today: dt.date) -> RuleResult:
    over = more_than_limit(facts)
    change = facts.change_of_type
    data: dict[str, Any]
    notes: list[str] = []
    if facts.never_in_ipt:
        # the texts tie the certificate's validity to a return after an IPT (« en IPT depuis plus de 2 ans »)
        text = (
            "Les textes ne précisent pas la validité de l'attestation d'orientation d'un élève qui n'a jamais "
            "été en IPT : ils ne traitent que le retour dans le spécialisé d'un élève en IPT (attestation "
            "initiale valable endéans les 2 ans sans changement de type, nouvelle attestation au-delà). "
            "À vérifier auprès du CPMS de l'école ou de l'Administration."
        )
        data = {"needed": None, "not_in_texts": True}
        names = ["plus_de_2_ans_16", "retour_2_ans_sans_changement"]
    elif facts.return_to_special is False:
        text = (
            "Non : tant que l'élève n'est pas réinscrit dans l'enseignement spécialisé, les textes ne "
            "demandent pas de nouvelle attestation d'orientation ; la question se pose au retour dans le "
            "spécialisé (nouvelle attestation si plus de 2 ans d'IPT ou changement de type)."
        )
        data = {"needed": False, "initial_valid": None if over is None else not over}
        names = ["valide_inscription_directe", "plus_de_2_ans_16"]
    else:
        text, data, names = _decide(over, change, today)
        if facts.yes_no and over is False and change is None:
            # a closed question ("faut-il refaire … ?") whose answer depends on the type: "pas nécessairement"
            text = "Pas nécessairement : " + text[0].lower() + text[1:]
        text = polarity(facts, text, data.get("needed"))
        if facts.return_to_special is None:
            text = insert_after_lead(text, "en cas de retour dans l'enseignement spécialisé")
            data["missing"] = [*data.get("missing", []), "return_to_special"]
    if data.get("needed"):
        data.update(drafted_by="cpms_ordinaire", protocole_justificatif=True, with_pole="le_cas_echeant")
    if facts.years_in_ipt == _limit():
        notes.append(
            "Exactement 2 ans : la circulaire dit « plus de 2 ans » / « endéans les 2 ans », le rapport du "
            "Pacte « moins de deux ans » ; vérifiez la date de l'attestation initiale."
        )
    steps = [
        f"Temps en IPT : {_duration(facts, over)}.",
        f"Retour dans le spécialisé : {_yes_no(facts.return_to_special)} ; changement de type : {_yes_no(change)}.",
        "Règle : délai de validité de 2 ans ; au-delà, ou si le type change, le CPMS de l'ordinaire rédige.",
    ]
    return RuleResult(
        rule_id="attestation.nouvelle_attestation",
        conclusion=text,
        steps=steps,
        citations=[_q(n) for n in names],
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        notes=notes,
        school_year=school_year_of(today),
        data=data,
    )


def _yes_no(value: bool | None) -> str:
    return {True: "oui", False: "non", None: "non précisé"}[value]


def _duration(facts: Facts, over: bool | None) -> str:
    if facts.years_in_ipt is not None:
        return f"{facts.years_in_ipt:g} an(s) ({'plus' if over else 'pas plus'} de 2 ans)"
    return {True: "plus de 2 ans", False: "2 ans au plus", None: "non précisé"}[over]
