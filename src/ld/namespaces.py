"""Namespaces of the vocabularies we publish with. ``MCO`` is written under the default base;
:mod:`ld.iris` rebases terms when another base is configured."""

from rdflib import Namespace
from rdflib.namespace import DCAT, DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS, VOID, XSD

from .iris import DEFAULT_BASE

MCO = Namespace(DEFAULT_BASE + "ontology#")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
ORG = Namespace("http://www.w3.org/ns/org#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
TIME = Namespace("http://www.w3.org/2006/time#")
VANN = Namespace("http://purl.org/vocab/vann/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
GEONAMES = "https://sws.geonames.org/"
CONCEPT = Namespace(DEFAULT_BASE + "id/concept/")

PREFIXES = {
    "mco": str(MCO), "schema": str(SCHEMA), "prov": str(PROV), "oa": str(OA), "org": str(ORG),
    "sem": str(SEM), "time": str(TIME), "skos": str(SKOS), "dct": str(DCTERMS), "owl": str(OWL),
    "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "wd": str(WD), "wdt": str(WDT),
    "void": str(VOID), "dcat": str(DCAT), "sh": str(SH), "vann": str(VANN),
}

__all__ = [
    "MCO", "SCHEMA", "OA", "ORG", "SEM", "TIME", "VANN", "WD", "WDT", "GEONAMES", "CONCEPT", "PREFIXES",
    "DCAT", "DCTERMS", "OWL", "PROV", "RDF", "RDFS", "SH", "SKOS", "VOID", "XSD",
]
