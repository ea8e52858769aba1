"""The Oui/Non/Si that opens the answer to a closed question: a claimed figure or date against the
answer's (claimed_figures), an agent the texts do not give the act to, a requirement the case lacks, a
claim a quoted sentence states (affirmation). The figures compared come from the texts — a rule's
conclusion or a retrieval answer's quoted sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.affirmation import stated_word
from assistant.agent_quotes import denied_agent
from assistant.asked_agent import deny_agent
from assistant.claimed_figures import unstated, verdict
from assistant.compose import REASONING_MARKER
from assistant.exclusive_agent import claims_alone, exclusive_word
from assistant.requirements import requires_doubted, requires_lacked
from assistant.yes_no import denial_word, is_negated, negated_lead

_LEAD = re.compile(r"^(Oui|Non)\b")
_REASONING = f"\n\n{REASONING_MARKER}"


def lead_rule(text: str, conclusion: str, question: str, quotes: Sequence[str], reported: bool = True) -> str:
    """A rule answer to a claimed quantity opens with the claim's verdict. When the rule already opens
    with its own "Oui" and the claimed figure is not the texts' one, the lead becomes "Non"; a claimed
    figure the texts do not give at all is said to be absent from them (never confirmed).
    "C'est au pôle de la rédiger ?" answered by another actor opens "Non, ce n'est pas le pôle"."""
    denied = deny_agent(text, question, conclusion)
    if denied != text:
        return denied
    word = verdict(question, conclusion, quotes, reported)
    own = _LEAD.match(text)
    if own:
        # only a reported claim ("on m'a dit…", "c'est bien ça ?") overrides the rule's own word: in
        # "et après 3 ans ?" the figure is the case asked about, not a claim
        if reported and own[1] == "Oui" and word == "Non":
            text = "Non" + text[3:]
        elif own[1] == "Oui" and claims_alone(question):  # "seul le CPMS peut… ?": a rule's "Oui" gives
            # the act, not its exclusivity: only a sentence sharing or restricting it answers
            alone = exclusive_word(question, [conclusion, *quotes])
            rest = re.sub(r"^Oui\b\s*[,:]?\s*", "", text)
            text = f"{alone}{text[3:]}" if alone else rest[:1].upper() + rest[1:]
        elif own[1] == "Oui" and denial_word(question, [conclusion, *quotes], verb_asked=True) == "Non":
            text = "Non" + text[3:]  # "peut-il dépasser 352 points ?": "sans pouvoir dépasser 352"
        elif own[1] == "Oui" and is_negated(question):
            # the rule's "Oui" holds the positive claim the question negates
            text = negated_lead(question, "Oui") + text[3:]
    elif word is None and requires_lacked(question, "\n".join([conclusion, *quotes])):
        # "sans bilan médical, peut-on… ?" answered by "doit disposer d'un bilan médical"
        text = f"Non : {text[0].lower()}{text[1:]}"
    elif word is None and requires_doubted(question, "\n".join([conclusion, *quotes])):
        # "il ne faut pas de bilan médical ?" answered by "doit disposer d'un bilan médical"
        text = f"Si : {text[0].lower()}{text[1:]}"
    elif (
        word := word or exclusive_word(question, [conclusion, *quotes]) or stated_word(question, [conclusion])
    ) is not None:
        # a leading variable ("X = 30", "N = 45 %") keeps its capital
        keep = len(text) < 2 or text[1].isupper() or re.match(r"[A-Z] =", text)
        first = text if keep else text[0].lower() + text[1:]
        text = f"{word} : {first}"
    missing = unstated(question, conclusion, quotes, reported) if reported else []
    if not missing:
        return text
    note = "Les textes cités ne mentionnent pas « " + " », « ".join(missing) + " »."
    head, sep, tail = text.partition(_REASONING)
    return f"{head.rstrip()}\n\n{note}{sep}{tail}"


def lead_retrieval(
    text: str, question: str, quotes: Sequence[str], reported: bool = True, headings: Sequence[str] = ()
) -> str:
    """'D'après … :' becomes 'Non, d'après … :' when the quoted sentences contradict the claimed figure.
    `headings`: each quote's passage heading (what a sentence opening "Il …" speaks of)."""
    opening = "D'après"
    if not text.startswith(opening):
        return text
    word = verdict(question, " ".join(quotes), reported=reported)
    if word == "Oui" and is_negated(question):
        word = negated_lead(question, word)  # "on n'est pas obligé d'organiser 2 périodes ?"
    if word is None and requires_lacked(question, "\n".join(quotes)):
        word = "Non"  # the case lacks what a quoted sentence requires
    elif word is None and requires_doubted(question, "\n".join(quotes)):
        word = "Si"  # a negative question doubts what a quoted sentence requires
    if word is None:
        agent = denied_agent(question, quotes)  # "c'est X qui… ?" where the quotes give it to another
        if agent is not None:
            return f"Non, ce n'est pas {agent} : d'après{text[len(opening) :]}"
        # "la direction seule ?": a sentence sharing the act or restricting it; else one stating the
        # claim ("Oui", "Si") or none
        word = exclusive_word(question, quotes) or stated_word(question, quotes, headings)
    return f"{word}, d'après{text[len(opening) :]}" if word else text
