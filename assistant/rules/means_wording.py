"""How the means answers word the amounts: a start bracket's amounts for the side the question asks
about (pôle points or special-school periods), totals for several pupils, the brackets to answer, and
whether the pupil is in the types 4, 6 or 7 of the 3rd degree of secondary (16 periods, 352 points).
"""

from __future__ import annotations

from assistant.rules.facts import Facts
from assistant.rules.means_values import CIRCULAR_FIRST_YEAR, Amounts, exists_in, num
from assistant.rules.school_year import first_year

NO_VALUE = "une valeur que les textes ne donnent pas pour cette année"
SPLIT = "8 périodes pour l'école secondaire spécialisée et 8 périodes pour l'école secondaire ordinaire"
SPLIT_467 = f"16 périodes ({SPLIT})"


def year_is_circulars(year: str) -> bool:
    """Whether `year` is the circular's own school year or an earlier one (no 'check that year' sentence)."""
    return first_year(year) <= CIRCULAR_FIRST_YEAR


def is_467_third(facts: Facts) -> bool | None:
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
    if a.periods is None:
        return NO_VALUE
    # the texts' own plural: "1,18 périodes par élève", "4 périodes par élève"
    noun = "période" if a.periods == 1 else "périodes"
    return f"{num(a.periods)} {noun} par élève"


def stated_sides(a: Amounts, actor: str | None, focus: str | None) -> tuple[bool, bool]:
    """Which amounts `describe_amounts` states: (periods, points)."""
    if a.ended:
        return False, False
    if actor == "pole" or focus == "points":
        return False, True
    return True, focus != "periodes"


def describe_amounts(a: Amounts, actor: str | None, focus: str | None) -> str:
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


def pupils_total(count: int, a: Amounts, side: str) -> tuple[str, dict]:
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


def brackets_to_answer(start: str | None, focus: str | None, year: str) -> list[str]:
    """The start brackets to answer for; for points, the two brackets from 02/09/2020 are one (88 points).
    Without a start date, only the brackets whose IPTs can exist in `year`."""
    if start is not None:
        return ["depuis_2020"] if focus == "points" and start != "avant_2020" else [start]
    names = ["avant_2020", "depuis_2020"] if focus == "points" else ["avant_2020", "2020_2022", "depuis_2022"]
    return [b for b in names if exists_in(b, year)]
