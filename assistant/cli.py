"""Command line: `assistant index | search | ask | eval | serve | feedback` (contract in ARCHITECTURE.md).

Each subcommand's work lives in the module that owns it; this file only parses arguments.
"""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="assistant", description="Assistant IPT (FWB)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("index", help="construire ou charger l'index")
    p.add_argument("--rebuild", action="store_true", help="reconstruire même si l'index est à jour")

    p = sub.add_parser("search", help="chercher des passages")
    p.add_argument("query", nargs="?", help="la question")
    p.add_argument("--k", type=int, default=None, help="nombre de résultats (5, ou 10 en lot)")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.add_argument("--jsonl", metavar="IN", help="fichier JSONL de requêtes {id, query}")
    p.add_argument("--out", metavar="OUT", help="fichier JSONL de résultats")

    p = sub.add_parser("ask", help="poser une question")
    p.add_argument("question", nargs="?", help="la question")
    p.add_argument("--json", action="store_true", help="sortie JSON (Answer)")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="date de référence")
    p.add_argument("--draft", action="store_true", help="rédiger une réponse prête à envoyer")
    p.add_argument("--jsonl", metavar="IN", help="fichier JSONL de conversations {id, turns, today}")
    p.add_argument("--out", metavar="OUT", help="fichier JSONL de réponses")

    p = sub.add_parser("eval", help="évaluer sur le jeu d'évaluation")
    p.add_argument("--split", default="test", help="dev | test | all | probe")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.add_argument("--report", action="store_true", help="mettre à jour eval/REPORT.md")

    p = sub.add_parser("serve", help="démarrer l'application web")

    p = sub.add_parser("feedback", help="avis des utilisateurs (👍 / 👎)")
    p.add_argument("action", choices=["export"], help="export : exporter les avis")
    p.add_argument("--csv", action="store_true", help="au format CSV (le seul format disponible)")
    p.add_argument("--out", metavar="FILE", help="fichier de sortie (défaut : la sortie standard)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command in ("index", "search"):
            from assistant.index import commands

            return commands.run(args)
        if args.command == "ask":
            from assistant import ask_command

            return ask_command.run(args)
        if args.command == "eval":
            from assistant.evaluation import runner

            return runner.run(args)
        if args.command == "feedback":
            from assistant import feedback_command

            return feedback_command.run(args)
        if args.command == "serve":
            import runpy

            from assistant.settings import PROJECT_ROOT

            runpy.run_path(str(PROJECT_ROOT / "app.py"), run_name="__main__")
            return 0
    except KeyboardInterrupt:
        return 130
    return 2


if __name__ == "__main__":
    sys.exit(main())
