"""The milcoop linked-data server: a Flask application over the built store.

>>> app = create_app(test_config={"TESTING": True})
>>> sorted(r.rule for r in app.url_map.iter_rules() if r.rule.startswith("/sparql"))
['/sparql']
"""

from __future__ import annotations

from flask import Flask

from ld.iris import Iris
from ld.settings import Settings

from . import backend, errors, web
from .urls import Urls


def create_app(settings: Settings | None = None, test_config: dict | None = None) -> Flask:
    """Build the app; nothing is opened until the first request (once per worker process)."""
    settings = settings or Settings.load()
    app = Flask(__name__)
    app.config.update(
        SETTINGS=settings,
        CACHE_SECONDS=300,
        LINKS_PAGE_SIZE=50,
        INDEX_PAGE_SIZE=100,
        MAX_CONTENT_LENGTH=1 << 20,  # a SPARQL query of up to 1 MiB
    )
    if test_config:
        app.config.update(test_config)
    urls = Urls(Iris(settings.base))
    app.extensions["milcoop_urls"] = urls
    app.jinja_env.globals.update(urls=urls)
    app.jinja_env.trim_blocks = app.jinja_env.lstrip_blocks = True
    backend.init_app(app)
    web.init_app(app)
    errors.init_app(app)
    from .views import ontology, resources, site, sparql

    for bp in (site.bp, sparql.bp, resources.bp, ontology.bp):
        app.register_blueprint(bp)
    return app
