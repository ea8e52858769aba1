"""The typed facts a rule may need, as extracted from a question (understand.py) or a conversation.

Every field is optional: a rule answers conditionally (or asks one clarifying question) when a
decisive fact is missing. Add new facts in the section of your topic, with a one-line comment.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Level = Literal["maternel", "primaire", "secondaire"]
SpecialSchoolPlace = Literal[
    "siege",  # école siège d'un pôle
    "partenaire",  # école partenaire d'un pôle
    "partenaire_specifique",  # école partenaire spécifique (du pôle de l'école ordinaire ou d'un autre)
    "aucun",  # école spécialisée qui n'est intégrée dans aucun pôle
]


class Facts(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # --- general -------------------------------------------------------------------------------
    reference_date: dt.date | None = None  # "as of" date; default: today
    school_year: str | None = None  # "2025-2026"
    level: Level | None = None  # maternel / primaire / secondaire
    degree: int | None = None  # degré of secondary school (1, 2, 3)
    pupil_type: int | None = None  # type d'enseignement spécialisé 1..8
    event_date: dt.date | None = None  # a date the question is about (arrêt, début…)
    event_month: int | None = None  # "en novembre" -> 11
    # "et si c'est après ?", "et avant le 30 ?": the case's side of the threshold the last answer named
    threshold_side: Literal["avant", "apres"] | None = None
    threshold_day: int | None = None  # the bare day said with it ("avant le 30" -> 30), no month
    enrolled_month: int | None = (
        None  # "inscrit en novembre": the month of enrolment in special education, no day
    )

    # --- deadlines -------------------------------------------------------------------------------
    deadline_key: str | None = None  # which obligation (see rules/deadlines.py)

    # --- CPMS roles ------------------------------------------------------------------------------
    stage: str | None = (
        None  # proposition, projet, protocole, pia, bilan, evaluation, arret, attestation, retour
    )
    cpms_side: Literal["specialise", "ordinaire"] | None = None
    # what a closed question asks the CPMS to do: sign a document, give an opinion, propose the IPT
    cpms_act: Literal["signature", "avis", "initiative", "contrainte"] | None = None
    # "avec quel document / quelle annexe formalise-t-on la proposition ?": the form a step uses
    asks_document: bool | None = None

    # --- orientation certificate -------------------------------------------------------------------
    years_in_ipt: float | None = None  # time spent in IPT in an ordinary school, in years
    more_than_two_years: bool | None = None
    return_to_special: bool | None = None  # the pupil goes back to special education
    never_in_ipt: bool | None = None  # the case says the pupil has had no IPT ("jamais intégré")
    change_of_type: bool | None = None

    # --- eligibility -------------------------------------------------------------------------------
    attends_special_since_15_october: bool | None = None
    attends_regularly: bool | None = None  # False: enrolled but hardly ever attends ("presque jamais")
    sign_language_immersion: bool | None = None
    proposer: str | None = None  # parents, cpms, ecole_specialisee, ecole_ordinaire, conseil_de_classe…
    opponent: str | None = None  # the partner against the IPT ("les parents sont contre"), same values

    # --- who accompanies ---------------------------------------------------------------------------
    ipt_start: dt.date | None = None  # date the IPT started
    special_school_place: SpecialSchoolPlace | None = None
    same_pole_as_ordinary: bool | None = None  # the special school is in the ordinary school's pôle
    followed_by: Literal["pole"] | None = None  # the question says a pôle accompanies it ("dans e-pôles")
    # when the accompaniment would take place ("le mercredi après-midi", "pendant les vacances")
    support_time: Literal["mercredi_apres_midi", "heures_ouverture", "hors_ouverture"] | None = None

    # --- means -----------------------------------------------------------------------------------
    means_kind: str | None = None  # periodes, points, ordinaire, fonctionnement, coefficient, restitution
    pupil_count: int | None = None  # how many pupils/IPTs an amount is asked for ("notre pôle suit 5 IPT")

    # --- end of an IPT -----------------------------------------------------------------------------
    end_when: Literal["cours_annee", "fin_annee"] | None = None
    end_cause: str | None = None
    # what a question on a stop asks: who may ask (who), who decides (decide), the date it ends (when),
    # the deadline to send (deadline), the procedure/documents (procedure), the motive (motive); empty: all
    end_aspects: list[str] = Field(default_factory=list)

    # --- sensori-motor scales ------------------------------------------------------------------------
    scales: list[tuple[int, int]] = Field(default_factory=list)  # (items X, score W) per scale
    scale_points: list[int] = Field(default_factory=list)  # scales given directly in points (44, 88…)
    scale_percent: float | None = None  # a ratio N given directly ("N tombe pile à 60 %")
    # a palier named in a closed question ("ça atteint le 4e palier ?"), and whether reaching it suffices
    asked_palier: int | None = None
    palier_at_least: bool | None = None
    scale_items: int | None = None  # an item count X given without a score ("une échelle de 20 items")
    # "peuvent-elles être mutualisées ?" True / "elles ne peuvent pas être mutualisées" False: the
    # statement about pooling the special school's periods that a closed question checks
    pooling: bool | None = None
    scale_score: int | None = (
        None  # a total W given alone ("et si le total est de 31 ?"): replaces a carried one
    )
    # what a question on the scales' practice asks: who encodes / evaluate again / several scales
    scale_topic: (
        Literal[
            "encodage",
            "non_encode",
            "reevaluation",
            "plusieurs",
            "sans_plafond",
            "validite",
            "conservation",
            "transfert",
        ]
        | None
    ) = None
    situation_evolved: bool | None = None  # "sa situation n'a pas changé" (a new evaluation is needed?)

    # --- the question's form ---------------------------------------------------------------------
    yes_no: bool | None = (
        None  # a closed question ("peut-il… ?", "faut-il… ?", "le pôle reçoit 528 points ?")
    )
    # what a closed question asks, when its "Oui/Non" is not the rule's main boolean: an obligation
    # ("est-on obligé de…"), a permission ("peut-on…"), a certificate's validity ("est-elle encore
    # valable ?"), whether the pôle is the actor ("c'est au pôle de la rédiger ?") or whether one must
    # wait for a later date ("faut-il attendre la fin de l'année pour l'arrêter ?"); with no modal, a
    # verb that keeps ("l'école garde les périodes ?") or gives back ("on perd les points ?")
    # or whether a case yields points at all ("génère-t-elle des points ?"); "dispense" asks whether
    # one may do without something ("peut-on se passer de la proposition ?"), the inverse of "obligation"
    focus: (
        Literal[
            "obligation", "dispense", "permission", "validity", "pole", "wait", "keep", "lose", "gets_points"
        ]
        | None
    ) = None
    # "on le fait une seule fois ?" (once) / "faut-il le refaire chaque année ?" (each): a closed
    # question on whether an obligation recurs
    asks_recurrence: Literal["once", "each"] | None = None
    # "on m'a dit que c'était le 30 septembre, c'est bien ça ?": the user reports a fact to confirm
    claim: bool | None = None
    # "ça bloque l'IPT ?", "le pôle peut-il refuser ?": a closed question on whether someone blocks or
    # refuses, the inverse of "l'IPT est-elle possible ?" (answered Oui/Non on the blocking itself)
    asks_block: bool | None = None
    # "la directrice décide seule de l'arrêt ?", "le pôle peut-il l'arrêter unilatéralement ?": a closed
    # question whether one actor stops the IPT alone (the decision is collegial)
    sole_actor: bool | None = None
