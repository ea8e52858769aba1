"""Read `corpus/sources.yaml`: what each text is (title, kind, date, jurisdiction, url)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from assistant.models import Source


@lru_cache(maxsize=4)
def _load(corpus_dir: str, mtime_ns: int) -> tuple[Source, ...]:
    path = Path(corpus_dir) / "sources.yaml"
    if not path.is_file():
        raise FileNotFoundError(f"Fichier introuvable : {path} (le dossier du corpus est-il correct ?)")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return tuple(Source.model_validate(item) for item in data["sources"])


def load_sources(corpus_dir: Path | None = None) -> list[Source]:
    """All sources of the corpus, in the order of sources.yaml."""
    if corpus_dir is None:
        from assistant.settings import get_settings

        corpus_dir = get_settings().corpus_dir
    folder = Path(corpus_dir).resolve()
    path = folder / "sources.yaml"
    return list(_load(str(folder), path.stat().st_mtime_ns if path.is_file() else 0))


def source_by_id(source_id: str, corpus_dir: Path | None = None) -> Source:
    for source in load_sources(corpus_dir):
        if source.id == source_id:
            return source
    raise KeyError(f"unknown source id: {source_id}")
