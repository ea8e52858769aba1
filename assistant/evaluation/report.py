"""Render an `EvalRun`: Markdown tables for people, a JSON document for machines, eval/REPORT.md.

The runner owns the part of eval/REPORT.md between `START` and `END`; the rest of the file (e.g. the
retrieval benchmark's section) is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from assistant.evaluation.failure_types import failure_counts, failure_types_table
from assistant.evaluation.metrics import Metrics, abstention, by_category, summarize
from assistant.evaluation.scoring import MIN_PARTIAL_QUOTE, ItemScore
from assistant.settings import PROJECT_ROOT

REPORT_PATH = PROJECT_ROOT / "eval" / "REPORT.md"
START = "<!-- eval:start -->"
END = "<!-- eval:end -->"
ANSWER_CHARS = 200
PATTERN_CHARS = 60
RATIO_KEYS = ("accuracy", "citation", "hit1", "hit3", "mrr")

DEFINITIONS = f"""Définitions (voir `assistant/evaluation/scoring.py`) :
- **exactitude** : question attendant une réponse : tous les motifs `facts` trouvés dans la réponse
  (texte replié : minuscules, sans accents), aucun motif `wrong` dans la conclusion (le texte avant
  la section « Raisonnement » d'une réponse de règle, qui rappelle tout le barème), et ni abstention
  ni demande de précision ; question hors champ : le système s'abstient, sans motif `wrong` ; en conversation, le
  contrôle porte sur la dernière réponse (et sur chaque tour ayant des `turn_checks`) ;
- **citation** : une citation contient la citation de référence (espaces réduits), ou en est un
  passage d'au moins {MIN_PARTIAL_QUOTE} caractères de la même source ;
- **abstention** : positif = item attendant une abstention ; prédit = réponse de type `abstain` ;
- **hit@k / MRR** : rang du premier passage classé par le système (5 premiers) qui contient la
  citation de référence ; questions ayant une citation de référence ;
- **latence** : durée de chaque appel, après une question de mise en route (p50 / p95, ms)."""


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def _num(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _ms(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


def ratios(metrics: Metrics, base: Metrics | None) -> dict[str, float | None]:
    """Each metric of `RATIO_KEYS` divided by the baseline's (None when undefined)."""
    out: dict[str, float | None] = {}
    for key in RATIO_KEYS:
        mine, theirs = getattr(metrics, key), getattr(base, key) if base else None
        out[key] = mine / theirs if mine is not None and theirs else None
    return out


def systems_table(scores: dict[str, list[ItemScore]], baseline: str | None) -> str:
    base = summarize(scores[baseline]) if baseline in scores else None
    rows = [
        "| système | n | exactitude | × réf. | citation | × réf. | abst. P | abst. R | abst. F1 "
        "| hit@1 | hit@3 | hit@5 | MRR | p50 ms | p95 ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, group in scores.items():
        m = summarize(group)
        r = ratios(m, base)
        rows.append(
            f"| {name} | {m.n} | {_pct(m.accuracy)} | {_num(r['accuracy'], 2)} | {_pct(m.citation)} "
            f"| {_num(r['citation'], 2)} | {_pct(m.abstention_precision)} | {_pct(m.abstention_recall)} "
            f"| {_pct(m.abstention_f1)} | {_pct(m.hit1)} | {_pct(m.hit3)} | {_pct(m.hit5)} "
            f"| {_num(m.mrr)} | {_ms(m.p50_ms)} | {_ms(m.p95_ms)} |"
        )
    return "\n".join(rows)


def category_table(scores: Sequence[ItemScore]) -> str:
    rows = [
        "| catégorie | n | exactitude | citation | hit@1 | hit@3 | hit@5 | MRR | p50 ms | p95 ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    groups = {"**ensemble**": summarize(scores), **by_category(scores)}
    for name, m in groups.items():
        rows.append(
            f"| {name} | {m.n} | {_pct(m.accuracy)} | {_pct(m.citation)} | {_pct(m.hit1)} "
            f"| {_pct(m.hit3)} | {_pct(m.hit5)} | {_num(m.mrr)} | {_ms(m.p50_ms)} | {_ms(m.p95_ms)} |"
        )
    return "\n".join(rows)


def _oneline(text: str, limit: int = ANSWER_CHARS) -> str:
    flat = " ".join(text.split()).replace("|", "/")
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def failure_record(s: ItemScore) -> dict:
    return {
        "id": s.id,
        "category": s.category,
        "question": s.question,
        "expected_behaviour": s.behaviour,
        "facts": s.facts,
        "missing_facts": s.missing,
        "wrong_matched": s.wrong,
        "kind": s.kind,
        "rule_id": s.rule_id,
        "citation_ok": s.citation,
        "answer": _oneline(s.answer),
    }


def failures(scores: Sequence[ItemScore]) -> list[ItemScore]:
    return [s for s in scores if not s.correct]


def failures_list(scores: Sequence[ItemScore], limit: int | None = None) -> str:
    failed = failures(scores)
    lines = [f"Échecs : {len(failed)} sur {len(scores)}."]
    for s in failed[:limit] if limit else failed:
        if s.split == "test":
            # The test split is for reporting only: its questions and answers are not shown, so that
            # nobody tunes on them by reading the report (run the dev split to see failures in full).
            lines.append(f"- **{s.id}** ({s.category}) — obtenu `{s.kind}`")
            continue
        why = [] if s.behaviour == "answer" else [f"attendu : {s.behaviour}"]
        if s.missing and s.behaviour != "abstain":
            why.append("manque " + ", ".join(f"`{_oneline(p, PATTERN_CHARS)}`" for p in s.missing))
        if s.wrong:
            why.append("faux " + ", ".join(f"`{_oneline(p, PATTERN_CHARS)}`" for p in s.wrong))
        if not why:
            why.append("réponse refusée (abstention ou demande de précision)")
        lines.append(
            f"- **{s.id}** ({s.category}) — {_oneline(s.question, 160)}\n"
            f"  - {'; '.join(why)} — obtenu `{s.kind}`{' / ' + s.rule_id if s.rule_id else ''} : "
            f"{_oneline(s.answer)}"
        )
    if limit and len(failed) > limit:
        lines.append(f"- … et {len(failed) - limit} autres (`assistant eval --json`).")
    return "\n".join(lines)


def _splits(run) -> list[str]:
    first = next(iter(run.scores.values()), [])
    present = sorted({s.split for s in first})
    return present if len(present) > 1 else [run.split]


def _only(scores: dict[str, list[ItemScore]], split: str) -> dict[str, list[ItemScore]]:
    return {name: [s for s in group if split in ("all", s.split)] for name, group in scores.items()}


def render(run, failures_limit: int | None = None, system: str = "assistant") -> str:
    """The Markdown tables of the run: systems side by side, then our assistant per category."""
    out = [f"Évaluation du {run.date}, commit `{run.commit}`, partie « {run.split} »."]
    if run.default_today:
        out[0] += f" Date de référence des questions sans date : {run.default_today.isoformat()}."
    for split in _splits(run):
        scores = _only(run.scores, split)
        out.append(f"\n### Systèmes côte à côte — {split}\n")
        if run.baseline:
            out.append(f"(× réf. = rapport à la référence naïve « {run.baseline} »)\n")
        out.append(systems_table(scores, run.baseline))
        if system in scores:
            out.append(f"\n### {system} par catégorie — {split}\n")
            out.append(category_table(scores[system]))
            out.append(f"\n### {system} : types d'échec — {split}\n")
            out.append(failure_types_table(scores[system]))
    if system in run.scores:
        out.append(f"\n### Échecs de « {system} »\n")
        out.append(failures_list(run.scores[system], failures_limit))
    out.append("\n" + DEFINITIONS)
    return "\n".join(out)


def _metrics_json(scores: Sequence[ItemScore], base: Metrics | None) -> dict:
    m = summarize(scores)
    abst = abstention(scores)
    return {
        "overall": m.as_dict(),
        "abstention_counts": {"tp": abst.tp, "fp": abst.fp, "fn": abst.fn},
        "ratio_to_baseline": ratios(m, base),
        "categories": {name: c.as_dict() for name, c in by_category(scores).items()},
        "failure_types": dict(failure_counts(scores)),
    }


def to_json(run) -> dict:
    """The run for machines: metrics per split and system, failures of each system."""
    splits = {}
    for split in _splits(run):
        scores = _only(run.scores, split)
        base = summarize(scores[run.baseline]) if run.baseline in scores else None
        splits[split] = {name: _metrics_json(group, base) for name, group in scores.items()}
    return {
        "date": run.date,
        "commit": run.commit,
        "split": run.split,
        "baseline": run.baseline,
        "default_today": run.default_today.isoformat() if run.default_today else None,
        "seconds": run.seconds,
        "splits": splits,
        "failures": {name: [failure_record(s) for s in failures(g)] for name, g in run.scores.items()},
    }


def replace_section(document: str, section: str) -> str:
    """`document` with the text between START and END replaced (or the section appended)."""
    block = f"{START}\n{section.strip()}\n{END}"
    if START in document and END in document.split(START, 1)[1]:
        head, rest = document.split(START, 1)
        tail = rest.split(END, 1)[1]
        return f"{head}{block}{tail}"
    sep = "" if not document or document.endswith("\n\n") else ("\n" if document.endswith("\n") else "\n\n")
    return f"{document}{sep}{block}\n"


def update_report_file(section: str, path: Path = REPORT_PATH) -> Path:
    """Rewrite the runner's section of eval/REPORT.md (the file is created if missing)."""
    current = path.read_text(encoding="utf-8") if path.exists() else "# Rapport d'évaluation\n\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(replace_section(current, "## Évaluation des réponses\n\n" + section), encoding="utf-8")
    return path
