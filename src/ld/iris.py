"""The one module that knows the IRI patterns: it mints them and parses them.

Instances are ``{base}id/{kind}/{slug}``; their documents ``{base}page/...``
(HTML) and ``{base}data/...`` (RDF). Ontology terms are ``{base}ontology#Term``.
Named graphs are ``{base}graph/{name}``, and every claim's IRI names the graph
of the statements it supports.

Everything is built under DEFAULT_BASE; :meth:`Iris.rebase` moves an IRI (or a
text holding IRIs) to the configured base at the edges.

>>> iris = Iris("http://127.0.0.1:8080/")
>>> iris.mint("exercise", "regional-cooperation-2022")
'http://127.0.0.1:8080/id/exercise/regional-cooperation-2022'
>>> iris.parse("http://127.0.0.1:8080/id/exercise/regional-cooperation-2022")
('exercise', 'regional-cooperation-2022')
>>> iris.rebase("https://w3id.org/milcoop/id/state/tajikistan")
'http://127.0.0.1:8080/id/state/tajikistan'
"""

from __future__ import annotations

import re

DEFAULT_BASE = "https://w3id.org/milcoop/"

SLUG = re.compile(r"^[a-z0-9]+(?:--?[a-z0-9]+)*$")  # "--" joins source and fact in claim slugs

# Class local name -> kind (the IRI path segment). A class not listed takes its superclass's kind
# through CLASS_KIND_FALLBACK in ld.curation; kinds never change once published.
CLASS_KIND = {
    "State": "state",
    "Organization": "organization", "IntergovernmentalOrganization": "organization",
    "GovernmentBody": "organization", "Ministry": "organization", "ArmedForces": "organization",
    "MilitaryUnit": "organization", "Company": "organization", "NonStateArmedGroup": "organization",
    "PoliticalParty": "organization", "MediaOrganization": "organization",
    "Person": "person",
    "Place": "place", "City": "place", "Region": "place", "Facility": "place",
    "MilitaryBase": "place", "TrainingCentre": "place",
    "JointExercise": "exercise", "ExerciseSeries": "series",
    "Agreement": "agreement", "Decree": "agreement",
    "CooperationFramework": "framework",
    "Assistance": "assistance", "SecurityAssistance": "assistance",
    "ArmsTransfer": "transfer", "TrainingProgramme": "training",
    "InfrastructureProject": "project", "MilitaryPresence": "presence",
    "Visit": "visit", "Meeting": "meeting", "DiplomaticExchange": "exchange",
    "SecurityIncident": "incident",
    "Appointment": "appointment", "Membership": "membership",
}
OTHER_KINDS = ("source", "claim", "concept", "scheme", "curation")
KINDS = frozenset(CLASS_KIND.values()) | frozenset(OTHER_KINDS)

GRAPHS = ("ontology", "vocabulary", "entities", "provenance", "inferred", "void")


class Iris:
    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base
        self.ontology = base + "ontology"
        self.vocab = base + "ontology#"

    def mint(self, kind: str, slug: str) -> str:
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        if not SLUG.match(slug):
            raise ValueError(f"bad slug {slug!r}: use lower-case letters, digits and single hyphens")
        return f"{self.base}id/{kind}/{slug}"

    def term(self, local: str) -> str:
        return self.vocab + local

    def graph(self, name: str) -> str:
        if name not in GRAPHS:
            raise ValueError(f"unknown graph {name!r}")
        return f"{self.base}graph/{name}"

    def parse(self, iri: str) -> tuple[str, str] | None:
        """(kind, slug) of an instance IRI under this base, or None; fragments are ignored."""
        iri = iri.split("#", 1)[0]
        if not iri.startswith(self.base + "id/"):
            return None
        parts = iri[len(self.base) + 3:].split("/")
        if len(parts) != 2 or parts[0] not in KINDS or not SLUG.match(parts[1]):
            return None
        return parts[0], parts[1]

    def document(self, iri: str, area: str) -> str:
        """The page/ or data/ document of an instance IRI: area is 'page' or 'data'."""
        kind, slug = self.parse(iri) or (None, None)
        if kind is None:
            raise ValueError(f"not an instance IRI under {self.base}: {iri}")
        return f"{self.base}{area}/{kind}/{slug}"

    def rebase(self, text: str) -> str:
        """Move IRIs written under DEFAULT_BASE (in an IRI or a whole text) to this base."""
        return text if self.base == DEFAULT_BASE else text.replace(DEFAULT_BASE, self.base)
