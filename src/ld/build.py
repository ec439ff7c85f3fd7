"""The build: load -> provenance -> inference -> checks -> dumps -> store, published atomically.

A build is made in build_dir/releases/.tmp-*, then renamed and pointed at by the
symlink build_dir/current, swapped in one rename. A failed or interrupted build
leaves current as it was; its SHACL report goes to build_dir/last-failure/.
Only this module writes build files.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import DefaultGraph, NamedNode, Quad

from . import convert, dataset, dumps, quotes, reasoning, store, validation
from .errors import ValidationFailed
from .iris import DEFAULT_BASE, Iris
from .settings import Settings

log = logging.getLogger(__name__)
KEEP_RELEASES = 2


@dataclass
class Checked:
    """What the checks found: the dataset (under DEFAULT_BASE), its curation and the figures."""

    store: object
    curation: object
    figures: dict


class Step:
    """Logs a step's start and how long it took: the build's progress display."""

    def __init__(self, name: str, figures: dict):
        self.name, self.figures = name, figures

    def __enter__(self):
        log.info("%s ...", self.name)
        self.t = time.perf_counter()

    def __exit__(self, *exc):
        if exc[0] is None:
            seconds = time.perf_counter() - self.t
            self.figures.setdefault("seconds", {})[self.name] = round(seconds, 2)
            log.info("%s done in %.1f s", self.name, seconds)


def check(settings: Settings, report_dir: Path | None = None) -> Checked:
    """Everything `milcoop validate` runs: curation, quotes, SHACL, HermiT. Writes only report_dir."""
    figures: dict = {}
    with Step("load curation, provenance and inference", figures):
        st, cur = dataset.assemble(settings.ontology_dir, settings.data_dir)
    if settings.sources_dir.is_dir():
        with Step(f"verify quotes against {settings.sources_dir}", figures):
            figures["quotes_verified"] = quotes.verify(cur, quotes.index_texts(settings.sources_dir))
    else:
        log.warning("quotes not verified: no source texts at %s", settings.sources_dir)
        figures["quotes_verified"] = 0
    with Step("SHACL validation (pySHACL)", figures):
        report = validation.validate(convert.to_rdflib(st), validation.load_shapes(settings.shapes_dir))
        if report_dir is not None:
            report_dir.mkdir(parents=True, exist_ok=True)
            (report_dir / "shacl-report.txt").write_text(report.text)
            report.graph.serialize(report_dir / "shacl-report.ttl", format="turtle")
        if not report.conforms:
            raise ValidationFailed(report.text, report.violations)
    if settings.reasoner == "hermit":
        with Step("OWL consistency (HermiT)", figures):
            figures["reasoner_individuals"] = reasoning.check(st, DEFAULT_BASE + "ontology#")
    figures.update(_counts(cur))
    return Checked(st, cur, figures)


def _counts(cur) -> dict:
    claims = [f for s in cur.sources for f in s.facts]
    return {
        "sources": len(cur.sources),
        "entities": len(cur.entities),
        "fact_resources": len(cur.resources),
        "claims": len(claims),
        "quotes": sum(len(f.quotes) for f in claims),
        "wikidata_links": sum(1 for e in cur.entities.values() if e.wikidata),
    }


def build(settings: Settings) -> Path:
    """Run the whole build and publish it; returns the release folder."""
    releases = settings.build_dir / "releases"
    releases.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    tmp = releases / f".tmp-{stamp}-{os.getpid()}"
    try:
        checked = check(settings, report_dir=tmp / "reports")
        figures = checked.figures
        iris = Iris(settings.base)
        with Step("dumps, ontology files and VoID/DCAT", figures):
            quads = dumps.sort_quads(_rebase(checked.store, iris))
            union = dumps.union_triples(quads)
            (tmp / "dumps").mkdir(parents=True)
            dumps.write_dumps(quads, union, tmp / "dumps", iris)
            dumps.write_ontology(quads, tmp / "dumps", iris)
            modified = max(s.meta["curated"]["date"].lexical for s in checked.curation.sources)
            void = dumps.void(union, tmp / "dumps", iris, modified)
            dumps.write_checksums(tmp / "dumps")
        with Step("store (pyoxigraph bulk load)", figures):
            g = NamedNode(iris.graph("void"))
            named = quads + [Quad(t.subject, t.predicate, t.object, g) for t in void]
            # The default graph is the RDF merge of the named graphs (each triple once), as in Fuseki.
            merged = [Quad(t.subject, t.predicate, t.object, DefaultGraph()) for t in set(union) | set(void)]
            store.write(named + merged, tmp / "store")
        figures["triples"] = len(union)
        figures["quads"] = len(quads)
        figures["base"] = settings.base
        (tmp / "manifest.json").write_text(json.dumps(figures, indent=2, sort_keys=True))
        final = releases / f"{stamp}-{os.getpid()}"
        tmp.rename(final)
        _publish(settings.build_dir, final)
    except BaseException:
        failure = settings.build_dir / "last-failure"
        shutil.rmtree(failure, ignore_errors=True)
        if (tmp / "reports").is_dir():
            shutil.move(str(tmp / "reports"), failure)
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    shutil.rmtree(settings.build_dir / "last-failure", ignore_errors=True)
    _prune(releases, final)
    log.info("build published at %s", settings.build_dir / "current")
    return final


def _rebase(st, iris: Iris):
    if iris.base == DEFAULT_BASE:
        return list(st)
    return [convert.rebase_quad(q, iris) for q in st]


def _publish(build_dir: Path, release: Path) -> None:
    """Point build_dir/current at release in one atomic rename."""
    link = build_dir / "current"
    tmp_link = build_dir / f".current-{os.getpid()}"
    tmp_link.unlink(missing_ok=True)
    tmp_link.symlink_to(release.relative_to(build_dir))
    os.replace(tmp_link, link)


def _prune(releases: Path, keep: Path) -> None:
    """Keep the newest releases (a running server may still read the previous one)."""
    old = sorted((p for p in releases.iterdir() if p.is_dir() and not p.name.startswith(".")), reverse=True)
    for p in old[KEEP_RELEASES:]:
        if p != keep:
            shutil.rmtree(p, ignore_errors=True)

