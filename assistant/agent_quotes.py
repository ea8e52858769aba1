"""A closed question on who acts, answered by quoted sentences where another agent does it: "c'est notre
école spécialisée qui reçoit les points ?" answered by "… le pôle territorial compétent et celui-ci
reçoit des points complémentaires" opens "Non, ce n'est pas l'école spécialisée".

Only the question's "c'est X qui <verbe>" form is read. A quoted sentence must give that verb (its first
five letters) to another agent explicitly: the agent is its subject (the nearest agent before the verb,
in the same clause) or its agent ("rédigée par le CPMS"). No quoted sentence using the verb may name X,
and one that uses it without giving it to anyone concludes nothing. When the verb's object has another
name in the texts, the act is read from that name ("donner le CEB": the sentences on the "certification",
`everyday_terms`), one of them giving it to another agent. Otherwise nothing is concluded
(never a guess: the quoted passages are given without a Oui/Non lead).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.asked_agent import CLOSED_SUBJECT, agents, label, last_agents
from assistant.index.analyzer import everyday_terms
from assistant.sentence_split import split_sentences
from assistant.textnorm import fold, word_stems

_SUBJECT_GAP = 60  # at most this many characters between the subject agent and its verb
_CLAUSE_END = re.compile(r"[;:.!?]|\bmais\b")


def denied_agent(question: str, quotes: Sequence[str]) -> str | None:
    """The label of the asked agent ("l'école spécialisée") when the quoted sentences using the
    question's verb give its act explicitly to another agent, and never name the asked one; else None."""
    m = CLOSED_SUBJECT.search(fold(question))
    if not m or not m["y"] or not m["verb"] or re.search(r"\bou\b", m["y"]):  # "X ou Y" is a choice
        return None
    asked = agents(m["y"])
    if not asked:
        return None
    folded = [fold(s) for q in quotes for s in split_sentences(q)]
    # the texts' name of the verb's object, when the user's is another ("le CEB": "certification")
    named = sorted(word_stems(everyday_terms(_object(question, m.end()))))
    by_object = bool(named) and any(re.search(rf"\b{t}", s) for s in folded for t in named)
    stems = named if by_object else [m["verb"][:5]]
    sentences = [(s, t) for s in folded for t in stems if re.search(rf"\b{t}", s)]
    if any(agents(s) & asked for s, _ in sentences) or (
        "cpms" in asked and any(_names_cpms(s) for s, _ in sentences)
    ):
        return None
    actors = [actors_of(s, t) for s, t in sentences]
    # a sentence using the verb for no one named concludes nothing; one naming the object may not name
    # who acts on it ("les certificats sont délivrés selon…") when another does
    if not any(actors) or not (by_object or all(actors)):
        return None
    return label(sorted(asked)[0])


_OBJECT = re.compile(r" (?:l'|le |la |les |un |une |des |du |son |sa |ses |leur |leurs )?([a-z]+)")


def _object(question: str, end: int) -> str:
    """The noun right after the asked verb ("… qui donnera le CEB à ma fille" -> "ceb")."""
    found = _OBJECT.match(fold(question)[end:])
    return found[1] if found else ""


def _names_cpms(sentence: str) -> bool:
    return any(k.startswith("cpms") for k in agents(sentence))


def actors_of(sentence: str, stem: str) -> set[str]:
    """The agents `sentence` gives the verb to: its agent ("… par le pôle") or its subject, the nearest
    agent before the verb in the same clause ("le pôle territorial compétent et celui-ci reçoit")."""
    found: set[str] = set()
    for verb in re.finditer(rf"\b{stem}\w*", sentence):
        passive = re.match(r"(?: [\w']+){0,3}? par ((?:[\w'-]+ ){1,6})", sentence[verb.end() :])
        if passive and (by := agents(passive[1])):
            found |= by
            continue
        before = _CLAUSE_END.split(sentence[max(0, verb.start() - _SUBJECT_GAP) : verb.start()])[-1]
        if subject := last_agents(before):
            found |= subject
    return found
