"""Unit tests of each slot extractor (dates, durations, types, levels, school years, yes/no facts)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understand import extract_facts, normalise
from assistant.understand.slots import dates

TODAY = dt.date(2025, 10, 1)


def facts(q: str, today: dt.date = TODAY) -> dict:
    return extract_facts(q, today)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("L'arrêt a eu lieu le 14/11/2025", dt.date(2025, 11, 14)),
        ("arrêt le 14-11-2025", dt.date(2025, 11, 14)),
        ("arrêt le 14.11.25", dt.date(2025, 11, 14)),
        ("arrêt le 14 novembre 2025", dt.date(2025, 11, 14)),
        ("arrêt le 2025-11-14", dt.date(2025, 11, 14)),
        ("arrêt le 1er décembre 2025", dt.date(2025, 12, 1)),
        # without a year: the school year of the reference date (2025-2026)
        ("arrêt le 14 novembre", dt.date(2025, 11, 14)),
        ("arrêt le 3 mars", dt.date(2026, 3, 3)),
        ("arrêt le 14/11", dt.date(2025, 11, 14)),
        # "après" / "avant" a date: a day on that side of it, so a threshold rule picks the right side
        ("et si l'arrêt a lieu après le 30 septembre ?", dt.date(2025, 10, 1)),
        ("arrêt au-delà du 30/09/2025", dt.date(2025, 10, 1)),
        ("un arrêt avant le 30 septembre", dt.date(2025, 9, 29)),
    ],
)
def test_event_dates(question: str, expected: dt.date) -> None:
    assert facts(question)["event_date"] == expected


def test_invalid_dates_are_ignored() -> None:
    assert "event_date" not in facts("arrêt le 31/02/2025")
    assert "event_date" not in facts("le 45/13/2025")


def test_reference_and_start_dates() -> None:
    f = facts("Nous sommes le 15/09/2025 ; l'IPT a commencé le 1er septembre 2021")
    assert f["reference_date"] == dt.date(2025, 9, 15)
    assert f["ipt_start"] == dt.date(2021, 9, 1)
    assert facts("IPT commencée en septembre 2021")["ipt_start"] == dt.date(2021, 9, 1)
    assert facts("une IPT débutée en 2023")["ipt_start"] == dt.date(2023, 9, 1)
    assert facts("en IPT depuis 2023-2024")["ipt_start"] == dt.date(2023, 8, 28)


def test_bare_month() -> None:
    f = facts("et si l'arrêt a lieu en novembre ?")
    assert f["event_month"] == 11
    assert "event_date" not in f
    assert facts("au mois de mars")["event_month"] == 3


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("en 2025-2026", "2025-2026"),
        ("pour l'année scolaire 2026/2027", "2026-2027"),
        ("en 25-26", "2025-2026"),
        ("en 2025-26", "2025-2026"),
        ("l'année prochaine", "2026-2027"),
        ("cette année", "2025-2026"),
    ],
)
def test_school_years(question: str, expected: str) -> None:
    assert facts(question)["school_year"] == expected


def test_not_school_years() -> None:
    assert "school_year" not in facts("en 2025-2028")
    assert "school_year" not in facts("le 2025-11-14")


def test_school_year_of() -> None:
    assert dates.school_year_of(dt.date(2025, 8, 25)) == "2025-2026"
    assert dates.school_year_of(dt.date(2025, 8, 24)) == "2024-2025"
    assert dates.school_year_of(dt.date(2026, 11, 22)) == "2026-2027"


@pytest.mark.parametrize(
    ("question", "years", "more"),
    [
        ("en IPT depuis 3 ans", 3.0, True),
        ("depuis 18 mois", 1.5, False),
        ("ça fait deux ans", 2.0, False),
        ("depuis un an et demi", 1.5, False),
        ("2 ans et demi d'IPT", 2.5, True),
        ("depuis plus de deux ans", None, True),
        ("moins de 2 ans en intégration", None, False),
        ("plus de 2 ans", None, True),
        ("au moins 3 ans", None, True),
    ],
)
def test_durations(question: str, years: float | None, more: bool) -> None:
    f = facts(question)
    assert f.get("years_in_ipt") == years
    assert f["more_than_two_years"] is more


def test_age_is_not_a_duration() -> None:
    f = facts("un élève de 12 ans")
    assert "years_in_ipt" not in f and "more_than_two_years" not in f


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("élève de type 8", {"pupil_type": 8}),
        ("un T3", {"pupil_type": 3}),
        ("type quatre", {"pupil_type": 4}),
        ("types 4, 6 et 7", {}),
        ("passe du type 8 au type 1", {"pupil_type": 8, "change_of_type": True}),
    ],
)
def test_types(question: str, expected: dict) -> None:
    f = facts(question)
    assert {k: f[k] for k in ("pupil_type", "change_of_type") if k in f} == expected


@pytest.mark.parametrize(
    ("question", "level", "degree"),
    [
        ("en maternelle", "maternel", None),
        ("en primaire", "primaire", None),
        ("en P6", "primaire", None),
        ("en 1re secondaire", "secondaire", 1),
        ("en 5e sec", "secondaire", 3),
        ("au 3e degré", "secondaire", 3),
        ("au deuxième degré", "secondaire", 2),
        ("passage du primaire au secondaire", "secondaire", None),
    ],
)
def test_levels(question: str, level: str, degree: int | None) -> None:
    f = facts(question)
    assert f["level"] == level
    assert f.get("degree") == degree


@pytest.mark.parametrize(
    ("question", "key", "value"),
    [
        ("changement de type", "change_of_type", True),
        ("s'il change de type", "change_of_type", True),
        ("sans changement de type", "change_of_type", False),
        ("dans le même type", "change_of_type", False),
        ("il retourne dans le spécialisé", "return_to_special", True),
        ("retour en enseignement spécialisé", "return_to_special", True),
        ("il reste dans l'ordinaire", "return_to_special", False),
        ("l'école est siège du pôle", "special_school_place", "siege"),
        ("école partenaire", "special_school_place", "partenaire"),
        ("école partenaire spécifique d'un autre pôle", "special_school_place", "partenaire_specifique"),
        ("l'école spécialisée n'est dans aucun pôle", "special_school_place", "aucun"),
        ("pas dans un pôle", "special_school_place", "aucun"),
        ("l'école n'est ni siège, ni partenaire d'un pôle", "special_school_place", "aucun"),
        ("école pas siège, pas partenaire, aucun pôle", "special_school_place", "aucun"),
        ("il revient dans son ancien type", "change_of_type", False),
        ("retour dans le spécialisé en type d'origine", "change_of_type", False),
        ("il revient en type 1 au lieu du type 8", "change_of_type", True),
        ("immersion en langue des signes", "sign_language_immersion", True),
        ("Les parents peuvent-ils proposer une IPT ?", "proposer", "parents"),
        ("le CPMS de l'école ordinaire", "cpms_side", "ordinaire"),
        ("le PMS du spécialisé", "cpms_side", "specialise"),
        ("arrêt en cours d'année", "end_when", "cours_annee"),
        ("arrêt pour déménagement", "end_cause", "domicile"),
        ("combien de périodes", "means_kind", "periodes"),
        ("faut-il restituer les moyens ?", "means_kind", "restitution"),
    ],
)
def test_situation_facts(question: str, key: str, value: object) -> None:
    assert facts(question)[key] == value


def test_ordinary_school_partner_of_the_ipt_is_not_a_place() -> None:
    assert "special_school_place" not in facts("l'école ordinaire partenaire de l'IPT")


def test_a_place_the_school_does_not_hold_is_no_place() -> None:
    assert "special_school_place" not in facts("notre école n'est pas école siège")
    assert (
        facts("ni siège ni partenaire du pôle, mais partenaire spécifique d'un autre pôle")[
            "special_school_place"
        ]
        == "partenaire_specifique"
    )


@pytest.mark.parametrize(
    "question",
    [
        "Une école spécialisée hors pôle peut-elle accepter de nouvelles IPT en 2025-2026 ?",
        "notre école spécialisée peut-elle commencer une première IPT cette année ?",
    ],
)
def test_starting_a_new_ipt_starts_it_now(question: str) -> None:
    assert facts(question)["ipt_start"] == TODAY


@pytest.mark.parametrize(
    ("question", "stage"),
    [
        ("Quel CPMS donne son avis sur la proposition ?", "proposition"),
        ("qui signe le projet ?", "projet"),
        ("le protocol", "protocole"),
        ("le bilan du PIA", "bilan"),
        ("l'évaluation de l'IPT", "evaluation"),
        ("la demande d'arrêt", "arret"),
        ("qui rédige l'atestation ?", "attestation"),
        ("le retour dans le spécialisé", "retour"),
    ],
)
def test_stages(question: str, stage: str) -> None:
    assert facts(question)["stage"] == stage


def test_scales() -> None:
    assert facts("échelle de 20 items, score 45")["scales"] == [(20, 45)]
    two = facts("une échelle de 20 items score 45 et une de 10 items score 12")
    assert two["scales"] == [(20, 45), (10, 12)]
    assert facts("score de 30 sur une échelle de 15 items")["scales"] == [(15, 30)]
    # a score above 3 × 20 is kept, the rule says it is impossible; stated as points it is not a score
    assert facts("20 items, score 75")["scales"] == [(20, 75)]
    assert "scales" not in facts("20 items : 88 points")
    assert facts("echelle 40 items, W = 72")["scales"] == [(40, 72)]
    assert facts("88 points sur l'echelle motrice et 44 sur la visuelle")["scale_points"] == [88, 44]
    assert facts("notre pole suit 5 IPT debutees en 2021")["pupil_count"] == 5
    assert "pupil_count" not in facts("un eleve de type 4 en IPT")


@pytest.mark.parametrize(
    "question",
    [
        "Faut-il une nouvelle atestation après 3 ans d'intergration ?",
        "FAUT IL UNE NOUVELLE ATTESTATION APRES 3 ANS D’IPT",
        "faut il une nouvelle AO apres 3 ans d'ipt",
    ],
)
def test_normalise_typos_and_acronyms(question: str) -> None:
    text = normalise(question)
    assert "nouvelle attestation" in text
    assert "ipt" in text or "integration" in text


def test_normalise_variants() -> None:
    assert normalise("Le centre P.M.S. de l’école") == "le cpms de l'ecole"
    assert normalise("le cmps et le protocol") == "le cpms et le protocole"
    assert normalise("intégration permanente totale") == "ipt"
    assert normalise("<b>Quel PMS ?</b> 😀") == "quel cpms ?"
    assert normalise("\x00" * 10) == ""
    assert len(normalise("a " * 100_000)) <= 2000


@pytest.mark.parametrize(
    ("question", "closed"),
    [
        ("Le CPMS du spécialisé peut-il signer le protocole ?", True),
        ("Faut-il une nouvelle attestation ?", True),
        ("Est-ce que le pôle doit rendre un avis ?", True),
        ("Notre école est hors pôle. Peut-on garder nos IPT ?", True),
        ("L'école reçoit 88 points pour cet élève ?", True),
        ("Quel CPMS peut-il demander l'arrêt ?", False),
        ("Qu'est-ce qu'un pôle territorial ?", False),
        ("Que faut-il faire pour l'attestation ?", False),
        ("20 items, score 36 ?", False),
        ("Comment calcule-t-on N ?", False),
        # a relative 'qui/que' after a noun is no question word
        ("Un élève qui a changé d'école peut-il garder son IPT ?", True),
        ("Le protocole que le pôle a rédigé doit-il être signé par le CPMS ?", True),
        ("Pour cet élève, qui doit-on prévenir ?", False),
        ("À qui doit-on envoyer le bilan ?", False),
        # after "si/quand … et", a "que" followed by a subject repeats the conjunction, it asks nothing
        (
            "Si l'IPT s'arrête et que l'élève repart dans le spécialisé, il pourra revenir en ordinaire après ?",
            True,
        ),
        ("Si le pôle reprend l'IPT et qu'il change l'accompagnant, faut-il un nouveau protocole ?", True),
        ("Si l'IPT s'arrête et que faut-il faire ensuite ?", False),
    ],
)
def test_closed_question(question: str, closed: bool) -> None:
    assert facts(question).get("yes_no", False) is closed


@pytest.mark.parametrize(
    "question",
    [
        "faut il generer une annexe 4 dans e-poles ?",
        "IPT suivie par notre pôle, l'élève déménage",
        "le coordonnateur du pôle doit-il signer ?",
    ],
)
def test_a_pole_following_the_ipt_is_recognised(question: str) -> None:
    assert facts(question).get("followed_by") == "pole"


def test_a_pole_named_without_following_is_not_taken() -> None:
    assert "followed_by" not in facts("qui accompagne une IPT débutée en 2021 : l'école ou le pôle ?")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("echelle motrice (30 items) a une eleve de 3e primaire, elle obtient 37", [(30, 37)]),
        ("W = 36 et X = 20, quel palier ?", [(20, 36)]),
        ("une echelle de dix items, l'enfant a eu 7 au total", [(10, 7)]),
        ("Echelle de vingt items, l'eleve a obtenu vingt-quatre", [(20, 24)]),
    ],
)
def test_scale_wordings(question: str, expected: list[tuple[int, int]]) -> None:
    assert facts(question)["scales"] == expected


def test_scales_given_by_their_palier() -> None:
    q = "deux echelles : physique au 4e palier et auditive au 3e palier, combien au total ?"
    assert facts(q)["scale_points"] == [176, 88]
    q = "une echelle visuelle au 5e palier et une echelle physique au 4e, 528 points ?"
    assert facts(q)["scale_points"] == [352, 176]
    assert "scale_points" not in facts("eleve de 3e primaire, echelle de 20 items, quel palier ?")


@pytest.mark.parametrize(
    "question",
    ["Le pôle peut-il refuser une IPT ?", "Les parents peuvent-ils s'opposer à l'IPT ?", "ça bloque ?"],
)
def test_can_x_refuse_gets_no_rule_polarity(question: str) -> None:
    # the rules' yes/no is "can the IPT go ahead?", the inverse of "can X refuse/block it?"
    assert "yes_no" not in facts(question)


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("est-ce que l'école doit rendre les périodes ?", "obligation"),
        ("est-ce qu'on devra restituer les moyens ?", "obligation"),
        ("est-ce qu'elle peut garder l'élève ou il doit aller au pôle ?", "permission"),
    ],
)
def test_est_ce_que_doit_is_an_obligation_question(question: str, focus: str) -> None:
    assert facts(question)["focus"] == focus


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # "en IPT <a few words> depuis <date>": the pupil's IPT started then
        ("Il est en IPT seulement depuis janvier 2024, il revient en juin", dt.date(2024, 1, 1)),
        ("un élève en intégration dans notre école depuis le 3 mars 2023", dt.date(2023, 3, 3)),
        ("élève en IPT en 2e secondaire depuis novembre 2021", dt.date(2021, 11, 1)),
    ],
)
def test_start_after_words_between_ipt_and_depuis(question: str, start: dt.date) -> None:
    f = facts(question)
    assert f["ipt_start"] == start
    assert f.get("event_date") != start


@pytest.mark.parametrize(
    "question",
    [
        "et les moyens, on doit les rendre ?",
        "nous devons encore envoyer le bilan ?",
        "on devrait prévenir le CPMS ?",
    ],
)
def test_devoir_with_on_or_nous_is_an_obligation_question(question: str) -> None:
    f = facts(question)
    assert f.get("yes_no") is True
    assert f.get("focus") == "obligation"


def test_a_share_of_time_or_of_pupils_is_no_scale_ratio() -> None:
    from assistant.textnorm import fold
    from assistant.understand.slots.scales import scale_percent

    assert scale_percent(fold("Présent 50 % du temps, ses points sensori-moteurs sont-ils réduits ?")) == {}
    assert scale_percent(fold("60 % des élèves ont une échelle : combien de paliers ?")) == {}
    assert scale_percent(fold("à mi-temps (50 %), l'échelle compte-t-elle ?")) == {}
    assert scale_percent(fold("N tombe pile à 60 %, on est au 4e palier ?")) == {"scale_percent": 60.0}
    assert scale_percent(fold("l'élève est à 80 % sur l'échelle, quel palier ?")) == {"scale_percent": 80.0}


def test_assure_alone_does_not_ask_who_follows() -> None:
    """'qui assure la signature ?' asks no one who accompanies the pupil (review 12, 16)."""
    from assistant.rules import registry
    from assistant.understand.fact_bonus import fact_bonus

    spec = registry()["accompaniment.who"]
    immersion = {"sign_language_immersion": True}
    follows = fact_bonus(spec, "immersion en langue des signes : qui assure son suivi ?", immersion)
    signs = fact_bonus(
        spec, "immersion en langue des signes : qui assure la signature du protocole ?", immersion
    )
    assert follows - signs == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("question", "proposer"),
    [
        ("J'ai 19 ans, je peux faire moi-même la proposition d'IPT ?", "eleve"),
        ("J'ai 30 ans, je peux faire moi-même la proposition d'IPT ?", "eleve"),
        ("Je suis majeure, je peux faire moi-même la proposition ?", "eleve"),
        ("J'ai 16 ans, je peux faire moi-même la proposition d'IPT ?", None),
    ],
)
def test_speaker_of_age_proposes_himself(question: str, proposer: str | None) -> None:
    """Any age from 18 (the texts' "élève majeur") makes the speaker the pupil of age (review 12, 16)."""
    assert facts(question).get("proposer") == proposer
