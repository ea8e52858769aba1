"""Currency notes: which school year an answer speaks of, and when to check a newer text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from assistant.models import Citation
from assistant.rules.calendar import school_year_of

CIRCULAR_YEAR = "2025-2026"


def notes_for(
    citations: Iterable[Citation],
    today: dt.date,
    *,
    extra: Iterable[str] = (),
    school_year: str | None = None,
) -> list[str]:
    """Notes on the year and the texts cited, most specific first, without duplicates."""
    notes = list(extra)
    ids = {c.source_id for c in citations}
    current = school_year_of(today)
    if school_year:
        notes.append(f"Réponse pour l'année scolaire {school_year}.")
    # a rule's own note may already say to check this year's circular: say it once
    told = any("vérifiez la circulaire de l'année en cours" in n for n in notes)
    if "circulaire-ipt-2025-2026" in ids:
        if current > CIRCULAR_YEAR and not told:
            notes.append(
                f"Circulaire de l'année {CIRCULAR_YEAR} ; nous sommes en {current} : vérifiez la circulaire "
                "de l'année en cours."
            )
        else:
            notes.append(f"Circulaire de l'année {CIRCULAR_YEAR}.")
    if "infos-pacte-2024" in ids:
        notes.append(
            "Infos du Pacte de juin 2024 : réponses de l'administration pendant la phase transitoire."
        )
    if "decret-flamand-2018-07-06" in ids:
        notes.append(
            "Décret de la Communauté flamande : droit flamand (CLB, et non CPMS), qui ne s'applique pas en "
            "Fédération Wallonie-Bruxelles."
        )
    seen: set[str] = set()
    return [n for n in notes if not (n in seen or seen.add(n))]
