"""Home page, class index pages, the dumps and the dataset description (VoID/DCAT)."""

from __future__ import annotations

from flask import Blueprint, Response, abort, current_app, jsonify, render_template, request, send_file
from pyoxigraph import RdfFormat, parse, serialize

from ld.dumps import DUMPS, ONTOLOGY_FILES, prefixes
from ld.formats import DOCUMENT

from ..backend import get_backend
from ..examples import for_base
from ..negotiation import choose
from ..web import vary_accept

bp = Blueprint("site", __name__)
EXAMPLE_RESOURCES = [("exercise", "regional-cooperation-2022"), ("exercise", "commonwealth-2022"),
                     ("exercise", "cooperation-2019"), ("agreement", "russia-tajikistan-air-defence-agreement-2021"),
                     ("state", "tajikistan"), ("person", "emomali-rahmon")]


@bp.route("/")
def home():
    be = get_backend()
    return be.memo("home-page", lambda: _home(be))


def _home(be) -> str:
    urls = current_app.extensions["milcoop_urls"]
    examples = []
    for kind, slug in EXAMPLE_RESOURCES:
        iri = be.iris.mint(kind, slug)
        rows = be.select("statements", iri=iri)
        label = next((r["o"].value for r in rows if r["p"].value.endswith("#label")), None)
        if label:
            examples.append((label, urls.page(iri), iri))
    return render_template("home.html", manifest=be.manifest, classes=_class_counts(be),
                           sources=be.select("sources"), examples=examples, queries=for_base(be.iris))


def _class_counts(be, empty: bool = False):
    return [r for r in be.select("class-counts") if empty or int(r["n"].value) > 0]


@bp.route("/class/<name>")
def class_index(name: str):
    be = get_backend()
    iri = be.iris.term(name)
    row = next((r for r in _class_counts(be, empty=True) if r["class"].value == iri), None)
    if row is None:
        abort(404, f"no class {name} in the ontology")
    size = current_app.config["INDEX_PAGE_SIZE"]
    number = max(1, request.args.get("page", 1, type=int))
    items = be.select("class-index", limit=size + 1, offset=(number - 1) * size, iri=iri)
    return render_template("class.html", cls=row, items=items[:size], page_number=number, more=len(items) > size)


def _dump_rows(be):
    return be.memo("dump-rows", lambda: _list_dumps(be))


def _list_dumps(be):
    sums = dict(reversed(line.split("  ", 1)) for line in (be.dumps / "SHA256SUMS").read_text().splitlines())
    what = {name: (media, label) for name, (_, media, label) in DUMPS.items()}
    what.update({name: (fmt.media_type, f"the ontology, {name.split('.')[1]}") for name, fmt in ONTOLOGY_FILES.items()})
    what["void.ttl"] = ("text/turtle", "VoID and DCAT description of the dataset")
    what["SHA256SUMS"] = ("text/plain", "SHA-256 checksums of every file here")
    rows = []
    for name in sorted(sums) + ["SHA256SUMS"]:
        path = be.dumps / name
        rows.append({"name": name, "size": path.stat().st_size, "sha256": sums.get(name, ""),
                     "media_type": what.get(name, ("application/octet-stream", ""))[0],
                     "description": what.get(name, ("", ""))[1], "modified": be.built_at.date().isoformat()})
    return rows


@bp.route("/dumps/")
def dumps_index():
    be = get_backend()
    rows = _dump_rows(be)
    accept = request.headers.get("Accept", "")
    if request.args.get("format") == "json" or ("json" in accept and "text/html" not in accept):
        return vary_accept(jsonify(dumps=rows))
    return vary_accept(Response(render_template("dumps.html", rows=rows)))


@bp.route("/dumps/<name>")
def dump_file(name: str):
    be = get_backend()
    path = be.dumps / name
    if "/" in name or not path.is_file():
        abort(404, f"no dump {name}")
    media = next((r["media_type"] for r in _dump_rows(be) if r["name"] == name), "application/octet-stream")
    resp = send_file(path, mimetype=media, conditional=True, etag=True, last_modified=be.built_at, max_age=3600)
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp


@bp.route("/.well-known/void")
@bp.route("/dataset")
def void():
    be = get_backend()
    fmt = choose(request, DOCUMENT, default=DOCUMENT[0])
    triples = list(parse((be.dumps / "void.ttl").read_bytes(), format=RdfFormat.TURTLE))
    kwargs = {"prefixes": prefixes(be.iris)} if fmt.name in ("ttl", "rdf") else {}
    return vary_accept(Response(serialize(triples, format=fmt.engine, **kwargs), mimetype=fmt.media_type))
