"""Dereferencing: /id/... answers 303 to /page/... (HTML) or /data/... (RDF) by Accept;
/data/... answers by Accept or suffix; unknown IRIs get a negotiated 404."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from flask import Blueprint, Response, abort, current_app, redirect, render_template, request
from pyoxigraph import serialize

from ld.dumps import prefixes
from ld.formats import DOCUMENT, RDF_BY_SUFFIX

from ..backend import get_backend
from ..describe import build_page
from ..negotiation import HTML, choose
from ..web import vary_accept

bp = Blueprint("resources", __name__)


def _resource_iri(kind: str, slug: str) -> str:
    be = get_backend()
    iri = f"{be.iris.base}id/{kind}/{slug}"
    if be.iris.parse(iri) is None or not be.store.exists(iri):
        abort(404, f"no resource {iri}")
    return iri


def _links(resp: Response, iri: str) -> Response:
    urls = current_app.extensions["milcoop_urls"]
    alternates = [f'<{urls.page(iri)}>; rel="alternate"; type="text/html"']
    alternates += [f'<{url}>; rel="alternate"; type="{media}"' for _, media, url in urls.data_links(iri)]
    resp.headers["Link"] = ", ".join(alternates + [f'<{iri}>; rel="canonical"'])
    return vary_accept(resp)


@bp.route("/id/<kind>/<slug>")
def identify(kind: str, slug: str):
    iri = _resource_iri(kind, slug)
    urls = current_app.extensions["milcoop_urls"]
    fmt = choose(request, DOCUMENT, html=True)
    target = urls.page(iri) if fmt == HTML else urls.data(iri, fmt.name)
    return _links(redirect(target, 303), iri)


@bp.route("/data/<kind>/<slug>")
def data(kind: str, slug: str):
    suffix = None
    if "." in slug:
        slug, suffix = slug.rsplit(".", 1)
        if suffix not in RDF_BY_SUFFIX or RDF_BY_SUFFIX[suffix] not in DOCUMENT:
            abort(404, f"no document format .{suffix}; offered: {', '.join(f.name for f in DOCUMENT)}")
    iri = _resource_iri(kind, slug)
    fmt = choose(request, DOCUMENT, suffix=suffix)
    resp = Response(_document(get_backend().build, iri, fmt.name), mimetype=fmt.media_type)
    if fmt.name != "rdf":
        resp.charset = "utf-8"
    return _links(resp, iri)


@lru_cache(maxsize=2048)
def _document(release: Path, iri: str, fmt_name: str) -> bytes:
    """A resource's RDF document. A worker serves one release, which never changes, so documents are
    cached per (release, IRI, format)."""
    be = get_backend()
    assert be.build == release
    fmt = RDF_BY_SUFFIX[fmt_name]
    kwargs = {"prefixes": prefixes(be.iris)} if fmt.name in ("ttl", "rdf") else {}
    return serialize(be.store.describe(iri), format=fmt.engine, **kwargs)


@bp.route("/page/<kind>/<slug>")
def page(kind: str, slug: str):
    iri = _resource_iri(kind, slug)
    number = max(1, request.args.get("links", 1, type=int))
    return _links(Response(_page(get_backend().build, iri, kind, number)), iri)


@lru_cache(maxsize=2048)
def _page(release: Path, iri: str, kind: str, links_page: int) -> str:
    """A resource's HTML page, cached like _document."""
    be = get_backend()
    assert be.build == release
    urls = current_app.extensions["milcoop_urls"]
    size = current_app.config["LINKS_PAGE_SIZE"]
    links = be.select("links-here", limit=size + 1, offset=(links_page - 1) * size, iri=iri)
    supports = be.select("source-supports", iri=iri) if kind == "source" else []
    return render_template("resource.html", page=build_page(be, urls, iri), links=links[:size],
                           links_page=links_page, more_links=len(links) > size, supports=supports)
