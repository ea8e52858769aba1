"""Means slots: which kind of means a question asks about (periods, points, operating grants,
restitution…), whether it pools the periods, and how many pupils an amount is asked for."""

from __future__ import annotations

import re

_MEANS_KINDS = (
    (
        "restitution",
        r"\brestitu\w*|\b(rendre|redonner|rembourser) (les |ses |leurs )?(moyens|periodes|points)\b|\brembours\w*|\bmoyens? (restent|sont) acquis\b|\bperd\w* les moyens\b"
        r"|\b(moyens|periodes|points) (sont |seront |restent )?(perdu|rendu|restitue|acquis)\w*",
    ),
    ("coefficient", r"\bcoefficients?\b|\bfinancement de base\b"),
    (
        "fonctionnement",
        r"\b(subventions?|subsides?|frais|dotations?|moyens) de fonctionnement\b|\bfonctionnement\b",
    ),
    (
        "ordinaire",
        r"\b(compt\w*|comptabilis\w*|comptage)\b.{0,40}\bordinaire\b|\bordinaire\b.{0,40}\b(compt\w*|comptage)\b|\bperiodes generees par l'inscription\b",
    ),
    ("points", r"\bpoints?\b"),
    ("periodes", r"\bperiodes?\b|\bencadrement\b|\bheures?\b"),
)
_MEANS_RES = tuple((name, re.compile(p)) for name, p in _MEANS_KINDS)


def means_kind(text: str) -> dict[str, object]:
    if not re.search(
        r"\b(moyens?|periodes?|points?|restitu\w*|coefficients?|fonctionnement|encadrement|subventions?|capital|financ\w*|nti)\b",
        text,
    ):
        return {}
    for name, pattern in _MEANS_RES:
        if pattern.search(text):
            return {"means_kind": name}
    return {}


_NOT_POOLED = re.compile(
    r"\b(ne|n') ?(peu\w*|sont|est|doi\w*|faut)\b[^.?]{0,20}\b(pas|plus|jamais)\b[^.?]{0,12}\bmutualis\w*"
    r"|\b(pas|non|jamais|interdit de (les )?) ?mutualis\w*"
)


_POOL_WORDS = re.compile(
    r"\b(regroup\w*|mettre en commun|mises? en commun|globalis\w*|partag\w*)\b"
    # one pupil's periods used for another pupil: "les utiliser pour en accompagner un autre"
    r"|\bpour (en )?(accompagner|suivre|aider|encadrer) (un |une |d')?autres?\b"
)


def pooling(text: str) -> dict[str, object]:
    """What the question states about pooling the periods ("ne peuvent pas être mutualisées": False)."""
    if not re.search(r"\bmutualis\w*", text):
        # "les regrouper / mettre en commun / partager les périodes entre élèves": pooling in other words
        if re.search(r"\bperiodes?\b", text) and _POOL_WORDS.search(text):
            return {"pooling": True}
        return {}
    return {"pooling": not _NOT_POOLED.search(text)}


# "notre pôle suit 5 IPT", "3 élèves de primaire en IPT": how many pupils an amount is asked for.
_PUPIL_COUNT = re.compile(
    r"(?<![\d/,.])\b(\d{1,3}) (?:eleves?|ipt|integrations?|enfants?)\b(?! (?:de|du) (?:type|degre))"
)


def pupil_count(text: str) -> dict[str, object]:
    """The number of pupils (or IPTs) of a means question, when it is more than one."""
    m = _PUPIL_COUNT.search(text)
    return {"pupil_count": int(m[1])} if m and 2 <= int(m[1]) <= 500 else {}
