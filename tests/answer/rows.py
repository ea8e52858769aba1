"""What the YAML-driven answer tests (e2e.yaml, conversations.yaml) share: loading, the answer kinds,
one-or-many values, and pytest params that run `known_gap` rows as strict xfails."""

from __future__ import annotations

from pathlib import Path
from typing import Any, get_args

import pytest
import yaml

from assistant.models import AnswerKind

KINDS = set(get_args(AnswerKind))


class _StrictLoader(yaml.SafeLoader):
    """A YAML loader that refuses a key written twice in one row (PyYAML keeps the last silently)."""


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    keys = [loader.construct_object(key, deep=deep) for key, _ in node.value]
    twice = sorted({k for k in keys if keys.count(k) > 1})
    if twice:
        raise yaml.constructor.ConstructorError(None, None, f"key written twice: {twice}", node.start_mark)
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def load_rows(path: Path) -> list[dict[str, Any]]:
    """The rows of a YAML test table (a key written twice in a row is an error)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)  # noqa: S506 (safe loader)


def as_list(value: Any) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def known_gap_params(rows: list[dict[str, Any]]) -> list:
    """pytest params, a strict xfail for every row with a known gap (un-mark it once fixed)."""
    params = []
    for row in rows:
        marks = []
        if row.get("known_gap"):
            marks.append(pytest.mark.xfail(strict=True, reason=f"known gap: {row['known_gap']}"))
        params.append(pytest.param(row, id=row["id"], marks=marks))
    return params


def run_conversation(assistant, conv: dict[str, Any]) -> list:
    """Ask every turn of a conversation row, passing the previous answer's state back."""
    answers, state = [], None
    for turn in conv["turns"]:
        answer = assistant.ask(turn["q"], state=state, today=conv.get("today"))
        answers.append(answer)
        state = answer.state
    return answers


def unknown_keys(row: dict[str, Any], allowed: set[str]) -> set[str]:
    """Keys a row uses that its test never reads (a misspelt key would silently check nothing)."""
    return set(row) - allowed
