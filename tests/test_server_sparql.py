"""The SPARQL endpoint, with SPARQLWrapper and plain HTTP against the live server."""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request
from xml.dom.minidom import Document

import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from server.examples import EXAMPLES

RC = "https://w3id.org/milcoop/id/exercise/regional-cooperation-2022"
PARTICIPANTS = f"""PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?s WHERE {{ <{RC}> schema:participant ?s . ?s a schema:Country }}"""
STATES = {f"https://w3id.org/milcoop/id/state/{s}" for s in
          ("kazakhstan", "kyrgyzstan", "mongolia", "pakistan", "tajikistan", "united-states", "uzbekistan")}


def wrapper(live, method="GET"):
    sw = SPARQLWrapper(live.url + "/sparql")
    sw.setMethod(method)
    return sw


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_select_as_json(live, method):
    sw = wrapper(live, method)
    sw.setQuery(PARTICIPANTS)
    sw.setReturnFormat(JSON)
    rows = sw.query().convert()["results"]["bindings"]
    assert {r["s"]["value"] for r in rows} == STATES


def test_select_as_xml_csv_tsv(live):
    sw = wrapper(live)
    sw.setQuery(PARTICIPANTS)
    sw.setReturnFormat(XML)
    doc = sw.query().convert()
    assert isinstance(doc, Document)
    assert {u.firstChild.data for u in doc.getElementsByTagName("uri")} == STATES
    sw.setReturnFormat(CSV)
    rows = list(csv.DictReader(io.StringIO(sw.query().convert().decode())))
    assert {r["s"] for r in rows} == STATES
    sw.setReturnFormat(TSV)
    lines = sw.query().convert().decode().splitlines()
    assert lines[0] == "?s" and {line.strip("<>") for line in lines[1:]} == STATES


def test_ask(live):
    sw = wrapper(live)
    sw.setQuery(f"ASK {{ <{RC}> a <https://schema.org/Event> }}")
    sw.setReturnFormat(JSON)
    assert sw.query().convert()["boolean"] is True


@pytest.mark.parametrize("form", ["CONSTRUCT", "DESCRIBE"])
@pytest.mark.parametrize("fmt", ["turtle", "xml", "json-ld", "n3"])
def test_graph_queries_parse_in_every_format(live, form, fmt):
    query = (f"CONSTRUCT {{ <{RC}> ?p ?o }} WHERE {{ <{RC}> ?p ?o }}" if form == "CONSTRUCT" else f"DESCRIBE <{RC}>")
    sw = wrapper(live)
    sw.setQuery(query)
    sw.setReturnFormat({"turtle": "turtle", "xml": XML, "json-ld": "json-ld", "n3": "n3"}[fmt])
    g = sw.query().convert()
    if not isinstance(g, rdflib.Graph):  # SPARQLWrapper hands some formats back unparsed
        g = rdflib.Graph().parse(data=g, format={"json-ld": "json-ld", "n3": "turtle"}.get(fmt, fmt))
    assert (rdflib.URIRef(RC), rdflib.RDF.type, rdflib.URIRef("https://schema.org/Event")) in g


@pytest.mark.parametrize("media, parser", [("application/n-triples", "nt"), ("application/trig", "trig"),
                                           ("application/n-quads", "nquads")])
def test_construct_as_ntriples_trig_nquads(live, media, parser):
    q = urllib.parse.quote(f"CONSTRUCT {{ <{RC}> ?p ?o }} WHERE {{ <{RC}> ?p ?o }}")
    with urllib.request.urlopen(urllib.request.Request(f"{live.url}/sparql?query={q}", headers={"Accept": media})) as r:
        assert r.headers["Content-Type"].startswith(media)
        body = r.read()
    g = rdflib.Dataset() if parser in ("trig", "nquads") else rdflib.Graph()
    g.parse(data=body, format=parser)
    assert len(g) > 20


def test_post_direct(live):
    req = urllib.request.Request(live.url + "/sparql", data=PARTICIPANTS.encode(), method="POST",
                                 headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req) as r:
        rows = json.load(r)["results"]["bindings"]
    assert {r["s"]["value"] for r in rows} == STATES


def test_syntax_error_is_400_with_the_engine_message(live):
    sw = wrapper(live)
    sw.setQuery("SELECT ?s WHERE { ?s ?p }")
    with pytest.raises(QueryBadFormed) as info:
        sw.query()
    assert "error at 1:" in str(info.value) or "expected" in str(info.value)


def test_updates_are_refused(live):
    for body, ctype in (("update=INSERT DATA { <a:a> <a:b> <a:c> }", "application/x-www-form-urlencoded"),
                        ("INSERT DATA { <a:a> <a:b> <a:c> }", "application/sparql-update")):
        req = urllib.request.Request(live.url + "/sparql", data=body.encode(), method="POST", headers={"Content-Type": ctype})
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(req)
        assert info.value.code == 403 and b"read-only" in info.value.read()


def test_default_graph_is_the_union_and_protocol_graphs_are_honoured(live):
    def count(params):
        url = f"{live.url}/sparql?" + urllib.parse.urlencode(params)
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})) as r:
            return int(json.load(r)["results"]["bindings"][0]["n"]["value"])

    q = "SELECT (COUNT(*) AS ?n) WHERE { ?c a <https://w3id.org/milcoop/ontology#Claim> }"
    assert count([("query", q)]) >= 100
    assert count([("query", q), ("default-graph-uri", "https://w3id.org/milcoop/graph/provenance")]) >= 100
    assert count([("query", q), ("default-graph-uri", "https://w3id.org/milcoop/graph/entities")]) == 0
    named = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert count([("query", named), ("named-graph-uri", "https://w3id.org/milcoop/graph/entities")]) == 1


def test_service_description(live):
    with urllib.request.urlopen(urllib.request.Request(live.url + "/sparql", headers={"Accept": "text/turtle"})) as r:
        g = rdflib.Graph().parse(data=r.read(), format="turtle")
    SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    svc = next(g.subjects(rdflib.RDF.type, SD.Service))
    assert (svc, SD.supportedLanguage, SD.SPARQL11Query) in g
    assert (svc, SD.feature, SD.UnionDefaultGraph) in g
    assert len(set(g.objects(svc, SD.resultFormat))) == 10


def test_a_browser_gets_the_query_ui(live):
    req = urllib.request.Request(live.url + "/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    with urllib.request.urlopen(req) as r:
        page = r.read().decode()
    assert "/static/vendor/yasgui/yasgui.min.js" in page and "<noscript>" in page
    with urllib.request.urlopen(live.url + "/static/vendor/yasgui/yasgui.min.js") as r:
        assert len(r.read()) > 500_000


@pytest.mark.parametrize("title, query", EXAMPLES, ids=[t for t, _ in EXAMPLES])
def test_every_example_query_runs_and_answers(live, title, query):
    sw = wrapper(live, "POST")
    sw.setQuery(query)
    sw.setReturnFormat(JSON)
    assert sw.query().convert()["results"]["bindings"], title
