"""Start the real server (`milcoop serve`, gunicorn) on a free loopback port, and make small
release folders for conformance stores. Used by the fixtures in conftest."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pyoxigraph


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    def __init__(self, build_dir: Path, base: str | None = None, workers: int = 2):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "MILCOOP_BUILD_DIR": str(build_dir), "MILCOOP_WORKERS": str(workers)}
        if base:
            env["MILCOOP_BASE"] = base
        self.log = open(build_dir / f"server-{self.port}.log", "w")
        self.proc = subprocess.Popen([sys.executable, "-m", "ld", "serve", "--port", str(self.port)],
                                     env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        self._wait()

    def _wait(self, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}; see {self.log.name}")
            try:
                urllib.request.urlopen(self.url + "/sparql?query=ASK%7B%7D", timeout=2).read()
                return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"server did not answer within {seconds} s; see {self.log.name}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
        self.log.close()


def conformance_release(build_dir: Path, graphs: dict[str, list[tuple[Path, str]]]) -> Path:
    """A release with a store holding each (file, base IRI) in the named graph given: enough for /sparql."""
    release = build_dir / "releases" / "conformance"
    (release / "dumps").mkdir(parents=True)
    (release / "dumps" / "SHA256SUMS").write_text("")
    store = pyoxigraph.Store(str(release / "store"))
    for graph, files in graphs.items():
        for path, base in files:
            fmt = pyoxigraph.RdfFormat.from_extension(path.suffix.lstrip("."))
            store.load(path=str(path), format=fmt, base_iri=base, to_graph=pyoxigraph.NamedNode(graph))
    store.flush()
    triples = len(store)
    del store
    (release / "manifest.json").write_text(json.dumps({"triples": triples}))
    (build_dir / "current").symlink_to(release.relative_to(build_dir))
    return release
