"""The `milcoop` command as a user runs it: outputs and the documented exit codes."""

from __future__ import annotations

import os
import subprocess
import sys

from ld.settings import PROJECT_ROOT

from .conftest import needs_seeds


def milcoop(*args, env=None):
    return subprocess.run([sys.executable, "-m", "ld", "-q", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, cwd=PROJECT_ROOT, timeout=300)


def test_quotes_verify_on_the_seeds():
    seeds = needs_seeds()
    r = milcoop("quotes", "verify", str(seeds))
    assert r.returncode == 0, r.stderr
    assert "131 quotes verified in 5 sources" in r.stdout


def test_query_outputs_and_bad_query_exit_code(built):
    env = {"MILCOOP_BUILD_DIR": str(built.build_dir)}
    r = milcoop("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/milcoop/ontology#SourceDocument> }",
                "--format", "csv", env=env)
    assert r.returncode == 0 and r.stdout.splitlines() == ["n", "5"]
    r = milcoop("query", "SELECT WHERE {", env=env)
    assert r.returncode == 6 and r.stderr.startswith("error: ")


def test_nothing_built_exit_code(tmp_path):
    r = milcoop("query", "ASK {}", env={"MILCOOP_BUILD_DIR": str(tmp_path)})
    assert r.returncode == 7 and "run `milcoop build` first" in r.stderr


def test_curation_error_exit_code_names_file_and_line(tmp_path, data_copy):
    path = data_copy / "sources" / "askeroglu-2022-us-exercise-tajikistan.yaml"
    text = path.read_text()
    path.write_text(text.replace("organizer: united-states", "organizer: atlantis", 1))
    line = next(i for i, ln in enumerate(path.read_text().splitlines(), 1) if "organizer: atlantis" in ln)
    r = milcoop("validate", env={"MILCOOP_DATA_DIR": str(data_copy), "MILCOOP_BUILD_DIR": str(tmp_path)})
    assert r.returncode == 3
    assert f"{path}:{line}: unknown entity 'atlantis' in organizer" in r.stderr


def test_bad_setting_exit_code():
    r = milcoop("validate", env={"MILCOOP_BASE": "no-slash"})
    assert r.returncode == 2 and "must end with '/'" in r.stderr


def test_dump_copies_the_dumps(built, tmp_path):
    r = milcoop("dump", str(tmp_path / "out"), env={"MILCOOP_BUILD_DIR": str(built.build_dir)})
    assert r.returncode == 0
    assert (tmp_path / "out" / "milcoop.nq.gz").read_bytes() == \
        (built.build_dir / "current" / "dumps" / "milcoop.nq.gz").read_bytes()
