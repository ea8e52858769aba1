"""A closed question on who acts, answered by quoted sentences where another agent does it: "c'est notre
école spécialisée qui reçoit les points ?" answered by "… le pôle territorial compétent et celui-ci
reçoit des points complémentaires" opens "Non, ce n'est pas l'école spécialisée".

Only the question's "c'est X qui <verbe>" form is read. A quoted sentence must give that verb (its first
five letters) to another agent explicitly: the agent is its subject (the nearest agent before the verb,
in the same clause) or its agent ("rédigée par le CPMS"). No quoted sentence using the verb may name X,
and one that uses it without giving it to anyone concludes nothing. Otherwise nothing is concluded
(never a guess: the quoted passages are given without a Oui/Non lead).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.asked_agent import CLOSED_SUBJECT, agents, label, last_agents
from assistant.sentence_split import split_sentences
from assistant.textnorm import fold

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
    stem = m["verb"][:5]
    sentences = [fold(s) for q in quotes for s in split_sentences(q) if re.search(rf"\b{stem}", fold(s))]
    if any(agents(s) & asked for s in sentences) or (
        "cpms" in asked and any(_names_cpms(s) for s in sentences)
    ):
        return None
    actors = [actors_of(s, stem) for s in sentences]
    if not actors or not all(actors):  # a sentence using the verb for no one named concludes nothing
        return None
    return label(sorted(asked)[0])


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
