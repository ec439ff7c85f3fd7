"""Home, class index, source pages, resource pages, dumps, the dataset description and the ontology."""

from __future__ import annotations

import hashlib
import json
import re

import pytest
import rdflib

from .test_server_resources import BASE, get


def html(live, path):
    resp, body = get(live, path, {"Accept": "text/html"})
    assert resp.status == 200, path
    return body.decode()


def test_home_has_counts_sources_examples_and_queries(live, built):
    page = html(live, "/")
    manifest = json.loads((built.build_dir / "current" / "manifest.json").read_text())
    assert str(manifest["triples"]) in page and str(manifest["claims"]) in page
    assert 'href="/page/exercise/regional-cooperation-2022"' in page
    assert page.count('href="/page/source/') == 5
    assert 'href="/class/JointExercise"' in page
    assert page.count('href="/sparql?query=') >= 5


def test_resource_page_shows_values_by_label_with_their_sources_and_quotes(live):
    page = html(live, "/page/exercise/regional-cooperation-2022")
    assert "<h1>Regional Cooperation-2022</h1>" in page
    assert ">Kazakhstan</a>" in page and 'href="/page/state/kazakhstan"' in page
    assert "10 August 2022" in page and "20 August 2022" in page and "6 days" in page   # dates at their precision
    assert re.search(r"10 August 2022</?\w*.*?\[1\]", page, re.S)                       # a value with its source
    assert "Military Exercise of the US in Tajikistan" in page and "six-day program" in page  # sources and quotes
    assert "What links here" in page and "Fakhrabad" in page
    for suffix in ("ttl", "nt", "jsonld", "rdf"):
        assert f'href="/data/exercise/regional-cooperation-2022.{suffix}"' in page
    assert "<script" not in page


def test_troops_per_party_and_wikidata_links(live):
    page = html(live, "/page/exercise/us-tajikistan-exercise-2017")
    assert "Tajikistan: about 100 troops" in page and "United States: about 150 troops" in page
    page = html(live, "/page/state/tajikistan")
    assert 'href="http://www.wikidata.org/entity/Q863"' in page


def test_links_here_is_paged(live):
    first = html(live, "/page/state/tajikistan")
    assert 'href="?links=2"' in first
    second = html(live, "/page/state/tajikistan?links=2")
    assert 'href="?links=1"' in second


def test_source_page_lists_what_it_supports(live):
    page = html(live, "/page/source/freund-2022-uzbekistan-tajikistan-exercises")
    assert "What this source supports" in page and 'href="/page/exercise/commonwealth-2022"' in page
    assert "76fdbe54f6b9cf964280f881a168b82b820ec45a73e391142d101e4e064f2d9f" in page


def test_class_index(live):
    page = html(live, "/class/JointExercise")
    assert 'href="/page/exercise/cooperation-2019"' in page and 'href="/page/exercise/west-2021"' in page
    assert "(0)" in html(live, "/class/MilitaryBase")  # a class of the ontology with no instances yet
    resp, _ = get(live, "/class/NoSuchClass", {"Accept": "text/html"})
    assert resp.status == 404


def test_dumps_listing_matches_the_files(live):
    page = html(live, "/dumps/")
    resp, body = get(live, "/dumps/", {"Accept": "application/json"})
    rows = json.loads(body)["dumps"]
    assert {r["name"] for r in rows} >= {"milcoop.nq.gz", "milcoop.trig", "milcoop.ttl", "milcoop.jsonld", "void.ttl"}
    for r in rows:
        assert r["name"] in page and f"{r['size']:,}" in page
        resp, data = get(live, f"/dumps/{r['name']}")
        assert resp.status == 200 and len(data) == r["size"]
        if r["sha256"]:
            assert hashlib.sha256(data).hexdigest() == r["sha256"]


def test_void_links_dumps_and_endpoint(live):
    for path in ("/.well-known/void", "/dataset"):
        resp, body = get(live, path, {"Accept": "text/turtle"})
        g = rdflib.Graph().parse(data=body, format="turtle")
        VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
        ds = rdflib.URIRef(BASE + "dataset")
        assert (ds, VOID.sparqlEndpoint, rdflib.URIRef(BASE + "sparql")) in g
        assert len(set(g.objects(ds, VOID.dataDump))) == 4
        assert int(g.value(ds, VOID.triples)) > 5000
        assert (ds, rdflib.URIRef("http://purl.org/dc/terms/license"), rdflib.URIRef("https://creativecommons.org/licenses/by/4.0/")) in g


@pytest.mark.parametrize("accept, parser", [("text/turtle", "turtle"), ("application/rdf+xml", "xml"),
                                            ("application/ld+json", "json-ld"), ("application/n-triples", "nt")])
def test_ontology_by_accept(live, accept, parser):
    resp, body = get(live, "/ontology", {"Accept": accept})
    assert resp.status == 200 and resp.getheader("Content-Type").startswith(accept)
    g = rdflib.Graph().parse(data=body, format=parser)
    onto = rdflib.URIRef(BASE + "ontology")
    assert (onto, rdflib.RDF.type, rdflib.OWL.Ontology) in g
    assert (onto, rdflib.OWL.versionIRI, rdflib.URIRef(BASE + "ontology/0.1.0")) in g


def test_ontology_page_documents_every_term(live):
    page = html(live, "/ontology")
    _, body = get(live, "/ontology.ttl")
    g = rdflib.Graph().parse(data=body, format="turtle")
    terms = {str(s).split("#")[1] for s in g.subjects() if str(s).startswith(BASE + "ontology#")}
    assert len(terms) > 80
    for name in terms:
        assert f'id="{name}"' in page, name
    assert "Concept schemes" in page and "cooperate militarily" in page


def test_version_iri_serves_that_version_only(live):
    resp, body = get(live, "/ontology/0.1.0", {"Accept": "text/turtle"})
    assert resp.status == 200 and b"owl:Ontology" in body or b"Ontology" in body
    resp, _ = get(live, "/ontology/9.9.9", {"Accept": "text/turtle"})
    assert resp.status == 404


def test_a_new_build_is_served_without_a_restart(tmp_path, data_copy):
    from ld.build import build

    from .conftest import make_settings
    from .live import LiveServer

    settings = make_settings(tmp_path / "b", data_dir=str(data_copy), reasoner="none")
    build(settings)
    server = LiveServer(settings.build_dir, workers=1)
    try:
        assert "Commonwealth-2022" in html(server, "/page/exercise/commonwealth-2022")
        path = data_copy / "sources" / "freund-2022-uzbekistan-tajikistan-exercises.yaml"
        path.write_text(path.read_text().replace("label: Commonwealth-2022", "label: Hamdo'stlik-2022"))
        build(settings)
        assert "Hamdo&#39;stlik-2022" in html(server, "/page/exercise/commonwealth-2022")
    finally:
        server.stop()
