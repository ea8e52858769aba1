"""Whether an answer names the kind of value a question asks by its noun.

"quel diplôme", "à partir de quel âge", "quelle ancienneté": an answer that never names the asked
noun (in a sentence about the question's topic) does not give its value; "un âge minimum": an answer
must name that kind with a figure or a bound word. Nouns whose value a sentence gives without naming
them ("quel délai" -> "dans les 30 jours") are not checked.
"""

from __future__ import annotations

import re

from assistant.textnorm import fold, typo_edits, word_stems

# "quel diplôme", "à partir de quel âge", "quelle ancienneté": the asked noun names the value's kind;
# an answer that never names it does not give it. Nouns whose value a sentence gives without naming
# them ("quel délai" -> "dans les 30 jours", "quelle adresse" -> an e-mail address) are not checked.
# An adjective placed before the noun ("quelle ancienne circulaire", "quel autre document") is skipped.
_ASKS_NOUN = re.compile(
    r"\bquel(?:le)?s? (?:(?:ancien|ancienne|nouveau|nouvel|nouvelle|autre|meme|premiere?|dernier|derniere"
    r"|prochaine?|seule?|bonne?|vraie?)s? )?"
    # "quel type d'indicateur", "quelle sorte de document": the asked noun is the kind's own noun
    r"(?:(?P<kind>type|sorte|genre|forme)s? d(?:e |'))?(?P<noun>[a-z][a-z-]{2,})\b"
)


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_UNNAMED_VALUES = _word_set(
    "est sont etait etaient sera seront serait doit doivent peut peuvent faut delai delais date dates "
    "jour jours moment moments duree periode mois annee rentree semaine heure montant montants nombre somme "
    "pourcentage taux document documents formulaire formulaires demarche demarches procedure "
    "procedures personne personnes acteur acteurs organisme organismes service services role roles "
    "condition conditions regle regles cas difference differences chose choses information "
    # the items of a list asked as such ("quelles pièces / quels éléments doit contenir le dossier ?")
    "piece pieces element elements donnee donnees "
    "informations etape etapes but objectif objectifs mission missions sanction sanctions consequence "
    "consequences adresse adresses mail email courriel numero lien site article articles texte "
    "textes base moyen moyens solution solutions demande raison raisons motif motifs reglement regime "
    # who or where, named by the institution's or person's own name ("quel PMS" -> "le CPMS de…"),
    # and a handicap named by its deficiency ("quel handicap" -> "une déficience auditive")
    "centre centres pms cpms ecole ecoles pole poles enfant enfants eleve eleves jeune jeunes parent "
    "parents handicap handicaps "
    # the shape a thing takes ("quelles formes peut prendre le soutien ?"), described, not named
    "forme formes"
)


# Words of nearly every passage: sharing them says nothing of a sentence's topic.
_EVERYWHERE = _word_set(
    "eleve eleves integration permanente totale poles ecole ecoles enseignement "
    "quelle quelles quels jusqu partir combien apres avant"  # the question's own form
)


def _naming(noun: str) -> str:
    """The pattern of a text naming a noun: a short one as a word ("âge", not "agents"), a longer one
    by its stem ("diplôm-")."""
    return rf"\b{re.escape(noun)}[es]?s?\b" if len(noun) <= 4 else rf"\b{re.escape(noun[:-1])}"


def names_asked_noun(question: str, answer_text: str, *, on_topic: bool = True) -> bool:
    """False when a "quel <nom>" question's noun (a kind of value: âge, diplôme, ancienneté) appears
    in no quoted passage of the answer about the question's topic (sharing another of its words): the texts
    did not give that value ("selon l'âge" in a sentence on the scales gives no age limit of an IPT).
    `on_topic=False` for a rule's conclusion, computed for the question's case: naming it suffices."""
    q = fold(question)
    quotes = [fold(line) for line in answer_text.split("\n")]  # one quoted passage a line
    for match in _ASKS_NOUN.finditer(q):
        noun = match.group("noun").rstrip("s")
        if noun in _UNNAMED_VALUES or f"{noun}s" in _UNNAMED_VALUES or _misspelt_unnamed(noun):
            continue
        # "quel type d'indicateur": naming the indicator or the type ("types 1, 2, 3") gives it
        named = "|".join(_naming(n) for n in (noun, match.group("kind")) if n)
        topic = _stems(q) - _stems(f"{noun} {match.group('kind') or ''}") if on_topic else set()
        if not any(re.search(named, s) and (not topic or topic & _stems(s)) for s in quotes):
            return False
    return True


# "un âge minimum", "une durée maximale": a bound of the named kind, which an answer states in a
# sentence naming that kind with a figure or a bound ("au moins", "au plus", "maximum")
_ASKS_BOUND = re.compile(r"\b(?P<noun>[a-z]{3,})s? (?:minimum|maximum|minimale?|maximale?|limite)s?\b")
_BOUND = re.compile(r"\d|\b(minimum|maximum|minimale?|maximale?|au moins|au plus|plafond|limite)\b")


def states_asked_bound(question: str, answer_text: str) -> bool:
    """False when the question asks a bound of a named kind ("un âge minimum") and no sentence of
    the answer names that kind with a figure or a bound word ("selon l'âge" states no age limit)."""
    match = _ASKS_BOUND.search(fold(question))
    if not match or match.group("noun") in _UNNAMED_VALUES or match.group("noun") in _EVERYWHERE:
        return True
    noun = match.group("noun")
    named = re.compile(_naming(noun))
    sentences = re.split(r"[.;\n]", fold(answer_text))
    return any(named.search(s) and _BOUND.search(s) for s in sentences)


_LONG_UNNAMED = frozenset(w for w in _UNNAMED_VALUES if len(w) >= 5)


def _misspelt_unnamed(noun: str) -> bool:
    """A typed-fast kind of value ("quel artcile", "quelle procedrue") stands for that kind."""
    return len(noun) >= 5 and not _LONG_UNNAMED.isdisjoint(typo_edits(noun))


def _stems(text: str) -> set[str]:
    return word_stems(text, ignore=_EVERYWHERE)
