"""Build or load the index (stored chunks + Chroma vectors + BM25), with a cache keyed on its inputs.

`load_or_build(settings)` loads an index whose manifest matches the corpus hash, the chunker version
and the embedder; anything else (changed corpus, other embedder, missing or damaged files) triggers
a rebuild with a progress bar on stderr. Query time never reads the corpus files: the chunks and the
source titles are stored in the data dir.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from langchain_core.embeddings import Embeddings
from tqdm import tqdm

from assistant.index import manifest as mf
from assistant.index.embeddings import make_embedder
from assistant.index.lexical import LexicalIndex
from assistant.index.passages import indexed_text
from assistant.index.store import VectorStore, chroma_dir, wipe_local
from assistant.models import Chunk
from assistant.settings import Settings, get_settings


class IndexUnavailableError(RuntimeError):
    """The index can be neither loaded nor built (message in French, for the user)."""


@dataclass
class Index:
    chunks: list[Chunk]
    titles: dict[str, str]
    lexical: LexicalIndex
    store: VectorStore
    embedder: Embeddings
    manifest: dict
    built: bool = False
    seconds: float = 0.0
    location: str = ""
    positions: dict[str, int] = field(default_factory=dict)

    def close(self) -> None:
        self.store.close()


def _index_dir(settings: Settings) -> Path:
    return Path(settings.data_dir) / "index"


def _location(settings: Settings) -> str:
    return settings.chroma_url or str(chroma_dir(settings).resolve())


def _assemble(settings: Settings, chunks, titles, store, embedder, manifest, built, start) -> Index:
    lexical = LexicalIndex([indexed_text(c, titles.get(c.source_id, "")) for c in chunks])
    return Index(
        chunks=chunks,
        titles=titles,
        lexical=lexical,
        store=store,
        embedder=embedder,
        manifest=manifest,
        built=built,
        seconds=time.perf_counter() - start,
        location=_location(settings),
        positions={c.id: i for i, c in enumerate(chunks)},
    )


def _load(settings: Settings, key: str, embedder: Embeddings, start: float) -> Index:
    index_dir = _index_dir(settings)
    manifest = mf.read_manifest(index_dir)
    if manifest.get("key") != key:
        raise ValueError("the index was built from another corpus, chunker or embedder")
    chunks, titles = mf.read_chunks(index_dir, manifest["chunks_sha256"])
    store = VectorStore(settings, manifest["collection"], embedder, create=False)
    if store.count() != manifest["vectors"]:
        store.close()
        raise ValueError("the vector store does not hold every chunk")
    return _assemble(settings, chunks, titles, store, embedder, manifest, False, start)


def _check_writable(settings: Settings) -> None:
    data_dir = Path(settings.data_dir)
    try:
        _index_dir(settings).mkdir(parents=True, exist_ok=True)
        probe = _index_dir(settings) / ".write-test"
        probe.write_text("ok", encoding="utf-8")
        probe.unlink()
    except OSError as exc:
        raise IndexUnavailableError(
            f"Impossible d'écrire l'index dans « {data_dir.resolve()} » ({exc.strerror or exc}). "
            "Choisissez un dossier accessible en écriture avec la variable d'environnement "
            "ASSISTANT_DATA_DIR (par exemple ASSISTANT_DATA_DIR=/tmp/assistant-ipt), puis relancez "
            "« assistant index »."
        ) from exc


def _build(settings: Settings, key: str, ingest_info: dict, embedder: Embeddings, progress: bool) -> Index:
    from assistant.ingest import chunk_corpus, load_sources

    start = time.perf_counter()
    _check_writable(settings)
    index_dir = _index_dir(settings)
    mf.remove_manifest(index_dir)  # from here on, an interrupted build is seen as damaged
    chunks = chunk_corpus(settings.corpus_dir)
    titles = {s.id: s.title for s in load_sources(settings.corpus_dir)}
    chunks_sha = mf.write_chunks(index_dir, chunks, titles)
    if not settings.chroma_url:
        wipe_local(settings)
    collection = f"ipt-{key}"
    store = VectorStore(settings, collection, embedder, create=True)
    texts = [indexed_text(c, titles.get(c.source_id, "")) for c in chunks]
    metadatas = [
        {
            "idx": i,
            "source_id": c.source_id,
            "locator": c.locator,
            "jurisdiction": c.jurisdiction,
            "kind": c.kind,
        }
        for i, c in enumerate(chunks)
    ]
    ids = [f"{i:05d}-{c.id}" for i, c in enumerate(chunks)]
    with tqdm(
        total=len(texts), desc="Indexation", unit="passage", file=sys.stderr, disable=not progress
    ) as bar:
        store.add(texts, metadatas, ids, bar.update)
    manifest = {
        "format": mf.INDEX_FORMAT,
        "key": key,
        **ingest_info,
        "embedder_id": getattr(embedder, "embedder_id", type(embedder).__name__),
        "collection": collection,
        "chunks": len(chunks),
        "vectors": len(texts),
        "chunks_sha256": chunks_sha,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "build_seconds": round(time.perf_counter() - start, 2),
    }
    mf.write_manifest(index_dir, manifest)
    return _assemble(settings, chunks, titles, store, embedder, manifest, True, start)


def load_or_build(settings: Settings | None = None, *, rebuild: bool = False, progress: bool = True) -> Index:
    """Load the cached index if it matches the corpus and the embedder; otherwise (re)build it."""
    from assistant.ingest import CHUNKER_VERSION, corpus_hash

    settings = settings or get_settings()
    start = time.perf_counter()
    embedder = make_embedder(settings)
    ingest_info = {"corpus_hash": corpus_hash(settings.corpus_dir), "chunker_version": str(CHUNKER_VERSION)}
    key = mf.index_key(ingest_info["corpus_hash"], ingest_info["chunker_version"], embedder.embedder_id)
    if not rebuild:
        try:
            return _load(settings, key, embedder, start)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # noqa: BLE001 - any damage means: rebuild (Rust panics included)
            if progress:
                print(f"Index absent ou périmé ({type(exc).__name__}) : reconstruction…", file=sys.stderr)
    return _build(settings, key, ingest_info, embedder, progress)
