"""Load test of the launched web app: N concurrent clients × M questions → latency p50/p95, errors.

    python bench/load_app.py [--url http://127.0.0.1:7860/] [--clients 20] [--questions 10] [--json]

Each client is its own gradio_client session asking through the `/ask` endpoint. Loopback only.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlparse

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
MAX_CLIENTS, MAX_QUESTIONS = 50, 50
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(q / 100 * len(ordered))))
    return ordered[rank - 1]


def _client_run(url: str, n: int, offset: int) -> tuple[list[float], list[str]]:
    from gradio_client import Client

    latencies, errors = [], []
    try:
        client = Client(url, verbose=False)
    except Exception as exc:
        return [], [f"connexion : {exc!r}"] * n
    for i in range(n):
        question = QUESTIONS[(offset + i) % len(QUESTIONS)]
        start = time.perf_counter()
        try:
            chat, _, last = client.predict(question, "", api_name="/ask")
            if not chat or not (last.get("text") or last.get("notice")):
                raise ValueError(f"réponse vide : {last!r}"[:200])
            latencies.append(time.perf_counter() - start)
        except Exception as exc:
            errors.append(repr(exc)[:300])
    return latencies, errors


def run_load(url: str, clients: int = 20, questions: int = 10) -> dict:
    """Run the load and return the measures (seconds)."""
    host = urlparse(url).hostname or ""
    if host not in LOOPBACK:
        raise SystemExit(f"refusé : {host!r} n'est pas une adresse locale (127.0.0.1 uniquement)")
    clients, questions = min(clients, MAX_CLIENTS), min(questions, MAX_QUESTIONS)
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        results = list(pool.map(lambda c: _client_run(url, questions, c), range(clients)))
    wall = time.perf_counter() - start
    lat = [x for r in results for x in r[0]]
    errors = [e for r in results for e in r[1]]
    return {
        "clients": clients,
        "questions_per_client": questions,
        "requests": clients * questions,
        "ok": len(lat),
        "errors": len(errors),
        "error_samples": errors[:5],
        "p50_s": round(percentile(lat, 50), 3) if lat else None,
        "p95_s": round(percentile(lat, 95), 3) if lat else None,
        "max_s": round(max(lat), 3) if lat else None,
        "mean_s": round(statistics.fmean(lat), 3) if lat else None,
        "wall_s": round(wall, 2),
        "throughput_rps": round(len(lat) / wall, 2) if wall else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Test de charge de l'application web (boucle locale)")
    parser.add_argument("--url", default="http://127.0.0.1:7860/")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    res = run_load(args.url, args.clients, args.questions)
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
    else:
        print(
            f"{res['clients']} clients × {res['questions_per_client']} questions : {res['ok']} réponses, "
            f"{res['errors']} erreurs ; p50 {res['p50_s']} s, p95 {res['p95_s']} s, max {res['max_s']} s ; "
            f"{res['throughput_rps']} req/s en {res['wall_s']} s"
        )
        for e in res["error_samples"]:
            print("  erreur :", e)
    return 0 if res["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
