"""The W3C SPARQL 1.1 Protocol tests (../shared/conformance/w3c-sparql11/protocol/) against the live
server over their own data. The endpoint is read-only, so the update tests that expect success are
expected to fail (403); every other test must pass."""

from __future__ import annotations

import http.client
import json

import pytest
import rdflib
from rdflib import Namespace
from rdflib.collection import Collection

from .conftest import CONFORMANCE
from .live import LiveServer, conformance_release

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
PROTOCOL = CONFORMANCE / "protocol"
READ_ONLY = "the endpoint is read-only: updates are refused with 403"


def load_tests():
    if not (PROTOCOL / "manifest.ttl").is_file():
        return []
    g = rdflib.Graph().parse(PROTOCOL / "manifest.ttl", publicID="http://www.w3.org/2009/sparql/docs/tests/data-sparql11/protocol/manifest.ttl")
    manifest = next(g.subjects(rdflib.RDF.type, MF.Manifest))
    tests = []
    for t in Collection(g, g.value(manifest, MF.entries)):
        requests = []
        for req in Collection(g, g.value(g.value(t, MF.action), HT.requests)):
            headers = {}
            hlist = g.value(req, HT.headers)
            for h in (Collection(g, hlist) if hlist else []):
                headers[str(g.value(h, HT.fieldName))] = str(g.value(h, HT.fieldValue))
            body = g.value(req, HT.body)
            chars = g.value(body, CNT.chars) if body is not None else None
            encoding = str(g.value(body, CNT.characterEncoding) or "UTF-8") if body is not None else "UTF-8"
            resp = g.value(req, HT.resp)
            requests.append({
                "method": str(g.value(req, HT.methodName)),
                "path": str(g.value(req, HT.absolutePath)).replace("/sparql/", "/sparql", 1),
                "headers": headers,
                "body": str(chars).encode(encoding) if chars is not None else None,
                "status": sorted(str(s).rsplit("StatusCode", 1)[-1][0] for s in g.objects(resp, MF.expectedStatus)),
                "format": str(g.value(resp, MF.expectedFormat) or ""),
                "boolean": g.value(resp, MF.expectedBoolean),
            })
        name = str(t).rsplit("#", 1)[-1]
        marks = [pytest.mark.xfail(reason=READ_ONLY, strict=True)] if name.startswith("update_") else []
        tests.append(pytest.param(name, requests, id=name, marks=marks))
    return tests


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    if not PROTOCOL.is_dir():
        pytest.skip(f"W3C suite not found at {PROTOCOL}")
    build = tmp_path_factory.mktemp("protocol")
    graphs = {f"http://kasei.us/2009/09/sparql/data/data{i}.rdf": [(PROTOCOL / f"data{i}.nt", f"http://kasei.us/data{i}")]
              for i in (1, 2, 3)}
    conformance_release(build, graphs)
    server = LiveServer(build, workers=1)
    yield server
    server.stop()


FORMATS = {"boolean": ("application/sparql-results",), "tabular": ("application/sparql-results", "text/csv", "text/tab-separated-values"),
           "RDF": ("text/turtle", "application/rdf+xml", "application/n-triples", "application/ld+json", "application/trig", "application/n-quads")}


@pytest.mark.parametrize("name, requests", load_tests())
def test_protocol(endpoint, name, requests):
    for req in requests:
        conn = http.client.HTTPConnection("127.0.0.1", endpoint.port, timeout=30)
        conn.request(req["method"], req["path"], body=req["body"], headers=req["headers"])
        resp = conn.getresponse()
        body = resp.read()
        conn.close()
        assert str(resp.status)[0] in req["status"], f"{req['method']} {req['path']}: {resp.status} {body[:200]!r}"
        ctype = resp.getheader("Content-Type", "")
        if req["format"]:
            assert ctype.startswith(FORMATS[req["format"]]), ctype
        if req["boolean"] is not None:
            assert json.loads(body)["boolean"] == req["boolean"].toPython()
