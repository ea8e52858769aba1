"""The "Calendrier" tab: the school year's deadlines from the rule core, as a timeline and a table.

The picture is an inline SVG (no plotting dependency, works offline): one row per deadline, placed on
a September → August axis, the reference date as a red line. All text is HTML-escaped.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

import pandas as pd

PLACEHOLDER = "ℹ️ Le calendrier des échéances n'est pas encore disponible dans cette version."
COLUMNS = {
    "date": "Date",
    "when": "Échéance",
    "what": "Quoi",
    "who": "Qui",
    "how": "Comment",
    "to": "Destinataire",
    "source": "Source",
}
MONTHS = ["sept.", "oct.", "nov.", "déc.", "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août"]
WIDTH, LEFT, RIGHT, TOP, ROW = 960, 20, 20, 46, 40
LABEL_CHARS = 80
HALO = 'paint-order="stroke" stroke="#ffffff" stroke-width="3"'


def school_year_of(d: dt.date) -> str:
    start = d.year if d.month >= 9 else d.year - 1
    return f"{start}-{start + 1}"


def as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text[:10], fmt).date()
        except ValueError:
            continue
    return None


def load_deadlines(school_year: str) -> tuple[list[dict[str, Any]], str | None]:
    """The rule core's deadline rows, or ([], a French message) if it is not available."""
    try:
        from assistant.rules.deadlines import deadline_table
    except ImportError:
        return [], PLACEHOLDER
    try:
        rows = [dict(r) for r in deadline_table(school_year)]
    except Exception as exc:  # e.g. a school year the rules do not cover
        return [], f"ℹ️ Pas de calendrier pour l'année scolaire {school_year} ({html.escape(str(exc))})."
    return sorted(rows, key=lambda r: as_date(r.get("date")) or dt.date.max), None


def deadlines_frame(rows: list[dict[str, Any]], titles: dict[str, str] | None = None) -> pd.DataFrame:
    """The table, in French: date, deadline wording, what, who, how, to whom, source (title, locator)."""
    titles = titles or {}
    data = []
    for r in rows:
        d = as_date(r.get("date"))
        line = {k: _cell(r.get(k)) for k in COLUMNS}
        line["date"] = d.strftime("%d/%m/%Y") if d else _cell(r.get("date"))
        source = titles.get(line["source"], line["source"])
        line["source"] = ", ".join(x for x in (source, _cell(r.get("locator"))) if x)
        data.append([line[k] for k in COLUMNS])
    return pd.DataFrame(data, columns=list(COLUMNS.values()))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def _axis(school_year: str, dates: list[dt.date]) -> tuple[dt.date, dt.date]:
    start_year = int(school_year[:4])
    lo, hi = dt.date(start_year, 9, 1), dt.date(start_year + 1, 8, 31)
    if dates:
        lo, hi = min([lo, *dates]), max([hi, *dates])
    return lo, hi


def timeline_svg(rows: list[dict[str, Any]], reference: dt.date, school_year: str) -> str:
    """The deadlines as an SVG timeline with the reference date marked."""
    dated = [(as_date(r.get("date")), r) for r in rows]
    dated = [(d, r) for d, r in dated if d is not None]
    lo, hi = _axis(school_year, [d for d, _ in dated])
    span = max((hi - lo).days, 1)
    inner = WIDTH - LEFT - RIGHT

    def x(d: dt.date) -> float:
        return LEFT + inner * (d - lo).days / span

    height = TOP + ROW * max(len(dated), 1) + 20
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="ipt-timeline" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" role="img" aria-label="Échéances {html.escape(school_year)}" '
        'style="font-family: sans-serif; font-size: 12px; background: #fff">'
    ]
    parts += _month_ticks(lo, hi, x, height)
    if lo <= reference <= hi:
        rx = x(reference)
        parts.append(
            f'<line x1="{rx:.1f}" y1="18" x2="{rx:.1f}" y2="{height - 4}" stroke="#d62728" '
            'stroke-width="2" stroke-dasharray="5,3"/>'
            f'<text x="{rx + 4:.1f}" y="14" fill="#d62728" font-weight="bold">'
            f"Date de référence : {reference:%d/%m/%Y}</text>"
        )
    start_year = int(school_year[:4])
    inside = (dt.date(start_year, 9, 1), dt.date(start_year + 1, 8, 31))
    parts += [
        _row(i, d, r, x(d), TOP + ROW * i + ROW / 2, inside[0] <= d <= inside[1])
        for i, (d, r) in enumerate(dated)
    ]
    parts.append("</svg>")
    return "".join(parts)


def _month_ticks(lo: dt.date, hi: dt.date, x, height: int) -> list[str]:
    out = []
    d = dt.date(lo.year, lo.month, 1)
    while d <= hi:
        if d >= lo:
            out.append(
                f'<line x1="{x(d):.1f}" y1="{TOP - 12}" x2="{x(d):.1f}" y2="{height - 4}" stroke="#e5e7eb"/>'
                f'<text x="{x(d) + 3:.1f}" y="{TOP - 16}" fill="#6b7280">{MONTHS[(d.month - 9) % 12]}</text>'
            )
        d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return out


def _clip(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _row(i: int, d: dt.date, r: dict[str, Any], cx: float, cy: float, short: bool = True) -> str:
    """One deadline; `short` dates omit the year (inside the school year)."""
    what, who = _cell(r.get("what")), _cell(r.get("who"))
    full = f"{d:%d/%m/%Y} — {what}" + (f" — {who}" if who else "")
    right_side = cx < LEFT + (WIDTH - LEFT - RIGHT) * 0.55
    tx, anchor = (cx + 9, "start") if right_side else (cx - 9, "end")
    fill = "#f3f4f6" if i % 2 == 0 else "#ffffff"
    return (
        f"<g><title>{html.escape(full)}</title>"
        f'<rect x="0" y="{cy - ROW / 2:.1f}" width="{WIDTH}" height="{ROW}" fill="{fill}" fill-opacity="0.5"/>'
        f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="5" fill="#1f77b4"/>'
        f'<text x="{tx:.1f}" y="{cy - 3:.1f}" text-anchor="{anchor}" fill="#111827" {HALO}>'
        f'<tspan font-weight="bold">{d.strftime("%d/%m" if short else "%d/%m/%Y")}</tspan> '
        f"{html.escape(_clip(what))}</text>"
        f'<text x="{tx:.1f}" y="{cy + 12:.1f}" text-anchor="{anchor}" fill="#6b7280" font-size="11" {HALO}>'
        f"{html.escape(_clip(who))}</text></g>"
    )


def calendar_view(reference: dt.date, titles: dict[str, str] | None = None) -> tuple[str, str, pd.DataFrame]:
    """(header Markdown, SVG HTML, table) for the school year of the reference date."""
    school_year = school_year_of(reference)
    rows, problem = load_deadlines(school_year)
    header = f"### Échéances de l'année scolaire {school_year}\nDate de référence : {reference:%d/%m/%Y}"
    if problem:
        return header + "\n\n" + problem, "", pd.DataFrame(columns=list(COLUMNS.values()))
    if not rows:
        return header + "\n\nAucune échéance trouvée pour cette année.", "", deadlines_frame([])
    return header, timeline_svg(rows, reference, school_year), deadlines_frame(rows, titles)
