"""Helpers shared by the eligibility rules (eligibility.py, eligibility_types.py, eligibility_start.py).

`quote(name)`: a verbatim citation from parameters.yaml `eligibility.quotes`; `result(...)`: the
RuleResult of an eligibility rule; `types_text(level, types)`: the types of one level listed by TYPES_ARTICLE, in words.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from assistant.models import Citation, RuleResult
from assistant.rules.calendar import school_year_of
from assistant.rules.cite import cite
from assistant.rules.facts import Facts
from assistant.rules.params import param

IS = {True: "est", False: "n'est pas"}
# the article that lists the types, as its parameter's locator names it: "art. 131 du décret du 3 mars 2004"
TYPES_ARTICLE: str = re.search(r"\((art\. [^)]+)\)", param("eligibility.types.reference.locator")).group(1)
TYPES_ARTICLE_NUMBER: str = TYPES_ARTICLE.split(" du ")[0]  # "art. 131"


def quote(name: str) -> Citation:
    """The citation `eligibility.quotes.<name>` of parameters.yaml."""
    return cite(**param(f"eligibility.quotes.{name}"))


def result(rule_id: str, facts: Facts, today: dt.date, conclusion: str, **kw: Any) -> RuleResult:
    """An eligibility rule's result (school year: `school_year` if given, else the reference date's)."""
    return RuleResult(
        rule_id=rule_id,
        conclusion=conclusion,
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        school_year=kw.pop("school_year", school_year_of(today)),
        **kw,
    )


def types_text(level: str, types: list[int]) -> str:
    """'primaire spécialisé : types 1, 2, … et 8' (the list of art. 131 for one level)."""
    listed = ", ".join(str(t) for t in types[:-1]) + f" et {types[-1]}"
    return f"{level} spécialisé : types {listed}"
