"""A claimed figure checked against the answer's figures (assistant/claims.py)."""

from assistant.claims import claimed, lead_rule, verdict


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


def test_rule_lead_keeps_an_existing_answer_word() -> None:
    assert lead_rule(
        "Oui : 30 jours calendrier.", "Oui : 30 jours calendrier.", "30 jours ouvrables ?", []
    ) == ("Oui : 30 jours calendrier.")
    assert lead_rule(
        "Dans les 30 jours calendrier.", "Dans les 30 jours calendrier.", "30 jours ouvrables ?", []
    ) == ("Non : dans les 30 jours calendrier.")
