"""The amounts behind the means rules: start brackets of an IPT and the periods (special school) and
points (pôle) each bracket generates in a school year, with the citations they come from.

Epilogue: what the texts leave implicit
- The 16 periods of types 4, 6 and 7 in the 3rd degree are read as the amount for those pupils
  (8 + 8, as in art. 132 §§ 2-3: 4 + 4 for the special school, 8 for the ordinary one), not as an
  addition to the 1,18 or 4 periods.
- The per-pupil value for IPTs begun before 2 September 2020 is given only for 2025-2026 (1,18
  periods, 25,88 points) and 2024-2025 (52,32 points for the pôle, "ce qui correspond à 2,38
  périodes"); other years before 2026-2027 are not in the corpus.
- From 2026-2027 the IPTs begun before 2 September 2020 end (Pacte), so no exception — not even the
  types 4, 6 and 7 in the 3rd degree — keeps them generating means; and only pôles accompany, so no
  special school receives periods.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from assistant.models import Citation, RuleResult
from assistant.rules.accompaniment_values import ONLY_POLES_YEAR
from assistant.rules.cite import CIRCULAR, cite, param_cite, reference_cite
from assistant.rules.facts import Facts
from assistant.rules.params import param
from assistant.rules.school_year import first_year

C_PRE2020_END = cite(
    "infos-pacte-2024",
    "partie IV, Phase transitoire, Q&R « Quel accompagnement des élèves en intégration permanente totale à partir de 2026… »",
    "Concernant les intégrations permanentes totales débutées avant le 2 septembre 2020, il est prévu qu’elles "
    "prennent fin à l’issue de la phase de transition à partir de l’année 2026-27.",
)


def by_year(path: str, year: str) -> dict | None:
    """The `by_year` item of a parameter that applies to `year` ('2025-2026' or 'from 2026-2027')."""
    y = first_year(year)
    for item in param(path)["by_year"]:
        applies = item["applies"]
        if applies == year or (applies.startswith("from ") and y >= first_year(applies[5:])):
            return item
    return None


def num(x: float) -> str:
    return f"{x:g}".replace(".", ",")


BEFORE_2020: dt.date = param("means.before_2020.value")
END_2020_2022: dt.date = param("means.range_2020_2022_end.value")
LABELS = {
    "avant_2020": "débutée avant le 02/09/2020",
    "2020_2022": "débutée du 02/09/2020 au 28/08/2022",
    "depuis_2022": "débutée à partir du 29/08/2022 (suivie par le pôle)",
    "depuis_2020": "débutée à partir du 02/09/2020",
}


def bracket(start: dt.date | None) -> str | None:
    """avant_2020 / 2020_2022 / depuis_2022 for a start date (None when unknown)."""
    if start is None:
        return None
    if start < BEFORE_2020:
        return "avant_2020"
    return "2020_2022" if start <= END_2020_2022 else "depuis_2022"


@dataclass
class Amounts:
    """What an IPT generates in a school year. `periods` None: no value in the texts (or no special
    school accompanies); `ended`: the IPT no longer generates means (pre-2020 IPTs from 2026-2027)."""

    periods: float | None
    points: float | None
    ended: bool = False
    third_467: bool = False
    equivalent_periods: float | None = None  # the Pacte's "ce qui correspond à 2,38 périodes"
    cites: list[Citation] = field(default_factory=list)  # the start bracket (and the end of the IPT)
    period_cites: list[Citation] = field(default_factory=list)  # the line giving the periods
    point_cites: list[Citation] = field(default_factory=list)  # the line giving the points

    def as_data(self) -> dict:
        return {"periods": self.periods, "points": self.points, "ended": self.ended}

    def cites_for(self, periods: bool, points: bool) -> list[Citation]:
        """The bracket's citations and those of the amounts the answer states (periods and/or points)."""
        return [*self.cites, *(self.period_cites if periods else []), *(self.point_cites if points else [])]


def level_cite(path: str, level: str | None) -> Citation:
    """The line of a parameter for the pupil's level: its `by_level` reference for secondary, else its
    `reference` (the fondamental line, also the one stating the amount for a pupil of unknown level)."""
    node = param(path)
    own = node.get("by_level", {}).get(level) if level == "secondaire" else None
    return reference_cite(own) if own else param_cite(path)


def bracket_cite(path: str, bracket_name: str) -> Citation:
    """The line of a parameter for a start bracket: its `by_bracket` reference, else its `reference`."""
    own = param(path).get("by_bracket", {}).get(bracket_name)
    return reference_cite(own) if own else param_cite(path)


def points_from_2020_cites(year: str) -> list[Citation]:
    """The 88 points: the circular's line for its year (with the Pacte's sentence, which states the start
    date), the Pacte's sentence alone for the years from 2026-2027."""
    node = param("means.points_from_2020")
    later = reference_cite(node["later"]["reference"])
    if first_year(year) >= first_year(node["later"]["applies"][5:]):
        return [later]
    return [param_cite("means.points_from_2020"), later]


def _pre_2020(year: str, third: bool, level: str | None) -> Amounts:
    item = by_year("means.points_before_2020", year)
    if item is not None and item["value"] == 0:
        # "il est prévu qu’elles prennent fin à l’issue de la phase de transition à partir de l’année 2026-27"
        return Amounts(
            periods=None, points=0, ended=True, cites=[C_PRE2020_END, reference_cite(item["reference"])]
        )
    cites = [param_cite("means.before_2020")]
    if third:
        # "16 périodes par élève pour les types 4, 6 et 7 dans le 3e degré" / "352 points par IPT dans les types 4, 6 ou 7"
        return _third_467(param("means.periods_third_degree_467.value"), "avant_2020")
    # "Dans l’enseignement fondamental : 1,18 périodes par élève pour l’année scolaire 2025-26."
    periods = (
        param("means.periods_before_2020.value")
        if year == param("means.periods_before_2020.applies")
        else None
    )
    period_cites = [level_cite("means.periods_before_2020", level)] if periods is not None else []
    if item is None:
        return Amounts(periods, None, cites=cites, period_cites=period_cites)
    return Amounts(
        periods,
        item["value"],
        equivalent_periods=item.get("equivalent_periods"),
        cites=cites,
        period_cites=period_cites,
        point_cites=[reference_cite(item["reference"])],
    )


def _third_467(periods: float | None, bracket_name: str) -> Amounts:
    """Types 4, 6 and 7 in the 3rd degree of secondary: `periods` (16, or None when no special school
    accompanies) and the pôle's points, cited from the lines of the start bracket."""
    return Amounts(
        periods,
        param("means.points_third_degree_467.value"),
        third_467=True,
        period_cites=[bracket_cite("means.periods_third_degree_467", bracket_name)] if periods else [],
        point_cites=[bracket_cite("means.points_third_degree_467", bracket_name)],
    )


# The circular's amounts that carry no year of their own (4 / 16 periods, 88 / 352 points) are those of
# its school year and later ones (the Pacte keeps 88 points from 2026-2027): no text gives them earlier.
CIRCULAR_FIRST_YEAR = first_year(param("means.periods_before_2020.applies"))


def amounts(bracket_name: str, year: str, third: bool, level: str | None = None) -> Amounts:
    """Periods (special school) and points (pôle) per IPT for a start bracket in a school year, cited
    from the lines of the pupil's level (maternel/primaire: fondamental; secondaire) and of the year."""
    if bracket_name == "avant_2020":
        got = _pre_2020(year, third, level)
        return Amounts(None, None, cites=got.cites) if got.third_467 and not given_year(year) else got
    if not given_year(year):  # "en 2021-2022, combien de points ?": not in the texts
        return Amounts(None, None, third_467=third)
    special = bracket_name == "2020_2022" and first_year(year) < ONLY_POLES_YEAR
    if third:
        return _third_467(param("means.periods_third_degree_467.value") if special else None, bracket_name)
    # "Dans l’enseignement fondamental : 4 périodes par élève." / "- 88 points par IPT ;"
    periods = param("means.periods_2020_2022.value") if special else None
    return Amounts(
        periods,
        param("means.points_from_2020.value"),
        # the heading of the periods' bracket ("b) Élèves dont l’IPT a débuté entre … :") goes with its lines
        period_cites=(
            [param_cite("means.range_2020_2022_end"), level_cite("means.periods_2020_2022", level)]
            if special
            else []
        ),
        point_cites=points_from_2020_cites(year),
    )


def given_year(year: str) -> bool:
    """Whether the texts give the circular's undated amounts for `year` (its year or a later one)."""
    return first_year(year) >= CIRCULAR_FIRST_YEAR


def exists_in(bracket_name: str, year: str) -> bool:
    """Whether IPTs of a start bracket can exist in `year` (no IPT begun in 2021 in 2018-2019)."""
    starts = {"avant_2020": 0, "2020_2022": BEFORE_2020.year, "depuis_2020": BEFORE_2020.year}
    return first_year(year) >= starts.get(bracket_name, END_2020_2022.year)


def result(rule_id: str, conclusion: str, facts: Facts, year: str, cites: list[Citation], **kw) -> RuleResult:
    return RuleResult(
        rule_id=rule_id,
        conclusion=conclusion,
        citations=cites,
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        school_year=year,
        **kw,
    )


C_ORDINARY_KEEPS = cite(
    CIRCULAR,
    "point 5, question 16",
    "Les périodes générées par l’inscription de l’élève dans l’enseignement ordinaire restent également acquises à l’école.",
)
