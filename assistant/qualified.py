"""Qualified notions: a head noun with its qualifier ("congé de maladie", "frais scolaires").

The texts may use a question's head noun with another qualifier only: "congé parental" and "congés
annuels" say nothing of a "congé de maladie", "frais de fonctionnement" nothing of "frais de
déplacement", "transport scolaire" nothing of a "transport vers la logopède". A passage sharing the head
noun then shares a word, not the notion. A notion is a head noun introduced by a determiner and
qualified either by a bare complement ("de maladie", "d'inscription": "de" + a noun without article)
or by an adjective ("scolaires", "parental"); it is known when some sentence of the texts has the two
words' stems close together, in that order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from assistant.textnorm import fold

Tokenize = Callable[[str], list[str]]

_SENTENCES = re.compile(r"(?<=[.;!?:])\s+|\n\s*\n")
WINDOW = 3  # the qualifier's stem within this many content words after the head's
# Adjectives by their endings ("scolaire", "parental", "médical", "médicaux", "annuel", "spécifique",
# "définitif", "financière"); a participle is left out ("l'élève inscrit", "le dossier envoyé" describe
# an event), and so are endings shared with verbs ("arrive"), ordinals and months ("dernier", "janvier").
_ADJECTIVE = re.compile(r"^[a-z]{3,}(aires?|al|ales?|aux|els?|elles?|iques?|ifs?|iers?|ieres?)$")
_NOT_ADJECTIVES = frozenset({"premier", "premiere", "dernier", "derniere", "entier", "entiere"})
_NOT_ADJECTIVES |= {m + s for m in ("janvier", "fevrier") for s in ("", "s")}
# A complement that is a verb ("le droit de consulter", "la possibilité de faire") is no qualifier.
_VERB = re.compile(r"(er|ir|oir|ire|ttre|dre)$")
_COMPLEMENT = frozenset({"de", "d'"})
_VALUE_HEADS = ("numero", "adresse", "date", "montant", "nombre", "delai", "duree", "taux", "pourcentage")


class QualifiedNotions:
    """Which head-qualifier pairs of stems the texts use, and which of a question's they do not."""

    def __init__(self, texts: Iterable[str], tokenize: Tokenize) -> None:
        self.tokenize = tokenize
        # a value a sentence gives without naming it ("02/690.84.07" for a "numéro de téléphone"): only
        # the best passage naming its head speaks of another kind of it
        self._value_heads = {s for w in _VALUE_HEADS for s in tokenize(w)[-1:]}
        self._pairs: set[tuple[str, str]] = set()
        for text in texts:
            for sentence in _SENTENCES.split(text):
                tokens = tokenize(sentence)
                for i, head in enumerate(tokens):
                    for qualifier in tokens[i + 1 : i + 1 + WINDOW]:
                        self._pairs.add((head, qualifier))

    def used(self, head: str, qualifier: str) -> bool:
        """Whether some sentence of the texts qualifies `head` by `qualifier` (stems, in that order)."""
        heads, qualifiers = self.tokenize(head), self.tokenize(qualifier)
        if not heads or not qualifiers:
            return True  # a stop word: nothing to check
        return (heads[-1], qualifiers[0]) in self._pairs

    def absent(
        self, words: Sequence[str], heads: Iterable[int], known: Callable[[str], bool]
    ) -> list[tuple[str, str]]:
        """The qualified notions of the question (`words`, the nouns at `heads` introduced by a
        determiner) made of two words the texts use, but never the one qualifying the other."""
        out: list[tuple[str, str]] = []
        for i in heads:
            qualifier = _qualifier(words, i)
            if qualifier is None:
                continue
            head, qual = fold(words[i]), fold(words[qualifier])
            if known(head) and known(qual) and not self.used(head, qual):
                out.append((head, qual))
        return out

    def unqualified_in(self, notion: tuple[str, str], texts: Sequence[str]) -> bool:
        """Whether some top passage names the notion's head and no passage naming it names its
        qualifier: they speak of another kind of it ("congé parental" for a "congé de maladie"),
        even when the best-ranked passage is about something else (the notion is in no text)."""
        head, qual = (self.tokenize(w)[-1] for w in notion)
        passages = [set(self.tokenize(text)) for text in texts]
        named = passages[:1] if head in self._value_heads else passages
        if not any(head in tokens for tokens in named):
            return False
        return not any(head in tokens and qual in tokens for tokens in passages)


def _qualifier(words: Sequence[str], i: int) -> int | None:
    """The index of the word qualifying the noun at `i`: a bare complement after "de", else an
    adjective right after it; None without one."""
    if i + 1 >= len(words):
        return None
    following = fold(words[i + 1])
    if following in _COMPLEMENT and i + 2 < len(words):
        word = words[i + 2]
        folded = fold(word)
        if word[:1].isupper() or folded.isdigit() or _VERB.search(folded) or len(folded) < 4:
            return None  # a name ("l'IPT de Noah"), a date, a verb, an article or pronoun
        return i + 2
    if _ADJECTIVE.match(following) and following not in _NOT_ADJECTIVES and not words[i + 1][:1].isupper():
        return i + 1
    return None
