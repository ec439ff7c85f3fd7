"""Turn checked curation into RDF quads under DEFAULT_BASE.

Where things go:
- identity (type, labels, description, sameAs, reference links) -> graph/entities
- what one source says about one resource -> the graph named by that claim's IRI
- sources, claims, evidence, curation -> graph/provenance
Every node gets an IRI (no blank nodes), so dumps are deterministic and every
node can be dereferenced: value nodes are fragments of their claim's IRI.
"""

from __future__ import annotations

from decimal import Decimal

from pyoxigraph import Literal, NamedNode, Quad

from .curation import Curation, Fact, Quantity, Source, When, as_list
from .fields import BY_KEY
from .iris import DEFAULT_BASE, Iris
from .namespaces import DCTERMS, GEONAMES, MCO, OA, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, TIME, WD, XSD

IRIS = Iris(DEFAULT_BASE)
IN_XSD = {"date": "inXSDDate", "gYearMonth": "inXSDgYearMonth", "gYear": "inXSDgYear"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def N(term) -> NamedNode:
    return NamedNode(str(term))


def text(value: str, lang: str = "en") -> Literal:
    """A literal; 'Рахмон@ru' gives a language tag other than the default."""
    if "@" in value[-6:]:
        value, _, tag = value.rpartition("@")
        return Literal(value, language=tag)
    return Literal(value, language=lang)


def when_literal(w: When) -> Literal:
    return Literal(w.lexical, datatype=N(XSD[w.datatype]))


def when_label(w: When) -> str:
    return date_label(w.lexical)


def date_label(lexical: str) -> str:
    """A date at its precision, in words: 10 August 2022, August 2022, 2022.

    >>> date_label("2022-08-10"), date_label("2022-08"), date_label("2022")
    ('10 August 2022', 'August 2022', '2022')
    """
    parts = lexical.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTHS[int(parts[1]) - 1]
    return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


def _num(d: Decimal) -> Literal:
    if d == d.to_integral_value():
        return Literal(str(int(d)), datatype=N(XSD.integer))
    return Literal(str(d.normalize()), datatype=N(XSD.decimal))


def quantity_label(q: Quantity) -> str:
    f = lambda d: f"{d:,.{0 if d == d.to_integral_value() else 1}f}"  # noqa: E731
    if q.value is not None:
        s = ("about " if q.approximate else "") + f(q.value)
    elif q.min is not None and q.max is not None:
        s = f"{f(q.min)} to {f(q.max)}"
    elif q.min is not None:
        s = f"more than {f(q.min)}"
    else:
        s = f"up to {f(q.max)}"
    if q.percent:
        s += "%"
    if q.currency:
        s += f" {q.currency}"
    return s


class Emitter:
    def __init__(self, cur: Curation):
        self.cur = cur
        self.quads: list[Quad] = []
        self.entities = N(IRIS.graph("entities"))
        self.provenance = N(IRIS.graph("provenance"))

    def add(self, s, p, o, g) -> None:
        self.quads.append(Quad(s if isinstance(s, NamedNode) else N(s), N(p), o, g))

    def ref(self, slug: str) -> NamedNode:
        return N(IRIS.mint(self.cur.kind_of(slug), slug))

    def ref_or_concept(self, slug: str) -> NamedNode:
        if slug in self.cur.entities or slug in self.cur.resources:
            return self.ref(slug)
        return N(IRIS.mint("concept", slug))

    # -------------------------------------------------------------- identity
    def identity(self) -> None:
        g = self.entities
        for e in self.cur.entities.values():
            s = self.ref(e.id)
            self._label(s, e.type, e.label, e.alt_labels, e.description, g)
            if e.wikidata:
                self.add(s, OWL.sameAs, N(WD[e.wikidata]), g)
            if e.geonames:
                self.add(s, OWL.sameAs, NamedNode(f"{GEONAMES}{e.geonames}/"), g)
            for prop, refs in e.links.items():
                for ref, _ in refs:
                    self.add(s, MCO[prop], self.ref(ref), g)
        for slug, (type_, label, alts, desc, _) in self.cur.resources.items():
            self._label(self.ref(slug), type_, label, alts, desc, g)

    def _label(self, s, type_, label, alts, desc, g) -> None:
        self.add(s, RDF.type, N(MCO[type_]), g)
        self.add(s, RDFS.label, text(label), g)
        for a in alts:
            self.add(s, SKOS.altLabel, text(a), g)
        if desc:
            self.add(s, RDFS.comment, text(desc), g)

    # -------------------------------------------------------------- sources
    def source(self, src: Source) -> NamedNode:
        g, m = self.provenance, src.meta
        s = N(IRIS.mint("source", src.id))
        self.add(s, RDF.type, N(MCO.SourceDocument), g)
        self.add(s, RDFS.label, text(m["title"]), g)
        self.add(s, DCTERMS.title, text(m["title"]), g)
        for key, prop in (("creator", DCTERMS.creator), ("publisher", DCTERMS.publisher), ("cites", MCO.cites)):
            for ref in as_list(m.get(key) or []):
                self.add(s, prop, self.ref(ref), g)
        self.add(s, DCTERMS.issued, when_literal(m["issued"]), g)
        if m.get("issued_not_before"):
            self.add(s, MCO.issuedNotBefore, when_literal(m["issued_not_before"]), g)
        self.add(s, DCTERMS.language, Literal(m["language"]), g)
        if m.get("url"):
            self.add(s, SCHEMA.url, NamedNode(m["url"]), g)
        if m.get("description"):
            self.add(s, RDFS.comment, text(m["description"]), g)
        self.add(s, MCO.sha256, Literal(m["sha256"]), g)
        cur = N(IRIS.mint("curation", src.id))
        c = m["curated"]
        self.add(cur, RDF.type, N(MCO.Curation), g)
        self.add(cur, RDFS.label, text(f"Curation of “{m['title']}”"), g)
        self.add(cur, PROV.used, s, g)
        self.add(cur, DCTERMS.date, when_literal(c["date"]), g)
        self.add(cur, DCTERMS.creator, Literal(str(c["by"])), g)
        self.add(cur, MCO.curationMethod, text(str(c["method"])), g)
        return s

    # -------------------------------------------------------------- claims
    def claim(self, src: Source, source_iri: NamedNode, fact: Fact) -> None:
        claim = N(IRIS.mint("claim", f"{src.id}--{fact.claim}"))
        subject = self.ref(fact.id)
        g, p = claim, self.provenance
        self.add(claim, RDF.type, N(MCO.Claim), p)
        label = self.cur.resources[fact.id][1] if fact.id in self.cur.resources else self.cur.entities[fact.id].label
        self.add(claim, RDFS.label, text(f"{label}, according to “{src.meta['title']}”"), p)
        self.add(claim, MCO.claimAbout, subject, p)
        self.add(claim, PROV.wasDerivedFrom, source_iri, p)
        self.add(claim, PROV.wasGeneratedBy, N(IRIS.mint("curation", src.id)), p)
        for i, q in enumerate(fact.quotes, 1):
            ev, qs, ps = (NamedNode(f"{claim.value}#{n}-{i}") for n in ("evidence", "quote", "position"))
            self.add(claim, MCO.evidence, ev, p)
            self.add(ev, RDF.type, N(MCO.Evidence), p)
            self.add(ev, RDFS.label, text(f"evidence {i}"), p)
            self.add(ev, OA.hasSource, source_iri, p)
            self.add(ev, OA.hasSelector, qs, p)
            self.add(qs, RDF.type, N(OA.TextQuoteSelector), p)
            self.add(qs, RDFS.label, text(f"quote {i}"), p)
            self.add(qs, OA.exact, Literal(q.text), p)
            if q.offset is not None:
                self.add(ev, OA.hasSelector, ps, p)
                self.add(ps, RDF.type, N(OA.TextPositionSelector), p)
                self.add(ps, RDFS.label, text(f"characters {q.offset} to {q.offset + len(q.text)}"), p)
                self.add(ps, OA.start, Literal(str(q.offset), datatype=N(XSD.integer)), p)
                self.add(ps, OA.end, Literal(str(q.offset + len(q.text)), datatype=N(XSD.integer)), p)
        if "certainty" not in fact.values:
            self.add(subject, MCO.certainty, N(IRIS.mint("concept", "reported")), g)
        for key, values in fact.values.items():
            fld = BY_KEY[key]
            target = claim if fld.on_claim else subject
            where = p if fld.on_claim else g
            for n, v in enumerate(values, 1):
                self.value(claim, target, key, fld, v, n, where)
        self.time(claim, subject, fact, g)

    def value(self, claim, s, key, fld, v, n, g) -> None:
        prop = MCO[fld.prop]
        if fld.kind == "entity":
            self.add(s, prop, self.ref(v), g)
        elif fld.kind == "threat":
            self.add(s, prop, self.ref_or_concept(v), g)
        elif fld.kind.startswith("concept:"):
            self.add(s, prop, N(IRIS.mint("concept", v)), g)
        elif fld.kind == "date":
            self.add(s, prop, when_literal(v), g)
        elif fld.kind == "duration":
            self.add(s, prop, Literal(v, datatype=N(XSD.duration)), g)
        elif fld.kind == "text":
            self.add(s, prop, text(v), g)
        elif fld.kind in ("quantity", "money"):
            node = NamedNode(f"{claim.value}#{key}" + (f"-{n}" if n > 1 else ""))
            self.add(s, prop, node, g)
            self.quantity(node, v, g)
        elif fld.kind == "troops":
            party, q = v
            if party is None:
                node = NamedNode(f"{claim.value}#troops")
                self.add(s, prop, node, g)
            else:
                part = NamedNode(f"{claim.value}#participation-{party}")
                node = NamedNode(f"{claim.value}#troops-{party}")
                self.add(s, MCO.participation, part, g)
                self.add(part, RDF.type, N(MCO.Participation), g)
                self.add(part, RDFS.label, text(f"participation of {self._label_of(party)}"), g)
                self.add(part, MCO.party, self.ref(party), g)
                self.add(s, MCO.participant, self.ref(party), g)
                self.add(part, MCO.troops, node, g)
            self.quantity(node, q, g)

    def _label_of(self, slug: str) -> str:
        return self.cur.entities[slug].label if slug in self.cur.entities else self.cur.resources[slug][1]

    def quantity(self, node, q: Quantity, g) -> None:
        self.add(node, RDF.type, N(MCO.MonetaryAmount if q.currency else MCO.Quantity), g)
        self.add(node, RDFS.label, text(quantity_label(q)), g)
        for prop, d in ((SCHEMA.value, q.value), (SCHEMA.minValue, q.min), (SCHEMA.maxValue, q.max)):
            if d is not None:
                self.add(node, prop, _num(d), g)
        if q.approximate:
            self.add(node, MCO.approximate, Literal("true", datatype=N(XSD.boolean)), g)
        if q.percent:
            self.add(node, SCHEMA.unitText, Literal("percent"), g)
        if q.currency:
            self.add(node, SCHEMA.currency, Literal(q.currency), g)

    def time(self, claim, s, fact: Fact, g) -> None:
        """OWL-Time view of the dates this claim gives (time:hasTime -> interval or instant)."""
        start = (fact.values.get("date") or fact.values.get("start") or [None])[0]
        end = (fact.values.get("end") or [None])[0]
        if start is None and end is None:
            return
        t = NamedNode(f"{claim.value}#time")
        self.add(s, TIME.hasTime, t, g)
        if "date" in fact.values:
            self.add(t, RDF.type, N(TIME.Instant), g)
            self.add(t, RDFS.label, text(when_label(start)), g)
            self.add(t, TIME[IN_XSD[start.datatype]], when_literal(start), g)
            return
        self.add(t, RDF.type, N(TIME.ProperInterval), g)
        self.add(t, RDFS.label, text(" to ".join(when_label(w) if w else "?" for w in (start, end))), g)
        for w, prop, name in ((start, TIME.hasBeginning, "begin"), (end, TIME.hasEnd, "end")):
            if w is None:
                continue
            node = NamedNode(f"{claim.value}#time-{name}")
            self.add(t, prop, node, g)
            self.add(node, RDF.type, N(TIME.Instant), g)
            self.add(node, RDFS.label, text(when_label(w)), g)
            self.add(node, TIME[IN_XSD[w.datatype]], when_literal(w), g)


def to_quads(cur: Curation) -> list[Quad]:
    em = Emitter(cur)
    em.identity()
    for src in cur.sources:
        iri = em.source(src)
        for fact in src.facts:
            em.claim(src, iri, fact)
    return em.quads
