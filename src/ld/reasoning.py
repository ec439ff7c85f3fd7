"""OWL reasoning with HermiT (through owlready2): the ontology plus the data must be consistent,
and no class of ours unsatisfiable.

HermiT accepts only the OWL 2 datatype map, which has no xsd:date, xsd:gYear,
xsd:gYearMonth or xsd:duration; literals of those types are left out of what
it sees (they carry no axioms of ours). Annotation-only vocabularies are kept.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import Iterable

import owlready2
from pyoxigraph import Literal, Quad

from .convert import to_ntriples
from .errors import InconsistentOntology

log = logging.getLogger(__name__)

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
OUTSIDE_OWL2 = {XSD + t for t in ("date", "gYear", "gYearMonth", "duration", "gMonth", "gDay", "time")}


def reasoner_input(quads: Iterable[Quad]) -> Iterable[Quad]:
    for q in quads:
        if isinstance(q.object, Literal) and q.object.datatype.value in OUTSIDE_OWL2:
            continue
        yield q


def check(quads: Iterable[Quad], vocab: str) -> int:
    """Run HermiT; raise InconsistentOntology, or return how many typed individuals it saw."""
    seen = list(reasoner_input(quads))
    individuals = len({q.subject for q in seen if q.predicate.value == RDF_TYPE})
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kb.nt"
        path.write_bytes(to_ntriples(seen))
        world = owlready2.World()
        onto = world.get_ontology(path.as_uri()).load(format="ntriples")
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            raise InconsistentOntology("HermiT: the ontology and data are inconsistent") from exc
        except owlready2.OwlReadyJavaError as exc:
            message = str(exc).strip().splitlines()
            raise InconsistentOntology("HermiT failed: " + " ".join(message[:3])) from exc
        unsat = sorted(c.iri for c in world.inconsistent_classes() if c.iri.startswith(vocab))
        if unsat:
            raise InconsistentOntology(f"HermiT: unsatisfiable classes: {', '.join(unsat)}")
        return individuals
