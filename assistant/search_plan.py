"""How the retrieval path searches a question: the query and the order of the passages found.

- A follow-up that no rule settles ("et pour le secondaire ?") is searched with the question it
  follows, so the passages are about the conversation's topic.
- A question on when a text applies is searched with the texts' own words for it ("entre en vigueur",
  "produit ses effets"), and the article that says it comes first; an article the question names
  ("que dit l'article 132 ?") comes first too.
- A question placed in the Flemish Community is answered from the Flemish decree only.
"""

from __future__ import annotations

import re

from assistant.models import ConversationState
from assistant.named_texts import asked_article_first, entry_into_force_first
from assistant.textnorm import ARRETE_NOUN
from assistant.understand import Understanding

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
    return asked_article_first(hits, u.normalised)
