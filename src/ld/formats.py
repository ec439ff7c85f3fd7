"""Formats in one table: media types, file suffixes and pyoxigraph formats, for RDF graphs and for
SPARQL results. Content negotiation, suffixes, the CLI and the dumps all read it.

>>> RDF_BY_SUFFIX["ttl"].media_type
'text/turtle'
>>> RESULTS_BY_NAME["json"].media_type
'application/sparql-results+json'
"""

from __future__ import annotations

from typing import NamedTuple

from pyoxigraph import QueryResultsFormat, RdfFormat


class Format(NamedTuple):
    name: str          # short name, used as ?format= and as the file suffix
    media_type: str
    label: str
    engine: object     # pyoxigraph RdfFormat or QueryResultsFormat
    aliases: tuple = ()  # other media types clients send for it
    names: tuple = ()    # other names clients use in ?format= (SPARQLWrapper, Fuseki, Virtuoso)


RDF = [
    Format("ttl", "text/turtle", "Turtle", RdfFormat.TURTLE, ("application/x-turtle", "application/turtle"),
           ("turtle", "n3")),
    Format("nt", "application/n-triples", "N-Triples", RdfFormat.N_TRIPLES, ("text/plain",), ("ntriples", "n-triples")),
    Format("jsonld", "application/ld+json", "JSON-LD", RdfFormat.JSON_LD, ("application/json",), ("json-ld", "json")),
    Format("rdf", "application/rdf+xml", "RDF/XML", RdfFormat.RDF_XML, ("application/xml", "text/xml"),
           ("xml", "rdfxml", "rdf+xml")),
    Format("trig", "application/trig", "TriG", RdfFormat.TRIG),
    Format("nq", "application/n-quads", "N-Quads", RdfFormat.N_QUADS, (), ("nquads", "n-quads")),
]
RESULTS = [
    Format("json", "application/sparql-results+json", "SPARQL JSON", QueryResultsFormat.JSON, ("application/json",)),
    Format("xml", "application/sparql-results+xml", "SPARQL XML", QueryResultsFormat.XML, ("application/xml", "text/xml")),
    Format("csv", "text/csv", "CSV", QueryResultsFormat.CSV),
    Format("tsv", "text/tab-separated-values", "TSV", QueryResultsFormat.TSV),
]
# The RDF formats a single resource's document is offered in (graphs of triples).
DOCUMENT = [f for f in RDF if f.name in ("ttl", "nt", "jsonld", "rdf")]

RDF_BY_SUFFIX = {f.name: f for f in RDF}
RESULTS_BY_NAME = {f.name: f for f in RESULTS}


def media_types(formats) -> list[str]:
    """Every media type the formats answer to, preferred names first."""
    return [f.media_type for f in formats] + [a for f in formats for a in f.aliases]


def by_name(formats, name: str) -> Format | None:
    """The format a ?format= value names: its short name, another name, or a media type."""
    for f in formats:
        if name == f.name or name in f.names:
            return f
    return by_media_type(formats, name)


def by_media_type(formats, media_type: str) -> Format | None:
    for f in formats:
        if media_type == f.media_type or media_type in f.aliases:
            return f
    return None
