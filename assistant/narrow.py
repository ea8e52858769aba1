"""Questions narrower than what a rule computes.

A rule answers with its whole conclusion (a table of amounts, a deadline). Some questions reached
through the rule's topic ask a narrower thing: what one named text or article says ("que prévoit
l'article 132 ?", "selon le décret, combien… ?"), or a detail the conclusion does not contain (how a
total is rounded, what an amount corresponds to, how it is computed, why). Such a question is better
answered by the verbatim sentences of the passage that holds that detail, when one does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from assistant.conversion import CONVERSION_WORDS, Conversion, conversion_asked, quoted_sentences
from assistant.index.analyzer import analyze
from assistant.models import Citation
from assistant.textnorm import ARRETE_NOUN, fold

# A text named by the question, and the source ids it may designate.
_NAMED_TEXTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    # any decree but the Flemish one ("le décret flamand", "le décret du 6 juillet 2018")
    (re.compile(r"\bdecrets?\b(?! flamand)(?![^.?!;]{0,30}\b(?:2018|juillet)\b)"), ("decret-2009-02-05",)),
    # the noun ("l'arrêté du 15 septembre 2022"), not the verb ("l'IPT s'arrête", "on arrête")
    (
        re.compile(ARRETE_NOUN),
        ("arrete-2022-09-15",),
    ),
    (re.compile(r"\bcirculaires?\b"), ("circulaire-ipt-2025-2026",)),
    (re.compile(r"\b(infos? du pacte|pacte)\b"), ("infos-pacte-2024",)),
)
_ARTICLE = re.compile(r"\b(?:article|art)\.? ?(\d{1,3})\b")

# A detail asked, and the words a sentence giving it uses.
_DETAILS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    # how a number is rounded
    (re.compile(r"\barrondi\w*"), re.compile(r"\barrondi")),
    # what an amount corresponds to in another unit
    (
        re.compile(r"\b(correspond\w*|equivau\w*|equivalen\w*|conversion|convert\w*)\b"),
        CONVERSION_WORDS,
    ),
    # how it is computed, what it depends on
    (
        re.compile(
            r"\bcomment (est|sont|se|on) (\w+ )?(calcul|determin|obtien|compt)\w*"
            r"|\bde quoi (depend|dependent)\b|\b(depend|dependent) de quoi\b|\bcomment (on )?calcul\w*"
            r"|\b(mode|methode|formule|regle) de calcul\b|\bse calcule\w*\b"
        ),
        re.compile(r"\b(calcul\w*|formule|multipli\w*|divis\w*)\b|[=×]"),
    ),
    # why
    (
        re.compile(r"\bpourquoi\b|\bpour quelle raison\b"),
        re.compile(r"\b(car|parce que|afin|en raison|puisque|vu que|dans le but|motif)\b"),
    ),
)


@dataclass(frozen=True)
class NarrowerAsk:
    """What the extractive answer must show to be preferred to the rule's conclusion."""

    sources: tuple[str, ...] = ()  # a citation from one of these texts…
    article: str | None = None  # …whose locator names this article
    detail: re.Pattern[str] | None = None  # a quoted sentence using these words
    conversion: Conversion | None = None  # …or stating this conversion; else abstain, never the rule
    words: tuple[tuple[str, float], ...] = ()  # …or using most of these rare words (token, IDF)

    def answered_by(self, citations: Sequence[Citation]) -> bool:
        if not citations:
            return False
        if self.words:
            return _uses_most(self.words, analyze(" ".join(c.quote for c in citations)))
        if self.conversion is not None:
            return self.conversion.stated_in([c.quote for c in citations])
        if self.sources and not any(c.source_id in self.sources for c in citations):
            return False
        if self.article and not any(_names_article(c.locator, self.article) for c in citations):
            return False
        return self.detail is None or any(self.detail.search(fold(c.quote)) for c in citations)


# A word the question shares with this share of the passages or fewer names a notion of its own
# ("WBE", "concertation sociale", "bilingue"), not the domain's vocabulary ("IPT", "élève", "période").
_RARE_SHARE = 0.06
_DATE_WORDS = re.compile(
    r"^(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)$"
)


class _Vocabulary(Protocol):
    size: int
    df: Mapping[str, int]

    def tokenize(self, text: str) -> list[str]: ...
    def idf(self, token: str) -> float: ...


def distinctive_words(question: str, told: str, vocabulary: _Vocabulary) -> tuple[tuple[str, float], ...]:
    """The question's own rare words (in few passages; not a date's month, a number, a name the texts
    never use, nor a synonym the analyzer adds) that the rule's answer `told` does not use: what a
    question narrower than the rule's conclusion asks about ("consulter les organes de concertation
    sociale" in a question routed to who accompanies the pupil)."""
    said = set(vocabulary.tokenize(told))
    found: dict[str, float] = {}
    for word in re.findall(r"[a-z]{3,}", fold(question)):
        if _DATE_WORDS.match(word):
            continue
        for token in vocabulary.tokenize(word):
            count = vocabulary.df.get(token, 0)
            rare = 0 < count <= vocabulary.size * _RARE_SHARE
            if rare and word.startswith(token) and token not in said:
                found[token] = vocabulary.idf(token)
    return tuple(found.items())


# Facts that say how a question is asked, not the pupil's case.
_SHAPE_FACTS = frozenset({"yes_no", "focus", "claim", "asks_block", "means_kind", "end_aspects"})
# A pupil's data: a question giving them asks the rule about that case.
_CASE_DATA = frozenset(
    {
        "reference_date", "school_year", "level", "degree", "pupil_type", "event_date", "event_month",
        "ipt_start", "years_in_ipt", "more_than_two_years", "pupil_count", "scales", "scale_points",
        "scale_percent", "scale_items", "scale_score",
    }
)  # fmt: skip


def describes_case(given: Iterable[str], decisive: Iterable[str], others: Iterable[str]) -> bool:
    """Whether the facts `given` by the question describe a case the rule settles: a pupil's data, a
    fact the rule decides on, or a fact no other rule decides on ("mutualiser" asks the rule about
    pooling). A fact only other rules decide on ("une classe en langue des signes" asked of who
    accompanies the pupil) does not: the rule was reached through common words."""
    own, foreign = set(decisive), set(others) - set(decisive)
    return any(f in _CASE_DATA or f in own or f not in foreign for f in set(given) - _SHAPE_FACTS)


def asks_detail(question: str) -> bool:
    """Whether the question asks one of the details narrower_ask weighs (rounding, why, how computed…)."""
    folded = fold(question)
    return any(asked.search(folded) for asked, _ in _DETAILS)


def _uses_most(words: Sequence[tuple[str, float]], tokens: Sequence[str]) -> bool:
    """Whether quoted sentences use at least two of the rare words, carrying most of their weight."""
    present = set(tokens)
    used = [idf for token, idf in words if token in present]
    return len(used) >= 2 and sum(used) >= 0.6 * sum(idf for _, idf in words)


def _names_article(locator: str, number: str) -> bool:
    return bool(re.search(rf"\b(?:art|article)\.? ?{number}\b", fold(locator)))


def article_texts(question: str, passages: Iterable[tuple[str, str]]) -> list[str]:
    """The texts, among (locator, text) pairs, of the article the question names ("selon l'art 132,
    combien… ?"): their figures are about what it asks, whatever words the sentence shares with it."""
    article = _ARTICLE.search(fold(question))
    if article is None:
        return []
    return [text for locator, text in passages if _names_article(locator, article.group(1))]


def narrower_ask(question: str, conclusion: str, citations: Sequence[Citation]) -> NarrowerAsk | None:
    """The narrower thing the question asks that the rule's conclusion does not give, if any.

    A named article counts when the rule's conclusion does not name it (citing it is not enough); a
    named text when the conclusion rests on another text (its first citation); a detail when the
    conclusion lacks its words."""
    folded, told = fold(question), fold(conclusion)
    main = citations[0] if citations else None
    article = _ARTICLE.search(folded)
    # the rule citing that article is not enough: its conclusion may state another text's figures
    # for the year ("selon l'art 132, combien…" answered with the circular's 1,18 periods)
    named_article = article and re.search(rf"\b{article.group(1)}\b", told)
    if article and not named_article:
        return NarrowerAsk(article=article.group(1))
    for named, ids in _NAMED_TEXTS:
        if named.search(folded) and not (main and main.source_id in ids):
            return NarrowerAsk(sources=ids)
    conversion = conversion_asked(question)
    if conversion is not None:
        return NarrowerAsk(conversion=conversion)
    for asked, words in _DETAILS:
        if asked.search(folded) and not words.search(told) and not _STATES_BOTH_SIDES.search(folded):
            return NarrowerAsk(detail=words)
    return None


# "45 % correspond à 44 points, c'est correct ?": both sides of the correspondence are given, a claim
# the rule's figures check, not a question on what an amount corresponds to
_STATES_BOTH_SIDES = re.compile(r"\b(correspond\w*|equivau\w*|equivalen\w*)( bien| donc)? (a|au|aux) \d")


# "l'arrondi se fait élève par élève ?": a closed question on whether something applies to each unit
_ASKS_PER_UNIT = re.compile(
    r"^(?!(comment|combien|quand|qui|quel\w*|pourquoi|ou|que|qu'|a quel\w*)\b)"
    r"(?=.*\b(eleve par eleve|ipt par ipt|pour chaque (eleve|ipt)|individuellement|par eleve|par ipt)\b)"
)
# a quoted sentence saying the same thing is done on the whole
_ON_THE_WHOLE = re.compile(r"\b(nombre total|le total|globalement|au total|l'ensemble des)\b")


def per_unit_denial(question: str, detail: re.Pattern[str] | None, quotes: Sequence[str]) -> bool:
    """Whether the texts answer 'no' to 'is it done per pupil?': the sentence giving the asked
    detail says it is done on the total ('le nombre total de périodes … est arrondi'). An
    alternative question ('par élève ou sur le total ?') gets no Oui/Non."""
    folded = fold(question)
    if detail is None or not _ASKS_PER_UNIT.search(folded) or re.search(r"\bou\b", folded):
        return False
    return any(detail.search(s) and _ON_THE_WHOLE.search(s) for s in quoted_sentences(quotes))
