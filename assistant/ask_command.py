"""`assistant ask`: one question (human or JSON output, optional help-desk draft) or a JSONL batch.

Batch contract (ARCHITECTURE.md): input lines {"id", "turns": [...], "today": "YYYY-MM-DD"?}; output
lines {"id", "answers": [Answer...], "elapsed_ms": [...]}; a bad line yields {"id", "error"} and the
batch goes on. The turns of one line form one conversation.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

from assistant.models import Answer, ConversationState


def _parse_day(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(str(text))
    except ValueError as exc:
        raise ValueError(f"date invalide : {text!r} (format attendu AAAA-MM-JJ)") from exc


def format_human(answer: Answer) -> str:
    """The answer, then numbered sources, then notes: readable in a terminal."""
    out = [answer.text, ""]
    if answer.citations:
        out.append("Sources :")
        for i, c in enumerate(answer.citations, 1):
            out.append(f"  [{i}] {c.title}, {c.locator}")
            out.append(f"      « {c.quote} »")
            if c.url:
                out.append(f"      {c.url}")
    for note in answer.notes:
        out.append(f"N.B. {note}")
    return "\n".join(out).rstrip() + "\n"


def _batch_line(assistant, raw: bytes, lineno: int) -> dict:
    try:
        item = json.loads(raw.decode("utf-8-sig"))  # a BOM (Windows editors) is not an error
    except UnicodeDecodeError:
        return {"id": f"ligne-{lineno}", "error": "ligne illisible : encodage UTF-8 invalide"}
    except json.JSONDecodeError as exc:
        return {"id": f"ligne-{lineno}", "error": f"ligne JSON invalide : {exc.msg}"}
    if not isinstance(item, dict):
        return {"id": f"ligne-{lineno}", "error": "chaque ligne doit être un objet JSON"}
    line_id = item.get("id", f"ligne-{lineno}")
    turns = item.get("turns")
    if isinstance(turns, str):
        turns = [turns]
    if not isinstance(turns, list) or not turns or not all(isinstance(t, str) for t in turns):
        return {"id": line_id, "error": "champ 'turns' manquant ou invalide (liste de questions attendue)"}
    try:
        today = _parse_day(item.get("today"))
    except ValueError as exc:
        return {"id": line_id, "error": str(exc)}
    answers, elapsed = [], []
    state: ConversationState | None = None
    for turn in turns:
        start = time.perf_counter()
        answer = assistant.ask(turn, state=state, today=today)
        elapsed.append(round((time.perf_counter() - start) * 1000, 3))
        answers.append(answer.model_dump(mode="json"))
        state = answer.state
    return {"id": line_id, "answers": answers, "elapsed_ms": elapsed}


def run_batch(assistant, src: Path, dst: Path) -> int:
    count = errors = 0
    with src.open("rb") as fin, dst.open("w", encoding="utf-8") as fout:
        for lineno, raw in enumerate(fin, 1):
            if not raw.strip():
                continue
            try:
                row = _batch_line(assistant, raw.rstrip(b"\r\n"), lineno)
            except Exception as exc:  # noqa: BLE001 - one bad line must not stop the batch
                row = {"id": f"ligne-{lineno}", "error": f"erreur interne : {type(exc).__name__}"}
            errors += "error" in row
            count += 1
            fout.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{count} conversations traitées, {errors} en erreur → {dst}", file=sys.stderr)
    return 0


def run(args: argparse.Namespace) -> int:
    from assistant.chat import Assistant

    if args.jsonl:
        if not args.out:
            print("erreur : --jsonl demande aussi --out FICHIER", file=sys.stderr)
            return 2
        src = Path(args.jsonl)
        if not src.is_file():
            print(f"erreur : fichier introuvable : {src}", file=sys.stderr)
            return 2
        return run_batch(Assistant(), src, Path(args.out))
    if not args.question:
        print(
            'erreur : posez une question, par exemple : assistant ask "Qui rédige l\'attestation ?"',
            file=sys.stderr,
        )
        return 2
    try:
        today = _parse_day(args.today)
    except ValueError as exc:
        print(f"erreur : {exc}", file=sys.stderr)
        return 2
    answer = Assistant().ask(args.question, today=today)
    if args.json:
        print(answer.model_dump_json(indent=2))
    elif args.draft:
        print(answer.draft())
    else:
        print(format_human(answer), end="")
    return 0
