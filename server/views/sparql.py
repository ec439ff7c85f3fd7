"""SPARQL 1.1 Protocol endpoint at /sparql: query by GET, POST form or POST direct; read-only.

A bare GET returns the service description (RDF by Accept) or, to a browser, the query UI.
"""

from __future__ import annotations

from flask import Blueprint, Response, abort, render_template, request
from pyoxigraph import Literal, NamedNode, QueryBoolean, QuerySolutions, Triple, serialize

from ld.formats import RDF, RESULTS

from ..backend import get_backend
from ..examples import for_base
from ..negotiation import HTML, choose, wants_html
from ..web import vary_accept

bp = Blueprint("sparql", __name__)
SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS_NS = "http://www.w3.org/ns/formats/"
FORMAT_IRIS = {"json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML", "csv": "SPARQL_Results_CSV",
               "tsv": "SPARQL_Results_TSV", "ttl": "Turtle", "nt": "N-Triples", "jsonld": "JSON-LD",
               "rdf": "RDF_XML", "trig": "TriG", "nq": "N-Quads"}


@bp.route("/sparql", methods=["GET", "POST"])
def endpoint():
    query, update, default_graphs, named_graphs = _protocol_request()
    if update is not None:
        abort(403, "this endpoint is read-only: SPARQL Update is not accepted")
    if query is None:
        if request.method == "POST":
            abort(400, "no query: send 'query' as a form field, or a body of type application/sparql-query")
        return _service_description()
    if request.method == "GET" and wants_html(request, RESULTS + RDF):
        return _ui(query)
    be = get_backend()
    result = be.store.query(query, default_graphs or None, named_graphs or None, base_iri=be.iris.base + "sparql")
    if isinstance(result, (QuerySolutions, QueryBoolean)):
        fmt = choose(request, RESULTS, default=RESULTS[0])
    else:
        fmt = choose(request, RDF, default=RDF[0])
    body = result.serialize(format=fmt.engine)
    resp = Response(body, mimetype=fmt.media_type)
    if fmt.media_type.startswith("text/") or fmt.media_type.endswith(("json", "xml")):
        resp.charset = "utf-8"
    resp.headers["Cache-Control"] = "public, max-age=60"
    return vary_accept(resp)


def _ui(query: str | None) -> Response:
    examples = for_base(get_backend().iris)
    page = render_template("sparql.html", query=query or examples[0][1], examples=examples)
    return vary_accept(Response(page))


def _protocol_request():
    """(query, update, default-graph-uris, named-graph-uris) of a GET, POST form or POST direct request."""
    args = request.args
    if request.method == "GET":
        params = args
    elif request.mimetype == "application/x-www-form-urlencoded":
        params = request.form
    elif request.mimetype == "application/sparql-query":
        if "query" in args:
            abort(400, "a direct POST carries the query in its body, not also in the URL")
        return (request.get_data(as_text=True), None, args.getlist("default-graph-uri"),
                args.getlist("named-graph-uri"))
    elif request.mimetype == "application/sparql-update":
        return None, request.get_data(as_text=True), [], []
    else:
        abort(415, "POST a form (application/x-www-form-urlencoded) or a query (application/sparql-query)")
    queries, updates = params.getlist("query"), params.getlist("update")
    if len(queries) > 1:
        abort(400, "more than one 'query' parameter")
    if queries and updates:
        abort(400, "both 'query' and 'update' given")
    return (queries[0] if queries else None, updates[0] if updates else None,
            params.getlist("default-graph-uri"), params.getlist("named-graph-uri"))


def _service_description():
    fmt = choose(request, RDF, html=True, default=RDF[0])
    if fmt == HTML:
        return _ui(None)
    be = get_backend()
    base = be.iris.base
    svc, ds, dg = NamedNode(base + "sparql"), NamedNode(base + "sparql#dataset"), NamedNode(base + "sparql#default-graph")
    sd = lambda name: NamedNode(SD + name)  # noqa: E731
    t = [Triple(svc, NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), sd("Service")),
         Triple(svc, sd("endpoint"), svc),
         Triple(svc, sd("supportedLanguage"), sd("SPARQL11Query")),
         Triple(svc, sd("feature"), sd("UnionDefaultGraph")),
         Triple(svc, sd("feature"), sd("BasicFederatedQuery")),
         Triple(svc, sd("defaultDataset"), ds),
         Triple(ds, NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), sd("Dataset")),
         Triple(ds, sd("defaultGraph"), dg),
         Triple(dg, NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), sd("Graph")),
         Triple(dg, NamedNode("http://rdfs.org/ns/void#triples"),
                Literal(str(be.manifest["triples"]), datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer"))),
         Triple(ds, NamedNode("http://www.w3.org/2000/01/rdf-schema#seeAlso"), NamedNode(base + "dataset")),
         Triple(svc, NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), Literal("milcoop SPARQL endpoint", language="en"))]
    t += [Triple(svc, sd("resultFormat"), NamedNode(FORMATS_NS + FORMAT_IRIS[f.name])) for f in RESULTS + RDF]
    return vary_accept(Response(serialize(t, format=fmt.engine), mimetype=fmt.media_type))
