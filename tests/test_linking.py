"""The committed entities' links: every state's Wikidata and GeoNames ids agree with the country-codes
dataset (../shared/datasets/country-codes), and identifiers are well formed."""

from __future__ import annotations

import csv

import pytest

from .conftest import DATASETS
from .test_quotes import read_committed

COUNTRY_CODES = DATASETS / "country-codes" / "country-codes.csv"


def test_every_state_matches_the_country_codes_dataset():
    if not COUNTRY_CODES.is_file():
        pytest.skip(f"country-codes dataset not found at {COUNTRY_CODES}")
    with COUNTRY_CODES.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    by_qid = {r["wikidata_id"].rsplit("/", 1)[-1]: r for r in rows if r["wikidata_id"]}
    states = [e for e in read_committed().entities.values() if e.type == "State"]
    assert len(states) >= 16
    for state in states:
        assert state.wikidata in by_qid, f"{state.id}: {state.wikidata} is not a state in the dataset"
        row = by_qid[state.wikidata]
        assert state.geonames == row["Geoname ID"], f"{state.id}: GeoNames {state.geonames} != {row['Geoname ID']}"
        names = {row["CLDR display name"], row["official_name_en"]}
        assert {state.label, *state.alt_labels} & names, f"{state.id}: none of our names is in {names}"


def test_wikidata_ids_are_unique():
    seen = {}
    for e in read_committed().entities.values():
        if e.wikidata:
            assert e.wikidata not in seen, f"{e.id} and {seen[e.wikidata]} share {e.wikidata}"
            seen[e.wikidata] = e.id
