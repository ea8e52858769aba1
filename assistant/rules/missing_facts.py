"""The reasoning step naming the facts a rule lacked, in words a user reads (not Facts field names)."""

from __future__ import annotations

from collections.abc import Iterable

LABELS = {
    "ipt_start": "date de début de l'IPT",
    "level_degree_type": "niveau, degré et type de l'élève (types 4, 6 ou 7 au 3e degré du secondaire ?)",
    "special_school_place": "place de l'école spécialisée dans un pôle (siège, partenaire ou aucune)",
    "same_pole_as_ordinary": "pôle de l'école ordinaire (le même que celui de l'école spécialisée ?)",
}


def missing_step(names: Iterable[str]) -> str:
    """'Faits manquants : date de début de l'IPT, …' (an unknown name is shown as it is)."""
    return "Faits manquants : " + ", ".join(LABELS.get(n, n) for n in names) + "."
