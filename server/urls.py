"""One object builds every URL the server shows, handed to every template.

IRIs under the configured base are served at the same path on whatever host the
server runs; links in pages are made local so that browsing stays on this host.
"""

from __future__ import annotations

from urllib.parse import urlencode

from ld.formats import DOCUMENT
from ld.iris import Iris


class Urls:
    def __init__(self, iris: Iris):
        self.iris = iris
        self.base = iris.base

    def iri_for_path(self, path: str) -> str:
        """The IRI a request path stands for: /id/state/x -> {base}id/state/x."""
        return self.base + path.lstrip("/")

    def local(self, iri: str) -> str:
        """A link for a page: IRIs under the base become local paths; others stay as they are."""
        if iri.startswith(self.base):
            rest = iri[len(self.base):]
            if rest.startswith("id/"):
                return "/page/" + rest[3:]
            return "/" + rest
        return iri

    def page(self, iri: str) -> str:
        return "/" + self.iris.document(iri, "page")[len(self.base):]

    def data(self, iri: str, fmt: str | None = None) -> str:
        path = "/" + self.iris.document(iri, "data")[len(self.base):]
        return f"{path}.{fmt}" if fmt else path

    def data_links(self, iri: str) -> list[tuple[str, str, str]]:
        """(label, media type, url) of the resource's document in every RDF format."""
        return [(f.label, f.media_type, self.data(iri, f.name)) for f in DOCUMENT]

    def sparql(self, query: str | None = None) -> str:
        return "/sparql" + (("?" + urlencode({"query": query})) if query else "")

    def index(self, class_iri: str, page: int = 1) -> str:
        local = class_iri.rsplit("#", 1)[-1]
        return f"/class/{local}" + (f"?page={page}" if page > 1 else "")

    def ontology_term(self, iri: str) -> str:
        return "/ontology#" + iri.rsplit("#", 1)[-1] if iri.startswith(self.iris.vocab) else iri
