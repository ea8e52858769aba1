"""A closed question claiming that one agent acts alone: "c'est la direction seule qui décide ?",
"seul le pôle peut demander l'arrêt ?", "uniquement les parents peuvent introduire la demande ?".

A sentence giving the act to that agent is no proof that no one else shares it, so the claim is
answered only by a sentence that states the claim's act (all the claim's content words, the agent
and the restriction aside) and either
- shares it: a collegial decision, "en concertation", "conjointement", "tous les partenaires",
  "chacun des partenaires", or several agents, the asked one among them ("par le pôle et les
  parents"): "Non";
- or restricts it to the asked agent ("seule l'école d'origine est habilitée à délivrer…",
  "exclusivement par le pôle"): "Oui".
Sentences negating the act ("ne … pas") conclude nothing; nor do sentences of both kinds together.
Otherwise nothing is concluded (never a guess).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.agent_quotes import actors_of
from assistant.asked_agent import agents
from assistant.sentence_split import split_sentences
from assistant.textnorm import fold, word_stems

_AGENT_SPAN = r"(?P<a>(?:le |la |les |l')[^?,;]{2,70})"
# "seul le pôle", "uniquement par les parents", "la direction seule", "c'est X seul qui"
_ALONE_BEFORE = re.compile(
    r"\b(?:seule?s?|uniquement|exclusivement|seulement)\s+(?:par |a |au |aux )?" + _AGENT_SPAN
)
_ALONE_AFTER = re.compile(r"(?P<a>(?:le |la |les |l')[^?,;]{2,70}?) (?:toute?s? )?seule?s?\b")
_RESTRICTION = re.compile(r"\b(?:seule?s?|uniquement|exclusivement|seulement)\b")
# a clause asking an open question: its "seul" is no claim ("qui est le seul à…")
_OPEN_CLAUSE = re.compile(r"^\s*(?:qui|que|qu'|quand|comment|combien|pourquoi|quel\w*|ou)\b")
# the act shared by several agents
_SHARED = re.compile(
    r"\bcollegial\w*|\bconcert(?:ee?s?|ation)\b|\bconjointement\b|\bcommun accord\b|\btous les partenaires\b"
)
# each of several agents may do it, the asked one among them ("chacun des partenaires (école, parents
# ou pôle) peut demander")
_EACH = re.compile(r"\bchacun (?:des|de ses) partenaires\b")
_DENIES = re.compile(r"\bne\b(?![^.;]{0,50}\bque?\b)|\bn'(?![^.;]{0,50}\bque?\b)|\bpas\b")
# the sentence restricts the act to an agent: "seule l'école d'origine", "exclusivement par le pôle"
_STATES_ALONE = re.compile(
    r"\b(?:seule?s?|exclusivement|uniquement)\s+(?:par |a |au |aux )?(?P<a>(?:le |la |les |l')[^,;.]{2,70})"
    r"|\bne\b[^.;]{0,50}\bque (?:par |a |au |aux )?(?P<b>(?:le |la |les |l')[^,;.]{2,70})"
)
# content words: the question's words of five letters or more, read by their first five letters
_FILLER = frozenset(
    re.findall(
        r"[a-z]+",
        "peut peuvent pourra pourrait doit doivent faut etre avoir vraiment alors donc bien aussi "
        "toujours encore cela selon decret circulaire texte textes arrete notre votre",
    )
)
# words read with their usual equivalents (first five letters -> class)
_SAME = {"decis": "decid"}


def _words(text: str) -> set[str]:
    return {_SAME.get(w, w) for w in word_stems(text, ignore=_FILLER)}


def _leading_agents(span: str) -> tuple[set[str], int]:
    """The agents named first in `span` (the words after "seul") and where that name ends."""
    for end in range(5, len(span) + 1):
        if found := agents(span[:end]):
            if "cpms" in found:  # "le CPMS de l'école ordinaire": the longer name, if it is one
                for longer in range(end + 1, min(len(span), end + 30) + 1):
                    if agents(span[:longer]) != found:
                        found, end = agents(span[:longer]), longer
            return found, end
    return set(), len(span)


def _named(span: str) -> str:
    """`span` up to the end of its last agent name ("la direction de l'école ordinaire" of "la
    direction de l'école ordinaire", "la direction" of "la direction décide")."""
    whole = agents(span)
    end = len(span)
    while end > 1 and agents(span[: end - 1]) == whole:
        end -= 1
    return span[:end]


def _asked_alone(q: str) -> tuple[set[str], str] | None:
    """The agent the question claims acts alone and the words naming it."""
    for clause in re.split(r"[?;]", q):
        if _OPEN_CLAUSE.search(clause):
            continue
        for pattern in (_ALONE_BEFORE, _ALONE_AFTER):
            m = pattern.search(clause)
            if not m:
                continue
            found, end = _leading_agents(m["a"])
            if not found or len(found - {"cpms"}) > 1:
                continue
            if pattern is _ALONE_BEFORE:
                return found, m["a"][:end]
            named = _named(m["a"])  # "la direction de l'école ordinaire seule": all its name
            if named.strip() == m["a"].strip():  # not "la direction décide seule" (by itself)
                return found, named
    return None


def _shares(sentence: str, claim: set[str], asked: set[str]) -> bool:
    if _SHARED.search(sentence):
        return True
    if _EACH.search(sentence) and asked <= agents(sentence) and len(agents(sentence) - {"cpms"}) >= 2:
        return True
    stems = [w for w in claim if re.search(rf"\b{w}", sentence)]
    return any(asked <= (a := actors_of(sentence, stem)) and len(a - asked - {"cpms"}) >= 1 for stem in stems)


def _restricts(sentence: str, asked: set[str]) -> bool:
    for m in _STATES_ALONE.finditer(sentence):
        if asked and asked <= _leading_agents(m["a"] or m["b"])[0]:
            return True
    return False


def claims_alone(question: str) -> bool:
    """Whether a closed question claims that one agent acts alone ("seul le pôle peut… ?")."""
    q = fold(question).strip()
    return "?" in q and _asked_alone(q) is not None


def exclusive_word(question: str, texts: Sequence[str]) -> str | None:
    """'Non' when a closed question claims one agent acts alone and a text sentence stating the act
    gives it to several agents together; 'Oui' when one restricts it to that agent; else None."""
    q = fold(question).strip()
    if "?" not in q:
        return None
    alone = _asked_alone(q)
    if alone is None:
        return None
    asked, naming = alone
    claim = (
        _words(q) - _words(naming) - _words(" ".join(sorted(asked))) - {"seule", "uniqu", "exclu", "seulem"}
    )
    if not claim:
        return None
    words: set[str] = set()
    for sentence in (fold(s) for text in texts for s in split_sentences(text)):
        if not claim <= _words(sentence) or _DENIES.search(_RESTRICTION.sub(" ", sentence)):
            continue
        if _restricts(sentence, asked):
            words.add("Oui")
        elif _shares(sentence, claim, asked):
            words.add("Non")
    return words.pop() if len(words) == 1 else None
