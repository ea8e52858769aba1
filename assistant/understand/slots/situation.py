"""Situation slots: a change of type, a return to special education, a pupil never in IPT, the
special school's place in the pôles, sign-language immersion, attendance in special education since
15 October."""

from __future__ import annotations

import re

_BARE_RETURN = re.compile(
    r"(\ben cas de |\blors d'un |\blors du |\bapres un |\bpour un |\bson |\bsa |^)retour\b"
    r"(?! (vers |dans |en |a )(l'|le )?(enseignement |ecole )?ordinaire)"
)


_SAME_TYPE = re.compile(
    r"\b(sans|pas de|aucun) chang\w* de type\b|\bmeme type\b|\b(ne|n') ?(change|changera|changeait) pas de type\b|\bsans changer de type\b|\bgarde (son|le meme) type\b"
    r"|\b(son|le|l') ?(ancien|precedent|premier) type\b|\btype (initial|d'origine|de depart|d'avant)\b"
    r"|\btype [1-8],? (comme|identique a|conforme a|prevu)\b.{0,25}\battestation\b"
)
_CHANGED_TYPE = re.compile(
    r"\bchang\w* (de|d'|le) type\b|\bautre type\b|\bnouveau type\b|\bchange(r|ment)? son type\b|\bau lieu du type\b"
)
_STAYS_ORDINARY = re.compile(
    r"\b(reste|rester|restera|continue|continuer|poursuit|poursuivre|reste scolarise) (en |dans )(l'|le )?(enseignement )?(ecole )?ordinaire\b|\b(ne|n') ?(retourne|revient|rentre) pas\b|\bsans retour\b|\bprolong"
)
_RETURNS_TO_SPECIAL = re.compile(
    r"\b(retour\w*|revien\w*|revenir|rentre\w*|reintegr\w*|repart\w*|repasse\w*) (a temps plein )?(dans |vers |en |a )?(l'|le )?(enseignement |ecole )?speciali"
    r"|\b(retour\w*|revien\w*|reintegr\w*) (a temps plein )?(en|dans le) type [1-8]\b"
)
_REENROLLED_IN_SPECIAL = re.compile(
    r"\breinscri\w* [^.?!;]{0,40}\b(speciali|type [1-8]\b)"
    r"|\b(retour|revien\w*|reintegr\w*)\b[^.?!;]{0,40}\b(dans|vers|en) (le |l'|une )?(enseignement |ecole )?speciali"
)


def yes_no(text: str) -> dict[str, object]:
    """change_of_type, return_to_special (explicit wordings only)."""
    out: dict[str, object] = {}
    if _SAME_TYPE.search(text):
        out["change_of_type"] = False
    elif _CHANGED_TYPE.search(text):
        out["change_of_type"] = True
    if _STAYS_ORDINARY.search(text):
        out["return_to_special"] = False
    elif _RETURNS_TO_SPECIAL.search(text) or _REENROLLED_IN_SPECIAL.search(text):
        out["return_to_special"] = True
    elif _BARE_RETURN.search(text):
        out["return_to_special"] = True  # in an IPT, "un retour" is a return to special education
    if _NEVER_IN_IPT.search(text):
        out["never_in_ipt"] = True
    return out


# "jamais intégré", "n'a jamais été en IPT", "dans l'ordinaire sans IPT depuis 3 ans": the case says the
# pupil has had no IPT (the rules on a return after an IPT do not apply to him)
_NEVER_IN_IPT = re.compile(
    r"\bjamais (ete |eu |fait |beneficie )?(d'|une |en |d'une )?(ipt|integr\w*)"
    r"|\b(ordinaire|eleve|il|elle) (est |a ete )?(reste |scolarise )?(dans l'ordinaire |en ordinaire )?sans (aucune )?ipt\b"
)


# A place the school is said NOT to hold ("ni siège ni partenaire", "n'est pas école siège") is no place.
# "n'est siège ni partenaire d'aucun pôle": the literary "n'est X ni Y" negates both without "pas";
# "n'est partenaire que du pôle A" restricts the place, it does not negate it
_NEGATED_PLACE = re.compile(
    r"\b(ni|pas|plus|non|jamais|n'est(?![^.?!;]{0,30}\bque?\b)) (une? |l')?(ecole )?"
    r"(siege|partenaire( specifique)?)\b"
)
_NEITHER_NOR = re.compile(
    r"\b(ni|n'est) (une? |l')?(ecole )?(siege|partenaire)\b[^.?!;]{0,40}\bni (une? |l')?(ecole )?(siege|partenaire)\b"
)


_SPECIFIC_PARTNER = re.compile(r"\bpartenaire specifique\b")
_SEAT = re.compile(r"\bsieges?\b")
_PARTNER = re.compile(
    r"\b(ecole |est |comme |en tant qu'|specialisee? |speciale )partenaire\b(?! de l'ipt)(?! de l'integration)|\bpartenaire (du|d'un) pole\b"
)
_NO_POLE = re.compile(
    r"\b(pas|plus) (dans|membre d') ?(un|aucun)? ?pole\b|\baucun pole\b|\bhors (de tout )?pole\b|\bn'(est|appartient|adhere) (a|dans)? ?(aucun|pas a un) pole\b|\bsans pole\b|\bpas (encore )?(rattachee|integree|affiliee|impliquee) (a|dans) (un|aucun) pole\b"
)
_SAME_POLE = re.compile(
    r"\b(meme pole|pole de l'ecole ordinaire|son pole)\b"
    r"|\bpole (avec lequel|auquel|dans lequel) (coopere|est rattachee|travaille) (son |notre |l'|leur )?ecole"
)
_OTHER_POLE = re.compile(r"\b(autre pole|pole different|un pole different)\b")


def special_school_place(text: str) -> dict[str, object]:
    out: dict[str, object] = {}
    neither = bool(_NEITHER_NOR.search(text))
    text = _NEGATED_PLACE.sub(" ", text)
    if _SPECIFIC_PARTNER.search(text):
        out["special_school_place"] = "partenaire_specifique"
    elif _SEAT.search(text):
        out["special_school_place"] = "siege"
    elif _PARTNER.search(text):
        out["special_school_place"] = "partenaire"
    elif neither or _NO_POLE.search(text):
        out["special_school_place"] = "aucun"
    if _SAME_POLE.search(text):
        out["same_pole_as_ordinary"] = True
    elif _OTHER_POLE.search(text) or _two_named_poles(text):
        out["same_pole_as_ordinary"] = False
    return out


# "pôle de Liège", "pôle territorial de Mons": a pôle named by its place (not "le pôle de l'école")
_PLACE_NAMED_POLE = re.compile(
    r"\bpole (?:territorial )?(?:de |d'|du )(?!l'|la |le |les )([a-z][a-z-]{2,})\b"
)
_NOT_A_PLACE = frozenset(
    {
        "son",
        "sa",
        "ses",
        "notre",
        "nos",
        "votre",
        "leur",
        "leurs",
        "ce",
        "cet",
        "cette",
        "chaque",
        "meme",
        "ecole",
        "reference",
        "rattachement",
        "accueil",
        "zone",
        "type",
        "quel",
        "quelle",
    }
)


_LETTER_POLE = re.compile(r"\bpole ([b-z]|a(?=\s*(?:mais\b|et\b|,|\.|;))|\d{1,2})\b")


def _two_named_poles(text: str) -> bool:
    """'partenaire du pôle A … coopère avec le pôle B' or '… du pôle de Liège … avec le pôle de Namur': two
    pôles named by a letter, a number or a place."""
    if len(set(_LETTER_POLE.findall(text))) >= 2:
        return True
    places = {name for name in _PLACE_NAMED_POLE.findall(text) if name not in _NOT_A_PLACE}
    return len(places) >= 2


_NO_IMMERSION = re.compile(
    r"\b(pas|sans|ni|aucune?|hors)( d'| de l'| de la | en | d'une | dans une? | )(immersion|langue des signes|classe bilingue)\b"
)


_IMMERSION = re.compile(r"\blangue des signes\b|\blsfb\b|\bimmersion\b|\bclasse bilingue\b")
_NOT_SINCE_15_OCTOBER = re.compile(
    r"\b(apres|pas depuis|pas avant|qu'apres|seulement) (le )?15 (octobre|/10|-10)\b|\bdepuis moins\b.*\b15 octobre\b"
)
_SINCE_15_OCTOBER = re.compile(r"\b(depuis|avant|au moins depuis) (le )?15 (octobre|/10)\b")


def specific_cases(text: str) -> dict[str, object]:
    """Sign-language immersion; enrolment/attendance in special education since 15 October."""
    out: dict[str, object] = {}
    # a deaf pupil is not by itself in sign-language immersion; "pas d'immersion" / "sans immersion"
    # says the case does NOT have it (the condition is then false, not present)
    if _NO_IMMERSION.search(text):
        out["sign_language_immersion"] = False
    elif _IMMERSION.search(text):
        out["sign_language_immersion"] = True
    if _IRREGULAR.search(text):
        out["attends_regularly"] = False  # enrolled but not attending regularly
    if _NOT_SINCE_15_OCTOBER.search(text):
        out["attends_special_since_15_october"] = False
    elif _SINCE_15_OCTOBER.search(text) and not _IPT_SINCE.search(text):
        out["attends_special_since_15_october"] = True
    elif _late_enrolment(text):
        out["attends_special_since_15_october"] = False
    elif _SPECIAL_FOR_YEARS.search(text):
        out["attends_special_since_15_october"] = True  # a year or more in special education
    return out


# "en IPT depuis le 15 octobre 2021": the IPT's start date, not the 15 October attendance condition
_IPT_SINCE = re.compile(r"\b(ipt|integr\w*)( \w+){0,2} (depuis|avant) (le )?15 (octobre|/10)\b")

_IRREGULAR = re.compile(
    r"\b(presque|quasi) jamais\b|\bn'y (va|vient) (presque |quasiment )?(jamais|pas|plus)\b|\babsen(ces?|t|te|teisme)\b"
    r"|\bne (le |la )?frequente pas\b|\bpas regulierement\b|\birreguli\w*"
)
# "en type 3 en primaire spécialisé depuis 2 ans": enrolled long before this year's 15 October
_SPECIAL_FOR_YEARS = re.compile(
    r"\bspeciali\w*(?: [^.?!;]{0,20}?)? depuis (?:[1-9]|un|une|deux|trois|quatre|plusieurs) ans?\b"
    r"|\bspeciali\w*(?: [^.?!;]{0,20}?)? depuis l'an(?:nee)? (?:dernier|derniere|passee?)\b"
)


_ENROLLED_ON = re.compile(
    r"\b(inscrit\w*|arrive\w*|entre\w*) (dans le |en |dans l'(enseignement )?)?(specialis\w* |type [1-8] )?"
    r"[^.?!;]{0,25}?\b(le |au |en |depuis le |depuis )?(\d{1,2}) (octobre|novembre|decembre|janvier|fevrier|mars)\b"
)


def _late_enrolment(text: str) -> bool:
    """'inscrit en type 2 le 20 octobre': enrolled in special education after 15 October."""
    m = _ENROLLED_ON.search(text)
    return bool(m) and (m[7] != "octobre" or int(m[6]) > 15)
