"""The scorer, the metrics and the runner on hand-made items and answers (no index, no model)."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from assistant.evaluation import report
from assistant.evaluation.dataset import EvalItem
from assistant.evaluation.metrics import abstention, percentile, summarize
from assistant.evaluation.runner import evaluate
from assistant.evaluation.scoring import (
    Cited,
    Reply,
    citation_ok,
    retrieval_rank,
    score_item,
)
from assistant.evaluation.systems import CallableSystem, PassageSystem
from assistant.models import Answer, Citation, ConversationState

GOLD = "Le CPMS ne signe pas le projet d’IPT car il n’est pas partenaire contractuel."
SOURCE = "circulaire-ipt-2025-2026"


def item(**kw) -> EvalItem:
    base = dict(
        id="x-1",
        split="test",
        category="cpms",
        persona="cpms",
        question="le pms doit il signer le projet ?",
        expected="Non, il ne signe pas : il n'est pas partenaire contractuel.",
        facts=[r"\bne (le )?signe pas\b", "partenaire contractuel"],
        wrong=[r"\bdoit signer\b"],
        gold_locator="point 1.3.2",
        gold_source=SOURCE,
        gold_quote=GOLD,
    )
    base.update(kw)
    return EvalItem(**base)


def reply(text: str, kind: str = "rule", quotes: tuple[str, ...] = (), source: str = SOURCE) -> Reply:
    return Reply(text=text, kind=kind, citations=tuple(Cited(source, q) for q in quotes))


# -- answer accuracy -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind", "correct"),
    [
        ("Non : le CPMS ne signe PAS le projet, il n’est pas Partenaire Contractuel.", "rule", True),
        ("Non, il ne signe pas le projet.", "rule", False),  # a fact is missing
        ("Il ne signe pas mais doit signer l'annexe ; partenaire contractuel.", "rule", False),  # wrong
        ("Le CPMS ne signe pas, il n'est pas partenaire contractuel.", "abstain", False),
        ("Le CPMS ne signe pas, il n'est pas partenaire contractuel.", "clarify", False),
        ("Le CPMS ne signe pas, il n'est pas partenaire contractuel.", "retrieval", True),
    ],
)
def test_answerable_item_needs_all_facts_no_wrong_and_an_answer(text: str, kind: str, correct: bool) -> None:
    assert score_item(item(), [reply(text, kind)]).correct is correct


def test_missing_and_wrong_patterns_are_reported() -> None:
    s = score_item(item(), [reply("Oui, il doit signer.")])
    assert s.missing == item().facts
    assert s.wrong == [r"\bdoit signer\b"]


def test_unanswerable_item_needs_an_abstention_without_wrong_fact() -> None:
    out = item(answerable=False, category="abstain", gold_quote=None, gold_source=None, gold_locator=None)
    assert score_item(out, [reply("Je ne trouve pas cela dans les textes.", "abstain")]).correct
    assert not score_item(out, [reply("Il ne signe pas, partenaire contractuel.", "retrieval")]).correct
    assert not score_item(out, [reply("Il doit signer.", "abstain")]).correct
    assert score_item(out, [reply("x", "abstain")]).citation is None


def test_clarify_item_needs_a_clarifying_question_with_its_facts() -> None:
    ask_back = item(expected_kind="clarify", facts=["depuis combien"], wrong=[], expected="Depuis combien ?")
    assert score_item(ask_back, [reply("Depuis combien d'années ?", "clarify")]).correct
    assert not score_item(ask_back, [reply("Depuis combien d'années ?", "rule")]).correct
    assert score_item(ask_back, [reply("Depuis combien ?", "clarify")]).behaviour == "clarify"


def test_conversation_checks_last_answer_and_each_turn_check() -> None:
    conv = item(
        question=None,
        turns=["premier", "et ensuite ?"],
        turn_checks=[{"facts": ["premier tour"]}, {"facts": []}],
    )
    good_last = reply("Il ne signe pas : pas partenaire contractuel.")
    assert score_item(conv, [reply("premier tour ok"), good_last]).correct
    assert not score_item(conv, [reply("autre chose"), good_last]).correct
    assert not score_item(conv, [reply("premier tour"), reply("rien")]).correct


# -- citations ---------------------------------------------------------------------------------------
def test_citation_containing_the_gold_quote_counts_with_whitespace_collapsed() -> None:
    longer = (
        "Point 1.3.2.\n  Le CPMS ne signe pas le projet d’IPT car il n’est   pas partenaire contractuel. Fin."
    )
    assert citation_ok(reply("", quotes=(longer,)), GOLD, SOURCE)


def test_citation_that_is_a_long_passage_of_the_gold_quote_counts_only_from_the_same_source() -> None:
    part = "Le CPMS ne signe pas le projet d’IPT car il n’est pas partenaire"  # 64 characters
    assert len(part) >= 60
    assert citation_ok(reply("", quotes=(part,)), GOLD, SOURCE)
    assert not citation_ok(reply("", quotes=(part,), source="infos-pacte-2024"), GOLD, SOURCE)
    assert not citation_ok(reply("", quotes=("Le CPMS ne signe pas",)), GOLD, SOURCE)  # too short


def test_citation_with_other_apostrophes_or_text_does_not_count() -> None:
    assert not citation_ok(reply("", quotes=(GOLD.replace("’", "'"),)), GOLD, SOURCE)
    assert not citation_ok(reply("", quotes=("Tout autre passage du texte.",)), GOLD, SOURCE)
    assert not citation_ok(reply(""), GOLD, SOURCE)


def test_citation_metric_counts_only_answerable_items_with_gold() -> None:
    scores = [
        score_item(item(id="a"), [reply("x", quotes=(GOLD,))]),
        score_item(item(id="b"), [reply("x", quotes=("autre",))]),
        score_item(item(id="c", answerable=False, gold_quote=None, gold_source=None), [reply("", "abstain")]),
    ]
    m = summarize(scores)
    assert (m.citation, m.n_citation) == (0.5, 2)


# -- abstention ----------------------------------------------------------------------------------
def test_abstention_precision_recall_f1() -> None:
    out = dict(answerable=False, gold_quote=None, gold_source=None)
    scores = [
        score_item(item(id="1", **out), [reply("", "abstain")]),  # TP
        score_item(item(id="2", **out), [reply("", "retrieval")]),  # FN
        score_item(item(id="3", **out), [reply("", "abstain")]),  # TP
        score_item(item(id="4"), [reply("", "abstain")]),  # FP
        score_item(item(id="5"), [reply("", "rule")]),  # TN
    ]
    a = abstention(scores)
    assert (a.tp, a.fp, a.fn) == (2, 1, 1)
    assert a.precision == pytest.approx(2 / 3) and a.recall == pytest.approx(2 / 3)
    assert a.f1 == pytest.approx(2 / 3)
    never = abstention([score_item(item(id="5"), [reply("", "rule")])])
    assert never.precision is None and never.f1 is None


# -- retrieval ---------------------------------------------------------------------------------------
def test_retrieval_rank_hit_at_k_and_mrr() -> None:
    chunk = "Titre.\n" + GOLD.replace(" car ", "\ncar ") + " Suite."
    assert retrieval_rank(GOLD, ["a", "b", chunk, "d"]) == 3
    assert retrieval_rank(GOLD, ["a", GOLD[:40]]) is None
    scores = [
        score_item(item(id="1"), [reply("")], [chunk]),  # rank 1
        score_item(item(id="2"), [reply("")], ["a", "b", chunk]),  # rank 3
        score_item(item(id="3"), [reply("")], ["a"] * 5),  # miss
        score_item(item(id="4"), [reply("")], ["a", "b", "c", "d", chunk]),  # rank 5
        score_item(item(id="5", gold_quote=None), [reply("")], [chunk]),  # not measured
    ]
    m = summarize(scores)
    assert m.n_retrieval == 4
    assert (m.hit1, m.hit3, m.hit5) == (0.25, 0.5, 0.75)
    assert m.mrr == pytest.approx((1 + 1 / 3 + 0 + 1 / 5) / 4)


def test_percentiles() -> None:
    assert percentile([], 50) is None
    assert percentile([10.0], 95) == 10.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5
    assert percentile(list(map(float, range(101))), 95) == pytest.approx(95.0)


# -- the runner on fake systems ----------------------------------------------------------------------
def _fake_assistant(question: str, state, today) -> Answer:
    state = state or ConversationState()
    if "météo" in question:
        return Answer(text="Je ne peux pas répondre.", kind="abstain", state=state)
    cite = Citation(source_id=SOURCE, title="Circulaire", locator="point 1.3.2", quote=GOLD)
    text = "Le CPMS ne signe pas : il n'est pas partenaire contractuel."
    return Answer(
        text=text, kind="rule", citations=[cite], state=state.model_copy(update={"turns": state.turns + 1})
    )


def _items() -> list[EvalItem]:
    return [
        item(id="a-1"),
        item(id="a-2", split="dev", category="pacte", question="autre question ?", facts=["introuvable"]),
        item(
            id="a-3",
            category="abstain",
            question="la météo ?",
            answerable=False,
            gold_quote=None,
            gold_source=None,
        ),
        item(id="a-4", category="multiturn", question=None, turns=["la météo ?", "et le CPMS signe ?"]),
    ]


def test_evaluate_runs_every_system_with_one_scorer() -> None:
    seen_states: list[int] = []

    def tracking(question, state, today):
        seen_states.append(state.turns if state else -1)
        return _fake_assistant(question, state, today)

    passage = PassageSystem("top", lambda q, k: [Cited(SOURCE, "Un passage sans rapport.")] * k)
    systems = [CallableSystem("fake", tracking, ranker=lambda q: ["x", GOLD]), passage]
    run = evaluate(_items(), systems, warm=False)
    fake = {s.id: s for s in run.scores["fake"]}
    assert [fake[i].correct for i in ("a-1", "a-2", "a-3", "a-4")] == [True, False, True, True]
    assert fake["a-1"].rank == 2 and fake["a-1"].citation is True
    assert seen_states == [-1, -1, -1, -1, 0]  # the conversation's state is passed to its 2nd turn
    top = summarize(run.scores["top"])
    assert top.accuracy == 0 and top.hit5 == 0 and top.citation == 0
    assert all(len(s.latencies_ms) == (2 if s.id == "a-4" else 1) for s in run.scores["top"])


def test_a_crashing_system_scores_wrong_and_the_run_goes_on() -> None:
    def boom(question, state, today):
        raise RuntimeError("panne")

    run = evaluate(_items()[:2], [CallableSystem("boom", boom)], warm=False)
    assert [s.kind for s in run.scores["boom"]] == ["error", "error"]
    assert not any(s.correct for s in run.scores["boom"])


# -- output -------------------------------------------------------------------------------------------
def _run():
    passage = PassageSystem("naive", lambda q, k: [Cited(SOURCE, "Sans rapport.")] * k)
    return evaluate(_items(), [CallableSystem("assistant", _fake_assistant), passage], "all", warm=False)


def test_render_has_systems_with_baseline_ratio_categories_and_failures() -> None:
    text = report.render(_run())
    assert "### Systèmes côte à côte — dev" in text and "### Systèmes côte à côte — test" in text
    assert "| assistant | 3 | 100.0 | – |" in text  # test split: the baseline scores 0, ratio undefined
    assert "| pacte | 1 | 0.0 |" in text
    assert "**a-2** (pacte)" in text and "manque `introuvable`" in text
    assert "### assistant : types d'échec — dev" in text


def test_json_output_is_serialisable_with_ratios_and_failures() -> None:
    data = json.loads(json.dumps(report.to_json(_run())))
    test = data["splits"]["test"]
    assert test["assistant"]["overall"]["accuracy"] == 1.0
    assert test["naive"]["overall"]["accuracy"] == 0.0
    assert data["baseline"] == "naive"
    assert [f["id"] for f in data["failures"]["assistant"]] == ["a-2"]
    assert data["failures"]["assistant"][0]["answer"].startswith("Le CPMS ne signe pas")


def test_report_section_replaced_between_markers_only(tmp_path) -> None:
    path = tmp_path / "REPORT.md"
    report.update_report_file("premier", path)
    assert report.START in path.read_text() and "premier" in path.read_text()
    other = "<!-- retrieval:start -->\nindex\n<!-- retrieval:end -->\n"
    path.write_text("# R\n\n" + other + path.read_text().split("\n\n", 1)[1])
    report.update_report_file("second", path)
    text = path.read_text()
    assert "second" in text and "premier" not in text and other in text
    assert text.count(report.START) == 1


def test_run_command_rejects_an_empty_split(monkeypatch, capsys) -> None:
    from assistant.evaluation import runner

    monkeypatch.setattr(runner, "load_items", lambda split: [])
    assert runner.run(SimpleNamespace(split="dev", json=False, report=False)) == 1
    assert "Aucun item" in capsys.readouterr().err


def test_items_without_a_date_are_asked_at_the_fixed_reference_date() -> None:
    import datetime as dt

    from assistant.evaluation.runner import DEFAULT_TODAY

    seen: list[dt.date | None] = []

    def record(question, state, today):
        seen.append(today)
        return _fake_assistant(question, state, today)

    dated = item(id="d", today=dt.date(2026, 10, 5))
    evaluate([item(), dated], [CallableSystem("fake", record)], warm=False)
    assert seen == [DEFAULT_TODAY, dt.date(2026, 10, 5)]
    assert DEFAULT_TODAY.year == 2025 and DEFAULT_TODAY.month >= 9  # school year 2025-2026


def test_wrong_patterns_are_checked_in_the_conclusion_not_in_the_reasoning() -> None:
    tiers = item(facts=["0 point"], wrong=[r"(?<![,.\d])(44|88) points"], expected="0 point")
    good = (
        "N = 20 %, 1er palier : 0 point.\n\n**Raisonnement**\n- paliers : ≤ 40 → 44 points, ≤ 60 → 88 points"
    )
    bad = "N = 50 %, 3e palier : 88 points.\n\n**Raisonnement**\n- 0 point si N ≤ 20"
    assert score_item(tiers, [reply(good)]).correct
    assert not score_item(tiers, [reply(bad)]).correct
    assert score_item(tiers, [reply(bad)]).wrong
