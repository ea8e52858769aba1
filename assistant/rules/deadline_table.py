"""The table of dated obligations (parameters.yaml `deadlines.items`) and its dates per school year.

Data access for rules/deadlines.py and the web app's timeline: `deadline_table(school_year)`,
`item(key)`, `date_in_year(item, sy, event)`, `match_deadline_key(normalised_question)`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from assistant.models import Citation
from assistant.rules.calendar import (
    add_working_days,
    next_school_year,
    occurrence,
    school_year_bounds,
    second_friday_after,
)
from assistant.rules.cite import reference_cite
from assistant.rules.params import param

SCHOOL_YEAR = re.compile(r"^\d{4}-\d{4}$")

# Words of a (normalised) question that point to one obligation; first match wins.
DEADLINE_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("listing_integration", r"\blisting\b"),
    ("bilan_arret_en_cours", r"\bbilan\b|\bannexe 4\b"),
    # a mid-year stop and what to send: the bilan within 30 days
    (
        "bilan_arret_en_cours",
        r"\barret\w*\b.{0,60}\b(en cours d'annee|decide\w*)\b.{0,80}\b(envo\w*|transm\w*|adresse)",
    ),
    ("communication_arret", r"\b(communiqu|signal|prevenir|informer)\w*\b.*\b(arret|fin)\b"),
    ("siel_coche_ipt", r"\bsiel\b|\bcoche\b|\bproeco\b|\bcreos\b"),
    ("liste_art137", r"\b137\b|\bliste des eleves\b"),
    ("condition_15_octobre", r"\b15 octobre\b"),
    ("seuil_30_septembre_moyens", r"\b(restitu|rendre les moyens|moyens)\w*\b.*\b30 septembre\b"),
    ("echelles_sensori_toussaint", r"\b(toussaint|automne)\b"),
    ("echelles_sensori_noel", r"\b(noel|hiver)\b"),
    ("echelles_sensori_carnaval", r"\b(carnaval|detente)\b"),
    ("echelles_sensori_paques", r"\b(paques|printemps)\b"),
    # "quand les points sensori-moteurs définitifs sont-ils connus ?": the adjustment, not the encoding
    (
        "ajustement_sensori_mi_novembre",
        r"\bmi-novembre\b|\bajust|\b(points?|moyens?|chiffres?)\b.{0,40}\b(definiti\w*|connus?|annonce\w*)\b",
    ),
    (
        "echelles_sensori_complements",  # the later encodings, after 30 September (a group of items)
        r"\b(apres|passe|rate|manque|loupe|depasse) (le )?30 septembre\b.*\b(sensori|echelle)|\b(sensori|echelle)\w*\b.*\b(apres (le )?30 septembre|"
        r"nouve(aux|l) eleves?|complementaires? (d'encodage|d'encodages|encodages?)|en cours d'annee|autres dates|encore des dates)\b"
        r"|\bnouve(aux|l|lles?) eleves?\b.*\b(sensori|echelle)",
    ),
    ("echelles_sensori_30_septembre", r"\bechelles?\b|\bsensori"),
    ("report_fonctionnement_31_juillet", r"\breport\b|\b31 juillet\b|\bfonctionnement\b"),
    ("signatures_30_septembre", r"\bsignatur"),
    ("annexe_contrat_objectifs_40_jours", r"\b40 jours\b|\brecommandations?\b"),
    ("annexe_contrat_objectifs_31_mars_2024", r"\b31 mars\b|\bcontrat d'objectifs\b"),
    ("protocoles_retrocession", r"\bretroce"),
)


def match_deadline_key(normalised_question: str) -> str | None:
    """The obligation a normalised question (textnorm.canonical) is about, if one is recognisable."""
    for key, pattern in DEADLINE_KEYWORDS:
        if re.search(pattern, normalised_question):
            return key
    return None


# Keys that name several obligations at once: the answer lists them all.
GROUPS: dict[str, tuple[str, ...]] = {
    "echelles_sensori_complements": (
        "echelles_sensori_toussaint",
        "echelles_sensori_noel",
        "echelles_sensori_carnaval",
        "echelles_sensori_paques",
    ),
}


def items() -> list[dict[str, Any]]:
    return list(param("deadlines.items"))


def item(key: str) -> dict[str, Any] | None:
    return next((it for it in items() if it["key"] == key), None)


def citations_of(it: dict[str, Any]) -> list[Citation]:
    return [reference_cite(r) for r in (it["reference"], *it.get("also", []))]


def date_in_year(it: dict[str, Any], sy: str, event: dt.date | None = None) -> dt.date | None:
    """The obligation's date for school year `sy` (or after `event`), None when the text gives none."""
    kind = it["kind"]
    if kind == "fixed":
        return dt.date.fromisoformat(it["date"])
    if kind == "annual":
        return occurrence(sy, it["month"], it["day"])
    if kind == "relative" and event is not None:
        if it["unit"] == "working":
            return add_working_days(event, it["days"])
        return event + dt.timedelta(days=it["days"])
    if kind == "holiday" and event is not None:
        return second_friday_after(event)
    return None


def _in_year(it: dict[str, Any], sy: str) -> bool:
    applies = str(it.get("applies", ""))
    if it["kind"] == "fixed":
        start, _ = school_year_bounds(sy)
        end = school_year_bounds(next_school_year(sy))[0]
        return applies == sy or start <= dt.date.fromisoformat(it["date"]) < end
    return not SCHOOL_YEAR.match(applies) or applies == sy


def deadline_table(school_year: str) -> list[dict[str, Any]]:
    """Rows {key, date, when, what, who, how, to, applies, kind, source, locator, quote} of `school_year`,
    dated rows first (by date), then the relative or holiday-relative ones."""
    rows = []
    for it in items():
        if not _in_year(it, school_year):
            continue
        day = date_in_year(it, school_year)
        ref = it["reference"]
        rows.append(
            {
                "key": it["key"],
                "date": day.isoformat() if day else None,
                "when": it["when"],
                "what": it["what"],
                "who": it["who"],
                "how": it["how"],
                "to": it["to"],
                "applies": str(it["applies"]),
                "kind": it["kind"],
                "source": ref["source_id"],
                "locator": ref["locator"],
                "quote": ref["quote"],
            }
        )
    return sorted(rows, key=lambda r: (r["date"] is None, r["date"] or ""))


def countdown(day: dt.date, today: dt.date) -> str:
    """ "il reste 12 jours" / "c'est aujourd'hui" / "échéance dépassée depuis 3 jours"."""
    left = (day - today).days
    if left > 0:
        return f"il reste {left} jour{'s' if left > 1 else ''}"
    if left == 0:
        return "c'est aujourd'hui"
    return f"échéance dépassée depuis {-left} jour{'s' if left < -1 else ''}"
