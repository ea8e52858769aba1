"""Whether the passages found for a question can answer it: the evidence verdict on the hits, and the
jurisdiction checks (a Flemish notion must not be answered from the FWB texts, nor the reverse).

Pure functions over the index's vocabulary and the retriever; the Assistant facade calls them.
"""

from __future__ import annotations

import re

from assistant import evidence_scores
from assistant.dutch import without_dutch
from assistant.fact_kinds import asked_count, asked_duration
from assistant.narrow import article_texts
from assistant.textnorm import fold
from assistant.understand.scope import FLEMISH_PLACES

# A question that names the FWB side (a Walloon or Brussels place, the FWB, a CPMS, a pôle) is about
# FWB rules even when it uses a Flemish word such as "CLB": the Flemish decree may not answer it.
# Brussels is FWB only for a French-language school: a Dutch-language school there is under the Flemish
# Community ("école néerlandophone à Bruxelles").
DUTCH_LANGUAGE_SCHOOL = r"\b(neerlandophones?|nederlandstalig\w*|en neerlandais|flamandes?)\b"
# A Brussels commune, or a French-language school ("école francophone"), is FWB in the same way; a
# French-speaking pupil or parent ("un élève francophone en Flandre") is not.
FRENCH_LANGUAGE_SCHOOL = r"\b(ecoles?|enseignement|etablissements?)\b[^.?!,;]{0,25}\bfrancophones?\b"
BRUSSELS_COMMUNES = (
    r"anderlecht|auderghem|berchem-sainte-agathe|etterbeek|evere|forest|ganshoren|ixelles|koekelberg|"
    r"molenbeek(-saint-jean)?|saint-gilles|saint-josse(-ten-noode)?|schaerbeek|uccle|watermael-boitsfort|"
    r"woluwe-saint-(lambert|pierre)"
)
FWB_CUES = re.compile(
    r"\b(wallonie|wallon(ne)?s?|namur|liege|mons|charleroi|fwb|federation wallonie|"
    r"communaute francaise|cpms|poles? territoria(l|ux))\b"
    rf"|^(?!.*{DUTCH_LANGUAGE_SCHOOL}).*(\b(bruxelles|{BRUSSELS_COMMUNES})\b|{FRENCH_LANGUAGE_SCHOOL})"
)
# Words that say the question is about the Flemish Community itself.
FLEMISH_EXPLICIT = re.compile(
    rf"\b(flamande?s?|flandres?|vlaanderen|vlaamse?|neerlandophones?|clb|{FLEMISH_PLACES})\b"
)
FLEMISH_MARGIN = 0.25  # coverage lead of the Flemish passages over the FWB ones (IDF-weighted share)
# Notions that exist only in the Flemish decree (its CLB, its "rapport (motivé)", "verslag").
FLEMISH_NOTIONS = re.compile(
    r"\b(clb|rapport motive|rapport provisoire|verslag|m-decreet|programmes? adaptes? individuellement|"
    r"commission de mediation|reseaux? de soutien|parcours diagnostique)\b"
)


def evidence_verdict(vocabulary, question: str, hits) -> str:
    """'ok' when the top hits can answer the question, else the abstention reason."""
    # "le congé de maladie" when the passages only speak of the "congé parental": another kind
    other_kind = vocabulary.other_kind(question, [h.chunk.text for h in hits[:3]])
    return evidence_scores.evidence_verdict(
        hits,
        coverage=vocabulary.coverage(question, [h.chunk for h in hits[:3]]),
        unknown_acronyms=vocabulary.unknown_acronyms(question),
        question=question,
        foreign_notions=vocabulary.foreign_notions(question) + other_kind,
        fact_on_topic=fact_on_topic(vocabulary, question, hits),
    )


def fact_on_topic(vocabulary, question: str, hits) -> bool:
    """Whether the asked duration or count is one the top passages state about the question's topic."""
    folded, texts = fold(question), [h.chunk.text for h in hits[:3]]
    named = article_texts(question, ((h.chunk.locator, h.chunk.text) for h in hits[:3]))
    fact = asked_duration(folded)
    if fact is not None and not _stated(fact, named) and not vocabulary.fact_on_topic(question, texts, fact):
        return False
    count = asked_count(folded)
    return (
        count is None
        or _stated(count[0], named)
        or vocabulary.fact_on_topic(question, texts, count[0], count[1])
    )


def _stated(fact: re.Pattern[str], texts: list[str]) -> bool:
    """Whether one of the texts (the article the question names) states the asked kind of fact."""
    return any(fact.search(fold(text)) for text in texts)


def flemish_matches_better(
    retriever, vocabulary, question: str, fwb_hits, *, dominant_only: bool = False
) -> bool:
    """Whether the Flemish decree answers the question clearly better than the FWB texts: then
    the question is about a Flemish notion, and the FWB texts must not be stretched to it."""
    vl = [h for h in retriever.search(question, k=10, flemish=True) if h.chunk.jurisdiction == "VL"][:3]
    if not vl or evidence_verdict(vocabulary, question, vl) != "ok":
        return False
    vl_cov = vocabulary.coverage(question, [h.chunk for h in vl])
    fwb_cov = vocabulary.coverage(question, [h.chunk for h in fwb_hits[:3]])
    vl_bm25 = vl[0].bm25_score or 0.0
    fwb_bm25 = (fwb_hits[0].bm25_score or 0.0) if fwb_hits else 0.0
    if vl_bm25 >= 2 * fwb_bm25:  # the Flemish words dominate: a smaller coverage lead suffices
        return vl_cov >= fwb_cov + FLEMISH_MARGIN / 2
    return not dominant_only and vl_cov >= fwb_cov + FLEMISH_MARGIN and vl_bm25 > fwb_bm25


def passages_verdict(retriever, vocabulary, query: str, hits, *, flemish: bool, fwb: bool) -> str:
    """'ok' when the hits of an FWB or a Flemish question can answer it, else the abstention reason
    ('flamand' when the Flemish decree answers an FWB question clearly better)."""
    # in a Flemish question, a Dutch word ("verslag") glosses a notion of the decree's translation
    checked = without_dutch(query, vocabulary.known) if flemish else query
    verdict = evidence_verdict(vocabulary, checked, hits)
    # A question placed in the FWB ("à Charleroi") with FWB evidence is Flemish only when the
    # Flemish decree's words dominate it ("l'indice santé de janvier").
    dominant_only = fwb and verdict != "weak"
    if not flemish and flemish_matches_better(
        retriever, vocabulary, query, hits, dominant_only=dominant_only
    ):
        return "flamand"
    return verdict
