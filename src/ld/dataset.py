"""Assemble the dataset: ontology, vocabulary, curated facts, then inference, in a pyoxigraph store.

Everything is under DEFAULT_BASE here; the build rebases when it writes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pyoxigraph import NamedNode, RdfFormat, Store

from . import curation, queries
from .errors import CurationError, CurationErrors
from .iris import DEFAULT_BASE, Iris
from .rdfize import to_quads

log = logging.getLogger(__name__)
IRIS = Iris(DEFAULT_BASE)

def load_turtle(store: Store, path: Path, graph: str) -> None:
    try:
        store.load(path=str(path), format=RdfFormat.TURTLE, to_graph=NamedNode(graph))
    except SyntaxError as exc:
        raise CurationErrors([CurationError(path, None, f"not valid Turtle: {exc}")]) from exc


def concept_schemes(store: Store) -> dict[str, str]:
    """concept slug -> scheme slug, from the vocabulary graph."""
    out = {}
    for row in store.query(queries.load("concept-schemes")):
        c, s = IRIS.parse(row["c"].value), IRIS.parse(row["s"].value)
        if c and s:
            out[c[1]] = s[1]
    return out


def assemble(ontology_dir: Path, data_dir: Path) -> tuple[Store, curation.Curation]:
    """Read everything and run inference; returns the in-memory store and the checked curation."""
    store = Store()
    load_turtle(store, ontology_dir / "mco.ttl", IRIS.graph("ontology"))
    load_turtle(store, ontology_dir / "concepts.ttl", IRIS.graph("vocabulary"))
    cur = curation.read(data_dir, concept_schemes(store))
    store.extend(to_quads(cur))
    asserted = len(store)
    for rule in queries.INFERENCE:
        before = len(store)
        store.update(queries.load(rule))
        log.info("  inference %-26s +%d triples", rule, len(store) - before)
    log.info("  %d quads asserted, %d after inference", asserted, len(store))
    return store, cur
