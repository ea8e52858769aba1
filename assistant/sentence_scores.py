"""How well sentences and passages match a question.

Sentences are scored by the IDF weight of the question's words they contain (stems that differ only
by a suffix count as the same word: "conservé" / "conservée"), with a bonus when a sentence holds the
kind of fact asked for (a date, a number, an address). A passage's fit is its best sentence's score
plus its heading's. Nothing here reads the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from assistant.legal_reference import ASKS_REFERENCE, STATES_REFERENCE
from assistant.sentence_lists import is_body
from assistant.sentence_split import split_sentences
from assistant.textnorm import fold

ASKED_BONUS = 0.5  # share of the best overlap score added to sentences with the fact asked for
MIN_STEM = 4  # stems at least this long match a longer stem they begin (sign / signatu)

# What a question asks for, and how to recognise it in a sentence (folded text).
# What one risks ("quelle sanction ?", "on risque quoi ?"), and a sentence naming a consequence.
# (assistant/asked.py extends the question's words with "sanctionné", "amende" for its own check)
CONSEQUENCE_QUESTION = (
    r"consequences?|sanctions?|penalites?|que risque|risque-t-on|"
    r"qu'est-ce qu'(on|il|elle) risque|(on|il|elle|nous|je) risqu\w* quoi"
)
ASKS_CONSEQUENCE = re.compile(rf"\b({CONSEQUENCE_QUESTION})\b")
STATES_CONSEQUENCE = re.compile(r"\b(consequences?|sanctions?|penalit\w*)\b")
_ASKED = (
    (
        re.compile(r"\b(adresse|e-?mail|courriel|mail|contacter|telephone|numero|appeler)\b"),
        re.compile(r"@|\d{2,4}[/.]\d{2,3}[.]\d{2}"),
    ),
    (
        re.compile(r"\b(quand|date|delai|avant quel|jusqu'a quand|pour quand|echeance|depuis quand)\b"),
        re.compile(
            r"\b\d{1,2}(er)? (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b"
            r"|\b\d{1,2}/\d{1,2}(/\d{2,4})?\b|\b\d+ jours\b|\bmi-\w+|\bannee scolaire en cours\b"
        ),
    ),
    (
        re.compile(r"\bcombien de temps\b|\bpendant combien\b|\bduree\b|\bvalable combien\b"),
        re.compile(r"\b(pendant|durant|valable|au maximum|\d+ (ans?|annees?|mois|semaines|jours))\b"),
    ),
    (
        re.compile(r"\b(combien(?! de temps)|nombre|quel pourcentage|quelle proportion)\b"),
        re.compile(r"\b\d+([,.]\d+)?\b"),
    ),
    # where it is written: a sentence naming an article or a dated legal text
    (ASKS_REFERENCE, STATES_REFERENCE),
    (  # the forms a thing can take ("le soutien peut prendre quelles formes ?"): what it consists of
        re.compile(
            r"\bquel(le)?s (formes?|modalites?)\b|\ben quoi (consiste|peut consister)\b|\bsous quelles? formes?\b"
        ),
        re.compile(r"\b(consiste|consistent|consister) (en|a)\b|\bprendre la forme\b|\bsous (la )?forme d"),
    ),
    (  # what if someone fails to act ("et si l'école ne le fait pas ?"): the texts' default clause
        re.compile(r"\bsi\b[^?]{0,80}\b(ne|n')\b[^?]{0,30}\b(pas|plus|jamais|rien)\b"),
        re.compile(
            r"^si\b[^.;]{0,60}\b(ne|n')\b[^.;]{0,30}\b(pas|plus|jamais|rien)\b"
            r"|\ba defaut\b|\bfaute de\b|\ben l'absence\b"
        ),
    ),
    (ASKS_CONSEQUENCE, STATES_CONSEQUENCE),  # "on risque quoi ?": "il n'y aura pas de conséquence"
    (  # who: a question opening with "qui", or "par / à / auprès de qui"
        re.compile(r"(^|[?,;:.!] |\bet |\b(par|a|aupres de|chez) )qui\b"),
        re.compile(
            r"\bpar\s*:|\baupres (du|de|des)\b|\b(faire appel|s'adresser|recours) (a|aupres)\b"
            # a sentence naming who does it: "C'est à l'école de…", "c'est le CPMS … qui", "il revient à"
            r"|\bc'est (a|au|aux) |\bc'est (le|la|les|l') [^.;:]{1,60}\bqui\b|\brevient (a|au|aux)\b"
            r"|\bincombe (a|au|aux)\b|\best (competent|charge|chargee)\b|\bsont (competents|charges)\b"
        ),
    ),
    (  # what a thing is ("c'est quoi le type 1 ?", "définition du Pt B"): the sentence defining it
        re.compile(
            r"^(c'est|c) ?(quoi|koi) (le|la|les|l'|un|une|des)\b|\bqu'est-ce (que|qu') (c'est )?(le|la|les|l'|un|une)\b"
            r"|\b(definition|que (veut dire|signifie|designe)|ca veut dire quoi)\b"
        ),
        re.compile(
            r"\b(est|sont) destine(e|s|es)? aux?\b|\brepond(ent)? aux besoins\b|\bon entend par\b"
            r"|\b(designe|designent|represente|ci-apres denomme\w*)\b|\bs'entend\b|\best defini\w*\b"
        ),
    ),
)


# The level of schooling a question is about, and how a sentence names it (folded text): "en primaire"
# asks about the item "dans l'enseignement fondamental, …" of a list that has one per level.
_LEVELS = (
    (
        re.compile(r"\b(primaire|maternel(le)?|fondamental|[1-6]e?(re|me)? primaire)\b"),
        re.compile(r"\b(fondamental|primaire|maternel(le)?)\b"),
    ),
    (
        re.compile(r"\b(secondaire|humanites|rheto|[1-3]e?(me)? degre)\b"),
        re.compile(r"\bsecondaire\b"),
    ),
)


class Lexicon(Protocol):
    """What sentence scoring needs: the analyzer's tokens and their IDF (see assistant/evidence.py)."""

    def tokenize(self, text: str) -> list[str]: ...

    def idf(self, token: str) -> float: ...


def shared_tokens(tokens: set[str], query: set[str]) -> set[str]:
    """Query tokens found among `tokens`, a stem matching a longer one it begins."""
    found = tokens & query
    for q in query - found:
        if any(min(len(t), len(q)) >= MIN_STEM and (t.startswith(q) or q.startswith(t)) for t in tokens):
            found.add(q)
    return found


def overlap(text: str, query: set[str], lexicon: Lexicon) -> float:
    tokens = lexicon.tokenize(text)
    if not tokens:
        return 0.0
    shared = shared_tokens(set(tokens), query)
    return sum(lexicon.idf(t) for t in shared) / (1.0 + 0.01 * len(tokens))


def asked_in(question: str, sentences: Sequence[str]) -> list[bool]:
    """Which sentences hold the kind of fact the question asks for (none when it asks for none)."""
    folded = fold(question)
    asked = [has for asks, has in _ASKED if asks.search(folded)]
    return [bool(asked) and is_body(s) and any(p.search(fold(s)) for p in asked) for s in sentences]


def _level_names(question: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """How a sentence names the one level of schooling the question is about, and the other level
    (None when the question names no level, or both)."""
    folded = fold(question)
    named = [i for i, (asks, _) in enumerate(_LEVELS) if asks.search(folded)]
    if len(named) != 1:
        return None
    return _LEVELS[named[0]][1], _LEVELS[1 - named[0]][1]


def at_level(question: str, sentences: Sequence[str]) -> list[bool]:
    """Which sentences name the one level of schooling the question is about (fondamental or
    secondaire) and not the other (none when the question names no level, or both)."""
    levels = _level_names(question)
    if levels is None:
        return [False] * len(sentences)
    own, other = levels
    return [is_body(s) and bool(own.search(f := fold(s))) and not other.search(f) for s in sentences]


# A list item's own marker (a bullet, "a)", "2."), and the start of a wrapped item's rest ("4 périodes
# par élève", "les types 4, 6 et 7 …"): what follows a level's label up to the next item.
_ITEM_MARK = re.compile(r"^([●•➢\-–■]|\d{1,2}\s?[.°)]\s|[a-z]\)\s)")
_ITEM_REST = re.compile(r"^[a-zà-ÿ0-9]")


def other_level(question: str, sentences: Sequence[str]) -> set[int]:
    """The list items of the level of schooling the question does not ask about ("- Dans
    l'enseignement secondaire : | 4 périodes par élève, et 16 …" for a question on the primaire),
    with the rest of each item, when the text has an item at the level asked: a user asking about one
    level is answered with its item only (none when the question names no level, or both)."""
    levels = _level_names(question)
    if levels is None:
        return set()
    own, other = levels
    at = [(bool(own.search(f)), bool(other.search(f))) for f in map(fold, sentences)]
    marked = [bool(_ITEM_MARK.match(s)) for s in sentences]
    if not any(mark and o and not t for mark, (o, t) in zip(marked, at, strict=True)):
        return set()
    out: set[int] = set()
    for k in range(len(sentences)):
        if not (marked[k] and at[k][1] and not at[k][0]):
            continue
        out.add(k)
        j = k + 1
        while j < len(sentences) and not marked[j] and not at[j][0] and _ITEM_REST.match(sentences[j]):
            out.add(j)
            j += 1
    return out


def sentence_scores(
    question: str, sentences: Sequence[str], lexicon: Lexicon, query: set[str] | None = None
) -> list[float]:
    query = set(lexicon.tokenize(question)) if query is None else query
    scores = [overlap(s, query, lexicon) if is_body(s) else 0.0 for s in sentences]
    top = max(scores, default=0.0)
    levels = at_level(question, sentences)
    holds = [has or level for has, level in zip(asked_in(question, sentences), levels, strict=True)]
    return [sc + ASKED_BONUS * top if sc > 0 and has else sc for sc, has in zip(scores, holds, strict=True)]


def fit(question: str, heading: str, text: str, lexicon: Lexicon, heading_weight: float = 0.5) -> float:
    """How well a passage answers the question: its best sentence's score (more for a sentence at the
    level of schooling asked) plus its heading's (a question/answer pair's question is worth more than a
    section title)."""
    query = set(lexicon.tokenize(question))
    sentences = split_sentences(text)
    scores = [overlap(s, query, lexicon) if is_body(s) else 0.0 for s in sentences]
    top = max(scores, default=0.0)
    levels = at_level(question, sentences)
    best = max(
        (sc + ASKED_BONUS * top * level for sc, level in zip(scores, levels, strict=True)), default=0.0
    )
    return best + heading_weight * (overlap(heading, query, lexicon) if heading else 0.0)
