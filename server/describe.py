"""Normalise a resource for its HTML page: labels, types, properties in a declared order with
linked resources by label, dates at their precision, each value with the claims that support it,
the claims with their sources and quotes. Then the template only renders."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode

from ld.rdfize import date_label

from .backend import Backend

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
OWL_SAMEAS = "http://www.w3.org/2002/07/owl#sameAs"
XSD = "http://www.w3.org/2001/XMLSchema#"

# Properties in page order (local names of mco: unless a full IRI). Others follow alphabetically.
ORDER = [
    "date", "startDate", "endDate", "duration", "frequency", "attestedAt",
    "organizer", "host", "participant", "signatory", "issuer", "donor", "supplier", "provider", "deployer",
    "visitor", "member", "commander", "recipient", "perpetrator", "target", "participation",
    "holder", "memberState", "organization", "roleTitle",
    "location", "facility", "troops", "quantity", "share", "amount", "items",
    "purpose", "threat", "exerciseType", "status", "certainty", "cameoEventType",
    "inSeries", "partOf", "basedOn", "locatedIn", "subOrganizationOf", "nationality",
    DCT + "title", DCT + "creator", DCT + "publisher", DCT + "issued", "issuedNotBefore", DCT + "language",
    "https://schema.org/url", "sha256", "cites",
    SKOS + "prefLabel", SKOS + "definition", SKOS + "broader", SKOS + "narrower", SKOS + "related",
    SKOS + "notation", SKOS + "inScheme", SKOS + "exactMatch", SKOS + "closeMatch",
    SKOS + "altLabel", OWL_SAMEAS,
]
# Shown elsewhere on the page, or the materialized public profile (it is in the RDF).
HIDDEN_PREFIXES = ("https://schema.org/", "http://semanticweb.cs.vu.nl/2009/11/sem/",
                   "http://www.wikidata.org/prop/direct/", "http://www.w3.org/ns/org#",
                   "http://www.w3.org/2006/time#")
HIDDEN = {RDF_TYPE, RDFS + "label", RDFS + "comment", "claim", "http://www.w3.org/ns/prov#wasDerivedFrom"}


@dataclass
class Value:
    text: str
    href: str | None = None
    refs: list[int] = field(default_factory=list)
    external: bool = False


@dataclass
class Row:
    label: str
    href: str
    values: list[Value]


@dataclass
class Claim:
    number: int
    iri: str
    source: str
    source_title: str
    issued: str
    stated_by: tuple[str, str] | None = None
    notes: list[str] = field(default_factory=list)
    quotes: list[tuple[str, str]] = field(default_factory=list)  # (text, "characters a–b")


@dataclass
class Page:
    iri: str
    label: str
    description: str | None
    types: list[Value]
    rows: list[Row]
    claims: list[Claim]
    same_as: list[Value]


def when(lit: Literal) -> str:
    """A date at its precision: 10 August 2022, August 2022, 2022; durations in words."""
    dt, v = lit.datatype.value, lit.value
    if (dt == XSD + "date" and re.fullmatch(r"\d{4}-\d\d-\d\d", v)) or \
            (dt == XSD + "gYearMonth" and re.fullmatch(r"\d{4}-\d\d", v)):
        return date_label(v)
    if dt == XSD + "duration":
        m = re.fullmatch(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?", v)
        if m:
            units = zip(m.groups(), ("year", "month", "week", "day"))
            return ", ".join(f"{n} {u}{'s' if n != '1' else ''}" for n, u in units if n)
    return v


def build_page(be: Backend, urls, iri: str) -> Page:
    vocab = be.iris.vocab
    rows = be.select("statements", iri=iri)
    claims = _claims(be, urls, iri)
    number = {c.iri: c.number for c in claims}
    troops = {r["part"].value: (f"{r['partyLabel'].value}: {r['troops'].value if r['troops'] else '?'} troops",
                                urls.local(r["party"].value)) for r in be.select("participations", iri=iri)}
    graph_labels = {}
    by_prop: dict[str, dict[str, Value]] = {}
    label = description = None
    types: dict[str, Value] = {}
    same_as: dict[str, Value] = {}
    for r in rows:
        p, o, g = r["p"].value, r["o"], r["g"].value
        if p == RDFS + "label" and (label is None or o.language == "en"):
            label = o.value
        elif p == RDFS + "comment":
            description = o.value
        elif p == RDF_TYPE and o.value.startswith(vocab):
            types.setdefault(o.value, Value(_local(o.value), urls.ontology_term(o.value)))
        elif p == OWL_SAMEAS:
            name = "Wikidata " + o.value.rsplit("/", 1)[-1] if "wikidata.org" in o.value else \
                "GeoNames " + o.value.rstrip("/").rsplit("/", 1)[-1] if "geonames.org" in o.value else o.value
            same_as.setdefault(o.value, Value(name, o.value, external=True))
        key = p[len(vocab):] if p.startswith(vocab) else p
        if key in HIDDEN or p in HIDDEN or p.startswith(HIDDEN_PREFIXES):
            continue
        text, href = _show(o, r["label"], urls)
        if key == "participation":
            text, href = troops.get(o.value, (text, href))
        v = by_prop.setdefault(key, {}).setdefault(o.value + str(getattr(o, "datatype", "")), Value(text, href))
        if g in number and number[g] not in v.refs:
            v.refs.append(number[g])
        graph_labels[key] = graph_labels.get(key) or p
    _drop_values_of_superproperties(be, by_prop, graph_labels)
    for values in by_prop.values():
        for v in values.values():
            v.refs.sort()
    prop_labels = _property_labels(be)
    ordered = [k for k in ORDER if k in by_prop and by_prop[k]] + sorted(k for k in by_prop if k not in ORDER and by_prop[k])
    out_rows = [Row(prop_labels.get(graph_labels[k], _local(graph_labels[k])), urls.ontology_term(graph_labels[k]),
                    sorted(by_prop[k].values(), key=lambda v: v.text)) for k in ordered]
    return Page(iri, label or iri, description, list(types.values()), out_rows, claims, list(same_as.values()))


def _drop_values_of_superproperties(be: Backend, by_prop: dict, iris_of: dict) -> None:
    """A value shown under a specific role (host) is not repeated under its superproperty (participant)."""
    def supers():
        out: dict[str, set] = {}
        for r in be.select("subproperties"):
            out.setdefault(r["p"].value, set()).add(r["super"].value)
        return out

    supers_of = be.memo("superproperties", supers)
    key_of = {iri: key for key, iri in iris_of.items()}
    for key, values in list(by_prop.items()):
        for sup in supers_of.get(iris_of[key], ()):
            if sup in key_of:
                for value_key in values:
                    by_prop[key_of[sup]].pop(value_key, None)


def _show(o, label, urls) -> tuple[str, str | None]:
    if isinstance(o, NamedNode):
        return (label.value if label is not None else _local(o.value)), urls.local(o.value)
    if isinstance(o, Literal):
        return when(o), None
    return str(o), None


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri.rstrip("/"))[-1]


def _claims(be: Backend, urls, iri: str) -> list[Claim]:
    out: dict[str, Claim] = {}
    for r in be.select("claims", iri=iri):
        c = r["claim"].value
        if c not in out:
            out[c] = Claim(len(out) + 1, c, urls.local(r["source"].value), r["title"].value, when(r["issued"]))
        claim = out[c]
        if r["stated"] is not None:
            claim.stated_by = (r["statedLabel"].value, urls.local(r["stated"].value))
        if r["note"] is not None and r["note"].value not in claim.notes:
            claim.notes.append(r["note"].value)
        if r["quote"] is not None:
            where = f"characters {r['start'].value}–{r['end'].value}" if r["start"] is not None else ""
            if (r["quote"].value, where) not in claim.quotes:
                claim.quotes.append((r["quote"].value, where))
    return list(out.values())


def _property_labels(be: Backend) -> dict[str, str]:
    def labels():
        out = {r["p"].value: r["l"].value for r in be.select("property-labels")}
        out.update({SKOS + k: v for k, v in (("altLabel", "other names"), ("prefLabel", "preferred label"),
                    ("definition", "definition"), ("broader", "broader"), ("narrower", "narrower"),
                    ("related", "related"), ("notation", "notation"), ("inScheme", "in scheme"),
                    ("exactMatch", "exact match"), ("closeMatch", "close match"))})
        out.update({DCT + k: k for k in ("title", "creator", "publisher", "issued", "language")})
        out["https://schema.org/url"] = "URL"
        return out

    return be.memo("property-labels", labels)
