"""digest serve (digest.web): every page and parameter through Flask's test client, on a store of the
four samples; listings' ?format=json compared with the command line's --json output; bad parameters
give a 400 page with the reason; the server leaves the store's files as they were."""

from __future__ import annotations

import hashlib
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

import orjson
import pytest
from conftest import ROOT, run_digest
from typer.testing import CliRunner

from digest.cli import app as cli_app
from digest.web import PAGE_SIZE, create_app

runner = CliRunner()


@pytest.fixture(scope="module")
def client(sample_store: Path):
    app = create_app(sample_store)
    app.config["TESTING"] = False  # errors go through the 500 page, as in use
    return app.test_client()


def cli_json(store: Path, *args: str) -> bytes:
    res = runner.invoke(cli_app, [*args, "--json", "--store", str(store)])
    assert res.exit_code in (0, 1), res.output
    return res.stdout_bytes


def ids(data: bytes) -> list[str]:
    return [orjson.loads(line)["id"] for line in data.splitlines() if line.strip()]


def page_ids(html: str) -> list[str]:
    return re.findall(r'<li class="result" data-id="([0-9a-f]+)"', html)


def href(path: str) -> str:
    return f'href="{quote(path)}"'


def reason(html: str) -> str:
    m = re.search(r'id="reason">(.*?)</p>', html, re.S)
    return m.group(1) if m else ""


# -- every page ------------------------------------------------------------------------------------


def test_search_page_shows_the_cli_entries_highlighted_with_count(client, sample_store: Path) -> None:
    want = ids(run_digest("search", "江凌", "--month", "11", "--json", "--store", str(sample_store)).stdout.encode())
    assert want
    r = client.get("/search?q=江凌&month=11")
    html = r.get_data(as_text=True)
    assert r.status_code == 200
    assert page_ids(html) == want[:PAGE_SIZE]
    assert f'data-total="{len(want)}"' in html
    assert "<mark>江凌</mark>" in html
    assert 'name="month"' in html and '<option value="11" selected>' in html  # the form shows the state


def test_search_json_is_the_cli_json(client, sample_store: Path) -> None:
    r = client.get("/search?q=江凌&month=11&format=json")
    assert r.status_code == 200 and r.mimetype == "application/x-ndjson"
    assert r.data == cli_json(sample_store, "search", "江凌", "--month", "11")
    r = client.get("/search?q=江凌&q=调研&format=json")  # q repeated and split at spaces: several terms
    assert r.data == cli_json(sample_store, "search", "江凌", "调研")
    assert client.get("/search?q=江凌+调研&format=json").data == r.data


@pytest.mark.parametrize("param,value", [
    ("month", "5"), ("year", "2022"), ("date", "2023-11"), ("date", "2023年11月6日"), ("since", "2023-11-20"),
    ("until", "2023-05-10"), ("section", "时 政"), ("subsection", "领导活动"), ("person", "徐衣显"),
    ("issue", "{aug}"), ("kind", "article"), ("limit", "7"),
])
def test_each_filter_is_the_cli_filter(client, sample_store: Path, ref, param: str, value: str) -> None:
    value = value.format(**ref)
    want = cli_json(sample_store, "list", f"--{param}", value)
    assert want
    r = client.get("/search", query_string={param: value, "format": "json"})
    assert r.status_code == 200 and r.data == want
    html = client.get("/search", query_string={param: value}).get_data(as_text=True)
    assert f'data-total="{len(want.splitlines())}"' in html
    assert page_ids(html) == ids(want)[:PAGE_SIZE]


def test_filters_combine_and_empty_values_are_absent(client, sample_store: Path) -> None:
    want = cli_json(sample_store, "search", "调研", "--person", "江凌", "--person", "徐衣显", "--year", "2023")
    r = client.get("/search?q=调研&person=江凌&person=徐衣显&year=2023&month=&section=&format=json")
    assert r.data == want and want


def test_title_only_and_regex(client, sample_store: Path) -> None:
    assert client.get("/search?q=江凌&title=1&format=json").data == cli_json(sample_store, "search", "江凌", "--title")
    assert client.get("/search?q=江凌|徐衣显&regex=1&format=json").data == cli_json(
        sample_store, "search", "江凌|徐衣显", "--regex")


def test_pages_follow_date_order(client, sample_store: Path) -> None:
    every = ids(cli_json(sample_store, "list"))
    assert len(every) > 2 * PAGE_SIZE
    one = page_ids(client.get("/search").get_data(as_text=True))
    two = page_ids(client.get("/search?page=2").get_data(as_text=True))
    assert one + two == every[: 2 * PAGE_SIZE]
    html = client.get("/search?page=2").get_data(as_text=True)
    assert 'href="/search?page=3"' in html and 'href="/search?page=1"' in html
    last = -(-len(every) // PAGE_SIZE)
    assert f'href="/search?page={last}"' in client.get("/search").get_data(as_text=True)
    assert page_ids(client.get(f"/search?page={last}").get_data(as_text=True)) == every[(last - 1) * PAGE_SIZE:]


def test_relevance_order_ranks_title_matches_first(client, sample_store: Path) -> None:
    date = ids(client.get("/search?q=江凌&format=json").data)
    rel = client.get("/search?q=江凌&order=relevance&format=json").data
    recs = [orjson.loads(x) for x in rel.splitlines()]
    assert sorted(r["id"] for r in recs) == sorted(date) and [r["id"] for r in recs] != date
    in_title = ["江凌" in r["title"] for r in recs]
    assert in_title == sorted(in_title, reverse=True)  # every title match before any text-only match
    html = client.get("/search?q=江凌&order=relevance").get_data(as_text=True)
    assert page_ids(html) == [r["id"] for r in recs][:PAGE_SIZE] and "by relevance" in html


def test_entry_page(client, sample_store: Path, ref) -> None:
    rec = orjson.loads(cli_json(sample_store, "search", "江凌", "--month", "11").splitlines()[3])
    r = client.get(f"/entry/{rec['id']}?q=江凌")
    html = r.get_data(as_text=True)
    assert r.status_code == 200
    assert "<mark>江凌</mark>" in html and rec["source"] in html
    assert f"lines {rec['line_start']}–{rec['line_end']}" in html
    assert href(f"/issue/{rec['issue_id']}") in html
    for p in rec["persons"]:
        assert href(f"/person/{p}") in html
    neighbours = [e for e in orjson.loads(b"[" + b",".join(cli_json(sample_store, "list", "--issue", rec["issue_id"]).splitlines()) + b"]")
                  if abs(e["seq"] - rec["seq"]) in (1, 2, 3)]
    assert neighbours and all(e["title"] in html for e in neighbours)
    assert client.get(f"/entry/{rec['id'][:6]}?format=json").data == cli_json(sample_store, "show", rec["id"][:6])
    # the issue hint only narrows the look-up: a wrong one still finds the entry
    assert client.get(f"/entry/{rec['id']}?issue={ref['may']}").status_code == 200


def test_issue_page_marks_the_matching_entries(client, sample_store: Path, ref) -> None:
    r = client.get(f"/issue/{ref['nov']}?q=江凌&month=11")
    html = r.get_data(as_text=True)
    want = ids(cli_json(sample_store, "search", "江凌", "--month", "11", "--issue", ref["nov"]))
    assert r.status_code == 200 and want
    assert f'<b id="matched">{len(want)}</b>' in html
    assert html.count('<li class="hit">') == len(want)
    assert "目录" in html and "目录 lines matched</dt><dd>102/102" in html and 'id="check">clean' in html
    assert client.get(f"/issue/{ref['nov']}?format=json").data == cli_json(sample_store, "list", "--issue", ref["nov"])


def test_newspaper_issue_page_shows_masthead_and_warnings(client, sample_store: Path) -> None:
    iss = orjson.loads(next(line for line in cli_json(sample_store, "issues").splitlines() if b'"newspaper"' in line))
    html = client.get(f"/issue/{iss['issue_id']}").get_data(as_text=True)
    assert iss["meta"]["publisher"] in html and str(iss["issue_no"]) in html
    assert iss["warnings"] and all(w in html.replace("&#34;", '"') for w in iss["warnings"][:1])
    assert f'id="check">{len(iss["warnings"])}' in html or 'problem(s)' in html


def test_person_page(client, sample_store: Path) -> None:
    html = client.get("/person/江凌").get_data(as_text=True)
    recs = [orjson.loads(x) for x in cli_json(sample_store, "people", "江凌").splitlines()]
    assert f'<b id="n">{len(recs)}</b>' in html
    assert f"{recs[0]['date']} to {recs[-1]['date']}" in html
    assert '<svg class="chart"' in html and html.count('class="bar"') >= 3  # a bar a month
    assert '<a href="/search?person=%E6%B1%9F%E5%87%8C&amp;date=2023-11"><rect class="bar"' in html  # a bar: its entries
    month = ids(client.get("/search?person=江凌&date=2023-11&format=json").data)
    assert month == ids(cli_json(sample_store, "people", "江凌", "--date", "2023-11"))
    together = [orjson.loads(x) for x in cli_json(sample_store, "people", "江凌", "--with").splitlines()]
    assert together[0]["name"] in html
    roles = {r["roles"].get("江凌") for r in recs} - {None}
    assert roles and all(role in html for role in roles)
    assert client.get("/person/江凌?format=json").data == cli_json(sample_store, "people", "江凌")
    assert client.get("/person/江凌/with?format=json").data == cli_json(sample_store, "people", "江凌", "--with")
    assert client.get("/person/江凌?month=11&format=json").data == cli_json(sample_store, "people", "江凌", "--month", "11")
    assert client.get("/person/江凌/with").status_code == 200


def test_listings_json_are_the_cli_json(client, sample_store: Path, ref) -> None:
    assert client.get("/?format=json").data == cli_json(sample_store, "stats")
    assert client.get("/?month=11&format=json").data == cli_json(sample_store, "stats", "--month", "11")
    assert client.get("/issues?format=json").data == cli_json(sample_store, "issues")
    assert client.get("/issues?q=江凌&format=json").status_code == 200
    assert client.get("/issues?person=江凌&format=json").data == cli_json(sample_store, "issues", "--person", "江凌")
    assert client.get("/sections?format=json").data == cli_json(sample_store, "sections")
    assert client.get("/sections?limit=3&format=json").data == cli_json(sample_store, "sections", "--limit", "3")
    assert client.get("/people?format=json").data == cli_json(sample_store, "people")
    assert client.get("/people?month=5&limit=4&format=json").data == cli_json(sample_store, "people", "--month", "5", "-n", "4")
    for path, cmd in [("/", "stats"), ("/issues", "issues"), ("/sections", "sections"), ("/people", "people")]:
        # an issue filter reads that issue's file only: the same output as the CLI's scan
        got = client.get(path, query_string={"issue": ref["paper"], "format": "json"}).data
        assert got == cli_json(sample_store, cmd, "--issue", ref["paper"]), path
    assert client.get("/search?issue=no-such&format=json").data == b""


def test_overview_and_other_listings(client, sample_store: Path) -> None:
    stats = orjson.loads(cli_json(sample_store, "stats"))
    html = client.get("/").get_data(as_text=True)
    assert f"<b>{stats['entries']:,}</b> entries" in html and '<svg class="chart"' in html
    assert all(name in html for name in list(stats["top_persons"])[:5])
    assert all(s in html for s in stats["sections"] if s != "-")
    html = client.get("/issues").get_data(as_text=True)
    assert all(href(f"/issue/{i['issue_id']}") in html
               for i in map(orjson.loads, cli_json(sample_store, "issues").splitlines()))
    assert "领导活动" in client.get("/sections").get_data(as_text=True)
    assert href("/person/江凌") in client.get("/people").get_data(as_text=True)


def test_listings_show_their_filters_and_keep_them_in_links(client, sample_store: Path) -> None:
    html = client.get("/people?month=11&person=江凌").get_data(as_text=True)
    assert 'id="active"' in html and "month <b>11</b>" in html
    assert 'href="/people?person=%E6%B1%9F%E5%87%8C"' in html  # removes month, keeps the person
    rows = [orjson.loads(x) for x in cli_json(sample_store, "people", "--month", "11", "--person", "江凌").splitlines()]
    assert f"<b>{len(rows)}</b> people" in html
    assert f'href="/person/{quote(rows[1]["name"])}?month=11&amp;person=%E6%B1%9F%E5%87%8C"' in html
    html = client.get("/?month=11").get_data(as_text=True)
    assert 'href="/search?section=%E6%97%B6%E6%94%BF&amp;month=11"' in html or \
        'href="/search?month=11&amp;section=%E6%97%B6%E6%94%BF"' in html
    assert '<input type="hidden" name="month" value="11">' in html  # its search box searches within
    assert 'id="active"' not in client.get("/people").get_data(as_text=True)


def test_the_index_is_used_while_fresh_and_a_stale_one_is_not(client, sample_store: Path, tmp_path: Path,
                                                                monkeypatch, ref) -> None:
    import os
    import shutil

    import digest.index as ix

    used: list[bool] = []
    real = ix.candidates

    def spy(store, filters):
        got = real(store, filters)
        used.append(got is not None)
        return got

    want = cli_json(sample_store, "search", "江凌", "--month", "11")
    monkeypatch.setattr(ix, "candidates", spy)
    assert client.get("/search?q=江凌&month=11&format=json").data == want and used == [True]
    copy = tmp_path / "store"
    shutil.copytree(sample_store, copy)
    f = copy / "entries" / ref["nov_file"]
    os.utime(f, ns=(f.stat().st_atime_ns, f.stat().st_mtime_ns + 10**9))  # same bytes, newer: index stale
    used.clear()
    assert create_app(copy).test_client().get("/search?q=江凌&month=11&format=json").data == want
    assert used == [False]


def test_empty_store_pages(tmp_path: Path) -> None:
    c = create_app(tmp_path / "nothing").test_client()
    assert "Nothing here yet" in c.get("/").get_data(as_text=True)
    assert c.get("/search?q=江凌").status_code == 200
    assert c.get("/search?q=江凌&format=json").data == b""


# -- bad parameters: a 400 page with the reason, never a traceback -----------------------------------


@pytest.mark.parametrize("url,why", [
    ("/search?month=13", "month must be 1-12"),
    ("/search?month=eleven", "month must be a whole number"),
    ("/search?year=abc", "year must be a whole number"),
    ("/search?year=0", "year must be 1-9999"),
    ("/search?date=yesterday", "cannot read date"),
    ("/search?since=2023-13", "cannot read date"),
    ("/search?since=2023-12&until=2023-01", "is after"),
    ("/search?kind=poem", "kind must be one of"),
    ("/search?limit=-1", "limit must be 0 or more"),
    ("/search?regex=1&q=(", "bad regular expression"),
    ("/search?regex=maybe", "regex must be 1 or 0"),
    ("/search?order=random", "order must be one of"),
    ("/search?page=0", "page must be 1 or more"),
    ("/search?page=999", "past the last page"),
    ("/search?format=xml", "format must be one of"),
    ("/search?monht=11", "unknown parameter"),
    ("/?month=0", "month must be 1-12"),
    ("/issues?format=csv", "format must be one of"),
    ("/sections?year=x", "year must be a whole number"),
    ("/people?limit=x", "limit must be a whole number"),
    ("/person/江凌?month=99", "month must be 1-12"),
    ("/person/江凌/with?kind=x", "kind must be one of"),
    ("/issue/{nov}?issue={may}", "contradicts"),
    ("/issue/{nov}?month=x", "month must be a whole number"),
    ("/entry/7abb", "ambiguous"),
    ("/entry/ab", "too short"),
    ("/entry/{entry}?month=11", "unknown parameter"),
])
def test_bad_parameters_give_400_with_the_reason(client, ref, url: str, why: str) -> None:
    url = url.format(**ref)
    if url == "/entry/7abb":
        # an ambiguous prefix needs two ids that share it: find the shortest shared prefix in this store
        every = sorted(ids(client.get("/search?format=json").data))
        pairs = [(a, b) for a, b in zip(every, every[1:], strict=False) if a[:4] == b[:4]]
        if not pairs:
            pytest.skip("no two entry ids share a 4-character prefix in this store")
        url = f"/entry/{pairs[0][0][:4]}"
    r = client.get(url)
    html = r.get_data(as_text=True)
    assert r.status_code == 400, (url, html[:300])
    assert why in reason(html), reason(html)
    assert "Traceback" not in html


@pytest.mark.parametrize("url,why", [
    ("/entry/ffffffffffff", "no entry with id"),
    ("/issue/no-such-issue", "no issue"),
    ("/person/江林", "no entries name 江林"),
    ("/person/江林/with", "no entries name 江林"),
    ("/nowhere", "not found"),
])
def test_unknown_things_give_404(client, url: str, why: str) -> None:
    r = client.get(url)
    assert r.status_code == 404 and why in reason(r.get_data(as_text=True)).lower()


def test_an_unreadable_store_is_a_500_page_with_the_reason(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    r = create_app(not_a_dir).test_client().get("/search?q=江凌")
    assert r.status_code == 500 and "is not a directory" in reason(r.get_data(as_text=True))


def test_an_unexpected_error_is_a_500_page_without_traceback(sample_store: Path, monkeypatch) -> None:
    import digest.web

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(digest.web, "stats", boom)
    app = create_app(sample_store)
    app.logger.disabled = True
    r = app.test_client().get("/")
    html = r.get_data(as_text=True)
    assert r.status_code == 500 and "RuntimeError" in reason(html)
    assert "Traceback" not in html and "secret internals" not in html


def test_json_requests_get_the_reason_as_json(client) -> None:
    r = client.get("/search?month=13&format=json")
    assert r.status_code == 400 and r.mimetype == "application/json"
    assert orjson.loads(r.data) == {"error": "month must be 1-12, not 13", "status": 400}
    r = client.get("/entry/ffffffffffff?format=json")
    assert r.status_code == 404 and "no entry with id" in orjson.loads(r.data)["error"]


def test_person_404_suggests_close_names(client) -> None:
    html = client.get("/person/江凌凌").get_data(as_text=True)
    assert href("/person/江凌") in html


@pytest.mark.parametrize("url", ["/", "/search?q=江凌&month=11", "/entry/{entry}", "/issues",
                                 "/issue/{nov}", "/sections", "/people", "/person/江凌", "/search?month=13"])
def test_pages_load_nothing_from_elsewhere(client, ref, url: str) -> None:
    url = url.format(**ref)
    r = client.get(url)
    html = r.get_data(as_text=True)
    assert "default-src 'self'" in r.headers["Content-Security-Policy"]
    assert not re.search(r'(?:src|href|action)="(?:[a-z]+:)?//', html)  # no CDN, fonts or scripts elsewhere
    for ref in re.findall(r'(?:src|href)="(/static/[^"]+)"', html):
        assert client.get(ref).status_code == 200, ref


def test_input_is_escaped(client) -> None:
    html = client.get("/search", query_string={"q": "<script>alert(1)</script>"}).get_data(as_text=True)
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    html = client.get("/search?month=<b>x</b>").get_data(as_text=True)
    assert "<b>x</b>" not in html


def test_a_damaged_line_is_reported_and_the_rest_served(sample_store: Path, tmp_path: Path, ref) -> None:
    import shutil

    copy = tmp_path / "store"
    shutil.copytree(sample_store, copy, ignore=shutil.ignore_patterns("index"))
    victim = copy / "entries" / ref["may_file"]
    victim.write_bytes(victim.read_bytes() + b'{"id": "broken", "tit\n')
    c = create_app(copy).test_client()
    html = c.get("/search?q=江凌").get_data(as_text=True)
    assert "store warning" in html and ref["may_file"] in html
    assert c.get("/search?q=江凌&format=json").data == cli_json(sample_store, "search", "江凌")


# -- read-only -------------------------------------------------------------------------------------


def _snapshot(root: Path) -> dict[str, tuple[int, int, str]]:
    return {str(p.relative_to(root)): (p.stat().st_mtime_ns, p.stat().st_size, hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_the_server_never_writes_to_the_store(client, sample_store: Path, ref) -> None:
    before = _snapshot(sample_store)
    assert any(k.startswith("index/") for k in before)  # the index is read too
    urls = ["/", "/search?q=江凌&month=11", "/search?q=江凌&order=relevance", "/search?page=2", "/issues",
            f"/issue/{ref['nov']}?q=江凌", "/sections", "/people", "/person/江凌", "/person/江凌/with",
            f"/entry/{ref['entry']}", "/search?month=13", "/person/江林", "/?format=json", "/search?format=json"]
    for u in urls:
        client.get(u)
    assert _snapshot(sample_store) == before
    assert (sample_store / "index" / "index.sqlite").is_file()


# -- the command -----------------------------------------------------------------------------------


def test_serve_bad_port_is_a_usage_error(sample_store: Path) -> None:
    res = run_digest("serve", "--port", "70000", "--store", str(sample_store))
    assert res.returncode == 2 and "Traceback" not in res.stderr


def stop_server(proc: subprocess.Popen, sig: int) -> int:
    """Send sig and wait for the server to end; kill it (and fail) if it does not."""
    proc.send_signal(sig)
    try:
        return proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise


def test_serve_stops_cleanly_on_sigterm(sample_store: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "digest", "serve", "--port", str(port), "--store", str(sample_store)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).read()
                break
            except OSError:
                time.sleep(0.1)
    finally:
        rc = stop_server(proc, signal.SIGTERM)
    err = proc.stderr.read()
    assert rc == 0 and err.rstrip().endswith("digest: stopped") and "Traceback" not in err


def test_serve_answers_and_a_taken_port_is_one_line(sample_store: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    # started with SIGINT ignored, as a script's background job is: Ctrl-C must stop it all the same
    proc = subprocess.Popen([sys.executable, "-m", "digest", "serve", "--port", str(port), "--store", str(sample_store)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        body = b""
        for _ in range(100):
            try:
                body = urllib.request.urlopen(f"http://127.0.0.1:{port}/search?q=江凌&month=11&format=json".replace(
                    "江凌", "%E6%B1%9F%E5%87%8C"), timeout=5).read()
                break
            except OSError:
                time.sleep(0.1)
        assert body == cli_json(sample_store, "search", "江凌", "--month", "11")
        again = run_digest("serve", "--port", str(port), "--store", str(sample_store), timeout=30)
        assert again.returncode == 2
        assert again.stderr.strip().splitlines()[-1].startswith(f"digest: cannot serve on 127.0.0.1:{port}")
        assert "Traceback" not in again.stderr
    finally:
        rc = stop_server(proc, signal.SIGINT)  # Ctrl-C
    err = proc.stderr.read()
    assert rc == 0 and "read-only at http://127.0.0.1" in err and err.rstrip().endswith("digest: stopped")
    assert "\x1b[" not in err and "Traceback" not in err  # no colour codes in a file or pipe


def test_the_browser_test_says_why_it_is_skipped(monkeypatch) -> None:
    import test_web_browser as tb

    monkeypatch.setenv("DIGEST_BROWSER_SKIP", "CI could not install chromium")
    assert tb._why_skip() == "CI could not install chromium"
    monkeypatch.delenv("DIGEST_BROWSER_SKIP")
    monkeypatch.setattr(tb, "CHROMIUM", None)
    assert "apt-get install chromium chromium-driver" in (tb._why_skip() or "")
