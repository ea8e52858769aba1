"""Sensori-motor points of one or several scales (arrêté of 15 September 2022, art. 11/3 of the arrêté
of 12 May 2022): N = W / (3·X) × 100, the palier table of parameters.yaml, the sum capped at 352, the
scores W of each palier for a scale of X items; and the school years the scales apply to.
The texts' gaps (formula images missing, N compared exactly) are in `sensorimotor`'s epilogue.
"""

from __future__ import annotations

from fractions import Fraction

from assistant.rules.params import param
from assistant.rules.school_year import first_year

PALIERS: list[dict] = param("sensorimotor.paliers.value")
CAP: int = param("sensorimotor.cap.value")


def fr_num(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def scale_points(items: int, score: int) -> dict:
    """One scale: {'items', 'score', 'n', 'palier', 'points'} or {'error': French message}."""
    if items <= 0:
        return {
            "items": items,
            "score": score,
            "error": f"Le nombre d'items X doit être positif (reçu : {items}).",
        }
    if score < 0:
        return {
            "items": items,
            "score": score,
            "error": f"Le score W ne peut pas être négatif (reçu : {score}).",
        }
    if score > 3 * items:
        return {
            "items": items,
            "score": score,
            "error": f"Le score W = {score} dépasse le maximum 3 × X = {3 * items} (chaque item est noté de 0 à 3).",
        }
    # "N désigne le pourcentage ... X désigne le nombre d'items ... 3*X désigne le résultat maximal ... W ..."
    n = Fraction(100 * score, 3 * items)
    palier, points = 0, 0
    for row in PALIERS:  # "| 2e palier | 20 < N ≤ 40 | 44 |" ...
        if row["min_exclusive"] < n <= row["max_inclusive"]:
            palier, points = row["palier"], row["points"]
    return {"items": items, "score": score, "n": round(float(n), 2), "palier": palier, "points": points}


def score_ranges(items: int) -> str:
    """The maximum 3 × X of a scale of X items and the scores W of each palier (bounds from the table)."""
    top = 3 * items
    ranges, low = [], 1
    for row in PALIERS:  # N ≤ max ⟺ W ≤ max × 3X / 100
        high = row["max_inclusive"] * top // 100
        if high >= low:
            ranges.append(
                f"{palier_name(row['palier'])} : W de {low} à {high} ({points_text(row['points'])})"
            )
        low = high + 1
    return (
        f"Pour une échelle de {items} items, chaque item est noté de 0 à 3 : le résultat maximal est "
        f"3 × {items} = {top}, et N = W / {top} × 100. Scores W par palier : " + " ; ".join(ranges) + "."
    )


def points_text(n: int) -> str:
    return f"{n} point" if n <= 1 else f"{n} points"


def palier_name(palier: int) -> str:
    """The arrêté's name of a palier: '1er palier', '2e palier'…"""
    return "1er palier" if palier == 1 else f"{palier}e palier"


def compute_points(scales: list[tuple[int, int]], given_points: list[int] | None = None) -> dict:
    """Points from scales [(X items, W score), ...] and from scales already given in points:
    per-scale detail, raw sum, total capped at 352."""
    details = [scale_points(int(x), int(w)) for x, w in scales]
    valid = [d for d in details if "error" not in d]
    raw = sum(d["points"] for d in valid) + sum(given_points or [])
    # "les points complémentaires obtenus en appliquant les différentes échelles d'évaluation sont additionnés,
    # sans pouvoir dépasser le nombre maximum de 352 points complémentaires"
    return {
        "scales": details,
        "raw_sum": raw,
        "total": min(raw, CAP),
        "capped": raw > CAP,
        "errors": [d["error"] for d in details if "error" in d],
    }


def validity(year: str) -> tuple[list[str], dict]:
    until = param("sensorimotor.valid_until.value")
    effective = param("sensorimotor.effective.value")
    if first_year(year) < effective.year:  # "en 2020-2021 ?": before the arrêté's scales existed
        note = (
            f"Les échelles de l'arrêté du 15 septembre 2022 produisent leurs effets le {effective:%d/%m/%Y} : "
            f"les textes ne donnent pas de points sensori-moteurs pour {year}."
        )
        return [note], {"scales_in_force": False, "before_scales": True}
    if first_year(year) > first_year(until):
        note = (
            f"Attention : les échelles restent en vigueur au plus tard jusqu'en {until} (arrêt de la Cour "
            f"constitutionnelle) ; pour {year}, vérifiez le nouveau décret, absent du corpus."
        )
        return [note], {"scales_in_force": False}
    return [], {"scales_in_force": True}
