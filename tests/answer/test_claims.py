"""A claimed figure checked against the answer's figures (assistant/claims.py)."""

from assistant.claimed_figures import claimed, verdict
from assistant.claims import lead_rule


def test_other_kind_of_days_is_denied() -> None:
    assert verdict("on nous a dit que c'est 30 jours ouvrables ?", "dans les 30 jours calendrier") == "Non"


def test_kind_of_days_found_in_the_quote() -> None:
    assert (
        verdict("j'ai lu que c'est trente jours ouvrés", "dans les 30 jours", ["30 jours calendrier"])
        == "Non"
    )


def test_kind_of_days_without_a_number() -> None:
    q = "le delai pour l'annexe, c'est en jours ouvrables ?"
    assert verdict(q, "dans les 30 jours calendrier", reported=False) == "Non"


def test_same_figure_written_otherwise_is_confirmed() -> None:
    assert (
        verdict("on m'a dit 1.18 periode par eleve", "1,18 période(s) par élève ; sauf 16 périodes") == "Oui"
    )
    assert verdict("c'est bien quatre périodes ?", "4 périodes par élève intégré") == "Oui"


def test_figure_of_another_case_is_no_verdict() -> None:
    assert verdict("on m'a dit 16 periodes", "1,18 période(s) par élève ; sauf : 16 périodes") is None


def test_no_figure_of_that_unit_is_no_verdict() -> None:
    assert verdict("on m'a dit 2 ETP, c'est vrai ?", "le pôle reçoit 88 points par IPT") is None


def test_bounds_and_description_are_no_claim() -> None:
    assert claimed("il est en IPT depuis 3 ans et on a plus de 352 points, c'est vrai ?") == []


def test_closed_question_claims_only_in_its_last_clause() -> None:
    assert claimed("N vaut 60 %, on est au 4e palier ?", reported=False) == []
    assert [c.value for c in claimed("pour un eleve de 12 ans, on a 4 periodes ?", reported=False)] == [4.0]


def test_rule_lead_corrects_an_existing_oui_the_claim_contradicts() -> None:
    # the rule's own "Oui" never confirms a claimed figure the texts contradict
    assert lead_rule(
        "Oui : 30 jours calendrier.", "Oui : 30 jours calendrier.", "30 jours ouvrables ?", []
    ) == ("Non : 30 jours calendrier.")
    assert lead_rule(
        "Oui : 30 jours calendrier.", "Oui : 30 jours calendrier.", "30 jours calendrier ?", []
    ) == ("Oui : 30 jours calendrier.")
    assert lead_rule(
        "Dans les 30 jours calendrier.", "Dans les 30 jours calendrier.", "30 jours ouvrables ?", []
    ) == ("Non : dans les 30 jours calendrier.")


def test_a_rules_own_oui_becomes_non_when_the_claimed_figure_is_not_the_texts() -> None:
    q = "On peut cumuler deux échelles jusqu'à un plafond de 176 points, c'est bien ça ?"
    text = "Oui : leurs points s'additionnent sans pouvoir dépasser 352 points complémentaires."
    assert lead_rule(text, text, q, []).startswith("Non : leurs points")


def test_a_claimed_figure_the_texts_do_not_give_is_said_absent_never_confirmed() -> None:
    q = "on doit rendre les moyens dans les 15 jours, c'est ça ?"
    text = (
        "Oui : les moyens octroyés doivent être restitués.\n\n**Raisonnement**\n- arrêt avant le 30 septembre"
    )
    out = lead_rule(text, text.split("**Raisonnement**")[0], q, [])
    head, _, reasoning = out.partition("**Raisonnement**")
    assert "ne mentionnent pas « 15 jours »" in head
    assert "arrêt avant le 30 septembre" in reasoning


def test_a_figure_of_the_answer_is_not_said_absent() -> None:
    q = "c'est 30 jours calendrier pour le bilan, c'est bien ça ?"
    text = "Oui : dans les 30 jours calendrier."
    assert "ne mentionnent pas" not in lead_rule(text, text, q, [])


def test_the_flemish_decree_is_not_the_2009_decree() -> None:
    from assistant.narrow import narrower_ask

    asked = narrower_ask("que prévoit le décret du 6 juillet 2018 sur le CLB ?", "", [])
    assert asked is None or "decret-2009-02-05" not in asked.sources
    asked = narrower_ask("que prévoit le décret sur les périodes ?", "", [])
    assert asked is not None and "decret-2009-02-05" in asked.sources


def test_a_figure_of_the_case_asked_about_does_not_override_the_rules_word() -> None:
    text = "Oui : l'attestation reste valable (IPT de moins de 2 ans)."
    assert lead_rule(text, text, "et apres 3 ans ?", [], reported=False) == text
