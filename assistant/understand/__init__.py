"""Understanding questions: normalisation, slots (facts), intent and follow-up resolution."""

from assistant.understand.normalise import is_empty, normalise
from assistant.understand.slots import extract_facts

__all__ = ["extract_facts", "is_empty", "normalise"]
