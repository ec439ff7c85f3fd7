"""The one place that reads configuration: environment variables, optionally a TOML file.

Every setting is a row of SETTINGS: (name, default, help). The environment
variable is ``MILCOOP_`` + the upper-cased name; a TOML file named by
``MILCOOP_CONFIG`` (or ``milcoop.toml`` in the project root) may set the same
names; the environment wins.

>>> s = Settings.load(env={"MILCOOP_BASE": "http://example.org/mc/"})
>>> s.base
'http://example.org/mc/'
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

from .errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parents[2]

SETTINGS: list[tuple[str, str, str]] = [
    ("base", "https://w3id.org/milcoop/", "Base IRI of everything published; must end with '/'."),
    ("data_dir", "data", "Folder of curated facts: entities.yaml and sources/*.yaml."),
    ("ontology_dir", "ontology", "Folder of the ontology (mco.ttl) and concept schemes (concepts.ttl)."),
    ("shapes_dir", "shapes", "Folder of the SHACL shapes (*.ttl)."),
    ("build_dir", "build", "Where builds go; build_dir/current points at the last good one."),
    ("sources_dir", "../shared/seeds", "Folder of source texts to verify quotes against (found by SHA-256); skipped when absent."),
    ("reasoner", "hermit", "OWL reasoner run by the build: 'hermit' or 'none'."),
    ("host", "127.0.0.1", "Address `milcoop serve` listens on."),
    ("port", "8080", "Port `milcoop serve` listens on."),
    ("workers", "2", "gunicorn worker processes for `milcoop serve`."),
]


@dataclass(frozen=True)
class Settings:
    base: str
    data_dir: Path
    ontology_dir: Path
    shapes_dir: Path
    build_dir: Path
    sources_dir: Path
    reasoner: str
    host: str
    port: int
    workers: int

    @classmethod
    def load(cls, env: dict[str, str] | None = None, **overrides) -> "Settings":
        env = dict(os.environ if env is None else env)
        values = {name: default for name, default, _ in SETTINGS}
        config = env.get("MILCOOP_CONFIG") or (PROJECT_ROOT / "milcoop.toml")
        if Path(config).is_file():
            try:
                values.update({k: str(v) for k, v in tomllib.loads(Path(config).read_text()).items()})
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError(f"{config}: {exc}") from exc
        for name in values:
            if f"MILCOOP_{name.upper()}" in env:
                values[name] = env[f"MILCOOP_{name.upper()}"]
        values.update({k: str(v) for k, v in overrides.items() if v is not None})
        unknown = set(values) - {f.name for f in fields(cls)}
        if unknown:
            raise ConfigError(f"unknown setting(s) {sorted(unknown)} in {config}")
        return cls._convert(values)

    @classmethod
    def _convert(cls, v: dict[str, str]) -> "Settings":
        if not v["base"].endswith("/"):
            raise ConfigError(f"setting base must end with '/': {v['base']!r}")
        if v["reasoner"] not in ("hermit", "none"):
            raise ConfigError(f"setting reasoner must be 'hermit' or 'none', not {v['reasoner']!r}")
        for name in ("port", "workers"):
            if not v[name].isdigit():
                raise ConfigError(f"setting {name} must be a whole number, not {v[name]!r}")
        path = lambda p: (PROJECT_ROOT / p).resolve()  # noqa: E731
        return cls(
            base=v["base"],
            data_dir=path(v["data_dir"]),
            ontology_dir=path(v["ontology_dir"]),
            shapes_dir=path(v["shapes_dir"]),
            build_dir=path(v["build_dir"]),
            sources_dir=path(v["sources_dir"]),
            reasoner=v["reasoner"],
            host=v["host"],
            port=int(v["port"]),
            workers=int(v["workers"]),
        )
