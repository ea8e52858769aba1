"""The dates, citations and sentences the accompaniment rules share (`accompaniment`,
`accompaniment_transition`, `accompaniment_transfer`, `accompaniment_practice`): the pôle-only dates of
parameters.yaml, the circular's and the Pacte report's quotes, the special school's place in the pôles.
"""

from __future__ import annotations

import datetime as dt

from assistant.rules.cite import circ, pacte
from assistant.rules.params import param
from assistant.rules.school_year import first_year

IN_A_POLE = ("siege", "partenaire", "partenaire_specifique")
PLACE_LABEL = {
    "siege": "école siège",
    "partenaire": "école partenaire",
    "partenaire_specifique": "école partenaire spécifique",
    "aucun": "école qui n'est intégrée dans aucun pôle",
}

POLE_ONLY_FROM: dt.date = param("accompaniment.pole_only_from.value")
NEW_IPT_FROM: dt.date = param("accompaniment.new_ipt_pole_from.value")
ONLY_POLES_YEAR = first_year(param("accompaniment.only_poles_from.value"))
INVOLVED_TRANSFER_YEAR = first_year(param("accompaniment.involved_schools_transfer_from.value"))
LAST_TRANSITION_YEAR = param("accompaniment.transition_last_year.value")

C_POLES_CREATED = circ(
    "introduction",
    "Depuis la rentrée 2022, 48 pôles territoriaux chargés de soutenir les écoles de l’enseignement "
    "ordinaire dans la mise en œuvre des aménagements raisonnables et de l’IPT ont été créés.",
)
C_DEFINITION = circ(
    "point 1.1",
    "d’un accompagnement assuré par une école d’enseignement spécialisé ou par un pôle territorial",
)
C_KEEP = circ(
    "point 1.1",
    "l’école d’enseignement spécialisé peut conserver tout ou partie des IPT qu’elle a débutées avant "
    "le 29 août 2022 jusqu’au plus tard la fin de la période transitoire (fin de l’année scolaire 2025-2026).",
)
C_RETRO = circ(
    "point 1.1",
    "l’école d’enseignement spécialisé peut également choisir pendant cette période de rétrocéder tout "
    "ou partie des IPT qu’elle a débutées avant le 29 août 2022 au pôle avec lequel coopère l’école "
    "d’enseignement ordinaire où est inscrit l’élève",
)
C_OTHER_POLE = circ(
    "point 1.1",
    "qui est école siège, école partenaire ou école partenaire spécifique d’un autre pôle que celui avec "
    "lequel coopère l'école d’enseignement ordinaire où est inscrit l'élève.",
)
C_PROLONGATION = circ("point 1.4", "La prolongation de l’IPT est seulement possible via un pôle territorial.")
C_2026 = circ(
    "point 1.1",
    "À partir de la rentrée scolaire 2026-2027, chaque élève en IPT est nécessairement pris en charge par "
    "le pôle avec lequel coopère l’école d’enseignement ordinaire où est inscrit l’élève.",
)
C_AVENANT = pacte(
    "partie IV, Phase transitoire, Q&R « À la rentrée 2024, une école partenaire peut-elle garder un élève en intégration… »",
    "Oui, une école partenaire peut convenir avec son pôle qu’elle poursuivra l’accompagnement de l’élève "
    "même si l’intégration permanente totale a été transférée au pôle, moyennant la conclusion d’un avenant "
    "pour la rétrocession des points.",
)
C_PRE2020_END = pacte(
    "partie IV, Phase transitoire, Q&R « Quel accompagnement des élèves en intégration permanente totale à partir de 2026… »",
    "Concernant les intégrations permanentes totales débutées avant le 2 septembre 2020, il est prévu "
    "qu’elles prennent fin à l’issue de la phase de transition à partir de l’année 2026-27.",
)
PRE_2020 = dt.date(2020, 9, 2)

# The sentence that settles each case of `accompaniment.who` (rather than the general pôle-only rule).
C_NO_NEW = circ(
    "introduction",
    "Les écoles d’enseignement spécialisé ne sont plus autorisées à accompagner des nouvelles IPT. Ces dernières "
    "doivent, nécessairement, être accompagnées par un pôle.",
)
C_OUTSIDE_LAST_YEAR = circ(
    "introduction",
    "La rentrée scolaire 25-26 marque la dernière année de la période transitoire. Concrètement, seules les écoles "
    "spécialisées qui ne sont pas intégrées dans un pôle (en tant qu’école siège, école partenaire ou école "
    "partenaire spécifique) peuvent encore accompagner les élèves en IPT pour cette année scolaire 2025-2026. Dès "
    "l’année scolaire 2026-2027, ces écoles devront également transférer l’ensemble de leurs IPT aux pôles "
    "territoriaux.",
)
_PACTE_TRANSITION = "partie II, « La période de transition des pôles »"
C_INVOLVED_2024 = pacte(
    _PACTE_TRANSITION,
    "Cela signifie que tous les élèves accompagnés par une école d’enseignement spécialisé impliquée dans un pôle "
    "seront nécessairement pris en charge par ce dernier à partir de la rentrée 2024-25",
)
C_LAST_TWO_YEARS = pacte(
    _PACTE_TRANSITION,
    "Parallèlement, pendant les deux dernières années de la phase de transition, seules les écoles d’enseignement "
    "spécialisé qui ne sont pas concernées par le dispositif des pôles ou qui ne sont pas impliquées4 dans le pôle "
    "avec lequel coopère l’école d’enseignement ordinaire de l’élève en intégration pourront accompagner des élèves "
    "en intégration permanente totale.",
)
C_OTHER_POLE_NOTE = pacte(
    _PACTE_TRANSITION + ", note 3",
    "Sauf si l’école d’enseignement ordinaire de l’élève coopère avec un autre pôle que celui dans lequel l’école "
    "d’enseignement spécialisé est impliquée. Dans ce cas, cette dernière peut poursuivre l’accompagnement de "
    "l’intégration permanente totale jusqu’à la fin de l’année scolaire 2025-26.",
)

KEEP_TEXT = (
    "l'école d'enseignement spécialisé peut conserver cette IPT (débutée avant le 29/08/2022) jusqu'au "
    "plus tard la fin de l'année scolaire 2025-2026, ou la rétrocéder au pôle avec lequel coopère "
    "l'école ordinaire"
)
KEEP_2026 = "à partir de 2026-2027, c'est ce pôle qui la prend en charge"
POLE_TEXT = "le pôle territorial avec lequel coopère l'école d'enseignement ordinaire où l'élève est inscrit"
