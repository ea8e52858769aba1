"""Access to `parameters.yaml`: dated values with their references."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

PARAMETERS_FILE = Path(__file__).with_name("parameters.yaml")


@lru_cache(maxsize=1)
def parameters() -> dict[str, Any]:
    return yaml.safe_load(PARAMETERS_FILE.read_text(encoding="utf-8")) or {}


def param(path: str) -> Any:
    """The node at a dotted path, e.g. param("means.periodes_avant_2020")."""
    node: Any = parameters()
    for part in path.split("."):
        node = node[part]
    return node
