"""Means of an IPT per pupil: periods (special school) or points (pôle) by start date and school year,
and how the pupil counts for the ordinary school. Grants, the pôle coefficient and appointments are in
`means_funding`, pre-2020 IPTs after the transition and restitution in `means_stop` (imported below).

Which text governs: the decree of 5 February 2009 rewrote art. 132 of the decree of 3 March 2004
(4 periods per integrated pupil, 4 more in the 3rd degree, 8 for the ordinary school). The 2025-2026
circular, the most recent text specific to the current school year, gives the amounts that apply now
(1,18 / 4 / 16 periods, 25,88 / 88 / 352 points, by start date): it governs the current question, and
answers say so. The amounts and their epilogue are in `means_values`.

The answer follows the question: "combien de points" speaks of the pôle, "combien de périodes" of the
school(s) receiving periods; a question naming neither gets both.
"""

from __future__ import annotations

import datetime as dt

from assistant.models import Citation, RuleResult
from assistant.rules.accompaniment import ONLY_POLES_YEAR, first_year, reference_school_year, who
from assistant.rules.base import rule
from assistant.rules.cite import DECREE_2009, cite
from assistant.rules.facts import Facts
from assistant.rules.means_values import (
    C_ORDINARY_KEEPS,
    CIRCULAR_FIRST_YEAR,
    LABELS,
    Amounts,
    amounts,
    bracket,
    exists_in,
    given_year,
    num,
    ref,
    result,
)
from assistant.rules.polarity import lead as yes_no_lead

C_ROUNDING = cite(
    "circulaire-ipt-2025-2026",
    "point 5, question 10",
    "Le nombre total de périodes octroyées à l’école d’enseignement spécialisé est arrondi à l’unité la plus "
    "proche. Ces périodes sont attribuées par élève mais elles peuvent être mutualisées par l’école "
    "d’enseignement spécialisé.",
)
POOLED = (
    "Les périodes sont attribuées par élève mais elles peuvent être mutualisées par l'école spécialisée "
    "(leur total est arrondi à l'unité la plus proche)."
)
C_DECREE_ORDINARY = cite(
    DECREE_2009,
    "art. 35 (art. 132 du décret du 3 mars 2004)",
    "§ 3. Dans le 3 e degré de l'enseignement secondaire, il est également accordé 8 périodes hors nombre "
    "total de périodes-professeur à l'établissement d'enseignement ordinaire qui accueille l'élève intégré.",
)
GOVERNS = (
    "Le décret du 5 février 2009 (art. 132 du décret du 3 mars 2004) prévoit 4 périodes par élève intégré ; "
    "pour l'année en cours, c'est la circulaire IPT 2025-2026, texte le plus récent et spécifique, qui fixe "
    "les montants par date de début de l'IPT."
)
NO_VALUE = "une valeur que les textes ne donnent pas pour cette année"
YEARS_GIVEN = (
    "Les textes donnent les montants des IPT débutées avant le 02/09/2020 pour 2024-2025 (52,32 points pour le "
    "pôle, Infos du Pacte) et 2025-2026 (1,18 période, 25,88 points, circulaire) ; pour une autre année, "
    "adressez-vous au Service des pôles territoriaux (poles.territoriaux@cfwb.be)."
)
NOT_GIVEN = (
    "Les textes dont je dispose ne donnent pas ce montant pour {year} : ils donnent ceux de l'année 2025-2026 "
    "(circulaire) et, pour le pôle et les IPT débutées avant le 02/09/2020, de 2024-2025 (Infos du Pacte). "
    "Pour une autre année, adressez-vous au Service des pôles territoriaux (poles.territoriaux@cfwb.be)."
)
LATER_YEAR = (
    "Ce sont les montants de la circulaire 2025-2026 et des Infos du Pacte de juin 2024, les textes les plus "
    "récents dont je dispose ; pour {year}, vérifiez la circulaire de cette année-là."
)
SPLIT = "8 périodes pour l'école secondaire spécialisée et 8 périodes pour l'école secondaire ordinaire"
SPLIT_467 = f"16 périodes ({SPLIT})"


def year_is_circulars(year: str) -> bool:
    """Whether `year` is the circular's own school year or an earlier one (no 'check that year' sentence)."""
    return first_year(year) <= CIRCULAR_FIRST_YEAR


def _is_467_third(facts: Facts) -> bool | None:
    """True/False for 'types 4, 6 or 7 in the 3rd degree of secondary', None when unknown."""
    if facts.level in ("maternel", "primaire"):
        return False
    if facts.pupil_type is not None and facts.pupil_type not in (4, 6, 7):
        return False
    if facts.level == "secondaire" and facts.degree is not None and facts.degree != 3:
        return False
    if facts.level == "secondaire" and facts.degree == 3 and facts.pupil_type in (4, 6, 7):
        return True
    return None


def _points(a: Amounts) -> str:
    if a.points is None:
        return NO_VALUE
    text = f"{num(a.points)} points par IPT"
    if a.equivalent_periods:
        # "le pôle reçoit 52,32 points dans son enveloppe complémentaire (ce qui correspond à 2,38 périodes)"
        text += (
            f" dans son enveloppe complémentaire (ce qui correspond à {num(a.equivalent_periods)} périodes)"
        )
    return text


def _periods(a: Amounts) -> str:
    if a.third_467 and a.periods:
        # "(8 périodes pour l’école d’enseignement secondaire spécialisé et 8 périodes pour l’école ... ordinaire)"
        return f"8 périodes par élève, sur les 16 périodes par IPT ({SPLIT})"
    return NO_VALUE if a.periods is None else f"{num(a.periods)} période(s) par élève"


def _describe(a: Amounts, actor: str | None, focus: str | None) -> str:
    """The amounts of one bracket, for the side the question asks about (`focus`) or the accompanying actor."""
    if a.ended:
        return (
            "l'IPT prend fin et ne génère plus aucun point complémentaire ni aucune période "
            "(accompagnement possible par le pôle dans son financement de base)"
        )
    if actor == "pole" or focus == "points":
        return f"le pôle reçoit {_points(a)}"
    if focus == "periodes":
        return f"l'école spécialisée reçoit {_periods(a)}"
    per = SPLIT_467 if a.third_467 and a.periods else _periods(a)
    return f"l'IPT génère {per} si une école spécialisée la suit, ou {_points(a)} pour le pôle si un pôle la suit"


def _total(count: int, a: Amounts, side: str) -> tuple[str, dict]:
    """'pour 3 élèves : 3 × 1,18 = 3,54 périodes, arrondi à l'unité la plus proche : 4 périodes'."""
    if side == "points" and a.points:
        total = count * a.points
        return f"pour {count} IPT : {count} × {num(a.points)} = {num(total)} points", {"total_points": total}
    if side == "periodes" and a.periods and not a.third_467:
        raw = round(count * a.periods, 2)
        # "Le nombre total de périodes octroyées à l’école d’enseignement spécialisé est arrondi à l’unité la plus proche."
        rounded = int(raw + 0.5)
        text = (
            f"pour {count} élèves : {count} × {num(a.periods)} = {num(raw)} périodes, arrondi à l'unité la plus "
            f"proche : {rounded} période{'s' if rounded > 1 else ''}"
        )
        return text, {"total_periods_raw": raw, "total_periods": rounded}
    return "", {}


def _brackets(start: str | None, focus: str | None, year: str) -> list[str]:
    """The start brackets to answer for; for points, the two brackets from 02/09/2020 are one (88 points).
    Without a start date, only the brackets whose IPTs can exist in `year`."""
    if start is not None:
        return ["depuis_2020"] if focus == "points" and start != "avant_2020" else [start]
    names = ["avant_2020", "depuis_2020"] if focus == "points" else ["avant_2020", "2020_2022", "depuis_2022"]
    return [b for b in names if exists_in(b, year)]


@rule(
    "means.periods_points",
    topic="means",
    title="Combien de périodes ou de points génère un élève en IPT ?",
    triggers=(
        r"^(?!.*(sensori|echelle)).*\b(combien|nombre)\b.{0,40}\b(periodes?|points?)\b",
        r"^(?!.*(sensori|echelle)).*\b(periodes?|points?)\b.{0,60}\b(ipt|eleve\w* (en )?integr\w*)\b",
        r"\b(1[,.]18|25[,.]88|52[,.]32)\b",
        r"\b(encadrement|moyens)\b.{0,40}\b(ecole\w* (d'enseignement )?specialise\w*|pole)\b.{0,40}\bipt\b",
        # "ça rapporte combien au pôle ?", "que génère une IPT pour l'école ?": what an IPT yields
        r"^(?!.*(sensori|echelle|euros?|salaire)).*\bipt\b.*\b(rapporte\w*|genere\w*)\b.{0,20}\b(combien|quoi)\b",
        # a claimed amount: "une IPT de 2018 rapporte 88 points", "les IPT d'avant 2020 donnent 4 périodes"
        r"^(?!.*(sensori|echelle|euros?|salaire)).*\b(ipt|integrations?)\b.{0,80}"
        r"\b(rapporte\w*|genere\w*|donne\w*|vaut|valent|octroie\w*)\b.{0,20}\b\d+([,.]\d+)? (periodes?|points?)\b",
        r"^(?!.*(sensori|echelle|euros?|salaire)).*\b(combien|que|qu'est-ce que?)\b.{0,15}\b(rapporte\w*|genere\w*)\b.*\bipt\b",
        # "une IPT de 2018 rapporte encore des points ?": whether an IPT still yields means
        r"^(?!.*(sensori|echelle|euros?|salaire)).*\b(ipt|integrations?)\b.{0,80}"
        r"\b(rapporte\w*|genere\w*|donne\w*|octroie\w*)\b.{0,20}\b(encore|toujours|plus|aucune?)\b.{0,10}"
        r"\b(des |de |d')?(periodes?|points?)\b",
        # an amount asked after the case: "IPT d'un type 1 en 5e secondaire depuis 2021 : 16 périodes aussi ?"
        r"^(?!.*(sensori|echelle|euros?|salaire)).*\b(ipt|integr\w*)\b.*\b\d+([,.]\d+)? (periodes?|points?)\b[^.;:]{0,25}\?",
        # "comment sont réparties les 16 périodes ?": the split of an IPT's periods
        r"\b(repar\w*|divis\w*)\b.{0,30}\b\d+ periodes\b|\b\d+ periodes\b.{0,30}\b(repar\w*|divis\w*)\b",
    ),
    decisive=("ipt_start", "level", "degree", "pupil_type", "school_year", "means_kind"),
    examples=(
        "Combien de périodes pour un élève en IPT depuis 2019 ?",
        "Combien de points reçoit le pôle pour une IPT débutée en 2021 ?",
        "Combien de périodes pour un type 4 en 3e degré en IPT ?",
    ),
)
def periods_points(facts: Facts, today: dt.date) -> RuleResult:
    year = reference_school_year(facts, today)
    start = bracket(facts.ipt_start)
    third = _is_467_third(facts)
    focus = facts.means_kind if facts.means_kind in ("periodes", "points") else None
    only_poles = first_year(year) >= ONLY_POLES_YEAR
    actor = "pole" if only_poles else who(facts, today).data.get("accompanied_by")
    steps = [f"Année scolaire considérée : {year}.", GOVERNS]
    if only_poles:
        steps.append(
            "Dès 2026-2027, seuls les pôles accompagnent les IPT : aucune école spécialisée ne reçoit de périodes."
        )
    cites: list[Citation] = []
    missing = [name for name, v in (("ipt_start", start), ("level_degree_type", third)) if v is None]
    parts: list[str] = []
    data: dict = {
        "school_year": year,
        "bracket": start,
        "third_degree_467": third,
        "governing_text": "circulaire-ipt-2025-2026",
    }
    numeric = False
    ended: list[bool] = []
    for b in _brackets(start, focus, year):
        a = amounts("2020_2022" if b == "depuis_2020" else b, year, bool(third))
        cites += [x for x in a.cites if x not in cites]
        numeric = numeric or bool(a.periods or a.points)
        ended.append(a.ended)
        parts.append(
            f"pour une IPT {LABELS[b]}, {_describe(a, 'pole' if b == 'depuis_2022' else actor, focus)}"
        )
        if start:
            data.update(a.as_data())
            if facts.pupil_count:
                by_points = focus == "points" or (focus is None and (actor == "pole" or b == "depuis_2022"))
                total, extra = _total(facts.pupil_count, a, "points" if by_points else "periodes")
                if total:
                    parts[-1] += f", soit {total}"
                    data.update(extra)
    if third is None and given_year(year):
        a = amounts("2020_2022", year, True)
        cites += [x for x in a.cites if x not in cites]
        by_pole = focus == "points" or only_poles or actor == "pole" or start == "depuis_2022"
        extra = "352 points par IPT" if by_pole else f"{SPLIT_467} ou 352 points"
        if start == "avant_2020" and only_poles:
            parts[-1] += " (types 4, 6 et 7 du 3e degré du secondaire compris)"
        else:
            parts.append(f"sauf pour les types 4, 6 et 7 du 3e degré du secondaire : {extra}")
    elif third is False and facts.level == "secondaire" and facts.degree in (None, 3):
        # a secondary pupil whose type rules the 3rd-degree amounts out: said why (not for a pupil of
        # another degree, whose question is not about the 3rd degree)
        cites += [ref("means.periods_third_degree_467"), ref("means.points_third_degree_467")]
        parts.append(
            "les montants propres aux types 4, 6 et 7 au 3e degré du secondaire ne s'appliquent pas à cet élève"
        )
    if not only_poles and focus != "points" and start != "depuis_2022":
        steps.append(
            "Périodes : total arrondi à l'unité la plus proche ; attribuées par élève mais mutualisables par l'école spécialisée."
        )
        cites += [C_ROUNDING]
    cites.append(ref("means.decree_2009_periods"))
    if missing:
        steps.append("Faits manquants : " + ", ".join(missing) + ".")
        data["missing"] = missing
    if (start is not None and NO_VALUE in parts[0] and third is not True) or all(
        NO_VALUE in p for p in parts
    ):
        # the asked bracket has no amount for this year in the texts: an abstention that says which years are given
        data["not_in_texts"] = True
        steps.append(YEARS_GIVEN)
    head = f"En {year}, " + " ; ".join(parts) + "."
    head = head[0].upper() + head[1:]
    if (
        data.get("not_in_texts") and not numeric
    ):  # no amount at all: say so, which years are given, whom to ask
        head = NOT_GIVEN.format(year=year)
    elif numeric and not year_is_circulars(year):  # "en 2027-2028 ?": the latest texts' amounts, said so
        head += f" {LATER_YEAR.format(year=year)}"
    if start is not None and ended and all(ended):
        # "rapportera-t-elle encore des points en 2026-2027 ?": the IPT ended, it yields nothing
        head = yes_no_lead(facts, False, head)
    if facts.pooling is not None:
        # "elles ne peuvent pas être mutualisées, c'est vrai ?": the circular's sentence settles it
        if C_ROUNDING not in cites:
            cites.insert(0, C_ROUNDING)
        pooled = yes_no_lead(facts, facts.pooling, POOLED)
        head = f"{pooled} {head}"
    return RuleResult(
        rule_id="means.periods_points",
        conclusion=head,
        steps=steps,
        citations=cites,
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        notes=["Montants de la circulaire IPT 2025-2026 ; vérifiez la circulaire de l'année en cours."],
        school_year=year,
        data=data,
    )


C_CIRC = "circulaire-ipt-2025-2026"
C_ONE_UNIT = cite(
    C_CIRC, "point 5, question 11", "L’élève compte pour 1 unité dans le cadre du calcul du capital-périodes."
)
C_COUNTED = cite(
    C_CIRC,
    "point 5, question 3",
    "L’élève est inscrit et comptabilisé au 1er jour de l’année scolaire dans l’école d’enseignement ordinaire.",
)


@rule(
    "means.ordinary_school",
    topic="means",
    title="Comment l'élève en IPT compte-t-il pour l'école d'enseignement ordinaire ?",
    triggers=(
        r"\bcapital[- ]periodes?\b",
        r"\b(ecole|enseignement) ordinaire\b.{0,60}\b(compte|comptabilis\w*|encadrement|periodes?)\b",
        r"\b(compte|comptabilis\w*)\b.{0,60}\b(ecole|enseignement) ordinaire\b",
    ),
    decisive=("level", "degree", "pupil_type"),
    examples=("L'élève en IPT compte-t-il dans le capital-périodes de l'école ordinaire ?",),
)
def ordinary_school(facts: Facts, today: dt.date) -> RuleResult:
    year = reference_school_year(facts, today)
    third = _is_467_third(facts)
    # "L’élève compte pour 1 unité dans le cadre du calcul du capital-périodes."
    conclusion = (
        "L'élève en IPT compte pour 1 unité dans le calcul du capital-périodes de l'école d'enseignement "
        "ordinaire, où il est inscrit et comptabilisé au 1er jour de l'année scolaire."
    )
    cites = [C_ONE_UNIT, C_COUNTED, C_ORDINARY_KEEPS]
    extra = {True: 8, False: 0, None: None}[third]
    if third is not False:
        # "(8 périodes pour l’école d’enseignement secondaire spécialisé et 8 périodes pour l’école ... ordinaire)"
        lead = "En outre" if third else "Si l'élève est de type 4, 6 ou 7 au 3e degré du secondaire"
        conclusion += f" {lead}, l'école ordinaire reçoit 8 périodes (sur les 16 de l'IPT)."
        cites += [ref("means.periods_third_degree_467"), C_DECREE_ORDINARY]
    return result(
        "means.ordinary_school",
        conclusion,
        facts,
        year,
        cites,
        steps=[
            "Les périodes générées par l'inscription dans l'ordinaire restent acquises à l'école, même en cas d'arrêt."
        ],
        data={"units": 1, "extra_periods_third_degree_467": extra, "school_year": year},
    )


# The other means rules live in their own module; importing it registers them.
from assistant.rules import means_funding, means_stop  # noqa: E402, F401
