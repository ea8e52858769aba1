"""Means when an IPT ends: IPTs begun before 2 September 2020 after the transition (2026-2027) and
the restitution of means when an IPT stops before or after 30 September.

Epilogue: "avant le 30 septembre" / "au-delà du 30 septembre": the 30th itself is in neither
sentence; a stop on 30 September gets a conditional answer.
"""

from __future__ import annotations

import datetime as dt

from assistant.models import RuleResult
from assistant.rules.base import rule
from assistant.rules.cite import CIRCULAR, cite, reference_cite
from assistant.rules.facts import Facts
from assistant.rules.means_values import (
    C_ORDINARY_KEEPS,
    C_PRE2020_END,
    bracket_cite,
    by_year,
    level_cite,
    num,
    result,
)
from assistant.rules.means_wording import is_467_third
from assistant.rules.params import param
from assistant.rules.polarity import lead
from assistant.rules.school_year import first_year, reference_school_year

# the school year of the pre-2020 amounts the texts give (the 1,18 periods' year: "2025-2026")
AMOUNTS_YEAR: str = param("means.periods_before_2020.applies")


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
            f"En {year}, les IPT débutées avant le 02/09/2020 génèrent encore des moyens dégressifs (en {AMOUNTS_YEAR} : "
            f"{_amounts(is_467_third(facts))}) ; elles prennent fin à "
            "partir de 2026-2027 et ne génèrent alors plus de points complémentaires."
        )
    cites = [
        C_PRE2020_END,
        C_PRE2020_AR,
        reference_cite(by_year("means.points_before_2020", "2026-2027")["reference"]),
    ]
    third = None if ended else is_467_third(facts)
    if not ended and third is not True:  # the amounts stated: the lines of the case's level
        cites += [
            level_cite("means.periods_before_2020", facts.level),
            reference_cite(by_year("means.points_before_2020", "2025-2026")["reference"]),
        ]
    if not ended and third is not False:  # the case's type and degree decide the amount
        cites += [
            bracket_cite("means.periods_third_degree_467", "avant_2020"),
            bracket_cite("means.points_third_degree_467", "avant_2020"),
        ]
    return result(
        "means.pre_2020",
        head,
        facts,
        year,
        cites,
        data={"ended": ended, "ends_from": "2026-2027", "points_from_2026": 0, "school_year": year},
    )


def _amounts(third_467: bool | None) -> str:
    """The 2025-2026 amounts of an IPT begun before 02/09/2020, for the case's type and degree."""
    # "16 périodes par élève pour les types 4, 6 et 7 dans le 3e degré (8 … spécialisé et 8 … ordinaire)"
    # "352 points par IPT dans les types 4, 6 ou 7 scolarisés dans le 3e degré de l’enseignement secondaire"
    periods = param("means.periods_third_degree_467")
    split = periods["split"]
    extra = (
        f"{num(periods['value'])} périodes par élève ({num(split['ecole_specialisee'])} pour l'école secondaire "
        f"spécialisée et {num(split['ecole_ordinaire'])} pour l'école secondaire ordinaire) "
        f"et {num(param('means.points_third_degree_467.value'))} points pour le pôle"
    )
    if third_467:
        return f"type 4, 6 ou 7 au 3e degré du secondaire : {extra}"
    # "1,18 périodes par élève pour l'année scolaire 2025-26" / "25,88 points par IPT" (2025-2026)
    points = by_year("means.points_before_2020", AMOUNTS_YEAR) or {}  # KeyError below if the year is missing
    base = (
        f"{num(param('means.periods_before_2020.value'))} période par élève pour l'école spécialisée, "
        f"{num(points['value'])} points pour le pôle"
    )
    return base if third_467 is False else f"{base} ; types 4, 6 et 7 au 3e degré du secondaire : {extra}"


C_RESTITUTE = cite(
    CIRCULAR,
    "point 5, question 16",
    "En cas d’arrêt de l’IPT avant le 30 septembre, les moyens octroyés doivent être restitués.",
)
C_KEPT = cite(
    CIRCULAR,
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
    if m is None and facts.threshold_side and facts.threshold_day in (None, 30):
        return facts.threshold_side, ""  # "et si c'est après ?", "et avant le 30 ?": the side of 30/09
    if m is None or m == 9:
        return None, "en septembre" if m == 9 else ""
    return ("avant" if m == 8 else "apres"), ""


@rule(
    "means.restitution",
    topic="means",
    title="Que deviennent les moyens si l'IPT s'arrête avant ou après le 30 septembre ?",
    triggers=(
        r"\b(restitu\w+|rendre|redonner|rembours\w+|perd\w*|garde\w*)\b.{0,60}\b(moyens|periodes|points)\b",
        r"\bmoyens\b.{0,80}\b(acquis|restent|arret\w*|echoue?)\b",
        r"\b30 septembre\b.{0,80}\b(moyens|arret)\b",
        r"\b(moyens|periodes|points)\b.{0,30}\b(perdu\w*|restitu\w*|rendu\w*|acquis|rembours\w*)\b",
        r"\b(arret\w*|fin|termin\w*|stopp?\w*)\b.{0,80}\b(rembours\w*|restitu\w*)\b",
        # the means named first, then taken up by a pronoun: "les moyens, on doit les rendre ?", in any
        # person of the verb ("on les garde ?", "on les perd ?", "nous les conservons ?")
        r"\b(moyens|periodes|points)\b[^?.!]{0,50}\b(les|l') ?"
        r"(rend\w*|restitu\w*|rembours\w*|gard\w*|conserv\w*|perd\w*)\b",
        r"\b(moyens|periodes|points)( d'accompagnement)? (restent|resteront|reste-t-il) (chez|a l'ecole|dans|a nous)\b",
        # the stop told first, its means asked after: "IPT arrêtée le 19/09 : que deviennent les moyens ?"
        r"\b(arrete\w*|stoppe\w*|interromp\w*|echoue\w*|(mis|met\w*|pris|prend\w*) fin)\b[^?]{0,120}"
        r"\b(passe|deviennent|devient|arrive)\b[^?]{0,30}\bmoyens\b",
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
    restitute = {"avant": True, "apres": False}.get(side or "")
    # a closed question asks whether the means must be given back ("faut-il rendre… ?") or may be kept
    # ("peut-on garder… ?"); the decisive side of 30 September answers it
    if restitute is not None and facts.focus in ("obligation", "permission", "keep", "lose"):
        conclusion = lead(facts, restitute == (facts.focus in ("obligation", "lose")), conclusion)
    data = {
        "restitute": restitute,
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
    return result(
        "means.restitution",
        conclusion,
        facts,
        year,
        [C_RESTITUTE, C_KEPT, C_ORDINARY_KEEPS],
        data=data,
        steps=steps,
    )
