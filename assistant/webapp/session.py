"""What one browser session holds (in a `gr.State`, never global) and the chat turn handlers.

The handlers are plain functions of (assistant, settings, session, inputs) so they are testable
without a server; `layout.py` binds them to the Gradio events.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from assistant.feedback import FeedbackRow, FeedbackStore, Vote
from assistant.models import Answer, ConversationState
from assistant.settings import Settings
from assistant.webapp import render
from assistant.webapp.limits import RateLimit, limit_message

log = logging.getLogger(__name__)

INTERNAL_ERROR = (
    "Une erreur interne a empêché de répondre à cette question. Reformulez-la ou réessayez plus tard ; "
    "si le problème persiste, signalez-le au help desk."
)
BAD_DATE = "Date de référence invalide : utilisez le format AAAA-MM-JJ (par exemple 2025-10-01)."
NOTHING_TO_RATE = "Il n'y a pas encore de réponse à évaluer."
NOTHING_TO_DRAFT = "Posez d'abord une question : le brouillon reprend la dernière réponse."
THANKS = {"up": "Merci pour votre avis 👍 (enregistré).", "down": "Merci pour votre avis 👎 (enregistré)."}


class Turn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str
    answer: Answer | None = None  # None when the app answered itself (limit, bad date, error)
    notice: str = ""  # the app's own message when there is no answer
    _shown: tuple[str, str] | None = PrivateAttr(default=None)  # rendered once (a turn never changes)

    def shown(self) -> tuple[str, str]:
        """The question and the reply as chat Markdown."""
        if self._shown is None:
            reply = (
                render.answer_markdown(self.answer) if self.answer else render.notice_markdown(self.notice)
            )
            self._shown = (render.question_markdown(self.question), reply)
        return self._shown


class Session(BaseModel):
    """One browser session: its id, the conversation state, the turns shown, the rate-limit window."""

    model_config = ConfigDict(extra="forbid")

    id: str = ""
    conversation: ConversationState = Field(default_factory=ConversationState)
    turns: list[Turn] = Field(default_factory=list)
    rate: RateLimit = Field(default_factory=RateLimit)

    def ensure_id(self) -> str:
        if not self.id:
            self.id = uuid.uuid4().hex
        return self.id

    def messages(self) -> list[dict[str, str]]:
        """The chat history in messages format: exactly two messages per turn."""
        out: list[dict[str, str]] = []
        for t in self.turns:
            question, reply = t.shown()
            out.append({"role": "user", "content": question})
            out.append({"role": "assistant", "content": reply})
        return out

    def last_answer(self) -> Turn | None:
        return next((t for t in reversed(self.turns) if t.answer is not None), None)


def parse_reference_date(value: str | None, today: dt.date | None = None) -> dt.date | None:
    """'' → today; 'YYYY-MM-DD' or 'DD/MM/YYYY' → that date; anything else → None (invalid)."""
    text = (value or "").strip()
    if not text:
        return today or dt.date.today()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def ask_turn(assistant, settings: Settings, session: Session, question: str, date_text: str) -> Session:
    """Answer one question in this session (or explain why not) and return the updated session."""
    session.ensure_id()
    question = question or ""
    if not session.rate.allow(settings.rate_limit_per_minute):
        wait = session.rate.retry_after()
        session.turns.append(
            Turn(question=question, notice=limit_message(settings.rate_limit_per_minute, wait))
        )
        return session
    today = parse_reference_date(date_text)
    if today is None:
        session.turns.append(Turn(question=question, notice=BAD_DATE))
        return session
    try:
        answer = assistant.ask(question, session.conversation, today=today)
    except Exception:  # the page must stay usable whatever a module does
        log.exception("ask failed for %r", question[:200])
        session.turns.append(Turn(question=question, notice=INTERNAL_ERROR))
        return session
    session.conversation = answer.state
    session.turns.append(Turn(question=question, answer=answer))
    return session


def record_vote(
    store: FeedbackStore, session: Session, vote: Vote, comment: str = "", message_index: int | None = None
) -> str:
    """Store a vote on the answer at `message_index` (chat message index), or on the last answer."""
    if message_index is None:
        turn = session.last_answer()
    else:
        i = message_index // 2
        turn = session.turns[i] if 0 <= i < len(session.turns) else None
    if turn is None or turn.answer is None:
        return NOTHING_TO_RATE
    row = FeedbackRow.for_answer(session.ensure_id(), turn.question, turn.answer, vote, comment or "")
    store.add(row)
    return THANKS[vote]


def draft_reply(session: Session) -> str:
    turn = session.last_answer()
    return turn.answer.draft() if turn and turn.answer else NOTHING_TO_DRAFT
