"""`assistant eval`: run the evaluation set through every system with one scorer, in one run.

`evaluate(items, systems)` returns an `EvalRun` (the item scores of each system); `run(args)` is the
command: it prints the tables for people (or `--json` for machines) and, with `--report`, rewrites
the runner's section of eval/REPORT.md. See `scoring.py` for the definitions of the metrics.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.evaluation.dataset import EvalItem, load_items
from assistant.evaluation.scoring import ItemScore, Reply, score_item
from assistant.evaluation.systems import BASELINE, SYSTEM_NAMES, System, warm_up
from assistant.settings import PROJECT_ROOT

# Reference date of the items that give none: in the school year of the circular the set is written
# from (2025-2026), so that results never depend on the machine's clock.
DEFAULT_TODAY = dt.date(2025, 10, 1)


@dataclass
class EvalRun:
    split: str
    scores: dict[str, list[ItemScore]]  # system name -> one score per item, in item order
    baseline: str | None = BASELINE
    date: str = field(default_factory=lambda: dt.date.today().isoformat())
    commit: str = "inconnu"
    seconds: dict[str, float] = field(default_factory=dict)
    default_today: dt.date | None = None

    @property
    def systems(self) -> list[str]:
        return list(self.scores)


def git_commit() -> str:
    """`git rev-parse --short HEAD` of the project, or 'inconnu'."""
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return "inconnu"
    return out.stdout.strip() or "inconnu"


def run_item(system: System, item: EvalItem, default_today: dt.date | None = DEFAULT_TODAY) -> ItemScore:
    """Ask the item's turns in one conversation, time each, score the last reply and the ranking."""
    today = item.today or default_today
    replies: list[Reply] = []
    latencies: list[float] = []
    state = None
    for question in item.questions:
        start = time.perf_counter()
        try:
            reply, state = system.reply(question, state, today)
        except Exception as exc:  # a crash is a wrong answer, not the end of the run
            reply = Reply(text=f"ERREUR : {type(exc).__name__}: {exc}", kind="error")
        latencies.append((time.perf_counter() - start) * 1000)
        replies.append(reply)
    ranked = None
    if item.gold_quote:
        try:
            ranked = system.ranked(item.last_question)
        except Exception:  # measured as a miss
            ranked = []
    return score_item(item, replies, ranked, latencies)


def evaluate(
    items: Sequence[EvalItem],
    systems: Sequence[System],
    split: str = "all",
    *,
    warm: bool = True,
    progress: bool = False,
    default_today: dt.date | None = DEFAULT_TODAY,
) -> EvalRun:
    """Every item through every system (each warmed up first), scored the same way."""
    run = EvalRun(split=split, scores={}, commit=git_commit(), default_today=default_today)
    if BASELINE not in [s.name for s in systems]:
        run.baseline = None
    for system in systems:
        start = time.perf_counter()
        if warm:
            warm_up(system)
        run.scores[system.name] = [run_item(system, item, default_today) for item in items]
        run.seconds[system.name] = time.perf_counter() - start
        if progress:
            print(f"  {system.name}: {len(items)} items en {run.seconds[system.name]:.1f} s", file=sys.stderr)
    return run


def _system_names(args) -> list[str]:
    raw = getattr(args, "systems", None)
    if not raw:
        return list(SYSTEM_NAMES)
    return [n.strip() for n in (raw.split(",") if isinstance(raw, str) else raw) if n.strip()]


def run(args) -> int:
    """The `assistant eval [--split dev|test|all] [--json] [--report]` command."""
    from assistant.evaluation import report
    from assistant.evaluation.systems import build_systems

    split = getattr(args, "split", "test") or "test"
    items = load_items(split)
    if not items:
        print(f"Aucun item d'évaluation pour la partie « {split} » (eval/set/).", file=sys.stderr)
        return 1
    print(f"Évaluation de {len(items)} items ({split})…", file=sys.stderr)
    systems = build_systems(_system_names(args))
    result = evaluate(items, systems, split, progress=True)
    if getattr(args, "json", False):
        print(json.dumps(report.to_json(result), ensure_ascii=False, indent=2))
    else:
        print(report.render(result))
    if getattr(args, "report", False):
        path = report.update_report_file(report.render(result, failures_limit=40))
        print(f"Rapport mis à jour : {path}", file=sys.stderr)
    return 0
