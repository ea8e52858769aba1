"""End slots: when an IPT stops (during the year or at its end) and why (placement, move, exclusion,
certificate, failure…)."""

from __future__ import annotations

import re

_END_CAUSES = (
    ("placement", r"\bplacement\b|\bjuge\b|\bmagistrat\b|\baide a la jeunesse\b|\bsaj\b|\bspj\b"),
    ("domicile", r"\bdemenag\w*|\bchangement de domicile\b|\bdomicile\b"),
    # the noun or the verb: "séparation", "ses parents se séparent / divorcent", "hébergement"
    ("separation", r"\bsepar(ation|ent|es|ees)\b|\bdivorc\w*|\bhebergement\b"),
    ("internat", r"\binternat\b|\bexternat\b"),
    ("accueil", r"\bmaladie\b|\bvoyage\b|\bautre famille\b|\bhospitali\w*"),
    ("exclusion", r"\bexclu\w*|\brenvoi\w*"),
    (
        "certificat",
        r"\bobtention\b.*\b(ceb|cess|cq|certificat)\b"
        # any verb of getting it: "obtient / a eu / décroche / réussit son CEB" (not "passe", the exam taken)
        r"|\b(obt\w+|reussi\w*|decroch\w*|a eu|aura|eu) (le |son |sa |un |leur )?(ceb|cess|cq)\b",
    ),
    ("changement_ecole", r"\bchang\w* d'ecole\b|\bautre ecole ordinaire\b"),
    # the pupil goes on in ordinary education with no support: "il restera dans son école ordinaire mais
    # sans accompagnement", "continuer dans l'ordinaire sans IPT"
    (
        "sans_accompagnement",
        r"\b(rest\w*|continu\w*|poursui\w*|inscri\w*|gard\w*)\b.{0,60}\bsans (aucun |plus d'|plus de |d')?(accompagnement|ipt|integration|soutien)\b",
    ),
    (
        "passage_secondaire",
        r"\bpassage (du primaire|de l'enseignement primaire) (au|a l'enseignement) secondaire\b"
        r"|\b(passe|passera|entre|entrera|rentre|va) (en|au|dans le) (secondaire|1re secondaire|premiere secondaire)\b"
        # the noun with its pupil in between: "le passage de l'élève en 1re secondaire"
        r"|\bpassage\b.{0,30}\b(en|au|vers le|dans le) (secondaire|1re secondaire|premiere secondaire)\b",
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


# One actor stopping the IPT alone: "décide seule de l'arrêt", "l'arrêter unilatéralement", "mettre fin
# … sans l'accord de l'école", "on peut l'imposer seuls ?" ("le seul motif", "un seul élève" name no
# actor acting alone)
_STOP_VERB = (
    r"(decid\w*|decision|tranch\w*|arret\w*|mettre fin|met fin|mettent fin|stopp\w*|impos\w*|exig\w*)"
)
_ALONE = r"((?<!le )(?<!la )(?<!les )(?<!un )(?<!une )\bseule?s?\b|\bunilateral\w*|\bsans l'accord\b)"
_SOLE_ACTOR = re.compile(rf"\b{_STOP_VERB}\b.{{0,40}}{_ALONE}|{_ALONE}.{{0,40}}\b{_STOP_VERB}\b")

# "qui peut l'arrêter seul ?" asks who; "c'est la directrice qui décide seule ?" states a claim to check
_OPEN_QUESTION = re.compile(r"^\W*(qui|quand|comment|pourquoi|quel\w*|lequel|laquelle|ou|combien)\b")


_DURING_YEAR = re.compile(
    r"\ben cours d'annee\b|\ben (plein )?milieu (d'|de l')annee\b|\bau milieu de l'annee\b|\bavant la fin de l'annee\b|\ben cours de route\b|\bmi-annee\b"
    r"|\b(tout de suite|immediatement|des maintenant|sans attendre)\b"
)
_AT_YEAR_END = re.compile(
    r"\b(en|a la|pour la) fin d'annee\b|\b(a|pour) la fin de (l'|cette |la presente )annee\b|\bfin de l'annee scolaire\b|\bau 30 juin\b|\bdernier jour de l'annee\b"
)
_STOP_BEFORE_JUNE = re.compile(
    r"\b(arret\w*|stopp\w*|mettre fin|mette fin|termin\w*|interromp\w*)\b[^.?!;]{0,40}\b(en|des|au mois de|debut|mi-?) ?"
    r"(septembre|octobre|novembre|decembre|janvier|fevrier|mars|avril|mai)\b"
)


_POLE_DOCUMENT = re.compile(r"\bpdf d'arret\b")


def end_facts(text: str) -> dict[str, object]:
    out: dict[str, object] = {}
    if _SOLE_ACTOR.search(text) and not _OPEN_QUESTION.match(text):
        out["sole_actor"] = True
    if _DURING_YEAR.search(text):
        out["end_when"] = "cours_annee"
    elif not _ALTERNATIVE_END.search(text) and _AT_YEAR_END.search(text):
        out["end_when"] = "fin_annee"
    elif _STOP_BEFORE_JUNE.search(text):
        out["end_when"] = "cours_annee"  # a stop in a month before June is a stop during the year
    if _POLE_DOCUMENT.search(text):
        out["followed_by"] = "pole"  # the e-pôles stop PDF replaces annex 4 in the pôles only (Pacte)
    for name, pattern in _END_CAUSES:
        if re.search(pattern, text):
            out["end_cause"] = name
            break
    return out


# What a question on a stop asks (Facts.end_aspects), read in its asked part: a leading "quand/si … ,"
# clause sets the scene ("Quand un élève change de pôle, qui imprime … ?")
_SCENE = re.compile(r"^(quand|lorsqu\w*|si|s'il|apres|une fois|des que|en cas d\w*)\b[^,?;:]{6,}, (?=\S)")
_DEADLINE = (
    r"\b(combien de (temps|jours)|dans (quel|combien de) (delai|jours)|delai|jusqu'(a|au) quand|pour quand"
    r"|date limite|au plus tard|a envoyer quand)\b"
)
_ASPECTS = (
    ("deadline", _DEADLINE),
    (
        "who",
        r"\bqui (peu\w+|a le droit|a droit|est habilite|doit)\b[^?]{0,30}\bdemand\w*"
        r"|\b(peu\w+|pouvons|puis|pourr\w+|droit)\b[^?]{0,30}\bdemand\w*\b[^?]{0,30}\b(arret\w*|fin|stopp\w*)",
    ),
    (
        "decide",
        r"\bqui (decide\w*|tranche\w*|a le dernier mot)\b|\bdecid\w*\b[^?]{0,25}\b(seule?s?|nous-memes|tout seuls?)\b"
        r"|\bc'est [^?,]{1,30} qui decid\w*|\bunanim\w*"
        # "et la décision, elle se prend comment ?", "comment est-elle décidée ?"
        r"|\bdecision\b[^?]{0,25}\b(pren\w*|pris\w*)\b|\bcomment\b[^?]{0,25}\bdecid\w*",
    ),
    ("when", r"\b(quand|quelle date|quel jour|date de fin|officiellement)\b"),
    (
        "procedure",
        r"\b(comment|procedure|demarches?|formalites?|on fait quoi|quoi faire|que faut-il faire|que doit-on faire"
        r"|qu'est-ce qu'on (doit|fait)|quels? documents?|quoi (envoyer|remplir|transmettre|completer)"
        r"|envo\w+ quoi|en fait quoi|clotur\w*|qui (imprime|signe|remplit|complete|envoie))\b",
    ),
    # where the signed stop document is kept ("où conserver le PDF d'arrêt ?", "dans quel dossier ?")
    ("keep", r"\bou\b[^?]{0,30}\b(conserv\w*|gard\w*|archiv\w*|class\w*|rang\w*)|\bdans quel dossier\b"),
    ("justify", r"\bjustifi\w*"),
    ("motive", r"\b(motifs?|(?<!pour )raisons?|pourquoi|valable)\b"),
)
_ASPECT_RES = tuple((name, re.compile(p)) for name, p in _ASPECTS)


# a question about a stop: "arrêter", "la fin de l'IPT", "se termine", "clôturer", the stop's documents
_STOP = re.compile(
    r"\b(arret\w*|stopp\w*|fin (de|d'|a) |(pren|met)\w*(-t)?(-\w+)? fin|termin\w*|clotur\w*|annexe 4|bilan|pdf|pv"
    r"|proces-verbal|decision|decid\w*|demand\w*|sign\w*)"
)


_DOCUMENT = re.compile(
    r"\b(documents?|annexes?|bilan|listing|pdf|pv|proces-verbal|formulaire|e-poles|envo\w+|rempli\w*|sign\w*)\b"
)


def end_aspects(text: str) -> dict[str, object]:
    """The aspects of a stop the question asks (none: the question asks the whole procedure)."""
    if not _STOP.search(text):
        return {}
    m = _SCENE.match(text)
    asked = text[m.end() :] if m else text
    out: list[str] = []
    rest = asked
    for name, pattern in _ASPECT_RES:
        if pattern.search(rest):
            out.append(name)
            if name == "deadline":  # "pour quand", "jusqu'à quand" ask a deadline, not the end's date
                rest = pattern.sub(" ", rest)
    if not out and _DOCUMENT.search(asked):
        out.append("procedure")  # "faut-il un PV ?", "je dois faire une annexe 4 ?": the stop's documents
    return {"end_aspects": out} if out else {}
