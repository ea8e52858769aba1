"""Two client sessions at once do not see each other's conversation or facts."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from gradio_client import Client

pytestmark = [pytest.mark.server, pytest.mark.timeout(900)]

TURNS = {
    "a": [
        "Mon élève est en IPT depuis 3 ans, faut-il une nouvelle attestation s'il retourne dans le spécialisé ?"
    ],
    "b": ["Quel CPMS signe le protocole ?", "Et pour le projet ?"],
}


def _converse(url: str, who: str) -> tuple[list, dict]:
    client = Client(url, verbose=False)
    chat, last = [], {}
    for q in TURNS[who]:
        chat, _, last = client.predict(q, "2025-10-01", api_name="/ask")
    return chat, last


def test_sessions_are_isolated(app_server) -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        fa, fb = pool.submit(_converse, app_server.url, "a"), pool.submit(_converse, app_server.url, "b")
        (chat_a, last_a), (chat_b, last_b) = fa.result(timeout=120), fb.result(timeout=120)
    users_a = [m for m in chat_a if m["role"] == "user"]
    users_b = [m for m in chat_b if m["role"] == "user"]
    assert len(users_a) == 1 and len(users_b) == 2
    assert "CPMS" not in str(users_a) and "attestation" not in str(users_b)
    assert last_a["state"]["facts"].get("years_in_ipt") == 3
    assert "years_in_ipt" not in last_b["state"]["facts"]
    assert last_b["state"]["turns"] == 2 and last_a["state"]["turns"] == 1
