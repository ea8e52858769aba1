"""The rule on sensori-motor points (arrêté of 15 September 2022, art. 11/3 of the arrêté of 12 May
2022): N = W / (3·X) × 100 per scale, the palier, the sum over scales capped at 352, the pro-rata second
step, answered for the case asked (scales, a percentage N, a number of items, or none). The computation
is in `sensorimotor_scales`; the pupil's file in `sensorimotor_dossier`, the encoding in
`sensorimotor_encoding`.

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

from assistant.models import Citation, RuleResult
from assistant.rules.base import rule
from assistant.rules.cite import ARRETE_2022, cite, param_cite
from assistant.rules.facts import Facts
from assistant.rules.school_year import reference_school_year
from assistant.rules.sensorimotor_scales import (
    CAP,
    PALIERS,
    compute_points,
    fr_num,
    palier_name,
    points_text,
    score_ranges,
    validity,
)

ART_11_3 = "art. 2 (art. 11/3 de l'arrêté du 12 mai 2022)"

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
# the arrêté's two outcomes of a scale: no points (1er palier), or points to accompany the pupil
C_NO_POINTS = cite(
    ARRETE_2022,
    "art. 2 (art. 11/2 de l'arrêté du 12 mai 2022)",
    "1. soit les besoins spécifiques sensori-moteurs de l'élève ne nécessitent pas un suivi important de la part "
    "du pôle territorial compétent et celui-ci ne reçoit pas de points complémentaires pour accompagner cet élève ;",
)
C_POINTS = cite(
    ARRETE_2022,
    "art. 2 (art. 11/2 de l'arrêté du 12 mai 2022)",
    "2. soit les besoins spécifiques sensori-moteurs de l'élève nécessitent un suivi important de la part du pôle "
    "territorial compétent et celui-ci reçoit des points complémentaires pour accompagner cet élève.",
)
STEP2 = (
    "Étape 2 (prorata) : seulement si le total des points de l'étape 1 pour l'ensemble des pôles dépasse le budget "
    "disponible ; chaque élève reçoit alors sa part proportionnelle, PtE = G × PtB / Gt (G : points de l'élève, "
    "Gt : total des points générés, PtB : points disponibles selon le budget), arrondie à l'unité la plus proche."
)


def _citations(facts: Facts, data: dict, yields: int | None) -> list[Citation]:
    """The palier table, then what the answer states for the case: no points (1er palier) or, for
    "le pôle reçoit-il des points ?", the outcome with points; the formula's variables when N is computed
    from a scale; the cap only when the answer adds scales or names it; step 2 and its rounding."""
    cites = [param_cite("sensorimotor.paliers")]
    if yields == 0 and "missing" not in data:
        cites.append(C_NO_POINTS)
    elif yields and facts.focus == "gets_points":
        cites.append(C_POINTS)
    if "n" not in data or "scales" in data:  # N computed from X and W (or the formula given)
        cites.append(C_VARS)
    if "missing" in data or data.get("capped") or len(data.get("scales", [])) + len(facts.scale_points) > 1:
        cites.append(param_cite("sensorimotor.cap"))
    return cites + [C_STEP2, C_ROUND]


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
    notes, data = validity(year)
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
            f"N = {fr_num(n)} % : {palier_name(row['palier'])} ({row['min_exclusive']} < N ≤ {row['max_inclusive']}), "
            f"{points_text(row['points'])} complémentaire{'s' if row['points'] > 1 else ''} "
            "(avant un éventuel prorata de l'étape 2)."
            if row
            else f"N = {fr_num(n)} % ne relève d'aucun palier (le 1er palier commence au-delà de 0 %) : 0 point."
        )
        data.update(n=n, palier=row["palier"] if row else 0, points=row["points"] if row else 0)
        if facts.scale_points and facts.yes_no:
            conclusion = f"{'Oui' if facts.scale_points[0] == data['points'] else 'Non'} : {conclusion}"
    elif not facts.scales and not facts.scale_points and facts.scale_items:
        conclusion = score_ranges(facts.scale_items)
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
                f"X = {d['items']}, W = {d['score']} : N = {d['score']} / (3 × {d['items']}) × 100 = {fr_num(d['n'])} %, "
                f"{palier_name(d['palier'])} : {points_text(d['points'])}"
            )
            for d in result["scales"]
        ] + [f"échelle donnée en points : {points_text(p)}" for p in facts.scale_points]
        several = len(parts) > 1
        cap = (
            f" : les points des échelles s'additionnent ({result['raw_sum']}) sans pouvoir dépasser le maximum de {CAP}"
            if result["capped"]
            else ""
        )
        # a closed question on a capped sum ("le pôle reçoit 528 points ?") is answered by the cap: no
        lead = "Non : total de " if result["capped"] and facts.yes_no else "Total : "
        total = f"{lead}{points_text(result['total'])} complémentaires{cap} (avant un éventuel prorata de l'étape 2)"
        conclusion = (
            (f"{total}. " + " ; ".join(parts) + ".")
            if several or result["capped"]
            else (parts[0] + " (avant un éventuel prorata de l'étape 2).")
        )
    yields = data.get("total", data.get("points"))
    cites = _citations(facts, data, yields)
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
    if notes:  # the text that bounds the scales' years: the arrêté's effect date or the Pacte's deadline
        cites.append(
            param_cite("sensorimotor.effective" if data.get("before_scales") else "sensorimotor.valid_until")
        )
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


# What the pupil's file must contain, then the practice of the scales (encoding, re-evaluation,
# several scales): own modules; importing them registers their rules (in this order).
from assistant.rules import sensorimotor_dossier  # noqa: E402, F401

# isort: split
from assistant.rules import sensorimotor_encoding  # noqa: E402, F401
