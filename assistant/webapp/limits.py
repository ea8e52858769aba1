"""Per-session rate limit: at most N questions in any sliding window of 60 seconds."""

from __future__ import annotations

import time
from collections.abc import Callable

from pydantic import BaseModel, ConfigDict, Field

WINDOW_SECONDS = 60.0


class RateLimit(BaseModel):
    """The timestamps of a session's recent questions (kept in the session's state)."""

    model_config = ConfigDict(extra="forbid")

    stamps: list[float] = Field(default_factory=list)

    def allow(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> bool:
        """Record a question and say whether it is allowed (0 or less means no limit)."""
        if per_minute <= 0:
            return True
        now = clock()
        self.stamps = [t for t in self.stamps if now - t < WINDOW_SECONDS]
        if len(self.stamps) >= per_minute:
            return False
        self.stamps.append(now)
        return True

    def retry_after(self, clock: Callable[[], float] = time.monotonic) -> int:
        """Seconds until the oldest question leaves the window."""
        if not self.stamps:
            return 0
        return max(1, int(WINDOW_SECONDS - (clock() - self.stamps[0])) + 1)


def limit_message(per_minute: int, wait_s: int) -> str:
    return (
        f"Trop de questions en peu de temps (limite : {per_minute} par minute). "
        f"Merci de réessayer dans {wait_s} secondes."
    )
