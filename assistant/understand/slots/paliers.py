"""Palier slots: sensori-motor scales given by their points or by their palier, and the palier a
question names."""

from __future__ import annotations

import re

# A scale already given in points ("une échelle auditive à 352 points et une échelle visuelle à 176",
# "une échelle à 176 points et une autre à 352"):
# only the palier values count, so item counts and scores are never taken for points.
_PALIER_POINTS = frozenset({44, 88, 176, 352})
_POINTS_SCALE = re.compile(
    r"(?:\bechelles?\b|\b(?:une|l') ?autre\b|\b(?:la|une) (?:seconde|deuxieme|troisieme)\b)[^.?;]{0,30}?\b(?:a|de|qui donne|donnant|donne|rapporte|avec|vaut|valant|generant)\s+(\d{1,3})\b(?! items?| questions?)"
    r"((?:\s*(?:,|et)\s*\d{1,3}\b(?! items?| questions?))*)"
)


# "88 points sur l'échelle motrice et 44 sur la visuelle": the points before the scale they belong to.
_POINTS_ON_SCALE = re.compile(
    r"\b(\d{1,3}) (?:points? )?(?:sur|pour|a|avec|dans) (?:l'|la |une |son |sa )?"
    r"(?:echelle|visuelle|auditive|motrice|physique)"
)


# "l'échelle auditive 88 points": a named scale directly followed by its points
_BARE_SCALE_POINTS = re.compile(r"\bechelle (?:visuelle|auditive|motrice|physique) (\d{1,3}) points?\b")


# "physique au 4e palier et auditive au 3e (palier)": scales given by their palier
_PALIER_NAMED = re.compile(
    r"\b(?:au|le|du|a|en|un|une) ([1-5])(?:e|er|eme|ere)\b(?= palier|\s*[,.?;!)]| et\b| pour\b|$)"
)
_PALIER_GIVES = {1: 0, 2: 44, 3: 88, 4: 176, 5: 352}  # arrêté, art. 11/3, § 2 (tableau des paliers)


def scale_points(text: str) -> dict[str, object]:
    """Points of scales stated as points (palier values only) or by their palier, in order of
    appearance; 'deux échelles à 44 et 88' gives both."""
    if re.search(r"\bpaliers?\b", text) and re.search(r"\bechelles?\b", text):
        named = [_PALIER_GIVES[int(m[1])] for m in _PALIER_NAMED.finditer(text)]
        if named and not re.search(r"\b\d{1,4} (?:items?|questions?|criteres?)\b", text):
            return {"scale_points": named}
    found = []
    text = _BARE_SCALE_POINTS.sub(r"echelle a \1 points", text)
    if re.search(r"\bechelles\b", text):  # "deux échelles, une à 88 et une à 44": each "une" is a scale
        text = re.sub(
            r"\b(?:une|l'une) (?=(?:a|de|qui donne|donnant|donne|rapporte|avec|vaut|valant) \d)",
            "echelle ",
            text,
        )
    for m in _POINTS_SCALE.finditer(text):
        values = [int(m[1])] + [int(v) for v in re.findall(r"\d{1,3}", m[2])]
        found += [v for v in values if v in _PALIER_POINTS]
    if not found:
        found = [int(m[1]) for m in _POINTS_ON_SCALE.finditer(text) if int(m[1]) in _PALIER_POINTS]
    if not found:
        found = _listed_points(text)
    return {"scale_points": found} if found else {}


# "deux échelles : 88 points et 176 points": several scales, then their points listed (no items, no
# score); a bound ("plafond de 352 points") is not a scale's points
_SEVERAL_SCALES = re.compile(r"\b(echelles|plusieurs echelles)\b")
_LISTED_POINTS = re.compile(r"(?<![\d,.])(\d{1,3}) points?\b")
_BOUND_BEFORE = re.compile(r"\b(plafond|max\w*|limite|depasser|plus de|moins de)\s*(de |a )?$")


def _listed_points(text: str) -> list[int]:
    if not _SEVERAL_SCALES.search(text) or re.search(r"\b\d{1,4} (?:items?|questions?|criteres?)\b", text):
        return []
    values = [
        int(m[1])
        for m in _LISTED_POINTS.finditer(text)
        if int(m[1]) in _PALIER_POINTS and not _BOUND_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
    ]
    return values if len(values) >= 2 else []


_ORDINALS = {"1er": 1, "premier": 1, "deuxieme": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5}
_PALIER = re.compile(r"\b(1er|premier|[1-5]e|[1-5]eme|deuxieme|troisieme|quatrieme|cinquieme) palier\b")
_AT_LEAST = re.compile(r"\b(atteint\w*|atteindre|au moins|depass\w*|passe au|monte\w* au)\b")


def asked_palier(text: str) -> dict[str, object]:
    """The palier a question names ("c'est le 3e palier ?", "ça atteint le 4e palier ?")."""
    found = _PALIER.findall(text)
    if len(set(found)) != 1:
        return {}
    word = found[0]
    number = _ORDINALS.get(word) or int(word[0])
    return {"asked_palier": number, "palier_at_least": bool(_AT_LEAST.search(text))}
