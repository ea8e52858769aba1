"""Sentence ends (no cut after an abbreviation, an article's label apart) and lists without bullets."""

from __future__ import annotations

import pytest

from assistant.sentence_lists import complete, list_items
from assistant.sentence_split import split_sentences
from assistant.textnorm import collapse_ws


@pytest.mark.parametrize(
    "text",
    [
        "5 Article 65, § 4, al. 3 du décret du 17 juin 2021.",
        "Voir l'art. 12 du décret, cf. Art. 5 et p. 71891 du M.B. du 6 octobre 2022.",
        "La mission globale revient aux S.A.I. (pour la Région wallonne).",
        "Le texte est pris en vertu de l'A.R. 2 du 2 août 1984 et de l'A.Gt. 3 du 30 août 2012.",
        "Les acteurs visés, e.a. Les services, sont consultés, par ex. Les CPMS.",
        "Pour le Gouvernement, M. DAERDEN et Mme C. DUPONT, Mme M.-D. SIMONET.",
    ],
)
def test_no_sentence_end_after_an_abbreviation(text: str) -> None:
    assert split_sentences(text) == [collapse_ws(text)]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Le conseil est général. Le pôle décide.", "Le conseil est général."),
        ("Il en existe un au total. 3 écoles suivent.", "Il en existe un au total."),
        ("L'accord porte sur un art. Le reste suit.", None),  # "art." is an abbreviation: no cut
        ("Il faut le faire, etc. Le pôle décide.", "Il faut le faire, etc."),
        (
            "Le dossier est classé dans la catégorie B. Le pôle décide.",
            "Le dossier est classé dans la catégorie B.",
        ),
    ],
)
def test_real_sentence_ends_still_split(text: str, first: str | None) -> None:
    sentences = split_sentences(text)
    if first is None:
        assert sentences == [text]
    else:
        assert sentences[0] == first and len(sentences) == 2


def test_article_label_is_apart_from_its_text() -> None:
    text = '**Art. 57.** Le présent décret entre en vigueur le 1er septembre 2018. " Art. 95. Les décisions suivent.'
    assert split_sentences(text) == [
        "**Art. 57.**",
        "Le présent décret entre en vigueur le 1er septembre 2018.",
        '" Art. 95.',
        "Les décisions suivent.",
    ]


def test_a_blank_line_still_ends_a_sentence_after_an_abbreviation() -> None:
    assert split_sentences("voir p.\n\nLe pôle décide.") == ["voir p.", "Le pôle décide."]


LEGAL_BASES = [
    "Le bilan est à envoyer à l’Administration au plus tard dans les 30 jours calendrier.",
    "Bases légales :",
    "Décret du 17 juin 2021 portant création des pôles territoriaux chargés de soutenir les écoles",
    "Code de l’enseignement fondamental et de l’enseignement secondaire, titre VII, chapitre 7",
    "Décret du 3 mars 2004 organisant l'Enseignement spécialisé",
    "Décret du 24 juillet 1997 définissant les missions prioritaires de l'enseignement ;",
    "Circulaire 5948 du 7 novembre 2016 relative au formulaire électronique – FE intégration.",
    "Le pôle décide.",
]


def test_a_list_of_lines_without_bullets_is_quoted_whole() -> None:
    assert list_items(LEGAL_BASES, 1) == [2, 3, 4, 5, 6]
    assert complete(LEGAL_BASES, {2}, -1) == {1, 2, 3, 4, 5, 6}


def test_short_cells_and_closed_sentences_are_no_unmarked_items() -> None:
    cells = ["Le pôle bénéficie de :", "Élève en IPT avant le", "02/09/2020", "Il reçoit 4 périodes."]
    assert list_items(cells, 0) == []
    closed = ["Attention :", "Tous vos mails doivent partir de la boîte administrative.", "Le pôle décide."]
    assert list_items(closed, 0) == []
