"""Which school years a deadline of the texts speaks of, for a question that names a year.

A deadline whose `applies` is one school year ("2025-2026": the circular's dates) is that year's: asked
for a later year, the answer gives it but says it is the circular's value and that year's circular must
be checked (a date the Infos du Pacte announce for one year is not carried to a later one); asked
for an earlier year, the texts do not give it (an abstention that says which year
they give). A yearly deadline "depuis le 29 août 2022" is not in the texts for a year before that one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from assistant.rules.deadline_table import SCHOOL_YEAR

_SINCE = re.compile(r"\bdepuis le \d{1,2}(?:er)? \w+ (\d{4})\b")


@dataclass(frozen=True)
class YearScope:
    """`later`: asked after the only year the texts give; `not_given`: no value in the texts."""

    later: bool = False
    not_given: bool = False
    sentence: str = ""


def _one_off(it: dict[str, Any]) -> bool:
    """A date announced once for one school year (the Infos du Pacte), not a yearly circular's date."""
    return str((it.get("reference") or {}).get("source_id", "")).startswith("infos-pacte")


def year_scope(it: dict[str, Any], asked: str | None) -> YearScope:
    """How the deadline `it` relates to the asked school year `asked` (None: no year asked)."""
    if not asked:
        return YearScope()
    applies = str(it.get("applies", ""))
    asked_first = int(asked[:4])
    if SCHOOL_YEAR.match(applies):
        given = int(applies[:4])
        if asked_first > given and _one_off(it):
            return YearScope(
                not_given=True,
                sentence=(
                    f"Les textes ne donnent pas cette échéance pour {asked} : ils l'annoncent pour l'année "
                    f"scolaire {applies} seulement ({it['when']})"
                ),
            )
        if asked_first > given:
            return YearScope(
                later=True,
                sentence=(
                    f"C'est l'échéance fixée par la circulaire {applies}, la plus récente dont je dispose ; "
                    f"pour {asked}, vérifiez la circulaire de cette année-là"
                ),
            )
        if asked_first < given:
            return YearScope(
                not_given=True,
                sentence=(
                    f"Les textes ne donnent pas cette échéance pour {asked} : ils la fixent pour l'année "
                    f"scolaire {applies} ({it['when']})"
                ),
            )
        return YearScope()
    if (m := _SINCE.search(applies)) and asked_first < int(m[1]):
        return YearScope(
            not_given=True,
            sentence=(
                f"Les textes ne donnent pas cette échéance pour {asked} : elle s'applique "
                f"{applies.removeprefix('chaque année ').strip('()')}"
            ),
        )
    return YearScope()
