"""Requests per second and latency of the real server (gunicorn, 2 workers, read-only store) for the
requests users make, side by side in one run: a lookup query (DESIGN.md's budget reference), a
resource's Turtle, its HTML page with and without gzip, a 303, and an aggregate query.

    .venv/bin/python benchmarks/serve.py [--clients 8] [--requests 400] [--runs 3]

Builds into a temporary folder, starts `milcoop serve`, and prints medians over the runs. The client
runs on the same 2-core machine, so figures are for comparison between rows, not absolutes.
"""

from __future__ import annotations

import argparse
import http.client
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ld.build import build  # noqa: E402
from ld.settings import Settings  # noqa: E402
from tests.live import LiveServer  # noqa: E402

GROUP_BY = ("SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n)")
CASES = [
    ("lookup query (ASK)", "/sparql?query=" + urllib.parse.quote("ASK { <https://w3id.org/milcoop/id/state/tajikistan> ?p ?o }"),
     {"Accept": "application/sparql-results+json"}),
    ("GROUP BY over all triples", "/sparql?query=" + urllib.parse.quote(GROUP_BY), {"Accept": "application/sparql-results+json"}),
    ("303 from /id/", "/id/exercise/regional-cooperation-2022", {"Accept": "text/turtle"}),
    ("resource Turtle", "/data/exercise/regional-cooperation-2022.ttl", {}),
    ("resource HTML page", "/page/exercise/regional-cooperation-2022", {"Accept": "text/html"}),
    ("resource HTML page, gzip", "/page/exercise/regional-cooperation-2022", {"Accept": "text/html", "Accept-Encoding": "gzip"}),
    ("Tajikistan's HTML page (513 triples)", "/page/state/tajikistan", {"Accept": "text/html"}),
]


def run(port: int, path: str, headers: dict, clients: int, total: int) -> tuple[float, list[float]]:
    latencies: list[float] = []
    lock = threading.Lock()
    per_client = total // clients

    def worker():
        mine = []
        for _ in range(per_client):
            t = time.perf_counter()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            conn.request("GET", path, headers=headers)
            resp = conn.getresponse()
            resp.read()
            conn.close()
            assert resp.status in (200, 303), resp.status
            mine.append(time.perf_counter() - t)
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    start = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return len(latencies) / (time.perf_counter() - start), latencies


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.load(build_dir=tmp)
        build(settings)
        server = LiveServer(Path(tmp), workers=2)
        try:
            print(f"{args.clients} clients, {args.requests} requests a run, median of {args.runs} runs\n")
            print(f"| request | req/s | p50 ms | p99 ms | vs lookup |\n| --- | ---: | ---: | ---: | ---: |")
            base = None
            for name, path, headers in CASES:
                run(server.port, path, headers, args.clients, args.clients * 5)  # warm up
                results = [run(server.port, path, headers, args.clients, args.requests) for _ in range(args.runs)]
                rps = statistics.median(r for r, _ in results)
                lat = sorted(l for _, ls in results for l in ls)
                base = base or rps
                print(f"| {name} | {rps:,.0f} | {lat[len(lat) // 2] * 1000:.1f} | {lat[int(len(lat) * 0.99)] * 1000:.1f} | {rps / base:.2f} |")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
