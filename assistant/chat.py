"""The Assistant facade: ask(question, state, today) -> Answer.

Routes each question: rule first when understood as a rule question, retrieval otherwise, and ends
in one of `rule`, `retrieval`, `abstain`, `clarify`. Loads the index once; keeps no conversation
state of its own (the state is passed in and returned), so one instance serves concurrent sessions.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from assistant import claims, compose, currency, replies
from assistant.asked import gives_asked
from assistant.beyond_texts import acts_on_a_file, asks_other_circular, outside_the_texts
from assistant.conversion import conversion_asked
from assistant.followup_continuation import continued
from assistant.ingest.loader import corpus_stamp
from assistant.ingest.sources import load_sources
from assistant.models import Answer, ConversationState
from assistant.named_texts import NamedTexts
from assistant.rule_path import RulePath
from assistant.rules import registry
from assistant.scope_mismatch import other_case
from assistant.search_plan import TEXT_APPLIES, other_integration_asked, search_hits, search_query
from assistant.settings import Settings, get_settings
from assistant.textnorm import fold
from assistant.unchanged_followup import other_year_unquoted
from assistant.understand import Understanding, next_state, understand
from assistant.understand.core import valid_facts
from assistant.understand.followup_wording import asks_basis
from assistant.verdict import (
    FLEMISH_EXPLICIT,
    FLEMISH_NOTIONS,
    FWB_CUES,
    passages_verdict,
)


def _usable(state: ConversationState) -> ConversationState:
    """The state without facts the rules cannot read (a state passed back by an API client or saved
    by an older version): such a fact is dropped, never a reason to fail."""
    facts = valid_facts(state.facts)
    return state if facts == state.facts else state.model_copy(update={"facts": facts})


class Assistant(RulePath):
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
        if (
            u.rule_id is not None
            and u.rule_id in self._rules
            and not TEXT_APPLIES.search(u.normalised)
            and not other_integration_asked(u.normalised)  # the rules compute the IPT only
        ):
            return self._rule_answer(u, state, today)
        return self._retrieval_answer(u, state, today)

    # -- paths: the rule path is in rule_path.RulePath ----------------------------------------
    def _index_loaded(self) -> bool:
        """Whether the index is (or can now be) loaded; loading it also loads its vocabulary."""
        from assistant.index.build import IndexUnavailableError

        try:
            _ = self.retriever
        except IndexUnavailableError:
            return False
        return True

    def _loaded_vocabulary(self):
        """The index's vocabulary, loading the index if needed (None without an index)."""
        return self._vocabulary if self._index_loaded() else None

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
        query = search_query(u, state)
        hits = search_hits(
            self.retriever, u, query, self._sources, flemish=flemish, only_flemish=explicit_flemish
        )
        verdict = passages_verdict(self.retriever, self._vocabulary, query, hits, flemish=flemish, fwb=fwb)
        if verdict != "ok":
            return replies.abstain(u.question, today, state=next_state(state, u, []), reason=verdict)
        passages = [self._passage(h) for h in hits]
        # Passages found with the conversation; sentences chosen for this turn ("qui doit le signer ?").
        composed = compose.compose_retrieval(u.question, passages, self._vocabulary)
        if (
            u.is_followup
            and state.last_question
            and state.last_intent is None
            and not asks_basis(u.normalised)
        ):
            # "et qui est prévenu ?": words the texts do not use go on where the last answer stopped
            composed = (
                continued(u.question, state.last_question, passages, composed, self._vocabulary) or composed
            )
        quoted = [c.quote for c in composed.citations]
        conversion = conversion_asked(u.question)  # "4 périodes, ça fait combien de points ?"
        if (
            not gives_asked(u.question, "\n".join(quoted))
            or (conversion is not None and not conversion.stated_in(quoted))
            # "et pour 2024-2025 ?": no sentence speaks of that year
            or other_year_unquoted(u, quoted, state.last_question or "")
            # "… de l'enseignement fondamental ?" answered by a passage on the secondaire only
            or other_case(u.question, _cited_texts(passages, composed.citations))
        ):
            return replies.abstain(u.question, today, state=next_state(state, u, []), reason="weak")
        sources = sorted({c.source_id for c in composed.citations})
        notes = currency.notes_for(composed.citations, today)
        text = composed.text
        if u.facts.yes_no:  # a claimed figure against the quoted sentences' figures
            text = claims.lead_retrieval(text, u.question, quoted, bool(u.facts.claim), composed.headings)
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
        folded = fold(question)
        years = [
            int(s.school_year[:4]) for s in self._sources.values() if s.kind == "circulaire" and s.school_year
        ]
        if asks_other_circular(folded, years) or outside_the_texts(folded):
            return "weak"
        if self._names_unknown_text(question):  # "le décret du 7 décembre 2017": not one of the texts
            return "weak"
        return "dossier" if acts_on_a_file(folded) else None

    def _names_unknown_text(self, question: str) -> bool:
        """Whether the question names, by its date, a legal text the corpus neither holds nor quotes."""
        if not self._index_loaded():
            return False
        return self._named_texts is not None and self._named_texts.unknown(question) is not None

    def _foreign_notions(self, question: str) -> list[str]:
        """Notions of the question no text mentions (needs the index's vocabulary; none without it)."""
        if not self._index_loaded():
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
        if not self._index_loaded():
            return False
        return bool(self._flemish_notions.used_in(u.question))

    def _passage(self, hit) -> compose.Passage:
        source = self._sources.get(hit.chunk.source_id)
        title = source.title if source else hit.chunk.source_id
        return compose.Passage(
            chunk=hit.chunk, title=title, url=source.url if source else None, score=hit.score
        )


def _cited_texts(passages, citations) -> list[str]:
    """The texts of the passages an answer quotes (its sentences' context: the level or fraction a
    quoted article speaks of)."""
    cited = {(c.source_id, c.locator) for c in citations}
    return [p.chunk.text for p in passages if (p.chunk.source_id, p.chunk.locator) in cited]
