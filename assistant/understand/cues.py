"""Intent cues of the understanding layer, on top of the rules' own triggers and examples.

Each cue is (regex on the normalised question, weight); a rule's cue score is the sum of the weights
of its matching cues, capped at 1. Cues name the question a rule settles; GENERAL marks the wording
of questions that ask for an explanation rather than a fact (they lower every rule's score).
Rule ids that are not registered are simply ignored.
"""

from __future__ import annotations

from assistant.textnorm import ARRETE_NOUN
from assistant.understand.cue_patterns import (
    ASKS_MEANS,
    ASKS_WHEN,
    CONDITION_THEN_ASK,
    LATE,
    MEANS_ASKED_LAST,
    MEANS_OBJECT_LAST,
    TIMELY,
    WHEN,
)
from assistant.understand.cues_course import COURSE_CUES
from assistant.understand.cues_entry import ENTRY_CUES

__all__ = [
    "ASKS_MEANS",
    "ASKS_WHEN",
    "CONDITION_THEN_ASK",
    "CUES",
    "FOREIGN",
    "GENERAL",
    "LATE",
    "MEANS_ASKED_LAST",
    "MEANS_OBJECT_LAST",
    "TIMELY",
    "TOPIC_CUES",
    "WHEN",
]

CUES: dict[str, tuple[tuple[str, float], ...]] = {
    "deadlines.when": (
        (WHEN, 0.35),
        (CONDITION_THEN_ASK, -0.5),  # the date is the condition, not the question
        # "l'arrêté sur les échelles date de quand ?": a text's own date, not an obligation's
        (
            r"\b(de quand date|date de quand|entre\w* en vigueur|produi\w* ses effets|s'applique\w* depuis)\b"
            rf"|(?:\b(?:decret|circulaire)\b|{ARRETE_NOUN}).{{0,40}}\bdate\b.{{0,10}}\bquand\b",
            -1.0,
        ),
        (LATE, 0.35),
        (TIMELY, 0.35),
        (
            r"\bcombien de (jours|temps)\b.{0,30}\b(reste|rest|ai-je|a-t-on|avons)\b|\bil (me|nous) reste\b",
            0.45,
        ),
        (r"\b(listing|siel|coche|liste de l'article 137|article 137|rapport|bilan d'integration)\b", 0.2),
        (r"\b(envoyer|transmettre|encoder|renvoyer|communiquer|signer|rendre)\b", 0.1),
        # validity or entry into force of a text, not a deadline
        (
            r"\b(s'appliqu\w*|en vigueur|valables?|applicables?|produi\w*(-[a-z]+)? (ses|leurs) effets)\b",
            -0.4,
        ),
        (
            r"\bquand (commence\w*|debute\w*|demarre\w*|(prend|prennent) (cours|effet|fin)|se termine\w*)\b",
            -0.4,
        ),
    ),
    "deadlines.calendar": (
        (r"\b(calendrier|agenda|ligne du temps)\b", 0.5),
        (
            r"\b(toutes les|quelles sont les|liste des|principales) (echeances|dates|dates limites|delais)\b",
            0.6,
        ),
    ),
    **ENTRY_CUES,
    **COURSE_CUES,
    "sensorimotor.points": (
        (r"\b(sensori\w*|echelles?)\b", 0.3),
        (r"\b(points?|score|items?|palier|pourcentage|calcul\w*|combien)\b", 0.3),
        (r"\b\d+ items?\b", 0.4),
        (
            r"\b(comment (on )?(calcule|se calcule|est calcule\w*|calculer)|calcul d\w*)\b.{0,40}\b(pourcentage|n|points?|palier|echelle)",
            0.35,
        ),
        # the list of a scale's items or step 2's missing formula: not in the texts, not computed here
        (r"\b(quels sont les|liste des|contenu des?) items\b|\bformule exacte\b|\bratio budgetaire\b", -0.6),
    ),
    "contacts.service": (
        # the mailbox the school must write FROM is a rule of the circular's introduction, not a contact
        (
            r"\b(depuis|a partir de|avec) (quelle|quel|mon|ma|notre|nos|une|leur) (adresse|boite|mail|courriel)"
            r"|\bboite (mail|e-?mail|aux lettres) administrative\b|\b(gmail|hotmail|adresse (privee|personnelle))\b",
            -0.6,
        ),
    ),
    "means.restitution": (
        # what becomes of the means (after a stop) is the restitution rule's question
        (
            r"\b(que deviennent|que devient|qu'advient-il d\w*|on fait quoi d\w*) (les |des |ses |nos )?(moyens|periodes|points)\b",
            0.7,
        ),
        # "l'école m'a parlé des moyens, qu'est-ce qu'ils deviennent ?": the pronoun stands for the means
        (
            r"\b(moyens|periodes|points)\b.{0,80}\b(qu'est-ce qu'(ils|elles) deviennent|(ils|elles) deviennent quoi|"
            r"deviennent-(ils|elles)|que deviennent-(ils|elles)|on en fait quoi|qu'en fait-on)\b",
            0.7,
        ),
        # a stopped IPT and its means as the subject, whatever the verb ("qu'est-ce qui se passe avec
        # les moyens", "quid des périodes", "les points d'une IPT interrompue ?"); an amount is not asked
        # (the IPT is what stops, not an evaluation; "l'arrêté" is the text)
        (
            rf"^(?!.*\bcombien\b)(?!.*(?:{ARRETE_NOUN}))(?:.*\b(ipt|integration)\b.{{0,40}}\b(arret\w*|stopp\w*|"
            r"interromp\w*|pris fin|prend fin|terminee?s?|echoue\w*)\b|.*\b(arret\w*|stopp\w*|interromp\w*|"
            r"terminer|termine)\b.{0,20}\b(l'ipt|l'integration|son ipt|leur ipt)\b)"
            r".{0,100}\b(les|des|nos|ses|leurs) (moyens|periodes|points)\b"
            rf"|^(?!.*\bcombien\b)(?!.*(?:{ARRETE_NOUN})).*\b(les|des|nos|ses|leurs) (moyens|periodes|points)\b.{{0,60}}"
            r"\b(ipt|integration)\b.{0,20}\b(arretee?s?|stoppee?s?|interrompue?s?|terminee?s?|echouee?s?)\b",
            0.6,
        ),
    ),
    # a question on the scales' practice (which one, still in force, kept for whom, counted or not):
    # the scale context, and the topic slot's bonus (fact_bonus.py) says which practice
    "sensorimotor.encoding": ((r"\b(sensori\w*|echelles?)\b", 0.3),),
    "sensorimotor.dossier": (
        (r"\b(dossier|contenir|pieces?|documents?)\b.{0,60}\b(sensori\w*|echelles?|deficience)\b", 0.6),
        (r"\b(sensori\w*|echelles?)\b.{0,60}\b(dossier|jusqu'a quand|jusque quand|s'appliquent)\b", 0.6),
        (r"\b(jusqu'a quand|jusque quand|jusqu'en)\b.{0,40}\b(echelles?|sensori\w*)\b", 0.6),
        (r"\b(echelles?|sensori\w*)\b.{0,60}\b(s'appliqu\w*|en vigueur|valables?|applicables?)\b", 0.4),
    ),
}

# Cues shared by a topic's rules whose ids are not known in advance ("means.*").
TOPIC_CUES: dict[str, tuple[tuple[str, float], ...]] = {
    "means": (
        (r"\bcombien de (periodes|points|moyens|heures)\b", 0.55),
        (MEANS_ASKED_LAST, 0.55),
        (MEANS_OBJECT_LAST, 0.55),
        (
            r"\b(periodes|moyens|encadrement|capital[- ]periodes)\b.{0,60}\b(ipt|integration|eleve|genere|octroy)\w*",
            0.45,
        ),
        (r"\b(restitu\w*|rendre les moyens|moyens restent acquis)\b", 0.55),
        (
            r"\b(coefficient|financement de base|subventions? de fonctionnement|frais de fonctionnement)\b",
            0.6,
        ),
        (r"\b(compt\w*|comptabilis\w*)\b.{0,40}\bordinaire\b", 0.45),
        # carrying unspent funds over to the next year: the texts answer, no means rule does
        (r"\breport\w*\b|\b(pas|non|mal) depens\w*|\bdepens\w* (pas|non)\b|\bsolde\b", -0.6),
    ),
}

# What a question asks for that no rule's conclusion states (an amount in euros, a place, an
# authority, a status, an appeal, Flemish-law notions, collective support, data availability): each
# lowers every rule's score except the listed rules or topics, so the texts answer through retrieval.
FOREIGN: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    (r"\b(montant|euros?|salaires?|baremes?|budget total|cout|couts|prix)\b", -0.6, ()),
    (
        r"\bou (doi\w+|faut-il|peut-on|sont|est|se trouvent?) (etre )?(conserv\w*|gard\w*|archiv\w*|encod\w*|class\w*|stock\w*)"
        r"|\b(conserv\w*|gard\w*|archiv\w*|encode\w*|class\w*|stock\w*) ou\b\W*$|\bl'encode ou\b",
        -0.6,
        (),
    ),
    (
        r"\b(quel service|qui contacter|contacter qui|adresse|telephone|courriel|personne de contact)\b",
        -0.6,
        ("deadlines.when", "contacts.service", "end.who_and_how"),
    ),
    (
        r"\b(sous quelle autorite|autorite|hierarchi\w*|superieur\w*|employeur)\b",
        -0.6,
        ("accompaniment.staff",),
    ),
    (r"\b(nomination|nomme\w*|titre definitif|statut|anciennete)\b", -0.6, ("means.appointments",)),
    (r"\b(recours|faire appel|appel a qui|contester|contestation|mediation)\b", -0.6, ()),
    (r"\b(rapport provisoire|rapport motive|verslag)\b", -0.8, ()),
    (r"\baccompagnement collectif\b", -0.6, ()),
    # a cap on a number of pupils or IPTs ("nombre maximum d'IPT par école", "combien d'élèves au
    # maximum"): no rule states one (the sensori-motor points' cap of 352 is the scales' own)
    (
        r"\b(nombre (maximum|maximal|limite)|(maximum|quota|plafond|limite) d'(ipt|eleves|integrations)"
        r"|combien (d'ipt|d'eleves|d'integrations) (au (maximum|plus)|maximum))\b",
        -0.6,
        ("sensorimotor",),
    ),
    # sharing information about a pupil, professional secrecy (a CPMS that refuses to inform the pôle)
    (
        r"\bsecret (pro|professionnel)\w*|\bpartage (d'|des )(infos|informations|donnees)\b"
        r"|\b(donner|transmettre|communiquer|partager|fournir) (des |les |ses |leurs |aucune )?(infos|informations|donnees|renseignements)\b",
        -0.6,
        (),
    ),
    # notions of the Flemish decree only ("réseau de soutien", "périodes de cours"): never an FWB rule's
    (r"\breseaux? de soutien\b|\b(periodes|heures) de cours\b", -0.6, ()),
    # the dates of the school holidays themselves (not an obligation due around them)
    (
        r"\bquand (commence\w*|debute\w*|finiss\w*|se termine\w*|sont|ont lieu|tombent) (les )?(vacances|conges)\b"
        r"|\b(dates?|debut|fin) (des|de) (vacances|conges)\b",
        -0.6,
        (),
    ),
    (r"\b(chiffres|donnees|statistiques)\b.{0,30}\b(population|comptage|d'eleves)\b", -0.6, ()),
)

# Questions asking for an explanation, a definition or advice: not a rule's fact.
GENERAL = (
    r"^(qu'est-ce qu(?!'(il|ils|elles?|on)\b)|c'est quoi|que signifie|que veut dire|definition|definissez|expliquez|explique)",
    r"\bqu'est-ce qu'(un|une|on entend)\b",
    r"\b(comment se passe|comment fonctionne|comment collaborer|collaboration|role des parents|"
    r"conseils?|bonnes pratiques|exemples?|pourquoi)\b",
    r"\b(pedagogi\w*|amenagements? raisonnables?|logopede|kine|service d'accompagnement|aviq|phare|iriscare)\b",
)
