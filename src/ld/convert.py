"""Hand RDF from pyoxigraph to the libraries that need rdflib graphs (pySHACL, owlready2)."""

from __future__ import annotations

from typing import Iterable

import rdflib
from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Triple, serialize

from .iris import DEFAULT_BASE


def to_ntriples(quads: Iterable[Quad]) -> bytes:
    """The union of the quads' triples as N-Triples (duplicates across graphs are harmless)."""
    return serialize((Triple(q.subject, q.predicate, q.object) for q in quads), format=RdfFormat.N_TRIPLES)


def to_rdflib(quads: Iterable[Quad]) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(data=to_ntriples(quads), format="nt")
    return g


def rebase_quad(q: Quad, iris) -> Quad:
    """The quad with every IRI (and every literal that is an IRI) under DEFAULT_BASE moved to iris.base."""
    def move(t):
        if isinstance(t, NamedNode):
            return NamedNode(iris.rebase(t.value))
        if isinstance(t, Literal) and t.value.startswith(DEFAULT_BASE):  # namespace URIs given as text
            if t.language:
                return Literal(iris.rebase(t.value), language=t.language)
            return Literal(iris.rebase(t.value), datatype=t.datatype)
        return t

    g = q.graph_name if isinstance(q.graph_name, DefaultGraph) else move(q.graph_name)
    return Quad(move(q.subject), move(q.predicate), move(q.object), g)
