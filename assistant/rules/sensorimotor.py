"""Sensori-motor points (arrêté of 15 September 2022, art. 11/3 and 11/4 of the arrêté of 12 May 2022):
N = W / (3·X) × 100 per scale, the palier table, the sum over scales capped at 352, the pro-rata second
step; and what the pupil's file must contain and until when the scales apply.

Epilogue: what the texts leave implicit
- The formula images are missing from the text; it defines N, X, 3·X (maximum score) and W, from which
  N = W / (3·X) × 100. The palier table starts at 0 < N: a score of 0 (N = 0) falls under no palier and
  generates 0 points.
- Step 2's formula is missing too; its variables (G, Gt, PtB) imply a proportional share,
  PtE = G × PtB / Gt, rounded to the nearest unit. It applies only when the points of step 1 for all
  pôles exceed the budget, so a pôle cannot compute it alone.
- N is compared exactly (fractions), so a bound like N = 20 falls in the lower palier ("≤ 20").
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from assistant.models import Citation, RuleResult
from assistant.rules.accompaniment import first_year, reference_school_year
from assistant.rules.base import rule
from assistant.rules.cite import ARRETE_2022, cite, pacte
from assistant.rules.facts import Facts
from assistant.rules.params import param

ART_11_3 = "art. 2 (art. 11/3 de l'arrêté du 12 mai 2022)"
PALIERS: list[dict] = param("sensorimotor.paliers.value")
CAP: int = param("sensorimotor.cap.value")


def _ref(path: str) -> Citation:
    node = param(path)["reference"]
    return cite(node["source_id"], node["locator"], node["quote"])


def _num(x: float) -> str:
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


def _score_ranges(items: int) -> str:
    """The maximum 3 × X of a scale of X items and the scores W of each palier (bounds from the table)."""
    top = 3 * items
    ranges, low = [], 1
    for row in PALIERS:  # N ≤ max ⟺ W ≤ max × 3X / 100
        high = row["max_inclusive"] * top // 100
        if high >= low:
            ranges.append(f"{palier_name(row['palier'])} : W de {low} à {high} ({_points(row['points'])})")
        low = high + 1
    return (
        f"Pour une échelle de {items} items, chaque item est noté de 0 à 3 : le résultat maximal est "
        f"3 × {items} = {top}, et N = W / {top} × 100. Scores W par palier : " + " ; ".join(ranges) + "."
    )


def _points(n: int) -> str:
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


C_STEP2 = cite(
    ARRETE_2022,
    ART_11_3,
    "La seconde étape s'applique uniquement lorsque le nombre total de points complémentaires calculés pour "
    "l'ensemble des pôles territoriaux dans le cadre de l'étape 1 dépasse le nombre total de points complémentaires "
    "calculés en fonction du budget disponible conformément à l'article 6.2.5-4, alinéa 1er, du Code de l'enseignement.",
)
C_ROUND = cite(
    ARRETE_2022,
    ART_11_3,
    "Le nombre de points octroyé au pôle territorial est arrondi à l'unité la plus proche.",
)
C_VARS = cite(
    ARRETE_2022,
    ART_11_3,
    "3*X désigne le résultat maximal qui peut être obtenu avec cette échelle (puisque chaque item peut être noté de 0 à 3) ;",
)
STEP2 = (
    "Étape 2 (prorata) : seulement si le total des points de l'étape 1 pour l'ensemble des pôles dépasse le budget "
    "disponible ; chaque élève reçoit alors sa part proportionnelle, PtE = G × PtB / Gt (G : points de l'élève, "
    "Gt : total des points générés, PtB : points disponibles selon le budget), arrondie à l'unité la plus proche."
)


def _validity(year: str) -> tuple[list[str], dict]:
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


@rule(
    "sensorimotor.points",
    topic="sensorimotor",
    title="Combien de points complémentaires génère une échelle de besoins sensori-moteurs ?",
    triggers=(
        r"\bsensori[- ]?moteur\w*\b.{0,80}\b(points?|palier|calcul\w*|combien)\b",
        r"\b(points?|palier|calcul\w*|combien)\b.{0,80}\bsensori[- ]?moteur\w*\b",
        r"\bechelles?\b.{0,60}\b(items?|score|palier)\b",
        r"\b(\d+(?:[.,]\d+)? ?%|paliers?)\b.{0,60}\b(paliers?|points?)\b",  # only the arrêté has paliers
    ),
    decisive=("scales",),
    examples=("Une échelle de 20 items avec un score de 45 : combien de points ?",),
)
def points(facts: Facts, today: dt.date) -> RuleResult:
    year = reference_school_year(facts, today)
    notes, data = _validity(year)
    cites = [_ref("sensorimotor.paliers"), C_VARS, _ref("sensorimotor.cap"), C_STEP2, C_ROUND]
    if notes:  # the text that bounds the scales' years: the arrêté's effect date or the Pacte's deadline
        cites.append(
            _ref("sensorimotor.effective" if data.get("before_scales") else "sensorimotor.valid_until")
        )
    steps = [
        # only the applicable palier's points are named: listing every palier's points would state
        # numbers that do not apply to this pupil
        "N = W / (3 × X) × 100, comparé aux bornes des paliers du tableau de l'arrêté (20, 40, 60, 80 et 100 %).",
        STEP2,
    ]
    if not facts.scales and facts.scale_percent is not None and len(facts.scale_points) <= 1:
        # N given directly: its palier, bounds included in the lower palier ("20 < N ≤ 40"); points
        # given with it ("30 % correspond à 88 points ?") are a claim to check, not a second scale
        n = facts.scale_percent
        row = next((r for r in PALIERS if r["min_exclusive"] < n <= r["max_inclusive"]), None)
        conclusion = (
            f"N = {_num(n)} % : {palier_name(row['palier'])} ({row['min_exclusive']} < N ≤ {row['max_inclusive']}), "
            f"{_points(row['points'])} complémentaire{'s' if row['points'] > 1 else ''} "
            "(avant un éventuel prorata de l'étape 2)."
            if row
            else f"N = {_num(n)} % ne relève d'aucun palier (le 1er palier commence au-delà de 0 %) : 0 point."
        )
        data.update(n=n, palier=row["palier"] if row else 0, points=row["points"] if row else 0)
        if facts.scale_points and facts.yes_no:
            conclusion = f"{'Oui' if facts.scale_points[0] == data['points'] else 'Non'} : {conclusion}"
    elif not facts.scales and not facts.scale_points and facts.scale_items:
        conclusion = _score_ranges(facts.scale_items)
        data.update(items=facts.scale_items, maximum=3 * facts.scale_items)
    elif not facts.scales and not facts.scale_points:
        # A general question ("comment calcule-t-on N ?"): the formula, not a clarifying question.
        conclusion = (
            "Pour chaque échelle, N = W / (3 × X) × 100, où X est le nombre d'items de l'échelle, 3 × X le résultat "
            "maximal (chaque item est noté de 0 à 3) et W le total général obtenu par l'élève. N donne le palier : "
            "1er palier (0 < N ≤ 20) : 0 point ; 2e palier (≤ 40) : 44 points ; 3e palier (≤ 60) : 88 points ; "
            "4e palier (≤ 80) : 176 points ; 5e palier (≤ 100) : 352 points. Les points de plusieurs échelles "
            "s'additionnent sans dépasser 352 points. Donnez X et W pour un calcul."
        )
        data.update(missing=["scales"])
    else:
        result = compute_points(facts.scales, facts.scale_points)
        data.update(result)
        parts = [
            d["error"]
            if "error" in d
            else (
                f"X = {d['items']}, W = {d['score']} : N = {d['score']} / (3 × {d['items']}) × 100 = {_num(d['n'])} %, "
                f"{palier_name(d['palier'])} : {_points(d['points'])}"
            )
            for d in result["scales"]
        ] + [f"échelle donnée en points : {_points(p)}" for p in facts.scale_points]
        several = len(parts) > 1
        cap = (
            f" : les points des échelles s'additionnent ({result['raw_sum']}) sans pouvoir dépasser le maximum de {CAP}"
            if result["capped"]
            else ""
        )
        # a closed question on a capped sum ("le pôle reçoit 528 points ?") is answered by the cap: no
        lead = "Non : total de " if result["capped"] and facts.yes_no else "Total : "
        total = (
            f"{lead}{_points(result['total'])} complémentaires{cap} (avant un éventuel prorata de l'étape 2)"
        )
        conclusion = (
            (f"{total}. " + " ; ".join(parts) + ".")
            if several or result["capped"]
            else (parts[0] + " (avant un éventuel prorata de l'étape 2).")
        )
    yields = data.get("total", data.get("points"))
    palier = data.get("palier") or (
        data["scales"][0].get("palier") if len(data.get("scales", [])) == 1 else None
    )
    if facts.yes_no and facts.asked_palier and palier is not None and conclusion[:3] not in ("Oui", "Non"):
        # "ça atteint le 4e palier ?": the computed palier against the named one
        reached = palier >= facts.asked_palier if facts.palier_at_least else palier == facts.asked_palier
        conclusion = f"{'Oui' if reached else 'Non'} : {conclusion}"
    if (
        facts.focus == "gets_points"
        and not facts.claim
        and yields is not None
        and conclusion[:3] not in ("Oui", "Non")
    ):
        # "génère-t-elle des points ?": whether the case yields any, before the computation
        # a leading variable ("X = 30") keeps its capital
        first = conclusion if conclusion[:2] in ("X ", "N ") else conclusion[0].lower() + conclusion[1:]
        conclusion = f"{'Oui' if yields > 0 else 'Non'} : {first}"
    if data.get("before_scales"):  # a year before the arrêté: no points in the texts (an abstention that
        # says so first, then what the arrêté computes for the years it covers)
        data["not_in_texts"] = True
        conclusion = f"{notes[0]} Pour les années couvertes par l'arrêté, le calcul donne : {conclusion}"
    elif notes:  # a year the scales may no longer cover: said in the answer itself, not only in a note
        conclusion = f"{conclusion} {notes[0]}"
    return RuleResult(
        rule_id="sensorimotor.points",
        conclusion=conclusion,
        steps=steps,
        citations=cites,
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        notes=[],  # the validity warning is in the conclusion
        school_year=year,
        data=data,
    )


FIN = "partie IV, Financement, Q&R "
C_DOSSIER = pacte(
    FIN + "« Que doit contenir le dossier d’un élève qui génère des moyens complémentaires “… »",
    "Pour pouvoir prétendre à une échelle de besoins sensori-moteurs, un élève doit disposer d’un bilan médical. "
    "Le dossier de l’élève doit donc contenir ce bilan avant la passation de l’échelle. Il doit également contenir "
    "l’échelle complétée ainsi que le protocole d’aménagements raisonnables ou le protocole d’intégration de l’élève concerné.",
)
C_REEVAL = cite(
    ARRETE_2022,
    "art. 2 (art. 11/4 de l'arrêté du 12 mai 2022)",
    "Une nouvelle évaluation pour un élève déjà concerné par le financement complémentaire relatif à la prise en "
    "charge des besoins spécifiques sensori-moteurs nécessitant un suivi important doit être réalisée uniquement si "
    "la situation de l'élève a évolué.",
)
C_KEEP = cite(
    ARRETE_2022,
    "art. 2 (art. 11/4 de l'arrêté du 12 mai 2022)",
    "Le pouvoir organisateur du pôle territorial tient les échelles d'évaluation dûment complétées à la disposition "
    "des services du Gouvernement et du Service général de l'Inspection.",
)


@rule(
    "sensorimotor.dossier",
    topic="sensorimotor",
    title="Que doit contenir le dossier d'un élève à échelle sensori-motrice, et jusqu'à quand les échelles s'appliquent-elles ?",
    triggers=(
        r"\b(dossier|bilan medical|contenir)\b.{0,80}\b(sensori[- ]?moteur\w*|echelles?)\b",
        r"\bechelles?\b.{0,80}\b(jusqu'a quand|en vigueur|valables?|encore (valables?|en vigueur|d'application|applicables?)|cour constitutionnelle|reevalu\w*|nouvelle evaluation)\b",
    ),
    decisive=("school_year",),
    examples=("Que doit contenir le dossier d'un élève qui génère des points sensori-moteurs ?",),
)
def dossier(facts: Facts, today: dt.date) -> RuleResult:
    year = reference_school_year(facts, today)
    notes, data = _validity(year)
    until = param("sensorimotor.valid_until.value")
    # "un élève doit disposer d’un bilan médical. Le dossier de l’élève doit donc contenir ce bilan avant la
    # passation de l’échelle. Il doit également contenir l’échelle complétée ainsi que le protocole ..."
    conclusion = (
        "Le dossier de l'élève doit contenir le bilan médical (établi avant la passation de l'échelle), l'échelle "
        "complétée et le protocole d'aménagements raisonnables ou d'intégration ; les échelles, appliquées depuis le "
        f"29/08/2022 et communiquées avant le 30 septembre, restent en vigueur au plus tard jusqu'en {until}."
    )
    data.update(
        contents=[
            "bilan médical (avant la passation)",
            "échelle complétée",
            "protocole d'aménagements raisonnables ou d'intégration",
        ],
        valid_until=until,
        encoding_deadline="30/09",
        school_year=year,
    )
    return RuleResult(
        rule_id="sensorimotor.dossier",
        conclusion=conclusion,
        steps=[
            "Nouvelle évaluation seulement si la situation de l'élève a évolué ; sinon, le total de la dernière évaluation est communiqué."
        ],
        citations=[
            C_DOSSIER,
            _ref("sensorimotor.effective"),
            _ref("sensorimotor.encoding_deadline"),
            _ref("sensorimotor.valid_until"),
            C_REEVAL,
            C_KEEP,
        ],
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        notes=notes,
        school_year=year,
        data=data,
    )


# The practice of the scales (encoding, re-evaluation, several scales) lives in its own module;
# importing it registers its rule.
from assistant.rules import sensorimotor_encoding  # noqa: E402, F401
