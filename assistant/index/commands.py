"""`assistant index [--rebuild]` and `assistant search "…" [--k 5] [--json]` / `--jsonl IN --out OUT`."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from assistant.index.build import Index, IndexUnavailableError, load_or_build
from assistant.retrieve import Retriever, ScoredChunk
from assistant.textnorm import collapse_ws

PREVIEW_CHARS = 300


def run(args: argparse.Namespace) -> int:
    try:
        if args.command == "index":
            return _index(args)
        return _search(args)
    except IndexUnavailableError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return 1


def _index(args: argparse.Namespace) -> int:
    index = load_or_build(rebuild=args.rebuild)
    per_source = Counter(c.source_id for c in index.chunks)
    action = "construit" if index.built else "chargé"
    print(f"Index {action} en {index.seconds:.1f} s : {len(index.chunks)} passages, dans {index.location}")
    for source_id, n in per_source.items():
        print(f"  {n:4d}  {index.titles.get(source_id, source_id)} ({source_id})")
    print(f"  moteur d'embeddings : {index.manifest.get('embedder_id')}")
    index.close()
    return 0


def result_dict(hit: ScoredChunk) -> dict:
    """One search result as in the JSON/JSONL contract."""
    c = hit.chunk
    return {
        "source_id": c.source_id,
        "locator": c.locator,
        "text": c.text,
        "score": round(hit.score, 6),
        "bm25_score": None if hit.bm25_score is None else round(hit.bm25_score, 4),
        "dense_score": None if hit.dense_score is None else round(hit.dense_score, 4),
        "jurisdiction": c.jurisdiction,
        "chunk_id": c.id,
    }


def _search(args: argparse.Namespace) -> int:
    if args.jsonl:
        if not args.out:
            print("Erreur : --jsonl demande aussi --out (fichier de résultats).", file=sys.stderr)
            return 2
        index = load_or_build(progress=False)
        n = _batch(Retriever(index), Path(args.jsonl), Path(args.out), args.k or 10)
        print(f"{n} requêtes traitées -> {args.out}", file=sys.stderr)
        index.close()
        return 0
    if not args.query or not args.query.strip():
        print(
            'Erreur : donnez une question, par exemple : assistant search "qui délivre l\'AO ?"',
            file=sys.stderr,
        )
        return 2
    index = load_or_build(progress=not args.json)
    hits = Retriever(index).search(args.query, k=args.k or 5)
    if args.json:
        print(
            json.dumps({"query": args.query, "results": [result_dict(h) for h in hits]}, ensure_ascii=False)
        )
    else:
        _print_hits(index, hits)
    index.close()
    return 0


def _print_hits(index: Index, hits: list[ScoredChunk]) -> None:
    if not hits:
        print("Aucun passage trouvé.")
    for rank, hit in enumerate(hits, 1):
        c = hit.chunk
        bm25 = "-" if hit.bm25_score is None else f"{hit.bm25_score:.2f}"
        dense = "-" if hit.dense_score is None else f"{hit.dense_score:.3f}"
        print(f"{rank}. [{hit.score:.4f}] {index.titles.get(c.source_id, c.source_id)} — {c.locator}")
        print(f"   (BM25 {bm25}, cosinus {dense})")
        text = collapse_ws(c.text)
        print(f"   {text[:PREVIEW_CHARS]}{'…' if len(text) > PREVIEW_CHARS else ''}\n")


def _batch(retriever: Retriever, src: Path, out: Path, k: int) -> int:
    """Answer each {"id", "query"} line; a bad line gives an {"id", "error"} line and the batch goes on."""
    count = 0
    with src.open(encoding="utf-8") as fin, out.open("w", encoding="utf-8") as fout:
        for lineno, line in enumerate(fin, 1):
            if not line.strip():
                continue
            count += 1
            fout.write(json.dumps(_batch_line(retriever, line, lineno, k), ensure_ascii=False) + "\n")
    return count


def _batch_line(retriever: Retriever, line: str, lineno: int, k: int) -> dict:
    item_id: object = f"ligne-{lineno}"
    try:
        item = json.loads(line)
        if not isinstance(item, dict):
            raise ValueError("la ligne doit être un objet JSON {id, query}")
        item_id = item.get("id", item_id)
        query = item.get("query")
        if not isinstance(query, str) or not query.strip():
            raise ValueError("champ « query » absent ou vide")
        hits = retriever.search(query, k=k)
        return {"id": item_id, "results": [_batch_result(h) for h in hits]}
    except Exception as exc:  # noqa: BLE001 - one bad line must not stop the batch
        return {"id": item_id, "error": f"{type(exc).__name__}: {exc}"}


def _batch_result(hit: ScoredChunk) -> dict:
    c = hit.chunk
    return {"source_id": c.source_id, "locator": c.locator, "text": c.text, "score": round(hit.score, 6)}
