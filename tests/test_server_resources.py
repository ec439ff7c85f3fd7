"""Dereferenceable URIs, content negotiation and resource documents, with plain HTTP and rdflib."""

from __future__ import annotations

import http.client
import json

import pytest
import rdflib

BASE = "https://w3id.org/milcoop/"
RC = BASE + "id/exercise/regional-cooperation-2022"
MCO = rdflib.Namespace(BASE + "ontology#")
SCHEMA = rdflib.Namespace("https://schema.org/")
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")


def get(live, path, headers=None, method="GET"):
    conn = http.client.HTTPConnection("127.0.0.1", live.port, timeout=30)
    conn.request(method, path, headers=headers or {})
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    return resp, body


@pytest.mark.parametrize("accept, target", [
    ("text/html", "/page/exercise/regional-cooperation-2022"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "/page/exercise/regional-cooperation-2022"),
    ("text/turtle", "/data/exercise/regional-cooperation-2022.ttl"),
    ("application/ld+json", "/data/exercise/regional-cooperation-2022.jsonld"),
    ("application/rdf+xml", "/data/exercise/regional-cooperation-2022.rdf"),
    ("application/n-triples", "/data/exercise/regional-cooperation-2022.nt"),
    ("text/turtle;q=0.9, text/html;q=0.5", "/data/exercise/regional-cooperation-2022.ttl"),
    ("text/turtle;q=0.4, text/html;q=0.5", "/page/exercise/regional-cooperation-2022"),
    ("application/rdf+xml;q=0.8, application/ld+json", "/data/exercise/regional-cooperation-2022.jsonld"),
])
def test_id_answers_303_by_accept_with_q_values(live, accept, target):
    resp, _ = get(live, "/id/exercise/regional-cooperation-2022", {"Accept": accept})
    assert resp.status == 303
    assert resp.getheader("Location").endswith(target)
    assert "Accept" in resp.getheader("Vary")
    links = resp.getheader("Link")
    assert 'rel="alternate"; type="text/turtle"' in links and f"<{RC}>; rel=\"canonical\"" in links


def test_unsupported_accept_gets_406(live):
    resp, _ = get(live, "/id/exercise/regional-cooperation-2022", {"Accept": "image/png"})
    assert resp.status == 406


@pytest.mark.parametrize("suffix, parser", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"), ("rdf", "xml")])
def test_data_by_suffix_parses_and_is_complete(live, suffix, parser):
    resp, body = get(live, f"/data/exercise/regional-cooperation-2022.{suffix}")
    assert resp.status == 200
    g = rdflib.Graph().parse(data=body, format=parser)
    rc = rdflib.URIRef(RC)
    assert (rc, rdflib.RDF.type, SCHEMA.Event) in g                               # its triples, public profile too
    assert (rc, MCO.startDate, rdflib.Literal("2022-08-10", datatype=rdflib.XSD.date)) in g
    tj = rdflib.URIRef(BASE + "id/state/tajikistan")
    assert (tj, rdflib.RDFS.label, rdflib.Literal("Tajikistan", lang="en")) in g  # labels of what it links to
    claims = set(g.objects(rc, MCO.claim))
    assert len(claims) >= 3                                                        # provenance of its claims
    quotes = {str(q) for q in g.objects(None, OA.exact)}
    assert any("six-day program" in q for q in quotes)
    assert (rdflib.URIRef(BASE + "id/exercise/regional-cooperation-2022-fakhrabad-field-exercise"), MCO.partOf, rc) in g  # incoming


def test_data_by_accept_and_format_parameter(live):
    resp, body = get(live, "/data/state/tajikistan", {"Accept": "application/ld+json"})
    assert resp.getheader("Content-Type").startswith("application/ld+json")
    assert json.loads(body)
    resp, body = get(live, "/data/state/tajikistan?format=nt")
    assert resp.getheader("Content-Type").startswith("application/n-triples")


def test_values_are_parts_of_claims_and_dereference_with_their_claim(live):
    _, body = get(live, "/data/exercise/cooperation-2019.ttl")
    g = rdflib.Graph().parse(data=body, format="turtle")
    (troops,) = g.objects(rdflib.URIRef(BASE + "id/exercise/cooperation-2019"), MCO.troops)
    assert int(g.value(troops, SCHEMA.value)) == 12000
    claim = str(troops).split("#")[0]
    resp, body = get(live, "/data/" + claim[len(BASE + "id/"):] + ".ttl")
    assert resp.status == 200 and "12 thousand soldiers" in body.decode()


@pytest.mark.parametrize("path", ["/id/state/atlantis", "/page/state/atlantis", "/data/state/atlantis.ttl",
                                  "/id/nokind/x", "/data/state/tajikistan.png"])
def test_unknown_iris_get_a_negotiated_404(live, path):
    resp, body = get(live, path, {"Accept": "text/html"})
    assert resp.status == 404 and resp.getheader("Content-Type").startswith("text/html") and b"404" in body
    resp, body = get(live, path, {"Accept": "application/json"})
    assert resp.status == 404 and json.loads(body)["status"] == 404
    resp, body = get(live, path, {"Accept": "text/turtle"})
    assert resp.status == 404 and resp.getheader("Content-Type").startswith("text/plain")


def test_iris_under_another_base_are_served_on_this_host(tmp_path_factory):
    from ld.build import build

    from .conftest import make_settings
    from .live import LiveServer

    base = "http://milcoop.example/kg/"
    settings = make_settings(tmp_path_factory.mktemp("otherbase"), base=base)
    build(settings)
    server = LiveServer(settings.build_dir, base=base, workers=1)
    try:
        resp, _ = get(server, "/id/state/tajikistan", {"Accept": "text/turtle"})
        assert resp.status == 303
        resp, body = get(server, resp.getheader("Location"))
        g = rdflib.Graph().parse(data=body, format="turtle")
        assert (rdflib.URIRef(base + "id/state/tajikistan"), rdflib.RDF.type,
                rdflib.URIRef(base + "ontology#State")) in g
        assert "w3id.org/milcoop" not in body.decode()
    finally:
        server.stop()
