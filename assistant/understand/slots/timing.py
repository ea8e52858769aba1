"""Timing slots: which obligation's deadline a question asks for, and when an accompaniment would
take place (school hours, Wednesday afternoon, outside opening hours)."""

from __future__ import annotations

import re

_WHEN = re.compile(
    r"\b(quand(?! meme\b)|date|dates|delai|avant|jusqu\w*|echeance\w*|jours?|limite|calendrier|pour le|au plus tard|reste|oubli\w*|retard|trop tard|pas encore|fichu|foutu|depasse\w*|dans les temps|dans les delais|a temps|encore (le )?temps|encore bon)\b"
    r"|\b(peu\w*|pourr\w*)(-[a-z]+)? encore (etre |l'|le |la |les )?(envoy|transmi|encod|rentr|rend|remi|introdui|communiqu)\w*"
)


def deadline_key(text: str) -> dict[str, object]:
    """The obligation named, via the deadlines module's own keyword table when it is there."""
    try:
        from assistant.rules.deadlines import match_deadline_key
    except ImportError:  # the rule module is not there: no key
        return {}
    if not _WHEN.search(text):
        return {}
    key = match_deadline_key(text)
    return {"deadline_key": key} if key else {}


_SUPPORT = r"\b(accompagn\w*|intervenir|intervention\w*|suivi|suivre|aide)\b"
_SUPPORT_TIMES = (
    (
        "hors_ouverture",
        r"\b(samedi|dimanche|week-?end|vacances|conges|le soir|apres les cours|apres l'ecole|"
        r"en dehors des heures|hors des heures|hors heures|ecole fermee)\b",
    ),
    ("mercredi_apres_midi", r"\bmercredi\b"),
    (
        "heures_ouverture",
        r"\b(pendant|durant) (les heures de cours|les cours|le temps scolaire|les heures d'ouverture)\b",
    ),
)


def support_time(text: str) -> dict[str, object]:
    """When an accompaniment would take place, if the question says it."""
    if not re.search(_SUPPORT, text):
        return {}
    for name, pattern in _SUPPORT_TIMES:
        if re.search(pattern, text):
            return {"support_time": name}
    return {}
