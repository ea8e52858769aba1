"""The words of a user's question that name a notion, and those that do not.

A notion is a noun the question introduces with a determiner ("le barème", "la cantine"); words users
ask with, name people with, or write for numbers carry none. Also: users' synonyms of the texts' words,
named institutions and places, and the asked part of a message (its sentences ending in '?').
Read by assistant/evidence.py (coverage, known words) and assistant/foreign_notions.py.
"""

from __future__ import annotations

import re

from assistant.textnorm import fold


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# A notion is a noun the question introduces with a determiner ("le barème", "la cantine", "un TDAH",
# "de préavis"). Words users ask with, or name people with, that no text uses carry no notion.
DETERMINERS = _set(
    "le la les l' un une des du au aux de d' mon ma mes ton ta tes son sa ses notre nos "
    "votre vos leur leurs ce cet cette ces quel quelle quels quelles "
)
PLAIN_WORDS = _set(
    "combien exactement exacte exact fils fille filles enfants gamin gamine garcon gosse ado "
    "bebe petit petite soucis souci truc trucs chose choses gens coup avance aide question "
    "questions madame monsieur bonjour merci message mail courriel semaine semaines mois "
    "jour jours heure heures matin midi soir lundi mardi mercredi jeudi vendredi samedi "
    "dimanche sigle acronyme abreviation definition terme mot eligibilite critere criteres "
    # people a question reports or cites ("une collègue soutient que…", "mon mari voudrait…")
    "collegue collegues mari epouse conjoint conjointe voisin voisine ami amie copine copain "
    "maman papa mere pere "
    # a pupil's family, naming another pupil ("et sa sœur, inscrite le 2 décembre ?")
    "frere freres soeur soeurs jumeau jumeaux jumelle jumelles cousin cousine cousins "
    # directions of a rounding or a change ("arrondi vers le haut", "ajusté vers le bas")
    "haut bas dessus dessous "
)
# A number written in words ("un dixième", "un cinquième temps", "un quart", "la moitié"): the texts
# write it in figures ("1/10e", "1/5e"), so it is a number, never a notion the texts lack.
NUMBER_WORD = re.compile(
    r"(un|deux|trois|quatr|cinqu|six|sept|huit|neuv|dix|onz|douz|treiz|quatorz|quinz|seiz|vingt|"
    r"trent|quarant|cinquant|soixant|cent)iemes?|demis?|tiers|quarts?|moities?"
)
# Institutions: a named one ("le pôle de Charleroi", "le PMS de Namur") is a place no text describes.
INSTITUTIONS = _set("pole poles cpms pms centre ecole ecoles athenee institut lycee college ")
# Users' words for notions the texts name otherwise ("le bus" is the texts' "transport"), and their
# shortenings of the domain's words ("le spé", "l'EES"): known notions, not foreign ones.
# Words of a named institution's description between its noun and its place ("le centre PMS libre de
# Mons", "le pôle territorial de Verviers"); never "ordinaire"/"spécialisée", which also describe a
# pupil's school ("l'école ordinaire de Léo").
ASKS_ABOUT_ONE = re.compile(
    r"\b(adresses?|telephones?|numeros?|horaires?|heures d'ouverture|courriels?|e-?mails?|mails?|"
    r"contacts?|contacter|joindre|site|directeur|directrice|coordonnat\w*|responsables?|"
    r"ou se trouve|qui est|nom)\b"
)
_NETWORK_WORDS = _set(
    "libre libres officiel officielle communal communale provincial provinciale territorial pms cpms"
)


def names_institution(before: list[str]) -> bool:
    """Whether the words before "de" end with an institution's noun, then only network words."""
    for word in reversed([fold(w).rstrip("'") for w in before]):
        if word in INSTITUTIONS:
            return True
        if word not in _NETWORK_WORDS:
            return False
    return False


SYNONYMS = {
    "bus": "transport",
    "car": "transport",
    "score": "resultat",
    "grille": "echelle",  # "la grille d'évaluation": the users' word for a sensori-motor scale
    "grilles": "echelles",
    "note": "resultat",
    "depart": "debut",
    "prof": "enseignant",
    "profs": "enseignants",
    "instit": "instituteur",
    "spe": "specialise",
    "spec": "specialise",
    "ees": "enseignement specialise",
    "eeo": "enseignement ordinaire",
    "monde": "tous",
    "normale": "ordinaire",  # "l'école normale": the users' word for the texts' ordinary school
    "normal": "ordinaire",
    "logo": "logopede",  # "la logo du pôle"
    "subside": "subvention",  # the Belgian word for a grant
    "subsides": "subventions",
    "coef": "coefficient",  # users' shortenings of the texts' figures ("le coef", "combien de pts")
    "coefs": "coefficients",
    "coeff": "coefficient",
    "pts": "points",
    "plafond": "depasser",  # "un plafond de 352 points": the texts say "sans pouvoir dépasser 352 points"
    "plafonne": "depasser",
    "plafonnes": "depasser",
    "visite": "passage",  # "la visite des vérificateurs": the texts' "passage des vérificateurs"
    "visites": "passages",
}
# An infinitive after "aller" ("il va redoubler") is an event of the pupil's case: one no text uses
# (in any form) is a situation the texts do not cover. Not after "pouvoir"/"devoir" ("peut-on
# bloquer ?"), where users paraphrase the texts' words with their own verbs.
MODALS = _set("va vont vais")
INFINITIVE = re.compile(r"^[a-z]{3,}(er|ir|re)$")
# After "le/la/les/l'", these words make it an object pronoun ("on les perd", "doit-on la relancer").
# after "qui", "le/la/les" is an object pronoun before a verb ("c'est l'école qui les touche ?")
BEFORE_PRONOUN = _set("on je j' tu il elle nous vous ils elles ne n' qui ")
GLOSSED = re.compile(r"\(([A-Z]{2,6})\)")
# Places no text is about: a named country after "en/au/aux", a region's unknown name.
PLACE_PREPOSITIONS = frozenset({"en", "au", "aux"})
PLACE_NOUNS = frozenset({"communaute", "region", "province", "pays", "canton", "departement"})
# Places the texts are about, or that users write in capitals after "en" without naming a country.
HOME_PLACES = _set(
    "belgique wallonie bruxelles flandre federation communaute region fwb ipt janvier fevrier mars "
    "avril mai juin juillet aout septembre octobre novembre decembre maternelle primaire secondaire "
)
# A subject pronoun after its verb ("calcule-t-on le pécule", "faut-il le signer"): what follows the
# pronoun is the verb's object, so the pronoun is no sign that "le" is itself a pronoun.
INVERSION = re.compile(r"-(?:t-)?(?:on|il|elle|ils|elles|nous|vous|je|tu)\b", re.I)
WORDS = re.compile(r"[^\W\d_]+'?|\d+")


_SENTENCE = re.compile(r"[^.?!\n]*\?")
# Everyday phrases whose nouns name no notion ("dans la boucle", "en cours de route", "à la place").
IDIOMS = re.compile(
    r"\b(dans la boucle|en cours de route|au courant|[aà] la place|au fur et [aà] mesure|en gros|du coup|"
    r"en fait|par contre|tout [aà] fait|au final|[aà] la limite|en tout cas|au cas o[uù]|sur le coup)\b",
    re.I,
)


def asked_text(question: str) -> str:
    """The asked part of a question, with one kind of apostrophe and without idioms."""
    text = asked_part(question)
    for ch in "’‘`´ʼ′":
        text = text.replace(ch, "'")
    return IDIOMS.sub(" ", text)


def asked_part(text: str) -> str:
    """The questions of a message that asks several things or wraps its question in an e-mail (its
    sentences ending in '?'), else the whole text: a signature or a context sentence names no notion
    the user asks about."""
    asked = _SENTENCE.findall(text)
    return " ".join(asked) if asked else text
