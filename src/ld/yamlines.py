"""Read YAML keeping the line of every mapping and key, so errors name the line.

>>> doc = load_text("a: 1\\nb:\\n  c: x\\n", "f.yaml")
>>> doc.line, doc.lines["b"], doc["b"].lines["c"]
(1, 2, 3)
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .errors import CurationError


class LineDict(dict):
    """A mapping that remembers its own line and the line of each key (1-based)."""

    line: int = 0
    lines: dict

    def line_of(self, key) -> int:
        return self.lines.get(key, self.line)


class LineList(list):
    line: int = 0


class _Loader(yaml.SafeLoader):
    """SafeLoader whose dates stay text, so ld.curation parses them and names the line of a bad one."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _mapping(loader, node):
    loader.flatten_mapping(node)
    out = LineDict()
    out.line = node.start_mark.line + 1
    out.lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in out:
            raise yaml.MarkedYAMLError(problem=f"duplicate key {key!r}", problem_mark=key_node.start_mark)
        out[key] = loader.construct_object(value_node, deep=True)
        out.lines[key] = key_node.start_mark.line + 1
    return out


def _sequence(loader, node):
    out = LineList(loader.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)


def load_text(text: str, name: str):
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise CurationError(name, mark.line + 1 if mark else None, f"not valid YAML: {exc.problem}") from exc
    except yaml.YAMLError as exc:
        raise CurationError(name, None, f"not valid YAML: {exc}") from exc


def load(path: Path):
    return load_text(path.read_text(encoding="utf-8"), str(path))
