"""Procedure slots: the stage of the procedure a question names, which CPMS (the ordinary or the
special school's) and what a closed question asks the CPMS to do."""

from __future__ import annotations

import re

# Most specific first: "le bilan du PIA" is about the bilan, "la nouvelle attestation en cas de
# retour" about the attestation.
_STAGES: tuple[tuple[str, str], ...] = (
    ("attestation", r"\battestations?\b|\bprotocole justificatif\b"),
    # "un bilan médical" is a medical report (the scales' file, the pupil's diagnosis), not the IPT's bilan
    ("bilan", r"\bbilans?\b(?! medica)"),
    ("evaluation", r"\bevaluations?\b|\bevaluer\b"),
    ("pia", r"\bpia\b"),
    ("prolongation", r"\bprolong\w*"),
    (
        "arret",
        r"\barrets?\b|\barreter\b|\bmettre fin\b|\bmet fin\b|\bfin (?:de l'|d'une |a l'|d'|de son |de sa |de leur |de cette )(?:ipt|integration)\b|\bstopper\b"
        r"|\bs'arret(?:e|ent|era|eront|erait)\b"  # "son IPT s'arrête en juin"
        # a conjugated "arrêter" whose object is the IPT ("demander qu'on arrête une IPT")
        r"|\barret(?:e|ent|ons|ez|ait|aient|era|erait)\s+(?:une |son |sa |cette |leur |notre |l')?(?:ipt|integration)\b",
    ),
    (
        "retour",
        r"\bretour(?:ne|ner|nent)? (?:a temps plein )?(?:dans|vers|en|a) (?:le |l')?(?:enseignement |ecole )?special",
    ),
    # the circular's forms name their stage: annexe 1 (avis des partenaires) the proposal, annexe 2 the
    # project, annexe 3 the protocol ("dans l'annexe 1, l'avis du CPMS est-il contraignant ?")
    ("protocole", r"\bprotocoles?\b|\bannexe 3\b"),
    ("projet", r"\bprojets?\b|\bannexe 2\b"),
    ("proposition", r"\bpropos(?:ition|itions|er|e|ent|ee|ees)\b|\bannexe 1\b|\bavis des partenaires\b"),
)
_STAGE_RES = tuple((name, re.compile(p)) for name, p in _STAGES)

_CPMS_SIDE = (
    (
        "ordinaire",
        re.compile(r"\bcpms (?:de l'|du |de |d')?(?:ecole |enseignement |etablissement )?(?:l')?ordinaire\b"),
    ),
    (
        "specialise",
        re.compile(r"\bcpms (?:de l'|du |de |d')?(?:ecole |enseignement |etablissement )?(?:l')?speciali"),
    ),
)


def stage(text: str) -> dict[str, object]:
    for name, pattern in _STAGE_RES:
        if pattern.search(text):
            return {"stage": name}
    if re.search(r"\bcpms\b", text) and _CPMS_ASSISTS.search(text):
        # "quel CPMS assiste le conseil de classe de l'école ordinaire ?": the CPMS table's project row
        # ("Conseil de classe de l'ordinaire assisté par CPMS de l'ordinaire"), the stage that names it
        return {"stage": "projet"}
    return {}


# "le cpms qui suit l'école spécialisée de Léa", "notre cpms assure la guidance de l'école ordinaire"
_CPMS_FOLLOWS = re.compile(
    r"\bcpms (?:qui )?(?:suit|suivant|s'occupe de|assure la guidance (?:de|des eleves de)|travaille avec) "
    r"(?:l'|une |la |notre |cette )?(?:\w+ ){0,2}?(?:ecole|enseignement|implantation) (?:\w+ )?"
    r"(ordinaire|speciali)"
)


# "quel CPMS assiste le conseil de classe de l'école ordinaire ?", "qui l'assiste côté ordinaire ?",
# "le conseil de classe du spécialisé est assisté par quel CPMS ?": the CPMS asked is that school's
_CPMS_ASSISTS = re.compile(
    r"\b(?:assist|aid)\w* (?:le |la |les )?(?:titulaire|conseil|equipe)[^?.;]{0,60}?\b(ordinaire|speciali)"
    r"|\b(?:assist|aid)\w*[^?.;]{0,40}\bcote (ordinaire|speciali)"
    r"|\b(?:titulaire|conseil de classe) (?:de l'|du |de la )(?:ecole |enseignement )?(?:d'enseignement )?"
    r"(ordinaire|speciali)\w*,? (?:il |elle |ils )?(?:est |sont )?assist"
)
# a bare correction of the school's side in a follow-up ("non, je voulais dire pour l'école ordinaire")
_SIDE_CORRECTION = re.compile(
    r"^(?:non,? )?(?:je voulais dire |je parlais de |plutot )(?:pour |de |du |cote )?(?:l'|le )?(?:ecole |enseignement )?"
    r"(?:d'enseignement )?(ordinaire|speciali)\w*\W*$"
)


def cpms_side(text: str) -> dict[str, object]:
    for side, pattern in _CPMS_SIDE:
        if pattern.search(text):
            return {"cpms_side": side}
    if m := _CPMS_FOLLOWS.search(text) or _CPMS_ASSISTS.search(text) or _SIDE_CORRECTION.search(text):
        named = next(g for g in m.groups() if g)
        return {"cpms_side": "ordinaire" if named == "ordinaire" else "specialise"}
    return {}


# "avec quel document / quelle annexe formalise-t-on la proposition ?": the form asked (Facts.asks_document)
_ASKS_DOCUMENT = re.compile(
    r"\b(?:quel|quels|quelle|quelles) (?:\w+ ){0,2}?(?:documents?|annexes?|formulaires?|modeles?)\b"
    r"|\b(?:documents?|annexes?|formulaires?|modeles?) (?:\w+ )?(?:faut|utilise|remplir|formalis)"
)


def asks_document(text: str) -> dict[str, object]:
    return {"asks_document": True} if _ASKS_DOCUMENT.search(text) else {}


# What a closed question asks the CPMS to do (Facts.cpms_act).
_CPMS_ACTS = (
    # signing in any derived form: signer, signataire, contresigner, cosigner, co-signer
    ("signature", re.compile(r"\b(contre-?|co-?)?sign\w*")),
    (
        "avis",
        re.compile(
            r"\b(donner|rendre|remettre|formuler) (un |son |notre |mon )?avis\b|\bavis\b.{0,30}\boblig"
        ),
    ),
    (
        "initiative",
        re.compile(
            r"\b(faire|faisons|fait|font|introduire|introduisons) (la |une )?proposition\b|\bproposer\b"
            r"|\bprendre l'initiative\b|\b(etre|est) a l'origine\b"
        ),
    ),
)


# whether the CPMS's opinion binds ("son avis est-il contraignant ?", "a-t-il un droit de veto ?"): asked
# whatever other act the question names ("il rend un avis, est-il contraignant ?")
_CPMS_BINDING = re.compile(r"\bcontraign\w*|\bveto\b")


def cpms_act(text: str) -> dict[str, object]:
    if not re.search(r"\bcpms\b", text):
        return {}
    if _CPMS_BINDING.search(text):
        return {"cpms_act": "contrainte"}
    # the act named first is the one asked ("peut-il proposer, ou seulement donner son avis ?")
    found = [(m.start(), name) for name, pattern in _CPMS_ACTS if (m := pattern.search(text))]
    return {"cpms_act": min(found)[1]} if found else {}
