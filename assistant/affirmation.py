"""A closed question whose claim a quoted sentence states: "le temps de coordination peut-il être
compté dans l'accompagnement ?" answered by "L'accompagnement … peut comprendre un temps de
coordination pour autant que …" opens "Oui, sous conditions".

The claim's content words (the question's words of four letters or more, but its asking words:
"peut-il", "est-ce que", "d'après le décret"…) must all be in ONE quoted sentence, a few verbs and
nouns being read with their usual equivalents ("compté" / "compris" / "comprendre", "reçoit" /
"accordé", "école" / "établissement"). Nothing is concluded (never a guess) when the question is
negative or reversed, asks an obligation the sentence does not state, names an agent ("c'est X qui…")
the sentence does not give the act to, or when the sentence negates or restricts ("ne … pas", "sauf",
"uniquement", "ne … que"). A sentence setting a condition ("pour autant que", "à condition") answers
"Oui, sous conditions".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.agent_quotes import actors_of
from assistant.asked_agent import CLOSED_SUBJECT, agents
from assistant.index.analyzer import everyday_terms
from assistant.sentence_split import split_sentences
from assistant.textnorm import fold
from assistant.yes_no import asks_must, is_negated, is_reversed, negated_lead, unnegated

# asking words and fillers: what a closed question adds to its claim
_ASKING = frozenset(
    re.findall(
        r"[a-z]+",
        "peut peuvent pourra pourront pourrait pourraient etre faut faudra doit doivent dois devra devront "
        "avoir donc alors vraiment bien aussi toujours encore quand meme elle elles ils nous vous leur leurs "
        "dans pour avec tous toutes tout cela ceci cette celle celui apres selon decret circulaire texte "
        "textes arrete exact exacte vrai correct possible normal ainsi votre notre soit soient faire fait fasse fassent "
        "jusqu",
    )
)
# words read with their usual equivalents: the first five letters of a word -> its class
_EQUIVALENTS = {
    "compt": "include", "compr": "include", "inclu": "include",
    "recoi": "give", "recev": "give", "accor": "give", "attri": "give", "octro": "give",
    "ecole": "school", "etabl": "school",
}  # fmt: skip
# whole words read as one class whatever their first letters share with others: "faire passer
# l'échelle" / "la passation de l'échelle" (not "passage", "passerelle"); "qu'il contienne" / "doit
# contenir" (not "contexte", "contester", "continuer")
_WORD_CLASSES = (
    (re.compile(r"pass(?:e|es|ee|ees|ent|er|ons|ez|era\w*|ait|aient|ation|ations)"), "pass"),
    (re.compile(r"conti?en(?:ir|t|nent|ne|nes|ait|aient|ant|drait|dra)"), "contain"),
)
_NEGATION = re.compile(
    r"\bne\b|\bn'|\b(?:sauf|uniquement|seulement|exclusivement|excepte|hormis|aucune?|jamais)\b"
    r"|\ba l'exception\b|\ba moins\b|\bpas\b"
)
_CONDITION = re.compile(
    r"\b(?:pour autant que|pour autant qu'|a condition|moyennant|sous reserve|en cas d[e']|si)\b"
)
# an open question ("quand…", "à qui…"): a relative "qui" ("l'école qui accueille") does not ask who
_OPEN = re.compile(
    r"\b(?:quand(?! meme)|comment|combien|pourquoi|quoi|koi|quels?|quelles?)\b|(?:^|[,;:.!?] |\b(?:et|mais|donc|alors) )(?:que|qu'|qui)\b"
    # "où" (folded "ou") opens a clause or ends the question; "SIEL (ou ProEco) ?" is the conjunction
    r"|(?:^|[,;:.!?] )(?:ou|d'ou)\b|\b(?:ou|d'ou)\s*\?"
    r"|\b(?:a|par|pour|avec|de|chez) qui\b|\bqu'est-ce\b"
)
# a claim has a verb: an inverted subject ("reçoit-elle"), "est-ce que", "c'est", a subject pronoun or
# a modal/copula; "et pour le registre ?" claims nothing
_CLAIMS = re.compile(
    r"-(?:t-)?(?:il|elle|ils|elles|on)\b|\best-ce\b|\bc'est\b|\b(?:il|elle|ils|elles|on|je|j'|nous|vous)\s*[a-z]"
    r"|\b(?:peut|peuvent|doit|doivent|faut|est|sont)\b"
)
# a claim that one alone does it or gets it all ("la direction seule décide ?", "elles vont toutes à
# l'école spécialisée ?"): a sentence stating the act is no proof that no one else shares it
_EXCLUSIVE = re.compile(
    r"\b(?:seule?s?|uniquement|exclusivement|seulement)\b"
    r"|\b(?:vont|va|sont|reviennent|revient|partent|part) (?:toute?s?|tous|entierement|integralement)\b"
)
# a claim of sameness with what was said before ("c'est la même direction ?", "le même délai ?")
_SAMENESS = re.compile(r"\b(?:le|la|les|du|des|au|aux) memes?\b(?! si\b)|\b(?:pareil\w*|identiques?)\b")
_MUST = re.compile(r"\b(?:doi(?:t|vent)|obligatoire\w*|est tenue?|sont tenue?s|necessaire\w*|requis\w*)\b")


def _key(word: str) -> str:
    for pattern, key in _WORD_CLASSES:
        if pattern.fullmatch(word):
            return key
    return _EQUIVALENTS.get(word[:5], word[:5])


def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z]{4,}", text) if w not in _ASKING]


def _keys(text: str) -> set[str]:
    """The keys of a text's content words, and of the texts' words its everyday words stand for
    ("le prof" -> "enseignant", "titulaire" -> "enseignant"): both sides read alike."""
    return {_key(w) for w in _content_words(f"{text} {everyday_terms(text)}")}


def _claimed(text: str) -> list[set[str]]:
    """The claim's words, each with its alternatives: its own key or those of the texts' words it
    stands for ("malentendante" is stated by "déficiences auditives")."""
    return [{_key(w)} | _keys(everyday_terms(w)) for w in dict.fromkeys(_content_words(text))]


def _states(claim: list[set[str]], sentence: str) -> bool:
    keys = _keys(sentence)
    return all(alternatives & keys for alternatives in claim)


# a sentence whose subject is a pronoun: "Il est gratuit …" under "Et le transport scolaire ?"
_PRONOUN_SUBJECT = re.compile(r"^(?:il|elle|ils|elles|celui-ci|celle-ci|ceux-ci|celles-ci)\s")
# ... but not an impersonal "il": "il faut", "il y a", "il s'agit", "il est possible de / que"
_IMPERSONAL = re.compile(
    r"^il (?:faut|y |s'agit|convient|appartient|importe|suffit|reste|existe|arrive|semble"
    r"|est \w+ (?:de |d'|que |qu'))"
)


def _with_subjects(quotes: Sequence[str], headings: Sequence[str], claim: list[set[str]]) -> list[str]:
    """The quoted sentences (folded); one whose subject is a pronoun ("Il est gratuit entre le
    domicile…") gets its passage heading ("Et le transport scolaire ?"), which names what it speaks of.
    A heading stating the whole claim by itself (a Q&A's question: "Le PV … doit-il être signé par tous
    les participants ?") is the question asked, not a subject: its sentences are read alone."""
    out = []
    for i, quote in enumerate(quotes):
        head = fold(headings[i]) if i < len(headings) else ""
        head = "" if head and _states(claim, head) else head
        for sentence in (fold(s) for s in split_sentences(quote)):
            named = head and _PRONOUN_SUBJECT.match(sentence) and not _IMPERSONAL.match(sentence)
            out.append(f"{sentence} {head}" if named else sentence)
    return out


def affirmed(
    question: str, quotes: Sequence[str], negated: bool = False, headings: Sequence[str] = ()
) -> str | None:
    """'Oui' (or 'Oui, sous conditions') when one quoted sentence states the closed question's claim
    without negating or restricting it; else None. `negated`: the claim is the positive of a negated
    question ("n'a pas à transmettre" -> "a à transmettre"), whose verb was the negated one.
    `headings`: each quote's passage heading, the subject of a sentence opening "Il …", "Elle …"."""
    q = fold(question).strip()
    if _OPEN.search(q) or is_reversed(q) or not (negated or _CLAIMS.search(q)) or "?" not in q:
        return None
    if _EXCLUSIVE.search(q) or _SAMENESS.search(q):
        return None  # "… seule ?", "la même … ?": one sentence stating the act does not confirm it
    claim = _claimed(q)
    if len({frozenset(c) for c in claim}) < 2:
        return None
    subject = CLOSED_SUBJECT.search(q)
    asked = agents(subject["y"]) if subject and subject["y"] else set()  # "c'est X qui … ?"
    for sentence in _with_subjects(quotes, headings, claim):
        if not _states(claim, sentence) or _NEGATION.search(sentence):
            continue
        if asks_must(q) and not _MUST.search(sentence):
            continue  # "doit-on … ?" is not answered by "peut …"
        if asked and not asked <= (
            actors_of(sentence, subject["verb"][:5]) if subject["verb"] else agents(sentence)
        ):
            continue  # "c'est X qui signe ?": the sentence must give the act to X
        return "Oui, sous conditions" if _CONDITION.search(sentence) else "Oui"
    return None


# the two kinds of school a claim can place an act in
_KINDS = {"ordin": "speci", "speci": "ordin"}


def _claim_fit(claim: set[str], sentence: str) -> bool:
    """All the claim's words but one at most are the sentence's, and the sentence negates nothing."""
    return len(claim - _keys(sentence)) <= 1 and not _NEGATION.search(sentence)


def opposed(question: str, texts: Sequence[str]) -> str | None:
    """'Non' when the closed question places its claim in one kind of school ("les subventions vont à
    l'école ordinaire ?") and a sentence states the same claim of the other kind only ("… sont versées
    à l'école d'enseignement spécialisé"), no sentence stating it of the asked kind; or when it claims
    the asked kind has it all ("elles vont toutes à l'école spécialisée ?") and a sentence stating the
    claim shares it with the other kind ("8 périodes pour … spécialisé et 8 périodes pour … ordinaire")."""
    q = fold(question).strip()
    if _OPEN.search(q) or is_reversed(q) or "?" not in q:
        return None
    asked = [k for k in _KINDS if re.search(rf"\b{k}", q)]
    claim = _keys(_EXCLUSIVE.sub(" ", q)) - {"ordin", "speci", "ensei"}
    if len(asked) != 1 or len(claim) < 3:
        return None
    sentences = [fold(s) for text in texts for s in split_sentences(text)]
    fits = [s for s in sentences if _claim_fit(claim, s)]
    other = _KINDS[asked[0]]
    if _EXCLUSIVE.search(q) and any(
        re.search(rf"\b{asked[0]}", s) and re.search(rf"\b{other}", s) for s in fits
    ):
        return "Non"
    if any(re.search(rf"\b{asked[0]}", s) for s in fits):
        return None
    return "Non" if any(re.search(rf"\b{_KINDS[asked[0]]}", s) for s in fits) else None


def stated_word(question: str, texts: Sequence[str], headings: Sequence[str] = ()) -> str | None:
    """The word a closed question gets from sentences that state its claim ("Oui"), state the positive
    claim of a negated question ("il n'a pas à transmettre la liste ?" -> "Si"), or place it in the
    other kind of school ("Non")."""
    word = affirmed(question, texts, headings=headings)
    if word is None and is_negated(question) and affirmed(unnegated(question), texts, True, headings):
        return negated_lead(question, "Oui")
    return word or opposed(question, texts)
