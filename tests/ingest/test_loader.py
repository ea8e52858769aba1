"""The loader: front-matter, page footers, hyphenation joins, quotes checked against the cleaned text."""

from __future__ import annotations

import re

import pytest

from assistant.ingest import corpus_hash, document_by_id, load_documents, quote_in_corpus
from assistant.settings import get_settings


def test_every_source_loads_with_its_front_matter() -> None:
    docs = {d.source.id: d for d in load_documents()}
    assert list(docs) == [
        "circulaire-ipt-2025-2026",
        "infos-pacte-2024",
        "decret-2009-02-05",
        "arrete-2022-09-15",
        "decret-flamand-2018-07-06",
    ]
    assert docs["decret-2009-02-05"].front_matter["url"].startswith("https://www.ejustice")
    assert docs["arrete-2022-09-15"].front_matter["number"] == 2022033572
    assert docs["circulaire-ipt-2025-2026"].front_matter == {}
    for doc in docs.values():
        assert not doc.text.startswith("---")
        assert "pdf-original:" not in doc.text
        assert "\n\n\n" not in doc.text


def test_page_footers_and_page_numbers_are_dropped() -> None:
    for doc in load_documents():
        assert "hors pôle territorial - Page" not in doc.text
        assert "Éditeur resp." not in doc.text
    pacte = document_by_id("infos-pacte-2024").text
    assert not re.search(r"^\d{1,2}$", pacte, flags=re.M)


@pytest.mark.parametrize(
    ("joined", "broken"),
    [
        ("d’informer les acteurs", "d’in-"),
        ("leurs préoccupations pour", "préoccupa-"),
        ("plus uniformisées", "uni-"),
        ("peut ou doit intervenir", "inter-\nvenir"),
        ("(dite “phase d’assouplissement”)", "assou-"),
        ("échelles de besoins sensori-moteurs et le fait", "senso-"),
    ],
)
def test_words_hyphenated_across_lines_are_joined(joined: str, broken: str) -> None:
    text = document_by_id("infos-pacte-2024").text
    assert joined in text.replace("\n", " ")
    assert broken not in text


@pytest.mark.parametrize(
    ("source_id", "kept"),
    [
        ("circulaire-ipt-2025-2026", "Dès l’année scolaire 2026-2027, ces écoles"),
        ("circulaire-ipt-2025-2026", "les équipes psycho-médico-sociales de l'école"),
        ("infos-pacte-2024", "ordinaire est-elle nécessaire ?"),
        ("infos-pacte-2024", "l’indice socio-économique."),
    ],
)
def test_real_compounds_keep_their_hyphen(source_id: str, kept: str) -> None:
    assert quote_in_corpus(kept, source_id)


def test_no_line_ends_with_a_wrap_hyphen() -> None:
    for doc in load_documents():
        assert not re.search(r"[a-zà-ÿ]-\n+[a-zà-ÿ]", doc.text), doc.source.id


def test_quote_in_corpus_known_and_made_up() -> None:
    assert quote_in_corpus(
        "La prolongation de l’IPT est seulement possible via un pôle territorial.",
        "circulaire-ipt-2025-2026",
    )
    assert quote_in_corpus("Au cours de l’année 2024-25, le coefficient par lequel le financement de base")
    assert quote_in_corpus("L'article 137 du même décret est remplacé par la disposition suivante :")
    # Spans the page footer of page 18 in the raw file: found once the footer is dropped.
    assert quote_in_corpus(
        "Où se trouve physiquement l’élève ? Dans l’école d’enseignement ordinaire. 5. Qui"
    )
    assert not quote_in_corpus("Les pôles territoriaux sont supprimés dès la rentrée 2025.")
    assert not quote_in_corpus("La prolongation de l’IPT est seulement possible", "decret-2009-02-05")
    assert not quote_in_corpus("   ")
    with pytest.raises(KeyError):
        quote_in_corpus("x", "no-such-source")


def test_quotes_keep_apostrophes_as_written() -> None:
    assert quote_in_corpus("d’enseignement spécialisé", "circulaire-ipt-2025-2026")
    assert not quote_in_corpus("L’article 137 du même décret est remplacé", "decret-2009-02-05")


def test_corpus_hash_is_stable_and_tracks_content(tmp_path) -> None:
    corpus = get_settings().corpus_dir
    first = corpus_hash()
    assert first == corpus_hash(corpus) and len(first) == 64
    for path in corpus.iterdir():
        (tmp_path / path.name).write_bytes(path.read_bytes())
    assert corpus_hash(tmp_path) == first
    arrete = next(tmp_path.glob("arrete-*.txt"))
    arrete.write_text(arrete.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert corpus_hash(tmp_path) != first
