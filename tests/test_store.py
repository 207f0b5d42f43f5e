"""The JSON-lines store: layout, replacement, atomicity, locking, corruption, write errors."""

from __future__ import annotations

import errno
import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as hst

from digest import store as store_mod
from digest.model import ENTRY_KEYS, Entry, Issue, assign_ids
from digest.store import Store, StoreError, default_store_path, file_stem

REPO = Path(__file__).resolve().parents[1]


def make_issue(issue_id: str, n: int, marker: str = "v1", date: str = "2023-11") -> tuple[Issue, list[Entry]]:
    entries = [Entry(title=f"{marker} 标题-{i}", text=f"{marker} 正文 {i}\n第二段", section="时政",
                     date=f"{date}-{(i % 28) + 1:02d}" if len(date) == 7 else date, issue_date=date,
                     persons=["江凌"] if i % 2 else [])
               for i in range(n)]
    assign_ids(issue_id, f"{issue_id}.txt", entries)
    sha = hashlib.sha256(f"{issue_id}/{marker}/{n}".encode()).hexdigest()  # each version: its own bytes
    issue = Issue(issue_id=issue_id, source=f"{issue_id}.txt", sha256=sha, issue_date=date,
                  entry_count=n)
    return issue, entries


def read_lines(path: Path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def test_put_writes_the_documented_layout(tmp_path: Path) -> None:
    st = Store.open(tmp_path / "s")
    assert not (tmp_path / "s").exists()  # opening does not create anything
    issue, entries = make_issue("digest-2023-11", 5)
    st.put(issue, entries)
    epath = tmp_path / "s" / "entries" / "digest-2023-11.jsonl"
    assert epath.is_symlink()  # -> ../versions/digest-2023-11/<generation>.jsonl
    target = epath.resolve()
    assert target.parent == (tmp_path / "s" / "versions" / "digest-2023-11").resolve()
    ipath = target.with_suffix(".json")
    assert st.record_path(epath) is not None and st.record_path(epath).resolve() == ipath
    rows = read_lines(epath)
    assert [tuple(r) for r in rows] == [ENTRY_KEYS] * 5
    assert rows == [e.to_dict() for e in entries]
    assert orjson.loads(ipath.read_bytes())["issue_id"] == "digest-2023-11"
    assert (tmp_path / "s" / ".lock").exists()
    assert [s.record["id"] for s in st.records()] == [e.id for e in entries]


def test_put_same_issue_replaces_it(tmp_path: Path) -> None:
    st = Store.open(tmp_path)
    st.put(*make_issue("a", 10, "old"))
    st.put(*make_issue("b", 3, "bee"))
    st.put(*make_issue("a", 4, "new"))
    st2 = Store.open(tmp_path)
    titles = [s.record["title"] for s in st2.records()]
    assert len(titles) == 7
    assert not any(t.startswith("old") for t in titles)
    assert sorted(p.name for p in (tmp_path / "entries").iterdir()) == ["a.jsonl", "b.jsonl"]


def test_unsafe_issue_ids_stay_inside_the_store_and_stay_distinct(tmp_path: Path) -> None:
    st = Store.open(tmp_path)
    ids = ["../evil", "a/b", "a%2Fb", ".hidden", "伊滨-2022-11-16", "x" * 400]
    for i in ids:
        st.put(*make_issue(i, 1))
    files = sorted((tmp_path / "entries").iterdir())
    assert len(files) == len(ids)
    assert all(f.parent == tmp_path / "entries" and not f.name.startswith(".") for f in files)
    assert all(len(f.name.encode()) < 255 for f in files)
    got = {s.record["issue_id"] for s in Store.open(tmp_path).records()}
    assert got == set(ids)
    assert file_stem("伊滨-2022-11-16") == "伊滨-2022-11-16"
    with pytest.raises(StoreError):
        file_stem("")


def test_default_store_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DIGEST_STORE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_store_path() == tmp_path / "xdg" / "digest"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_store_path() == tmp_path / "home" / ".local" / "share" / "digest"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")  # XDG spec: relative paths are invalid
    assert default_store_path() == tmp_path / "home" / ".local" / "share" / "digest"
    monkeypatch.setenv("DIGEST_STORE", str(tmp_path / "mine"))
    assert default_store_path() == tmp_path / "mine"
    assert Store.open(None).path == tmp_path / "mine"


def test_open_rejects_a_file(tmp_path: Path) -> None:
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(StoreError, match="not a directory"):
        Store.open(f)


def test_corrupt_and_truncated_lines_are_reported_and_the_rest_served(tmp_path: Path) -> None:
    st = Store.open(tmp_path)
    st.put(*make_issue("a", 6))
    st.put(*make_issue("b", 2))
    path = tmp_path / "entries" / "a.jsonl"
    lines = path.read_bytes().splitlines(keepends=True)
    lines[2] = b'{"id": "broken", "title": \x00garbage\n'
    lines[5] = lines[5][: len(lines[5]) // 2]  # a truncated last line, no newline
    path.write_bytes(b"".join(lines))
    seen: list[str] = []
    st2 = Store.open(tmp_path, on_warning=seen.append)
    got = [s.record["title"] for s in st2.records()]
    assert len(got) == 6  # 4 good lines of a + 2 of b
    assert seen == st2.warnings and len(seen) == 2
    assert seen[0].startswith(f"{path}:3: ") and seen[1].startswith(f"{path}:6: truncated")
    # the prefilter must not hide a truncated line either
    st3 = Store.open(tmp_path)
    list(st3.records([b"no-such-needle"]))
    assert any(":6: truncated" in w for w in st3.warnings)


def test_non_record_lines_are_reported(tmp_path: Path) -> None:
    (tmp_path / "entries").mkdir()
    (tmp_path / "entries" / "x.jsonl").write_bytes(b'[1, 2]\n{"id": "a", "title": "t"}\n\n"str"\n')
    st = Store.open(tmp_path)
    assert [s.record["id"] for s in st.records()] == ["a"]
    assert [w.split(": ", 1)[0].rsplit(":", 1)[1] for w in st.warnings] == ["1", "4"]


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_full_disk_leaves_the_store_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    st = Store.open(tmp_path)
    st.put(*make_issue("a", 3, "old"))
    before = _snapshot(tmp_path)
    real_write = os.write
    calls = {"n": 0}

    def failing_write(fd: int, data: bytes) -> int:
        calls["n"] += 1
        if calls["n"] >= 2:  # the entries temp file gets written, the issue file hits a full disk
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(store_mod.os, "write", failing_write)
    with pytest.raises(StoreError) as exc:
        st.put(*make_issue("a", 5, "new"))
    assert "no space left on device" in str(exc.value) and "\n" not in str(exc.value)
    monkeypatch.undo()
    assert _snapshot(tmp_path) == before  # nothing replaced, no temporary file left


def test_read_only_store_is_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    st = Store.open(tmp_path)
    st.put(*make_issue("a", 2))
    before = _snapshot(tmp_path)
    real_open = os.open

    def ro_open(path, flags, *a):  # type: ignore[no-untyped-def]
        if flags & (os.O_WRONLY | os.O_RDWR):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *a)

    monkeypatch.setattr(store_mod.os, "open", ro_open)
    with pytest.raises(StoreError, match="read-only file system"):
        st.put(*make_issue("a", 9, "new"))
    monkeypatch.undo()
    assert _snapshot(tmp_path) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_unwritable_directory(tmp_path: Path) -> None:  # pragma: no cover - depends on the user
    st = Store.open(tmp_path)
    st.put(*make_issue("a", 2))
    os.chmod(tmp_path, 0o555)
    try:
        with pytest.raises(StoreError, match="permission denied"):
            st.put(*make_issue("b", 2))
    finally:
        os.chmod(tmp_path, 0o755)


def test_leftover_temp_files_are_ignored_and_cleaned(tmp_path: Path) -> None:
    st = Store.open(tmp_path)
    st.put(*make_issue("a", 2))
    stale = tmp_path / "entries" / ".a.jsonl.999.tmp"
    stale.write_bytes(b'{"id": "half", "tit')
    assert [s.record["id"] for s in Store.open(tmp_path).records()] != []
    assert Store.open(tmp_path).warnings == []
    assert all(s.record["id"] != "half" for s in Store.open(tmp_path).records())
    st.put(*make_issue("b", 1))
    assert not stale.exists()


def test_delete(tmp_path: Path) -> None:
    st = Store.open(tmp_path)
    st.put(*make_issue("a", 2))
    st.put(*make_issue("b", 2))
    assert st.delete("a") is True
    assert st.delete("a") is False
    assert {s.record["issue_id"] for s in Store.open(tmp_path).records()} == {"b"}


def test_issue_record_missing_is_rebuilt_from_entries(tmp_path: Path) -> None:
    st = Store.open(tmp_path)
    st.put(*make_issue("a", 3))
    st.record_path(tmp_path / "entries" / "a.jsonl").unlink()
    issues = list(Store.open(tmp_path).issues())
    assert [(i.issue_id, i.entry_count) for i in issues] == [("a", 3)]


def test_reader_survives_a_replaced_file(tmp_path: Path) -> None:
    st = Store.open(tmp_path)
    st.put(*make_issue("a", 4, "one"))
    found = list(st.records())
    target = found[2]
    # replace the issue with a version where the same entry sits elsewhere in the file
    issue, entries = make_issue("a", 4, "one")
    entries.reverse()
    Store.open(tmp_path).put(issue, entries)
    with st.reader() as r:
        raw = r.get(target.file_no, target.offset, target.record["id"])
    assert raw is not None and orjson.loads(raw)["id"] == target.record["id"]


# -- processes: kill -9 mid-write, five writers at once -------------------------------------------

WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {repo!r})
    from pathlib import Path
    from digest.model import Entry, Issue, assign_ids
    from digest.store import Store

    def version(marker, n):
        es = [Entry(title=f"{{marker}}-{{i}}", text=marker * 2000, issue_date="2023-11") for i in range(n)]
        assign_ids("big", "big.txt", es)
        return Issue(issue_id="big", source="big.txt", sha256="0", entry_count=n), es

    st = Store.open(Path(sys.argv[1]))
    a, b = version("A", 3000), version("B", 2000)
    print("ready", flush=True)
    while True:
        st.put(*a)
        st.put(*b)
""")


def _check_whole(root: Path) -> dict[str, int]:
    """Every issue's entries file decodes completely and holds one version; returns entries per issue."""
    out = {}
    for path in sorted((root / "entries").glob("*.jsonl")):
        rows = read_lines(path)
        assert path.read_bytes().endswith(b"\n")
        markers = {r["title"].rsplit("-", 1)[0] for r in rows}
        assert len(markers) == 1, f"{path.name} mixes versions {markers}"
        ids = [r["id"] for r in rows]
        assert len(ids) == len(set(ids))
        out[path.stem] = len(rows)
    return out


def test_kill_9_mid_write_leaves_old_or_new_version(tmp_path: Path) -> None:
    st = Store.open(tmp_path)
    st.put(*make_issue("other", 7))
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(repo=str(REPO)))
    for attempt in range(3):
        proc = subprocess.Popen([sys.executable, str(script), str(tmp_path)], stdout=subprocess.PIPE)
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
        # wait until a temporary file exists: the writer is in the middle of writing an issue
        deadline = time.monotonic() + 20
        # (the version's files are written under versions/big/, the switching link in entries/)
        while (not list((tmp_path / "versions" / "big").glob(".*.tmp"))
               and not list((tmp_path / "entries").glob(".*.tmp")) and time.monotonic() < deadline):
            time.sleep(0.001)
        time.sleep(0.003 * attempt)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        counts = _check_whole(tmp_path)
        assert counts["other"] == 7
        if "big" in counts:
            assert counts["big"] in (3000, 2000)
        served = Store.open(tmp_path)
        assert sum(1 for _ in served.records()) == sum(counts.values())
        assert served.warnings == []


FIVE = textwrap.dedent("""
    import sys
    sys.path.insert(0, {repo!r})
    from pathlib import Path
    from digest.model import Entry, Issue, assign_ids
    from digest.store import Store

    me = int(sys.argv[2])
    st = Store.open(Path(sys.argv[1]))
    for k in range(4):
        for iid, n in ((f"w{{me}}-{{k}}", 40), ("shared", 50 + me)):
            es = [Entry(title=f"{{iid}}@{{me}}-{{i}}", text="x" * 300) for i in range(n)]
            assign_ids(iid, "f.txt", es)
            st.put(Issue(issue_id=iid, source="f.txt", sha256="0", entry_count=n), es)
""")


def test_five_writers_at_once_lose_and_duplicate_nothing(tmp_path: Path) -> None:
    st = Store.open(tmp_path)
    st.put(*make_issue("before", 5))
    script = tmp_path / "five.py"
    script.write_text(FIVE.format(repo=str(REPO)))
    procs = [subprocess.Popen([sys.executable, str(script), str(tmp_path), str(i)]) for i in range(5)]
    assert [p.wait(timeout=60) for p in procs] == [0] * 5
    counts = _check_whole(tmp_path)
    assert counts.pop("before") == 5
    shared = counts.pop("shared")
    assert shared in {50 + i for i in range(5)}
    assert counts == {f"w{me}-{k}": 40 for me in range(5) for k in range(4)}
    ids = [s.record["id"] for s in Store.open(tmp_path).records()]
    assert len(ids) == len(set(ids)) == 5 + shared + 5 * 4 * 40
    assert not list(tmp_path.rglob("*.tmp"))


# -- the partial (head) decode agrees with the full decode -----------------------------------------
_tricky = hst.lists(hst.sampled_from(list('江凌,"{}:\\\n persons') + ['"persons":', ',"persons":[']),
                    max_size=12).map("".join)


@settings(max_examples=200, deadline=None)
@given(title=_tricky, text=_tricky, section=hst.one_of(hst.none(), _tricky), kicker=hst.one_of(hst.none(), _tricky),
       persons=hst.lists(_tricky, max_size=3))
def test_head_decode_matches_full_decode(title: str, text: str, section: str | None, kicker: str | None,
                                         persons: list[str]) -> None:
    e = Entry(title=title, text=text, section=section, kicker=kicker, persons=persons,
              roles={p: "书记" for p in persons}, date="2023-11-06")
    assign_ids("i", "i.txt", [e])
    full = e.to_dict()
    head = store_mod._head(orjson.dumps(full))
    assert head is not None
    assert head == {k: full[k] for k in ENTRY_KEYS[: ENTRY_KEYS.index("persons")]}


def test_five_digest_parse_processes_at_once(tmp_path: Path) -> None:
    """Five `digest parse` at once on one store: each its own issue plus one shared issue, all whole."""
    sample = (REPO / "samples" / "yibin-2022-11-16.txt").read_text("utf-8")
    files = []
    for day in range(20, 25):
        f = tmp_path / f"copy-{day}.txt"
        f.write_text(sample.replace("16日", f"{day}日", 1), "utf-8")
        files.append(f)
    store = tmp_path / "store"
    procs = [subprocess.Popen([sys.executable, "-m", "digest", "parse", str(f), str(REPO / "samples" / "yibin-2022-11-16.txt"),
                               "-q", "--no-persons", "--store", str(store)], cwd=REPO, stderr=subprocess.PIPE)
             for f in files]
    assert [p.wait(timeout=120) for p in procs] == [0] * 5
    counts = {}
    for path in sorted((store / "entries").glob("*.jsonl")):
        rows = read_lines(path)
        assert len({r["id"] for r in rows}) == len(rows)
        counts[path.stem] = len(rows)
    assert sorted(counts) == sorted([f"伊滨-2022-11-{d}-no21" for d in range(20, 25)] + ["伊滨-2022-11-16-no21"])
    assert len(set(counts.values())) == 1  # every copy whole, the shared issue once
    assert not list(store.rglob("*.tmp"))


def test_same_bytes_under_a_new_issue_id_replace_the_old_issue(tmp_path: Path) -> None:
    # a newer parser may name an issue differently: the same file parsed again must not leave a duplicate
    st = Store.open(tmp_path)
    sha = "ab" * 32
    st.put(Issue(issue_id="digest-2023-11", source="a.txt", sha256=sha), [Entry(title="甲", text="一")])
    st.put(Issue(issue_id="洛阳政务信息-2023-11", source="a.txt", sha256=sha), [Entry(title="甲", text="一")])
    assert sorted(p.name for p in (tmp_path / "entries").glob("*.jsonl")) == ["洛阳政务信息-2023-11.jsonl"]
    assert [i.issue_id for i in Store.open(tmp_path).issues()] == ["洛阳政务信息-2023-11"]
    # another file (other bytes) of the same issue_id still replaces by id, and the first stays replaced
    st.put(Issue(issue_id="洛阳政务信息-2023-11", source="b.txt", sha256="cd" * 32), [Entry(title="乙")])
    assert [s.record["title"] for s in Store.open(tmp_path).records()] == ["乙"]
