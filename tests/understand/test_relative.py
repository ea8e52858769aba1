"""Relative clauses' 'qui' masked only when the main clause has its own predicate."""

import pytest

from assistant.understand.relative import MASK, mask_relatives


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("c'est la direction qui est responsable du personnel qui accompagne ?", True),
        ("qui est responsable des enseignants qui accompagnent ?", True),
        ("l'ecole qui organise l'ipt doit-elle encoder ?", True),
        ("qui accompagne l'eleve qui est en ipt ?", True),  # the relative on 'eleve', not the first 'qui'
        ("c'est le pole qui accompagne ?", False),  # the cleft's 'qui' is the asked act
        ("quel est le pole qui accompagne mon fils ?", False),  # an identification
        ("je ne sais pas qui accompagne l'eleve", False),
        ("le personnel qui accompagne ?", False),  # no main predicate
    ],
)
def test_mask_relatives(text: str, masked: bool) -> None:
    out = mask_relatives(text)
    assert (f" {MASK} " in out) is masked
    if text.startswith("qui accompagne"):
        assert out.startswith("qui accompagne")
