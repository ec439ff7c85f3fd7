"""Content negotiation: ?format= wins, then a suffix, then Accept with its q-values."""

from __future__ import annotations

from flask import Request

from ld.formats import Format, by_media_type, by_name, media_types

HTML = "text/html"


class NotAcceptable(Exception):
    def __init__(self, offered: list[str]):
        self.offered = offered
        super().__init__("none of the requested media types is available; available: " + ", ".join(offered))


def choose(request: Request, formats: list[Format], html: bool = False, default: Format | None = None,
           suffix: str | None = None) -> Format | str:
    """The Format to answer with, or the string 'text/html'. Raises NotAcceptable."""
    wanted = suffix or request.args.get("format")
    if wanted:
        if html and wanted == "html":
            return HTML
        f = by_name(formats, wanted)
        if f is None:
            raise NotAcceptable([f.name for f in formats] + (["html"] if html else []))
        return f
    offered = ([HTML] if html else []) + media_types(formats)
    if request.headers.get("Accept", "*/*").replace(" ", "") in ("", "*/*"):
        return default or (HTML if html else formats[0])  # no preference (curl, scripts)
    best = request.accept_mimetypes.best_match(offered)  # q-values, then our order
    if best is None:
        raise NotAcceptable(offered)
    return HTML if best == HTML else by_media_type(formats, best)


def wants_html(request: Request, formats: list[Format]) -> bool:
    """True where a browser asks (text/html named and preferred) and no ?format= overrides."""
    if "format" in request.args or "text/html" not in request.headers.get("Accept", ""):
        return False
    return request.accept_mimetypes.best_match([HTML] + media_types(formats)) == HTML
