"""IPT assistant: answers questions on intégrations permanentes totales (FWB) from cited texts."""

from assistant.models import Answer, Citation, ConversationState

__all__ = ["Answer", "Citation", "ConversationState", "Assistant"]


def __getattr__(name: str):  # lazy: importing the models must not load the index
    if name == "Assistant":
        from assistant.chat import Assistant

        return Assistant
    raise AttributeError(name)
