"""The store's needle scan (a file read whole, only the lines holding the rarest needle visited) gives
exactly the records of the line-by-line scan, on files written by the store and on files it must hand
to the line loop (escapes, CRLF, blank and damaged lines, no final line end)."""

from __future__ import annotations

import random
from pathlib import Path

import orjson
import pytest

from digest.model import Entry, Issue, assign_ids
from digest.query import Filters
from digest.store import Store

WORDS = ["江凌", "江 凌", "徐衣显", "调研", "GDP", "gdp", "5G", "会议", "洛阳", "\\", '"引号"', "\t", "江", "凌"]


def _store(tmp: Path, seed: int) -> Store:
    rng = random.Random(seed)
    st = Store.open(tmp)
    for i in range(6):
        entries = [Entry(title="".join(rng.choice(WORDS) for _ in range(3)),
                         text="".join(rng.choice(WORDS) for _ in range(rng.randint(0, 12))),
                         persons=rng.sample(["江凌", "徐衣显", "张玉杰"], rng.randint(0, 2)),
                         date=f"2023-{rng.randint(1, 12):02d}-0{rng.randint(1, 9)}") for _ in range(40)]
        assign_ids(f"i{i}", f"i{i}.txt", entries)
        st.put(Issue(issue_id=f"i{i}", source=f"i{i}.txt", sha256="0", entry_count=len(entries)), entries)
    return st


def _damage(st: Store) -> None:
    files = st.entry_files()
    # an escaped line written by another tool, CRLF line ends, a blank line, a truncated line, no final newline
    lines = files[0].read_bytes().splitlines()
    rec = orjson.loads(lines[0])
    rec["text"] = "手写的江凌"
    import json

    lines[0] = json.dumps(rec, ensure_ascii=True).encode()
    files[0].write_bytes(b"\n".join(lines) + b"\n")
    files[1].write_bytes(files[1].read_bytes().replace(b"\n", b"\r\n"))
    data = files[2].read_bytes().splitlines(keepends=True)
    files[2].write_bytes(b"".join([data[0], b"\n", data[1][:30] + b"\n", *data[2:]]))
    files[3].write_bytes(files[3].read_bytes().rstrip(b"\n"))


def _line_loop(st: Store, needles: list[bytes]) -> list[tuple[int, int, int, bytes]]:
    return [(s.file_no, s.offset, s.line, s.raw) for i, p in enumerate(st.entry_files())
            for s in st._file_records(i, p, list(needles))]


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("damaged", [False, True])
def test_needle_scan_equals_the_line_loop(tmp_path: Path, seed: int, damaged: bool) -> None:
    st = _store(tmp_path, seed)
    if damaged:
        _damage(st)
    queries = [Filters.build(terms=["江凌"]), Filters.build(terms=["GDP"]), Filters.build(terms=["5g", "会议"]),
               Filters.build(persons=["徐衣显"]), Filters.build(terms=["\\"]), Filters.build(terms=['"引号"'])]
    for f in queries:
        needles = f.needles()
        fresh = Store.open(tmp_path)
        got = [(s.file_no, s.offset, s.line, s.raw) for s in fresh.records(needles)]
        assert got == _line_loop(Store.open(tmp_path), needles), f
        # and the records are the ones the filters match, whichever way they were read
        matched = [s.record["id"] for s in fresh.records(needles) if f.matches(s.record)]
        every = [s.record["id"] for s in Store.open(tmp_path).records() if f.matches(s.record)]
        assert matched == every, f
