"""Benchmark for `digest serve` (on demand; never in CI): how fast its pages answer on a big store.

    python benchmarks/generate.py store --entries 1m      # benchmarks/data/store-1m (about 1.1 GB)
    python -m digest index build --store benchmarks/data/store-1m
    python benchmarks/web.py [--store benchmarks/data/store-1m] [--runs 7]

Each page is requested through a real HTTP server (werkzeug's threaded server, as `digest serve`
runs it, on 127.0.0.1) with urllib; the figure is the median wall time of --runs requests after one
warm-up request (so the store's files are in the page cache), from sending the request to reading
the last byte, and the process CPU time it took (server and client share the process: CPU time
hardly changes when other work shares the machine, wall time does). Pages whose results are cached by the server (overview, people) report their first
(uncached) request separately. Prints a Markdown table; the target is a filtered page in under
300 ms with a fresh index.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest import index  # noqa: E402
from digest.store import Store  # noqa: E402
from digest.web import create_app  # noqa: E402

J, X = quote("江凌"), quote("徐衣显")
PAGES = [
    ("search 江凌, month 11 (page 1 of the results)", f"/search?q={J}&month=11"),
    ("the same, page 2", f"/search?q={J}&month=11&page=2"),
    ("the same, by relevance", f"/search?q={J}&month=11&order=relevance"),
    ("person 徐衣显, year 2023 (list)", f"/search?person={X}&year=2023"),
    ("search 江凌, section 时政, year 2023", f"/search?q={J}&section={quote('时政')}&year=2023"),
    ("search 江凌 month 11, ?format=json (all matches)", f"/search?q={J}&month=11&format=json"),
]


CPU: list[float] = []  # process CPU seconds of each fetch (server and client share this process)


def fetch(url: str) -> tuple[float, int, bytes]:
    t0, c0 = time.perf_counter(), time.process_time()
    with urllib.request.urlopen(url, timeout=600) as r:
        body = r.read()
        status = r.status
    CPU.append(time.process_time() - c0)
    return time.perf_counter() - t0, status, body


def count(body: bytes) -> str:
    """The page's result count (data-total / id="n"), or the number of JSON lines."""
    import re

    m = re.search(rb'data-total="(\d+)"|<b id="n">(\d+)</b>', body)
    if m:
        return f"{int(m.group(1) or m.group(2)):,}"
    return f"{len(body.splitlines()):,} lines" if body[:1] == b"{" else ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--store", type=Path, default=ROOT / "benchmarks" / "data" / "store-1m")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--overview", action="store_true", help="also time the unfiltered overview (a full scan)")
    args = ap.parse_args()
    st = Store.open(args.store)
    status = index.status(st)
    print(f"store {args.store}: {len(st.entry_files())} issue files; index "
          f"{'fresh' if status.fresh else 'NOT fresh (' + status.reason + ')'}, {status.entries:,} entries")

    import logging

    from werkzeug.serving import make_server

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no access log lines in the output

    srv = make_server("127.0.0.1", 0, create_app(args.store), threaded=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{srv.server_port}"
    entry = issue = None
    rows = []
    pages = list(PAGES)
    for label, path in pages:
        fetch(base + path)  # warm-up
        times = []
        CPU.clear()
        for _ in range(args.runs):
            t, code, body = fetch(base + path)
            assert code == 200, (path, code)
            times.append(t)
        rows.append((label, path, statistics.median(times), min(times), max(times), count(body),
                     statistics.median(CPU)))
        print(f"  {label}: {statistics.median(times) * 1000:.0f} ms", file=sys.stderr)
    # the person page keeps its view in the cache: time first requests, one year each (uncached)
    CPU.clear()
    times = []
    for year in range(2023, 2023 - args.runs, -1):
        t, code, body = fetch(base + f"/person/{X}?year={year}")
        assert code == 200, code
        times.append(t)
    rows.append((f"person page 徐衣显, one year ({2024 - args.runs}-2023), first request (timeline, chart, "
                 "companions, roles; cached after)", "", statistics.median(times), min(times), max(times),
                 count(body), statistics.median(CPU)))
    print(f"  person page: {statistics.median(times) * 1000:.0f} ms", file=sys.stderr)
    # an entry and its issue, from the first search result
    import orjson

    with urllib.request.urlopen(base + f"/search?q={J}&month=11&limit=1&format=json") as r:
        rec = orjson.loads(r.read().splitlines()[0])
    entry, issue = rec["id"], rec["issue_id"]
    extra = [("entry page (with its issue in the URL, as result links give it)", f"/entry/{entry}?issue={quote(issue)}&q={J}"),
             ("issue page, 江凌 marked in its 目录", f"/issue/{quote(issue)}?q={J}"),
             ("entry page by id alone (looks through every file)", f"/entry/{entry}")]
    for label, path in extra:
        fetch(base + path)
        CPU.clear()
        times = [fetch(base + path)[0] for _ in range(max(3, args.runs // 2))]
        rows.append((label, path, statistics.median(times), min(times), max(times), "", statistics.median(CPU)))
        print(f"  {label}: {statistics.median(times) * 1000:.0f} ms", file=sys.stderr)
    if args.overview:
        CPU.clear()
        t_first = fetch(base + "/")[0]
        c_first = CPU[-1]
        t_again = statistics.median(fetch(base + "/")[0] for _ in range(3))
        rows.append(("overview, first request (stats, months, sections, issues: full scans)", "/", t_first, t_first,
                     t_first, "", c_first))
        rows.append(("overview, again (cached until the store changes)", "/", t_again, t_again, t_again, "",
                     statistics.median(CPU[-3:])))
    srv.shutdown()
    import os

    print(f"\nload average at the end: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")
    print("\n| page | results | median | min–max | CPU (median) |\n|---|---:|---:|---:|---:|")
    for label, _path, med, lo, hi, n, cpu in rows:
        print(f"| {label} | {n} | {med * 1000:.0f} ms | {lo * 1000:.0f}–{hi * 1000:.0f} ms | {cpu * 1000:.0f} ms |")


if __name__ == "__main__":
    main()
