"""Follow-up wording: how a turn is phrased, read by the follow-up resolution (an anaphora, an
ellipsis, a hypothesis, a doubt, a correction, a bare question, a question on the last answer's basis)."""

from __future__ import annotations

import re
from typing import Any

from assistant.legal_reference import WRITTEN_WHERE
from assistant.understand import scope

SHORT = 8  # a turn of at most this many words, made of facts, is elliptic
LONG = 12  # a longer turn without facts nor intent is a new question, even after "et"
SHORT_TEXT = 6  # after a text answer, an anaphoric turn this short continues it ("et pour le secondaire ?")
# "qui doit le signer ?", "peut-on la prolonger ?": the object is the previous question's
OBJECT_PRONOUN = re.compile(
    r"\b(doi[st]|doivent|peu[tx]|peuvent|faut|va|vont)\b[- ]?(on |il |elle |ils |elles )?(le|la|les|l') ?[a-z]+(er|ir|re)\b"
)
# "qui fait le lien avec eux ?", "et pour lui ?": a stressed pronoun names someone of the previous turn
STRESSED_PRONOUN = re.compile(r"\b(avec|pour|chez|sans|par|contre|a|aupres d') ?(eux|elles?|lui)\b")
# "qui est responsable de ce personnel ?", "et ce document ?", "ce délai court depuis quand ?": a
# demonstrative names a thing of the previous turn
# ("ce que", "ce qui", "ce sont" are no demonstrative: "est-ce que…" names nothing)
# "et ils ont été créés par quel décret ?", "elles sont signées par qui ?": a plural subject pronoun
# opening the turn names the things of the previous turn ("il" is often impersonal: "il faut")
SUBJECT_PRONOUN = re.compile(r"^(?:(?:et|mais|donc|ok|alors)[ ,]+)*(?:ils|elles)\b")
DEMONSTRATIVE = re.compile(
    r"\b(ce|cet|cette|ces) (?!(?:annee|mois|jour|matin|soir|semaine|cas|qu\w*|dont|sont|soit|serait|sera|etait)\b)"
    r"[a-z]{3,}"
)
# "et s'il avait été signé en juin ?", "et si c'était avant le 30 ?": the same question, one fact changed
HYPOTHETICAL = re.compile(r"^(et |mais |alors |ok,? )?(si|s'il|s'ils|s'elle|s'elles)\b")


# "tu es sûr ?", "vous êtes certain ?", "vraiment ?", "même si …": the user doubts the last answer and
# asks the same question again, possibly with a fact the answer should have weighed
CHALLENGE = re.compile(
    r"^(?:mais |hmm?,? |euh,? )?(?:(?:tu es|t'es|vous etes|c'est) (?:bien )?(?:sure?s?|certaine?s?)\b|vraiment\b"
    r"|(?:et )?meme si\b|pourtant\b)"
)
# "non, je voulais dire pour l'évaluation", "je parlais du CPMS de l'ordinaire", "plutôt en secondaire":
# a correction of the last question, asked again with the corrected fact
CORRECTION = re.compile(
    r"^(?:(?:non|pardon|oups|euh|ah|desolee?|excuse[sz]?-moi|je me suis trompee?|(?:mon |ma )?erreur)[ ,.!]*)*(?:je (?:voulais|veux) dire|je parlais (?:de|du|des|d')|je pensais a"
    r"|c'etait (?:pour|sur|a propos)|plutot (?:pour|en|le|la|les|du|de|au|dans)\b|pas (?:la|le|les|l') ?\w+,? mais\b)"
)


# "et pour une IPT suivie par un pôle ?", "et si l'élève …": the turn refines the case, not the question
# "et un autre élève, même type… ?", "et sa sœur, inscrite le… ?": the same question for another pupil
REFINES_CASE = re.compile(
    r"^(et |mais |alors )?(pour|en|dans|au|aux|a|chez|concernant|si|s'il|s'ils|s'elle|du cote"
    r"|(un|une|l') ?autres?|(son|sa|ses|leur) (frere|soeur|jumeau|jumelle|cousin|cousine)s?)\b"
)


# a turn with its own question word asks its own kind of question ("et qui la rédige ?")
QUESTION_WORD = re.compile(
    r"\b(qui|quand|combien|comment|ou|quels?|quelles?|pourquoi|que|quoi|qu'\w+|lequel|laquelle)\b"
)


# "pourquoi ?", "d'où vient cette règle ?", "c'est écrit où ?", "sur quelle base ?", "on en fait quoi
# alors ?": a turn about the last answer itself (its reason, its source, what follows from it)
_BASIS_TAIL = r"(?:[ ,]+(?:ca|cela|donc|alors|exactement|precisement|au juste|svp|stp|merci))*[ ,?!.]*$"
_ASKS_BASIS = re.compile(
    r"^(?:et |mais |ok,? |d'accord,? |ah,? )?(?:"
    r"pourquoi(?: c'est (?:ainsi|comme ca))?|pour quelle raison"
    rf"|{WRITTEN_WHERE}|(?:ecrit|prevu|dit) ou|c'est (?:ecrit |prevu )?dans quel (?:texte|article)"
    r"|dans quel (?:texte|article)(?: c'est| est-ce)?(?: ecrit| prevu)?"
    r"|d'ou (?:vient|viennent|sort|sortent) (?:ca|cela|cette (?:regle|info\w*|reponse)|ce (?:chiffre|delai))"
    r"|(?:ca|cela|cette regle) (?:vient|sort) d'ou|quelle (?:est (?:la|ta|votre) )?(?:source|base legale|reference)"
    r"|sur quelle base|(?:que|qu'est-ce qu')(?: doit-on| faut-il| on doit| il faut)? en faire|on en fait quoi"
    r"|concretement)" + _BASIS_TAIL
)


def asks_basis(text: str) -> bool:
    """Whether a short turn asks about the last answer itself: why, where it is written, what follows."""
    return words(text) <= SHORT and bool(_ASKS_BASIS.search(text))


def keeps_form(text: str) -> bool:
    """An elliptic turn without a question word of its own ('et l'année prochaine ?', 'et en
    primaire alors ?') asks the previous question again, in the same form (closed stays closed)."""
    if CHALLENGE.search(text) or CORRECTION.search(text):
        return True
    if QUESTION_WORD.search(_NOT_ASKING.sub(" ", text)):
        return False
    # a turn keeps the form when it has no asking verb of its own ("et nous, les parents, si on n'est
    # pas d'accord ?") or a bare one ("et les parents, ils peuvent ?"); "et l'école ordinaire, elle
    # peut refuser ?", "et les parents, ils doivent signer ?" ask their own question
    return words(text) <= LONG and not any(
        _BARE_VERB_TAIL.match(text, m.end()) is None for m in _OWN_VERB.finditer(text)
    )


# "au cas où", "si c'est les parents qui…": words of the question-word list that ask nothing
_NOT_ASKING = re.compile(r"\bau cas ou\b|\b(?:c'est|ce sont|c'etait) (?:[\w'-]+ ){1,4}qui\b")
# a verb that asks a question of its own: a modal, an inversion, "est-ce que"
_OWN_VERB = re.compile(
    r"\b(peu[tx]|peuvent|pourr\w+|doi[st]|doivent|devr\w+|faut|faudr\w+|est-ce)\b|\b\w+-(t-)?(il|elle|ils|elles|on)\b"
)


# what may follow a bare asking verb: "ils peuvent aussi ?", "elle doit le faire ?", "est-ce pareil ?"
_BARE_VERB_TAIL = re.compile(
    r"(?:[ ,-]+(?:aussi|encore|egalement|pareil|alors|donc|quand meme|tout de meme|de meme|la meme chose"
    r"|le faire|l'etre|le cas|ca|cela|eux|elles?|lui|eux aussi|non|oui|dans ce cas|vraiment))*[ ,?!.]*$"
)


def words(text: str) -> int:
    return len(re.findall(r"[\w'-]+", text))


def refers_back(text: str) -> bool:
    """Whether a pronoun of the turn stands for something of the previous one ("le signer", "avec eux")."""
    return bool(
        OBJECT_PRONOUN.search(text)
        or STRESSED_PRONOUN.search(text)
        or DEMONSTRATIVE.search(text)
        or SUBJECT_PRONOUN.search(text)
    )


BARE = 4  # a question of at most this many words, without facts, cannot stand on its own


def bare_question(text: str, own: dict[str, Any]) -> bool:
    """A question word and a noun or two, no facts: "dans quel délai ?", "c'est quelle annexe ?"; or a
    short question with no word of the domain at all ("c'est à qui de le faire ?", "ça se passe
    comment ensuite ?"): it cannot stand on its own, it asks about the previous turn's matter."""
    if own or not QUESTION_WORD.search(text):
        return False
    return words(text) <= BARE or (words(text) <= SHORT and scope.is_out_of_scope(text, False))


def elliptic(text: str, own: dict[str, Any]) -> bool:
    return bool(own) and words(text) <= SHORT
