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
    cites: list[Citation] = field(default_factory=list)

    def as_data(self) -> dict:
        return {"periods": self.periods, "points": self.points, "ended": self.ended}


def _pre_2020(year: str, third: bool) -> Amounts:
    item = by_year("means.points_before_2020", year)
    cites = [param_cite("means.before_2020")]
    if item is not None and item["value"] == 0:
        # "il est prévu qu’elles prennent fin à l’issue de la phase de transition à partir de l’année 2026-27"
        return Amounts(periods=None, points=0, ended=True, cites=[*cites, reference_cite(item["reference"])])
    if third:
        # "16 périodes par élève pour les types 4, 6 et 7 dans le 3e degré" / "352 points par IPT dans les types 4, 6 ou 7"
        return _third_467(param("means.periods_third_degree_467.value"))
    # "Dans l’enseignement fondamental : 1,18 périodes par élève pour l’année scolaire 2025-26."
    periods = (
        param("means.periods_before_2020.value")
        if year == param("means.periods_before_2020.applies")
        else None
    )
    cites.append(param_cite("means.periods_before_2020"))
    if item is None:
        return Amounts(periods, None, cites=cites)
    cites.append(reference_cite(item["reference"]))
    return Amounts(periods, item["value"], equivalent_periods=item.get("equivalent_periods"), cites=cites)


def _third_467(periods: float | None) -> Amounts:
    """Types 4, 6 and 7 in the 3rd degree of secondary: `periods` (16, or None when no special school
    accompanies) and the pôle's points."""
    return Amounts(
        periods,
        param("means.points_third_degree_467.value"),
        third_467=True,
        cites=[param_cite("means.periods_third_degree_467"), param_cite("means.points_third_degree_467")],
    )


# The circular's amounts that carry no year of their own (4 / 16 periods, 88 / 352 points) are those of
# its school year and later ones (the Pacte keeps 88 points from 2026-2027): no text gives them earlier.
CIRCULAR_FIRST_YEAR = first_year(param("means.periods_before_2020.applies"))


def amounts(bracket_name: str, year: str, third: bool) -> Amounts:
    """Periods (special school) and points (pôle) per IPT for a start bracket in a school year."""
    if bracket_name == "avant_2020":
        got = _pre_2020(year, third)
        return Amounts(None, None, cites=got.cites) if got.third_467 and not given_year(year) else got
    if not given_year(year):  # "en 2021-2022, combien de points ?": not in the texts
        return Amounts(None, None, third_467=third)
    special = bracket_name == "2020_2022" and first_year(year) < ONLY_POLES_YEAR
    if third:
        return _third_467(param("means.periods_third_degree_467.value") if special else None)
    # "Dans l’enseignement fondamental : 4 périodes par élève." / "88 points complémentaires"
    periods = param("means.periods_2020_2022.value") if special else None
    cites = (
        [param_cite("means.range_2020_2022_end"), param_cite("means.periods_2020_2022")] if special else []
    )
    return Amounts(
        periods, param("means.points_from_2020.value"), cites=[*cites, param_cite("means.points_from_2020")]
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
