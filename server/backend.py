"""Access to the build a view needs: the store (opened read-only once per worker), the dumps
folder and the manifest. Views never read data/ or run the build."""

from __future__ import annotations

import json
import threading
from datetime import datetime, timezone
from pathlib import Path

from flask import Flask, current_app
from pyoxigraph import QuerySolutions

from ld import queries
from ld.store import KnowledgeStore

_lock = threading.Lock()


class Backend:
    def __init__(self, build: Path, iris):
        self.build = build.resolve()  # one release; get_backend moves to a new one when current does
        self.iris = iris
        self.store = KnowledgeStore(self.build / "store", iris)
        self.manifest = json.loads((self.build / "manifest.json").read_text())
        self.dumps = self.build / "dumps"
        self.built_at = datetime.fromtimestamp((self.build / "manifest.json").stat().st_mtime, tz=timezone.utc)
        self._memo: dict = {}

    def memo(self, name: str, compute):
        """A value computed once for this release (a release never changes)."""
        if name not in self._memo:
            self._memo[name] = compute()
        return self._memo[name]

    def select(self, name: str, limit: int | None = None, offset: int = 0, **slots) -> list[dict]:
        """Rows of a named SELECT query, as dicts of pyoxigraph terms (None where unbound)."""
        text = queries.load(name, self.iris, **slots)
        if limit is not None:
            text += f"\nLIMIT {int(limit)} OFFSET {int(offset)}"
        result = self.store.query(text)
        assert isinstance(result, QuerySolutions)
        names = [v.value for v in result.variables]
        return [{n: row[n] for n in names} for row in result]



def init_app(app: Flask) -> None:
    app.extensions["milcoop_backend"] = None


def get_backend() -> Backend:
    """The backend for the release build_dir/current points at. A new build is picked up on the next
    request (the symlink is swapped atomically by the build); views already running keep theirs."""
    app = current_app
    current = (app.config["SETTINGS"].build_dir / "current").resolve()
    be = app.extensions["milcoop_backend"]
    if be is None or be.build != current:
        with _lock:
            be = app.extensions["milcoop_backend"]
            if be is None or be.build != current:
                be = Backend(current, app.extensions["milcoop_urls"].iris)
                app.config["BUILD_TIME"] = be.built_at
                app.extensions["milcoop_backend"] = be
    return be
