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
        self.build = build.resolve()  # the release this worker serves, even if current moves on
        self.iris = iris
        self.store = KnowledgeStore(self.build / "store", iris)
        self.manifest = json.loads((self.build / "manifest.json").read_text())
        self.dumps = self.build / "dumps"
        self.built_at = datetime.fromtimestamp((self.build / "manifest.json").stat().st_mtime, tz=timezone.utc)

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
    app = current_app
    if app.extensions["milcoop_backend"] is None:
        with _lock:
            if app.extensions["milcoop_backend"] is None:
                settings = app.config["SETTINGS"]
                be = Backend(settings.build_dir / "current", app.extensions["milcoop_urls"].iris)
                app.config["BUILD_TIME"] = be.built_at
                app.extensions["milcoop_backend"] = be
    return app.extensions["milcoop_backend"]
