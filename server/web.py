"""Web behaviour on every response: CORS (errors and preflights too), gzip, ETag and 304,
Last-Modified from the build, cache headers."""

from __future__ import annotations

import gzip

from flask import Flask, Response, current_app, request

COMPRESSIBLE = ("text/", "application/json", "application/ld+json", "application/sparql-results",
                "application/n-triples", "application/n-quads", "application/trig", "application/rdf+xml",
                "application/javascript", "image/svg+xml", "application/xml")
CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type, If-None-Match, If-Modified-Since, Authorization",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Link, Location, Content-Type, Vary",
    "Access-Control-Max-Age": "86400",
}


def init_app(app: Flask) -> None:
    app.before_request(_preflight)
    app.after_request(_finish)


def _preflight():
    if request.method == "OPTIONS":
        resp = Response(status=204)
        resp.headers["Allow"] = CORS["Access-Control-Allow-Methods"]
        return resp
    return None


def _finish(resp: Response) -> Response:
    resp.headers.update(CORS)
    if resp.direct_passthrough or resp.status_code not in (200, 203):
        return resp  # files (send_file does its own ETag and ranges), redirects, errors
    _vary(resp, "Accept-Encoding")
    if "Cache-Control" not in resp.headers:
        resp.headers["Cache-Control"] = f"public, max-age={current_app.config['CACHE_SECONDS']}"
    modified = current_app.config.get("BUILD_TIME")
    if modified and resp.last_modified is None:
        resp.last_modified = modified
    if (resp.mimetype or "").startswith(COMPRESSIBLE) and "gzip" in request.headers.get("Accept-Encoding", "") \
            and resp.content_length and resp.content_length > 512:
        resp.set_data(gzip.compress(resp.get_data(), compresslevel=6, mtime=0))
        resp.headers["Content-Encoding"] = "gzip"
    resp.add_etag()  # over the bytes sent, so a gzip and a plain answer never share one
    return resp.make_conditional(request)


def _vary(resp: Response, header: str) -> None:
    values = [v.strip() for v in resp.headers.get("Vary", "").split(",") if v.strip()]
    if header not in values:
        resp.headers["Vary"] = ", ".join(values + [header])


def vary_accept(resp: Response) -> Response:
    _vary(resp, "Accept")
    return resp
