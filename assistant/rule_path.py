"""The rule path of the Assistant: a question understood as a rule question gets the rule's answer,
unless the rule cannot stand for it.

The rule's table answers only what it computes: a question narrower than its conclusion (one article,
the rounding, a conversion), one that asks a kind of value the conclusion lacks, or a follow-up the
rule would answer exactly as before with words of its own, gets the verbatim sentences instead, or an
abstention. A mixin of `assistant.chat.Assistant`, which provides `_rules`, `_retrieval_answer`,
`_foreign_notions` and `_loaded_vocabulary`.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant import claims, compose, currency, replies
from assistant.asked import gives_asked
from assistant.basis import basis_text
from assistant.fact_kinds import rule_covers
from assistant.legal_reference import STATES_REFERENCE, asks_reference, gives_reference
from assistant.models import Answer, Citation, ConversationState, RuleResult
from assistant.narrow import NarrowerAsk, distinctive_words, narrower_ask
from assistant.rule_or_text import distinctive_ask, names_undated_matter, narrower_answer
from assistant.rule_scope import off_matter, outside_scope
from assistant.textnorm import fold
from assistant.unchanged_followup import (
    clarified_before,
    elliptic_closed,
    missing_value,
    other_rule_in_context,
    repeats_last_answer,
    untold_words,
)
from assistant.understand import Understanding, next_state


class RulePath:
    """The rule answer and its checks (mixed into the Assistant)."""

    def _rule_answer(self, u: Understanding, state: ConversationState, today: dt.date) -> Answer:
        spec = self._rules[u.rule_id]
        if off_matter(spec, u.question, u.is_followup):  # another matter's words routed here
            return self._retrieval_answer(u, state, today)
        result: RuleResult = spec.func(u.facts, u.facts.reference_date or today)
        sources = sorted({c.source_id for c in result.citations})
        new_state = next_state(state, u, sources)
        if self._foreign_notions(u.question):  # "un TSA", "le préavis": the rule matched common words
            return replies.abstain(u.question, today, state=new_state, reason="weak")
        clarify = result.data.get("clarify")
        if clarify:  # unless the question asks what one article says ("que dit l'article 136 ?")
            asked = narrower_ask(u.question, "", [])
            narrower = self._narrower_answer(u, state, today, asked if asked and asked.article else None)
            undated = narrower is None and spec.id == "deadlines.when" and not u.is_followup
            if undated and names_undated_matter(u.question, str(clarify), self._loaded_vocabulary):
                return replies.abstain(u.question, today, state=new_state, reason="weak")  # no deadline of it
            if narrower is None and clarified_before(u, state, spec.func, today):
                # asked again without what was asked for: if the texts have nothing either, say so
                # rather than ask the same question twice
                extractive = self._retrieval_answer(u, state, today)
                if extractive.kind == "abstain":
                    return extractive
            return narrower or Answer(text=str(clarify), kind="clarify", rule_id=spec.id, state=new_state)
        composed = compose.compose_rule(result)
        conclusion = compose.conclusion_of(composed.text)
        if u.asks_basis and composed.citations:  # "pourquoi ?", "c'est écrit où ?" about the last answer
            return _basis_answer(spec.id, conclusion, composed.citations, new_state)
        if asks_reference(fold(u.question)) and not gives_reference(fold(conclusion)):
            basis = _basis_answer(spec.id, conclusion, composed.citations, new_state)
            return self._reference_answer(u, state, today, basis)
        told = "\n".join([composed.text, *(c.quote for c in result.citations)])  # its text and its quotes
        if repeats_last_answer(u, state, spec.func, conclusion, today):  # another question, same case
            other = other_rule_in_context(u, state)  # "et les moyens ?" after a stop: their fate
            if other is not None:
                return self._rule_answer(u.model_copy(update={"rule_id": other}), state, today)
            own = self._own_question_answer(u, state, today, told, new_state)
            if own is not None:
                return own
        asked = narrower_ask(u.question, conclusion, result.citations) or distinctive_ask(
            u, told, self._rules, self._loaded_vocabulary
        )
        narrower = self._narrower_answer(u, state, today, asked)
        if narrower is not None:  # "que prévoit l'article 132 ?", "l'arrondi se fait comment ?"
            return narrower
        if asked is not None and asked.conversion is not None:  # no text states it: not the rule's table
            return replies.abstain(u.question, today, state=new_state, reason="weak")
        if (
            not rule_covers(u.question, composed.text)
            or not gives_asked(u.question, conclusion, moments=False)
            or (not u.is_followup and outside_scope(spec, u.question, bool(u.facts.yes_no)))
        ):  # the rule does not give what is asked: the sentences using the question's own rare
            # words may ("heures de surveillant-éducateur" routed to the periods of an IPT)
            return self._own_words_answer(u, state, today, told) or replies.abstain(
                u.question, today, state=new_state, reason="weak"
            )
        notes = currency.notes_for(
            result.citations, today, extra=result.notes, school_year=result.school_year
        )
        # a rule that finds no value in the texts for the asked year says so: that is an abstention,
        # unless the question names its own matter with the texts' rare words and sentences using them
        # answer it ("la procédure interne … doit être clôturée pour quand ?" is no attestation's deadline)
        kind = "abstain" if result.data.get("not_in_texts") else "rule"
        own = self._own_words_answer(u, state, today, told) if kind == "abstain" else None
        if own is not None:
            return own
        text = composed.text
        if u.facts.yes_no:  # "30 jours ouvrables, c'est bien ça ?": the claimed figure against the rule's
            quotes = [c.quote for c in composed.citations]
            text = claims.lead_rule(text, conclusion, u.question, quotes, bool(u.facts.claim))
        return Answer(
            text=text,
            kind=kind,
            rule_id=spec.id,
            citations=composed.citations,
            notes=notes,
            state=new_state,
        )

    def _reference_answer(
        self, u: Understanding, state: ConversationState, today: dt.date, basis: Answer
    ) -> Answer:
        """A question asking where the rule is written ("quelle est la base légale de la rétrocession
        ?") whose conclusion names no text: the sentences that name an article or a dated text when
        the passages have them, else `basis` (the conclusion with the passages it rests on, each with
        its place)."""
        extractive = self._retrieval_answer(u, state, today)
        if extractive.kind == "retrieval" and any(
            STATES_REFERENCE.search(fold(c.quote)) for c in extractive.citations
        ):
            return extractive
        return basis

    def _own_question_answer(
        self,
        u: Understanding,
        state: ConversationState,
        today: dt.date,
        told: str,
        new_state: ConversationState,
    ) -> Answer | None:
        """A follow-up the last rule would answer as before, with words the rule's answer and quotes
        do not use: the sentences using them when the texts have them; an abstention when it asks a
        kind of value (a time limit, an address, who pays) the rule's answer lacks; else None (the
        rule's answer stands)."""
        vocabulary = self._loaded_vocabulary()
        untold = untold_words(u.question, told, vocabulary) if vocabulary is not None else []
        if not untold:
            return None
        words = distinctive_words(u.question, told, vocabulary)
        answer = self._narrower_answer(u, state, today, NarrowerAsk(words=words) if words else None)
        if answer is None and words and elliptic_closed(u):
            # "et pendant les vacances ?" after a yes: the yes was for another circumstance
            return replies.abstain(u.question, today, state=new_state, reason="weak")
        value = missing_value(u.question, told)
        if answer is None and value is None and missing_value(u.question, "") is None:
            # "et pour la charge d'enseignement de la direction ?" after the capital-périodes: common
            # words the rule's answer lacks; the sentences using all of them, when the texts have some
            # (a kind of value the answer gives, "à quelle adresse ?", is answered by the rule)
            return self._passage_using(u, state, today, vocabulary, untold)
        if answer is not None or value is None:
            return answer
        extractive = self._retrieval_answer(u, state, today)  # the passages may give the asked value
        if extractive.kind == "retrieval" and any(value.search(fold(c.quote)) for c in extractive.citations):
            return extractive
        return replies.abstain(u.question, today, state=new_state, reason="weak")

    def _passage_using(
        self, u: Understanding, state: ConversationState, today: dt.date, vocabulary, tokens: list[str]
    ) -> Answer | None:
        """The extractive answer when one of its quotes uses each of the turn's words whose index tokens
        are all in `tokens` (the words the rule's answer lacks; any one token of a word will do), else None."""
        untold = set(tokens)
        words = [set(vocabulary.tokenize(w)) for w in re.findall(r"[a-z]{3,}", fold(u.question))]
        words = [w for w in words if w and w <= untold]
        if not words:
            return None
        extractive = self._retrieval_answer(u, state, today)
        if extractive.kind != "retrieval":
            return None
        quoted = [set(vocabulary.tokenize(c.quote)) for c in extractive.citations]
        return extractive if any(all(w & q for w in words) for q in quoted) else None

    def _narrower_answer(
        self, u: Understanding, state: ConversationState, today: dt.date, asked: NarrowerAsk | None
    ) -> Answer | None:
        """The extractive answer when the question is narrower than the rule's conclusion, else None."""
        return narrower_answer(u.question, asked, lambda: self._retrieval_answer(u, state, today))

    def _own_words_answer(
        self, u: Understanding, state: ConversationState, today: dt.date, told: str
    ) -> Answer | None:
        """The extractive answer whose quotes use the question's rare words the rule's answer does
        not use, if there are such words and such sentences (else None)."""
        vocabulary = self._loaded_vocabulary()
        words = distinctive_words(u.question, told, vocabulary) if vocabulary is not None else ()
        return self._narrower_answer(u, state, today, NarrowerAsk(words=words)) if words else None


def _basis_answer(
    rule_id: str, conclusion: str, cited: list[Citation], new_state: ConversationState
) -> Answer:
    """The rule's conclusion, then the passages it rests on, each with its place."""
    return Answer(
        text=basis_text(conclusion, cited), kind="rule", rule_id=rule_id, citations=cited, state=new_state
    )
