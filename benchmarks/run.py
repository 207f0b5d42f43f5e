"""Benchmark runner (on demand; never in CI): digest against jq and ripgrep on generated stores.

    python benchmarks/run.py                       # 10k and 100k entries, parse throughput, start-up
    python benchmarks/run.py --sizes 10k,100k,1m   # add the 1M-entry store (about 1.1 GB)
    python benchmarks/run.py --only startup        # one part: startup | parse | query
    python benchmarks/run.py --report              # rewrite RESULTS.md from results.json only
    python benchmarks/run.py --only cli --sizes 13k,100k,1m --before /tmp/before --before-path /tmp/typer29
                                                   # issue 13: start-up and scan queries, this checkout
                                                   # against an older one (`git archive REV`), jq, rg -c

Stores and source texts are generated on first use (benchmarks/generate.py, into benchmarks/data/).
Every measurement is the median wall time of several runs (after one warm-up run, so the files are
in the page cache for every tool alike), taken with time.perf_counter around a subprocess whose
stdout goes to /dev/null; peak memory is the maximum resident set size of one more run under GNU
time (/usr/bin/time -f %M). Measurements accumulate
in benchmarks/results.json (keyed by part and size), and benchmarks/RESULTS.md is written from it,
so sizes can be measured in separate runs.

What is compared, on the same store files:

* ``digest search 江凌 --month 11 --json`` and ``digest list --person 徐衣显 --year 2023 --json``,
  each twice: with the index (``digest index build``) and without (``DIGEST_NO_INDEX=1``: the scan);
* the same selection by ``jq -c`` over ``STORE/entries/*.jsonl`` (filters that mirror
  digest.query's semantics: the term, case-insensitive and with whitespace allowed between its
  Chinese characters, in the title, the text or a person; month/year of the entry's date span, else
  its issue date), checked to select the same entry ids;
* ``rg -c 江凌 STORE/entries`` (the raw scan floor: count matching lines, no decoding);
* the index look-up alone (in-process: freshness check + FTS5 query, no record read), against rg -c.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
RESULTS_JSON = HERE / "results.json"
RESULTS_MD = HERE / "RESULTS.md"
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

TERM = "江凌"
PERSON = "徐衣显"

# jq: the entry's date span as digest.query.record_span has it: [start, end] ISO prefixes, or null
JQ_SPAN = r"""
def span: if (.date // "") != "" then [.date, ((.date_end // "") as $e | if $e > .date then $e else .date end)]
          elif (.issue_date // "") != "" then [.issue_date, .issue_date] else null end;
def ym: [(.[0:4] | tonumber), (if length >= 7 then (.[5:7] | tonumber) else 1 end)];
def has_month($m): span as $s | $s != null and ($s[0] | length) >= 7 and
  (($s[0] | ym) as [$y0, $m0] | ($s[1] | ym) as [$y1, $m1] | (($y1 - $y0) * 12 + $m1 - $m0 + 1) as $n |
   $n >= 12 or any(range(0; $n); (($m0 - 1 + .) % 12 + 1) == $m));
def in_year($y): span as $s | $s != null and ($s[0][0:4] | tonumber) <= $y and ($s[1][0:4] | tonumber) >= $y;
"""
JQ_TERM = r"\\s*".join(TERM)  # jq source 江\\s*凌: the term with whitespace allowed inside, as digest has it
JQ_SEARCH = JQ_SPAN + (
    f'select(has_month(11) and (([.title, .text] + (.persons // [])) | map(. // "") '
    f'| any(test("{JQ_TERM}"; "i"))))'
)
JQ_LIST = JQ_SPAN + f'select(in_year(2023) and ((.persons // []) | any(gsub("\\\\s"; "") == "{PERSON}")))'

QUERIES = {
    "search": {"digest": ["search", TERM, "--month", "11", "--json"], "jq": JQ_SEARCH,
               "label": f"digest search {TERM} --month 11 --json"},
    "list": {"digest": ["list", "--person", PERSON, "--year", "2023", "--json"], "jq": JQ_LIST,
             "label": f"digest list --person {PERSON} --year 2023 --json"},
}


def digest_exe() -> str:
    """The console script itself (a pyenv shim in front of it would add ~60 ms of bash)."""
    exe = shutil.which("digest") or "digest"
    if "shims" in exe and shutil.which("pyenv"):
        try:
            exe = subprocess.run(["pyenv", "which", "digest"], capture_output=True, text=True,
                                 check=True).stdout.strip() or exe
        except (OSError, subprocess.CalledProcessError):
            pass
    return exe


def run_once(cmd: list[str], env: dict[str, str] | None = None,
             capture: bool = False) -> tuple[float, int, bytes, int]:
    """(seconds, peak RSS in KB, stdout if captured, exit code) of one run."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, env=env)
    out = b""
    if capture:
        assert p.stdout is not None
        out = p.stdout.read()
        p.stdout.close()
    _, status, ru = os.wait4(p.pid, 0)
    dt = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    run_once.cpu = ru.ru_utime + ru.ru_stime  # type: ignore[attr-defined]  # CPU seconds of that run
    return dt, ru.ru_maxrss, out, p.returncode


def measure(cmd: list[str], runs: int, env: dict[str, str] | None = None, warm: bool = True,
            keep: list[bytes] | None = None) -> dict[str, Any]:
    """Median seconds and max peak RSS (MB) of `runs` runs (after one warm-up run if `warm`).
    With `keep`, the first timed run's stdout is captured and appended to it."""
    if warm:
        run_once(cmd, env)
    times, rss, cpu = [], [], []
    rc = 0
    for i in range(runs):
        dt, kb, out, rc = run_once(cmd, env, capture=keep is not None and i == 0)
        if keep is not None and i == 0:
            keep.append(out)
        times.append(dt)
        rss.append(kb)
        cpu.append(run_once.cpu)  # type: ignore[attr-defined]
    return {"median_s": statistics.median(times), "min_s": min(times), "runs": runs,
            "cpu_s": statistics.median(cpu),
            "peak_rss_mb": peak_rss_kb(cmd, env, max(rss)) / 1024, "rc": rc}


def peak_rss_kb(cmd: list[str], env: dict[str, str] | None, fallback: int) -> int:
    """Peak RSS of one more run, through GNU time: a child's ru_maxrss from os.wait4 starts at the
    size of the (v)forking parent, which here is this runner holding the captured outputs."""
    if not os.path.exists("/usr/bin/time"):
        return fallback
    import tempfile

    with tempfile.NamedTemporaryFile("r", suffix=".rss") as t:
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", t.name, *cmd], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, env=env)
        try:
            return int(t.read().strip().splitlines()[-1])
        except (ValueError, IndexError):
            return fallback


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass

    def version(cmd: list[str]) -> str:
        try:
            return subprocess.run(cmd, capture_output=True, text=True).stdout.splitlines()[0]
        except (OSError, IndexError):
            return "missing"

    import sqlite3

    return {"cores": os.cpu_count(), "cpu": cpu, "python": platform.python_version(),
            "platform": platform.platform(), "sqlite": sqlite3.sqlite_version,
            "jq": version(["jq", "--version"]), "rg": version(["rg", "--version"]),
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}


# -- parts ---------------------------------------------------------------------------------------


def bench_startup(runs: int) -> dict[str, Any]:
    exe = digest_exe()
    out = {"exe": exe}
    for name, cmd in (("version", [exe, "--version"]), ("help", [exe, "--help"]),
                      ("python", [sys.executable, "-c", "pass"])):
        out[name] = measure(cmd, runs)
    return out


def bench_parse(mb: float, runs: int) -> dict[str, Any]:
    src = DATA / f"src-{mb:g}mb"
    if not src.is_dir():
        generate.generate_sources(src, mb)
    files = sorted(src.glob("*.txt"))
    nbytes = sum(p.stat().st_size for p in files)
    exe = digest_exe()
    env = dict(os.environ, DIGEST_STORE=str(DATA / "parse-store-unused"))
    out: dict[str, Any] = {"files": len(files), "bytes": nbytes}
    for name, extra in (("persons_on", []), ("persons_off", ["--no-persons"])):
        m = measure([exe, "parse", str(src), "--dry-run", "--quiet", *extra], runs, env)
        m["mb_per_s"] = nbytes / 1e6 / m["median_s"]
        m["issues_per_s"] = len(files) / m["median_s"]
        out[name] = m
    return out


def ensure_store(n: int) -> Path:
    store = DATA / f"store-{generate.size_label(n)}"
    marker = store / ".generated"
    if not marker.is_file():
        print(f"generating {store} ...", file=sys.stderr)
        generate.generate_store(store, n, verbose=False)
    return store


def _ids(out: bytes) -> list[str]:
    return sorted(json.loads(line)["id"] for line in out.splitlines() if line.strip())


def bench_query(n: int, runs: int) -> dict[str, Any]:
    store = ensure_store(n)
    files = sorted(str(p) for p in (store / "entries").glob("*.jsonl"))
    exe = digest_exe()
    size = sum(os.path.getsize(f) for f in files)
    env_scan = dict(os.environ, DIGEST_STORE=str(store), DIGEST_NO_INDEX="1")
    env_idx = dict(os.environ, DIGEST_STORE=str(store))
    res: dict[str, Any] = {"entries": n, "files": len(files), "store_mb": size / 1e6}
    # the index: built unless a fresh one is there (its build time is recorded in it)
    subprocess.run([exe, "index", "build", "--quiet"], env=env_idx, check=True)
    st = json.loads(subprocess.run([exe, "index", "status", "--json"], env=env_idx, capture_output=True,
                                   check=True).stdout)
    res["index_build_s"] = st["build_seconds"]
    res["index_mb"] = st["bytes"] / 1e6
    res["rg"] = measure(["rg", "-c", TERM, str(store / "entries")], max(runs, 5))
    res["rg_j1"] = measure(["rg", "-j1", "-c", TERM, str(store / "entries")], max(runs, 5))
    big = n >= 1_000_000
    for name, q in QUERIES.items():
        r: dict[str, Any] = {"label": q["label"]}
        outs: dict[str, list[bytes]] = {"scan": [], "index": [], "jq": []}
        r["scan"] = measure([exe, *q["digest"]], runs, env_scan, warm=not big, keep=outs["scan"])
        r["index"] = measure([exe, *q["digest"]], runs, env_idx, keep=outs["index"])
        # jq is slow: no warm-up (the files are cached by now), fewer runs on big stores
        r["jq"] = measure(["jq", "-c", q["jq"], *files], 1 if big else max(1, min(runs, 3)),
                          warm=False, keep=outs["jq"])
        scan_ids, idx_ids, jq_ids = (_ids(outs[k][0]) for k in ("scan", "index", "jq"))
        r["results"] = len(scan_ids)
        r["same_as_jq"] = scan_ids == jq_ids
        r["index_same_as_scan"] = idx_ids == scan_ids
        res[name] = r
    res["lookup"] = bench_lookup(store, runs)
    return res


_LOOKUP = r"""
import sys, time, statistics
from pathlib import Path
from digest import index
from digest.query import Filters
from digest.store import Store
st = Store.open(Path(sys.argv[1]))
out = {}
for name, f in (("search", Filters.build(terms=[sys.argv[2]], month=11)),
                ("list", Filters.build(persons=[sys.argv[3]], year=2023))):
    expr = index.match_expression(f)
    ts, checks, queries = [], [], []
    for _ in range(int(sys.argv[4]) + 1):
        t0 = time.perf_counter()
        idx = index.open_fresh(st)
        t1 = time.perf_counter()
        hits = idx.lookup(expr)
        idx.close()
        t2 = time.perf_counter()
        ts.append(t2 - t0)
        checks.append(t1 - t0)
        queries.append(t2 - t1)
    out[name] = {"median_s": statistics.median(ts[1:]), "check_s": statistics.median(checks[1:]),
                 "query_s": statistics.median(queries[1:]), "hits": len(hits)}
print(__import__("json").dumps(out))
"""


def bench_lookup(store: Path, runs: int) -> dict[str, Any]:
    """The index look-up alone (freshness check + FTS5 query), in-process, median of `runs`."""
    p = subprocess.run([sys.executable, "-c", _LOOKUP, str(store), TERM, PERSON, str(max(runs, 5))],
                       capture_output=True, text=True, check=True)
    return json.loads(p.stdout)


def bench_cli(sizes: list[int], runs: int, before: Path | None, before_path: str | None) -> dict[str, Any]:
    """Issue 13: `digest --version` and the two queries (scan: DIGEST_NO_INDEX=1) at each size, run as
    `python -m digest` from this checkout ("after") and from an older checkout ("before", with its own
    PYTHONPATH for the typer it was measured with), against jq and `rg -c` on the same files."""
    def cmd_env(root: Path, extra_path: str | None, store: Path | None) -> tuple[list[str], dict[str, str]]:
        env = dict(os.environ, DIGEST_NO_INDEX="1")
        env.pop("PYTHONPATH", None)
        if extra_path:
            env["PYTHONPATH"] = extra_path
        if store is not None:
            env["DIGEST_STORE"] = str(store)
        return [sys.executable, "-m", "digest"], env

    versions: dict[str, tuple[Path, str | None]] = {"after": (ROOT, None)}
    if before is not None:
        versions["before"] = (before, before_path)
    out: dict[str, Any] = {"versions": {k: str(v[0]) for k, v in versions.items()}, "startup": {}, "sizes": {}}

    def run_in(root: Path, cmd: list[str], env: dict[str, str], n: int, keep: list[bytes] | None = None,
               warm: bool = True) -> dict[str, Any]:
        cwd = os.getcwd()
        os.chdir(root)  # `python -m digest` imports the digest package of the current directory
        try:
            return measure(cmd, n, env, warm=warm, keep=keep)
        finally:
            os.chdir(cwd)

    for name, (root, extra) in versions.items():
        cmd, env = cmd_env(root, extra, None)
        out["startup"][name] = run_in(root, [*cmd, "--version"], env, max(runs, 15))
    out["startup"]["python"] = measure([sys.executable, "-c", "pass"], max(runs, 15))
    for n in sizes:
        store = ensure_store(n)
        files = sorted(str(p) for p in (store / "entries").glob("*.jsonl"))
        big = n >= 1_000_000
        k = 1 if big else runs
        r: dict[str, Any] = {"entries": n, "files": len(files),
                             "store_mb": sum(os.path.getsize(f) for f in files) / 1e6,
                             "rg": measure(["rg", "-c", TERM, str(store / "entries")], max(runs, 5))}
        for q, spec in QUERIES.items():
            x: dict[str, Any] = {"label": spec["label"]}
            ids: dict[str, list[str]] = {}
            for name, (root, extra) in versions.items():
                cmd, env = cmd_env(root, extra, store)
                keep: list[bytes] = []
                x[name] = run_in(root, [*cmd, *spec["digest"]], env, k if big else runs, keep=keep, warm=not big)
                ids[name] = _ids(keep[0])
            keep = []
            x["jq"] = measure(["jq", "-c", spec["jq"], *files], 1 if big else max(1, min(runs, 3)), warm=False, keep=keep)
            ids["jq"] = _ids(keep[0])
            x["results"] = len(ids["after"])
            x["same_ids"] = all(v == ids["jq"] for v in ids.values())
            r[q] = x
        out["sizes"][generate.size_label(n)] = r
        print(f"cli {generate.size_label(n)}: done", file=sys.stderr)
    return out


def report_cli(c: dict[str, Any]) -> list[str]:
    st = c["startup"]
    has_before = "before" in st
    lines = [
        "## Start-up and queries (issue 13: before and after)",
        "",
        "`python -m digest` from each checkout (`after`: this one; `before`: "
        f"`{c['versions'].get('before', '-')}`, the code before issue 13 with typer 0.29), queries without the "
        "index (`DIGEST_NO_INDEX=1`: the scan), against jq and `rg -c` on the same files; wall time, median. "
        "Ratio: digest's time divided by jq's (target for a query at 13k entries: 0.5 or less).",
        "",
        "| command | before | after | floor (`python -c pass`) |",
        "|---|---:|---:|---:|",
        f"| `digest --version` | {_ms(st['before']['median_s']) if has_before else '-'} | "
        f"{_ms(st['after']['median_s'])} | {_ms(st['python']['median_s'])} |",
        f"| `digest --version`, CPU | {_ms(st['before']['cpu_s']) if has_before else '-'} | "
        f"{_ms(st['after']['cpu_s'])} | {_ms(st['python']['cpu_s'])} |",
        "",
        "| entries | store | query | results | before | after | jq | rg -c | before/jq | after/jq | after/rg "
        "| CPU before / after / jq | CPU after/jq | same ids |",
        "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for size in sorted(c["sizes"], key=lambda k: c["sizes"][k]["entries"]):
        r = c["sizes"][size]
        rg = r["rg"]["median_s"]
        for q in QUERIES:
            x = r[q]
            b = x["before"]["median_s"] if "before" in x else None
            a, jq = x["after"]["median_s"], x["jq"]["median_s"]
            lines.append(
                f"| {r['entries']:,} | {r['store_mb']:.0f} MB | `{x['label']}` | {x['results']:,} | "
                f"{_ms(b) if b else '-'} | {_ms(a)} | {_ms(jq)} | {_ms(rg)} | {_ratio(b, jq) if b else '-'} | "
                f"{_ratio(a, jq)} | {_ratio(a, rg)} | "
                f"{_ms(x['before']['cpu_s']) if b else '-'} / {_ms(x['after']['cpu_s'])} / {_ms(x['jq']['cpu_s'])} | "
                f"{_ratio(x['after']['cpu_s'], x['jq']['cpu_s'])} | {'yes' if x['same_ids'] else 'NO'} |")
    lines.append("")
    return lines


# -- report --------------------------------------------------------------------------------------


def _ms(s: float) -> str:
    return f"{s * 1000:.0f} ms" if s < 10 else f"{s:.1f} s"


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}" if b else "-"


def report(data: dict[str, Any]) -> str:
    m = data.get("machine", {})
    lines = [
        "# Benchmark results",
        "",
        "Written by `python benchmarks/run.py` (see its docstring for the method; raw numbers in",
        "benchmarks/results.json). Wall times are medians of several runs with warm page cache; peak memory",
        "is the process's maximum resident set size. Generated stores: about 100 entries an issue,",
        "about 1.1 KB an entry line (benchmarks/generate.py).",
        "",
        f"Machine: {m.get('cores')} cores ({m.get('cpu')}), Python {m.get('python')}, SQLite "
        f"{m.get('sqlite')}, {m.get('jq')}, {m.get('rg', '').split(' (')[0]}; {m.get('platform')}; "
        f"measured {m.get('date')}. The cores were shared with other work while measuring.",
        "",
    ]
    q = data.get("query", {})
    if q:
        lines += [
            "## Queries",
            "",
            "`scan` = no index (`DIGEST_NO_INDEX=1`), `index` = with a fresh `digest index`. Ratios: digest time",
            "divided by jq's / rg's time on the same files (below 1 = faster).",
            "",
            "| entries | store | query | results | digest scan | digest index | jq | rg -c | scan/jq | scan/rg "
            "| index/jq | index/rg | peak RSS scan / index / jq | same ids as jq |",
            "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        ]
        for size in sorted(q, key=lambda k: q[k]["entries"]):
            r = q[size]
            rg = r["rg"]["median_s"]
            for name in QUERIES:
                x = r[name]
                sc, ix, jq = x["scan"]["median_s"], x["index"]["median_s"], x["jq"]["median_s"]
                same = ("yes" if x["same_as_jq"] else "NO") + ("" if x["index_same_as_scan"] else " (index differs!)")
                lines.append(
                    f"| {r['entries']:,} | {r['store_mb']:.0f} MB | `{x['label']}` | {x['results']:,} | {_ms(sc)} | "
                    f"{_ms(ix)} | {_ms(jq)} | {_ms(rg)} | {_ratio(sc, jq)} | {_ratio(sc, rg)} | {_ratio(ix, jq)} | "
                    f"{_ratio(ix, rg)} | {x['scan']['peak_rss_mb']:.0f} / {x['index']['peak_rss_mb']:.0f} / "
                    f"{x['jq']['peak_rss_mb']:.0f} MB | {same} |")
        lines += [
            "",
            "`rg -c` runs on every core; `rg -j1` (one thread) is shown for comparison only.",
            "",
            "Index: build time and size, and the look-up alone, in-process, no record read: the FTS5 query",
            "(`query`), and the freshness check that precedes it (`check`: one `stat` per entries file), against",
            "`rg -c` (target: a tenth of rg's time).",
            "",
            "| entries | index build | index size | store size | rg -c | rg -j1 -c | look-up | query | check "
            "| query/rg | (query+check)/rg |",
            "|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|",
        ]
        for size in sorted(q, key=lambda k: q[k]["entries"]):
            r = q[size]
            lk, rg = r["lookup"], r["rg"]["median_s"]
            j1 = r.get("rg_j1", {}).get("median_s")
            for name in QUERIES:
                x = lk[name]
                qs = x.get("query_s", x["median_s"])
                ck = x.get("check_s", 0.0)
                lines.append(
                    f"| {r['entries']:,} | {r['index_build_s']:.1f} s | {r['index_mb']:.0f} MB | {r['store_mb']:.0f} MB | "
                    f"{_ms(rg)} | {_ms(j1) if j1 else '-'} | {name} ({x['hits']:,} hits) | {qs * 1000:.1f} ms | "
                    f"{ck * 1000:.1f} ms | {_ratio(qs, rg)} | {_ratio(qs + ck, rg)} |")
        lines.append("")
    s = data.get("startup")
    if s:
        lines += [
            "## Start-up",
            "",
            f"`{s['exe']}` (the console script itself, not a pyenv shim).",
            "",
            "| command | median | peak RSS |",
            "|---|---:|---:|",
            f"| `digest --version` | {_ms(s['version']['median_s'])} | {s['version']['peak_rss_mb']:.0f} MB |",
            f"| `digest --help` | {_ms(s['help']['median_s'])} | {s['help']['peak_rss_mb']:.0f} MB |",
            f"| `python -c pass` (the floor) | {_ms(s['python']['median_s'])} | {s['python']['peak_rss_mb']:.0f} MB |",
            "",
        ]
    if data.get("cli"):
        lines += report_cli(data["cli"])
    p = data.get("parse")
    if p:
        lines += [
            "## Parse throughput",
            "",
            f"`digest parse DIR --dry-run --quiet` over {p['files']} mutated copies of samples/*.txt "
            f"({p['bytes'] / 1e6:.1f} MB), start-up included.",
            "",
            "| person recognition | time | MB/s of source | issues/s | peak RSS |",
            "|---|---:|---:|---:|---:|",
        ]
        for name, label in (("persons_on", "on"), ("persons_off", "off (`--no-persons`)")):
            x = p[name]
            lines.append(f"| {label} | {_ms(x['median_s'])} | {x['mb_per_s']:.2f} | {x['issues_per_s']:.1f} | "
                         f"{x['peak_rss_mb']:.0f} MB |")
        lines.append("")
    lines += targets(data)
    if data.get("note"):
        lines += ["## Notes", "", data["note"], ""]
    return "\n".join(lines)


def targets(data: dict[str, Any]) -> list[str]:
    """The issue's targets at the largest measured size, met or missed."""
    q = data.get("query", {})
    out = ["## Targets", ""]
    if q:
        big = max(q.values(), key=lambda r: r["entries"])
        n = f"{big['entries']:,} entries"
        rg = big["rg"]["median_s"]
        rows = []
        for name in QUERIES:
            x = big[name]
            for mode in ("index", "scan"):
                t = x[mode]["median_s"]
                rows.append((f"{name} ({mode}) faster than jq (ratio < 1) at {n}", t / x["jq"]["median_s"] < 1,
                             f"{t / x['jq']['median_s']:.2f}"))
                rows.append((f"{name} ({mode}) within 2x of rg -c at {n}", t / rg <= 2, f"{t / rg:.2f}"))
            rows.append((f"{name} peak memory under 200 MB at {n}",
                         max(x["scan"]["peak_rss_mb"], x["index"]["peak_rss_mb"]) < 200,
                         f"{max(x['scan']['peak_rss_mb'], x['index']['peak_rss_mb']):.0f} MB"))
            lk = big["lookup"][name]
            qs = lk.get("query_s", lk["median_s"])
            rows.append((f"{name} index look-up (FTS5 query) in a tenth of rg -c's time at {n}", qs <= rg / 10,
                         f"{qs / rg:.3f}"))
            rows.append((f"{name} index look-up with its freshness check in a tenth of rg -c's time at {n}",
                         lk["median_s"] <= rg / 10, f"{lk['median_s'] / rg:.3f}"))
            rows.append((f"{name} index results identical to the scan at {n}", x["index_same_as_scan"], ""))
        for what, ok, val in rows:
            out.append(f"- {'met' if ok else '**MISSED**'}: {what}" + (f" ({val})" if val else ""))
    s = data.get("startup")
    if s:
        v = s["version"]["median_s"]
        out.append(f"- {'met' if v < 0.150 else '**MISSED**'}: `digest --version` under 150 ms ({_ms(v)})")
    p = data.get("parse")
    if p:
        r = p["persons_on"]["mb_per_s"]
        out.append(f"- {'met' if r >= 2 else '**MISSED**'}: parse at least 2 MB/s with persons on ({r:.2f} MB/s)")
    out.append("")
    return out


def load() -> dict[str, Any]:
    if RESULTS_JSON.is_file():
        return json.loads(RESULTS_JSON.read_text(encoding="utf-8"))
    return {}


def save(data: dict[str, Any]) -> None:
    RESULTS_JSON.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    RESULTS_MD.write_text(report(data), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="digest benchmarks against jq and ripgrep (on demand).")
    ap.add_argument("--sizes", default="10k,100k", help="store sizes, comma-separated (10k,100k,1m)")
    ap.add_argument("--runs", type=int, default=5, help="runs per measurement (median); 3 at 1M")
    ap.add_argument("--before", type=Path, help="cli part: an older checkout to compare with (git archive REV)")
    ap.add_argument("--before-path", help="cli part: PYTHONPATH for the older checkout (e.g. its typer)")
    ap.add_argument("--only", choices=("startup", "parse", "query", "cli"), action="append",
                    help="measure only these parts (repeatable)")
    ap.add_argument("--parse-mb", type=float, default=10.0, help="MB of source for the parse run")
    ap.add_argument("--report", action="store_true", help="only rewrite RESULTS.md from results.json")
    ap.add_argument("--note", help="closing note for RESULTS.md (kept until replaced)")
    a = ap.parse_args(argv)
    for tool in ("jq", "rg"):
        if not shutil.which(tool):
            print(f"run: {tool} is not installed (apt-get install -y {'ripgrep' if tool == 'rg' else tool})",
                  file=sys.stderr)
            return 2
    data = load()
    if a.note:
        data["note"] = a.note
    if a.report:
        save(data)
        return 0
    parts = a.only or ["startup", "parse", "query"]
    data["machine"] = machine()
    if "startup" in parts:
        data["startup"] = bench_startup(max(a.runs, 15))
        save(data)
        print(f"startup: {data['startup']['version']['median_s'] * 1000:.0f} ms", file=sys.stderr)
    if "parse" in parts:
        data["parse"] = bench_parse(a.parse_mb, max(1, min(a.runs, 3)))
        save(data)
        print(f"parse: {data['parse']['persons_on']['mb_per_s']:.2f} MB/s", file=sys.stderr)
    if "cli" in parts:
        new = bench_cli([generate.parse_size(x) for x in a.sizes.split(",")], a.runs, a.before, a.before_path)
        new["sizes"] = {**data.get("cli", {}).get("sizes", {}), **new["sizes"]}  # sizes measured earlier stay
        data["cli"] = new
        save(data)
    if "query" in parts:
        data.setdefault("query", {})
        for size in a.sizes.split(","):
            n = generate.parse_size(size)
            runs = a.runs if n < 1_000_000 else min(a.runs, 3)
            data["query"][generate.size_label(n)] = bench_query(n, runs)
            save(data)
            print(f"query {size}: done", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
