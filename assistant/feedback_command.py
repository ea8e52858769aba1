"""`assistant feedback export --csv [--out FILE]`: dump the feedback database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assistant.feedback import DB_NAME, FeedbackStore
from assistant.settings import get_settings


def run(args: argparse.Namespace) -> int:
    path = Path(get_settings().data_dir) / DB_NAME
    if not path.exists():
        print(f"Aucun avis enregistré ({path} n'existe pas).", file=sys.stderr)
        return 1
    store = FeedbackStore(path)
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="") as fh:
            n = store.write_csv(fh)
        print(f"{n} avis exportés vers {args.out}.", file=sys.stderr)
    else:
        n = store.write_csv(sys.stdout)
    return 0
