"""Shape fixtures: _base.ttl conforms; each P-<Shape>.ttl with it conforms; each F-<Shape>.ttl
with it fails, and fails on the shape its name gives (its first line says why)."""

from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import SH

from ld.settings import PROJECT_ROOT
from ld.validation import load_shapes, validate

FIXTURES = PROJECT_ROOT / "shapes" / "fixtures"
SHAPES = load_shapes(PROJECT_ROOT / "shapes")
MCS = rdflib.Namespace("https://w3id.org/milcoop/shapes#")


def graph_with(fixture: Path | None) -> rdflib.Graph:
    g = rdflib.Graph().parse(FIXTURES / "_base.ttl")
    if fixture:
        g.parse(fixture)
    return g


def failing_shapes(report_graph: rdflib.Graph) -> set[str]:
    """Named shapes whose constraints failed, following property shapes up to their node shape."""
    out = set()
    for result in report_graph.subjects(SH.resultSeverity, SH.Violation):
        shape = report_graph.value(result, SH.sourceShape)
        parents = set(SHAPES.subjects(SH.property, shape)) | {shape}
        out |= {str(s).split("#")[-1] for s in parents if isinstance(s, rdflib.URIRef)}
    return out


def test_base_conforms():
    report = validate(graph_with(None), SHAPES)
    assert report.conforms, report.text


def test_every_named_shape_has_both_fixtures():
    for shape in SHAPES.subjects(rdflib.RDF.type, SH.NodeShape):
        name = str(shape).split("#")[-1]
        if isinstance(shape, rdflib.URIRef) and name != "DatePrecision":
            assert (FIXTURES / f"P-{name}.ttl").is_file() and (FIXTURES / f"F-{name}.ttl").is_file(), name


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("P-*.ttl")), ids=lambda p: p.stem)
def test_pass_fixtures_conform(fixture):
    report = validate(graph_with(fixture), SHAPES)
    assert report.conforms, report.text


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("F-*.ttl")), ids=lambda p: p.stem)
def test_fail_fixtures_fail_on_their_shape(fixture):
    assert fixture.read_text().startswith("# fails "), "an F fixture says why it fails on its first line"
    report = validate(graph_with(fixture), SHAPES)
    assert not report.conforms
    assert fixture.stem[2:] in failing_shapes(report.graph), report.text
