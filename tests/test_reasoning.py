"""HermiT: the committed ontology plus data is consistent (checked in every build, see
test_build); a deliberately inconsistent fixture is caught; literal types outside OWL 2 are kept away."""

import pytest
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, Store

from ld import reasoning
from ld.errors import InconsistentOntology
from ld.iris import DEFAULT_BASE
from ld.settings import PROJECT_ROOT

VOCAB = DEFAULT_BASE + "ontology#"
INCONSISTENT = b"""
@prefix mco: <https://w3id.org/milcoop/ontology#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
# A person and a state are made disjoint here; one individual is said to be both.
mco:Person owl:disjointWith mco:State .
<https://w3id.org/milcoop/id/state/chimera> a mco:State , mco:Person .
"""


def ontology_store() -> Store:
    st = Store()
    st.load(path=str(PROJECT_ROOT / "ontology" / "mco.ttl"), format=RdfFormat.TURTLE)
    return st


def test_the_ontology_alone_is_consistent():
    assert reasoning.check(list(ontology_store()), VOCAB) > 0


def test_an_inconsistent_fixture_is_caught():
    st = ontology_store()
    st.load(INCONSISTENT, format=RdfFormat.TURTLE)
    with pytest.raises(InconsistentOntology, match="inconsistent"):
        reasoning.check(list(st), VOCAB)


def test_literals_outside_the_owl2_datatype_map_are_not_given_to_hermit():
    x = NamedNode("http://x")
    kept = Literal("5", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    dropped = Literal("2022", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#gYear"))
    out = list(reasoning.reasoner_input([Quad(x, x, kept), Quad(x, x, dropped)]))
    assert [q.object for q in out] == [kept]
