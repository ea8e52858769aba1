"""Long fuzz run: N generated questions (default 10,000) through the real `Assistant.ask`.

    ASSISTANT_DATA_DIR=/tmp/ipt-data python bench/fuzz_long.py [--n 10000] [--seed 0] [--json]

Same generators and checks as `tests/reliability/test_fuzz.py` (hypothesis strategies: random and
unicode text, French-looking sentences from corpus words, templates, acronyms, dates, numbers, HTML;
random follow-up states and reference dates). Counts exceptions (a traceback from `ask`) and invalid
answers (not a valid French `Answer`, a quote not verbatim in the corpus or over 500 characters)
instead of stopping at the first, then prints the counts, the answer kinds and the time.
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _reliability(name: str):
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        return importlib.import_module(f"reliability.{name}")
    finally:
        sys.path.pop(0)


def run_fuzz(n: int, seed: int) -> dict:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as hseed
    from hypothesis import strategies as st

    from assistant.chat import Assistant

    strategies, checks = _reliability("strategies"), _reliability("checks")
    assistant = Assistant()
    start = time.perf_counter()
    assistant.warm_up()
    load_s = time.perf_counter() - start
    counts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    samples: list[str] = []
    latencies: list[float] = []

    @hseed(seed)
    @settings(
        max_examples=n,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(question=st.one_of(*strategies.QUESTION_FAMILIES.values()), state=strategies.states,
           today=strategies.todays)  # fmt: skip
    def one(question, state, today) -> None:
        t0 = time.perf_counter()
        try:
            answer = assistant.ask(question, state, today)
        except Exception:  # noqa: BLE001 - counted, not raised
            counts["exceptions"] += 1
            samples.append(f"{question[:80]!r}: {traceback.format_exc(limit=2)[-400:]}")
            return
        finally:
            latencies.append(time.perf_counter() - t0)
        try:
            checks.check_answer(answer)
        except AssertionError as exc:
            counts["invalid"] += 1
            samples.append(f"{question[:80]!r}: {str(exc)[:300]}")
            return
        counts["ok"] += 1
        kinds[answer.kind] += 1

    t0 = time.perf_counter()
    one()
    wall = time.perf_counter() - t0
    ordered = sorted(latencies)
    return {
        "questions": len(latencies),
        "ok": counts["ok"],
        "exceptions": counts["exceptions"],
        "invalid": counts["invalid"],
        "kinds": dict(kinds),
        "index_load_s": round(load_s, 1),
        "wall_s": round(wall, 1),
        "ask_mean_ms": round(1000 * statistics.fmean(ordered), 1) if ordered else 0.0,
        "ask_p99_ms": round(1000 * ordered[int(0.99 * (len(ordered) - 1))], 1) if ordered else 0.0,
        "ask_max_ms": round(1000 * ordered[-1], 1) if ordered else 0.0,
        "samples": samples[:10],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="number of generated questions")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    res = run_fuzz(args.n, args.seed)
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
    else:
        print(
            f"{res['questions']} questions in {res['wall_s']} s (index load {res['index_load_s']} s): "
            f"{res['ok']} ok, {res['exceptions']} exceptions, {res['invalid']} invalid answers; "
            f"kinds {res['kinds']}; ask mean {res['ask_mean_ms']} ms, p99 {res['ask_p99_ms']} ms, "
            f"max {res['ask_max_ms']} ms"
        )
        for s in res["samples"]:
            print("  -", s)
    return 1 if res["exceptions"] or res["invalid"] else 0


if __name__ == "__main__":
    sys.exit(main())
