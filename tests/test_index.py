"""The optional index (digest.index): same results as the scan, rebuilt at will, never trusted when stale."""

from __future__ import annotations

import os
import random
import re
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from digest import index, query
from digest.cli import app
from digest.model import Entry, Issue, assign_ids
from digest.store import Store

CHARS = "江凌徐衣显调研会议召开洛阳市委书记发展产业项目文化旅游年月日的在和与 ，。、“”（）GDPgdp5G-2023"
NAMES = ["江凌", "徐衣显", "张玉杰", "王军", "李 明", "Anna Li", "习近平"]


def _text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(CHARS) for _ in range(n))


def _date(rng: random.Random, year: int, month: int) -> tuple[str | None, str | None]:
    r = rng.random()
    if r < 0.15:
        return None, None
    if r < 0.25:
        return f"{year}", None
    if r < 0.4:
        return f"{year}-{month:02d}", None
    day = rng.randint(1, 28)
    if r < 0.5:  # a range, sometimes across the year's end
        m2 = month + rng.randint(0, 3)
        y2 = year + (m2 - 1) // 12
        return f"{year}-{month:02d}-{day:02d}", f"{y2}-{(m2 - 1) % 12 + 1:02d}-{rng.randint(1, 28):02d}"
    return f"{year}-{month:02d}-{day:02d}", None


def make_store(path: Path, issues: int = 6, per_issue: int = 30, seed: int = 7) -> Store:
    rng = random.Random(seed)
    store = Store.open(path)
    for i in range(issues):
        year, month = 2021 + i % 3, rng.randint(1, 12)
        issue_date = f"{year}-{month:02d}" if i % 4 else None
        entries = []
        for _ in range(per_issue):
            date, date_end = _date(rng, year, month)
            persons = rng.sample(NAMES, rng.randint(0, 3))
            title = _text(rng, rng.randint(4, 14)) + ("江凌" if rng.random() < 0.2 else "")
            text = _text(rng, rng.randint(20, 120)) + rng.choice(["", "", " 江凌 ", "江 凌", "江\n凌", "ＡＮＮＡ"])
            entries.append(Entry(title=title, text=text, date=date, date_end=date_end, issue_date=issue_date,
                                 persons=persons, section=rng.choice(["时政", "经济", None]),
                                 kind=rng.choice(["entry", "entry", "article"])))
        issue_id = f"测试政务信息-{i:02d}"
        assign_ids(issue_id, f"src/{i}.txt", entries)
        store.put(Issue(issue_id=issue_id, source=f"src/{i}.txt", sha256=f"{i + 1:064x}", issue_date=issue_date,
                        entry_count=len(entries)), entries)
    return store


QUERIES = [
    dict(terms=["江凌"]),
    dict(terms=["江凌"], month=11),
    dict(terms=["江凌"], year=2022),
    dict(terms=["江凌", "调研"]),
    dict(terms=["徐衣显"], title_only=True),
    dict(terms=["gdp"]),
    dict(terms=["GDP", "5g"]),
    dict(terms=["洛"]),                      # one character: nothing to narrow, the scan answers
    dict(terms=["，江"]),
    dict(terms=["“"]),
    dict(terms=["anna li"]),
    dict(terms=["江.凌"], regex=True),
    dict(persons=["徐衣显"]),
    dict(persons=["徐衣显"], year=2023),
    dict(persons=["李明"]),
    dict(terms=["江 凌"]),
    dict(persons=["AnnaLi"]),
    dict(persons=["江凌", "王军"]),
    dict(year=2022),
    dict(month=3),
    dict(year=2022, month=12),
    dict(date="2021-05"),
    dict(date="2023"),
    dict(since="2022-06", until="2023-02", terms=["发展"]),
    dict(terms=["会议"], section="时政", kind="entry"),
    dict(terms=["江凌"], limit=3),
]


def _ids(store: Store, f: query.Filters) -> list[str]:
    return [s.record["id"] for s in query.select(store, f)]


def _scan_ids(store: Store, f: query.Filters, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    with monkeypatch.context() as m:
        m.setenv("DIGEST_NO_INDEX", "1")
        assert index.candidates(store, f) is None
        return _ids(store, f)


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = make_store(tmp_path_factory.mktemp("store"))
    res = index.build(store)
    assert res.fresh and res.entries == 180
    return store


@pytest.mark.parametrize("q", QUERIES, ids=[str(q) for q in QUERIES])
def test_index_gives_the_scan_results(indexed: Store, q: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    f = query.Filters.build(**q)
    want = _scan_ids(indexed, f, monkeypatch)
    got = _ids(Store.open(indexed.path), f)
    assert got == want
    narrowable = index.match_expression(f) is not None
    assert (index.candidates(Store.open(indexed.path), f) is not None) == narrowable


def test_two_character_chinese_term(indexed: Store) -> None:
    f = query.Filters.build(terms=["江凌"])
    cands = index.candidates(Store.open(indexed.path), f)
    assert cands is not None
    hits = [s.record for s in cands if f.matches(s.record)]
    assert hits and all(re.search(r"江\s*凌", "|".join([r["title"], r["text"], *r["persons"]])) for r in hits)
    assert any("江 凌" in r["text"] for r in hits)       # stray PDF spaces inside the name
    assert index.match_expression(f) == '"江凌"'


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_queries_match_the_scan(indexed: Store, data: st.DataObject) -> None:
    rng_text = data.draw(st.text(alphabet=CHARS, min_size=1, max_size=4))
    terms = [rng_text] if data.draw(st.booleans()) else []
    persons = data.draw(st.lists(st.sampled_from(NAMES), max_size=2))
    month = data.draw(st.none() | st.integers(1, 12))
    year = data.draw(st.none() | st.integers(2020, 2025))
    f = query.Filters.build(terms=terms, persons=persons, month=month, year=year)
    os.environ["DIGEST_NO_INDEX"] = "1"
    try:
        want = _ids(indexed, f)
    finally:
        del os.environ["DIGEST_NO_INDEX"]
    assert _ids(Store.open(indexed.path), f) == want


def test_stale_index_falls_back_and_rebuilds(tmp_path: Path) -> None:
    store = make_store(tmp_path, issues=3)
    index.build(store)
    f = query.Filters.build(terms=["江凌"])
    before = _ids(Store.open(tmp_path), f)
    assert index.candidates(Store.open(tmp_path), f) is not None

    # a new issue: the index no longer covers the store, the scan takes over and sees it
    extra = [Entry(title="江凌新到", text="新的一期", date="2024-01-02")]
    assign_ids("新一期", "src/new.txt", extra)
    Store.open(tmp_path).put(Issue(issue_id="新一期", source="src/new.txt", sha256="f" * 64), extra)
    s = index.status(Store.open(tmp_path))
    assert s.exists and not s.fresh and "entries files" in s.reason
    assert index.candidates(Store.open(tmp_path), f) is None
    after = _ids(Store.open(tmp_path), f)
    assert len(after) == len(before) + 1

    index.build(Store.open(tmp_path))
    assert index.status(Store.open(tmp_path)).fresh
    assert index.candidates(Store.open(tmp_path), f) is not None
    assert _ids(Store.open(tmp_path), f) == after


def test_file_changed_in_place_makes_it_stale(tmp_path: Path) -> None:
    store = make_store(tmp_path, issues=2)
    index.build(store)
    path = store.entry_files()[0]
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join(reversed(lines)))  # same size, other order: offsets are wrong now
    os.utime(path, ns=(1, 1))
    f = query.Filters.build(terms=["江凌"])
    assert index.candidates(Store.open(tmp_path), f) is None
    assert "changed" in index.status(Store.open(tmp_path)).reason
    os.environ["DIGEST_NO_INDEX"] = "1"
    try:
        want = _ids(Store.open(tmp_path), f)
    finally:
        del os.environ["DIGEST_NO_INDEX"]
    assert _ids(Store.open(tmp_path), f) == want


def test_missing_or_damaged_index_falls_back(tmp_path: Path) -> None:
    store = make_store(tmp_path, issues=2)
    f = query.Filters.build(persons=["徐衣显"])
    want = _ids(store, f)
    assert index.candidates(store, f) is None               # never built
    assert not index.status(store).exists
    index.build(store)
    assert index.drop(store) and not index.drop(store)
    assert index.candidates(store, f) is None
    p = index.index_path(store)
    p.write_bytes(b"this is not a database" * 100)          # damaged
    assert index.candidates(Store.open(tmp_path), f) is None
    s = index.status(Store.open(tmp_path))
    assert s.exists and not s.fresh and "unreadable" in s.reason
    assert _ids(Store.open(tmp_path), f) == want
    index.build(Store.open(tmp_path))                       # rebuilt over it
    assert index.status(Store.open(tmp_path)).fresh
    assert _ids(Store.open(tmp_path), f) == want


def test_index_is_never_the_only_copy(tmp_path: Path) -> None:
    store = make_store(tmp_path, issues=2)
    before = {p.name: p.read_bytes() for p in store.entry_files()}
    index.build(store)
    index.drop(store)
    assert {p.name: p.read_bytes() for p in Store.open(tmp_path).entry_files()} == before


def test_cli_index_commands(tmp_path: Path) -> None:
    make_store(tmp_path, issues=2)
    runner = CliRunner()
    s = str(tmp_path)
    r = runner.invoke(app, ["index", "status", "--store", s])
    assert r.exit_code == 1 and "missing" in r.output
    r = runner.invoke(app, ["index", "build", "--store", s])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["index", "status", "--store", s, "--json"])
    assert r.exit_code == 0 and '"fresh":true' in r.output
    assert runner.invoke(app, ["index", "rebuild", "--store", s, "-q"]).exit_code == 0
    with_index = runner.invoke(app, ["search", "江凌", "--store", s, "--json"]).output
    assert runner.invoke(app, ["index", "drop", "--store", s]).exit_code == 0
    assert runner.invoke(app, ["search", "江凌", "--store", s, "--json"]).output == with_index
    r = runner.invoke(app, ["index", "build", "--store", str(tmp_path / "nothing-here")])
    assert r.exit_code == 2


def test_file_replaced_after_the_check_is_scanned_whole(tmp_path: Path) -> None:
    store = make_store(tmp_path, issues=3)
    index.build(store)
    f = query.Filters.build(terms=["江凌"])
    s = Store.open(tmp_path)
    cands = index.candidates(s, f)      # fresh: checked here, read lazily below
    assert cands is not None
    # a writer replaces one issue in between (new inode): its lines are no longer where the index says
    first = Store.open(tmp_path).entry_files()[0]
    lines = first.read_bytes().splitlines(keepends=True)
    extra = [Entry(title="江凌又到", text="插在最前", date="2022-02-02")]
    assign_ids("插入", "src/x.txt", extra)
    tmp = first.with_name(".swap.tmp")
    tmp.write_bytes(orjson.dumps(extra[0].to_dict()) + b"\n" + b"".join(lines))
    os.replace(tmp, first)
    got = sorted(x.record["id"] for x in cands if f.matches(x.record))
    os.environ["DIGEST_NO_INDEX"] = "1"
    try:
        want = sorted(x.record["id"] for x in query.scan(Store.open(tmp_path), f))
    finally:
        del os.environ["DIGEST_NO_INDEX"]
    assert got == want and extra[0].id in got


def _meta(store: Store) -> dict[str, str]:
    import sqlite3

    con = sqlite3.connect(index.index_path(store))
    try:
        return dict(con.execute("SELECT key, value FROM meta").fetchall())
    finally:
        con.close()


def test_incremental_update_gives_the_scan_results(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = make_store(tmp_path, issues=30, per_issue=15)
    index.build(store)
    rng = random.Random(3)
    for round_no in range(4):
        s = Store.open(tmp_path)
        names = [p.name for p in s.entry_files()]
        # one new issue (its name sorts first: every later file moves one place), one replaced, one removed
        fresh = make_store(tmp_path / f"new{round_no}", issues=1, per_issue=10, seed=100 + round_no)
        rec = [Entry.from_dict(orjson.loads(x)) for x in fresh.entry_files()[0].read_bytes().splitlines()]
        assign_ids(f"0新{round_no}", "src/n.txt", rec)
        s.put(Issue(issue_id=f"0新{round_no}", source="src/n.txt", sha256=f"{round_no + 50:064x}"), rec)
        victim = rng.choice(names)
        lines = (tmp_path / "entries" / victim).read_bytes().splitlines(keepends=True)
        rng.shuffle(lines)
        tmpf = tmp_path / "entries" / f".{victim}.swap"
        tmpf.write_bytes(b"".join(lines[: max(1, len(lines) - 3)]))
        os.replace(tmpf, tmp_path / "entries" / victim)
        gone = rng.choice([n for n in names if n != victim])
        s.delete(orjson.loads((tmp_path / "entries" / gone).read_bytes().splitlines()[0])["issue_id"])
        assert not index.status(Store.open(tmp_path)).fresh
        res = index.build(Store.open(tmp_path), full=False)
        assert res.fresh
        meta = _meta(Store.open(tmp_path))
        assert meta["updated"] == "2" and int(meta["dead"]) > 0      # two files re-read, the rest kept
        total = sum(len(p.read_bytes().splitlines()) for p in Store.open(tmp_path).entry_files())
        assert res.entries == total
        for q in QUERIES:
            f = query.Filters.build(**q)
            assert _ids(Store.open(tmp_path), f) == _scan_ids(Store.open(tmp_path), f, monkeypatch), q


def test_update_falls_back_to_a_full_build(tmp_path: Path) -> None:
    store = make_store(tmp_path, issues=20, per_issue=5)
    index.build(store)
    index.build(Store.open(tmp_path), full=False)             # fresh: an update with nothing to do
    assert index.status(Store.open(tmp_path)).fresh
    for p in Store.open(tmp_path).entry_files():               # every file changed: a full build
        os.utime(p, ns=(5, 5))
    res = index.build(Store.open(tmp_path), full=False)
    assert res.fresh and _meta(Store.open(tmp_path))["dead"] == "0"
