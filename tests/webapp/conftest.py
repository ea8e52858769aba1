"""A real app server (`python app.py`) on a free loopback port, shared by the server/browser tests.

Its data dir is fresh (tmp): the app builds its index there at start-up (a few seconds on an idle
machine, minutes on a busy one) and the feedback database starts empty.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from servers import free_port, launched_app

START_TIMEOUT_S = 600


@dataclass
class AppServer:
    url: str
    data_dir: Path
    log: Path

    @property
    def feedback_db(self) -> Path:
        return self.data_dir / "feedback.sqlite3"


@pytest.fixture(scope="session")
def app_server(tmp_path_factory: pytest.TempPathFactory):
    data_dir = tmp_path_factory.mktemp("app-data")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env |= {
        "ASSISTANT_DATA_DIR": str(data_dir),
        "ASSISTANT_HOST": "127.0.0.1",
        "ASSISTANT_PORT": str(port),
        "ASSISTANT_RATE_LIMIT_PER_MINUTE": "30",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "NO_PROXY": "127.0.0.1,localhost",
    }
    log = data_dir / "app.log"
    with launched_app(env, port, log, START_TIMEOUT_S) as url:
        yield AppServer(url=url, data_dir=data_dir, log=log)


@pytest.fixture(scope="session")
def output_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go (a tmp folder; the browser test also copies one to test-output/)."""
    return tmp_path_factory.mktemp("webapp-output")
