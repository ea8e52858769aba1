"""Means of an IPT: periods (special school) or points (pôle) per pupil, the ordinary school's count,
operating grants, the pôle's base-funding coefficient, IPTs begun before 2 September 2020 and the
restitution of means around 30 September.

Which text governs: the decree of 5 February 2009 rewrote art. 132 of the decree of 3 March 2004
(4 periods per integrated pupil, 4 more in the 3rd degree, 8 for the ordinary school). The 2025-2026
circular, the most recent text specific to the current school year, gives the amounts that apply now
(1,18 / 4 / 16 periods, 25,88 / 88 / 352 points, by start date): it governs the current question, and
answers say so.

Epilogue: what the texts leave implicit
- The 16 periods of types 4, 6 and 7 in the 3rd degree are read as the amount for those pupils
  (8 + 8, as in art. 132 §§ 2-3: 4 + 4 for the special school, 8 for the ordinary one), not as an
  addition to the 1,18 or 4 periods.
- The per-pupil value for IPTs begun before 2 September 2020 is given only for 2025-2026 (1,18
  periods, 25,88 points) and 2024-2025 (52,32 points for the pôle); other years are not in the corpus.
- "Avant le 30 septembre" / "au-delà du 30 septembre": the 30th itself is in neither sentence; a stop
  on 30 September gets a conditional answer.
- Operating grants in the 3rd degree go to "l'école d'enseignement spécialisé qui suit l'élève"; the
  circular does not say who receives them when a pôle follows the pupil.
"""

from __future__ import annotations

import datetime as dt

from assistant.models import Citation, RuleResult
from assistant.rules.accompaniment import first_year, reference_school_year, who
from assistant.rules.base import rule
from assistant.rules.cite import DECREE_2009, cite
from assistant.rules.facts import Facts
from assistant.rules.params import param


def _ref(path: str) -> Citation:
    node = param(path)["reference"]
    return cite(node["source_id"], node["locator"], node["quote"])


def _by_year_ref(path: str, year: str) -> tuple[float | None, Citation | None]:
    for item in param(path)["by_year"]:
        applies = item["applies"]
        y = first_year(year)
        if applies == year or (applies.startswith("from ") and y >= first_year(applies[5:])):
            ref = item["reference"]
            return item["value"], cite(ref["source_id"], ref["locator"], ref["quote"])
    return None, None


def _num(x: float) -> str:
    return f"{x:g}".replace(".", ",")


BEFORE_2020: dt.date = param("means.before_2020.value")
END_2020_2022: dt.date = param("means.range_2020_2022_end.value")
C_ROUNDING = cite(
    "circulaire-ipt-2025-2026",
    "point 5, question 10",
    "Le nombre total de périodes octroyées à l’école d’enseignement spécialisé est arrondi à l’unité la plus "
    "proche. Ces périodes sont attribuées par élève mais elles peuvent être mutualisées par l’école "
    "d’enseignement spécialisé.",
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


def _bracket(start: dt.date | None) -> str | None:
    if start is None:
        return None
    if start < BEFORE_2020:
        return "avant_2020"
    return "2020_2022" if start <= END_2020_2022 else "depuis_2022"


def _amounts(bracket: str, year: str, third: bool | None) -> tuple[dict, list[Citation]]:
    """Periods (special school) and points (pôle) per IPT for a start bracket and school year."""
    if third:
        # "16 périodes par élève pour les types 4, 6 et 7 dans le 3e degré" / "352 points par IPT dans les types 4, 6 ou 7"
        return {"periods": 16, "points": 352}, [
            _ref("means.periods_third_degree_467"),
            _ref("means.points_third_degree_467"),
        ]
    if bracket == "avant_2020":
        points, c_points = _by_year_ref("means.points_before_2020", year)
        # "Dans l’enseignement fondamental : 1,18 périodes par élève pour l’année scolaire 2025-26."
        periods = 1.18 if year == param("means.periods_before_2020.applies") else (0 if points == 0 else None)
        cites = [_ref("means.before_2020"), _ref("means.periods_before_2020")]
        return {"periods": periods, "points": points}, [*cites, *([c_points] if c_points else [])]
    # "Dans l’enseignement fondamental : 4 périodes par élève." / "88 points complémentaires"
    periods = param("means.periods_2020_2022.value") if bracket == "2020_2022" else None
    cites = [_ref("means.range_2020_2022_end"), _ref("means.periods_2020_2022")] if periods else []
    return {"periods": periods, "points": param("means.points_from_2020.value")}, [
        *cites,
        _ref("means.points_from_2020"),
    ]


def _describe(amounts: dict, actor: str | None) -> str:
    periods, points = amounts["periods"], amounts["points"]
    if points == 0:
        return (
            "l'IPT prend fin et ne génère plus aucun point complémentaire "
            "(accompagnement possible par le pôle dans son financement de base)"
        )
    pts = (
        "une valeur que les textes ne donnent pas pour cette année"
        if points is None
        else f"{_num(points)} points"
    )
    if actor == "pole":
        return f"le pôle reçoit {pts} par IPT"
    per = (
        "une valeur que les textes ne donnent pas pour cette année"
        if periods is None
        else f"{_num(periods)} période(s)"
    )
    if periods == 16:
        per = "16 périodes (8 pour l'école spécialisée, 8 pour l'école ordinaire)"
    return f"l'IPT génère {per} par élève si une école spécialisée la suit, ou {pts} pour le pôle si un pôle la suit"


@rule(
    "means.periods_points",
    topic="means",
    title="Combien de périodes ou de points génère un élève en IPT ?",
    triggers=(
        r"^(?!.*(sensori|echelle)).*\b(combien|nombre)\b.{0,40}\b(periodes?|points?)\b",
        r"^(?!.*(sensori|echelle)).*\b(periodes?|points?)\b.{0,60}\b(ipt|eleve\w* (en )?integr\w*)\b",
        r"\b(1[,.]18|25[,.]88|52[,.]32)\b",
        r"\b(encadrement|moyens)\b.{0,40}\b(ecole\w* (d'enseignement )?specialise\w*|pole)\b.{0,40}\bipt\b",
    ),
    decisive=("ipt_start", "level", "degree", "pupil_type", "school_year"),
    examples=(
        "Combien de périodes pour un élève en IPT depuis 2019 ?",
        "Combien de points reçoit le pôle pour une IPT débutée en 2021 ?",
        "Combien de périodes pour un type 4 en 3e degré en IPT ?",
    ),
)
def periods_points(facts: Facts, today: dt.date) -> RuleResult:
    year = reference_school_year(facts, today)
    bracket = _bracket(facts.ipt_start)
    third = _is_467_third(facts)
    actor = who(facts, today).data.get("accompanied_by")
    steps = [f"Année scolaire considérée : {year}.", GOVERNS]
    cites: list[Citation] = []
    missing = [name for name, v in (("ipt_start", bracket), ("level_degree_type", third)) if v is None]
    brackets = [bracket] if bracket else ["avant_2020", "2020_2022", "depuis_2022"]
    labels = {
        "avant_2020": "débutée avant le 02/09/2020",
        "2020_2022": "débutée du 02/09/2020 au 28/08/2022",
        "depuis_2022": "débutée à partir du 29/08/2022 (suivie par le pôle)",
    }
    parts: list[str] = []
    data: dict = {
        "school_year": year,
        "bracket": bracket,
        "third_degree_467": third,
        "governing_text": "circulaire-ipt-2025-2026",
    }
    for b in brackets:
        amounts, c = _amounts(b, year, bool(third))
        cites += [x for x in c if x not in cites]
        text = _describe(amounts, "pole" if b == "depuis_2022" else actor)
        parts.append(f"pour une IPT {labels[b]}, {text}")
        if bracket:
            data.update(amounts)
    if third is None:
        a, c = _amounts(brackets[0], year, True)
        cites += [x for x in c if x not in cites]
        parts.append(
            "sauf pour les types 4, 6 et 7 du 3e degré du secondaire : 16 périodes (8 pour l'école spécialisée, 8 pour l'école ordinaire) ou 352 points"
        )
    if any(b != "depuis_2022" for b in brackets):
        steps.append(
            "Périodes : total arrondi à l'unité la plus proche ; attribuées par élève mais mutualisables par l'école spécialisée."
        )
        cites += [C_ROUNDING]
    cites.append(_ref("means.decree_2009_periods"))
    if missing:
        steps.append("Faits manquants : " + ", ".join(missing) + ".")
        data["missing"] = missing
    head = f"En {year}, " + " ; ".join(parts) + "."
    return RuleResult(
        rule_id="means.periods_points",
        conclusion=head[0].upper() + head[1:],
        steps=steps,
        citations=cites,
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        notes=["Montants de la circulaire IPT 2025-2026 ; vérifiez la circulaire de l'année en cours."],
        school_year=year,
        data=data,
    )


def _result(
    rule_id: str, conclusion: str, facts: Facts, year: str, cites: list[Citation], **kw
) -> RuleResult:
    return RuleResult(
        rule_id=rule_id,
        conclusion=conclusion,
        citations=cites,
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        school_year=year,
        **kw,
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
C_ORDINARY_KEEPS = cite(
    C_CIRC,
    "point 5, question 16",
    "Les périodes générées par l’inscription de l’élève dans l’enseignement ordinaire restent également acquises à l’école.",
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
        cites += [_ref("means.periods_third_degree_467"), C_DECREE_ORDINARY]
    return _result(
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


C_GRANTS_ORD = cite(
    C_CIRC,
    "point 5, question 12",
    "Les dotations/subventions sont versées à l’école d’enseignement ordinaire dans laquelle est inscrit l’élève.",
)
C_GRANTS_3RD = cite(
    C_CIRC,
    "point 5, question 12",
    "Pour les intégrations dans le 3e degré dans l’enseignement secondaire, les dotations/subventions sont "
    "versées à l’école d’enseignement spécialisé qui suit l’élève.",
)


@rule(
    "means.operating_grants",
    topic="means",
    title="À qui sont versées les dotations/subventions de fonctionnement pour un élève en IPT ?",
    triggers=(r"\b(dotations?|subventions?)\b", r"\bfrais de fonctionnement\b.{0,60}\b(ipt|eleve)"),
    decisive=("level", "degree"),
    examples=("À qui vont les subventions de fonctionnement d'un élève en IPT ?",),
)
def operating_grants(facts: Facts, today: dt.date) -> RuleResult:
    year = reference_school_year(facts, today)
    third = facts.level == "secondaire" and facts.degree == 3
    known = facts.level in ("maternel", "primaire") or (
        facts.level == "secondaire" and facts.degree is not None
    )
    if third:
        # "Pour les intégrations dans le 3e degré ..., les dotations/subventions sont versées à l’école
        # d’enseignement spécialisé qui suit l’élève."
        conclusion = "Au 3e degré du secondaire, les dotations/subventions de fonctionnement sont versées à l'école d'enseignement spécialisé qui suit l'élève."
        recipient = "ecole_specialisee"
    elif known:
        conclusion = "Les dotations/subventions de fonctionnement sont versées à l'école d'enseignement ordinaire où l'élève est inscrit."
        recipient = "ecole_ordinaire"
    else:
        conclusion = (
            "Les dotations/subventions de fonctionnement sont versées à l'école d'enseignement ordinaire où l'élève "
            "est inscrit ; sauf au 3e degré du secondaire, où elles vont à l'école d'enseignement spécialisé qui suit l'élève."
        )
        recipient = None
    data = {"recipient": recipient, "school_year": year}
    if recipient is None:
        data["missing"] = ["level_degree"]
    return _result(
        "means.operating_grants",
        conclusion,
        facts,
        year,
        [C_GRANTS_ORD, C_GRANTS_3RD],
        data=data,
        steps=["Base : loi du 29/05/1959 et décret du 28/04/2004 (point 5, question 12)."],
        notes=[
            "La circulaire ne précise pas le destinataire au 3e degré quand l'élève est suivi par un pôle."
        ],
    )


C_BASE_FUNDING = cite(
    "infos-pacte-2024",
    "partie II, « État des lieux et chiffres clés »",
    "le nombre de points du financement de base correspond au nombre d’élèves scolarisés dans les écoles "
    "coopérantes du pôle multiplié par un coefficient qui augmente chaque année jusqu’à la fin de la période transitoire.",
)


@rule(
    "means.pole_coefficient",
    topic="means",
    title="Quel est le coefficient du financement de base des pôles pour une année scolaire ?",
    triggers=(r"\bcoefficient\b", r"\bfinancement de base\b"),
    decisive=("school_year",),
    examples=("Quel est le coefficient du financement de base du pôle en 2025-2026 ?",),
)
def pole_coefficient(facts: Facts, today: dt.date) -> RuleResult:
    year = reference_school_year(facts, today)
    table: dict[str, float] = param("means.pole_coefficient.by_year")
    y = first_year(year)
    # "Le coefficient est de 0,45 en 2023-24 ; 0,60 en 2024-25 ; 0,75 en 2025-26 et 1 point à partir de 2026-27."
    value = table.get(year, 1.0 if y >= 2026 else None)
    if value is None:
        conclusion = (
            f"Pour {year}, les textes ne donnent pas le coefficient : ils donnent 0,45 en 2023-2024, 0,60 en "
            "2024-2025, 0,75 en 2025-2026 et 1 à partir de 2026-2027."
        )
    else:
        conclusion = (
            f"En {year}, le coefficient du financement de base du pôle est de {_num(value)} : les points de "
            "base = nombre d'élèves des écoles coopérantes × coefficient."
        )
    return _result(
        "means.pole_coefficient",
        conclusion,
        facts,
        year,
        [_ref("means.pole_coefficient"), C_BASE_FUNDING],
        data={"coefficient": value, "school_year": year, "table": table},
        steps=["Le coefficient augmente chaque année jusqu'à la fin de la période transitoire (2025-2026)."],
    )


C_PRE2020_END = cite(
    "infos-pacte-2024",
    "partie IV, Phase transitoire, Q&R « Quel accompagnement des élèves en intégration permanente totale à partir de 2026… »",
    "Concernant les intégrations permanentes totales débutées avant le 2 septembre 2020, il est prévu qu’elles "
    "prennent fin à l’issue de la phase de transition à partir de l’année 2026-27.",
)
C_PRE2020_AR = cite(
    "infos-pacte-2024",
    "partie IV, Phase transitoire, Q&R « Quel accompagnement des élèves en intégration permanente totale à partir de 2026… »",
    "Les élèves à besoins spécifiques qui seront toujours scolarisés dans l’enseignement obligatoire pourront si "
    "nécessaire être accompagnés individuellement par le pôle dans le cadre d’un protocole d’aménagements raisonnables.",
)


@rule(
    "means.pre_2020",
    topic="means",
    title="Que deviennent les IPT débutées avant le 2 septembre 2020 après la période transitoire ?",
    triggers=(
        r"\b(avant|debut\w*|commence\w*)\b.{0,30}\b(2 septembre 2020|02/09/2020|septembre 2020)\b",
        r"\bipt\b.{0,40}\bdegressi\w+\b",
    ),
    decisive=("school_year",),
    examples=("Que deviennent les IPT débutées avant le 2 septembre 2020 en 2026-2027 ?",),
)
def pre_2020(facts: Facts, today: dt.date) -> RuleResult:
    year = reference_school_year(facts, today)
    ended = first_year(year) >= 2026
    # "il est prévu qu’elles prennent fin à l’issue de la phase de transition à partir de l’année 2026-27"
    if ended:
        head = (
            f"En {year}, les IPT débutées avant le 02/09/2020 ont pris fin (fin de la phase de transition) : elles ne "
            "génèrent plus de points complémentaires ; l'élève peut, si nécessaire, être accompagné par le pôle dans le "
            "cadre d'un protocole d'aménagements raisonnables, sur son financement de base."
        )
    else:
        head = (
            f"En {year}, les IPT débutées avant le 02/09/2020 génèrent encore des moyens dégressifs (en 2025-2026 : "
            "1,18 période par élève pour l'école spécialisée, 25,88 points pour le pôle) ; elles prennent fin à "
            "partir de 2026-2027 et ne génèrent alors plus de points complémentaires."
        )
    return _result(
        "means.pre_2020",
        head,
        facts,
        year,
        [
            C_PRE2020_END,
            C_PRE2020_AR,
            _by_year_ref("means.points_before_2020", "2026-2027")[1],
            _ref("means.periods_before_2020"),
            *[c for c in [_by_year_ref("means.points_before_2020", "2025-2026")[1]] if c],
        ],
        data={"ended": ended, "ends_from": "2026-2027", "points_from_2026": 0, "school_year": year},
    )


C_RESTITUTE = cite(
    C_CIRC,
    "point 5, question 16",
    "En cas d’arrêt de l’IPT avant le 30 septembre, les moyens octroyés doivent être restitués.",
)
C_KEPT = cite(
    C_CIRC,
    "point 5, question 16",
    "En cas d’arrêt de l’IPT au-delà du 30 septembre, les moyens d’accompagnement restent acquis jusqu’au "
    "dernier jour de l’année scolaire et devront être utilisés pour d’autres élèves en intégration.",
)
BEFORE = "les moyens octroyés doivent être restitués"
AFTER = (
    "les moyens d'accompagnement restent acquis jusqu'au dernier jour de l'année scolaire et doivent être "
    "utilisés pour d'autres élèves en intégration"
)


def _side(facts: Facts) -> tuple[str | None, str]:
    """'avant' / 'apres' / None (unknown or exactly the 30th) and the date label."""
    d = facts.event_date
    if d is not None:
        # the 30 September of the school year the stop belongs to (September-December: same calendar year)
        sept30 = dt.date(d.year if d.month >= 8 else d.year - 1, 9, 30)
        if d == sept30:
            return None, "le 30/09 même"
        return ("avant" if d < sept30 else "apres"), d.strftime("%d/%m/%Y")
    m = facts.event_month
    if m is None or m == 9:
        return None, "en septembre" if m == 9 else ""
    return ("avant" if m == 8 else "apres"), ""


@rule(
    "means.restitution",
    topic="means",
    title="Que deviennent les moyens si l'IPT s'arrête avant ou après le 30 septembre ?",
    triggers=(
        r"\b(restitu\w+|rendre|rembours\w+|perd\w*|garde\w*)\b.{0,60}\b(moyens|periodes|points)\b",
        r"\bmoyens\b.{0,80}\b(acquis|restent|arret\w*|echoue?)\b",
        r"\b30 septembre\b.{0,80}\b(moyens|arret)\b",
    ),
    decisive=("event_date", "event_month"),
    examples=("Si l'IPT s'arrête le 15 septembre, faut-il rendre les moyens ?",),
)
def restitution(facts: Facts, today: dt.date) -> RuleResult:
    year = reference_school_year(facts, today)
    side, label = _side(facts)
    when = f" ({label})" if label else ""
    if side == "avant":
        # "En cas d’arrêt de l’IPT avant le 30 septembre, les moyens octroyés doivent être restitués."
        conclusion = f"Arrêt avant le 30 septembre{when} : {BEFORE}."
    elif side == "apres":
        # "En cas d’arrêt de l’IPT au-delà du 30 septembre, les moyens d’accompagnement restent acquis ..."
        conclusion = f"Arrêt après le 30 septembre{when} : {AFTER}."
    else:
        conclusion = f"Cela dépend de la date de l'arrêt{when} : avant le 30 septembre, {BEFORE} ; au-delà du 30 septembre, {AFTER}."
    data = {
        "restitute": {"avant": True, "apres": False}.get(side or ""),
        "threshold": "30/09",
        "school_year": year,
    }
    steps = [
        "Les périodes générées par l'inscription dans l'enseignement ordinaire restent acquises à l'école."
    ]
    if side is None:
        data["missing"] = ["event_date"]
        if label == "le 30/09 même":
            steps.append(
                "Le 30 septembre lui-même n'est visé par aucune des deux phrases (« avant » / « au-delà ») : à vérifier auprès de l'Administration."
            )
    return _result(
        "means.restitution",
        conclusion,
        facts,
        year,
        [C_RESTITUTE, C_KEPT, C_ORDINARY_KEEPS],
        data=data,
        steps=steps,
    )
