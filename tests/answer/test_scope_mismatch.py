"""A passage stating its fact for another level or fraction than the question's explicit one."""

from assistant.scope_mismatch import other_case

_ART_110 = (
    "Dans les établissements d'enseignement secondaire spécialisé organisés ou subventionnés par la "
    "Communauté française, les membres du personnel administratif assurent 38 heures de prestations par semaine."
)


def test_other_level_only() -> None:
    assert other_case("Combien d'heures preste le personnel administratif en fondamental ?", [_ART_110])
    assert not other_case("Combien d'heures preste le personnel administratif en secondaire ?", [_ART_110])
    assert not other_case("Combien d'heures preste le personnel administratif ?", [_ART_110])


def test_other_fraction_only() -> None:
    passage = "Un congé parental de 1/10e existe. Il n'est pas de plein droit."
    assert other_case("Un congé parental à mi-temps est-il de plein droit ?", [passage])
    assert not other_case("Un congé parental à 1/10e est-il de plein droit ?", [passage])
