"""The `milcoop` command (also `python -m ld`). The one place that turns errors into exit codes.

Exit codes: 0 success; 1 unexpected error; 2 bad setting or usage; 3 curation
error (file:line: what); 4 SHACL violations; 5 OWL inconsistency; 6 bad
SPARQL query; 7 nothing built yet.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
from pathlib import Path

from . import __version__
from .errors import ConfigError, MilcoopError, ValidationFailed
from .formats import RDF_BY_SUFFIX, RESULTS_BY_NAME
from .settings import SETTINGS, Settings

log = logging.getLogger("ld")



def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="milcoop", description=__doc__.split("\n")[0],
                                epilog="Settings (environment MILCOOP_<NAME>): " +
                                "; ".join(f"{n} (default {d!r})" for n, d, _ in SETTINGS))
    p.add_argument("--version", action="version", version=f"milcoop {__version__}")
    p.add_argument("-q", "--quiet", action="store_true", help="only warnings and errors")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build, check and publish the dataset, dumps and store")
    b.add_argument("--base", help="base IRI (overrides the setting)")
    sub.add_parser("validate", help="run the checks (curation, quotes, SHACL, HermiT) and write nothing")
    q = sub.add_parser("query", help="run a SPARQL query on the built store")
    q.add_argument("sparql", help="the query text, or @FILE to read it from a file")
    q.add_argument("--format", choices=sorted(RESULTS_BY_NAME) + sorted(RDF_BY_SUFFIX),
                   help="result format (default: tsv for SELECT, ttl for CONSTRUCT/DESCRIBE)")
    d = sub.add_parser("dump", help="copy the built dumps (and SHA256SUMS) to a folder")
    d.add_argument("out", type=Path)
    qu = sub.add_parser("quotes", help="check quotes against source texts, or fill in their offsets")
    qs = qu.add_subparsers(dest="action", required=True)
    v = qs.add_parser("verify", help="verify every quote of data/ is at its offsets in the source texts")
    v.add_argument("folder", nargs="?", type=Path, help="source texts (default: the sources_dir setting)")
    loc = qs.add_parser("locate", help="write the offset of each quote that has none into a curation file")
    loc.add_argument("file", type=Path)
    loc.add_argument("--sources", type=Path, help="source texts (default: the sources_dir setting)")
    s = sub.add_parser("serve", help="serve the built dataset over HTTP (builds first if needed)")
    s.add_argument("--host")
    s.add_argument("--port", type=int)
    s.add_argument("--dev", action="store_true", help="Flask's development server with reloader")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="%(asctime)s %(message)s", datefmt="%H:%M:%S", stream=sys.stderr)
    try:
        settings = Settings.load(**({"base": args.base} if getattr(args, "base", None) else {}))
        return COMMANDS[args.command](args, settings) or 0
    except ValidationFailed as exc:
        print(exc.report_text, file=sys.stderr)
        print(f"error: {exc} (report in the build folder's last-failure/)", file=sys.stderr)
        return exc.exit_code
    except MilcoopError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted: the last good build is untouched", file=sys.stderr)
        return 130


def cmd_build(args, settings: Settings) -> int:
    from .build import build

    release = build(settings)
    print(f"built {release}\n  dumps: {settings.build_dir / 'current' / 'dumps'}\n  store: {settings.build_dir / 'current' / 'store'}")
    return 0


def cmd_validate(args, settings: Settings) -> int:
    from .build import check

    figures = check(settings).figures
    print("valid: " + ", ".join(f"{k} {v}" for k, v in sorted(figures.items()) if k != "seconds"))
    return 0


def cmd_query(args, settings: Settings) -> int:
    from pyoxigraph import QueryBoolean, QuerySolutions

    from .store import KnowledgeStore

    text = Path(args.sparql[1:]).read_text() if args.sparql.startswith("@") else args.sparql
    result = KnowledgeStore(settings.build_dir / "current" / "store").query(text)
    if isinstance(result, (QuerySolutions, QueryBoolean)):
        fmt = RESULTS_BY_NAME.get(args.format or "tsv")
        if fmt is None:
            raise ConfigError(f"--format {args.format} is for CONSTRUCT and DESCRIBE; use json, xml, csv or tsv")
    else:
        fmt = RDF_BY_SUFFIX.get(args.format or "ttl")
        if fmt is None:
            raise ConfigError(f"--format {args.format} is for SELECT and ASK; use ttl, nt, nq, trig, jsonld or rdf")
    sys.stdout.buffer.write(result.serialize(format=fmt.engine))
    return 0


def cmd_dump(args, settings: Settings) -> int:
    from .errors import NotBuilt

    src = settings.build_dir / "current" / "dumps"
    if not src.is_dir():
        raise NotBuilt(settings.build_dir)
    args.out.mkdir(parents=True, exist_ok=True)
    for path in sorted(src.iterdir()):
        shutil.copy2(path, args.out / path.name)
        print(args.out / path.name)
    return 0


def cmd_quotes(args, settings: Settings) -> int:
    from . import curation, dataset, quotes

    folder = getattr(args, "folder", None) or getattr(args, "sources", None) or settings.sources_dir
    if not folder.is_dir():
        raise ConfigError(f"no folder of source texts at {folder}")
    texts = quotes.index_texts(folder)
    if args.action == "locate":
        print(f"{args.file}: {quotes.locate(args.file, texts)} offset(s) written")
        return 0
    from pyoxigraph import Store

    st = Store()
    dataset.load_turtle(st, settings.ontology_dir / "concepts.ttl", dataset.IRIS.graph("vocabulary"))
    cur = curation.read(settings.data_dir, dataset.concept_schemes(st))
    print(f"{quotes.verify(cur, texts)} quotes verified in {len(cur.sources)} sources against {folder}")
    return 0


def cmd_serve(args, settings: Settings) -> int:
    """gunicorn with the configured workers (each opens the store read-only once); --dev: Flask's reloader."""
    import os

    if not (settings.build_dir / "current").exists():
        cmd_build(args, settings)
    host, port = args.host or settings.host, args.port or settings.port
    if args.dev:
        from server import create_app

        create_app(settings).run(host=host, port=port, debug=True, use_reloader=True)
        return 0
    print(f"serving {settings.base} at http://{host}:{port}/", file=sys.stderr)
    argv = [sys.executable, "-m", "gunicorn", "--workers", str(settings.workers), "--bind", f"{host}:{port}",
            "--no-control-socket", "--timeout", "60", "--graceful-timeout", "5",
            "--access-logfile", "-", "server:create_app()"]
    os.execv(sys.executable, argv)  # gunicorn takes over this process: signals reach it directly
    return 0


COMMANDS = {"build": cmd_build, "validate": cmd_validate, "query": cmd_query, "dump": cmd_dump,
            "quotes": cmd_quotes, "serve": cmd_serve}
