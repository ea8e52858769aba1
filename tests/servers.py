"""Helpers for tests that start a real server process on 127.0.0.1 (the web app, a Chroma server)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from assistant.settings import PROJECT_ROOT


def free_port() -> int:
    """A TCP port free on the loopback interface right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url: str, proc: subprocess.Popen, log: Path, timeout_s: float) -> None:
    """Wait until `url` answers 200; fail the test with the log's tail if the process dies or times out."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"app.py exited ({proc.returncode}):\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"app.py not ready after {timeout_s}s:\n{log.read_text(errors='replace')[-3000:]}")


@contextmanager
def launched_app(env: dict[str, str], port: int, log: Path, timeout_s: float) -> Iterator[str]:
    """`python app.py` started with `env` (which sets ASSISTANT_PORT=port), its output in `log`;
    yields its URL once it answers, and stops it (terminate, then kill) on exit."""
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
        wait_ready(url, proc, log, timeout_s)
        yield url
    finally:
        stop(proc)


def stop(proc: subprocess.Popen, timeout_s: float = 15) -> None:
    """Terminate a server started by a test, killing it if it does not exit in time."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)
