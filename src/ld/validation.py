"""SHACL validation with pySHACL: not conforming is a result, not an exception.

>>> import rdflib
>>> shapes = rdflib.Graph().parse(data='''
...   @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
...   ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .''', format="turtle")
>>> data = rdflib.Graph().parse(data='<http://example.org/x> a <http://example.org/C> .', format="turtle")
>>> validate(data, shapes).conforms
False
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import NamedTuple

import pyshacl
import rdflib
from rdflib.namespace import RDF, SH

from .errors import CurationError, CurationErrors

log = logging.getLogger(__name__)


class Report(NamedTuple):
    conforms: bool
    graph: rdflib.Graph
    text: str
    violations: int


def load_shapes(shapes_dir: Path) -> rdflib.Graph:
    g = rdflib.Graph()
    for path in sorted(shapes_dir.glob("*.ttl")):
        try:
            g.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises several parser error types
            raise CurationErrors([CurationError(path, None, f"not valid Turtle: {exc}")]) from exc
    return g


def validate(data: rdflib.Graph, shapes: rdflib.Graph) -> Report:
    conforms, graph, text = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", abort_on_first=False, allow_warnings=True,
    )
    violations = sum(1 for r in graph.subjects(RDF.type, SH.ValidationResult)
                     if (r, SH.resultSeverity, SH.Violation) in graph)
    return Report(conforms, graph, text, violations)
