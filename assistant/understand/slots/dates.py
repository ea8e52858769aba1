"""Date slots: full dates in several formats, bare months, school years, IPT start, reference date.

All functions read the *normalised* question (see `normalise`). A date without a year, or a bare
month, is resolved against the school year of the reference date (a school year runs from the last
Monday of August to early July).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant.rules.calendar import MONTH_NAMES
from assistant.textnorm import fold

MONTHS = {fold(name): number for number, name in enumerate(MONTH_NAMES, 1)} | {
    "janv": 1, "fev": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# a month's name or abbreviation in a normalised text, the longest first
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))

_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?(?![\d/.-]*\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_WRITTEN = re.compile(rf"\b(1er|\d{{1,2}})(?:er|e)? ({MONTH_RE})\.?(?: (\d{{4}}))?\b")
_MONTH_YEAR = re.compile(rf"\b({MONTH_RE})\.? (\d{{4}})\b")
_BARE_MONTH = re.compile(rf"\b(?:en|au mois d'|au mois de|mois de|mois d'|debut|fin|mi|mi-) ?({MONTH_RE})\b")
_SCHOOL_YEAR = re.compile(r"(?<![\d/-])(20\d{2}|\d{2})\s?[-/]\s?(20\d{2}|\d{2})(?![\d/-])")
_YEAR = re.compile(r"\b(?:en|depuis|de|annee) (20[0-4]\d)\b")

# Context words before a date (within the same clause) that say what the date is.
_START_CTX = re.compile(
    r"(commence|debut|demarr|mise en place|mis en place|entre en ipt|entree en ipt|en ipt depuis|"
    # "en IPT seulement depuis…", "en IPT en 4e primaire depuis…": the pupil's IPT since that date
    r"\ben (?:ipt|integration)\b[^.?!;,]{0,35}?\bdepuis|"
    r"en ipt (?:via|avec|par|suivie? par) [^.?!;]{0,25}?depuis|"
    # "suivi par l'école spécialisée depuis septembre 2021": accompanied in IPT since then
    r"(?:suivie?|accompagnee?) par (?:l'ecole specialise\w*|l'ecole spe|le pole|notre pole|notre ecole|nous) depuis|"
    r"integree?s? depuis|integration depuis|ipt depuis|lancee?|a debute|debutee?)[^.?!;]{0,30}$"
    # the circular's brackets: "une IPT à partir du 02/09/2020", "élève en IPT avant le 02/09/2020"
    r"|\b(?<!arret de l')(?<!fin de l')ipt (a partir du|a compter du|avant le)\s*$"
    # "une IPT d'avant septembre 2020", "les IPT antérieures au 2 septembre 2020": started before it
    r"|\b(?<!arret de l')(?<!fin de l')ipt (d'avant|datant d'avant|anterieures? (a|au)) (le |l')?\s*$"
)
# "débutée avant le 2 septembre 2020": the start is the day before the date said
_BEFORE = re.compile(r"\b(?:avant|anterieure?s? au|anterieure?s? a) (le |l')?\s*$")
# "un arrêt après le 30 septembre": the event falls on some day after the date said
_AFTER = re.compile(r"\b(apres|au-dela du|au dela du|passe) (le |l')?\s*$")
_REF_CTX = re.compile(
    r"(nous sommes|on est|aujourd'hui|date de reference|a la date du|en date du|date du jour)[^.?!;]{0,12}$"
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: dt.date
    precision: str  # day | month | year


def last_monday_of_august(year: int) -> dt.date:
    d = dt.date(year, 8, 31)
    return d - dt.timedelta(days=d.weekday())


def school_year_of(d: dt.date) -> str:
    """'2025-2026' for any date from the last Monday of August 2025 to the eve of the next one."""
    first = d.year if d >= last_monday_of_august(d.year) else d.year - 1
    return f"{first}-{first + 1}"


def year_for_month(month: int, today: dt.date) -> int:
    """The calendar year of `month` inside the school year of `today` (August to July)."""
    first = int(school_year_of(today)[:4])
    return first if month >= 8 else first + 1


def _full_year(y: str) -> int:
    n = int(y)
    return n + 2000 if n < 100 else n


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str, today: dt.date) -> list[DateMention]:
    """Every date of the text (day precision, or month precision for 'septembre 2021')."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], value: dt.date | None, precision: str) -> None:
        if value and not any(s < m.end() and m.start() < e for s, e in taken):
            found.append(DateMention(m.start(), m.end(), value, precision))
            taken.append((m.start(), m.end()))

    for m in _ISO.finditer(text):
        add(m, _safe_date(int(m[1]), int(m[2]), int(m[3])), "day")
    for m in _NUMERIC.finditer(text):
        day, month = int(m[1]), int(m[2])
        if m[3] is None and not (1 <= month <= 12 and day <= 31):
            continue
        if m[3] is None and month == day + 1:
            continue  # "25-26" is a school year, not 25 of month 26 (invalid anyway)
        year = _full_year(m[3]) if m[3] else (year_for_month(month, today) if 1 <= month <= 12 else 0)
        add(m, _safe_date(year, month, day) if year else None, "day")
    for m in _WRITTEN.finditer(text):
        day = 1 if m[1] == "1er" else int(m[1])
        month = MONTHS[m[2]]
        year = int(m[3]) if m[3] else year_for_month(month, today)
        add(m, _safe_date(year, month, day), "day")
    for m in _MONTH_YEAR.finditer(text):
        add(m, _safe_date(int(m[2]), MONTHS[m[1]], 1), "month")
    return sorted(found, key=lambda d: d.start)


def bare_month(text: str, dates: list[DateMention]) -> int | None:
    """'en novembre' -> 11 (a month not part of a full date)."""
    for m in _BARE_MONTH.finditer(text):
        if not any(d.start <= m.start(1) < d.end for d in dates):
            return MONTHS[m[1]]
    return None


# words placing a school year as the IPT's start ("en IPT depuis 2022-2023", "commencée en 2021-22")
_STARTED_IN = re.compile(
    r"\b(debut\w*|commenc\w*|demarr\w*|depuis|entree?s? en ipt)\b( (en|au cours de|l'annee|l'annee scolaire))*\s*$"
)


def school_year(text: str, today: dt.date) -> str | None:
    """'2025-2026', '2025/26', '25-26' -> '2025-2026'; 'l'annee prochaine' relative to `today`."""
    for m in _SCHOOL_YEAR.finditer(text):
        if _STARTED_IN.search(text[max(0, m.start() - 30) : m.start()]):
            continue  # "IPT depuis 2022-2023", "débutée en 2019-2020": the IPT's start, not the year asked
        first, second = _full_year(m[1]), _full_year(m[2])
        if second == first + 1 and 2000 <= first <= 2099:
            return f"{first}-{second}"
    # "à partir de la rentrée 2026" / "dès la rentrée de septembre 2026": the school year it opens
    # (not "IPT commencée à la rentrée 2022", which is a start date)
    if m := re.search(
        r"\b(a partir de|des|pour|apres) (la )?rentree (scolaire )?(de )?(septembre )?(20\d{2})\b(?![-/]\d)",
        text,
    ):
        return f"{m[6]}-{int(m[6]) + 1}"
    current = int(school_year_of(today)[:4])
    if re.search(r"\b(annee (scolaire )?prochaine|l'an prochain|rentree prochaine)\b", text):
        return f"{current + 1}-{current + 2}"
    if re.search(r"\b(cette annee|annee (scolaire )?en cours|annee scolaire actuelle)\b", text):
        return f"{current}-{current + 1}"
    if re.search(r"\b(annee (scolaire )?(derniere|passee)|l'an dernier|l'an passe)\b", text):
        return f"{current - 1}-{current}"
    if back := _years_ago(text):  # "il y a deux ans, combien de points ?": that school year
        return f"{current - back}-{current - back + 1}"
    return None


_AGO = re.compile(
    r"(?:^|[,;:] ?|\bet )il y a (un|deux|trois|quatre|cinq|[1-9]) ans?\b(?= ?[,?]|$)"
    r"|\bil y a (un|deux|trois|quatre|cinq|[1-9]) ans? ?\??$"
)
# "entré en IPT il y a deux ans", "attestation délivrée il y a 2 ans": a past event, not the asked year
_EVENT_BEFORE = re.compile(
    r"\b(commenc|debut|demarr|entre|inscri|delivr|obtenu|dat|signe|arrive|eu|fait|recu|passe)\w*\W+(\w+\W+){0,3}$"
)
_WORD_NUMBERS = {"un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5}


def _years_ago(text: str) -> int | None:
    """'il y a deux ans, combien … ?' / '… il y a deux ans ?' -> 2: the school year asked about; not a
    past event ('entré en IPT il y a deux ans, …') nor a duration inside a sentence."""
    m = _AGO.search(text.strip())
    if not m or _EVENT_BEFORE.search(text.strip()[: m.start()]):
        return None
    n = m[1] or m[2]
    return _WORD_NUMBERS.get(n) or int(n)


def classify(text: str, dates: list[DateMention]) -> dict[str, dt.date]:
    """Assign each date a role from its left context: ipt_start, reference_date or event_date."""
    out: dict[str, dt.date] = {}
    for d in dates:
        left = text[max(0, d.start - 60) : d.start]
        if _START_CTX.search(left):
            before = _BEFORE.search(left) and d.precision == "day"
            out.setdefault("ipt_start", d.value - dt.timedelta(days=1) if before else d.value)
        elif _REF_CTX.search(left) and d.precision == "day":
            out.setdefault("reference_date", d.value)
        elif d.precision == "day" and _AFTER.search(left):
            out.setdefault("event_date", d.value + dt.timedelta(days=1))  # "après le 30/09": a later day
        elif d.precision == "day" and _BEFORE.search(left):
            out.setdefault("event_date", d.value - dt.timedelta(days=1))  # "avant le 30/09": an earlier day
        else:
            out.setdefault("event_date", d.value)
    return out


def start_from_year(text: str) -> dt.date | None:
    """'IPT commencee en 2023' / 'debut en 2023-2024' -> the start of that school year (assumption:
    an IPT starts at the start of a school year unless a date says otherwise)."""
    m = re.search(
        r"(commence|debut|demarr|mise? en place|a debute|debutee?|ipt depuis|integration depuis|integree? depuis"
        r"|\bentree?s? en (?:ipt|integration)|\bentree?s? en\b|\bentree?s? depuis"
        r"|\b(?:ipt|integrations?) d'(?=(?:avant|apres) )"  # "les IPT d'avant 2020"
        r"|\b(?:ipt|integrations?) de (?=20\d\d(?![-/]\d))"  # "une IPT de 2019" (a year, not 2024-2025)
        r"|\bintegree?s? en (?=20\d\d(?![-/]\d))"  # "un enfant intégré en 2019": the IPT's year
        r"|\ben (?:ipt|integration)\b[^.?!;,\d]{0,35}?\bdepuis)[^.?!;\d]{0,25}"  # "en IPT seulement depuis"
        r"(20\d{2})(?:\s?[-/]\s?(20\d{2}|\d{2}))?(?![\d/-])",
        text,
    )
    if not m:
        return None
    year = int(m[2])
    if re.search(r"\bavant (la rentree (de |scolaire )?|septembre |l'annee )?$", text[: m.start(2)]):
        return dt.date(year - 1, 9, 1)  # "IPT commencées avant 2022": some year before
    if re.search(
        r"\b(apres|posterieure?s? a|au-dela de) (la rentree (de |scolaire )?|l'annee )?$", text[: m.start(2)]
    ):
        return _rentree(year + 1)  # "IPT débutée après 2020": a later school year
    if m[3] or re.search(r"\brentree (de |scolaire )?$", text[: m.start(2)]):
        return _rentree(year)
    return dt.date(year, 9, 1)


def _rentree(year: int) -> dt.date:
    """The first school day of a year: the last Monday of August since the 2022 calendar reform."""
    return last_monday_of_august(year) if year >= 2022 else dt.date(year, 9, 1)
