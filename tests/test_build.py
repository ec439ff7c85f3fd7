"""The build: the committed data builds and conforms; rebuilds are byte-identical; a failed build
leaves the last good one in place; another base moves every IRI."""

import gzip
import json
import shutil

import pytest
import rdflib

from ld.build import build
from ld.errors import CurationErrors, ValidationFailed
from ld.store import KnowledgeStore

from .conftest import make_settings

DUMP_FILES = ["milcoop.nq.gz", "milcoop.trig", "milcoop.ttl", "milcoop.jsonld", "void.ttl",
              "ontology.ttl", "ontology.owl", "ontology.jsonld", "ontology.nt", "SHA256SUMS"]


def test_committed_data_builds_with_every_output(built):
    current = built.build_dir / "current"
    assert sorted(p.name for p in (current / "dumps").iterdir()) == sorted(DUMP_FILES)
    manifest = json.loads((current / "manifest.json").read_text())
    assert manifest["sources"] == 5
    assert manifest["quotes_verified"] in (0, manifest["quotes"])
    assert manifest["claims"] >= 100 and manifest["triples"] > 5000
    assert (current / "reports" / "shacl-report.txt").read_text().find("Conforms: True") >= 0


def test_dumps_parse_and_agree(built):
    dumps = built.build_dir / "current" / "dumps"
    ds = rdflib.Dataset()
    ds.parse(data=gzip.decompress((dumps / "milcoop.nq.gz").read_bytes()), format="nquads")
    trig = rdflib.Dataset().parse(dumps / "milcoop.trig", format="trig")
    ttl = rdflib.Graph().parse(dumps / "milcoop.ttl", format="turtle")
    jsonld = rdflib.Dataset().parse(dumps / "milcoop.jsonld", format="json-ld")
    assert len(ds) == len(trig) == len(jsonld) > 5000  # quads
    union = {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}
    assert len(union) == len(ttl)
    sums = dict(line.split("  ")[::-1] for line in (dumps / "SHA256SUMS").read_text().splitlines())
    assert set(sums) == set(DUMP_FILES) - {"SHA256SUMS"}


def test_void_describes_dumps_endpoint_and_linkset(built):
    g = rdflib.Graph().parse(built.build_dir / "current" / "dumps" / "void.ttl")
    q = """PREFIX void: <http://rdfs.org/ns/void#> PREFIX dct: <http://purl.org/dc/terms/>
    SELECT ?triples ?links ?lic (COUNT(DISTINCT ?dump) AS ?dumps) WHERE {
      ?ds a void:Dataset ; void:triples ?triples ; void:sparqlEndpoint ?ep ; dct:license ?lic ; void:dataDump ?dump ;
          void:subset ?ls . ?ls a void:Linkset ; void:triples ?links } GROUP BY ?triples ?links ?lic"""
    (row,) = list(g.query(q))
    assert int(row.triples) > 5000 and int(row.links) >= 16 and int(row.dumps) == 4
    assert str(row.lic) == "https://creativecommons.org/licenses/by/4.0/"


def test_rebuild_is_byte_identical(built, tmp_path):
    again = make_settings(tmp_path / "again")
    build(again)
    first, second = built.build_dir / "current" / "dumps", again.build_dir / "current" / "dumps"
    for name in DUMP_FILES:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_failed_build_leaves_the_last_good_build(tmp_path, data_copy):
    settings = make_settings(tmp_path / "b", data_dir=str(data_copy))
    good = build(settings)
    current = settings.build_dir / "current"
    before = (current / "dumps" / "SHA256SUMS").read_text()
    # A curation mistake: the build stops before writing anything.
    path = data_copy / "sources" / "askeroglu-2022-us-exercise-tajikistan.yaml"
    path.write_text(path.read_text().replace("organizer: united-states", "organizer: atlantis", 1))
    with pytest.raises(CurationErrors):
        build(settings)
    assert current.resolve() == good and (current / "dumps" / "SHA256SUMS").read_text() == before
    # A SHACL violation (an activity with no participant): the report is kept for the curator.
    path.write_text(path.read_text().replace("organizer: atlantis", "organizer: united-states")
                    .replace("    participants: [india, tajikistan]\n", ""))
    with pytest.raises(ValidationFailed):
        build(settings)
    assert current.resolve() == good and (current / "dumps" / "SHA256SUMS").read_text() == before
    assert "schema:participant" in (settings.build_dir / "last-failure" / "shacl-report.txt").read_text()
    assert KnowledgeStore(current / "store").exists("https://w3id.org/milcoop/id/state/tajikistan")
    assert not [p for p in (settings.build_dir / "releases").iterdir() if p.name.startswith(".tmp")]


def test_another_base_moves_every_iri(tmp_path):
    base = "http://127.0.0.1:8080/"
    settings = make_settings(tmp_path / "b", base=base)
    build(settings)
    text = (settings.build_dir / "current" / "dumps" / "milcoop.ttl").read_text()
    assert "w3id.org/milcoop" not in text
    st = KnowledgeStore(settings.build_dir / "current" / "store")
    assert st.exists(base + "id/exercise/regional-cooperation-2022")
    assert bool(st.query(f"ASK {{ ?x a <{base}ontology#JointExercise> }}"))
    shutil.rmtree(settings.build_dir)
