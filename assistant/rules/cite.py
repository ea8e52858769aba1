"""Citations for rules: a verbatim quote of a corpus text with its locator (like OpenFisca's `reference=`).

Quotes are checked against the cleaned corpus by the tests (tests/rules/test_citations.py), not at
query time: the rule core never reads the corpus files while answering.
"""

from __future__ import annotations

from assistant.ingest.sources import source_by_id
from assistant.models import QUOTE_MAX_CHARS, Citation
from assistant.rules.params import param
from assistant.textnorm import collapse_ws

CIRCULAR = "circulaire-ipt-2025-2026"
PACTE = "infos-pacte-2024"
DECREE_2009 = "decret-2009-02-05"
ARRETE_2022 = "arrete-2022-09-15"


def cite(source_id: str, locator: str, quote: str) -> Citation:
    """A Citation of `quote` (verbatim text of `source_id`, whitespace collapsed) at `locator`."""
    source = source_by_id(source_id)
    text = collapse_ws(quote)
    if len(text) > QUOTE_MAX_CHARS:
        raise ValueError(f"quote longer than {QUOTE_MAX_CHARS} characters at {source_id} {locator}")
    return Citation(source_id=source_id, title=source.title, locator=locator, quote=text, url=source.url)


def circ(locator: str, quote: str) -> Citation:
    """A citation of the 2025-2026 IPT circular, e.g. circ("point 1.5", "…")."""
    return cite(CIRCULAR, locator, quote)


def pacte(locator: str, quote: str) -> Citation:
    """A citation of the June 2024 'Infos du Pacte' report."""
    return cite(PACTE, locator, quote)


def reference_cite(node: dict) -> Citation:
    """The citation of a `reference` node of parameters.yaml ({source_id, locator, quote})."""
    return cite(node["source_id"], node["locator"], node["quote"])


def param_cite(path: str) -> Citation:
    """The citation (`reference`) of a parameter of parameters.yaml, e.g. "sensorimotor.cap"."""
    return reference_cite(param(path)["reference"])
