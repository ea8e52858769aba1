"""A real app server (`python app.py`) on a free loopback port, shared by the server/browser tests.

Its data dir is fresh (tmp): the app builds its index there at start-up (a few seconds on an idle
machine, minutes on a busy one) and the feedback database starts empty.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.settings import PROJECT_ROOT

START_TIMEOUT_S = 600


@dataclass
class AppServer:
    url: str
    data_dir: Path
    log: Path

    @property
    def feedback_db(self) -> Path:
        return self.data_dir / "feedback.sqlite3"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_ready(url: str, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"app.py exited ({proc.returncode}):\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"app.py not ready after {START_TIMEOUT_S}s:\n{log.read_text(errors='replace')[-3000:]}")


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
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, str(PROJECT_ROOT / "app.py")],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_ready(url, proc, log)
        yield AppServer(url=url, data_dir=data_dir, log=log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


@pytest.fixture(scope="session")
def output_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go (a tmp folder; the browser test also copies one to test-output/)."""
    return tmp_path_factory.mktemp("webapp-output")
