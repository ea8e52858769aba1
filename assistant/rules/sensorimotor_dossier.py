"""What the file of a pupil with a sensori-motor scale must contain (Pacte report, "Financement"), when
a new evaluation is needed and until when the scales apply (arrêté of 15 September 2022, art. 11/4 of
the arrêté of 12 May 2022).
"""

from __future__ import annotations

import datetime as dt

from assistant.models import RuleResult
from assistant.rules.base import rule
from assistant.rules.cite import ARRETE_2022, cite, pacte, param_cite
from assistant.rules.facts import Facts
from assistant.rules.params import param
from assistant.rules.school_year import reference_school_year
from assistant.rules.sensorimotor_scales import validity

FIN = "partie IV, Financement, Q&R "
ART_11_4 = "art. 2 (art. 11/4 de l'arrêté du 12 mai 2022)"
C_DOSSIER = pacte(
    FIN + "« Que doit contenir le dossier d’un élève qui génère des moyens complémentaires “… »",
    "Pour pouvoir prétendre à une échelle de besoins sensori-moteurs, un élève doit disposer d’un bilan médical. "
    "Le dossier de l’élève doit donc contenir ce bilan avant la passation de l’échelle. Il doit également contenir "
    "l’échelle complétée ainsi que le protocole d’aménagements raisonnables ou le protocole d’intégration de l’élève concerné.",
)
C_REEVAL = cite(
    ARRETE_2022,
    ART_11_4,
    "Une nouvelle évaluation pour un élève déjà concerné par le financement complémentaire relatif à la prise en "
    "charge des besoins spécifiques sensori-moteurs nécessitant un suivi important doit être réalisée uniquement si "
    "la situation de l'élève a évolué.",
)
C_KEEP = cite(
    ARRETE_2022,
    ART_11_4,
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
    notes, data = validity(year)
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
            param_cite("sensorimotor.effective"),
            param_cite("sensorimotor.encoding_deadline"),
            param_cite("sensorimotor.valid_until"),
            C_REEVAL,
            C_KEEP,
        ],
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        notes=notes,
        school_year=year,
        data=data,
    )
