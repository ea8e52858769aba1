"""Follow-ups a rule would answer exactly as it answered the turn before.

A follow-up routed back to the last rule by its form ("et pendant les vacances ?", "et elle doit
être faite dans quel délai ?", "et le bilan médical, c'est qui qui le paie ?") but that changes
nothing the rule computes gets, from the rule, the very conclusion of the previous turn: an answer
to another question. Such a turn asks something the rule does not compute. It is answered by the
verbatim sentences that use its own words when the texts have them, else the assistant abstains.

Not concerned: a turn about the last answer itself ("pourquoi ?", "tu es sûr ?"), the same question
asked again, and a turn adding a fact of the case without a question of its own ("et s'il était en
type 1 ?"), whose answer may rightly stay the same.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from assistant import compose
from assistant.asked import ASKS_PHONE, HAS_PHONE
from assistant.models import ConversationState
from assistant.rules.facts import Facts
from assistant.textnorm import fold, word_stems
from assistant.understand import Understanding, intent
from assistant.understand import followup_wording as fu
from assistant.understand.core import valid_facts
from assistant.understand.followup import FORM_FACTS
from assistant.understand.normalise import normalise


def _new_case_facts(u: Understanding, state: ConversationState) -> bool:
    """Whether this turn sets a fact of the case (not of the question's form) to a new value."""
    own = u.facts.model_dump(mode="json", exclude_defaults=True)
    return any(name not in FORM_FACTS and own.get(name) != state.facts.get(name) for name in u.new_facts)


def _asks_its_own(u: Understanding, state: ConversationState) -> bool:
    """Whether the turn asks something of its own rather than the last question for another case."""
    text = u.normalised
    if u.asks_basis or fu.asks_basis(text) or fu.CHALLENGE.search(text) or fu.CORRECTION.search(text):
        return False
    if fold(u.question).strip(" ?!.") == fold(state.last_question or "").strip(" ?!."):
        return False
    if fu.HYPOTHETICAL.search(text) and not fu.QUESTION_WORD.search(text):
        return False  # "et si il manque une signature ?": the same question, a case the rule may settle
    return bool(fu.QUESTION_WORD.search(text)) or not _new_case_facts(u, state)


def elliptic_closed(u: Understanding) -> bool:
    """A short closed follow-up without a question word of its own ("et pendant les vacances ?"):
    the last yes/no question asked again for the circumstance it names."""
    text = u.normalised
    short = fu.words(text) <= fu.SHORT
    return bool(u.facts.yes_no) and short and fu.keeps_form(text) and not fu.HYPOTHETICAL.search(text)


def _conclusion(func: Callable, facts: Facts, today: dt.date) -> str:
    result = func(facts, facts.reference_date or today)
    if result.data.get("clarify"):
        return ""
    return compose.conclusion_of(compose.compose_rule(result).text).strip()


def repeats_last_answer(
    u: Understanding, state: ConversationState, func: Callable, conclusion: str, today: dt.date
) -> bool:
    """Whether a follow-up on the last rule asks its own question and the rule's conclusion for it is
    the one it gave the turn before (nothing the rule computes changed)."""
    if not (u.is_followup and state.last_intent == u.rule_id and state.last_question):
        return False
    if not _asks_its_own(u, state):
        return False
    try:
        # the last case, asked as this turn asks it (the aspects of a stop asked are this turn's own)
        before = Facts.model_validate({**valid_facts(state.facts), "end_aspects": u.facts.end_aspects})
    except ValueError:
        return False
    return _bare(_conclusion(func, before, today)) == _bare(conclusion)


def other_rule_in_context(u: Understanding, state: ConversationState) -> str | None:
    """A short follow-up the last rule would answer as before, naming the matter of another rule
    only together with the question it follows ("et les moyens ?" after a stop of an IPT: what
    becomes of the means in that case): that rule, when the turn's words bring it to the threshold
    (it does not score on the previous question alone); else None."""
    text = u.normalised
    if not state.last_question or fu.words(text) > fu.SHORT or fu.QUESTION_WORD.search(text):
        return None  # a question word of its own asks its own question ("et qui l'accompagne ?")
    before = normalise(state.last_question)
    alone = dict(intent.rank((before,), u.facts.model_dump(exclude_defaults=True)))
    merged = u.facts.model_dump(exclude_defaults=True)
    for rule_id, score in intent.rank((f"{text} {before}",), merged):
        if rule_id == state.last_intent or score < intent.THRESHOLD:
            continue
        return rule_id if alone.get(rule_id, 0.0) < intent.THRESHOLD else None
    return None


def clarified_before(u: Understanding, state: ConversationState, func: Callable, today: dt.date) -> bool:
    """Whether the last turn, on the same rule, already got the clarifying question this turn would
    get (the turn did not give what was asked): asking it again helps nobody."""
    if not (u.is_followup and state.last_intent == u.rule_id and state.last_question):
        return False
    try:
        before = Facts.model_validate(valid_facts(state.facts))
    except ValueError:
        return False
    return bool(func(before, before.reference_date or today).data.get("clarify"))


def _bare(conclusion: str) -> str:
    """The conclusion without the Oui/Non a closed question puts in front of it."""
    return re.sub(r"^(oui|non)\s*[:,]\s*", "", fold(conclusion).strip())


# A kind of value a turn asks ("à quelle adresse ?", "dans quel délai ?", "qui le paie ?"), and what
# gives such a value without naming it (an e-mail address; a time limit or a date; a payer or a cost)
_VALUE_KINDS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"\b(adresses?|mails?|e-mails?|courriels?)\b"), re.compile(r"@")),
    (re.compile(r"\bquel(le)?s? annexes?\b"), re.compile(r"\bannexe \d")),
    (ASKS_PHONE, HAS_PHONE),  # the same phone patterns as the answer checks
    (
        re.compile(r"\b(delais?|date limite|echeance|combien de temps)\b"),
        re.compile(
            r"\b(dans|endeans|sous) (les )?\d+ (jours|mois|semaines)\b|\bau plus tard\b|\b\d{1,2}/\d{1,2}/\d{4}\b"
        ),
    ),
    (  # "joignables à quelles heures ?": opening hours, a time of day
        re.compile(r"\b(a|de|vers|jusqu'a) quelles? heures?\b|\bhoraires?\b"),
        re.compile(r"\b\d{1,2} ?h(\d\d)?\b"),
    ),
    (
        re.compile(r"\b(paie|paye|payer?|paient|payent|finance|coute|cout|frais)\b"),
        re.compile(r"\b(pay\w*|frais|cout\w*|euros?)\b|€|\ba charge d"),
    ),
)


def missing_value(question: str, told: str) -> re.Pattern[str] | None:
    """The pattern of a kind of value the turn asks (an address, a phone number, a time limit, who
    pays, an annex) that the rule's answer and quotes do not give; None if none is missing."""
    asked, said = fold(question), fold(told)
    for noun, value in _VALUE_KINDS:
        if noun.search(asked) and not value.search(said):
            return value
    return None


def untold_words(question: str, told: str, vocabulary) -> list[str]:
    """The turn's words (the index's tokens) that neither the rule's answer nor its quotes use (the
    noun of a kind of value the answer gives, such as an address or a time limit, counts as used)."""
    asked = fold(question)
    for noun, value in _VALUE_KINDS:
        if value.search(fold(told)):
            asked = noun.sub(" ", asked)
    said = set(vocabulary.tokenize(told))
    return [token for token in vocabulary.tokenize(asked) if token not in said]


def other_year_unquoted(u: Understanding, quotes: list[str], state_question: str = "") -> bool:
    """Whether a follow-up that only changes the school year ("et pour 2024-2025 ?") gets sentences
    none of which names that year (with a word of the question it follows, when that has any): the
    figure the texts give is another year's."""
    year = u.facts.school_year
    own = set(u.new_facts) - FORM_FACTS
    if not (u.is_followup and year and own == {"school_year"}):
        return False
    first, second = year.split("-")
    named = re.compile(rf"\b{first}\s*[-/]\s*(?:20)?{second[2:]}\b")
    topic = _topic_stems(state_question)
    return not any(named.search(fold(q)) and (not topic or topic & _topic_stems(q)) for q in quotes)


_GENERIC = frozenset(  # stems of six letters, as _topic_stems makes them
    g[:6]
    for g in [
        "eleve",
        "integr",
        "perman",
        "totale",
        "combie",
        "etaie",
        "annee",
        "scolai",
        "pendan",
        "quelle",
        "quelles",
        "depuis",
    ]
)


def _topic_stems(text: str) -> set[str]:
    """Stems of the longer words of a text, but those of nearly every question on IPTs."""
    return word_stems(fold(text), min_len=6, size=6) - _GENERIC
