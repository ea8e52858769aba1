"""Rule or text: whether a question reached through a rule is answered by the rule's conclusion or by
the verbatim sentences of the texts, when it asks something narrower than the rule's table (one
article, one detail, rare words neither the rule's answer nor its quotes use).

The Assistant facade calls these with the extractive answer as a callable, so that it is computed
only when a narrower ask exists.
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.models import Answer
from assistant.narrow import NarrowerAsk, asks_detail, describes_case, distinctive_words, per_unit_denial
from assistant.understand import Understanding


def narrower_answer(question: str, asked: NarrowerAsk | None, extract: Callable[[], Answer]) -> Answer | None:
    """The extractive answer to a question narrower than the rule's conclusion, when the quoted
    sentences give the asked text, article or detail (else None: the rule answers)."""
    if asked is None:
        return None
    extractive = extract()
    if extractive.kind != "retrieval" or not asked.answered_by(extractive.citations):
        return None
    quotes = [c.quote for c in extractive.citations]
    if per_unit_denial(question, asked.detail, quotes) and extractive.text.startswith("D'"):
        return extractive.model_copy(update={"text": f"Non, d{extractive.text[1:]}"})
    return extractive


def distinctive_ask(u: Understanding, told: str, rules: dict, vocabulary: Callable) -> NarrowerAsk | None:
    """The question's rare words neither the rule's answer nor its quotes use ("WBE", "concertation
    sociale"): the sentences that use them answer a narrower question than the rule's conclusion.
    Not for a question describing a case the rule settles (a pupil's dates, level, scores), nor one
    asking a detail narrower_ask already weighed against the conclusion. `vocabulary()` loads the
    index's vocabulary (None when there is no index)."""
    given = [f for f, v in u.facts if v not in (None, False, [], "")]
    others = {f for spec in rules.values() if spec.id != u.rule_id for f in spec.decisive}
    if describes_case(given, rules[u.rule_id].decisive, others) or asks_detail(u.question):
        return None
    known = vocabulary()
    if known is None:
        return None
    words = distinctive_words(u.question, told, known)
    return NarrowerAsk(words=words) if words else None


# The words of asking for a deadline, and of a clarifying question's own list: no matter of their own.
_DEADLINE_ASKING = (
    "delai date limite echeance deadline butoir quand reste restent combien jours maximal maximum"
)


def names_undated_matter(question: str, clarify: str, vocabulary: Callable) -> bool:
    """Whether a deadline question that names no dated obligation still names its own matter with rare
    words ("dans quel délai l'école doit-elle répondre ?", "… que l'administration valide …"): no
    deadline of the texts concerns it, so asking which deadline is meant would not help (abstain).
    "C'est quand la date limite ?" names none: asking which deadline is meant does."""
    known = vocabulary()
    if known is None:
        return False
    return bool(distinctive_words(question, f"{clarify} {_DEADLINE_ASKING}", known))
