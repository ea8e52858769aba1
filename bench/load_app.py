"""Load test of the launched web app: N concurrent sessions × M questions → latency p50/p95, errors.

    python bench/load_app.py [--url http://127.0.0.1:7860/] [--clients 20] [--questions 10]
                             [--engine http|gradio_client] [--server-pid PID] [--json]

`--engine http` (default): one asyncio task per session speaking Gradio's queue protocol over httpx,
as the browser page does — POST /gradio_api/queue/join with the session hash, then read the SSE
stream GET /gradio_api/queue/data until the event's `process_completed`. Light enough that the load
generator does not steal the server's CPU. `--engine gradio_client`: one `gradio_client.Client` per
session in a thread (heavier; kept for comparison).

Every answer is checked: the `ask` event succeeded, the chat holds two messages per question asked
so far (the session is kept), and the answer has text; a notice (rate limit, error) or an empty
answer counts as an error. `--server-pid` adds the server's CPU seconds per question (from /proc),
the figure that stays meaningful on a shared machine; the load average is always reported.
Loopback only. A full run against a fresh server:

    .venv/bin/python app.py & sleep 60   # wait for "Running on local URL"
    .venv/bin/python bench/load_app.py --server-pid $!                        # 20 × 10, http
    .venv/bin/python bench/load_app.py --server-pid $! --engine gradio_client  # for comparison
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import resource
import statistics
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urljoin, urlparse

QUESTIONS = [
    "Mon élève est en IPT depuis 3 ans : faut-il une nouvelle attestation s'il retourne dans le spécialisé ?",
    "Quel CPMS signe le protocole ?",
    "Qui accompagne un élève en IPT en 2026-2027 ?",
    "Que doit contenir le dossier d'un élève qui génère des moyens complémentaires ?",
    "Quand faut-il encoder la coche IPT dans SIEL ?",
    "Et pour le projet ?",
    "Un élève peut-il commencer une IPT en cours d'année scolaire ?",
    "Qu'est-ce que le PIA d'un élève en intégration ?",
    "Que se passe-t-il si l'IPT s'arrête avant le 30 septembre ?",
    "Qui paie les frais de cantine au Japon ?",
]
# Each session words its questions a little differently (a greeting, a thanks), as real users do, so
# that no two requests of a run are the same text: the server's caches (e.g. query vectors) are not
# what is measured.
OPENINGS = ["", "Bonjour, ", "Bonjour. ", "Question : ", "Svp, ", "Une question : ", "Hello, ",
            "Bonsoir, ", "Petite question : ", "Madame, Monsieur, "]  # fmt: skip
CLOSINGS = ["", " Merci."]
MAX_CLIENTS, MAX_QUESTIONS = 50, 50


def question_for(session: int, i: int) -> str:
    """The i-th question of a session: distinct text for every (session, i) up to 20 sessions."""
    opening = OPENINGS[session % len(OPENINGS)]
    closing = CLOSINGS[(session // len(OPENINGS)) % len(CLOSINGS)]
    return f"{opening}{QUESTIONS[(session + i) % len(QUESTIONS)]}{closing}"


LOOPBACK = {"127.0.0.1", "localhost", "::1"}
API = "gradio_api/"
TIMEOUT_S = 120.0


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(q / 100 * len(ordered))))
    return ordered[rank - 1]


class Tally:
    """What the sessions saw: latencies, errors, HTTP requests and bytes received.

    (A plain class, not a dataclass: tests load this file by path, outside sys.modules.)"""

    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.requests = 0
        self.bytes_in = 0


def check_answer(chat: list, last: dict | None, asked: int) -> None:
    """Raise ValueError unless the `ask` outputs are a real answer in a session that kept its turns."""
    if not isinstance(last, dict):
        raise ValueError(f"pas de réponse : {last!r}"[:200])
    if last.get("notice"):
        raise ValueError(f"message de l'application : {last['notice']}"[:200])
    if not str(last.get("text") or "").strip():
        raise ValueError(f"réponse vide : {last!r}"[:200])
    if not isinstance(chat, list) or len(chat) != 2 * asked:
        got = len(chat) if isinstance(chat, list) else chat
        raise ValueError(f"conversation : {got} messages au lieu de {2 * asked}")


# --- engine "http": Gradio's queue protocol over httpx (what the browser does) -----------------


async def _fn_index(client, base: str, api_name: str = "ask") -> int:
    config = (await client.get(urljoin(base, "config"))).json()
    for dep in config["dependencies"]:
        if dep.get("api_name") == api_name:
            return dep["id"]
    raise ValueError(f"pas d'événement {api_name!r} dans la page")


async def _ask_http(client, base: str, fn_index: int, session_hash: str, data: list, tally: Tally):
    """One event: join the queue, then read the session's SSE stream until the event completes."""
    join = await client.post(
        urljoin(base, API + "queue/join"),
        json={"data": data, "fn_index": fn_index, "session_hash": session_hash, "event_data": None},
    )
    tally.requests += 1
    join.raise_for_status()
    event_id = join.json()["event_id"]
    url = urljoin(base, API + "queue/data")
    async with client.stream("GET", url, params={"session_hash": session_hash}) as resp:
        tally.requests += 1
        resp.raise_for_status()
        async for line in resp.aiter_lines():
            tally.bytes_in += len(line) + 1
            if not line.startswith("data:"):
                continue
            msg = json.loads(line[5:])
            if msg.get("msg") == "process_completed" and msg.get("event_id") == event_id:
                if not msg.get("success"):
                    raise ValueError(f"échec : {msg.get('output')!r}"[:200])
                return msg["output"]["data"]
            if msg.get("msg") in ("close_stream", "unexpected_error"):
                raise ValueError(f"flux fermé : {msg!r}"[:200])
    raise ValueError("flux terminé sans résultat")


async def _session_http(client, base: str, n: int, offset: int, tally: Tally) -> None:
    try:
        fn_index = await _fn_index(client, base)  # the page's config, fetched once as a page load does
        tally.requests += 1
    except Exception as exc:
        tally.errors += [f"connexion : {exc!r}"[:300]] * n
        return
    session_hash = uuid.uuid4().hex[:11]
    for i in range(n):
        question = question_for(offset, i)
        start = time.perf_counter()
        try:
            chat, _state, _cleared, last = await _ask_http(
                client, base, fn_index, session_hash, [question, "", None], tally
            )
            check_answer(chat, last, i + 1)
            tally.latencies.append(time.perf_counter() - start)
        except Exception as exc:
            tally.errors.append(repr(exc)[:300])


async def _run_http(base: str, clients: int, questions: int) -> Tally:
    import httpx

    tally = Tally()
    limits = httpx.Limits(max_connections=4 * clients, max_keepalive_connections=2 * clients)
    async with httpx.AsyncClient(timeout=TIMEOUT_S, limits=limits, trust_env=False) as client:
        await asyncio.gather(*(_session_http(client, base, questions, c, tally) for c in range(clients)))
    return tally


# --- engine "gradio_client": one Client per session, in threads ---------------------------------


def _session_gradio_client(url: str, n: int, offset: int) -> Tally:
    from gradio_client import Client

    tally = Tally()
    try:
        client = Client(url, verbose=False)
    except Exception as exc:
        tally.errors += [f"connexion : {exc!r}"[:300]] * n
        return tally
    for i in range(n):
        question = question_for(offset, i)
        start = time.perf_counter()
        try:
            chat, _, last = client.predict(question, "", api_name="/ask")
            tally.requests += 2
            check_answer(chat, last, i + 1)
            tally.latencies.append(time.perf_counter() - start)
        except Exception as exc:
            tally.errors.append(repr(exc)[:300])
    client.close()
    return tally


def _run_gradio_client(url: str, clients: int, questions: int) -> Tally:
    with ThreadPoolExecutor(max_workers=clients) as pool:
        parts = list(pool.map(lambda c: _session_gradio_client(url, questions, c), range(clients)))
    tally = Tally()
    for p in parts:
        tally.latencies += p.latencies
        tally.errors += p.errors
        tally.requests += p.requests
    return tally


# --- measures -----------------------------------------------------------------------------------


def process_cpu_s(pid: int) -> float | None:
    """User + system CPU seconds of a process (Linux /proc), or None if unreadable."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _own_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_load(
    url: str,
    clients: int = 20,
    questions: int = 10,
    engine: str = "http",
    server_pid: int | None = None,
) -> dict:
    """Run the load and return the measures (seconds)."""
    host = urlparse(url).hostname or ""
    if host not in LOOPBACK:
        raise SystemExit(f"refusé : {host!r} n'est pas une adresse locale (127.0.0.1 uniquement)")
    if engine not in ("http", "gradio_client"):
        raise SystemExit(f"moteur inconnu : {engine!r} (http ou gradio_client)")
    clients, questions = min(clients, MAX_CLIENTS), min(questions, MAX_QUESTIONS)
    base = url if url.endswith("/") else url + "/"
    server_before, own_before = (process_cpu_s(server_pid) if server_pid else None), _own_cpu_s()
    start = time.perf_counter()
    if engine == "http":
        tally = asyncio.run(_run_http(base, clients, questions))
    else:
        tally = _run_gradio_client(base, clients, questions)
    wall = time.perf_counter() - start
    own_cpu = _own_cpu_s() - own_before
    server_after = process_cpu_s(server_pid) if server_pid else None
    asked = clients * questions
    lat = tally.latencies
    res = {
        "engine": engine,
        "clients": clients,
        "questions_per_client": questions,
        "requests": asked,
        "ok": len(lat),
        "errors": len(tally.errors),
        "error_samples": tally.errors[:5],
        "p50_s": round(percentile(lat, 50), 3) if lat else None,
        "p95_s": round(percentile(lat, 95), 3) if lat else None,
        "max_s": round(max(lat), 3) if lat else None,
        "mean_s": round(statistics.fmean(lat), 3) if lat else None,
        "wall_s": round(wall, 2),
        "throughput_rps": round(len(lat) / wall, 2) if wall else None,
        "http_requests_per_question": round(tally.requests / asked, 2),
        "kb_received_per_question": round(tally.bytes_in / asked / 1024, 1) if tally.bytes_in else None,
        "client_cpu_ms_per_question": round(1000 * own_cpu / asked, 1),
        "server_cpu_ms_per_question": None,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    if server_before is not None and server_after is not None:
        res["server_cpu_ms_per_question"] = round(1000 * (server_after - server_before) / asked, 1)
    return res


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Test de charge de l'application web (boucle locale)")
    parser.add_argument("--url", default="http://127.0.0.1:7860/")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--engine", choices=["http", "gradio_client"], default="http")
    parser.add_argument("--server-pid", type=int, default=None, help="PID de app.py (CPU par question)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    res = run_load(args.url, args.clients, args.questions, args.engine, args.server_pid)
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
    else:
        print(
            f"[{res['engine']}] {res['clients']} clients × {res['questions_per_client']} questions : "
            f"{res['ok']} réponses, {res['errors']} erreurs ; p50 {res['p50_s']} s, p95 {res['p95_s']} s, "
            f"max {res['max_s']} s ; {res['throughput_rps']} req/s en {res['wall_s']} s ; "
            f"CPU serveur {res['server_cpu_ms_per_question']} ms/question, "
            f"client {res['client_cpu_ms_per_question']} ms/question ; charge {res['load_average']}"
        )
        for e in res["error_samples"]:
            print("  erreur :", e)
    return 0 if res["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
