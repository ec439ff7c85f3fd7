"""Competency questions (tests/competency/*.rq): each says its question and expected answers
(the ?answer values: slugs of IRIs, or literals), and runs on the built store."""

from pathlib import Path

import pytest
from pyoxigraph import NamedNode

QUESTIONS = sorted((Path(__file__).parent / "competency").glob("*.rq"))


def expected(path: Path) -> set[str]:
    line = next(ln for ln in path.read_text().splitlines() if ln.startswith("# expect:"))
    return set(line.split(":", 1)[1].split())


def test_every_question_is_asked_through_both_profiles():
    stems = {p.name.split(".")[0] for p in QUESTIONS}
    for stem in stems:
        assert {f"{stem}.schema.rq", f"{stem}.mco.rq"} <= {p.name for p in QUESTIONS}, stem


@pytest.mark.parametrize("path", QUESTIONS, ids=lambda p: p.stem)
def test_competency_question(store, path):
    answers = set()
    for row in store.query(path.read_text()):
        value = row["answer"]
        answers.add(value.value.rsplit("/", 1)[-1] if isinstance(value, NamedNode) else value.value)
    assert answers == expected(path)
