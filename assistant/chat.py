"""The Assistant facade: ask(question, state, today) -> Answer.

Routes each question: rule first when understood as a rule question, retrieval otherwise, and ends
in one of `rule`, `retrieval`, `abstain`, `clarify`. Loads the index once; keeps no conversation
state of its own (the state is passed in and returned), so one instance serves concurrent sessions.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from pathlib import Path

from assistant import claims, compose, currency, replies
from assistant.asked import gives_asked
from assistant.basis import basis_text
from assistant.ingest.loader import corpus_stamp
from assistant.ingest.sources import load_sources
from assistant.models import Answer, ConversationState, RuleResult
from assistant.named_texts import NamedTexts, asked_article_first, entry_into_force_first
from assistant.narrow import NarrowerAsk, conversion_asked, distinctive_words, narrower_ask
from assistant.rule_or_text import distinctive_ask, names_undated_matter, narrower_answer
from assistant.rules import registry
from assistant.settings import Settings, get_settings
from assistant.textnorm import ARRETE_NOUN, fold
from assistant.unchanged_followup import (
    clarified_before,
    elliptic_closed,
    missing_value,
    other_rule_in_context,
    other_year_unquoted,
    repeats_last_answer,
    untold_words,
)
from assistant.understand import Understanding, next_state, understand
from assistant.understand.core import valid_facts
from assistant.verdict import (
    FLEMISH_EXPLICIT,
    FLEMISH_NOTIONS,
    FWB_CUES,
    passages_verdict,
)

# "le décret de 2018, il s'applique depuis quand ?": when a text itself applies, which the texts say
# with "entre en vigueur" or "produit ses effets"
ENTRY_INTO_FORCE = re.compile(
    rf"^(?=.*(?:\b(?:decret|circulaire)\b|{ARRETE_NOUN}))(?=.*\b(s'appliqu\w* depuis|depuis quand|date de quand"
    r"|de quand date|entre\w* en vigueur|en vigueur depuis|applicable depuis|a partir de quand)\b)"
)

# "l'arrêté du 15/09/2022 s'applique à partir de quand ?": the text itself is what applies, not a
# deadline or a period a rule computes; its own article on entry into force answers it
TEXT_APPLIES = re.compile(
    rf"(?:\b(?:decret|circulaire)\b|{ARRETE_NOUN})[^?]{{0,80}}\b(s'appliqu\w*|entre\w* en vigueur|"
    r"en vigueur|applicable|produit ses effets)\b|\b(entree|mise) en vigueur (du|de l'|de la)\b"
)


def _usable(state: ConversationState) -> ConversationState:
    """The state without facts the rules cannot read (a state passed back by an API client or saved
    by an older version): such a fact is dropped, never a reason to fail."""
    facts = valid_facts(state.facts)
    return state if facts == state.facts else state.model_copy(update={"facts": facts})


class Assistant:
    """Answers French questions on IPTs from the rule core and the indexed texts."""

    def __init__(self, settings: Settings | None = None, *, index=None) -> None:
        self.settings = settings or get_settings()
        self._index = index
        self._retriever = None
        self._vocabulary = None
        self._flemish_notions = None
        self._named_texts = None
        self._lock = threading.Lock()
        self._sources = {s.id: s for s in load_sources(self.settings.corpus_dir)}
        self._loaded_stamp: tuple = ()
        self._rules = registry()

    # -- index, loaded once ------------------------------------------------------------------------
    @property
    def retriever(self):
        if self._retriever is None:
            with self._lock:
                if self._retriever is None:
                    from assistant.evidence import Vocabulary
                    from assistant.flemish_notions import FlemishNotions
                    from assistant.index import load_or_build
                    from assistant.index.analyzer import analyze
                    from assistant.retrieve import Retriever

                    if self._index is None:
                        self._index = load_or_build(self.settings, progress=False)
                    self._vocabulary = Vocabulary(self._index.chunks, analyze)
                    # built with the vocabulary, under the lock (it was built lazily, outside it)
                    self._flemish_notions = FlemishNotions(self._index.chunks, self._vocabulary.tokenize)
                    titles = [f"{s.title} {s.full_title}" for s in self._sources.values()]
                    self._named_texts = NamedTexts([*titles, *(c.text for c in self._index.chunks)])
                    self._loaded_stamp = self._corpus_stamp() if self._index_matches_corpus() else ("stale",)
                    self._retriever = Retriever(self._index)
        return self._retriever

    def warm_up(self) -> None:
        """Load the index now rather than on the first question."""
        _ = self.retriever

    # -- the one public method ---------------------------------------------------------------------
    def ask(
        self, question: str, state: ConversationState | None = None, today: dt.date | None = None
    ) -> Answer:
        today = today or dt.date.today()
        state = state or ConversationState()
        problem = replies.input_problem(question, self.settings.max_question_chars)
        if problem is not None:
            return Answer(text=problem, kind="clarify", state=state)
        question = replies.printable(question)
        state = _usable(state)
        u = understand(question, state, today)
        if u.empty:
            return Answer(text=replies.EMPTY_QUESTION, kind="clarify", state=state)
        beyond = self._beyond_texts(u.question)
        if beyond:
            return replies.abstain(u.question, today, state=next_state(state, u, []), reason=beyond)
        if self._speaks_flemish_law(u):  # neither an FWB rule nor an FWB passage may answer it
            return replies.abstain(
                u.question, today, state=next_state(state, u, []), reason="notion_flamande"
            )
        if u.rule_id is not None and u.rule_id in self._rules and not TEXT_APPLIES.search(u.normalised):
            return self._rule_answer(u, state, today)
        return self._retrieval_answer(u, state, today)

    # -- paths -------------------------------------------------------------------------------------
    def _rule_answer(self, u: Understanding, state: ConversationState, today: dt.date) -> Answer:
        spec = self._rules[u.rule_id]
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
        conclusion = composed.text.split("**Raisonnement**")[0]
        if u.asks_basis and composed.citations:  # "pourquoi ?", "c'est écrit où ?" about the last answer
            text = basis_text(conclusion, composed.citations)
            return Answer(
                text=text, kind="rule", rule_id=spec.id, citations=composed.citations, state=new_state
            )
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
        if not replies.rule_covers(u.question, composed.text) or not gives_asked(
            u.question, conclusion, moments=False
        ):  # the rule does not give what is asked: the sentences using the question's own rare
            # words may ("heures de surveillant-éducateur" routed to the periods of an IPT)
            return self._own_words_answer(u, state, today, told) or replies.abstain(
                u.question, today, state=new_state, reason="weak"
            )
        notes = currency.notes_for(
            result.citations, today, extra=result.notes, school_year=result.school_year
        )
        # a rule that finds no value in the texts for the asked year says so: that is an abstention
        kind = "abstain" if result.data.get("not_in_texts") else "rule"
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

    def _own_question_answer(
        self, u: Understanding, state: ConversationState, today: dt.date, told: str, new_state
    ) -> Answer | None:
        """A follow-up the last rule would answer as before, with words the rule's answer and quotes
        do not use: the sentences using them when the texts have them; an abstention when it asks a
        kind of value (a time limit, an address, who pays) the rule's answer lacks; else None (the
        rule's answer stands)."""
        vocabulary = self._loaded_vocabulary()
        if vocabulary is None or not untold_words(u.question, told, vocabulary):
            return None
        words = distinctive_words(u.question, told, vocabulary)
        answer = self._narrower_answer(u, state, today, NarrowerAsk(words=words) if words else None)
        if answer is None and words and elliptic_closed(u):
            # "et pendant les vacances ?" after a yes: the yes was for another circumstance
            return replies.abstain(u.question, today, state=new_state, reason="weak")
        value = missing_value(u.question, told)
        if answer is not None or value is None:
            return answer
        extractive = self._retrieval_answer(u, state, today)  # the passages may give the asked value
        if extractive.kind == "retrieval" and any(value.search(fold(c.quote)) for c in extractive.citations):
            return extractive
        return replies.abstain(u.question, today, state=new_state, reason="weak")

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

    def _loaded_vocabulary(self):
        """The index's vocabulary, loading the index if needed (None without an index)."""
        from assistant.index.build import IndexUnavailableError

        try:
            _ = self.retriever  # loads the vocabulary
        except IndexUnavailableError:
            return None
        return self._vocabulary

    def _index_matches_corpus(self) -> bool:
        """Whether the index (possibly built elsewhere and passed in) was built from the corpus as it is."""
        from assistant.ingest import corpus_hash

        built_from = (getattr(self._index, "manifest", None) or {}).get("corpus_hash")
        return built_from is None or built_from == corpus_hash(self.settings.corpus_dir)

    def _corpus_stamp(self) -> tuple:
        """Size and modification time of the corpus files (stat only, the texts are not read)."""
        return corpus_stamp(str(Path(self.settings.corpus_dir).resolve()))

    def _retrieval_answer(self, u: Understanding, state: ConversationState, today: dt.date) -> Answer:
        from assistant.index.build import IndexUnavailableError

        try:
            _ = self.retriever
        except IndexUnavailableError as exc:  # e.g. an unwritable data dir: the message says what to do
            return Answer(text=str(exc), kind="abstain", state=state)
        if self._corpus_stamp() != self._loaded_stamp:  # never answer from a stale index silently
            return Answer(text=replies.STALE_INDEX, kind="abstain", state=state)
        if u.out_of_scope:
            return replies.abstain(u.question, today, state=next_state(state, u, []), reason="hors_sujet")
        fwb = bool(FWB_CUES.search(u.normalised))
        explicit_flemish = bool(FLEMISH_EXPLICIT.search(u.normalised))
        if FLEMISH_NOTIONS.search(u.normalised) and (fwb or not explicit_flemish):
            return replies.abstain(
                u.question, today, state=next_state(state, u, []), reason="notion_flamande"
            )
        flemish = u.flemish and not fwb
        # A follow-up that no rule settles ("et pour le secondaire ?") is searched with the question
        # it follows, so the passages are about the conversation's topic.
        query = f"{state.last_question} {u.question}" if u.is_followup and state.last_question else u.question
        # the texts' own words for when a text applies; the article that says it comes first
        applies = bool(ENTRY_INTO_FORCE.search(u.normalised) or TEXT_APPLIES.search(u.normalised))
        if applies:
            query = f"{query} entre en vigueur produit ses effets"
        hits = self.retriever.search(query, k=8, flemish=flemish)
        if flemish and explicit_flemish:  # placed in the Flemish Community: only its decree applies there
            hits = [
                h for h in self.retriever.search(query, k=20, flemish=True) if h.chunk.jurisdiction == "VL"
            ][:8] or hits
        if applies:
            hits = entry_into_force_first(hits, u.normalised, self._sources)
        hits = asked_article_first(hits, u.normalised)
        verdict = passages_verdict(self.retriever, self._vocabulary, query, hits, flemish=flemish, fwb=fwb)
        if verdict != "ok":
            return replies.abstain(u.question, today, state=next_state(state, u, []), reason=verdict)
        passages = [self._passage(h) for h in hits]
        # Passages found with the conversation; sentences chosen for this turn ("qui doit le signer ?").
        composed = compose.compose_retrieval(u.question, passages, self._vocabulary)
        quoted = [c.quote for c in composed.citations]
        conversion = conversion_asked(u.question)  # "4 périodes, ça fait combien de points ?"
        if (
            not gives_asked(u.question, "\n".join(quoted))
            or (conversion is not None and not conversion.stated_in(quoted))
            # "et pour 2024-2025 ?": no sentence speaks of that year
            or other_year_unquoted(u, quoted, state.last_question or "")
        ):
            return replies.abstain(u.question, today, state=next_state(state, u, []), reason="weak")
        sources = sorted({c.source_id for c in composed.citations})
        notes = currency.notes_for(composed.citations, today)
        text = composed.text
        if u.facts.yes_no:  # a claimed figure against the quoted sentences' figures
            quotes = [c.quote for c in composed.citations]
            text = claims.lead_retrieval(text, u.question, quotes, bool(u.facts.claim))
        return Answer(
            text=text,
            kind="retrieval",
            citations=composed.citations,
            notes=notes,
            state=next_state(state, u, sources),
        )

    def _beyond_texts(self, question: str) -> str | None:
        """The abstention reason of a question no text can answer whatever the passages: another
        year's circular ('weak'), a request to check someone's file ('dossier')."""
        folded = replies.fold(question)
        years = [
            int(s.school_year[:4]) for s in self._sources.values() if s.kind == "circulaire" and s.school_year
        ]
        if replies.asks_other_circular(folded, years) or replies.outside_the_texts(folded):
            return "weak"
        if self._names_unknown_text(question):  # "le décret du 7 décembre 2017": not one of the texts
            return "weak"
        return "dossier" if replies.acts_on_a_file(folded) else None

    def _names_unknown_text(self, question: str) -> bool:
        """Whether the question names, by its date, a legal text the corpus neither holds nor quotes."""
        from assistant.index.build import IndexUnavailableError

        try:
            _ = self.retriever
        except IndexUnavailableError:
            return False
        return self._named_texts is not None and self._named_texts.unknown(question) is not None

    def _foreign_notions(self, question: str) -> list[str]:
        """Notions of the question no text mentions (needs the index's vocabulary; none without it)."""
        from assistant.index.build import IndexUnavailableError

        try:
            _ = self.retriever
        except IndexUnavailableError:
            return []
        if self._corpus_stamp() != self._loaded_stamp:  # a stale vocabulary says nothing: rules answer
            return []
        return self._vocabulary.foreign_notions(question)

    def _speaks_flemish_law(self, u: Understanding) -> bool:
        """Whether the question uses the Flemish decree's own notions ("sous condition résolutoire",
        "l'indice santé") without being about the Flemish Community, or while placed in the FWB."""
        fwb = bool(FWB_CUES.search(u.normalised))
        if FLEMISH_EXPLICIT.search(u.normalised) and not fwb:
            return False
        if FLEMISH_NOTIONS.search(u.normalised):
            return True
        from assistant.index.build import IndexUnavailableError

        try:
            _ = self.retriever
        except IndexUnavailableError:
            return False
        return bool(self._flemish_notions.used_in(u.question))

    def _passage(self, hit) -> compose.Passage:
        source = self._sources.get(hit.chunk.source_id)
        title = source.title if source else hit.chunk.source_id
        return compose.Passage(
            chunk=hit.chunk, title=title, url=source.url if source else None, score=hit.score
        )
