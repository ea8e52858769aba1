"""The CI gate: the real Assistant on the gated split must reach the thresholds of eval/thresholds.yaml.

The index is the session's real index (built once, tests/conftest.py); only our assistant runs here (the baselines are
measured by `assistant eval`). On failure the items the assistant got wrong are printed.
"""

from __future__ import annotations

import pytest
import yaml

from assistant.evaluation import report
from assistant.evaluation.dataset import load_items
from assistant.evaluation.metrics import Metrics, summarize
from assistant.evaluation.runner import evaluate
from assistant.settings import PROJECT_ROOT

THRESHOLDS_PATH = PROJECT_ROOT / "eval" / "thresholds.yaml"
METRIC_NAMES = set(Metrics.__dataclass_fields__)


def _config() -> dict:
    return yaml.safe_load(THRESHOLDS_PATH.read_text(encoding="utf-8"))


def test_thresholds_file_is_well_formed() -> None:
    config = _config()
    assert config["split"] in ("dev", "test", "all")
    assert config["system"] == "assistant"
    assert config["min"], "at least one gated metric"
    for name, value in config["min"].items():
        assert name in METRIC_NAMES, f"unknown metric {name!r}"
        assert 0.0 <= float(value) <= 1.0, (name, value)


@pytest.fixture(scope="module")
def gate_scores(real_index, index_settings):
    """Our assistant's scores on the gated split, over the session's real index (tests/conftest.py)."""
    items = load_items(_config()["split"])
    if not items:
        pytest.skip("the evaluation set has no item in the gated split yet")
    from assistant.chat import Assistant
    from assistant.evaluation.systems import AssistantSystem

    system = AssistantSystem("assistant", Assistant(index_settings, index=real_index))
    return evaluate(items, [system], _config()["split"]).scores["assistant"]


def test_assistant_meets_the_thresholds(gate_scores) -> None:
    metrics = summarize(gate_scores)
    below = {
        name: (getattr(metrics, name), float(minimum))
        for name, minimum in _config()["min"].items()
        if getattr(metrics, name) is None or getattr(metrics, name) < float(minimum)
    }
    print("\n" + report.category_table(gate_scores))
    print(report.failures_list(gate_scores))
    assert not below, f"below the thresholds of eval/thresholds.yaml (got, min): {below}"
