"""The one place that turns errors into responses, negotiated: HTML for browsers, JSON for
JSON clients, plain text otherwise. A 500 never shows internals."""

from __future__ import annotations

import logging

from flask import Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException, NotAcceptable as HTTPNotAcceptable

from ld.errors import MilcoopError, NotBuilt

from .negotiation import NotAcceptable

log = logging.getLogger(__name__)


def respond(status: int, title: str, message: str):
    """Browsers (who ask for text/html) get a page, JSON clients JSON, everyone else plain text."""
    accept = request.headers.get("Accept", "")
    if "text/html" in accept:
        page = render_template("error.html", status=status, title=title, message=message)
        return page, status, {"Content-Type": "text/html; charset=utf-8"}
    if "json" in accept:
        return jsonify(status=status, error=title, message=message), status
    return f"{status} {title}: {message}\n", status, {"Content-Type": "text/plain; charset=utf-8"}


def init_app(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        return respond(exc.code or 500, exc.name, exc.description or "")

    @app.errorhandler(NotAcceptable)
    def not_acceptable(exc: NotAcceptable):
        return respond(406, HTTPNotAcceptable.name, str(exc))

    @app.errorhandler(NotBuilt)
    def not_built(exc: NotBuilt):
        return respond(503, "Service Unavailable", "the dataset is not built yet: run `milcoop build`")

    @app.errorhandler(MilcoopError)
    def milcoop_error(exc: MilcoopError):
        if exc.http_status >= 500:
            log.exception("error serving %s", request.path)
            return respond(500, "Internal Server Error", "the server could not answer; the error is logged")
        return respond(exc.http_status, "Bad Request", str(exc))

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        log.exception("unexpected error serving %s", request.path)
        return respond(500, "Internal Server Error", "the server could not answer; the error is logged")
