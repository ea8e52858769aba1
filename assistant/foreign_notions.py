"""Notions a question asks about that no text mentions, or only as another kind of the thing.

A foreign notion is a noun the question introduces that no form of any text uses ("le barème de
salaire", "la cantine", "un TDAH"), a named institution asked about ("l'adresse du PMS de Namur"), a
place no text is about ("en France"), or the case's act no text names ("il va redoubler"). Another
kind: "le congé de maladie" when the passages only speak of the "congé parental". Common words
matching elsewhere do not make up for them. Functions of the index's Vocabulary (assistant/evidence.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from assistant.index.analyzer import STOP_WORDS as ANALYZER_STOP
from assistant.notion_words import (
    ASKS_ABOUT_ONE,
    BEFORE_PRONOUN,
    DETERMINERS,
    GLOSSED,
    HOME_PLACES,
    INFINITIVE,
    INSTITUTIONS,
    INVERSION,
    MODALS,
    NUMBER_WORD,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    PLAIN_WORDS,
    SYNONYMS,
    WORDS,
    asked_text,
    names_institution,
)
from assistant.textnorm import fold

if TYPE_CHECKING:
    from assistant.evidence import Vocabulary


def _foreign_place(vocabulary: Vocabulary, folded: str) -> bool:
    """Whether a capitalised word after "en/au" names a place no text uses as such: its stem may
    match ("France" and "française"), but the word itself never occurs."""
    return (
        folded not in vocabulary.words and folded not in HOME_PLACES and not vocabulary.one_typo_away(folded)
    )


def foreign_notions(vocabulary: Vocabulary, question: str) -> list[str]:
    """Notions the question asks about that no text mentions: nouns introduced by a determiner
    whose every form is absent from the corpus ("le barème de salaire", "la cantine", "un TDAH"),
    and named institutions ("le pôle de Charleroi"). Common words matching elsewhere do not
    make up for them: the texts do not cover what the question is about."""
    text = asked_text(question)
    words = WORDS.findall(INVERSION.sub(" ", text))
    # a named institution matters when the question asks about that one (its address, phone,
    # hours, staff): "le pôle de Namur peut-il refuser une IPT ?" asks the general rule
    asks_one = bool(ASKS_ABOUT_ONE.search(fold(text)))
    out: list[str] = []
    for i in range(1, len(words)):
        word, prev = words[i].rstrip("'"), fold(words[i - 1])
        folded = fold(word)
        named = word[:1].isupper() and not word.isupper()
        before = fold(words[i - 2]) if i >= 2 else ""
        if (
            named
            and prev in ("de", "d'", "du")
            and asks_one
            and names_institution(words[max(0, i - 4) : i - 1])
        ):
            out.append(word)  # "le PMS de Namur": one named institution, which no text describes
            continue
        if prev in PLACE_PREPOSITIONS and named and _foreign_place(vocabulary, folded):
            out.append(word)  # "en France", "au Luxembourg": no text is about that country
            continue
        if len(folded) < 2 or folded.isdigit() or NUMBER_WORD.fullmatch(folded):
            continue
        if vocabulary.known(word) or folded in PLAIN_WORDS:
            continue
        if (prev in PLACE_PREPOSITIONS and named) or prev in PLACE_NOUNS:
            out.append(word)  # "en Suisse", "la Communauté germanophone"
            continue
        if prev not in DETERMINERS or folded in ANALYZER_STOP:
            continue
        if prev in ("le", "la", "les", "l'") and (before in BEFORE_PRONOUN or folded.endswith("er")):
            continue  # an object pronoun before a verb, not a determiner
        if prev in ("de", "d'") and folded.endswith("er") and not folded.endswith("ier"):
            continue  # "c'est à qui de chercher ?": an infinitive, not a noun ("de dossier")
        before = before.rstrip("'")
        if named and (before not in INSTITUTIONS or not asks_one):
            continue  # a person's name ("l'IPT de Noah", "l'école de Léo") is not a notion
        out.append(word)
    # an acronym counts when introduced ("un TDAH") or explained ("(ULIS)"), not a shouted word
    glossed = [w for w in GLOSSED.findall(text) if w in vocabulary.unknown_acronyms(w)]
    return out + [w for w in glossed + _unknown_acts(vocabulary, question) if w not in out]


def _unknown_acts(vocabulary: Vocabulary, question: str) -> list[str]:
    """Infinitives after "aller" ("il va redoubler", "elle va tripler") no text uses in any
    form, in the whole message: the case's act is what the question is about, even when told in a
    sentence before the question mark."""
    words = WORDS.findall(INVERSION.sub(" ", question.replace("’", "'")))
    return [
        w
        for prev, w in zip(words, words[1:], strict=False)
        if fold(prev) in MODALS and INFINITIVE.search(fold(w)) and not vocabulary.known(w)
    ]


def other_kind(vocabulary: Vocabulary, question: str, texts: Sequence[str]) -> list[str]:
    """The question's qualified notions ("le congé de maladie", "les frais scolaires") that the
    texts never use, when the passages name their head with other qualifiers only ("congé
    parental", "frais de fonctionnement"): the passages are about another kind of the thing."""
    found = WORDS.findall(INVERSION.sub(" ", asked_text(question)))
    words = [w if " " in SYNONYMS.get(fold(w), " ") else SYNONYMS[fold(w)] for w in found]
    heads = [
        i
        for i in range(1, len(words))
        if (_introduced(words, i) or fold(words[i - 1]) == "en")  # "en congé de maladie"
        and not words[i][:1].isupper()
        and fold(words[i]) not in PLAIN_WORDS
        and vocabulary.known(words[i])
    ]
    notions = vocabulary.qualified.absent(words, heads, partial(_used_word, vocabulary))
    return [" ".join(n) for n in notions if vocabulary.qualified.unqualified_in(n, texts)]


def _introduced(words: list[str], i: int) -> bool:
    """Whether the word at `i` is a noun introduced by a determiner (not an object pronoun)."""
    prev, folded = fold(words[i - 1]), fold(words[i].rstrip("'"))
    if prev not in DETERMINERS or folded in ANALYZER_STOP:
        return False
    before = fold(words[i - 2]) if i >= 2 else ""
    # "le" opening the question is a determiner: "Le conseiller pédagogique doit-il…"
    verb_like = folded.endswith("er") and i >= 2
    return not (prev in ("le", "la", "les", "l'") and (before in BEFORE_PRONOUN or verb_like))


def _used_word(vocabulary: Vocabulary, word: str) -> bool:
    """Whether the texts use this word's stem as such (not only as a shortening or a typo)."""
    tokens = vocabulary.tokenize(SYNONYMS.get(word, word))
    return bool(tokens) and all(vocabulary.df.get(t, 0) for t in tokens)
