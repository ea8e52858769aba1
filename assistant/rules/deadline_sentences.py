"""The answer to one dated obligation (rule `deadlines.when`): its dated sentence (date, countdown, next
occurrence), the "Oui"/"Non" of a closed question on it, and the notes on the school year it is set for.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from assistant.rules.calendar import fr_date, next_school_year, occurrence, school_year_of
from assistant.rules.deadline_table import SCHOOL_YEAR, countdown, date_in_year
from assistant.rules.facts import Facts


def currency_notes(it: dict[str, Any], today: dt.date, asked: str | None = None) -> list[str]:
    """Notes on the school year the deadline is set for (vs the asked or current year) and on its source."""
    applies = str(it.get("applies", ""))
    current = school_year_of(today)
    notes = []
    if SCHOOL_YEAR.match(applies) and asked and asked != applies:
        notes.append(
            f"Échéance fixée pour l'année scolaire {applies} ; vous demandez {asked} : "
            "vérifiez la circulaire de cette année-là."
        )
    elif SCHOOL_YEAR.match(applies) and applies != current:
        notes.append(
            f"Échéance fixée pour l'année scolaire {applies} ; nous sommes en {current} : "
            "vérifiez la circulaire de l'année en cours."
        )
    if it["reference"]["source_id"] == "infos-pacte-2024":
        notes.append("Rapport « Infos du Pacte » de juin 2024 (réponses de l'administration aux pôles).")
    if it["key"] == "echelles_sensori_30_septembre":
        notes.append(
            "L'arrêté dit « avant le 30 septembre » : encodez au plus tard le 29 septembre pour être sûr."
        )
    return notes


def when_sentence(it: dict[str, Any], facts: Facts, today: dt.date) -> tuple[str, dict[str, Any]]:
    """The dated part of the answer and the structured data of one obligation."""
    sy = facts.school_year or school_year_of(today)
    event = facts.event_date
    day = date_in_year(it, sy, event)
    data: dict[str, Any] = {"date": None, "days_left": None, "past": None, "school_year": sy}
    if day is None:
        if it["kind"] == "relative":
            example = date_in_year(it, sy, today)
            data["missing"] = ["event_date"]
            data["example_date"] = example.isoformat() if example else None
            return (
                f"Délai : {it['when']} (par exemple, si {it['event']} date d'aujourd'hui : le {fr_date(example)})"
            ), data
        if it["kind"] == "holiday":
            data["missing"] = ["event_date"]
            return f"Date limite : {it['when']} (les textes ne donnent pas les dates des congés)", data
        return f"Date limite : {it['when']} ({sy}, la circulaire ne fixe pas de date précise)", data
    data.update(date=day.isoformat(), days_left=(day - today).days, past=today > day)
    approx = " (environ)" if it.get("approximate") else ""
    text = f"Date limite : le {fr_date(day)}{approx}, {countdown(day, today)}"
    if it["kind"] == "annual":
        text += f" (« {it['when']} », année scolaire {sy})"
    elif it["kind"] == "holiday":
        text += f" (« {it['when']} », si les vacances se terminent le {fr_date(event)})"
    elif it["kind"] == "relative":
        text += f" (« {it['when']} », à partir du {fr_date(event)})"
    if it["kind"] == "annual" and today > day and not facts.school_year:
        nxt = occurrence(next_school_year(sy), it["month"], it["day"])
        data["next_date"] = nxt.isoformat()
        data["next_days_left"] = (nxt - today).days
        text += f" ; prochaine échéance le {fr_date(nxt)} ({countdown(nxt, today)})"
    return text, data


# an obligation's "when" that says it is done again each time ("à chaque rentrée scolaire")
_RECURS = re.compile(r"\bchaque\b|\btous les ans\b")


def asks_recurring(it: dict[str, Any], facts: Facts) -> bool:
    """A closed question whether the obligation is done once / each time, and its text says each time."""
    return bool(facts.yes_no and facts.asks_recurrence and _RECURS.search(it["when"]))


def in_time(it: dict[str, Any], facts: Facts, data: dict[str, Any], today: dt.date) -> bool | None:
    """The "Oui"/"Non" of a closed question on a dated obligation: a reported date ("on m'a dit le 30
    septembre, c'est bien ça ?", "faut-il … pour le 15 septembre ?") is right when it is the deadline (the
    day before counts: "avant le 30"); an action ("envoyée le 22 septembre", "est-il encore temps ?") is
    in time when done, or still to be done at the reference date, by the deadline."""
    if asks_recurring(it, facts):
        return facts.asks_recurrence == "each"  # "une seule fois ?" -> Non: "à chaque rentrée"
    if not facts.yes_no or not data.get("date"):
        return None
    day = dt.date.fromisoformat(data["date"])
    event = facts.event_date if it["kind"] in ("annual", "fixed") else None
    if event is not None and (facts.claim or facts.focus == "obligation"):
        return abs((day - _in_year(event, day.year)).days) <= 1
    return (event or today) <= day


def _in_year(d: dt.date, year: int) -> dt.date:
    """The same day and month in `year` (29 February becomes the 28th in a common year)."""
    try:
        return d.replace(year=year)
    except ValueError:
        return d.replace(year=year, day=28)
