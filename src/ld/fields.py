"""The keys a curator writes in a fact, and what each becomes in RDF.

One row per key: (key, mco property, value kind, help). Value kinds:
``entity`` a slug from entities.yaml or any fact's id; ``concept:SCHEME`` a
concept slug of that scheme (ontology/concepts.ttl); ``threat`` a concept of
security-topics or an entity; ``date`` 2022-08-10, 2022-08 or 2022 (the
precision the source gives); ``duration`` ISO 8601 (P6D, P2Y); ``quantity``
12000, "~100", "7000-8000", ">260000000", "<1000", "18%"; ``troops`` a
quantity, or a mapping party -> quantity; ``money`` {value: <quantity>,
currency: USD}, or a list of them; ``text`` free English text.
docs/curation.md lists the same table; a test checks the two agree.
"""

from __future__ import annotations

from typing import NamedTuple


class Field(NamedTuple):
    key: str
    prop: str
    kind: str
    help: str
    on_claim: bool = False  # True: said of the claim, not of the resource


ROLES = [
    ("participants", "participant", "Parties that take part (any role not listed below)."),
    ("organizer", "organizer", "The party that leads, commands or organizes."),
    ("host", "host", "The party on whose territory or at whose invitation it takes place."),
    ("donor", "donor", "Who gives assistance."),
    ("recipient", "recipient", "Who receives assistance, equipment, training or a facility."),
    ("supplier", "supplier", "Who supplies arms or equipment."),
    ("provider", "provider", "Who trains, builds or funds."),
    ("signatory", "signatory", "Who signs or concludes an agreement."),
    ("issuer", "issuer", "Who issues a decree."),
    ("visitor", "visitor", "Who makes a visit."),
    ("deployer", "deployer", "Whose forces or base are present."),
    ("member", "member", "Parties to a cooperation framework."),
    ("commander", "commander", "People who command forces or lead a delegation."),
    ("perpetrator", "perpetrator", "To whom an incident is attributed."),
    ("target", "target", "At whom an incident is aimed."),
]

FIELDS: list[Field] = [Field(k, p, "entity", h) for k, p, h in ROLES] + [
    Field("location", "location", "entity", "Where it takes place (places or states)."),
    Field("facility", "facility", "entity", "The facility built, used or stationed at."),
    Field("part_of", "partOf", "entity", "The larger activity or framework it is part of."),
    Field("in_series", "inSeries", "entity", "The exercise series it belongs to."),
    Field("based_on", "basedOn", "entity", "The agreement or decree it is carried out under."),
    Field("holder", "holder", "entity", "Appointment: the person holding the post."),
    Field("organization", "organization", "entity", "Appointment or membership: the organization or state."),
    Field("member_state", "memberState", "entity", "Membership: the member state."),
    Field("purpose", "purpose", "concept:security-topics", "What it is for."),
    Field("threat", "threat", "threat", "Threats that motivate it (concept or armed group)."),
    Field("exercise_type", "exerciseType", "concept:exercise-types", "Exercise format."),
    Field("status", "status", "concept:agreement-status", "Stage an agreement or decree has reached."),
    Field("certainty", "certainty", "concept:certainty", "How the source presents it; default reported."),
    Field("start", "startDate", "date", "When it began."),
    Field("end", "endDate", "date", "When it ended."),
    Field("date", "date", "date", "When a one-off activity happened (also its start)."),
    Field("attested_at", "attestedAt", "date", "When the source places the state of affairs."),
    Field("duration", "duration", "duration", "How long it lasted."),
    Field("frequency", "frequency", "duration", "How often it recurs."),
    Field("troops", "troops", "troops", "Personnel involved, in all or per party."),
    Field("quantity", "quantity", "quantity", "How many items, facilities or people."),
    Field("share", "share", "quantity", "A percentage."),
    Field("amount", "amount", "money", "Money involved."),
    Field("items", "items", "text", "What is transferred or built, in the source's words."),
    Field("role_title", "roleTitle", "text", "Appointment: the post's title as the source gives it."),
    Field("stated_by", "statedBy", "entity", "Whom the source quotes or cites for this claim.", True),
    Field("note", "note", "text", "A curator's remark on how the source was read.", True),
]

BY_KEY = {f.key: f for f in FIELDS}
# Keys of a fact that are not statements: identity, evidence, the claim's name.
FACT_META = {"id", "claim", "type", "label", "alt_labels", "description", "quotes"}
ENTITY_KEYS = {
    "id", "type", "label", "alt_labels", "description", "wikidata", "geonames",
    "located_in", "sub_organization_of", "nationality",
}
ENTITY_LINKS = {"located_in": "locatedIn", "sub_organization_of": "subOrganizationOf", "nationality": "nationality"}
SOURCE_KEYS = {
    "id", "title", "creator", "publisher", "issued", "issued_not_before", "language",
    "url", "sha256", "cites", "curated", "description",
}
CURATED_KEYS = {"by", "date", "method"}
