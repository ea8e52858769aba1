"""Procedure slots: stage, which CPMS, proposer, yes/no facts (type change, return), the special
school's place in the pôles, sign-language immersion, attendance since 15 October, end of an IPT."""

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
        r"\barrets?\b|\barreter\b|\bmettre fin\b|\bmet fin\b|\bfin (?:de l'|d'une |a l'|d')ipt\b|\bstopper\b"
        r"|\bs'arret(?:e|ent|era|eront|erait)\b"  # "son IPT s'arrête en juin"
        # a conjugated "arrêter" whose object is the IPT ("demander qu'on arrête une IPT")
        r"|\barret(?:e|ent|ons|ez|ait|aient|era|erait)\s+(?:une |son |sa |cette |leur |notre |l')?(?:ipt|integration)\b",
    ),
    (
        "retour",
        r"\bretour(?:ne|ner|nent)? (?:a temps plein )?(?:dans|vers|en|a) (?:le |l')?(?:enseignement |ecole )?special",
    ),
    ("protocole", r"\bprotocoles?\b"),
    ("projet", r"\bprojets?\b"),
    ("proposition", r"\bpropos(?:ition|itions|er|e|ent|ee|ees)\b"),
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
_PROPOSERS = (
    # a parent may be named by kinship ("la maman refuse", "le père est contre")
    ("parents", r"\bparents?\b|\bfamille\b|\b(?:maman|papa|mere|pere)\b"),
    ("eleve", r"\beleve (?:lui-meme|majeur)\b|\beleve majeur\b|\beleve lui meme\b"),
    ("cpms", r"\bcpms\b"),
    (
        "ecole_specialisee",
        r"\becole (?:d'enseignement )?speciali|\bdirection (?:de l'ecole )?speciali|\bpo\b",
    ),
    ("ecole_ordinaire", r"\becole (?:d'enseignement )?ordinaire\b"),
    ("conseil_de_classe", r"\bconseil de classe\b"),
    ("pole", r"\bpole\b|\bcoordinat"),
)

_RE = re.compile
_BARE_RETURN = _RE(
    r"(\ben cas de |\blors d'un |\blors du |\bapres un |\bpour un |\bson |\bsa |^)retour\b"
    r"(?! (vers |dans |en |a )(l'|le )?(enseignement |ecole )?ordinaire)"
)


def stage(text: str) -> dict[str, object]:
    for name, pattern in _STAGE_RES:
        if pattern.search(text):
            return {"stage": name}
    return {}


# "le cpms qui suit l'école spécialisée de Léa", "notre cpms assure la guidance de l'école ordinaire"
_CPMS_FOLLOWS = re.compile(
    r"\bcpms (?:qui )?(?:suit|suivant|s'occupe de|assure la guidance (?:de|des eleves de)|travaille avec) "
    r"(?:l'|une |la |notre |cette )?(?:\w+ ){0,2}?(?:ecole|enseignement|implantation) (?:\w+ )?"
    r"(ordinaire|speciali)"
)


def cpms_side(text: str) -> dict[str, object]:
    for side, pattern in _CPMS_SIDE:
        if pattern.search(text):
            return {"cpms_side": side}
    if m := _CPMS_FOLLOWS.search(text):
        return {"cpms_side": "ordinaire" if m[1] == "ordinaire" else "specialise"}
    return {}


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
        ),
    ),
)


def cpms_act(text: str) -> dict[str, object]:
    if not re.search(r"\bcpms\b", text):
        return {}
    for name, pattern in _CPMS_ACTS:
        if pattern.search(text):
            return {"cpms_act": name}
    return {}


def proposer(text: str) -> dict[str, object]:
    """Who proposes: the actor just before 'propose…' (its subject) or after 'proposée par'."""
    m = re.search(r"\bpropos\w*", text)
    if not m:
        return {}
    after = re.match(r"\w*\s+(?:[\w']+\s+){0,4}?par (.{0,50})", text[m.start() :])
    before = text[max(0, m.start() - 60) : m.start()]
    if _OBJECT_OF.search(before):  # "d'accord sur la proposition": the proposal is an object, no proposer
        before = ""
    # "les parents nous disent qu'on peut se passer de la proposition": who reports a claim is not the
    # proposer; only what follows the reporting verb can name one
    reported = list(_REPORTED.finditer(before))
    if reported:
        before = before[reported[-1].end() :]
    # "accompagnée par le pôle, peut-on se dispenser de la proposition ?": an actor of another clause
    # is not the proposer
    before = re.split(r"[.;?!,]", before)[-1]
    for window, pick_last in ((after[1] if after else "", False), (before, True)):
        hits = []
        for name, pattern in _PROPOSERS:
            hits += [(h.start(), name) for h in re.finditer(pattern, window)]
        if hits:
            hits.sort()
            name = hits[-1][1] if pick_last else hits[0][1]
            if name == "cpms":
                side = cpms_side(text).get("cpms_side")
                name = f"cpms_{side}" if side else "cpms"
            return {"proposer": name}
    near = text[max(0, m.start() - 40) : m.end() + 20]
    own = _OWN_SCHOOL.search(text[max(0, m.start() - 70) : m.start()])
    if own:  # "mon école peut-elle faire elle-même la proposition ?": the speaker's school
        return {"proposer": _speaker_school(text)} if _speaker_school(text) else {}
    if _SELF_PROPOSER.search(near):
        return {"proposer": "eleve"}  # "peut-il faire lui-même la proposition ?": the pupil himself
    if _FIRST_PERSON_SELF.search(near) and _ADULT_SPEAKER.search(text):
        return {"proposer": "eleve"}  # "j'ai 19 ans … je peux faire moi-même la proposition ?"
    return {}


def _speaker_school(text: str) -> str | None:
    """The kind of school the speaker belongs to ("je suis directeur de l'école ordinaire…")."""
    m = _SPEAKER_SCHOOL.search(text)
    if not m:
        return None
    return "ecole_ordinaire" if m.group("kind") == "ordinaire" else "ecole_specialisee"


_OWN_SCHOOL = re.compile(r"\b(?:mon|notre) (?:ecole|etablissement)\b")
_SPEAKER_SCHOOL = re.compile(
    r"\b(?:(?:(?:je suis|en tant que) )?(?:le |la )?(?:directeur|directrice|direction|enseignant\w*|titulaire)"
    r" (?:de |d')(?:l'|une )?|(?:mon|notre) )(?:ecole|etablissement) (?:d'enseignement )?(?:\w+ )?"
    r"(?P<kind>ordinaire|speciali)"
)
_FIRST_PERSON_SELF = re.compile(r"\bmoi-?\s?meme\b")
_ADULT_SPEAKER = re.compile(r"\bj'ai (?:1[89]|2\d) ans\b|\bje suis majeure?\b")


# "X nous disent que", "X m'a dit qu'", "X affirme que": a reported claim
_REPORTED = re.compile(
    r"\b(?:(?:nous|m'|me|l'|leur|lui) ?)?(?:dit|disent|disait|disaient|affirm\w*|pretend\w*|assur\w*|soutien\w*)"
    r" (?:que|qu')"
)
# "l'avis sur la proposition", "d'accord sur la proposition": what precedes names no proposer
_OBJECT_OF = re.compile(r"\b(?:sur|contre|a) (?:la |une |cette |leur |sa )?$")
# "peut-il proposer lui-même", "faire elle-même la proposition": the pupil, when no other proposer is named
_SELF_PROPOSER = re.compile(r"\b(?:lui|elle)-?\s?meme\b")


_AGAINST = re.compile(
    r"\b(sont|est|etaient|serait) contre\b|\bs'oppos\w*|\bavis defavorable\b|\bpas d'accord\b"
    r"|\brefus\w*|\bdi(t|sent|sait) non\b|\b(ne|n') ?(veut|veulent|souhaite|souhaitent) pas\b"
    r"|\bbloqu\w*|\bmettre (son|leur) veto\b"  # "le CPMS peut-il bloquer… ?": the actor before the verb
    r"|\bs'y oppos\w*"
)


def opponent(text: str) -> dict[str, object]:
    """The partner against the IPT: the actor just before 'sont contre' / 's'oppose'."""
    m = _AGAINST.search(text)
    if not m:
        return {}
    window = re.split(r"[.?!;]", text[max(0, m.start() - 40) : m.start()])[-1]  # this sentence's actor
    hits = sorted((h.start(), name) for name, p in _PROPOSERS for h in re.finditer(p, window))
    if not hits:
        return {}
    name = hits[-1][1]
    if name == "cpms":
        side = cpms_side(window).get("cpms_side")
        name = f"cpms_{side}" if side else "cpms"
    return {"opponent": name}


def named_partners(text: str) -> set[str]:
    """The partners of an IPT a turn names (the CPMS with its side when the turn gives it)."""
    names = {name for name, pattern in _PROPOSERS if re.search(pattern, text)}
    if "cpms" in names and (side := cpms_side(text).get("cpms_side")):
        names = (names - {"cpms"}) | {f"cpms_{side}"}
    return names


def yes_no(text: str) -> dict[str, object]:
    """change_of_type, return_to_special (explicit wordings only)."""
    out: dict[str, object] = {}
    if _RE(
        r"\b(sans|pas de|aucun) chang\w* de type\b|\bmeme type\b|\b(ne|n') ?(change|changera|changeait) pas de type\b|\bsans changer de type\b|\bgarde (son|le meme) type\b"
        r"|\b(son|le|l') ?(ancien|precedent|premier) type\b|\btype (initial|d'origine|de depart|d'avant)\b"
        r"|\btype [1-8],? (comme|identique a|conforme a|prevu)\b.{0,25}\battestation\b"
    ).search(text):
        out["change_of_type"] = False
    elif _RE(
        r"\bchang\w* (de|d'|le) type\b|\bautre type\b|\bnouveau type\b|\bchange(r|ment)? son type\b|\bau lieu du type\b"
    ).search(text):
        out["change_of_type"] = True
    if _RE(
        r"\b(reste|rester|restera|continue|continuer|poursuit|poursuivre|reste scolarise) (en |dans )(l'|le )?(enseignement )?(ecole )?ordinaire\b|\b(ne|n') ?(retourne|revient|rentre) pas\b|\bsans retour\b|\bprolong"
    ).search(text):
        out["return_to_special"] = False
    elif _RE(
        r"\b(retour\w*|revien\w*|revenir|rentre\w*|reintegr\w*|repart\w*|repasse\w*) (a temps plein )?(dans |vers |en |a )?(l'|le )?(enseignement |ecole )?speciali"
        r"|\b(retour\w*|revien\w*|reintegr\w*) (a temps plein )?(en|dans le) type [1-8]\b"
    ).search(text) or _RE(
        r"\breinscri\w* [^.?!;]{0,40}\b(speciali|type [1-8]\b)"
        r"|\b(retour|revien\w*|reintegr\w*)\b[^.?!;]{0,40}\b(dans|vers|en) (le |l'|une )?(enseignement |ecole )?speciali"
    ).search(text):
        out["return_to_special"] = True
    elif _BARE_RETURN.search(text):
        out["return_to_special"] = True  # in an IPT, "un retour" is a return to special education
    if _NEVER_IN_IPT.search(text):
        out["never_in_ipt"] = True
    return out


# "jamais intégré", "n'a jamais été en IPT", "dans l'ordinaire sans IPT depuis 3 ans": the case says the
# pupil has had no IPT (the rules on a return after an IPT do not apply to him)
_NEVER_IN_IPT = _RE(
    r"\bjamais (ete |eu |fait |beneficie )?(d'|une |en |d'une )?(ipt|integr\w*)"
    r"|\b(ordinaire|eleve|il|elle) (est |a ete )?(reste |scolarise )?(dans l'ordinaire |en ordinaire )?sans (aucune )?ipt\b"
)


# A place the school is said NOT to hold ("ni siège ni partenaire", "n'est pas école siège") is no place.
# "n'est siège ni partenaire d'aucun pôle": the literary "n'est X ni Y" negates both without "pas"
_NEGATED_PLACE = _RE(
    r"\b(ni|pas|plus|non|jamais|n'est) (une? |l')?(ecole )?(siege|partenaire( specifique)?)\b"
)
_NEITHER_NOR = _RE(
    r"\b(ni|n'est) (une? |l')?(ecole )?(siege|partenaire)\b[^.?!;]{0,40}\bni (une? |l')?(ecole )?(siege|partenaire)\b"
)


def special_school_place(text: str) -> dict[str, object]:
    out: dict[str, object] = {}
    neither = bool(_NEITHER_NOR.search(text))
    text = _NEGATED_PLACE.sub(" ", text)
    if _RE(r"\bpartenaire specifique\b").search(text):
        out["special_school_place"] = "partenaire_specifique"
    elif _RE(r"\bsieges?\b").search(text):
        out["special_school_place"] = "siege"
    elif _RE(
        r"\b(ecole |est |comme |en tant qu'|specialisee? |speciale )partenaire\b(?! de l'ipt)(?! de l'integration)|\bpartenaire (du|d'un) pole\b"
    ).search(text):
        out["special_school_place"] = "partenaire"
    elif neither or _RE(
        r"\b(pas|plus) (dans|membre d') ?(un|aucun)? ?pole\b|\baucun pole\b|\bhors (de tout )?pole\b|\bn'(est|appartient|adhere) (a|dans)? ?(aucun|pas a un) pole\b|\bsans pole\b|\bpas (encore )?(rattachee|integree|affiliee|impliquee) (a|dans) (un|aucun) pole\b"
    ).search(text):
        out["special_school_place"] = "aucun"
    if _RE(
        r"\b(meme pole|pole de l'ecole ordinaire|son pole)\b"
        r"|\bpole (avec lequel|auquel|dans lequel) (coopere|est rattachee|travaille) (son |notre |l'|leur )?ecole"
    ).search(text):
        out["same_pole_as_ordinary"] = True
    elif _RE(r"\b(autre pole|pole different|un pole different)\b").search(text) or _two_named_poles(text):
        out["same_pole_as_ordinary"] = False
    return out


def _two_named_poles(text: str) -> bool:
    """'partenaire du pôle A … coopère avec le pôle B': two poles named by a letter or a number."""
    return len(set(re.findall(r"\bpole ([b-z]|a(?=\s*(?:mais\b|et\b|,|\.|;))|\d{1,2})\b", text))) >= 2


_NO_IMMERSION = _RE(
    r"\b(pas|sans|ni|aucune?|hors)( d'| de l'| de la | en | d'une | dans une? )?(immersion|langue des signes|classe bilingue)\b"
)


def specific_cases(text: str) -> dict[str, object]:
    """Sign-language immersion; enrolment/attendance in special education since 15 October."""
    out: dict[str, object] = {}
    # a deaf pupil is not by itself in sign-language immersion; "pas d'immersion" / "sans immersion"
    # says the case does NOT have it (the condition is then false, not present)
    if _NO_IMMERSION.search(text):
        out["sign_language_immersion"] = False
    elif _RE(r"\blangue des signes\b|\blsfb\b|\bimmersion\b|\bclasse bilingue\b").search(text):
        out["sign_language_immersion"] = True
    if _IRREGULAR.search(text):
        out["attends_regularly"] = False  # enrolled but not attending regularly
    if _RE(
        r"\b(apres|pas depuis|pas avant|qu'apres|seulement) (le )?15 (octobre|/10|-10)\b|\bdepuis moins\b.*\b15 octobre\b"
    ).search(text):
        out["attends_special_since_15_october"] = False
    elif _RE(r"\b(depuis|avant|au moins depuis) (le )?15 (octobre|/10)\b").search(
        text
    ) and not _IPT_SINCE.search(text):
        out["attends_special_since_15_october"] = True
    elif _late_enrolment(text):
        out["attends_special_since_15_october"] = False
    elif _SPECIAL_FOR_YEARS.search(text):
        out["attends_special_since_15_october"] = True  # a year or more in special education
    return out


# "en IPT depuis le 15 octobre 2021": the IPT's start date, not the 15 October attendance condition
_IPT_SINCE = _RE(r"\b(ipt|integr\w*)( \w+){0,2} (depuis|avant) (le )?15 (octobre|/10)\b")

_IRREGULAR = _RE(
    r"\b(presque|quasi) jamais\b|\bn'y (va|vient) (presque |quasiment )?(jamais|pas|plus)\b|\babsen(ces?|t|te|teisme)\b"
    r"|\bne (le |la )?frequente pas\b|\bpas regulierement\b|\birreguli\w*"
)
# "en type 3 en primaire spécialisé depuis 2 ans": enrolled long before this year's 15 October
_SPECIAL_FOR_YEARS = _RE(
    r"\bspeciali\w*(?: [^.?!;]{0,20}?)? depuis (?:[1-9]|un|une|deux|trois|quatre|plusieurs) ans?\b"
    r"|\bspeciali\w*(?: [^.?!;]{0,20}?)? depuis l'an(?:nee)? (?:dernier|derniere|passee?)\b"
)


_ENROLLED_ON = _RE(
    r"\b(inscrit\w*|arrive\w*|entre\w*) (dans le |en |dans l'(enseignement )?)?(specialis\w* |type [1-8] )?"
    r"[^.?!;]{0,25}?\b(le |au |en |depuis le |depuis )?(\d{1,2}) (octobre|novembre|decembre|janvier|fevrier|mars)\b"
)


def _late_enrolment(text: str) -> bool:
    """'inscrit en type 2 le 20 octobre': enrolled in special education after 15 October."""
    m = _ENROLLED_ON.search(text)
    return bool(m) and (m[7] != "octobre" or int(m[6]) > 15)


_END_CAUSES = (
    ("placement", r"\bplacement\b|\bjuge\b|\bmagistrat\b|\baide a la jeunesse\b|\bsaj\b|\bspj\b"),
    ("domicile", r"\bdemenag\w*|\bchangement de domicile\b|\bdomicile\b"),
    ("separation", r"\bseparation\b|\bdivorce\b|\bhebergement\b"),
    ("internat", r"\binternat\b|\bexternat\b"),
    ("accueil", r"\bmaladie\b|\bvoyage\b|\bautre famille\b|\bhospitali\w*"),
    ("exclusion", r"\bexclu\w*|\brenvoi\w*"),
    (
        "certificat",
        r"\bobtention\b.*\b(ceb|cess|cq|certificat)\b|\b(obtient|obtenu|reussit|reussi) (le|son) (ceb|cess|cq)\b",
    ),
    ("changement_ecole", r"\bchang\w* d'ecole\b|\bautre ecole ordinaire\b"),
    (
        "passage_secondaire",
        r"\bpassage (du primaire|de l'enseignement primaire) (au|a l'enseignement) secondaire\b"
        r"|\b(passe|passera|entre|entrera|rentre|va) (en|au|dans le) (secondaire|1re secondaire|premiere secondaire)\b",
    ),
    ("exceptionnel", r"\bcirconstances? exceptionnelles?\b"),
    ("echec", r"\bechou\w*|\bechec\b|\bne (se passe|fonctionne|marche) pas\b"),
)


# "le 12/02 ou en fin d'année ?", "en fin d'année ou à la date du déménagement ?": the question offers
# the end of the year as one of two answers; it is no fact of the case (its dates and cause decide)
_ALTERNATIVE_END = re.compile(
    r"\bou (bien )?(en |a la |pour la |au )?(fin d'annee|fin de l'annee|dernier jour)\b"
    r"|\bfin (d'annee|de l'annee)( scolaire)? ou\b"
)


def end_facts(text: str) -> dict[str, object]:
    out: dict[str, object] = {}
    if _RE(
        r"\ben cours d'annee\b|\ben (plein )?milieu (d'|de l')annee\b|\bau milieu de l'annee\b|\bavant la fin de l'annee\b|\ben cours de route\b|\bmi-annee\b"
        r"|\b(tout de suite|immediatement|des maintenant|sans attendre)\b"
    ).search(text):
        out["end_when"] = "cours_annee"
    elif not _ALTERNATIVE_END.search(text) and _RE(
        r"\b(en|a la|pour la) fin d'annee\b|\b(a|pour) la fin de (l'|cette |la presente )annee\b|\bfin de l'annee scolaire\b|\bau 30 juin\b|\bdernier jour de l'annee\b"
    ).search(text):
        out["end_when"] = "fin_annee"
    elif _RE(
        r"\b(arret\w*|stopp\w*|mettre fin|mette fin|termin\w*|interromp\w*)\b[^.?!;]{0,40}\b(en|des|au mois de|debut|mi-?) ?"
        r"(septembre|octobre|novembre|decembre|janvier|fevrier|mars|avril|mai)\b"
    ).search(text):
        out["end_when"] = "cours_annee"  # a stop in a month before June is a stop during the year
    for name, pattern in _END_CAUSES:
        if re.search(pattern, text):
            out["end_cause"] = name
            break
    return out
