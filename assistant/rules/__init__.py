"""The rule core: deterministic, dated, cited rules (law-as-code).

Importing this package registers every topic module's rules. `registry()` gives them to the router.
"""

from importlib import import_module

from assistant.rules.base import RuleSpec, registered, rule
from assistant.rules.facts import Facts

TOPIC_MODULES = (
    "deadlines",
    "cpms",
    "attestation",
    "eligibility",
    "accompaniment",
    "means",
    "end",
    "sensorimotor",
    "contacts",
)


def registry() -> dict[str, RuleSpec]:
    """All rules, by id (imports the topic modules that exist)."""
    for name in TOPIC_MODULES:
        try:
            import_module(f"assistant.rules.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"assistant.rules.{name}":
                raise
    return registered()


__all__ = ["Facts", "RuleSpec", "registry", "rule"]
