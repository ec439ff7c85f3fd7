"""The committed quotes stand at their offsets in the real source texts; `locate` fills offsets in."""

import shutil

from ld import curation, dataset, quotes
from ld.settings import PROJECT_ROOT
from pyoxigraph import Store

from .conftest import needs_seeds


def read_committed(data_dir=PROJECT_ROOT / "data"):
    st = Store()
    dataset.load_turtle(st, PROJECT_ROOT / "ontology" / "concepts.ttl", dataset.IRIS.graph("vocabulary"))
    return curation.read(data_dir, dataset.concept_schemes(st))


def test_every_committed_quote_is_at_its_offsets():
    seeds = needs_seeds()
    cur = read_committed()
    total = sum(len(f.quotes) for s in cur.sources for f in s.facts)
    assert total > 100
    assert quotes.verify(cur, quotes.index_texts(seeds)) == total


def test_every_source_text_is_found_by_its_fingerprint():
    seeds = needs_seeds()
    texts = quotes.index_texts(seeds)
    for src in read_committed().sources:
        assert src.meta["sha256"] in texts, src.file


def test_locate_writes_the_offsets_that_verify_then_accepts(tmp_path):
    seeds = needs_seeds()
    data = tmp_path / "data"
    shutil.copytree(PROJECT_ROOT / "data", data)
    path = data / "sources" / "freund-2022-uzbekistan-tajikistan-exercises.yaml"
    original = path.read_text()
    stripped = "".join(line for line in original.splitlines(keepends=True) if not line.strip().startswith("offset:"))
    path.write_text(stripped)
    filled = quotes.locate(path, quotes.index_texts(seeds))
    assert filled == original.count("offset:")
    assert path.read_text() == original
