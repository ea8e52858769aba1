"""Decrees and arrêté: one chunk (or more) per article; locators name the article they rewrite."""

from __future__ import annotations

import re

import pytest

from assistant.ingest import chunk_corpus, source_by_id
from assistant.settings import get_settings

LEGAL = ("decret-2009-02-05", "arrete-2022-09-15", "decret-flamand-2018-07-06")
CHUNKS = chunk_corpus()


def _locators(source_id: str) -> list[str]:
    return [c.locator for c in CHUNKS if c.source_id == source_id]


@pytest.mark.parametrize("source_id", LEGAL)
def test_every_article_of_the_raw_file_is_a_chunk(source_id: str) -> None:
    raw = (get_settings().corpus_dir / source_by_id(source_id).file).read_text(encoding="utf-8")
    numbers = re.findall(r"^\*\*(?:Art\.|Article)\s+([^*]+?)\.\*\*", raw, flags=re.M)
    numbers += re.findall(r"^Article\s+(1er)\.", raw, flags=re.M)
    assert len(numbers) >= 7
    found = {re.match(r"art\. (\S+)", loc).group(1) for loc in _locators(source_id)}
    assert set(numbers) == found
    assert all(c.kind == "article" for c in CHUNKS if c.source_id == source_id)


@pytest.mark.parametrize(
    ("source_id", "locator"),
    [
        ("decret-2009-02-05", "art. 39 (art. 137 du décret du 3 mars 2004)"),
        ("decret-2009-02-05", "art. 34 (art. 131 du décret du 3 mars 2004)"),
        ("decret-2009-02-05", "art. 35 (art. 132 du décret du 3 mars 2004)"),
        ("decret-2009-02-05", "art. 1er (art. 13 du décret du 24 juillet 1997)"),
        ("decret-2009-02-05", "art. 2 (art. 67 du décret du 24 juillet 1997)"),
        ("decret-2009-02-05", "art. 56"),
        ("arrete-2022-09-15", "art. 2 (art. 11/3 de l'arrêté du 12 mai 2022)"),
        ("arrete-2022-09-15", "art. 1er (art. 1er de l'arrêté du 12 mai 2022)"),
        ("decret-flamand-2018-07-06", "art. 3 (art. 21 du décret du 27 mars 1991)"),
        (
            "decret-flamand-2018-07-06",
            "art. 50 (art. 330/3 du Code de l'Enseignement secondaire du 17 décembre 2010)",
        ),
    ],
)
def test_locator_names_the_rewritten_article(source_id: str, locator: str) -> None:
    assert locator in _locators(source_id)


def test_inserted_articles_of_the_arrete_are_cut_apart() -> None:
    article_2 = [c for c in CHUNKS if c.source_id == "arrete-2022-09-15" and c.locator.startswith("art. 2 ")]
    inner = sorted({re.search(r"art\. (11/\d)", c.locator).group(1) for c in article_2})
    assert inner == ["11/1", "11/2", "11/3", "11/4"]
    (table,) = [c for c in article_2 if "| 5e palier" in c.text]
    assert "11/3" in table.locator and "| 2e palier  | 20 < N ≤ 40  | 44  |" in table.text


def test_heading_path_carries_titles_and_chapters() -> None:
    (art39,) = [c for c in CHUNKS if c.locator.startswith("art. 39 (") and c.source_id == "decret-2009-02-05"]
    assert art39.heading_path == [
        "TITRE II. - Modification au décret du 3 mars 2004 organisant l'enseignement spécialisé"
    ]
    assert art39.text.startswith("**Art. 39.** L'article 137 du même décret est remplacé")
    flemish = [c for c in CHUNKS if c.source_id == "decret-flamand-2018-07-06" and c.locator == "art. 57"]
    assert flemish[0].heading_path == ["Chapitre 6. - Entrée en vigueur"]


def test_long_articles_are_split_and_parts_share_the_locator() -> None:
    parts = [c for c in CHUNKS if c.locator == "art. 19 (art. 8 du décret du 3 mars 2004)"]
    assert len(parts) >= 2
    assert parts[0].text.startswith("**Art. 19.**")
