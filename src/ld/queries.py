"""SPARQL the code runs lives in queries/*.rq (queries) and *.ru (updates), written under
DEFAULT_BASE; ``load`` rebases them and fills ``{{name}}`` slots with IRIs."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from .iris import Iris

# Inference order: rules over the asserted data; superproperties (roles -> mco:participant) before
# the exercise scope counts participants; superclasses last, over everything inferred.
INFERENCE = [
    "infer-provenance", "infer-cameo", "infer-superproperties", "infer-exercise-scope", "infer-superclasses",
]


@cache
def _text(name: str) -> str:
    for ext in (".rq", ".ru"):
        path = files("ld") / "queries" / (name + ext)
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(f"no query named {name!r}")


def load(name: str, iris: Iris | None = None, **slots: str) -> str:
    text = _text(name)
    if iris is not None:
        text = iris.rebase(text)
    for slot, iri in slots.items():
        if any(c in iri for c in "<>\"{}|^`\\ "):
            raise ValueError(f"not an IRI: {iri!r}")
        text = text.replace("{{" + slot + "}}", f"<{iri}>")
    return text
