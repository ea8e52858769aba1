"""Sensori-motor scales in practice (arrêté of 15 September 2022, art. 11/1 § 2 and 11/4): who encodes
them, where and until when, what happens to a result not encoded, when a pupil must be evaluated
again, and whether several scales may be applied to one pupil.

Rule `sensorimotor.encoding`; `Facts.scale_topic` says which of these the question asks
(encodage / non_encode / reevaluation / plusieurs / sans_plafond), and that sentence comes first; a
closed question is answered Oui (several scales) or Non (a late result counts, no cap).
"""

from __future__ import annotations

import datetime as dt

from assistant.models import RuleResult
from assistant.rules.base import rule
from assistant.rules.cite import ARRETE_2022, cite, param_cite
from assistant.rules.facts import Facts
from assistant.rules.params import param
from assistant.rules.polarity import lead
from assistant.rules.school_year import first_year, reference_school_year
from assistant.rules.sensorimotor_dossier import ART_11_4, C_KEEP
from assistant.rules.sensorimotor_later import (
    C_DATES,
    C_LATER,
    C_NEW,
    C_PACTE_30,
    C_TRANSFER,
    REGULAR_MONTHS,
    TRANSFER,
    later_text,
)

C_WHO = cite(
    ARRETE_2022,
    ART_11_4,
    'Pour être valablement transmis, les éléments visés au présent article sont encodés dans l\'application " e-pôles " '
    "par le directeur de l'école siège et/ou le coordonnateur et/ou le délégué du pouvoir organisateur du pôle "
    "territorial avant les échéances énoncées aux paragraphes 1er et 2.",
)
C_NOT_COUNTED = cite(
    ARRETE_2022,
    ART_11_4,
    "Tout résultat qui n'est pas communiqué selon les modalités visées à l'alinéa 1er n'est pas pris en compte pour "
    "l'ouverture du droit au subventionnement et l'octroi des points complémentaires au pôle territorial.",
)
C_DEADLINE = cite(
    ARRETE_2022,
    ART_11_4,
    "Les éléments visés à l'alinéa 1er sont communiqués avant le 30 septembre de l'année scolaire en cours.",
)
C_REEVAL = cite(
    ARRETE_2022,
    ART_11_4,
    "Une nouvelle évaluation pour un élève déjà concerné par le financement complémentaire relatif à la prise en "
    "charge des besoins spécifiques sensori-moteurs nécessitant un suivi important doit être réalisée uniquement si "
    "la situation de l'élève a évolué. Si la situation de l'élève concerné n'a pas évolué, le total général de la "
    "dernière évaluation réalisée est communiqué.",
)
C_SEVERAL = cite(
    ARRETE_2022,
    "art. 2 (art. 11/1 de l'arrêté du 12 mai 2022)",
    "Toutefois, dans les limites de points fixées par l'article 6.2.5-4, en cas de déficiences sensori-motrices, "
    "plusieurs échelles d'évaluation peuvent être appliquées pour évaluer l'ampleur des besoins spécifiques "
    "sensori-moteurs d'un même élève.",
)

ENCODING = (
    "les échelles sont encodées dans l'application e-pôles par le directeur de l'école siège et/ou le coordonnateur "
    "et/ou le délégué du pouvoir organisateur du pôle territorial, avant le 30 septembre de l'année scolaire en cours "
    "(puis, si les points complémentaires ne sont pas entièrement octroyés au 30 septembre, pour de nouveaux élèves, "
    "le deuxième vendredi qui suit les vacances d'automne, d'hiver, de détente et de printemps) ; un résultat qui n'est pas encodé ainsi n'est pas pris en compte pour l'ouverture du droit au "
    "subventionnement et l'octroi des points complémentaires au pôle"
)
REEVALUATION = (
    "pas chaque année : une nouvelle évaluation doit être réalisée uniquement si la situation de l'élève a évolué ; "
    "sinon, le total général de la dernière évaluation réalisée est communiqué"
)
SEVERAL = (
    "l'échelle appliquée doit correspondre aux besoins spécifiques prégnants ou à la déficience principale de "
    "l'élève ; toutefois, en cas de déficiences sensori-motrices, plusieurs échelles d'évaluation peuvent être "
    "appliquées au même élève, dans les limites de points : leurs points s'additionnent sans pouvoir dépasser "
    "{cap} points complémentaires"
)
# after a late case's dates: who encodes, and what a result not encoded becomes
WHO_LATE = (
    "ils sont encodés dans l'application e-pôles par le directeur de l'école siège et/ou le coordonnateur et/ou le "
    "délégué du pouvoir organisateur du pôle territorial ; un résultat qui n'est pas encodé ainsi n'est pas pris en "
    "compte pour l'ouverture du droit au subventionnement et l'octroi des points complémentaires au pôle"
)
KEEP = (
    "le pouvoir organisateur du pôle territorial tient les échelles d'évaluation dûment complétées à la disposition "
    "des services du Gouvernement et du Service général de l'Inspection"
)
VALIDITY = (
    "dans l'attente d'un nouveau décret (arrêt de la Cour constitutionnelle), les échelles restent en vigueur au plus "
    "tard jusqu'en {until}"
)
C_MAIN = cite(
    ARRETE_2022,
    "art. 2 (art. 11/1 de l'arrêté du 12 mai 2022)",
    "L'échelle d'évaluation appliquée doit correspondre aux besoins spécifiques prégnants ou à la déficience "
    "principale de l'élève en regard des apprentissages à réaliser.",
)


@rule(
    "sensorimotor.encoding",
    topic="sensorimotor",
    title="Qui encode les échelles sensori-motrices, faut-il les refaire, peut-on en appliquer plusieurs ?",
    triggers=(
        r"\bqui\b.{0,30}\b(encod\w*|communiqu\w*|transm\w*)\b.{0,60}\b(echelles?|sensori\w*)",
        r"\b(pas|non|jamais|oubli\w*)\b.{0,20}\b(encod\w*|communiqu\w*)\b.{0,60}\b(echelles?|sensori\w*|e-poles)",
        r"\b(echelles?|sensori\w*)\b.{0,60}\b(pas|non|jamais) (encod\w*|communiqu\w*)",
        r"\b(n'encod\w*|ne (sont|est) pas encod\w*|non encod\w*|pas encod\w*)\b",
        r"\b(refaire|repasser|reevalu\w*|nouvelle evaluation|chaque annee)\b.{0,60}\b(echelles?|sensori\w*)",
        r"\b(echelles?|sensori\w*)\b.{0,60}\b(refaire|repasser|reevalu\w*|nouvelle evaluation)",
        r"\bplusieurs echelles\b|\b(deux|2|trois|3) echelles\b.{0,40}\b(meme eleve|appliqu\w*|cumul\w*)",
        # a way of sending the scales other than the encoding ("par courriel", "en version papier")
        r"\bechelles?\b.{0,80}\b(par (mail|e-mail|email|courriel|courrier|la poste|fax)|sur papier|version papier"
        r"|au lieu d(e |')|plutot que)\b",
        r"\b(additionn\w*|cumul\w*)\b.{0,40}\bechelles\b|\bechelles\b.{0,60}\b(sans (aucun )?(plafond|limite|maximum)|plafond)\b",
    ),
    decisive=("scale_topic",),
    examples=(
        "Qui encode les échelles sensori-motrices dans e-pôles ?",
        "Faut-il refaire l'échelle chaque année pour un élève déjà financé ?",
        "Peut-on appliquer plusieurs échelles au même élève ?",
    ),
    # who encodes, where, by when, what a late or missing result is worth, a new evaluation, several
    # scales and their cap, validity, keeping the grids ("les points sont-ils recalculés ?" is not)
    settles=(
        r"\b(encod\w*|re-?encod\w*|communiqu\w*|transm\w*|envo\w*|e-poles|mail|courriel|poste|papier|qui|quand|"
        r"avant|date|delai|temps|refai\w*|refaire|repass\w*|re-?evalu\w*|nouvelle evaluation|chaque annee|"
        r"plusieurs|deux|2|cumul\w*|additionn\w*|plafond|limite|maximum|depass\w*|rapport\w*|valable\w*|"
        r"vigueur|application|utilis\w*|valid\w*|conserv\w*|garde\w*|jeter|transf\w*|compt\w*|accord\w*|"
        r"oubli\w*|retard|tard|appliqu\w*)\b",
    ),
)
def encoding(facts: Facts, today: dt.date) -> RuleResult:
    year = reference_school_year(facts, today)
    cap = param("sensorimotor.cap.value")
    until = param("sensorimotor.valid_until.value")
    several = SEVERAL.format(cap=cap)
    validity = VALIDITY.format(until=until)
    topic = facts.scale_topic or "encodage"
    later = first_year(year) > first_year(until)
    if topic == "validite" and later:  # a year after the last one the texts cover: say so
        validity += f" ; pour {year}, vérifiez le nouveau décret, absent des textes dont je dispose"
    # the sentence the question asks for, then, for the encoding, what the text adds (not counted if late)
    # a pupil arriving from October on is past the 30 September deadline; one arriving in July-September is
    # under it, unless the question says the deadline was missed
    late = facts.deadline_key == "echelles_sensori_complements" or (
        topic == "encodage"
        and facts.enrolled_month is not None
        and facts.enrolled_month not in REGULAR_MONTHS
    )
    order = {
        "encodage": [ENCODING],
        "non_encode": [ENCODING],
        "reevaluation": [REEVALUATION],
        "plusieurs": [several],
        "sans_plafond": [several],
        "validite": [validity],
        "conservation": [KEEP],
        "transfert": [TRANSFER, REEVALUATION],
    }[topic]
    if late and topic in ("encodage", "non_encode"):
        later, later_cites = later_text(facts)
        order = [later, WHO_LATE]
    text = ". ".join(s[0].upper() + s[1:] for s in order) + "."
    # "plusieurs échelles ?" yes; "un résultat non encodé à temps compte-t-il ?" no ("n'est pas pris en compte")
    # and "sans plafond ?" no ("sans pouvoir dépasser 352 points"); "encore en vigueur en 2025-2026 ?" yes
    # "faut-il tout ré-encoder l'an prochain ?" no ("sans devoir ré-encoder")
    answer = {"plusieurs": True, "non_encode": False, "sans_plafond": False, "transfert": False}.get(topic)
    if topic == "validite" and not later:
        answer = True
    if late and topic == "encodage" and facts.focus == "permission":  # "peut-on encore encoder ?"
        answer = True
    if topic == "reevaluation" and facts.situation_evolved is not None:
        # "une nouvelle évaluation … doit être réalisée uniquement si la situation de l'élève a évolué"
        answer = facts.situation_evolved
        if facts.situation_evolved is False:
            text = text.replace("Pas chaque année : ", "Pas si la situation n'a pas évolué : ", 1)
        else:  # evolved: a new evaluation is due, "pas chaque année" would read as a no
            text = text.replace("Pas chaque année : une", "Une", 1)
    elif topic == "reevaluation" and facts.focus == "obligation":
        # "faut-il repasser l'échelle ?" with no word on the situation: not required as such
        answer = False
        text = text.replace("Pas chaque année : une", "Une", 1)
    encoding = [C_WHO, C_DEADLINE, C_PACTE_30, C_LATER, C_NEW, C_DATES, C_NOT_COUNTED]
    cites = {
        "encodage": encoding,
        "non_encode": [C_NOT_COUNTED] + encoding[:-1],
        "reevaluation": [C_REEVAL],
        "plusieurs": [C_MAIN, C_SEVERAL, param_cite("sensorimotor.cap")],
        "sans_plafond": [C_SEVERAL, param_cite("sensorimotor.cap"), C_MAIN],
        "validite": [param_cite("sensorimotor.valid_until")],
        "conservation": [C_KEEP],
        "transfert": [C_TRANSFER, C_REEVAL],
    }[topic]
    if late and topic in ("encodage", "non_encode"):
        cites = later_cites + [C_WHO, C_NOT_COUNTED]
    return RuleResult(
        rule_id="sensorimotor.encoding",
        conclusion=lead(facts, answer, text),
        steps=["Arrêté du 15 septembre 2022, art. 11/1 § 2 et 11/4 de l'arrêté du 12 mai 2022."],
        citations=cites,
        facts=facts.model_dump(exclude_defaults=True, mode="json"),
        school_year=year,
        data={
            "scale_topic": topic,
            "encoded_in": "e-pôles",
            "deadline": "30/09",
            "cap": cap,
            "valid_until": until,
        },
    )
