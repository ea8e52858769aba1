"""Scope flags: the Flemish Community, out-of-scope questions, follow-up wordings."""

from __future__ import annotations

import re

# Places of the Flemish Community (Louvain-la-Neuve is in Wallonia).
FLEMISH_PLACES = (
    r"gand|gent|bruges|brugge|anvers|antwerpen|louvain(?!-la-neuve)|leuven|malines|mechelen|hasselt|"
    r"courtrai|kortrijk|ostende|oostende|alost|aalst|genk|turnhout|saint-nicolas|sint-niklaas|roulers|"
    r"roeselare|ypres|ieper|termonde|dendermonde"
)
_FLEMISH = re.compile(
    r"\b(flamand\w*|flandre|vlaanderen|vlaams\w*|clb|neerlandophone\w*|communaute flamande|"
    r"m-decreet|m decreet|leerlingenbegeleiding|ondersteuningsnetwerk\w*|gon|"
    rf"enseignement en neerlandais|onderwijs|{FLEMISH_PLACES})\b"
)

# Words that show a question is about school, special education, IPT or the pôles.
_DOMAIN = re.compile(
    r"\b(ipt|integration\w*|integre\w*|eleves?|ecoles?|enseignement|specialis\w*|ordinaire|poles?|cpms|clb|"
    r"attestation\w*|orientation|types?|scolaires?|scolarit\w*|classes?|circulaire|decret|arrete|"
    r"protocoles?|projets?|propositions?|pia|parents?|direct\w*|professeurs?|enseignants?|instituteurs?|"
    r"coordinat\w*|inspect\w*|administration|fwb|wbe|siel|periodes?|moyens|accompagn\w*|sensori\w*|"
    r"echelles?|handicap\w*|besoins specifiques|amenagements?|logoped\w*|conseil de classe|ceb|cess|cq|"
    r"rentree|maternel\w*|primaire|secondaire|degre|pacte|arret|bilan|listing|subventions?|"
    r"po|dco|etp|agcf|cefa|dys\w*|autis\w*|troubles?|apprentissage|pedagog\w*|education|"
    r"articles?|paliers?|deficience\w*|sourd\w*|aveugle\w*|polyhandicap\w*|inscri\w*|retour|delai|echeance\w*|"
    # the texts' administrative vocabulary: verification, signatures, partners, files, annexes
    r"verificat\w*|partenaires?|signat\w*|signer|e-?poles|dossiers?|annexes?|conventions?|avenants?|"
    # ... and the pôles' management: what is checked ("vérifié"), encoded, budgeted
    r"cooperant\w*|verifi\w*|encod\w*|budgets?|"
    # the regional services an IPT works with (circular, point 6): their agreements and agencies
    r"cocof|aviq|s\.?a\.?i|accords? de cooperation|region wallonne)\b"
    # the texts' acronyms for (protocols of) reasonable accommodations, after a determiner ("les PAR",
    # "un AR"), not the preposition ("un par un", "de par la loi", "par la poste")
    r"|\b(les|des|le|du|un|une|nos|vos|ses|leurs|mes|ces|ce|son|sa|mon|ma|notre|votre|leur|de|d'un) "
    r"(par|ar)\b(?! (un|une|la|le|les|l'|son|sa|ses|leur|leurs|ailleurs|exemple|contre)\b)"
)
_WORD = re.compile(r"[a-z]{3,}")
_COURTESY = frozenset(
    [
        "bonjour",
        "bonsoir",
        "merci",
        "madame",
        "monsieur",
        "salut",
        "hello",
        "cordialement",
        "svp",
        "plait",
        "vous",
        "avance",
        "beaucoup",
        "question",
        "questions",
        "aide",
        "aider",
        "besoin",
    ]
)

_ANAPHORIC_START = re.compile(
    r"^(et|et si|et pour|et en|et qui|et quand|et dans|et s'|et lorsqu|et apres|et avant|et au|et le|et la|"
    r"dans ce cas|dans ce cas-la|alors|du coup|meme question|pareil|idem|sinon|mais si|et sinon|"
    r"et s'il|et si l'|et s'ils|ok et|d'accord et|merci et|et concernant|et pour ce qui est)\b"
)
_PRONOUNS = re.compile(
    r"\b(cet eleve|cette eleve|ce dernier|cette derniere|celui-ci|celle-ci|ce cas|ce jeune|cet enfant|"
    r"le meme eleve|son ipt|sa situation)\b|^(il|elle|ils|elles)\b|\bqui (la|le|les|l') ?\w+"
)


def is_flemish(text: str) -> bool:
    return bool(_FLEMISH.search(text))


def is_out_of_scope(text: str, has_facts: bool) -> bool:
    """Clearly not about IPT, the pôles or special education: no domain word at all in a real question."""
    if has_facts or _DOMAIN.search(text) or is_flemish(text):
        return False
    words = [w for w in _WORD.findall(text) if w not in _COURTESY]
    return len(words) >= 2


def is_anaphoric(text: str) -> bool:
    """The wording of a follow-up: 'et pour…', 'et si…', 'dans ce cas', 'cet élève', 'qui la rédige'."""
    return bool(_ANAPHORIC_START.search(text) or _PRONOUNS.search(text))
