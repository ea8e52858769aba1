"""The index cache on disk: stored chunks (JSON) and a manifest naming what the index was built from.

The manifest is keyed by corpus hash + chunker version + embedder id + index format version, and it
is written last, by atomic rename: an index without a valid manifest is an unfinished or damaged one.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from assistant.models import Chunk

INDEX_FORMAT = 4  # bump when the indexed text or the stored layout changes
MANIFEST = "manifest.json"
CHUNKS = "chunks.json"


def index_key(corpus_hash: str, chunker_version: str, embedder_id: str) -> str:
    raw = f"{INDEX_FORMAT}|{corpus_hash}|{chunker_version}|{embedder_id}"
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def write_chunks(index_dir: Path, chunks: list[Chunk], titles: dict[str, str]) -> str:
    """Store the chunks and source titles; returns the sha256 of the file (checked on load)."""
    payload = {"titles": titles, "chunks": [c.model_dump(mode="json") for c in chunks]}
    text = json.dumps(payload, ensure_ascii=False)
    _atomic_write(index_dir / CHUNKS, text)
    return hashlib.sha256(text.encode()).hexdigest()


def read_chunks(index_dir: Path, expected_sha: str) -> tuple[list[Chunk], dict[str, str]]:
    raw = (index_dir / CHUNKS).read_bytes()
    if hashlib.sha256(raw).hexdigest() != expected_sha:
        raise ValueError("chunks.json does not match the manifest")
    payload = json.loads(raw)
    return [Chunk.model_validate(c) for c in payload["chunks"]], dict(payload["titles"])


def write_manifest(index_dir: Path, manifest: dict) -> None:
    _atomic_write(index_dir / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))


def read_manifest(index_dir: Path) -> dict:
    data = json.loads((index_dir / MANIFEST).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("format") != INDEX_FORMAT:
        raise ValueError("unknown manifest format")
    return data


def remove_manifest(index_dir: Path) -> None:
    (index_dir / MANIFEST).unlink(missing_ok=True)
