"""Shared fixtures: settings that point at temporary build folders, and one real build of the
committed data per test session (the build itself is under test)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ld.build import build
from ld.settings import PROJECT_ROOT, Settings
from ld.store import KnowledgeStore

SEEDS = PROJECT_ROOT.parent / "shared" / "seeds"
DATASETS = PROJECT_ROOT.parent / "shared" / "datasets"
CONFORMANCE = PROJECT_ROOT.parent / "shared" / "conformance" / "w3c-sparql11"


def make_settings(build_dir: Path, **overrides) -> Settings:
    return Settings.load(env={}, build_dir=str(build_dir), **overrides)


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Settings:
    """The committed data, built once for the session into a temporary folder."""
    settings = make_settings(tmp_path_factory.mktemp("build"))
    build(settings)
    return settings


@pytest.fixture(scope="session")
def store(built) -> KnowledgeStore:
    return KnowledgeStore(built.build_dir / "current" / "store")


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A writable copy of data/ for tests that break it on purpose."""
    dest = tmp_path / "data"
    shutil.copytree(PROJECT_ROOT / "data", dest)
    return dest


@pytest.fixture(scope="session")
def live(built):
    """The real server (`milcoop serve`, gunicorn) over the session's build, on a loopback port."""
    from .live import LiveServer

    server = LiveServer(built.build_dir)
    yield server
    server.stop()


def needs_seeds():
    if not SEEDS.is_dir():
        pytest.skip(f"source texts not found at {SEEDS} (../shared/seeds beside the repo)")
    return SEEDS
