"""Fixtures of the reliability tests: the real Assistant over the session's real index."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def assistant(index_settings, real_index):
    """The real Assistant facade over the real index (built once per session)."""
    from assistant.chat import Assistant

    return Assistant(index_settings, index=real_index)
