"""`python -m assistant.ingest`: a summary of the chunks, per source and kind."""

from __future__ import annotations

import time
from collections import Counter

from assistant.ingest import CHUNKER_VERSION, chunk_corpus, corpus_hash, load_documents


def main() -> None:
    started = time.perf_counter()
    chunks = chunk_corpus()
    elapsed = time.perf_counter() - started
    counts = Counter((c.source_id, c.kind) for c in chunks)
    print(
        f"Corpus {corpus_hash()[:12]} · chunker v{CHUNKER_VERSION} · {len(chunks)} chunks in {elapsed:.2f} s"
    )
    for doc in load_documents():
        sid = doc.source.id
        kinds = ", ".join(f"{kind} {n}" for (s, kind), n in sorted(counts.items()) if s == sid)
        words = [len(c.text.split()) for c in chunks if c.source_id == sid]
        print(f"  {sid} [{doc.source.jurisdiction}]: {len(words)} chunks ({kinds}); words max {max(words)}")


if __name__ == "__main__":
    main()
