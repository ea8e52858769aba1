"""The "Rôles des CPMS" tab: stage × role of the CPMS spécialisé / ordinaire, with the article."""

from __future__ import annotations

from typing import Any

import pandas as pd

PLACEHOLDER = "ℹ️ Le tableau des rôles des CPMS n'est pas encore disponible dans cette version."
INTRO = (
    "Pour chaque étape d'une intégration permanente totale (IPT), le rôle du **CPMS de l'enseignement "
    "spécialisé** et celui du **CPMS de l'enseignement ordinaire**, avec l'article du décret du "
    "3 mars 2004 qui le prévoit et la source."
)
COLUMNS = ["Étape", "CPMS spécialisé", "CPMS ordinaire", "Remarque", "Article", "Source"]
NO_ROLE = "— (pas de rôle prévu)"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def role_row(r: dict[str, Any], titles: dict[str, str]) -> list[str]:
    """One table line from a `cpms_role_table()` row."""
    article = _text(r.get("article"))
    source = titles.get(_text(r.get("source")), _text(r.get("source")))
    return [
        _text(r.get("label") or r.get("stage")),
        _text(r.get("specialise")) or NO_ROLE,
        _text(r.get("ordinaire")) or NO_ROLE,
        _text(r.get("note")),
        f"art. {article}" if article and article[0].isdigit() else article,
        ", ".join(x for x in (source, _text(r.get("locator"))) if x),
    ]


def roles_view(titles: dict[str, str] | None = None) -> tuple[str, pd.DataFrame]:
    """(Markdown intro or placeholder, table) from the rule core's `cpms_role_table()`."""
    try:
        from assistant.rules.cpms import cpms_role_table
    except ImportError:
        return PLACEHOLDER, pd.DataFrame(columns=COLUMNS)
    rows = [role_row(dict(r), titles or {}) for r in cpms_role_table()]
    return INTRO, pd.DataFrame(rows, columns=COLUMNS)
