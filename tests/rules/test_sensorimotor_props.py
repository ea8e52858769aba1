"""Properties of the sensori-motor calculator (arrêté du 15 septembre 2022)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from assistant.rules import Facts, registry
from assistant.rules.sensorimotor_scales import compute_points, scale_points

items = st.integers(min_value=1, max_value=200)


@given(items, st.data())
def test_points_monotonic_in_score(x: int, data: st.DataObject) -> None:
    w1 = data.draw(st.integers(min_value=0, max_value=3 * x))
    w2 = data.draw(st.integers(min_value=w1, max_value=3 * x))
    assert scale_points(x, w1)["points"] <= scale_points(x, w2)["points"]


@given(items, st.data())
def test_percentage_in_range(x: int, data: st.DataObject) -> None:
    w = data.draw(st.integers(min_value=0, max_value=3 * x))
    result = scale_points(x, w)
    assert 0 <= result["n"] <= 100
    assert result["points"] in (0, 44, 88, 176, 352)


@given(st.lists(st.tuples(st.integers(-5, 60), st.integers(-5, 200)), max_size=5))
def test_total_never_above_352_and_invalid_inputs_explained(scales: list[tuple[int, int]]) -> None:
    result = compute_points(scales)
    assert 0 <= result["total"] <= 352
    invalid = [(x, w) for x, w in scales if x <= 0 or w < 0 or w > 3 * x]
    assert len(result["errors"]) == len(invalid)
    assert all(isinstance(msg, str) and msg for msg in result["errors"])


@given(st.lists(st.tuples(st.integers(-5, 60), st.integers(-5, 200)), min_size=1, max_size=4))
def test_rule_never_raises(scales: list[tuple[int, int]]) -> None:
    result = registry()["sensorimotor.points"].func(Facts(scales=scales), dt.date(2025, 10, 1))
    assert result.conclusion and result.data["total"] <= 352
