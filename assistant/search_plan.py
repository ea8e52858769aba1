"""How the retrieval path searches a question: the query and the order of the passages found.

- A follow-up that no rule settles ("et pour le secondaire ?") is searched with the question it
  follows, so the passages are about the conversation's topic.
- A question on when a text applies is searched with the texts' own words for it ("entre en vigueur",
  "produit ses effets"), and the article that says it comes first; an article the question names
  ("que dit l'article 132 ?") comes first too.
- A question on another kind of integration than the permanent total one ("qui peut proposer une
  intégration temporaire ?") reads first the passages naming that kind, last those naming only the
  IPT (in their text or their place).
- A recourse asked against a decision on an integration ("un recours si l'école refuse l'IPT ?") reads
  first the passages naming a recourse and an integration, not a recourse against another decision.
- A question placed in the Flemish Community is answered from the Flemish decree only.
"""

from __future__ import annotations

import re

from assistant.asked import recourse_on_integration
from assistant.models import ConversationState
from assistant.textnorm import ARRETE_NOUN, fold
from assistant.understand import Understanding
from assistant.understand.followup_wording import asks_basis

# "le décret de 2018, il s'applique depuis quand ?": when a text itself applies, which the texts say
# with "entre en vigueur" or "produit ses effets"
ENTRY_INTO_FORCE = re.compile(
    rf"^(?=.*(?:\b(?:decret|circulaire)\b|{ARRETE_NOUN}))(?=.*\b(s'appliqu\w* depuis|depuis quand|date de quand"
    r"|de quand date|entre\w* en vigueur|en vigueur depuis|applicable depuis|a partir de quand)\b)"
)

# "l'arrêté du 15/09/2022 s'applique à partir de quand ?": the text itself is what applies, not a
# deadline or a period a rule computes; its own article on entry into force answers it
# ("d'après la circulaire, quelle est la date limite applicable ?" asks a deadline: a question word
# between the text and the verb makes something else the subject)
TEXT_APPLIES = re.compile(
    rf"(?:\b(?:decret|circulaire)\b|{ARRETE_NOUN})"
    r"(?:(?!\b(?:quel\w*|combien|date limite|delai|echeance)\b)[^?]){0,80}"
    r"\b(s'appliqu\w*|entre\w* en vigueur|"
    r"en vigueur|applicable|produit ses effets)\b|\b(entree|mise) en vigueur (du|de l'|de la)\b"
)


def applies_asked(u: Understanding) -> bool:
    """Whether the question asks when a text itself applies."""
    return bool(ENTRY_INTO_FORCE.search(u.normalised) or TEXT_APPLIES.search(u.normalised))


def search_query(u: Understanding, state: ConversationState) -> str:
    """The text searched for the question (with the question a follow-up continues)."""
    query = f"{state.last_question} {u.question}" if u.is_followup and state.last_question else u.question
    if u.is_followup and state.last_question and (u.asks_basis or asks_basis(u.normalised)):
        # "quelle est la source ?" after a text answer: the same passages; its own words search nothing
        query = state.last_question
    return f"{query} entre en vigueur produit ses effets" if applies_asked(u) else query


def search_hits(retriever, u: Understanding, query: str, sources: dict, *, flemish: bool, only_flemish: bool):
    """The passages found for the query, in the order the answer reads them."""
    hits = retriever.search(query, k=8, flemish=flemish)
    if flemish and only_flemish:  # placed in the Flemish Community: only its decree applies there
        flemish_hits = [
            h for h in retriever.search(query, k=20, flemish=True) if h.chunk.jurisdiction == "VL"
        ]
        hits = flemish_hits[:8] or hits
    if applies_asked(u):
        hits = entry_into_force_first(hits, u.normalised, sources)
    hits = asked_recourse_first(asked_kind_first(hits, u.normalised), u.normalised)
    return asked_article_first(hits, u.normalised)


_STATES_ENTRY = re.compile(r"entre(nt)? en vigueur|produit ses effets")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def entry_into_force_first(hits: list, question: str, sources: dict) -> list:
    """The passages of a question on when a text applies, those stating an entry into force first
    (of the kind of text and the year the question names, when it names them), and only them when
    there are some: the others only share the text's subject."""
    folded = fold(question)
    years = set(_YEAR.findall(folded))

    def named(hit) -> bool:
        source = sources.get(hit.chunk.source_id)
        if source is None or fold(source.kind) not in folded:
            return False
        return not years or any(y in source.title for y in years)

    entry = [h for h in hits if _STATES_ENTRY.search(fold(h.chunk.text))]
    return sorted(entry, key=lambda h: not named(h)) or hits


_ASKED_ARTICLE = re.compile(r"\barticle (\d{1,3}(?:/\d{1,2})?(?:bis|ter|quater)?)\b(?!/)")


def asked_article_first(hits: list, question: str) -> list:
    """The passages of the article a question names ("que dit l'article 11/3 ?") before those that
    only cite it ("calculé conformément à l'article 11/3"): the locator names the article itself."""
    asked = _ASKED_ARTICLE.findall(fold(question))
    if not asked:
        return hits

    def names(hit) -> bool:
        locator = fold(hit.chunk.locator)
        return any(re.search(rf"\bart\.? ?{re.escape(n)}\b(?![/\d])", locator) for n in asked)

    return sorted(hits, key=lambda h: not names(h))


# another kind of integration than the permanent total one, as the question or a passage names it
_OTHER_KIND = re.compile(r"\bintegrations? (?:permanentes? )?(?:partielles?|temporaires?)\b")
_TOTAL = re.compile(r"\bipt\b|\bintegrations? permanentes? totales?\b")


def other_integration_asked(folded: str) -> bool:
    """Whether the (folded) question is about a partial or temporary integration, not the IPT: no rule
    computes anything of those ("qui peut proposer une intégration temporaire ?")."""
    return bool(_OTHER_KIND.search(folded)) and not _TOTAL.search(folded)


def asked_kind_first(hits: list, question: str) -> list:
    """The passages of a question on a partial or temporary integration (not naming the IPT itself):
    a passage naming that kind leads and those naming only the IPT (in their text or their place) are
    left out, as they answer for another kind of integration; without such a passage, they go last."""
    if not other_integration_asked(fold(question)):
        return hits

    def ipt_only(hit) -> bool:
        text = fold(f"{hit.chunk.locator} {hit.chunk.text}")
        return bool(_TOTAL.search(text)) and not _OTHER_KIND.search(text)

    lead = next((h for h in hits if _OTHER_KIND.search(fold(h.chunk.text))), None)
    if lead is None:
        return sorted(hits, key=ipt_only)
    return [lead, *(h for h in hits if h is not lead and not ipt_only(h))]


def asked_recourse_first(hits: list, question: str) -> list:
    """The passages of a question on a recourse about an integration, those naming both first."""
    if not recourse_on_integration(fold(question)):
        return hits
    return sorted(hits, key=lambda h: not recourse_on_integration(fold(h.chunk.text)))
