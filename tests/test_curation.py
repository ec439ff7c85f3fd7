"""A curator's mistakes get an error naming the file, the line and what is wrong."""

import re
from pathlib import Path

import pytest

from ld import dataset, quotes
from ld.errors import CurationErrors
from ld.settings import PROJECT_ROOT

from .conftest import needs_seeds

HEADER = """source:
  id: test-source
  title: A test source
  creator: sabir-askeroglu
  issued: 2022-08
  language: en
  sha256: 1f2e22486f5a4bc42a217bde9e178f86ae01044bfab4f7c88ff3932c21c43c2c
  curated: {by: tests, date: 2026-11-22, method: written by a test}
facts:
"""
GOOD_FACT = """  - id: test-exercise
    type: JointExercise
    label: Test exercise
    participants: [tajikistan, united-states]
    start: 2022-08-10
    end: 2022-08-20
    quotes:
      - text: "the “Regional Cooperation-2022” exercise was held in Tajikistan"
        offset: 123
"""


def write_source(data_dir: Path, facts: str) -> Path:
    path = data_dir / "sources" / "test-source.yaml"
    path.write_text(HEADER + facts, encoding="utf-8")
    return path


def errors_for(data_dir: Path) -> list[str]:
    with pytest.raises(CurationErrors) as info:
        dataset.assemble(PROJECT_ROOT / "ontology", data_dir)
    return [str(e) for e in info.value.errors]


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def test_the_good_fact_is_accepted(data_copy):
    write_source(data_copy, GOOD_FACT)
    _, cur = dataset.assemble(PROJECT_ROOT / "ontology", data_copy)
    assert "test-exercise" in cur.resources


@pytest.mark.parametrize("change, needle, message", [
    (("participants: [tajikistan, united-states]", "participants: [tajikistan, atlantis]"),
     "participants:", "unknown entity 'atlantis' in participants"),
    (("start: 2022-08-10", "start: 2022-13-01"), "start:", "bad date '2022-13-01'"),
    (("start: 2022-08-10", "start: August 2022"), "start:", "write YYYY-MM-DD, YYYY-MM or YYYY"),
    (("end: 2022-08-20", "end: 2022-08-01"), "end:", "start 2022-08-10 is after end 2022-08-01"),
    (("participants:", "partcipants:"), "partcipants:", "unknown key 'partcipants'"),
    (("type: JointExercise", "type: Wargame"), "type:", "unknown type 'Wargame'"),
    (("    start: 2022-08-10\n", "    troops: lots\n"), "troops:", "bad quantity 'lots'"),
    (("    start: 2022-08-10\n", "    purpose: [world-peace]\n"), "purpose:", "unknown purpose 'world-peace'"),
    (("        offset: 123\n", "        offset: -4\n"), "offset:", "bad offset -4"),
])
def test_mistakes_name_file_line_and_problem(data_copy, change, needle, message):
    path = write_source(data_copy, GOOD_FACT.replace(*change))
    errors = errors_for(data_copy)
    expected = f"{path}:{line_of(path, needle)}: "
    assert any(e.startswith(expected) and message in e for e in errors), errors


def test_a_fact_without_quotes_is_refused(data_copy):
    path = write_source(data_copy, GOOD_FACT.split("    quotes:")[0])
    errors = errors_for(data_copy)
    assert any(e.startswith(f"{path}:{line_of(path, '- id: test-exercise')}:") and "needs 'quotes'" in e for e in errors)


def test_a_new_resource_without_a_label_is_refused(data_copy):
    write_source(data_copy, GOOD_FACT.replace("    label: Test exercise\n", ""))
    assert any("'test-exercise' has no label in any fact" in e for e in errors_for(data_copy))


def test_two_labels_for_one_resource_are_refused(data_copy):
    path = write_source(data_copy, GOOD_FACT + GOOD_FACT.replace("Test exercise", "Other name").replace(
        "    type: JointExercise\n", "    claim: again\n    type: JointExercise\n"))
    errors = errors_for(data_copy)
    assert any("has label 'Other name' here but 'Test exercise'" in e and str(path) in e for e in errors)


def test_all_mistakes_are_reported_together(data_copy):
    write_source(data_copy, GOOD_FACT.replace("tajikistan, united-states", "atlantis, lemuria")
                 .replace("2022-08-10", "2022-02-30"))
    errors = errors_for(data_copy)
    assert len(errors) >= 3


def test_invalid_yaml_names_the_line(data_copy):
    path = write_source(data_copy, GOOD_FACT + "  - id: [unclosed\n")
    errors = errors_for(data_copy)
    assert re.match(rf"{re.escape(str(path))}:\d+: not valid YAML", errors[0]), errors


def test_a_quote_not_at_its_offset_is_caught_with_where_it_is(data_copy):
    seeds = needs_seeds()
    write_source(data_copy, GOOD_FACT)
    _, cur = dataset.assemble(PROJECT_ROOT / "ontology", data_copy)
    with pytest.raises(CurationErrors) as info:
        quotes.verify(cur, quotes.index_texts(seeds))
    text = next(t for h, t in quotes.index_texts(seeds).items() if h.startswith("1f2e2248"))
    at = text.find("the “Regional Cooperation-2022” exercise was held in Tajikistan")
    assert any(f"quote not found at offset 123; it is at {at}" in str(e) for e in info.value.errors)


def test_a_quote_not_in_the_text_at_all_is_caught(data_copy):
    seeds = needs_seeds()
    write_source(data_copy, GOOD_FACT.replace("was held in Tajikistan", "was held on the Moon"))
    _, cur = dataset.assemble(PROJECT_ROOT / "ontology", data_copy)
    with pytest.raises(CurationErrors, match="nor anywhere in the source text"):
        quotes.verify(cur, quotes.index_texts(seeds))
