"""Write the dumps, the ontology artefacts and the VoID/DCAT description. Deterministic:
the same quads give byte-identical files (sorted input, no clock, gzip without a timestamp)."""

from __future__ import annotations

import gzip
import hashlib
from collections import Counter
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, Triple, parse, serialize

from .iris import GRAPHS, KINDS, Iris
from .namespaces import DCAT, DCTERMS, OWL, PREFIXES, RDF, RDFS, VOID, XSD

DUMPS = {  # file name -> (format, media type, what)
    "milcoop.nq.gz": (RdfFormat.N_QUADS, "application/n-quads", "N-Quads, gzip: every named graph"),
    "milcoop.trig": (RdfFormat.TRIG, "application/trig", "TriG: every named graph"),
    "milcoop.ttl": (RdfFormat.TURTLE, "text/turtle", "Turtle: the union of the graphs"),
    "milcoop.jsonld": (RdfFormat.JSON_LD, "application/ld+json", "JSON-LD: every named graph"),
}
ONTOLOGY_FILES = {
    "ontology.ttl": RdfFormat.TURTLE, "ontology.owl": RdfFormat.RDF_XML,
    "ontology.jsonld": RdfFormat.JSON_LD, "ontology.nt": RdfFormat.N_TRIPLES,
}
CC_BY = "https://creativecommons.org/licenses/by/4.0/"


def prefixes(iris: Iris) -> dict[str, str]:
    """Prefixes that end at the last '/', since pyoxigraph's Turtle writer escapes '/' in local names."""
    out = {k: iris.rebase(v) for k, v in PREFIXES.items()}
    out.update({k: f"{iris.base}id/{k}/" for k in sorted(KINDS)})
    out["graph"] = f"{iris.base}graph/"
    return out


def sort_quads(quads) -> list[Quad]:
    return sorted(set(quads), key=str)


def union_triples(quads: list[Quad]) -> list[Triple]:
    return sorted({Triple(q.subject, q.predicate, q.object) for q in quads}, key=str)


def write_dumps(quads: list[Quad], union: list[Triple], out: Path, iris: Iris) -> None:
    """Every dump: the quads with their graphs, and (Turtle) their union, given sorted."""
    pre = prefixes(iris)
    for name, (fmt, _, _) in DUMPS.items():
        if name.endswith(".gz"):
            data = gzip.compress(serialize(quads, format=fmt), compresslevel=9, mtime=0)
        elif fmt == RdfFormat.TURTLE:
            data = serialize(union, format=fmt, prefixes=pre)
        elif fmt == RdfFormat.TRIG:
            data = serialize(quads, format=fmt, prefixes=pre)
        else:
            data = serialize(quads, format=fmt)
        (out / name).write_bytes(data)


def write_ontology(quads: list[Quad], out: Path, iris: Iris) -> None:
    onto = NamedNode(iris.graph("ontology"))
    triples = sorted((Triple(q.subject, q.predicate, q.object) for q in quads if q.graph_name == onto), key=str)
    pre = prefixes(iris)
    for name, fmt in ONTOLOGY_FILES.items():
        kwargs = {"prefixes": pre} if fmt in (RdfFormat.TURTLE, RdfFormat.RDF_XML) else {}
        (out / name).write_bytes(serialize(triples, format=fmt, **kwargs))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def void(triples: list[Triple], out: Path, iris: Iris, modified: str) -> list[Triple]:
    """VoID + DCAT description of the dataset, its dumps, its endpoint and its Wikidata linkset."""
    b = iris.base
    ds = NamedNode(b + "dataset")
    linkset = NamedNode(b + "dataset/wikidata-links")
    T = []

    def add(s, p, o):
        T.append(Triple(s, p if isinstance(p, NamedNode) else NamedNode(str(p)), o))

    def lit(v, dt=None):
        return Literal(str(v), datatype=NamedNode(str(dt))) if dt else Literal(str(v), language="en")

    subjects = {t.subject for t in triples}
    entities = {t.subject for t in triples if t.subject.value.startswith(b + "id/") and "#" not in t.subject.value}
    classes = Counter(t.object for t in triples if t.predicate.value == str(RDF.type))
    props = {t.predicate for t in triples}
    sameas_wd = [t for t in triples if t.predicate.value == str(OWL.sameAs)
                 and t.object.value.startswith("http://www.wikidata.org/entity/")]
    add(ds, RDF.type, NamedNode(str(VOID.Dataset)))
    add(ds, RDF.type, NamedNode(str(DCAT.Dataset)))
    add(ds, RDFS.label, lit("milcoop: international military cooperation"))
    add(ds, DCTERMS.title, lit("milcoop: international military cooperation"))
    add(ds, DCTERMS.description, lit(
        "Joint exercises, defence agreements, security aid, arms and equipment transfers, training, bases "
        "and visits, starting with Tajikistan and its partners, each fact with the source and quote that support it."))
    add(ds, DCTERMS.license, NamedNode(CC_BY))
    add(ds, DCTERMS.modified, lit(modified, XSD.date))
    add(ds, VOID.uriSpace, Literal(b + "id/"))
    add(ds, VOID.sparqlEndpoint, NamedNode(b + "sparql"))
    add(ds, VOID.rootResource, NamedNode(iris.ontology))
    add(ds, VOID.triples, lit(len(triples), XSD.integer))
    add(ds, VOID.entities, lit(len(entities), XSD.integer))
    add(ds, VOID.distinctSubjects, lit(len(subjects), XSD.integer))
    add(ds, VOID.classes, lit(len(classes), XSD.integer))
    add(ds, VOID.properties, lit(len(props), XSD.integer))
    for v in ("https://schema.org/", "http://www.w3.org/ns/prov#", "http://www.w3.org/ns/oa#",
              "http://www.w3.org/2004/02/skos/core#", iris.vocab):
        add(ds, VOID.vocabulary, NamedNode(v))
    add(ds, VOID.exampleResource, NamedNode(iris.mint("exercise", "regional-cooperation-2022")))
    for cls, n in sorted(classes.items(), key=lambda kv: str(kv[0])):
        if isinstance(cls, NamedNode) and cls.value.startswith(iris.vocab):
            part = NamedNode(f"{b}dataset/class/{cls.value[len(iris.vocab):]}")
            add(ds, VOID.classPartition, part)
            add(part, VOID["class"], cls)
            add(part, VOID.entities, lit(n, XSD.integer))
    add(ds, VOID.subset, linkset)
    add(linkset, RDF.type, NamedNode(str(VOID.Linkset)))
    add(linkset, RDFS.label, lit("owl:sameAs links to Wikidata"))
    add(linkset, VOID.linkPredicate, NamedNode(str(OWL.sameAs)))
    add(linkset, VOID.subjectsTarget, ds)
    add(linkset, VOID.objectsTarget, NamedNode("http://www.wikidata.org/"))
    add(linkset, VOID.triples, lit(len(sameas_wd), XSD.integer))
    for name, (_, media, what) in DUMPS.items():
        dist = NamedNode(f"{b}dumps/{name}")
        add(ds, VOID.dataDump, dist)
        add(ds, DCAT.distribution, dist)
        add(dist, RDF.type, NamedNode(str(DCAT.Distribution)))
        add(dist, RDFS.label, lit(what))
        add(dist, DCAT.downloadURL, dist)
        add(dist, DCAT.mediaType, NamedNode(f"https://www.iana.org/assignments/media-types/{media}"))
        add(dist, DCAT.byteSize, lit((out / name).stat().st_size, XSD.integer))
        add(dist, NamedNode("http://spdx.org/rdf/terms#checksum"), Literal("sha256:" + sha256(out / name)))
        add(dist, DCTERMS.license, NamedNode(CC_BY))
    service = NamedNode(b + "sparql")
    add(ds, DCAT.distribution, NamedNode(b + "dataset/sparql"))
    add(NamedNode(b + "dataset/sparql"), RDF.type, NamedNode(str(DCAT.Distribution)))
    add(NamedNode(b + "dataset/sparql"), RDFS.label, lit("SPARQL 1.1 endpoint"))
    add(NamedNode(b + "dataset/sparql"), DCAT.accessURL, service)
    for g in GRAPHS:
        add(ds, VOID.subset, NamedNode(iris.graph(g)))
    data = serialize(sorted(T, key=str), format=RdfFormat.TURTLE, prefixes=prefixes(iris) | {"void": str(VOID), "dcat": str(DCAT)})
    (out / "void.ttl").write_bytes(data)
    return list(parse(data, format=RdfFormat.TURTLE))


def write_checksums(out: Path) -> None:
    names = sorted(p.name for p in out.iterdir() if p.is_file() and p.name != "SHA256SUMS")
    (out / "SHA256SUMS").write_text("".join(f"{sha256(out / n)}  {n}\n" for n in names))
