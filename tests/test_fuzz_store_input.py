"""Issue 12 fuzzing: store records of any JSON type, whole input files with long lines, runs of one
character and control characters. Nothing may end in a traceback; bad records are reported and skipped."""

from __future__ import annotations

import io
from pathlib import Path

import orjson
import pytest
from conftest import make_source
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest import export, index, query
from digest.model import ENTRY_KEYS, Entry, Issue, assign_ids, entry_problem
from digest.parse import parse_source
from digest.source import InputError
from digest.store import Store

SAMPLE_LINES = (Path(__file__).resolve().parents[1] / "samples" / "luoyang-2023-11.txt").read_text(
    "utf-8").splitlines()[:120]

json_value = st.recursive(
    st.none() | st.booleans() | st.integers(-2**63, 2**63 - 1) | st.floats(allow_nan=False) | st.text(max_size=12)
    | st.sampled_from(["2023-11-06", "2023-11", "2023", "江凌", "时政", "entry"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=6)


@st.composite
def records(draw: st.DrawFn) -> dict:
    e = Entry(title="江凌调研", text="11月6日，江凌到城区调研。", persons=["江凌"], date="2023-11-06",
              issue_date="2023-11", section="时政")
    assign_ids("f", "f.txt", [e])
    rec = e.to_dict()
    for k in draw(st.lists(st.sampled_from(ENTRY_KEYS), max_size=4, unique=True)):
        if draw(st.booleans()):
            rec[k] = draw(json_value)
        else:
            rec.pop(k)
    return rec


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(recs=st.lists(records(), min_size=1, max_size=6), issue=st.dictionaries(
    st.sampled_from(["issue_id", "source", "entry_count", "sections", "meta", "year"]), json_value))
def test_store_records_of_any_type_never_crash_a_reader(tmp_path_factory: pytest.TempPathFactory,
                                                        recs: list[dict], issue: dict) -> None:
    root = tmp_path_factory.mktemp("fuzz")
    good = Entry(title="好条目", text="江凌在城区调研。", persons=["江凌"], date="2023-11-07", issue_date="2023-11")
    assign_ids("g", "g.txt", [good])
    st_ = Store.open(root)
    st_.put(Issue(issue_id="g", source="g.txt", sha256="0", entry_count=1), [good])
    path = root / "entries" / "g.jsonl"
    with open(path, "ab") as f:
        for r in recs:
            f.write(orjson.dumps(r, option=orjson.OPT_NON_STR_KEYS) + b"\n")
    rec_path = st_.record_path(path)
    assert rec_path is not None
    rec_path.write_bytes(orjson.dumps(issue, option=orjson.OPT_NON_STR_KEYS))
    # as stored: orjson writes inf/-inf as null, which the schema allows where it allows null
    valid = 1 + sum(entry_problem(orjson.loads(orjson.dumps(r, option=orjson.OPT_NON_STR_KEYS))) is None
                    for r in recs)
    for f in (query.Filters(), query.Filters.build(terms=["江凌"]), query.Filters.build(persons=["江凌"]),
              query.Filters.build(month=11), query.Filters.build(section="时政", since="2023-01")):
        for use_index in (False, True):
            s = Store.open(root)
            if use_index:
                index.build(s)
            got = [x.record for x in query.select(s, f)]
            assert all(entry_problem(r) is None for r in got)
            if f.is_empty():
                assert len(got) == valid
            query.stats(s, f)
            query.section_counts(s, f)
            query.issue_counts(s, f)
            for fmt in export.FORMATS:
                export.write((x.record for x in query.select(s, f)), fmt, io.BytesIO())
    s = Store.open(root)
    list(s.records())
    assert len(s.warnings) == len(recs) + 1 - valid


# whole input files: lines of sample text, long lines, runs of one character, control characters
RUN_CHARS = list("。，.…—·-=*#◆ 　\t0１a江目录第期日年月（）()：:|") + ["\x01", "\x0b", "\x7f", "\u200b", "\u202e"]


@st.composite
def documents(draw: st.DrawFn) -> str:
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 12))):
        kind = draw(st.sampled_from(["sample", "run", "long", "ctrl", "blank"]))
        if kind == "sample":
            i = draw(st.integers(0, len(SAMPLE_LINES) - 1))
            lines += SAMPLE_LINES[i:i + draw(st.integers(1, 30))]
        elif kind == "run":
            lines.append(draw(st.sampled_from(RUN_CHARS)) * draw(st.integers(1, 3000)))
        elif kind == "long":
            unit = draw(st.text(alphabet=RUN_CHARS + list("政务信息发布会议调研"), min_size=1, max_size=6))
            lines.append(unit * draw(st.integers(1, 600)))
        elif kind == "ctrl":
            lines.append(draw(st.text(alphabet=st.characters(max_codepoint=0x3000), max_size=40)))
        else:
            lines.append("")
    return draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines)


@settings(max_examples=120, deadline=None)
@given(text=documents())
def test_whole_input_files_never_crash_the_parser(text: str) -> None:
    try:
        src = make_source(text)
    except InputError:
        return  # empty or binary: a one-line error, which is the contract
    res = parse_source(src, persons=False)
    for e in res.entries:
        assert entry_problem(e.to_dict()) is None
        assert 1 <= e.line_start <= e.line_end <= len(src.lines)


# Known superlinear patterns (issue 12 item 6, owned by the toc/newspaper helpers): one long line of
# Chinese without punctuation (newspaper.line_facts) and a long run of dashes (toc.page_line). A line
# four times longer must not take more than eight times as long (linear: about four; these are about
# sixteen). Kept apart from the fuzz test above, which would only time out on them.
@pytest.mark.parametrize("unit,n", [
    pytest.param("政务信息发布", 350, id="cjk-line"),  # newspaper.line_facts: linear since h-news
    pytest.param("—", 2500, id="dash-run"),  # toc.page_line: linear since h-toc
])
def test_known_long_line_cases_are_linear(unit: str, n: int) -> None:
    import time

    def took(k: int) -> float:
        src = make_source("洛阳市政务信息\n" + unit * k + "\n正文。\n")
        t = time.perf_counter()
        parse_source(src, persons=False)
        return time.perf_counter() - t

    took(n)  # warm-up (patterns compile)
    small, big = took(n), took(4 * n)
    assert big < 8 * small + 0.05
