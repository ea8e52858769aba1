"""The sensori-motor scales' encoding after 30 September (arrêté of 15 September 2022, art. 11/4 § 2 of
the arrêté of 12 May 2022): new pupils may still be communicated on four dates, "le deuxième vendredi
qui suit les vacances …", when the points are not all granted on 30 September. Each date is its own
list line, so an answer naming the case's next date cites that line, one naming all four the list.

Epilogue: what the texts leave implicit
- The corpus gives no holiday dates. The case's next date is read from the month of arrival (and the
  answer says the texts give no holiday dates): the
  holidays that follow it (autumn holidays end of October, winter end of December, détente in
  February, spring end of April). In the months where a date itself usually falls (November,
  January, March, May) the earlier date may not have passed yet: the answer names both, the earlier
  one "s'il n'est pas encore passé".
"""

from __future__ import annotations

from assistant.models import Citation
from assistant.rules.calendar import MONTH_NAMES
from assistant.rules.cite import ARRETE_2022, cite, pacte
from assistant.rules.facts import Facts

ART_11_4 = "art. 2 (art. 11/4 de l'arrêté du 12 mai 2022)"

C_LATER = cite(
    ARRETE_2022,
    ART_11_4,
    "Par dérogation au paragraphe 1er, lorsque le nombre total de points complémentaires calculés pour l'ensemble "
    "des pôles territoriaux dans le cadre de l'étape 1 visée à l'article 11/3, § 2, n'est pas entièrement octroyé "
    "en date du 30 septembre, l'Administration générale de l'Enseignement en informe les pouvoirs organisateurs des "
    "pôles territoriaux.",
)
C_NEW = cite(
    ARRETE_2022,
    ART_11_4,
    "Le pouvoir organisateur d'un pôle territorial peut communiquer le nombre total de nouveaux élèves présentant "
    "des besoins spécifiques sensori-moteurs nécessitant un suivi important qu'il prend en charge ainsi que le "
    "total général de chaque nouvelle évaluation réalisée.",
)
# the Pacte's own wording of the 30 September deadline
C_PACTE_30 = pacte(
    "partie IV, Financement, Q&R « Quand aura-t-on les chiffres pour les échelles de besoins sensori-moteurs ? »",
    "Les pôles ont jusqu’au 30 septembre pour encoder les échelles de besoins sensori-moteurs et le calcul se fera "
    "alors, en appliquant un ratio, si nécessaire.",
)

# scales encoded one year are carried over to the next (Pacte, June 2024: "l'année prochaine" = 2024-2025)
C_TRANSFER = pacte(
    "partie I, Nouveautés : application e-pôles et formations",
    "Dans un souci de simplification, les intégrations permanentes totales et les échelles de besoins "
    "sensori-moteurs qui ont été encodées cette année seront transférées dans e-pôles pour l’année prochaine : il "
    "suffira donc de les confirmer, sans devoir ré-encoder toutes les informations.",
)
TRANSFER = (
    "dans un souci de simplification, les échelles de besoins sensori-moteurs encodées une année sont transférées "
    "dans e-pôles pour l'année suivante (Infos du Pacte de juin 2024, pour 2024-2025) : il suffit de les confirmer, "
    "sans devoir ré-encoder toutes les informations"
)

# the four list lines, in the text's order: (short French name, the line as the arrêté writes it)
LINES = (
    ("d'automne (de Toussaint)", "1. le deuxième vendredi qui suit les vacances d'automne (de Toussaint) ;"),
    ("d'hiver (de Noël)", "2. le deuxième vendredi qui suit les vacances d'hiver (de Noël) ;"),
    ("de détente (de Carnaval)", "3. le deuxième vendredi qui suit les vacances de détente (de Carnaval) ;"),
    ("de printemps (de Pâques)", "4. le deuxième vendredi qui suit les vacances de printemps (de Pâques)."),
)
C_LINES = tuple(cite(ARRETE_2022, ART_11_4, line) for _, line in LINES)
C_DATES = cite(
    ARRETE_2022,
    ART_11_4,
    "Ces éléments sont communiqués aux dates suivantes : " + " ".join(x for _, x in LINES),
)
ALL_DATES = (
    "le deuxième vendredi qui suit les vacances d'automne (de Toussaint), d'hiver (de Noël), de détente "
    "(de Carnaval) et de printemps (de Pâques)"
)
# month of arrival -> (the date that may not have passed yet or None, the next sure date or None)
_NEXT = {
    9: (None, 0), 10: (None, 0), 11: (0, 1), 12: (None, 1), 1: (1, 2), 2: (None, 2),
    3: (2, 3), 4: (None, 3), 5: (3, None), 6: (None, None), 7: (None, 0), 8: (None, 0),
}  # fmt: skip
# months whose arrivals fall under the regular deadline of 30 September (§ 1), not under the later dates
REGULAR_MONTHS = (7, 8, 9)
# the texts give the holidays' names, not their dates: an answer read from a month says so
NO_HOLIDAY_DATES = (
    "les textes ne donnent pas les dates des congés : la date exacte dépend du calendrier scolaire"
)


def arrival_month(facts: Facts) -> int | None:
    """The month a case names for the pupil's arrival ("arrivé en janvier", "inscrit en mars")."""
    return facts.enrolled_month or facts.event_month


def _date(i: int) -> str:
    return f"le deuxième vendredi qui suit les vacances {LINES[i][0]}"


def later_dates(month: int | None) -> tuple[str, list[Citation]]:
    """The dates a new pupil arriving in `month` may still be communicated on, and the lines saying so."""
    if month is None:
        return f"aux dates suivantes : {ALL_DATES}", [C_DATES]
    maybe, sure = _NEXT[month]
    arrived = f"pour un élève arrivé en {MONTH_NAMES[month - 1]}"
    if month in REGULAR_MONTHS:
        arrived += ", l'échéance normale est le 30 septembre ; si elle est passée"
    if maybe is None and sure is None:
        return (
            f"{arrived}, il n'y a plus de date cette année scolaire : la dernière est {_date(3)}",
            [C_LINES[3]],
        )
    if maybe is None:
        return f"{arrived}, la prochaine date est {_date(sure)}", [C_LINES[sure]]
    if sure is None:
        return (
            f"{arrived}, la dernière date de l'année est {_date(maybe)}, s'il n'est pas encore passé",
            [C_LINES[maybe]],
        )
    return (
        f"{arrived}, la prochaine date est {_date(maybe)} s'il n'est pas encore passé, sinon {_date(sure)}",
        [C_LINES[maybe], C_LINES[sure]],
    )


def later_text(facts: Facts) -> tuple[str, list[Citation]]:
    """The answer on encoding after 30 September (new pupils), with the sentences it states."""
    month = arrival_month(facts)
    dates, lines = later_dates(month)
    if month is not None:
        dates += f" ({NO_HOLIDAY_DATES})"
    text = (
        "après le 30 septembre, de nouveaux élèves peuvent encore être communiqués : si les points "
        "complémentaires ne sont pas entièrement octroyés au 30 septembre (l'Administration en informe les "
        "pouvoirs organisateurs des pôles), le pouvoir organisateur du pôle peut communiquer le nombre de "
        "nouveaux élèves présentant des besoins spécifiques sensori-moteurs nécessitant un suivi important et le "
        "total général de chaque nouvelle évaluation"
    )
    text += f" {dates}" if dates.startswith("aux") else f" ; {dates}"
    return text, [C_NEW, C_LATER, *lines]
