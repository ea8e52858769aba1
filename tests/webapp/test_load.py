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


def test_small_load_has_no_errors(app_server) -> None:
    res = _bench().run_load(app_server.url, clients=6, questions=3)
    assert res["errors"] == 0, res["error_samples"]
    assert res["ok"] == 18 and res["p95_s"] < 10
