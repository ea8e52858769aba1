"""How the accompaniment is practised: when it takes place (circular point 5, question 7) and whether a
partner special school may go on accompanying a pupil whose IPT was transferred to the pôle (Pacte,
"Phase transitoire").

Epilogue: what the texts leave implicit
- Question 7 names the ordinary school's opening hours, Wednesday afternoon included: a time outside
  them (evenings, weekends, holidays) is read as not a time the accompaniment is organised.
- The Pacte's agreement ("moyennant la conclusion d'un avenant pour la rétrocession des points") is
  asked about the 2024 start of the year, for a partner school of the pôle, during the transition;
  from 2026-2027 the circular says the accompaniment is provided exclusively by members of the pôles'
  multidisciplinary teams, so the arrangement is not carried past 2025-2026.
"""

from __future__ import annotations

import datetime as dt

from assistant.models import RuleResult
from assistant.rules.accompaniment_values import ONLY_POLES_YEAR
from assistant.rules.base import rule
from assistant.rules.cite import circ, pacte, param_cite
from assistant.rules.facts import Facts
from assistant.rules.polarity import lead
from assistant.rules.school_year import first_year, reference_school_year

C_WHEN = circ(
    "point 5, question 7",
    "Pendant les heures d’ouverture de l’école de l’enseignement ordinaire, le mercredi après-midi compris.",
)
C_AVENANT = pacte(
    "partie IV, Phase transitoire, Q&R « À la rentrée 2024, une école partenaire peut-elle garder un élève en intégration… »",
    "Oui, une école partenaire peut convenir avec son pôle qu’elle poursuivra l’accompagnement de l’élève "
    "même si l’intégration permanente totale a été transférée au pôle, moyennant la conclusion d’un avenant "
    "pour la rétrocession des points.",
)
WHEN_TEXT = (
    "l'accompagnement est organisé pendant les heures d'ouverture de l'école d'enseignement ordinaire, "
    "le mercredi après-midi compris"
)
# Facts.support_time -> whether the accompaniment may take place then
ALLOWED = {"mercredi_apres_midi": True, "heures_ouverture": True, "hors_ouverture": False}


@rule(
    "accompaniment.when",
    topic="accompaniment",
    title="Quand l'accompagnement d'un élève en IPT est-il organisé ?",
    triggers=(
        r"\b(accompagnement|accompagner|intervention|suivi)\b.{0,60}\b(mercredi|samedi|dimanche|week-?end|vacances|"
        r"conges|soir|heures d'ouverture|horaires?)\b",
        r"\bquand\b.{0,30}\baccompagnement\b.{0,30}\b(organise|a lieu|se fait|se deroule)\b",
        r"\b(a quel moment|quels? (jours?|moments?|horaires?))\b.{0,40}\baccompagn\w*\b",
    ),
    decisive=("support_time",),
    examples=(
        "Quand l'accompagnement est-il organisé ?",
        "L'accompagnement peut-il avoir lieu le mercredi après-midi ?",
    ),
)
def when(facts: Facts, today: dt.date) -> RuleResult:
    year = reference_school_year(facts, today)
    allowed = ALLOWED.get(facts.support_time or "")
    # "Pendant les heures d’ouverture de l’école de l’enseignement ordinaire, le mercredi après-midi compris."
    text = WHEN_TEXT[0].upper() + WHEN_TEXT[1:] + "."
    if allowed is False:
        text = (
            "Les textes situent l'accompagnement pendant les heures d'ouverture de l'école d'enseignement "
            "ordinaire (le mercredi après-midi compris), pas en dehors de celles-ci."
        )
    return RuleResult(
        rule_id="accompaniment.when",
        conclusion=lead(facts, allowed, text),
        citations=[C_WHEN],
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        school_year=year,
        data={"allowed": allowed, "support_time": facts.support_time, "wednesday_afternoon": True},
    )


@rule(
    "accompaniment.after_transfer",
    topic="accompaniment",
    title="Une école partenaire peut-elle continuer à accompagner un élève dont l'IPT a été transférée au pôle ?",
    triggers=(
        r"\b(transferee?s?|retrocedee?s?|cedee?s?|attribues? au pole)\b.{0,120}\b(continuer|poursuivre|garder|conserver)\b",
        r"\b(continuer|poursuivre|garder|conserver)\b.{0,80}\b(accompagn\w*|l'eleve|suivre)\b.{0,80}\b(transferee?s?|retrocedee?s?|attribues? au pole)\b",
    ),
    decisive=("school_year", "special_school_place"),
    examples=(
        "L'IPT a été transférée au pôle, notre école partenaire peut-elle continuer à accompagner l'élève ?",
        "Une école partenaire peut-elle garder un élève en IPT si les points sont attribués au pôle ?",
    ),
)
def after_transfer(facts: Facts, today: dt.date) -> RuleResult:
    year = reference_school_year(facts, today)
    y = first_year(year)
    cites = [C_AVENANT]
    if y >= ONLY_POLES_YEAR:
        # "À partir de l’année scolaire 2026-27, l’accompagnement des élèves en intégration permanente totale
        # sera exclusivement assuré par des membres des équipes pluridisciplinaires des pôles territoriaux."
        allowed: bool | None = False
        text = (
            f"En {year}, l'accompagnement des élèves en IPT est exclusivement assuré par des membres des équipes "
            "pluridisciplinaires des pôles territoriaux ; l'avenant qui permettait à une école partenaire de "
            "poursuivre l'accompagnement d'une IPT transférée relevait de la période transitoire (jusqu'en 2025-2026)."
        )
        cites.insert(0, param_cite("accompaniment.only_poles_from"))
    else:
        # "Oui, une école partenaire peut convenir avec son pôle qu’elle poursuivra l’accompagnement de l’élève même
        # si l’intégration permanente totale a été transférée au pôle, moyennant la conclusion d’un avenant …"
        allowed = None if facts.special_school_place == "aucun" else True
        text = (
            f"En {year}, une école partenaire peut convenir avec son pôle qu'elle poursuivra l'accompagnement de "
            "l'élève même si l'IPT a été transférée au pôle, moyennant la conclusion d'un avenant pour la "
            "rétrocession des points."
        )
        if allowed is None:
            text += " Le rapport du Pacte vise une école partenaire du pôle, pas une école qui n'appartient à aucun pôle."
    return RuleResult(
        rule_id="accompaniment.after_transfer",
        conclusion=lead(facts, allowed, text),
        steps=["Dès 2026-2027, seuls les membres des équipes des pôles accompagnent les IPT."],
        citations=cites,
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        school_year=year,
        data={"allowed": allowed, "avenant": True, "school_year": year},
    )


C_POLE_STAFF = circ(
    "annexe 3",
    "le membre de l’équipe pluridisciplinaire du pôle chargé de l’accompagnement reste placé sous la supervision "
    "du coordonnateur du pôle et la seule autorité de la direction de l’école siège du pôle dont il relève",
)
C_SPECIAL_STAFF = circ(
    "point 5, question 8",
    "Le personnel reste sous la responsabilité de la direction de l’école d’enseignement spécialisé. Cependant, la "
    "gestion de la vie scolaire est sous la responsabilité de la direction de l’école d’enseignement ordinaire "
    "selon les modalités définies dans le protocole d’IPT.",
)
POLE_STAFF = (
    "le membre de l'équipe pluridisciplinaire du pôle qui accompagne l'élève reste placé sous la supervision du "
    "coordonnateur du pôle et sous la seule autorité de la direction de l'école siège du pôle dont il relève "
    "(protocole d'IPT, annexe 3)"
)
SPECIAL_STAFF = (
    "le personnel d'une école spécialisée qui accompagne une IPT reste sous la responsabilité de la direction de "
    "l'école d'enseignement spécialisé, la gestion de la vie scolaire relevant de la direction de l'école "
    "d'enseignement ordinaire selon le protocole d'IPT (point 5, question 8)"
)


@rule(
    "accompaniment.staff",
    topic="accompaniment",
    title="Sous quelle autorité est placé le personnel qui accompagne un élève en IPT ?",
    triggers=(
        r"\b(autorite|superieur\w* hierarchique|hierarchi\w*|responsables? (du|des) (personnel|membres|enseignants)|supervision"
        r"|supervise)\b.{0,80}"
        r"\b(accompagn\w*|pole|membres?|personnel|enseignant\w*|equipe)\b",
        r"\b(accompagn\w*|membres?|personnel|enseignant\w*|equipe)\b.{0,80}\b(autorite|superieur\w* hierarchique|supervis\w*)\b",
    ),
    decisive=("school_year",),
    examples=(
        "Sous quelle autorité est placé le membre de l'équipe du pôle qui accompagne l'élève ?",
        "Qui est responsable du personnel d'accompagnement ?",
    ),
)
def staff(facts: Facts, today: dt.date) -> RuleResult:
    year = reference_school_year(facts, today)
    pole_only = first_year(year) >= ONLY_POLES_YEAR
    # "le membre de l’équipe pluridisciplinaire du pôle chargé de l’accompagnement reste placé sous la supervision
    # du coordonnateur du pôle et la seule autorité de la direction de l’école siège du pôle dont il relève"
    text = POLE_STAFF[0].upper() + POLE_STAFF[1:]
    if not pole_only:
        # "Le personnel reste sous la responsabilité de la direction de l’école d’enseignement spécialisé."
        text += f". Pour une IPT encore suivie par une école spécialisée en {year}, {SPECIAL_STAFF}"
    return RuleResult(
        rule_id="accompaniment.staff",
        conclusion=text + ".",
        citations=[C_POLE_STAFF, *([] if pole_only else [C_SPECIAL_STAFF])],
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        school_year=year,
        data={
            "pole_staff_authority": "direction de l'école siège",
            "pole_staff_supervision": "coordonnateur du pôle",
        },
    )


C_TRANSITION = circ(
    "introduction",
    "Le dispositif des pôles s’accompagne d’une période transitoire prévue jusqu’à la fin de l’année scolaire "
    "2025-2026.",
)
C_TWO_PHASES = circ(
    "introduction",
    "Concrètement, seules les écoles spécialisées qui ne sont pas intégrées dans un pôle (en tant qu’école siège, "
    "école partenaire ou école partenaire spécifique) peuvent encore accompagner les élèves en IPT pour cette "
    "année scolaire 2025-2026.",
)


@rule(
    "accompaniment.transition",
    topic="accompaniment",
    title="Quand se termine la période transitoire des pôles ?",
    triggers=(
        r"\b(periode|phase) (transitoire|de transition)\b",
        r"\bfin de la (transition|periode transitoire)\b",
        # the year from which only the pôles accompany: "à partir de quelle année toutes les IPT …"
        r"\b(a partir de|des|depuis) (quand|quelle annee|quelle rentree)\b[^?]{0,60}"
        r"\b(toutes (les )?(ipt|integrations)|(seuls?|uniquement|exclusivement|plus que)\b[^?]{0,20}\bpoles?)\b",
    ),
    decisive=("school_year",),
    examples=(
        "Quand se termine la période transitoire des pôles ?",
        "La période transitoire, c'est jusqu'à quand ?",
    ),
)
def transition(facts: Facts, today: dt.date) -> RuleResult:
    year = reference_school_year(facts, today)
    last = param_cite("accompaniment.transition_last_year")
    # "Le dispositif des pôles s’accompagne d’une période transitoire prévue jusqu’à la fin de l’année
    # scolaire 2025-2026. À partir de l’année scolaire 2026-27, l’accompagnement ... exclusivement ... pôles"
    end = (
        "la période transitoire des pôles se termine à la fin de l'année scolaire 2025-2026 (2025-2026 en est la "
        "dernière année) ; à partir de 2026-2027, l'accompagnement des élèves en IPT est exclusivement assuré "
        "par les équipes pluridisciplinaires des pôles territoriaux"
    )
    if first_year(year) >= ONLY_POLES_YEAR:
        text = f"En {year}, la période transitoire est terminée : {end}."
    else:
        text = f"En {year} : {end}."
    return RuleResult(
        rule_id="accompaniment.transition",
        conclusion=text[0].upper() + text[1:],
        steps=[
            f"Année scolaire considérée : {year}.",
            "En 2025-2026, seules les écoles spécialisées hors pôle (ou d'un autre pôle que celui de l'école "
            "ordinaire) gardent encore leurs IPT débutées avant le 29/08/2022.",
        ],
        citations=[C_TRANSITION, last, param_cite("accompaniment.only_poles_from"), C_TWO_PHASES],
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        school_year=year,
        data={"school_year": year, "last_year": "2025-2026", "only_poles_from": "2026-2027"},
    )
