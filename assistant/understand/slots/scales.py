"""Scale slots: the numbers of a sensori-motor scale a question states: (items X, score W) pairs, a
score alone, an item count alone, the ratio N."""

from __future__ import annotations

import re

from assistant.understand.slots.durations import NUMBER_WORD_ALTERNATION, NUMBER_WORDS

_N = r"(\d{1,4})"
_SCALE_PATTERNS = (
    # "echelle de 20 items, score 45" / "20 items et un score de 45" / "20 items : 45 points"
    # (an ordinal between them, "30 items) a une eleve de 3e primaire, elle obtient 37", is no number)
    re.compile(
        rf"\b{_N} (?:items?|questions?|criteres?)\b(?:[^0-9]|\d(?:e|er|eme|ere)\b){{0,60}}?\b(?:score|total|cote|note|obtenu\w*|obtien\w*|points?|(?:l'eleve|l'enfant|le jeune|la jeune|il|elle) a(?: eu)?|a eu|resultat|w)\D{{0,12}}{_N}\b(?! items?)"
    ),
    # "score de 45 sur une echelle de 20 items" / "45 points pour 20 items"
    re.compile(
        rf"\b(?:score|total|cote|note)\D{{0,12}}{_N}\b[^0-9]{{0,40}}?\b{_N} (?:items?|questions?|criteres?)\b"
    ),
    # "20 items et 48 points obtenus" / "20 items, 30 sur 60"
    re.compile(
        rf"\b{_N} (?:items?|questions?|criteres?)\b[^0-9]{{0,25}}?\b{_N} (?:points? obtenus|points? pour l'eleve|sur \d+)\b"
    ),
    # "x = 20, w = 45"
    re.compile(rf"\bx ?= ?{_N}\b[^0-9]{{0,20}}\bw ?= ?{_N}\b"),
    # "w = 36 et x = 20"
    re.compile(rf"\bw ?= ?{_N}\b[^0-9]{{0,20}}\bx ?= ?{_N}\b"),
)
_SCORE_FIRST = frozenset({1, 4})  # patterns whose first number is the score W


# "une échelle de dix items", "vingt questions": an item count written in words, as digits
_WORD_ITEMS = re.compile(r"\b(" + NUMBER_WORD_ALTERNATION + r") (?=items?\b|questions?\b|criteres?\b)")

# "l'élève a obtenu vingt-quatre": a score written in words, as digits
_WORD_SCORE = re.compile(
    r"\b(obtenu|obtient|a eu|score de|total de|resultat de) (" + NUMBER_WORD_ALTERNATION + r")\b"
)


# "et si le total est de 31 ?", "avec un score de 52": a total W without its number of items
_SCORE_ALONE = re.compile(
    rf"\b(?:score|total(?: general)?|cote|note|resultat)\b(?: (?:est|etait|serait|de|d'|egal a|=|obtenu))*\D{{0,4}}{_N}\b(?! ?(?:items?|questions?|criteres?|%|eleves?|ipt|periodes?|jours?|ans?|heures?|euros?))"
)


def scale_score(text: str) -> dict[str, object]:
    """A score W named alone (no item count anywhere in the turn), to replace a carried scale's score."""
    if re.search(r"\b(items?|questions?|criteres?)\b", text):
        return {}
    m = _SCORE_ALONE.search(text)
    return {"scale_score": int(m[1])} if m else {}


def scales(text: str) -> dict[str, object]:
    """Every (items, score) pair, in order of appearance."""
    text = _WORD_ITEMS.sub(lambda m: f"{NUMBER_WORDS[m[1]]} ", text)
    text = _WORD_SCORE.sub(lambda m: f"{m[1]} {NUMBER_WORDS[m[2]]}", text)
    found: list[tuple[int, int, int]] = []
    taken: list[tuple[int, int]] = []
    for index, pattern in enumerate(_SCALE_PATTERNS):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            a, b = int(m[1]), int(m[2])
            items, score = (b, a) if index in _SCORE_FIRST else (a, b)
            # a score named as such above the maximum 3 × X is kept (the rule answers that it is
            # impossible); "20 items : 88 points" may be a scale given in points, so it is not
            bound = 3 * items if re.search(r"\bpoints?\b", m[0]) else 10 * items
            if 0 < items <= 500 and 0 <= score <= bound:
                found.append((m.start(), items, score))
                taken.append((m.start(), m.end()))
    if not found:
        found = _lone_scale(text)
    return {"scales": [(i, s) for _, i, s in sorted(found)]} if found else {}


_ITEM_COUNT = re.compile(r"\b(\d{1,3}) (?:items?|questions?|criteres?)\b")
# A number that is something else than a score: a date, a year, an ordinal, a quantity with its
# unit, a type or a level ("12/10/2024", "2025-2026", "3e", "9 ans", "type 4", "60 %").
_NOT_A_SCORE = re.compile(
    r"\d+(?:[/.-]\d+)+|\b\d+(?:e|er|eme|ere|de|nd)\b|\b\d+ ?(?:%|pour ?cent|ans?\b|mois\b|jours?\b|eleves?\b|"
    r"periodes?\b|heures?\b|euros?\b|points?\b|ipt\b|h\b)|\b(?:type|article|art\.?|annexe|palier|n ?=)\s*\d+"
)


def _lone_scale(text: str) -> list[tuple[int, int, int]]:
    """One scale stated loosely ("elle a eu 31 sur une échelle de 25 items", "25 items, l'élève a 30
    au total"): the item count X and the only other number that can be a score (0 ≤ W ≤ 3 × X) once
    dates, years, ordinals, quantities with a unit, types and levels are set aside."""
    counts = _ITEM_COUNT.findall(text)
    if len(counts) != 1 or not re.search(r"\bechelles?\b|\bitems?\b", text):
        return []
    items = int(counts[0])
    rest = _NOT_A_SCORE.sub(" ", _ITEM_COUNT.sub(" ", text))
    scores = [int(n) for n in re.findall(r"(?<![\d,.])\d{1,3}(?![\d,.]\d)", rest)]
    if len(scores) != 1 or not 0 < items <= 500 or not 0 <= scores[0] <= 3 * items:
        return []
    return [(0, items, scores[0])]


# "N tombe pile à 60 %", "un pourcentage de 35 %", "l'élève est à 80 %": the ratio N itself, in a
# question about the scales or their paliers (a percentage elsewhere is no N)
_PERCENT = re.compile(r"(?<![\d,.])(\d{1,3}(?:[,.]\d{1,2})?) ?(?:%|pour ?cent)")
# a share of something else is no N: "présent 50 % du temps", "60 % des élèves", "à mi-temps (50 %)"
_NOT_N_AFTER = re.compile(
    r"\s*(?:du|des|de la|de l'|d'|de)\s*(?:temps|eleves?|horaire|presence|cas|poles?|ecoles?|classes?|enfants?|personnel)\b"
)
_NOT_N_BEFORE = re.compile(r"\b(?:present\w*|presence|mi-temps|temps|prorata|occup\w*|absent\w*)\b[^.?!;]*$")


def scale_percent(text: str) -> dict[str, object]:
    """The ratio N stated in a scale question without its items and score."""
    if not re.search(r"\b(paliers?|echelles?|sensori\w*|le n|pourcentage n)\b|\bn ?=", text):
        return {}
    if _ITEM_COUNT.search(text):
        return {}
    found = [
        float(m[1].replace(",", "."))
        for m in _PERCENT.finditer(text)
        if not _NOT_N_AFTER.match(text, m.end())
        and not _NOT_N_BEFORE.search(text[max(0, m.start() - 25) : m.start()])
    ]
    return {"scale_percent": found[0]} if len(found) == 1 and 0 <= found[0] <= 100 else {}


def scale_items(text: str) -> dict[str, object]:
    """The item count X of a scale question that gives no score ("le maximum d'une échelle de 20 items",
    "combien faut-il sur 20 items pour le 3e palier ?")."""
    counts = _ITEM_COUNT.findall(text)
    if len(counts) != 1 or scales(text) or not 0 < int(counts[0]) <= 500:
        return {}
    return {"scale_items": int(counts[0])}
