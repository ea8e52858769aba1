"""Limits: input length (facade and launched app), the app's per-session rate limit (configured to
APP_RATE_LIMIT by the `app` fixture), bounded work for the longest allowed inputs, and one slow
request not blocking another session (Gradio queue, `concurrency_limit` workers).

What exists (assistant/replies.py, assistant/webapp/): `max_question_chars` (2,000) checked first in
`Assistant.ask`; `normalise` bounds its work to 2,000 characters; `RateLimit` per browser session
(`rate_limit_per_minute`, 0 = none); the queue answers `concurrency_limit` (4) requests at once and
holds `queue_max_size` (100). There is no per-request timeout: a request cannot be cut short, so a
slow one holds one of the workers while the others keep answering.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from servers import free_port

from assistant.feedback import FeedbackStore
from assistant.settings import Settings

from .checks import check_answer
from .conftest import APP_RATE_LIMIT

pytestmark = [pytest.mark.timeout(600)]
TODAY = dt.date(2025, 10, 1)
RULE_Q = "Quel CPMS signe le protocole ?"

# The longest allowed inputs (2,000 characters) built to make each stage work hard.
WORST = {
    "acronyms": ("IPT CPMS PMS AO PIA CEB CESS SIEL FWB WBE PO DCO " * 50)[:2000],
    "dates": ("le 14/11/2025 et le 2025-09-01, en 2026-2027 " * 60)[:2000],
    "numbers": ("type 8 depuis 3 ans, 45 points sur 20 items, " * 60)[:2000],
    "tags": ("<" * 1000 + ">" * 1000),
    "unclosed tags": ("<a href='" + "x" * 150) * 12,
    "one word": "intégration" * 180,
    "corpus words": ("élève pôle attestation orientation protocole projet enseignement spécialisé " * 30)[
        :2000
    ],
}


@pytest.mark.parametrize("label", sorted(WORST))
def test_longest_allowed_inputs_are_answered_quickly(assistant, label: str) -> None:
    question = WORST[label]
    assert len(question) <= assistant.settings.max_question_chars
    start = time.perf_counter()
    answer = assistant.ask(question, None, TODAY)
    elapsed = time.perf_counter() - start
    check_answer(answer)
    assert elapsed < 5.0, f"{label}: {elapsed:.1f} s"


def _text(content) -> str:
    return content if isinstance(content, str) else "".join(part.get("text", "") for part in content)


def _client(app):
    from gradio_client import Client

    return Client(app.url, verbose=False)


@pytest.mark.server
def test_app_refuses_a_huge_paste_and_escapes_html(app) -> None:
    client = _client(app)
    chat, _, last = client.predict(
        "<script>alert(1)</script> " + "x" * 100_000, "2025-10-01", api_name="/ask"
    )
    assert last["kind"] == "clarify" and "trop longue" in last["text"]
    shown = _text(chat[0]["content"])
    assert "<script>" not in shown and "&lt;script>" in shown
    assert len(shown) < 1000  # the echoed question is shortened


@pytest.mark.server
def test_app_rate_limit_is_per_session(app) -> None:
    client, other = _client(app), _client(app)
    lasts = [
        client.predict("Et pour le projet ?", "2025-10-01", api_name="/ask")[2]
        for _ in range(APP_RATE_LIMIT + 2)
    ]
    assert all("notice" not in last for last in lasts[:APP_RATE_LIMIT])
    for last in lasts[APP_RATE_LIMIT:]:
        assert "Trop de questions" in last["notice"] and f"{APP_RATE_LIMIT} par minute" in last["notice"]
    _, _, mine = other.predict(RULE_Q, "2025-10-01", api_name="/ask")  # another session is not limited
    assert mine.get("kind") == "rule"


class SlowAssistant:
    """The real facade, made artificially slow for questions containing LENT."""

    def __init__(self, real, delay: float) -> None:
        self.real, self.delay = real, delay
        self.slow_started = threading.Event()

    def ask(self, question, state=None, today=None):
        if "LENT" in question:
            self.slow_started.set()
            time.sleep(self.delay)
        return self.real.ask(question, state, today)


@pytest.fixture
def slow_app(assistant, tmp_path, monkeypatch: pytest.MonkeyPatch):
    from assistant.webapp.layout import build_demo

    monkeypatch.setenv("GRADIO_ANALYTICS_ENABLED", "False")  # as app.py does: no version check at launch

    settings = Settings(data_dir=tmp_path, host="127.0.0.1", port=free_port(), rate_limit_per_minute=0)
    slow = SlowAssistant(assistant, delay=8.0)
    demo = build_demo(slow, settings, FeedbackStore.in_data_dir(tmp_path))
    demo.queue(default_concurrency_limit=settings.concurrency_limit, max_size=settings.queue_max_size)
    demo.launch(
        server_name=settings.host,
        server_port=settings.port,
        prevent_thread_lock=True,
        ssr_mode=False,
        quiet=True,
    )
    try:
        yield f"http://127.0.0.1:{settings.port}/", slow
    finally:
        demo.close()


@pytest.mark.server
def test_a_slow_request_does_not_block_another_session(slow_app) -> None:
    from gradio_client import Client

    url, slow = slow_app
    with ThreadPoolExecutor(max_workers=2) as pool:
        started = time.perf_counter()
        slow_future = pool.submit(
            lambda: Client(url, verbose=False).predict("LENT " + RULE_Q, "", api_name="/ask")
        )
        assert slow.slow_started.wait(timeout=60)
        t0 = time.perf_counter()
        _, _, fast = Client(url, verbose=False).predict(RULE_Q, "2025-10-01", api_name="/ask")
        fast_s = time.perf_counter() - t0
        assert not slow_future.done(), "the slow request should still be running"
        _, _, slow_answer = slow_future.result(timeout=120)
    assert fast["kind"] == "rule" and fast_s < 5.0, fast_s
    assert slow_answer["kind"] == "rule" and time.perf_counter() - started >= 8.0
