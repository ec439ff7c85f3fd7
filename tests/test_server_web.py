"""Web behaviour a client notices: CORS everywhere, 304 on conditional requests, gzip, cache headers,
and 500s that show no internals."""

from __future__ import annotations

import gzip

import pytest

from .test_server_resources import get


@pytest.mark.parametrize("path, status", [("/page/state/tajikistan", 200), ("/id/state/tajikistan", 303),
                                          ("/id/state/atlantis", 404), ("/sparql?query=SELEC", 400), ("/dumps/", 200)])
def test_cors_on_every_response(live, path, status):
    resp, _ = get(live, path)
    assert resp.status == status and resp.getheader("Access-Control-Allow-Origin") == "*"


def test_preflight(live):
    resp, _ = get(live, "/sparql", {"Origin": "http://example.org", "Access-Control-Request-Method": "POST",
                                   "Access-Control-Request-Headers": "content-type"}, method="OPTIONS")
    assert resp.status == 204
    assert resp.getheader("Access-Control-Allow-Origin") == "*"
    assert "POST" in resp.getheader("Access-Control-Allow-Methods")
    assert "Content-Type" in resp.getheader("Access-Control-Allow-Headers")


@pytest.mark.parametrize("path", ["/data/state/tajikistan.ttl", "/page/state/tajikistan", "/ontology", "/dumps/milcoop.ttl",
                                  "/sparql?query=ASK%7B%7D"])
def test_etag_and_last_modified_give_304(live, path):
    resp, body = get(live, path)
    etag, modified = resp.getheader("ETag"), resp.getheader("Last-Modified")
    assert resp.status == 200 and etag and modified and "max-age" in resp.getheader("Cache-Control")
    again, rest = get(live, path, {"If-None-Match": etag})
    assert again.status == 304 and rest == b""
    since, _ = get(live, path, {"If-Modified-Since": modified})
    assert since.status == 304


def test_gzip(live):
    plain, body = get(live, "/data/state/tajikistan.ttl")
    zipped, zbody = get(live, "/data/state/tajikistan.ttl", {"Accept-Encoding": "gzip"})
    assert zipped.getheader("Content-Encoding") == "gzip" and "Accept-Encoding" in zipped.getheader("Vary")
    assert gzip.decompress(zbody) == body and len(zbody) < len(body) / 3
    assert zipped.getheader("ETag") != plain.getheader("ETag")


def test_a_500_shows_no_internals(built):
    from server import create_app

    app = create_app(built)

    @app.route("/boom")
    def boom():
        raise RuntimeError("secret path /etc/milcoop and a stack")

    client = app.test_client()
    for accept in ("text/html", "application/json", "*/*"):
        resp = client.get("/boom", headers={"Accept": accept})
        assert resp.status_code == 500 and resp.headers["Access-Control-Allow-Origin"] == "*"
        assert b"secret" not in resp.data and b"Traceback" not in resp.data and b"RuntimeError" not in resp.data
