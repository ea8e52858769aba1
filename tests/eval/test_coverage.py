"""Coverage of corpus sentences by tuning items' gold quotes."""

from __future__ import annotations

from assistant.evaluation.coverage import gold_quotes, is_covered, main, sentences
from assistant.evaluation.dataset import EvalItem
from assistant.models import Chunk

SENTENCE = "Le CPMS de l’enseignement ordinaire remet un avis sur le projet d’intégration de l’élève."


def _chunk(text: str, source: str = "circulaire-ipt-2025-2026") -> Chunk:
    return Chunk(id="c1", source_id=source, locator="point 1.3", text=text, jurisdiction="FWB")


def test_a_quote_covers_the_sentence_it_contains_is_in_or_opens() -> None:
    assert is_covered(SENTENCE, [SENTENCE + " Il le transmet."])
    assert is_covered(SENTENCE, ["remet un avis sur le projet"])
    assert is_covered(SENTENCE, [SENTENCE[:70] + " (coupé)"])
    assert not is_covered(SENTENCE, ["Le CPMS de l’enseignement spécialisé participe au conseil."])


def test_sentences_are_listed_once_short_ones_left_out_and_quotes_kept_to_their_source() -> None:
    other = "La direction transmet le protocole signé au pôle avant la fin du mois de septembre."
    text = f"{SENTENCE} {other} Voir aussi."
    item = EvalItem(
        id="x-1",
        split="dev",
        category="cpms",
        persona="cpms",
        question="q ?",
        expected="e",
        facts=["a"],
        gold_source="circulaire-ipt-2025-2026",
        gold_quote=SENTENCE,
        gold_locator="x",
    )
    quotes = gold_quotes([item])
    found = sentences([_chunk(text), _chunk(text)], quotes)
    assert [(s.text, s.covered) for s in found] == [(SENTENCE, True), (other, False)]
    elsewhere = sentences([_chunk(SENTENCE, source="infos-pacte-2024")], quotes)
    assert [s.covered for s in elsewhere] == [False]


def test_command_prints_counts_per_source(capsys) -> None:
    assert main(["--source", "arrete-2022-09-15"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("arrete-2022-09-15 : ") and "phrases couvertes" in out
