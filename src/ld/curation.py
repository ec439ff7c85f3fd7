"""Read the curated facts (data/entities.yaml, data/sources/*.yaml) into checked Python objects.

Every mistake becomes a CurationError naming the file, the line and what is
wrong; all of a run's mistakes are reported together (CurationErrors).
docs/curation.md documents the format.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from .errors import CurationError, CurationErrors
from .fields import BY_KEY, CURATED_KEYS, ENTITY_KEYS, ENTITY_LINKS, FACT_META, SOURCE_KEYS
from .iris import CLASS_KIND, SLUG
from .yamlines import LineDict, load

QID = re.compile(r"^Q[1-9][0-9]*$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
DURATION = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$")
LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")
QUANTITY = re.compile(
    r"^(?P<op>~|>|<)?\s*(?P<a>\d[\d_,]*(?:\.\d+)?)(?:\s*-\s*(?P<b>\d[\d_,]*(?:\.\d+)?))?\s*(?P<pct>%)?$"
)


@dataclass
class Located:
    file: str
    line: int

    def error(self, message: str, line: int | None = None) -> CurationError:
        return CurationError(self.file, line or self.line, message)


@dataclass
class When(Located):
    """A time at the precision the source gives: xsd:date, xsd:gYearMonth or xsd:gYear."""

    lexical: str = ""
    datatype: str = "date"  # date | gYearMonth | gYear

    @property
    def earliest(self) -> dt.date:
        parts = [int(p) for p in self.lexical.split("-")] + [1, 1]
        return dt.date(parts[0], parts[1], parts[2])

    @property
    def latest(self) -> dt.date:
        parts = [int(p) for p in self.lexical.split("-")]
        if len(parts) == 3:
            return dt.date(*parts)
        if len(parts) == 2:
            y, m = parts
            return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(parts[0], 12, 31)


@dataclass
class Quantity(Located):
    """A number as the source gives it: exact, approximate (~), bound (> <) or range (a-b)."""

    value: Decimal | None = None
    min: Decimal | None = None
    max: Decimal | None = None
    approximate: bool = False
    percent: bool = False
    currency: str | None = None


@dataclass
class Quote(Located):
    text: str = ""
    offset: int | None = None


@dataclass
class Fact(Located):
    """One claim of one source about one resource."""

    id: str = ""
    claim: str = ""
    type: str | None = None
    label: str | None = None
    alt_labels: list[str] = field(default_factory=list)
    description: str | None = None
    values: dict = field(default_factory=dict)  # key -> list of parsed values
    lines: dict = field(default_factory=dict)  # key -> line
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class Source(Located):
    id: str = ""
    meta: dict = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)


@dataclass
class Entity(Located):
    id: str = ""
    type: str = ""
    label: str = ""
    alt_labels: list[str] = field(default_factory=list)
    description: str | None = None
    wikidata: str | None = None
    geonames: str | None = None
    links: dict = field(default_factory=dict)  # mco property -> [slug]


@dataclass
class Curation:
    entities: dict[str, Entity]
    sources: list[Source]
    # resolved identity of every fact-bearing resource: slug -> (type, label, alt_labels, description, Located)
    resources: dict[str, tuple] = field(default_factory=dict)

    def kind_of(self, slug: str) -> str:
        if slug in self.entities:
            return CLASS_KIND[self.entities[slug].type]
        return CLASS_KIND[self.resources[slug][0]]


class _Collector:
    """Collects errors so one run reports all of them."""

    def __init__(self):
        self.errors: list[CurationError] = []

    def add(self, err: CurationError):
        self.errors.append(err)

    def raise_if_any(self):
        if self.errors:
            self.errors.sort(key=lambda e: (e.file, e.line or 0))
            raise CurationErrors(self.errors)


# ------------------------------------------------------------------ value parsers

def parse_when(value, loc: Located) -> When:
    if isinstance(value, dt.datetime):
        raise loc.error(f"give a date, not a date and time: {value}")
    if isinstance(value, dt.date):
        return When(loc.file, loc.line, value.isoformat(), "date")
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            return When(loc.file, loc.line, text, "gYear")
        if re.fullmatch(r"\d{4}-\d{2}", text):
            dt.date(int(text[:4]), int(text[5:]), 1)
            return When(loc.file, loc.line, text, "gYearMonth")
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            dt.date.fromisoformat(text)
            return When(loc.file, loc.line, text, "date")
    except ValueError as exc:
        raise loc.error(f"bad date {text!r}: {exc}") from exc
    raise loc.error(f"bad date {text!r}: write YYYY-MM-DD, YYYY-MM or YYYY (the precision the source gives)")


def _number(text: str, loc: Located) -> Decimal:
    try:
        return Decimal(text.replace("_", "").replace(",", ""))
    except InvalidOperation as exc:
        raise loc.error(f"bad number {text!r}") from exc


def parse_quantity(value, loc: Located) -> Quantity:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise loc.error(f"bad quantity {value!r}: write 12000, '~100', '7000-8000', '>260000000', '<1000' or '18%'")
    if isinstance(value, (int, float)):
        if value < 0:
            raise loc.error(f"quantity must not be negative: {value}")
        return Quantity(loc.file, loc.line, value=Decimal(str(value)))
    m = QUANTITY.match(value.strip())
    if not m:
        raise loc.error(f"bad quantity {value!r}: write 12000, '~100', '7000-8000', '>260000000', '<1000' or '18%'")
    a = _number(m["a"], loc)
    q = Quantity(loc.file, loc.line, percent=bool(m["pct"]))
    if m["b"]:
        if m["op"]:
            raise loc.error(f"bad quantity {value!r}: a range takes no ~, > or <")
        q.min, q.max = a, _number(m["b"], loc)
        if q.min > q.max:
            raise loc.error(f"bad range {value!r}: the lower bound is above the upper")
    elif m["op"] == ">":
        q.min = a
    elif m["op"] == "<":
        q.max = a
    else:
        q.value, q.approximate = a, m["op"] == "~"
    return q


def parse_money(value, loc: Located) -> Quantity:
    if not isinstance(value, dict) or set(value) != {"value", "currency"}:
        raise loc.error("money takes exactly {value: <quantity>, currency: <ISO 4217 code>}")
    q = parse_quantity(value["value"], loc)
    if not re.fullmatch(r"[A-Z]{3}", str(value["currency"])):
        raise loc.error(f"bad currency {value['currency']!r}: use an ISO 4217 code such as USD")
    q.currency = value["currency"]
    return q


def parse_duration(value, loc: Located) -> str:
    if not isinstance(value, str) or not DURATION.match(value):
        raise loc.error(f"bad duration {value!r}: write ISO 8601 such as P6D (six days) or P2Y (two years)")
    return value


def as_list(value) -> list:
    return list(value) if isinstance(value, list) else [value]


def _check_keys(d: LineDict, allowed: set, loc: Located, what: str, errors: _Collector) -> None:
    for key in d:
        if key not in allowed:
            errors.add(loc.error(f"unknown key {key!r} in {what}; allowed: {', '.join(sorted(allowed))}", d.line_of(key)))


def _text(d: LineDict, key: str, loc: Located, required: bool = False) -> str | None:
    value = d.get(key)
    if value is None:
        if required:
            raise loc.error(f"missing required key {key!r}")
        return None
    if not isinstance(value, str) or not value.strip():
        raise loc.error(f"{key} must be non-empty text", d.line_of(key))
    return value.strip()


def _slug(d: LineDict, loc: Located) -> str:
    slug = d.get("id")
    if slug is None:
        raise loc.error("missing required key 'id'")
    if not isinstance(slug, str) or not SLUG.match(slug):
        raise loc.error(f"bad id {slug!r}: use lower-case letters, digits and single hyphens", d.line_of("id"))
    return slug


def _type(d: LineDict, loc: Located) -> str | None:
    t = d.get("type")
    if t is not None and t not in CLASS_KIND:
        raise loc.error(f"unknown type {t!r}; known types: {', '.join(sorted(CLASS_KIND))}", d.line_of("type"))
    return t


# ------------------------------------------------------------------ files

def read_entities(path: Path, errors: _Collector) -> dict[str, Entity]:
    doc = load(path)
    out: dict[str, Entity] = {}
    if not isinstance(doc, list):
        errors.add(CurationError(path, 1, "entities file must be a list of entities"))
        return out
    for item in doc:
        loc = Located(str(path), getattr(item, "line", 0))
        try:
            if not isinstance(item, LineDict):
                raise loc.error("each entity must be a mapping with id, type and label")
            _check_keys(item, ENTITY_KEYS, loc, "an entity", errors)
            e = Entity(loc.file, loc.line, id=_slug(item, loc))
            e.type = _type(item, loc) or ""
            if not e.type:
                raise loc.error("missing required key 'type'")
            e.label = _text(item, "label", loc, required=True)
            e.alt_labels = [str(a) for a in as_list(item.get("alt_labels", []))]
            e.description = _text(item, "description", loc)
            if item.get("wikidata") is not None:
                if not QID.match(str(item["wikidata"])):
                    raise loc.error(f"bad wikidata id {item['wikidata']!r}: write Q followed by digits", item.line_of("wikidata"))
                e.wikidata = str(item["wikidata"])
            if item.get("geonames") is not None:
                if not str(item["geonames"]).isdigit():
                    raise loc.error(f"bad geonames id {item['geonames']!r}: digits only", item.line_of("geonames"))
                e.geonames = str(item["geonames"])
            for key, prop in ENTITY_LINKS.items():
                if key in item:
                    e.links[prop] = [(str(v), item.line_of(key)) for v in as_list(item[key])]
            if e.id in out:
                raise loc.error(f"duplicate id {e.id!r} (first at line {out[e.id].line})")
            out[e.id] = e
        except CurationError as err:
            errors.add(err)
    return out


def read_source(path: Path, errors: _Collector) -> Source | None:
    doc = load(path)
    top = Located(str(path), 1)
    if not isinstance(doc, LineDict) or "source" not in doc or "facts" not in doc:
        errors.add(top.error("a source file is a mapping with 'source' and 'facts'"))
        return None
    _check_keys(doc, {"source", "facts"}, top, "a source file", errors)
    meta = doc["source"]
    loc = Located(str(path), getattr(meta, "line", 1))
    try:
        if not isinstance(meta, LineDict):
            raise loc.error("'source' must be a mapping")
        _check_keys(meta, SOURCE_KEYS, loc, "source", errors)
        src = Source(loc.file, loc.line, id=_slug(meta, loc), meta=meta)
        _text(meta, "title", loc, required=True)
        if not (meta.get("creator") or meta.get("publisher")):
            raise loc.error("a source needs a creator or a publisher")
        if "issued" not in meta:
            raise loc.error("missing required key 'issued' (the best date or bound the text gives)")
        meta["issued"] = parse_when(meta["issued"], Located(loc.file, meta.line_of("issued")))
        if "issued_not_before" in meta:
            meta["issued_not_before"] = parse_when(meta["issued_not_before"], Located(loc.file, meta.line_of("issued_not_before")))
        if not LANG.match(str(meta.get("language", ""))):
            raise loc.error("missing or bad 'language': give a BCP 47 tag such as en", meta.line_of("language"))
        if not SHA256.match(str(meta.get("sha256", ""))):
            raise loc.error("missing or bad 'sha256': the hex SHA-256 of the source text", meta.line_of("sha256"))
        cur = meta.get("curated")
        if not isinstance(cur, LineDict) or set(cur) != CURATED_KEYS:
            raise loc.error("'curated' needs exactly: by, date, method", meta.line_of("curated"))
        cur["date"] = parse_when(cur["date"], Located(loc.file, cur.line_of("date")))
    except CurationError as err:
        errors.add(err)
        return None
    facts = doc["facts"]
    if not isinstance(facts, list):
        errors.add(Located(str(path), doc.line_of("facts")).error("'facts' must be a list"))
        return src
    claims: dict[str, int] = {}
    for item in facts:
        fl = Located(str(path), getattr(item, "line", doc.line_of("facts")))
        try:
            fact = _read_fact(item, fl, errors)
        except CurationError as err:
            errors.add(err)
            continue
        if fact.claim in claims:
            errors.add(fl.error(f"a second claim {fact.claim!r} in this file (first at line {claims[fact.claim]}): "
                                "give one of them a distinct 'claim' name"))
            continue
        claims[fact.claim] = fl.line
        src.facts.append(fact)
    return src


def _read_fact(item, loc: Located, errors: _Collector) -> Fact:
    if not isinstance(item, LineDict):
        raise loc.error("each fact must be a mapping with at least id and quotes")
    _check_keys(item, FACT_META | set(BY_KEY), loc, "a fact", errors)
    fact = Fact(loc.file, loc.line, id=_slug(item, loc))
    fact.claim = fact.id
    if "claim" in item:
        if not isinstance(item["claim"], str) or not SLUG.match(item["claim"]):
            raise loc.error(f"bad claim name {item['claim']!r}", item.line_of("claim"))
        fact.claim = f"{fact.id}-{item['claim']}"
    fact.type = _type(item, loc)
    fact.label = _text(item, "label", loc)
    fact.alt_labels = [str(a) for a in as_list(item.get("alt_labels", []))]
    fact.description = _text(item, "description", loc)
    quotes = item.get("quotes")
    if not quotes:
        raise loc.error("a fact needs 'quotes': at least one quote from the source that supports it")
    for q in as_list(quotes):
        ql = Located(loc.file, getattr(q, "line", item.line_of("quotes")))
        if not isinstance(q, LineDict) or "text" not in q or not set(q) <= {"text", "offset"}:
            errors.add(ql.error("each quote is a mapping {text: ..., offset: N}"))
            continue
        if not isinstance(q["text"], str) or not q["text"].strip():
            errors.add(ql.error("a quote's text must not be empty"))
            continue
        offset = q.get("offset")
        if offset is not None and (not isinstance(offset, int) or isinstance(offset, bool) or offset < 0):
            errors.add(ql.error(f"bad offset {offset!r}: a character position from 0", q.line_of("offset")))
            continue
        fact.quotes.append(Quote(ql.file, ql.line, text=q["text"], offset=offset))
    for key, raw in item.items():
        if key in FACT_META or key not in BY_KEY:  # unknown keys were reported by _check_keys
            continue
        vl = Located(loc.file, item.line_of(key))
        fact.lines[key] = vl.line
        try:
            fact.values[key] = _parse_value(BY_KEY[key].kind, raw, vl)
        except CurationError as err:
            errors.add(err)
    return fact


def _parse_value(kind: str, raw, loc: Located) -> list:
    if kind in ("entity", "threat") or kind.startswith("concept:"):
        values = as_list(raw)
        for v in values:
            if not isinstance(v, str) or not SLUG.match(v):
                raise loc.error(f"bad reference {v!r}: give the id of an entity, fact or concept")
        return values
    if kind == "date":
        return [parse_when(raw, loc)]
    if kind == "duration":
        return [parse_duration(raw, loc)]
    if kind == "quantity":
        return [parse_quantity(raw, loc)]
    if kind == "money":
        return [parse_money(v, loc) for v in as_list(raw)]
    if kind == "troops":
        if isinstance(raw, dict):
            out = []
            for party, q in raw.items():
                if not SLUG.match(str(party)):
                    raise loc.error(f"bad party id {party!r} in troops")
                out.append((str(party), parse_quantity(q, Located(loc.file, raw.line_of(party)))))
            return out
        return [(None, parse_quantity(raw, loc))]
    if kind == "text":
        if not isinstance(raw, str) or not raw.strip():
            raise loc.error("must be non-empty text")
        return [raw.strip()]
    raise AssertionError(kind)


# ------------------------------------------------------------------ whole folder

def read(data_dir: Path, concepts: dict[str, str]) -> Curation:
    """Read and check the whole curation folder. ``concepts`` maps concept slug -> scheme slug."""
    errors = _Collector()
    entities_file = data_dir / "entities.yaml"
    if not entities_file.is_file():
        raise CurationErrors([CurationError(entities_file, None, "missing: the entities file")])
    try:
        entities = read_entities(entities_file, errors)
    except CurationError as err:
        errors.add(err)
        entities = {}
    sources: list[Source] = []
    for path in sorted((data_dir / "sources").glob("*.yaml")):
        try:
            src = read_source(path, errors)
        except CurationError as err:
            errors.add(err)
            continue
        if src:
            sources.append(src)
    cur = Curation(entities, sources)
    _resolve(cur, concepts, errors)
    errors.raise_if_any()
    return cur


def _resolve(cur: Curation, concepts: dict[str, str], errors: _Collector) -> None:
    """Give every fact-bearing resource one type and label; check every reference."""
    seen_sources: dict[str, Source] = {}
    for src in cur.sources:
        if src.id in seen_sources:
            errors.add(src.error(f"source id {src.id!r} also used in {seen_sources[src.id].file}"))
        seen_sources[src.id] = src
    decl: dict[str, dict] = {}
    for src in cur.sources:
        for f in src.facts:
            if f.id in cur.entities and (f.type or f.label):
                errors.add(f.error(f"{f.id!r} is an entity of entities.yaml (line {cur.entities[f.id].line}); "
                                   "give its type and label there only"))
                continue
            d = decl.setdefault(f.id, {"type": None, "label": None, "alt": [], "desc": None, "at": None})
            for attr, key in (("type", "type"), ("label", "label"), ("description", "desc")):
                value = getattr(f, attr)
                if value is None:
                    continue
                if d[key] is not None and d[key][0] != value:
                    errors.add(f.error(f"{f.id!r} has {attr} {value!r} here but {d[key][0]!r} at "
                                       f"{d[key][1].file}:{d[key][1].line}"))
                elif d[key] is None:
                    d[key] = (value, f)
            d["alt"] += [a for a in f.alt_labels if a not in d["alt"]]
    for slug, d in decl.items():
        if slug in cur.entities:
            continue
        first = next(f for s in cur.sources for f in s.facts if f.id == slug)
        if d["type"] is None or d["label"] is None:
            errors.add(first.error(f"{slug!r} has no {'type' if d['type'] is None else 'label'} in any fact; "
                                   "give it once, in one of the facts about it"))
            continue
        cur.resources[slug] = (d["type"][0], d["label"][0], d["alt"], d["desc"] and d["desc"][0], d["type"][1])
    known = set(cur.entities) | set(cur.resources)
    for e in cur.entities.values():
        for prop, refs in e.links.items():
            for ref, line in refs:
                if ref not in known:
                    errors.add(e.error(f"unknown entity {ref!r} in {prop}", line))
    for src in cur.sources:
        for key in ("creator", "publisher", "cites"):
            for ref in as_list(src.meta.get(key) or []):
                if ref not in cur.entities:
                    errors.add(src.error(f"unknown entity {ref!r} in {key}: add it to entities.yaml", src.meta.line_of(key)))
        for f in src.facts:
            for key, values in f.values.items():
                kind = BY_KEY[key].kind
                line = f.lines.get(key, f.line)
                for v in values:
                    ref = v[0] if kind == "troops" else v
                    if kind == "troops" and ref is not None and ref not in known:
                        errors.add(f.error(f"unknown entity {ref!r} in troops", line))
                    elif kind == "entity" and ref not in known:
                        errors.add(f.error(f"unknown entity {ref!r} in {key}: define it in entities.yaml or as a fact", line))
                    elif kind.startswith("concept:"):
                        scheme = kind.split(":", 1)[1]
                        if concepts.get(ref) != scheme:
                            choices = sorted(c for c, s in concepts.items() if s == scheme)
                            errors.add(f.error(f"unknown {key} {ref!r}; the {scheme} scheme has: {', '.join(choices)}", line))
                    elif kind == "threat" and ref not in known and concepts.get(ref) != "security-topics":
                        errors.add(f.error(f"unknown threat {ref!r}: a security-topics concept or an entity id", line))
            if "start" in f.values and "end" in f.values:
                start, end = f.values["start"][0], f.values["end"][0]
                if start.earliest > end.latest:
                    errors.add(f.error(f"start {start.lexical} is after end {end.lexical}", f.lines["end"]))
