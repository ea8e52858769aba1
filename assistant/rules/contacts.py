"""Whom to ask: the circular's "Personnes à contacter" (a rule, and the abstention's contacts).

The circular names two services: the special-education service for IPTs outside the pôles, and the
pôles service for IPTs via a pôle. From 2026-2027 every IPT is accompanied by a pôle (introduction of
the circular), so questions without a cue go to the pôles service from that school year on.

Epilogue — what the texts leave implicit: the circular lists these people for 2025-2026; the texts
do not say who answers in later years. From 2026-2027 the answer adds a note to check the current
year's circular.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant.models import Citation, RuleResult
from assistant.rules.base import rule
from assistant.rules.calendar import school_year_of
from assistant.rules.cite import circ
from assistant.rules.facts import Facts
from assistant.textnorm import canonical

LOCATOR = "personnes à contacter"
# « À partir de l’année scolaire 2026-27, l’accompagnement des élèves en intégration permanente totale
# sera exclusivement assuré par des membres des équipes pluridisciplinaires des pôles territoriaux. »
POLES_ONLY_FROM_YEAR = "2026-2027"
POLES_ONLY = circ(
    "introduction",
    "À partir de l’année scolaire 2026-27, l’accompagnement des élèves en intégration permanente totale "
    "sera exclusivement assuré par des membres des équipes pluridisciplinaires des pôles territoriaux.",
)


@dataclass(frozen=True)
class Contact:
    service: str
    scope: str
    email: str
    phone: str
    citation: Citation


SPECIAL_EDUCATION = Contact(
    service="Service de l’Enseignement spécialisé",
    scope="pour toute question relative à une IPT hors pôle territorial",
    email="integration_specialise@cfwb.be",
    phone="02/690.84.07",
    citation=circ(
        LOCATOR,
        # ➢ Service de l’Enseignement spécialisé — Pour toute question relative à une IPT hors pôle territorial
        "Service de l’Enseignement spécialisé Pour toute question relative à une IPT hors pôle "
        "territorial Identité Coordonnées PIRSOUL Stéphanie 02/690.84.07 integration_specialise@cfwb.be",
    ),
)

POLES = Contact(
    service="Service des pôles territoriaux",
    scope="pour toute question relative à une IPT via un pôle territorial",
    email="poles.territoriaux@cfwb.be",
    phone="02/413.30.52",
    citation=circ(
        LOCATOR,
        # ➢ Service des pôles territoriaux — Pour toute question relative à une IPT via un pôle territorial
        "Service des pôles territoriaux Pour toute question relative à une IPT via un pôle territorial "
        "Identité Coordonnées DELHAYE Zoé 02/413.30.52 poles.territoriaux@cfwb.be",
    ),
)

_OUTSIDE_POLE = re.compile(
    r"hors p[oô]le|sans p[oô]le|pas (dans|dans aucun|integree? dans un) p[oô]le|ecole specialisee accompagn"
)
_POLE = re.compile(r"\bp[oô]les?\b|e-p[oô]les|coordonnat|ecole siege|partenaire")


def contacts_for(question: str, today: dt.date) -> list[Contact]:
    """The service(s) to name for this question: one when the question says which, else by year."""
    text = canonical(question)
    if _OUTSIDE_POLE.search(text):
        return [SPECIAL_EDUCATION]
    if _POLE.search(text) or school_year_of(today) >= POLES_ONLY_FROM_YEAR:
        return [POLES]
    return [SPECIAL_EDUCATION, POLES]


def describe(contact: Contact) -> str:
    return f"le {contact.service} ({contact.scope}) : {contact.email}, {contact.phone}"


def _line(contact: Contact) -> str:
    return f"{contact.scope[0].upper()}{contact.scope[1:]} : {contact.service}, {contact.email} ({contact.phone})"


@rule(
    "contacts.service",
    topic="contacts",
    title="Qui contacter à l'administration pour une question sur une IPT ?",
    triggers=(
        r"\b(qui|quel service|quelles? personnes?)\b.{0,40}\b(contacter|joindre|appeler|ecrire|(?:m|s|nous|vous)[' ]?adresser)\b",
        r"\bpersonnes? (a|de) contact",
        r"\b(contacter|joindre) (l'administration|le service|la fwb|la federation)",
        r"\ba qui (poser|envoyer|adresser) (ma|une|nos|mes|cette) questions?",
        r"\b(adresse (e-?mail|mail|electronique)|coordonnees)\b.{0,30}\b(service|administration)",
    ),
    examples=(
        "Qui contacter pour une question sur une IPT hors pôle ?",
        "À quel service s'adresser pour une IPT suivie par un pôle ?",
        "Quelle est l'adresse mail du service de l'enseignement spécialisé pour les IPT ?",
    ),
)
def service(facts: Facts, today: dt.date) -> RuleResult:
    year = school_year_of(facts.reference_date or today)
    steps = [
        "La circulaire IPT 2025-2026 désigne deux services (« Personnes à contacter »), chacun pour un cas."
    ]
    if year >= POLES_ONLY_FROM_YEAR:
        chosen = [POLES]
        steps.append(f"En {year}, toutes les IPT sont accompagnées par un pôle territorial.")
    else:
        chosen = [SPECIAL_EDUCATION, POLES]
    conclusion = " ; ".join(_line(c) for c in chosen) + "."
    citations = [c.citation for c in chosen]
    if year >= POLES_ONLY_FROM_YEAR:
        citations.append(POLES_ONLY)
    return RuleResult(
        rule_id="contacts.service",
        conclusion=conclusion,
        steps=steps,
        citations=citations,
        facts=facts.model_dump(exclude_defaults=True),
        notes=["Contacts de la circulaire 2025-2026 : vérifiez ceux de la circulaire de l'année en cours."]
        if year > "2025-2026"
        else [],
        school_year=year,
        data={"services": [c.service for c in chosen], "emails": [c.email for c in chosen]},
    )
