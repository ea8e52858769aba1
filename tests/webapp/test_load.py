"""A small run of bench/load_app.py against the launched app: no errors, bounded latency."""

from __future__ import annotations

import importlib.util

import pytest

from assistant.settings import PROJECT_ROOT

pytestmark = [pytest.mark.server, pytest.mark.timeout(900)]


def _bench():
    spec = importlib.util.spec_from_file_location("load_app", PROJECT_ROOT / "bench" / "load_app.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_percentile() -> None:
    bench = _bench()
    values = [float(i) for i in range(1, 101)]
    assert (bench.percentile(values, 50), bench.percentile(values, 95)) == (50.0, 95.0)


def test_refuses_non_loopback() -> None:
    with pytest.raises(SystemExit):
        _bench().run_load("http://example.org/", 1, 1)


def test_check_answer_counts_notices_and_empty_answers_as_errors() -> None:
    check = _bench().check_answer
    chat = [{"role": "user"}, {"role": "assistant"}]
    check(chat, {"text": "Oui.", "kind": "rule"}, 1)
    for last, asked in [
        ({"notice": "Trop de questions"}, 1),
        ({"text": " "}, 1),
        (None, 1),
        ({"text": "x"}, 2),
    ]:
        with pytest.raises(ValueError):
            check(chat, last, asked)


def test_small_load_has_no_errors(app_server) -> None:
    res = _bench().run_load(app_server.url, clients=6, questions=3)
    assert res["errors"] == 0, res["error_samples"]
    assert res["ok"] == 18 and res["p95_s"] < 10


def test_http_engine_keeps_sessions_and_reads_answers(app_server) -> None:
    """2 sessions × 2 questions over the queue protocol: each answer has text, each session its turns."""
    bench = _bench()
    res = bench.run_load(app_server.url, clients=2, questions=2, engine="http")
    assert (res["ok"], res["errors"]) == (4, 0), res["error_samples"]
    assert res["http_requests_per_question"] >= 2 and res["kb_received_per_question"] > 1


def test_gradio_client_engine_agrees(app_server) -> None:
    res = _bench().run_load(app_server.url, clients=2, questions=2, engine="gradio_client")
    assert (res["ok"], res["errors"]) == (4, 0), res["error_samples"]


def test_http_engine_reports_a_broken_answer(app_server, monkeypatch: pytest.MonkeyPatch) -> None:
    """An answer that fails the check is an error, not a latency."""
    bench = _bench()
    real = bench.check_answer

    def strict(chat, last, asked):
        real(chat, last, asked)
        raise ValueError("refusée par le test")

    monkeypatch.setattr(bench, "check_answer", strict)
    res = bench.run_load(app_server.url, clients=1, questions=2, engine="http")
    assert (res["ok"], res["errors"]) == (0, 2) and "refusée par le test" in res["error_samples"][0]
