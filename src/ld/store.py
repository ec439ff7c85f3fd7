"""The built store: pyoxigraph on disk, bulk-loaded by the build, opened read-only to serve.

``KnowledgeStore`` is the small interface the server and CLI use (query,
describe, exists), so a remote SPARQL store can be a second implementation.
The build writes the RDF merge of the named graphs into the default graph, so a query sees each
triple once, and a query's FROM or a request's default-graph-uri choose graphs as the standard says.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pyoxigraph
from pyoxigraph import NamedNode, Quad, RdfFormat, Triple, serialize

from . import queries
from .errors import NotBuilt, QueryError
from .iris import Iris


def write(quads: Iterable[Quad], path: Path) -> None:
    """Create a new on-disk store at path from quads (bulk load)."""
    path.mkdir(parents=True, exist_ok=True)
    store = pyoxigraph.Store(str(path))
    store.bulk_load(serialize(quads, format=RdfFormat.N_QUADS), format=RdfFormat.N_QUADS)
    store.flush()
    store.optimize()
    del store


class KnowledgeStore:
    """query, describe, exists: all a view needs. A remote SPARQL 1.1 store can implement the same three."""

    def __init__(self, path: Path, iris: Iris | None = None):
        if not path.is_dir():
            raise NotBuilt(path.parent)
        self.path = path
        self.iris = iris or Iris()
        self._store = pyoxigraph.Store.read_only(str(path))

    def query(self, sparql: str, default_graph: list[str] | None = None, named_graphs: list[str] | None = None,
              base_iri: str | None = None):
        """Run a query; the engine's syntax errors become QueryError (HTTP 400).
        base_iri resolves relative IRIs in the query (the endpoint's IRI, for protocol requests)."""
        kwargs = {"base_iri": base_iri} if base_iri else {}
        if default_graph:
            kwargs["default_graph"] = [NamedNode(g) for g in default_graph]
        if named_graphs:
            kwargs["named_graphs"] = [NamedNode(g) for g in named_graphs]
        try:
            return self._store.query(sparql, **kwargs)
        except SyntaxError as exc:
            raise QueryError(str(exc)) from exc
        except (OSError, ValueError) as exc:
            raise QueryError(str(exc)) from exc

    def describe(self, iri: str) -> list[Triple]:
        """The resource's document: see queries/describe.rq."""
        return list(self.query(queries.load("describe", self.iris, iri=iri)))

    def exists(self, iri: str) -> bool:
        return bool(self.query(queries.load("exists", iri=iri)))

    def __len__(self) -> int:
        return len(self._store)
