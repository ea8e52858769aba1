"""Compose an answer's text and citations from a rule result or from retrieved chunks.

Every fact the text states comes from a citation: rule answers state the rule's conclusion (whose
facts are in the rule's verbatim quotes); retrieval answers are made of verbatim sentences of the
best passages, introduced by their source. Nothing here reads the corpus or the index.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.legal_reference import STATES_REFERENCE, asks_reference
from assistant.models import Chunk, Citation, RuleResult
from assistant.sentences import (
    Lexicon,
    answer_quotes,
    asked_in,
    best_sentences,
    fit,
    overlap,
    shorten_quote,
    split_sentences,
)
from assistant.textnorm import collapse_ws, fold

__all__ = [
    "Composed",
    "Lexicon",
    "Passage",
    "best_sentences",
    "compose_retrieval",
    "compose_rule",
    "shorten_quote",
    "split_sentences",
]

CHOICE_DEPTH = 3  # passages among which the one to answer from is chosen
CHOICE_MIN_SCORE = 0.85  # ... when their retrieval score is at least this share of the best one
CHOICE_MARGIN = 1.3  # ... and they fit the question this much better than the first one
DENIAL_MIN_SCORE = 0.6  # a passage denying what a closed question asks must score this share of the best
DENIAL_DEPTH = 5  # ... and be among the first passages (an explicit denial answers, wherever it ranks)


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with the source metadata composition needs."""

    chunk: Chunk
    title: str
    url: str | None
    score: float


@dataclass(frozen=True)
class Composed:
    text: str
    citations: list[Citation]


def cite_passage(passage: Passage, quote: str) -> Citation:
    return Citation(
        source_id=passage.chunk.source_id,
        title=passage.title,
        locator=passage.chunk.locator,
        quote=shorten_quote(quote),
        url=passage.url,
    )


def reference(citation: Citation) -> str:
    """'Circulaire IPT 2025-2026, point 1.5' — how a source is named to users."""
    return f"{citation.title}, {citation.locator}"


# the heading between a rule answer's conclusion and its reasoning
REASONING_MARKER = "**Raisonnement**"


def conclusion_of(text: str) -> str:
    """A rule answer's conclusion: its text before the reasoning (the whole text when it has none)."""
    return text.split(REASONING_MARKER, 1)[0]


def compose_rule(result: RuleResult, support: Passage | None = None) -> Composed:
    """The rule's conclusion first, then its reasoning; citations = the rule's, plus a passage if given."""
    lines = [result.conclusion.strip()]
    if result.steps:
        lines.append("")
        lines.append(REASONING_MARKER)
        lines.extend(f"- {step}" for step in result.steps)
    citations = list(result.citations)
    if support is not None and not any(c.locator == support.chunk.locator for c in citations):
        sentences = split_sentences(support.chunk.answer or support.chunk.text)
        if sentences:
            citations.append(cite_passage(support, " ".join(sentences[:2])))
    return Composed(text="\n".join(lines), citations=citations)


_YES_NO = re.compile(r"^(Oui|Non)\b[ ,.:;!]", re.I)


def verdict_word(quote: str) -> str | None:
    """'Oui' or 'Non' when a quoted answer opens with it (the text's own yes/no)."""
    match = _YES_NO.match(quote)
    return match.group(1).capitalize() if match else None


# Words that turn a question the other way: "on le perd ?" asks the reverse of "peut-on le reporter ?",
# so the text's "Oui" to the one answers "non" to the other.
_REVERSING = re.compile(
    r"\b(perd\w*|perte|refus\w*|interdi\w*|exclue?s?|priv[ee]e?s?|empech\w*|cess\w*|"
    # stopping, not "l'arrêté" (the text): "arrêter", "l'arrêt", "s'arrête", "on arrête l'IPT"
    r"arret(?!es?\b)\w*|s'arretes?|arretes?(?= (?:l'|la |le |les |son |sa |ses |notre |nos ))|"
    r"supprim\w*|annul\w*|renonc\w*|inutiles?|impossibles?)\b"
)
_NEGATED = re.compile(r"\b(?:ne |n')\S+(?: \S+)? (?:pas|plus|jamais|aucune?)\b")
_CONDITION = re.compile(r"^si\b[^,?]*,")  # "si le budget n'est pas utilisé, …": the case, not the ask
_OPEN = re.compile(
    r"^(que|qu'|quel\w*|comment|combien|quand|ou|pourquoi|qui|a qui|quoi|de quoi)\b"
    r"|\b(que devient|qu'advient|qu'est-ce qu|que faire|que se passe)\b"
)


def _reversed(question: str) -> bool:
    """Whether a question is asked the negative way (an odd number of negations and reversing words)."""
    q = _CONDITION.sub(" ", fold(question).strip())
    return (len(_REVERSING.findall(q)) + len(_NEGATED.findall(q))) % 2 == 1


def text_verdict_fits(question: str, text_question: str | None) -> bool:
    """Whether a text's own Oui/Non answers the user's question: a closed question asked the same way
    as the text's ("on le perd ?" is answered "non" by "peut-on le reporter ? Oui")."""
    if _OPEN.search(fold(question).strip()):
        return False
    return text_question is None or _reversed(question) == _reversed(text_question)


# A closed question of obligation ("faut-il encore scanner… ?", "doivent-ils tous signer à la même date ?")
_ASKS_MUST = re.compile(
    r"\b(faut-il|faut il|faudra-t-il|doi(t|vent)-(il|elle|ils|elles|on)"
    r"|(est|sont)[- ](il|elle|ils|elles|ce) (obligatoire|necessaire|requis)s?|c'est (obligatoire|necessaire)"
    r"|est-ce qu'(il|on) (faut|doit)|est-ce que (l'on|nous|les \w+) (doi\w*)|(il|on) (faut|doit) encore)\b"
)
# a quoted sentence that lifts that obligation ("il n'est donc plus nécessaire de scanner ces annexes")
_NOT_NEEDED = re.compile(
    r"\b(plus|pas) (necessaires?|obligatoires?|requis\w*)\b|\bne (doit|doivent) (pas|plus)\b"
    r"|\bn'(est|sont) (pas|plus) (obligatoires?|necessaires?|requis\w*)\b"
)
# A closed question of permission ("les heures peuvent-elles passer à l'année suivante ?") and a quoted
# sentence that forbids it ("ne peuvent pas être transférées à l'année scolaire suivante").
_ASKS_MAY = re.compile(
    r"\b(peu(t|vent)-(il|elle|ils|elles|on)|est-il possible|pouvons-nous|puis-je|est-ce qu'(il|on) peut"
    r"|est-ce que (l'on|nous|les \w+) (peu\w*))\b"
)
_NOT_ALLOWED = re.compile(
    r"\bne (peut|peuvent|pourra|pourront) (pas|plus|jamais)\b|\bn'est (pas|plus) (possible|autorise\w*)\b"
    r"|\b(est|sont) interdite?s?\b"
)
# An open question ("Où le protocole doit-il être conservé ?"): a denial does not answer it.
_OPEN_QUESTION = re.compile(
    r"(^|[,;:.!?] )(ou|d'ou)\b|\b(quand|qui|comment|quels?|quelles?|combien|pourquoi|quoi)\b"
    # "que pouvons-nous faire ?", "qu'est-ce qu'on peut faire ?": "que" opening a clause asks what
    r"|(^|[,;:.!?] )(que|qu'est-ce qu)\b"
)
_STOPWORDS = frozenset({"dans", "pour", "avec", "sans", "elle", "elles", "tous", "toutes", "tout", "leur"})


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text) if w not in _STOPWORDS}


def denial_word(question: str, quotes: Sequence[str]) -> str | None:
    """'Non' when a closed question asks whether something must be done and a quoted sentence says,
    about the same things (two shared words at least), that it need not or must not be."""
    q = fold(question)
    asks = _ASKS_MUST if _ASKS_MUST.search(q) else _ASKS_MAY
    if not asks.search(q) or _OPEN_QUESTION.search(q):
        return None
    denial = _NOT_NEEDED if asks is _ASKS_MUST else _NOT_ALLOWED
    asked = _stems(asks.sub(" ", q))
    for quote in quotes:
        for sentence in re.split(r"(?<=[.;!?])\s+", fold(quote)):
            denied = denial.search(sentence)
            if not denied or len(asked & _stems(sentence)) < 2:
                continue
            rest = sentence[denied.end() :]
            if re.search(r"\bmais\b", rest):
                continue  # "ne doit plus être envoyé par courrier, mais par mail": how, not whether
            agent = re.search(
                r"\bpar (?:le |la |les |l')?(?!(?:e-?)?mail|courriels?|courrier|ecrit|voie)([a-z]+)", rest
            )
            if agent and agent.group(1) not in q:
                continue  # "ne doit pas être signé par le CPMS" says nothing of the parents asked about
            return "Non"
    return None


def _body(chunk: Chunk) -> str:
    """What a passage says: the answer of a question/answer pair, else its text."""
    return chunk.answer if chunk.kind in ("qa", "question") and chunk.answer else chunk.text


def _heading(chunk: Chunk) -> str:
    return chunk.question or (chunk.heading_path[-1] if chunk.heading_path else "")


def _denying(question: str, passages: Sequence[Passage], lexicon: Lexicon) -> int:
    """The index of the first of the first few passages whose chosen sentences say that what a closed
    question of obligation asks about need not be done ("doit-on encore scanner les annexes 4 ?" ->
    "il n'est donc plus nécessaire de scanner ces annexes"), when the first passage says no such
    thing; else 0. The denial answers the question; the ranking only weighs whole passages."""
    first = passages[0]
    q = fold(question)
    closed = _ASKS_MUST.search(q) or _ASKS_MAY.search(q)
    if not closed or _OPEN_QUESTION.search(q) or denial_word(question, [_body(first.chunk)]):
        return 0  # not a closed question of obligation or permission, or the first passage denies it
    for i, p in enumerate(passages[1:DENIAL_DEPTH], start=1):
        if p.score < DENIAL_MIN_SCORE * first.score or p.chunk.jurisdiction != first.chunk.jurisdiction:
            continue
        if denial_word(question, best_sentences(question, _body(p.chunk), lexicon)):
            return i
    return 0


def _referencing(question: str, passages: Sequence[Passage], lexicon: Lexicon) -> int | None:
    """The index of the one of the first few passages whose chosen sentences name an article or a
    dated legal text and match the question best, for a question asking where something is written
    ("quelle est la base légale de la rétrocession ?"); None when the question asks no reference or
    no passage names one. A passage on the same subject that says nothing of its source does not
    answer it."""
    if not asks_reference(fold(question)):
        return None
    first = passages[0]
    query = set(lexicon.tokenize(question))
    found: dict[int, float] = {}  # passage -> how well its quoted sentences match the question
    for i, p in enumerate(passages[:DENIAL_DEPTH]):
        if i and (
            p.score < DENIAL_MIN_SCORE * first.score or p.chunk.jurisdiction != first.chunk.jurisdiction
        ):
            continue
        quoted = best_sentences(question, _body(p.chunk), lexicon)
        if any(STATES_REFERENCE.search(fold(s)) for s in quoted):
            found[i] = overlap(" ".join(quoted), query, lexicon)
    return max(found, key=lambda i: (found[i], -i)) if found else None


def choose(question: str, passages: Sequence[Passage], lexicon: Lexicon) -> list[Passage]:
    """The passages with the one to answer from first: the best-ranked one, unless another of the
    first few, nearly as well ranked, has a sentence (and heading) that fits the question clearly
    better — the ranking weighs whole passages, the answer is one of their sentences."""
    first = passages[0]
    if len(passages) < 2:
        return list(passages)
    denying = _denying(question, passages, lexicon)
    if not denying:
        referencing = _referencing(question, passages, lexicon)
        denying = referencing or 0
        if referencing == 0:  # the first passage names its source: it answers
            return list(passages)
    if denying:
        return [passages[denying], *passages[:denying], *passages[denying + 1 :]]
    floor = CHOICE_MIN_SCORE * first.score if first.score > 0 else first.score
    fits = {
        i: fit(question, _heading(p.chunk), _body(p.chunk), lexicon, 1.0 if p.chunk.question else 0.5)
        for i, p in enumerate(passages[:CHOICE_DEPTH])
        if i == 0 or (p.score >= floor and p.chunk.jurisdiction == first.chunk.jurisdiction)
    }
    best = max(fits, key=lambda i: (fits[i], -i))
    if best == 0 or fits[best] < CHOICE_MARGIN * fits[0]:
        return list(passages)
    return [passages[best], *passages[:best], *passages[best + 1 :]]


def _quoted(quotes: Sequence[str], text: str) -> str:
    """Quotes as Markdown block quotes; '[…]' marks a gap between quotes that do not follow each other."""
    flat = collapse_ws(text)
    out = [f"> {quotes[0]}"]
    for prev, quote in zip(quotes, quotes[1:], strict=False):
        joint = "\n>\n" if f"{prev} {quote}" in flat else "\n>\n> […]\n>\n"
        out.append(f"{joint}> {quote}")
    return "".join(out)


# "combien de jours en plus / supplémentaires ?": an extra amount, not the premise's base figure
_ASKS_EXTRA = re.compile(r"\b(en plus|de plus|supplementaires?|additionnel\w*|rallonge|prolongation)\b")
# "combien de temps pour l'adapter ?", "… pour nous envoyer …": the act a time or figure is asked for
_ASKED_ACT = re.compile(r"\bpour (?:(?:l'|la |le |les |nous |vous |leur |lui |y |en )*)([a-z]{4,}er)\b")


def _premise(question: str, chunk: Chunk, quotes: Sequence[str]) -> list[str]:
    """The sentence of a question/answer pair's own question that holds the kind of fact asked (a
    delay, a date, a figure) when the quoted answer holds none: the answer takes its question's
    premise as given ("nous avons 40 jours ouvrables pour adapter notre annexe… Pourquoi ?"). Only
    for an act the question names ("combien de temps pour l'adapter ?"), which the sentence must name
    too: the pair's 40 days to adapt are not the DCO's time to send its recommendations."""
    q = fold(question)
    act = _ASKED_ACT.search(q)
    if not act or _ASKS_EXTRA.search(q) or not chunk.question or any(asked_in(question, quotes)):
        return []  # "combien de jours en plus ?": an extension, which the premise's figure is not
    sentences = split_sentences(chunk.question)
    held = [s for s, has in zip(sentences, asked_in(question, sentences), strict=True) if has]
    return [s for s in held if act.group(1)[:5] in fold(s)][:1]


def compose_retrieval(question: str, passages: Sequence[Passage], lexicon: Lexicon) -> Composed:
    """An extractive answer from the passage that fits best (for a question/answer pair, from its
    answer), then, if it adds something, one sentence of the next passage from another place."""
    passages = choose(question, passages, lexicon)
    best = passages[0]
    chunk = best.chunk
    if chunk.kind in ("qa", "question") and chunk.answer:
        quotes = answer_quotes(question, chunk.answer, lexicon)
        quotes += _premise(question, chunk, quotes)
    else:
        quotes = best_sentences(question, chunk.text, lexicon)
    citations = [cite_passage(best, q) for q in quotes]
    verdict = verdict_word(citations[0].quote) if text_verdict_fits(question, chunk.question) else None
    # a quoted sentence that explicitly denies what is asked ("le pôle ne peut pas refuser") answers
    # it before the text's own Oui/Non, which answers the text's question
    word = denial_word(question, [c.quote for c in citations]) or verdict
    lead = f"{word}, d'après" if word else "D'après"
    lines = [f"{lead} {citations[0].title} ({citations[0].locator}) :", ""]
    lines.append(_quoted([c.quote for c in citations], _body(chunk)))
    for other in passages[1:3]:
        if other.chunk.locator == chunk.locator or other.score < 0.6 * best.score:
            continue
        extra = best_sentences(question, _body(other.chunk), lexicon, limit=1)
        if extra:
            citations.append(cite_passage(other, extra[0]))
            lines += [
                "",
                f"Voir aussi {other.title} ({other.chunk.locator}) :",
                "",
                f"> {citations[-1].quote}",
            ]
        break
    return Composed(text="\n".join(lines), citations=citations)
