"""The ontology at /ontology: HTML documentation for browsers, Turtle, RDF/XML, JSON-LD and
N-Triples by Accept or suffix. Term IRIs ({base}ontology#Term) resolve to anchors of the page;
the version IRI serves the same release."""

from __future__ import annotations

from collections import defaultdict

from flask import Blueprint, Response, abort, render_template, request

from ld.formats import DOCUMENT, RDF_BY_SUFFIX

from ..backend import get_backend
from ..negotiation import HTML, choose
from ..web import vary_accept

bp = Blueprint("ontology", __name__)
FILES = {"ttl": "ontology.ttl", "rdf": "ontology.owl", "jsonld": "ontology.jsonld", "nt": "ontology.nt"}
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
OWL = "http://www.w3.org/2002/07/owl#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"


@bp.route("/ontology")
@bp.route("/ontology.<suffix>")
@bp.route("/ontology/<version>")
def ontology(suffix: str | None = None, version: str | None = None):
    be = get_backend()
    if suffix is not None and suffix not in FILES:
        abort(404, f"no ontology format .{suffix}; offered: {', '.join(FILES)}")
    if version is not None and version != be.iris.rebase(_version(be)).rsplit("/", 1)[-1]:
        abort(404, f"no ontology version {version}; this server has {_version(be).rsplit('/', 1)[-1]}")
    fmt = choose(request, DOCUMENT, html=True, suffix=suffix)
    if fmt == HTML:
        return vary_accept(Response(render_template("ontology.html", doc=document(be))))
    resp = Response((be.dumps / FILES[fmt.name]).read_bytes(), mimetype=RDF_BY_SUFFIX[fmt.name].media_type)
    return vary_accept(resp)


def _version(be) -> str:
    return document(be)["meta"].get(OWL + "versionIRI", [""])[0]


def document(be) -> dict:
    """The ontology normalised for its page, once per release: metadata, classes, properties, schemes."""
    return be.memo("ontology-document", lambda: _document(be))


def _document(be) -> dict:
    facts: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for r in be.select("ontology-triples"):
        facts[r["s"].value][r["p"].value].append(r["o"].value)
    vocab = be.iris.vocab
    ours = {s: f for s, f in facts.items() if s.startswith(vocab)}

    def term(s):
        f = ours[s]
        return {"iri": s, "name": s[len(vocab):], "label": (f.get(RDFS + "label") or [s])[0],
                "definition": (f.get(SKOS + "definition") or [""])[0],
                "super": f.get(RDFS + "subClassOf", []) + f.get(RDFS + "subPropertyOf", []),
                "sub": sorted(o for o, of in ours.items() if s in of.get(RDFS + "subClassOf", []) + of.get(RDFS + "subPropertyOf", [])),
                "domain": f.get(RDFS + "domain", []), "range": f.get(RDFS + "range", []),
                "matches": f.get(SKOS + "exactMatch", []) + f.get(SKOS + "closeMatch", []),
                "inverse": f.get(OWL + "inverseOf", []), "cameo": f.get(vocab + "cameoCode", [])}

    kinds = {"Classes": OWL + "Class", "Object properties": OWL + "ObjectProperty",
             "Datatype properties": OWL + "DatatypeProperty", "Annotation properties": OWL + "AnnotationProperty"}
    sections = {title: sorted((term(s) for s, f in ours.items() if t in f.get(RDF_TYPE, [])), key=lambda x: x["name"].lower())
                for title, t in kinds.items()}
    labels = {s: (f.get(RDFS + "label") or [None])[0] for s, f in facts.items()}
    meta = dict(facts[be.iris.ontology])
    schemes: dict[str, dict] = {}
    for r in be.select("schemes"):
        scheme = schemes.setdefault(r["scheme"].value, {"iri": r["scheme"].value, "label": r["schemeLabel"].value, "concepts": []})
        scheme["concepts"].append({"iri": r["concept"].value, "label": r["label"].value,
                                   "definition": r["definition"].value if r["definition"] else "",
                                   "notation": r["notation"].value if r["notation"] else ""})
    return {"iri": be.iris.ontology, "meta": meta, "sections": sections, "labels": labels,
            "schemes": list(schemes.values())}
