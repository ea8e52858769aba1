"""The shape of a quote: the heading label it opens with, no stray quotation mark at its ends, an
over-long sentence quoted on its own."""

from __future__ import annotations

import pytest

from assistant.sentence_split import labelled, pack, split_sentences, tidy_quote


@pytest.mark.parametrize(
    ("text", "label", "body"),
    [
        (
            'Il est inséré : " Art. 147. Seuls les élèves régulièrement inscrits peuvent en bénéficier.',
            '" Art. 147.',
            "Seuls les élèves régulièrement inscrits peuvent en bénéficier.",
        ),
        (
            "§ 3. Dans le 3 e degré, il est également accordé 8 périodes hors nombre total.",
            "§ 3.",
            "Dans le 3 e degré, il est également accordé 8 périodes hors nombre total.",
        ),
        (
            "Mémo. Attention : TOUS vos mails DOIVENT être envoyés de la boîte administrative.",
            "Attention :",
            "TOUS vos mails DOIVENT être envoyés de la boîte administrative.",
        ),
    ],
)
def test_a_heading_label_is_read_apart_but_quoted(text: str, label: str, body: str) -> None:
    sentences = split_sentences(text)
    assert sentences[-2:] == [label, body]  # the sentence read (scored, matched) has no label
    assert labelled(text, body) == f"{label} {body}"  # its quote carries the label


def test_a_label_that_does_not_fit_is_left_out() -> None:
    body = "Le pôle " + "x" * 488 + "."
    assert labelled(f"§ 2. {body}", body) == body


def test_a_decree_s_own_bold_article_number_is_no_label() -> None:
    text = "**Art. 38.** L'article 138 du même décret est abrogé."
    assert split_sentences(text)[0] == "**Art. 38.**"
    assert (
        labelled(text, "L'article 138 du même décret est abrogé.")
        == "L'article 138 du même décret est abrogé."
    )


def test_a_form_field_is_no_label() -> None:
    body = "Le directeur de l'école signe ici le document."
    assert labelled(f"Signature : {body}", body) == body


@pytest.mark.parametrize(
    ("quote", "tidy"),
    [
        ('Un nouveau dossier complet est établi. "', "Un nouveau dossier complet est établi."),
        ('assurée par le Conseil général. ".', "assurée par le Conseil général."),
        ('" § 4. Le Gouvernement peut autoriser.', "§ 4. Le Gouvernement peut autoriser."),
        ("la boîte mail générique « intégration ».", "la boîte mail générique « intégration »."),
        ('les mots " de l\'élève " sont remplacés.', 'les mots " de l\'élève " sont remplacés.'),
        ('Il est dit : " Le pôle décide. "', 'Il est dit : " Le pôle décide. "'),
    ],
)
def test_tidy_quote_drops_only_unbalanced_end_marks(quote: str, tidy: str) -> None:
    assert tidy_quote(quote) == tidy


LONG = "Le Gouvernement, après avis motivé du Conseil général, " + "x " * 150 + ", peut autoriser."


def test_a_long_sentence_is_its_own_quote() -> None:
    sentences = ["Une phrase courte.", LONG, "Une autre phrase courte."]
    quotes = pack(sentences, limit=200)
    assert quotes[0] == "Une phrase courte."
    pieces = quotes[1:-1]  # the long sentence in consecutive pieces, each within the limit
    assert " ".join(pieces) == LONG and all(len(p) <= 200 for p in pieces)
    assert quotes[-1] == "Une autre phrase courte."  # not glued to a cut sentence: not verbatim
