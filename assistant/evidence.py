"""How well retrieved passages cover a question: the signal the answer layer abstains on.

Built once from the indexed chunks (document frequencies of the analyzer's tokens), it weighs the
question's tokens by IDF, so that a passage that shares only the common words of the domain ("IPT",
"élève", "école") with a question about something the texts never mention (a salary scale, a
budget in euros, an acronym like "TDAH") is recognised as weak evidence.

Which of a question's notions no text mentions is decided in assistant/foreign_notions.py, with the
word lists of assistant/notion_words.py.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from assistant import foreign_notions as notions
from assistant.models import Chunk
from assistant.notion_words import IDIOMS, SYNONYMS, WORDS
from assistant.qualified import QualifiedNotions, Tokenize
from assistant.textnorm import fold, typo_edits

# Words that name a jurisdiction, or only say how the question is asked: they do not count for coverage.
_NEUTRAL = frozenset(
    {"flandr", "flamand", "wallon", "bruxel", "fwb", "communaut", "belgiqu", "combien", "exact"}
)
_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
# Capitals that are not acronyms of a notion (a shouted word, a courtesy).
_NOT_ACRONYMS = frozenset({"SVP", "URGENT", "MERCI", "IMPORTANT", "BONJOUR", "AIDE"})
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")
_SHORTEST = 5  # a user's shortening ("coordos", "instit") of a corpus word is that word
# An iterative prefix on a verb the texts use ("refaire", "renvoyer", "réinscrire") names no new notion.
_ITERATIVE = re.compile(r"^r[eé]")

_SENTENCES = re.compile(r"(?<=[.;!?])\s+|\n+")
_LIST_ITEM = re.compile(r"\s*(\d{1,2}\s?[.°)]|[-•*]|[a-z]\))\s")
_TOPICAL_SHARE = 0.11  # a word in more than this share of the passages says nothing of a sentence's topic


class Vocabulary:
    """Document frequencies of the index's tokens, and coverage of a question by passages."""

    def __init__(self, chunks: Sequence[Chunk], tokenize: Tokenize) -> None:
        self.tokenize = tokenize
        self._chunk_tokens = {c.id: frozenset(tokenize(c.text)) for c in chunks}
        self.df: Counter[str] = Counter()
        for tokens in self._chunk_tokens.values():
            self.df.update(tokens)
        self.size = max(1, len(chunks))
        self._dotted = frozenset(
            m.replace(".", "").lower() for c in chunks for m in _DOTTED.findall(c.text)
        )  # "S.A.I." is how the texts write "SAI"
        self.words = frozenset(w for c in chunks for w in WORDS.findall(fold(c.text)))
        self._sorted_words = sorted(self.words)
        self.qualified = QualifiedNotions((c.text for c in chunks), tokenize)  # "congé parental"…

    def idf(self, token: str) -> float:
        return math.log(1.0 + self.size / (1.0 + self.df.get(token, 0)))

    def tokens_of(self, chunk: Chunk) -> frozenset[str]:
        return self._chunk_tokens.get(chunk.id) or frozenset(self.tokenize(chunk.text))

    def coverage(self, question: str, chunks: Iterable[Chunk]) -> float:
        """IDF-weighted share of the question's tokens found in at least one of the chunks."""
        tokens = {t for t in self.tokenize(IDIOMS.sub(" ", fold(question))) if t not in _NEUTRAL}
        # a user's shortening or typo of a word of the texts ("coordo", "integartion") stands for that
        # word, which the analyzer cannot match: it neither covers nor uncovers the question
        tokens = {t for t in tokens if self.df.get(t, 0) or not (self._shortens(t) or self.one_typo_away(t))}
        if not tokens:
            return 0.0
        found: set[str] = set()
        for chunk in chunks:
            found |= tokens & self.tokens_of(chunk)
        total = sum(self.idf(t) for t in tokens)
        return sum(self.idf(t) for t in found) / total

    def fact_on_topic(
        self, question: str, texts: Iterable[str], fact: re.Pattern[str], counted: str = ""
    ) -> bool:
        """Whether some sentence of the texts gives the asked kind of fact (`fact`, on folded text) AND
        shares a not-too-common word with the question: "30 jours" in a sentence about the stop
        decision does not say how long archived files are kept."""
        asked = {t for t in self.tokenize(question) if self.df.get(t, 0) <= self.size * _TOPICAL_SHARE}
        asked -= set(self.tokenize(counted))  # "jours" shared with "30 jours" says nothing of the topic
        for text in texts:
            lead, marker = "", False  # a list item's figure is about its lead-in ("type 3 : … 9 heures")
            for sentence in _SENTENCES.split(text):
                item = bool(lead) and (marker or bool(_LIST_ITEM.match(sentence + " ")))
                topic = f"{lead} {sentence}" if item else sentence
                if fact.search(fold(sentence)) and asked & set(self.tokenize(topic)):
                    return True
                marker = bool(_LIST_ITEM.fullmatch(sentence + " "))  # "1." cut off its item
                if not item:
                    lead = sentence if sentence.rstrip().endswith(":") else ""
        return False

    def known(self, word: str) -> bool:
        """Whether the texts use this word (a stem of it, or a word it shortens)."""
        folded = fold(word)
        if folded in self._dotted or folded in self.words:
            return True
        synonym = SYNONYMS.get(folded)
        tokens = self.tokenize(synonym or word)
        if not tokens or any(self.df.get(t, 0) or t in _NEUTRAL for t in tokens):
            return True
        if self._shortens(folded.rstrip("sx")) or self.one_typo_away(folded):
            return True
        rest = _ITERATIVE.sub("", folded)
        return rest != folded and len(rest) >= 4 and rest in self.words

    def one_typo_away(self, word: str) -> bool:
        """Whether a word of the texts is one typo away ("cmps" for "cpms", "integartion", "eleeve"):
        two letters swapped, one letter too many or missing (a wrong letter is often another word)."""
        return len(word) >= _SHORTEST - 1 and not self.words.isdisjoint(typo_edits(word))

    def _shortens(self, head: str) -> bool:
        """Whether `head` begins a longer word of the texts ("coordo" of "coordonnateur")."""
        if len(head) < _SHORTEST:
            return False
        i = bisect.bisect_left(self._sorted_words, head)
        return i < len(self._sorted_words) and self._sorted_words[i].startswith(head)

    def foreign_notions(self, question: str) -> list[str]:
        """Notions the question asks about that no text mentions (assistant/foreign_notions.py)."""
        return notions.foreign_notions(self, question)

    def other_kind(self, question: str, texts: Sequence[str]) -> list[str]:
        """Qualified notions the texts never use, whose head they qualify otherwise only."""
        return notions.other_kind(self, question, texts)

    def unknown_acronyms(self, question: str) -> list[str]:
        """Acronyms written in capitals in the question that no text of the corpus contains."""
        out = []
        for word in _ACRONYM.findall(question):
            tokens = self.tokenize(word)
            if word in _NOT_ACRONYMS:
                continue
            if tokens and not self.known(word):
                out.append(word)
        return out
