"""No egress: index build, ask and the launched app work with every outbound connection refused.

In-process, pytest-socket: the session's index is built from scratch and two questions are answered
with sockets disabled (`offline_build` in conftest.py); the app is then queried with only loopback
hosts allowed. The app subprocess runs with `sitecustomize_guard.py`, which refuses and logs any
non-loopback `connect`/`sendto`/`getaddrinfo`: the log must hold no attempt at all.
"""

from __future__ import annotations

import pytest
import pytest_socket

from .checks import check_answer
from .conftest import RULE_Q, TEXT_Q

pytestmark = [pytest.mark.server, pytest.mark.timeout(900)]
LOOPBACK = ["127.0.0.1", "localhost", "::1"]


def test_index_build_and_ask_with_sockets_disabled(offline_build) -> None:
    assert offline_build.built  # a fresh data dir: the whole corpus was indexed offline
    rule, text = offline_build.answers
    assert (rule.kind, rule.rule_id) == ("rule", "means.periods_points") and rule.citations
    assert text.kind == "retrieval" and text.citations
    for a in (rule, text):
        check_answer(a)


def test_launched_app_answers_with_egress_refused(app) -> None:
    from gradio_client import Client

    pytest_socket.socket_allow_hosts(LOOPBACK, allow_unix_socket=True)
    try:
        client = Client(app.url, verbose=False)
        _, _, rule = client.predict(RULE_Q, "2025-10-01", api_name="/ask")
        _, _, text = client.predict(TEXT_Q, "2025-10-01", api_name="/ask")
        status, _ = client.predict("test hors ligne", api_name="/vote_up")
        header, _, _ = client.predict("2025-10-01", api_name="/calendar")
    finally:
        pytest_socket.enable_socket()
    assert rule["kind"] == "rule" and rule["citations"]
    assert text["kind"] == "retrieval" and text["citations"]
    assert "enregistré" in status and "2025-2026" in header
    log = app.egress_log.read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("guard loaded") for line in log), "the guard was not loaded"
    attempts = [line for line in log if line.startswith("refused")]
    assert attempts == [], attempts
