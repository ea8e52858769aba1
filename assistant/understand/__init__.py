"""Understanding questions: normalisation, slots (facts), intent and follow-up resolution.

understand(question, state=None, today=None) -> Understanding
extract_facts(question, today=None) -> dict        # only the facts present
next_state(state, understanding, sources) -> ConversationState
"""

from assistant.understand.core import Understanding, understand
from assistant.understand.followup import next_state
from assistant.understand.normalise import is_empty, normalise
from assistant.understand.slots import extract_facts

__all__ = ["Understanding", "extract_facts", "is_empty", "next_state", "normalise", "understand"]
