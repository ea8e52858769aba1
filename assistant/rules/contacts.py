"""Whom to ask when the texts are silent: the circular's "Personnes à contacter".

The circular names two services: the special-education service for IPTs outside the pôles, and the
pôles service for IPTs via a pôle. From 2026-2027 every IPT is accompanied by a pôle (introduction of
the circular), so questions without a cue go to the pôles service from that school year on.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant.models import Citation
from assistant.rules.cite import circ
from assistant.textnorm import canonical

LOCATOR = "personnes à contacter"
POLES_ONLY_FROM = dt.date(2026, 8, 24)  # first day of school year 2026-2027 ("Dès l'année scolaire 2026-2027")


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

_OUTSIDE_POLE = re.compile(r"hors p[oô]le|sans p[oô]le|pas (dans|dans aucun|integree? dans un) p[oô]le|ecole specialisee accompagn")
_POLE = re.compile(r"\bp[oô]les?\b|e-p[oô]les|coordonnat|ecole siege|partenaire")


def contacts_for(question: str, today: dt.date) -> list[Contact]:
    """The service(s) to name for this question: one when the question says which, else by year."""
    text = canonical(question)
    if _OUTSIDE_POLE.search(text):
        return [SPECIAL_EDUCATION]
    if _POLE.search(text) or today >= POLES_ONLY_FROM:
        return [POLES]
    return [SPECIAL_EDUCATION, POLES]


def describe(contact: Contact) -> str:
    return f"le {contact.service} ({contact.scope}) : {contact.email}, {contact.phone}"
