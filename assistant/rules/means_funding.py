"""Means of an IPT beyond the per-pupil amounts: operating grants, the pôle's base-funding coefficient
and the appointments on IPT periods.

Epilogue: what the texts leave implicit
- Operating grants in the 3rd degree go to "l'école d'enseignement spécialisé qui suit l'élève"; the
  circular does not say who receives them when a pôle follows the pupil.
"""

from __future__ import annotations

import datetime as dt

from assistant.models import Citation, RuleResult
from assistant.rules.base import rule
from assistant.rules.cite import CIRCULAR, cite, param_cite, reference_cite
from assistant.rules.facts import Facts
from assistant.rules.means_values import num, result
from assistant.rules.params import param
from assistant.rules.polarity import lead
from assistant.rules.school_year import first_year, reference_school_year

C_GRANTS_ORD = cite(
    CIRCULAR,
    "point 5, question 12",
    "Les dotations/subventions sont versées à l’école d’enseignement ordinaire dans laquelle est inscrit l’élève.",
)
C_GRANTS_3RD = cite(
    CIRCULAR,
    "point 5, question 12",
    "Pour les intégrations dans le 3e degré dans l’enseignement secondaire, les dotations/subventions sont "
    "versées à l’école d’enseignement spécialisé qui suit l’élève.",
)


@rule(
    "means.operating_grants",
    topic="means",
    title="À qui sont versées les dotations/subventions de fonctionnement pour un élève en IPT ?",
    triggers=(r"\b(dotations?|subventions?|subsides?)\b", r"\bfrais de fonctionnement\b.{0,60}\b(ipt|eleve)"),
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
        conclusion = "Les dotations/subventions de fonctionnement sont versées à l'école d'enseignement ordinaire dans laquelle est inscrit l'élève."
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
    return result(
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


C_REVISION = cite(
    "infos-pacte-2024",
    "partie II, note 2",
    "Pour rappel, suite à la révision de la progressivité, le coefficient est de 0,45 en 2023-24 ; 0,60 en 2024-25 ; "
    "0,75 en 2025-26 et 1 point à partir de 2026-27.",
)
C_BASE_FUNDING = cite(
    "infos-pacte-2024",
    "partie II, « État des lieux et chiffres clés »",
    "le nombre de points du financement de base correspond au nombre d’élèves scolarisés dans les écoles "
    "coopérantes du pôle multiplié par un coefficient qui augmente chaque année jusqu’à la fin de la période transitoire.",
)


def _coef(value: float) -> str:
    """'0,60' as the Pacte writes it; '1' for a whole number."""
    return num(value) if value == int(value) else f"{value:.2f}".replace(".", ",")


def _sequence(items: list[tuple[str, float]], final_year: str) -> str:
    """'0,45 en 2023-2024, 0,60 en 2024-2025' ('1 à partir de 2026-2027' for the final year)."""
    return ", ".join(f"{_coef(v)} {'à partir de' if y == final_year else 'en'} {y}" for y, v in items)


def _coefficient_cites(year: str) -> list[Citation]:
    """The Pacte's sentences giving the coefficients, led by the one stating `year`'s own value when there is
    one ("Au cours de l’année 2024-25, le coefficient … sera de 0,60.")."""
    own = param("means.pole_coefficient").get("year_sentences", {}).get(year)
    cites = [param_cite("means.pole_coefficient"), C_REVISION, C_BASE_FUNDING]
    return [reference_cite(own), *cites] if own else cites


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
    final_year = max(table)
    y = first_year(year)
    # "Le coefficient est de 0,45 en 2023-24 ; 0,60 en 2024-25 ; 0,75 en 2025-26 et 1 point à partir de 2026-27."
    value = table.get(year, table[final_year] if y >= first_year(final_year) else None)
    items = sorted(table.items())
    before = [(k, v) for k, v in items if first_year(k) < y and k != final_year]
    after = [(k, v) for k, v in items if first_year(k) > y]
    if value is None:
        conclusion = f"Pour {year}, les textes ne donnent pas le coefficient : ils donnent {_sequence(items, final_year)}."
    else:
        # the question often asks "et après ?": the years after (and before) are given with the year's value
        conclusion = f"En {year}, le coefficient du financement de base du pôle est de {_coef(value)}"
        if after:
            conclusion += f", puis de {_sequence(after, final_year)} (fin de la période transitoire)"
        elif y > first_year(final_year):
            conclusion += f" (il vaut {_coef(table[final_year])} à partir de {final_year}, fin de la période transitoire)"
        if before:
            conclusion += f" ; il était de {_sequence(before, final_year)}"
        conclusion += "."
    return result(
        "means.pole_coefficient",
        conclusion,
        facts,
        year,
        _coefficient_cites(year),
        data={"coefficient": value, "school_year": year, "table": table, "not_in_texts": value is None},
        steps=[
            "Points du financement de base = nombre d'élèves des écoles coopérantes du pôle × coefficient.",
            "Le coefficient augmente chaque année jusqu'à la fin de la période transitoire (2025-2026).",
        ],
    )


C_NO_APPOINTMENT = cite(
    CIRCULAR,
    "point 5, question 10",
    "Les emplois créés sur la base de ces périodes NE peuvent PLUS donner lieu à une nomination ou à un engagement "
    "à titre définitif, ni à une désignation comme temporaire prioritaire pour le personnel de l’école "
    "d’enseignement spécialisé.",
)
C_SUSPENDED = cite(
    CIRCULAR,
    "point 5, question 10",
    "Les nominations dans le cadre des périodes consacrées aux IPT, octroyées aux écoles d’enseignement spécialisé, "
    "sont suspendues pendant la période transitoire pour la mise en œuvre des pôles territoriaux (jusqu’à la fin "
    "de l’année scolaire 2025-26).",
)
C_POLE_APPOINTMENTS = cite(
    CIRCULAR,
    "point 5, question 10",
    "Toutefois, les nominations dans les pôles territoriaux seront possibles dès le début de l’année scolaire 2026-2027.",
)
POLE_APPOINTMENTS_FROM = "2026-2027"


@rule(
    "means.appointments",
    topic="means",
    title="Les emplois créés sur les périodes IPT peuvent-ils donner lieu à une nomination ?",
    triggers=(
        r"\b(nomination|nomme\w*|titre definitif|temporaire prioritaire|engagement a titre)\b.{0,80}\b(periodes?|ipt|integration|pole|emplois?)\b",
        r"\b(periodes?|ipt|emplois?)\b.{0,80}\b(nomination|nomme\w*|titre definitif|temporaire prioritaire)\b",
    ),
    decisive=("school_year",),
    examples=("Les emplois créés avec les périodes IPT peuvent-ils donner lieu à une nomination ?",),
)
def appointments(facts: Facts, today: dt.date) -> RuleResult:
    year = reference_school_year(facts, today)
    poles_open = first_year(year) >= first_year(POLE_APPOINTMENTS_FROM)
    # "Les emplois créés sur la base de ces périodes NE peuvent PLUS donner lieu à une nomination ..."
    text = (
        "les emplois créés sur la base des périodes IPT des écoles d'enseignement spécialisé ne peuvent plus donner "
        "lieu à une nomination ou à un engagement à titre définitif, ni à une désignation comme temporaire "
        "prioritaire ; ces nominations sont suspendues pendant la période transitoire (jusqu'à la fin de 2025-2026)"
    )
    # "Toutefois, les nominations dans les pôles territoriaux seront possibles dès le début de l’année scolaire 2026-2027."
    if poles_open:
        text += f". En {year}, les nominations dans les pôles territoriaux sont possibles (dès le début de 2026-2027)"
    else:
        text += ". Les nominations dans les pôles territoriaux seront possibles dès le début de l'année scolaire 2026-2027"
    return result(
        "means.appointments",
        lead(facts, False, text[0].upper() + text[1:] + "."),
        facts,
        year,
        [C_NO_APPOINTMENT, C_SUSPENDED, C_POLE_APPOINTMENTS],
        data={
            "appointment_on_ipt_periods": False,
            "pole_appointments_from": POLE_APPOINTMENTS_FROM,
            "school_year": year,
        },
    )
