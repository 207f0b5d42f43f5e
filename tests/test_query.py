"""Filters: date parsing and precision, every filter, search terms, prefilter soundness, ordering."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest.model import Entry, Issue, assign_ids
from digest.query import (
    DAY,
    MONTH,
    YEAR,
    FilterError,
    Filters,
    find,
    issue_counts,
    parse_date,
    record_span,
    scan,
    section_counts,
    select,
    stats,
)
from digest.store import Store


def rec(**kw: Any) -> dict[str, Any]:
    base = Entry(title=kw.pop("title", "标题")).to_dict()
    base.update(kw)
    return base


# -- dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,start,end,prec", [
    ("2023-11-06", "2023-11-06", "2023-11-06", DAY),
    ("2023-11", "2023-11-01", "2023-11-30", MONTH),
    ("2024-02", "2024-02-01", "2024-02-29", MONTH),
    ("2023", "2023-01-01", "2023-12-31", YEAR),
    ("2023/11/6", "2023-11-06", "2023-11-06", DAY),
    ("2023年11月6日", "2023-11-06", "2023-11-06", DAY),
    ("２０２３年５月", "2023-05-01", "2023-05-31", MONTH),
    ("6 Nov 2023", "2023-11-06", "2023-11-06", DAY),
    ("November 2023", "2023-11-01", "2023-11-30", MONTH),
])
def test_parse_date_keeps_precision(text: str, start: str, end: str, prec: int) -> None:
    s = parse_date(text)
    assert (s.start, s.end, s.precision) == (start, end, prec)


@pytest.mark.parametrize("text", ["foo", "2023-13", "2023-02-30", "Nov 6", ""])
def test_parse_date_rejects(text: str) -> None:
    with pytest.raises(FilterError):
        parse_date(text)


def test_record_span_uses_issue_date_and_ranges() -> None:
    assert record_span(rec(date=None, issue_date="2023-11")).precision == MONTH
    s = record_span(rec(date="2023-02-06", date_end="2023-02-08"))
    assert (s.start, s.end) == ("2023-02-06", "2023-02-08")
    assert record_span(rec(date=None, issue_date=None)) is None
    assert record_span(rec(date="garbage")) is None


# -- each filter ------------------------------------------------------------------------------------

DAY_ENTRY = rec(date="2023-11-06", issue_date="2023-11")
MONTH_ONLY = rec(date=None, issue_date="2023-11")
RANGE = rec(date="2023-10-30", date_end="2023-11-02", issue_date="2023-11")
OLD = rec(date="2022-11-07", issue_date="2022-11-16")


@pytest.mark.parametrize("kw,expect", [
    ({"date": "2023-11-06"}, [True, False, False, False]),
    ({"date": "2023-11"}, [True, True, True, False]),
    ({"date": "2023-11-01"}, [False, False, True, False]),
    ({"month": 11}, [True, True, True, True]),
    ({"month": 10}, [False, False, True, False]),
    ({"month": 11, "year": 2022}, [False, False, False, True]),
    ({"year": 2023}, [True, True, True, False]),
    ({"since": "2023-11-03"}, [True, True, False, False]),
    ({"until": "2023-10"}, [False, False, True, True]),
    ({"since": "2022-12", "until": "2023-11-05"}, [False, True, True, False]),
])
def test_date_filters(kw: dict[str, Any], expect: list[bool]) -> None:
    f = Filters.build(**kw)
    assert [f.matches(r) for r in (DAY_ENTRY, MONTH_ONLY, RANGE, OLD)] == expect


def test_bad_filter_values() -> None:
    for kw in ({"month": 13}, {"year": 0}, {"year": 10000}, {"limit": -1}, {"kind": "poem"}, {"date": "soon"},
               {"since": "2023-12", "until": "2023-01"}):
        with pytest.raises(FilterError):
            Filters.build(**kw)
    with pytest.raises(FilterError, match="regular expression"):
        Filters.build(terms=["(unclosed"], regex=True)


def test_section_subsection_normalized() -> None:
    r = rec(section="时政", subsection="领导活动")
    assert Filters.build(section="时 政").matches(r)
    assert Filters.build(section="◆时政").matches(r)
    assert Filters.build(section="**时政**", subsection="领导 活动").matches(r)
    assert not Filters.build(section="时").matches(r)
    assert not Filters.build(subsection="重要会议").matches(r)
    assert Filters.build(section="时政").matches(rec(section="时　政"))  # ideographic space in the store


def test_persons_all_must_appear() -> None:
    r = rec(persons=["江凌", "徐衣显"])
    assert Filters.build(persons=["江凌"]).matches(r)
    assert Filters.build(persons=["江凌", "徐 衣显"]).matches(r)
    assert not Filters.build(persons=["江凌", "张玉杰"]).matches(r)
    assert not Filters.build(persons=["江"]).matches(r)


def test_issue_and_kind() -> None:
    r = rec(issue_id="digest-2023-11", kind="article")
    assert Filters.build(issue="digest-2023-11", kind="article").matches(r)
    assert not Filters.build(issue="digest-2023-1").matches(r)
    assert not Filters.build(kind="entry").matches(r)


def test_search_terms() -> None:
    r = rec(title="江凌调研城市提质工作", text="市委书记江 凌到涧西区调研 AI Lab。", persons=["徐衣显"])
    assert Filters.build(terms=["调研"]).matches(r)
    assert Filters.build(terms=["江凌", "涧西区"]).matches(r)          # all terms
    assert not Filters.build(terms=["江凌", "瀍河区"]).matches(r)
    assert Filters.build(terms=["徐衣显"]).matches(r)                   # persons are searched
    assert Filters.build(terms=["ai lab"]).matches(r)                   # case-insensitive
    assert Filters.build(terms=["凌到涧"]).matches(r)                   # across "江 凌"-style spaces
    assert Filters.build(terms=["涧西区"], title_only=True).matches(r) is False
    assert Filters.build(terms=["提质"], title_only=True).matches(r)
    assert Filters.build(terms=[r"江\s*凌到.{2}区"], regex=True).matches(r)
    assert not Filters.build(terms=[r"^涧西"], regex=True).matches(r)


def test_spans_for_highlighting() -> None:
    f = Filters.build(terms=["江凌", "调研"])
    text = "江 凌调研，再调研"
    assert [text[s:e] for s, e in f.spans(text)] == ["江 凌调研", "调研"]


# -- the prefilter never drops a match --------------------------------------------------------------

_chars = st.sampled_from(list("江凌徐衣显调研市委 \n\"\\aAbB1é"))
_text = st.text(_chars, max_size=25)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=_text, text=_text, persons=st.lists(st.text(_chars, min_size=1, max_size=4), max_size=3),
       terms=st.lists(st.text(_chars, min_size=1, max_size=3), min_size=1, max_size=2),
       person=st.one_of(st.none(), st.text(_chars, min_size=1, max_size=3)))
def test_needles_are_a_necessary_condition(title: str, text: str, persons: list[str], terms: list[str],
                                           person: str | None) -> None:
    r = rec(title=title, text=text, persons=persons)
    f = Filters(terms=terms, persons=[person] if person else [])
    if f.matches(r):
        raw = orjson.dumps(r).lower()
        assert all(n in raw for n in f.needles())


# -- running queries on a store ---------------------------------------------------------------------


def _put(st: Store, issue_id: str, issue_date: str, rows: list[dict[str, Any]]) -> list[Entry]:
    entries = [Entry(**r) for r in rows]
    assign_ids(issue_id, f"{issue_id}.txt", entries)
    for e in entries:
        e.issue_date = issue_date
    st.put(Issue(issue_id=issue_id, source=f"{issue_id}.txt", sha256="0", issue_date=issue_date,
                 entry_count=len(entries)), entries)
    return entries


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    st = Store.open(tmp_path)
    _put(st, "b-2023-11", "2023-11", [
        {"title": "十一月会议", "date": "2023-11-20", "section": "时政", "subsection": "重要会议",
         "persons": ["江凌"]},
        {"title": "无日期", "section": "时政", "subsection": "领导活动"},
        {"title": "十一月初", "date": "2023-11-02", "section": "经济", "persons": ["江凌", "徐衣显"]},
    ])
    _put(st, "a-2023-05", "2023-05", [
        {"title": "五月调研", "date": "2023-05-10", "section": "时政", "subsection": "领导活动",
         "persons": ["徐衣显"], "text": "徐衣显到孟津区调研。"},
    ])
    return Store.open(tmp_path)


def test_select_orders_by_date_and_limits(store: Store) -> None:
    titles = [s.record["title"] for s in select(store, Filters())]
    assert titles == ["五月调研", "无日期", "十一月初", "十一月会议"]  # "2023-11" sorts before its days
    assert [s.record["title"] for s in select(store, Filters(limit=2))] == titles[:2]
    assert list(select(store, Filters(limit=0))) == []
    for s in select(store, Filters()):
        assert orjson.loads(s.raw) == s.record


def test_select_filters(store: Store) -> None:
    def titles(**kw: Any) -> list[str]:
        return [s.record["title"] for s in select(store, Filters.build(**kw))]

    assert titles(persons=["徐衣显"], month=5) == ["五月调研"]
    assert titles(persons=["江凌"], month=11) == ["十一月初", "十一月会议"]
    assert titles(section="时 政", month=11) == ["无日期", "十一月会议"]
    assert titles(subsection="领导活动") == ["五月调研", "无日期"]
    assert titles(terms=["孟津"]) == ["五月调研"]
    # the undated entry of the November issue may fall after the 10th: --since keeps it (overlap)
    assert titles(since="2023-11-10") == ["无日期", "十一月会议"]
    assert titles(date="2023-11-10") == []
    assert titles(issue="a-2023-05") == ["五月调研"]
    assert titles(terms=["不存在"]) == []


def test_find_by_id_and_prefix(store: Store) -> None:
    target = next(scan(store, Filters.build(terms=["孟津"]))).record
    assert find(store, target["id"]) == [target]
    assert find(store, target["id"][:6].upper()) == [target]
    assert find(store, "ffffffffffff") == []
    with pytest.raises(FilterError):
        find(store, "ab")


def test_section_counts_issue_counts_stats(store: Store) -> None:
    rows = section_counts(store, Filters())
    assert rows[0] == {"section": "时政", "subsection": "领导活动", "count": 2}
    assert {(r["section"], r["subsection"], r["count"]) for r in rows} == {
        ("时政", "领导活动", 2), ("时政", "重要会议", 1), ("经济", None, 1)}
    issues = issue_counts(store, Filters())
    assert [(i["issue_id"], n) for i, n in issues] == [("a-2023-05", 1), ("b-2023-11", 3)]
    assert [(i["issue_id"], n) for i, n in issue_counts(store, Filters.build(persons=["江凌"]))] == [
        ("b-2023-11", 2)]
    s = stats(store, Filters())
    assert (s["entries"], s["issues"], s["first_date"], s["last_date"]) == (4, 2, "2023-05-10", "2023-11-30")
    assert s["top_persons"] == {"江凌": 2, "徐衣显": 2}
    assert stats(store, Filters.build(terms=["不存在"]))["entries"] == 0


_dates = st.sampled_from([None, "2023", "2023-11", "2023-11-06", "2023-11-30", "2022-12-01", "2023-02"])


@settings(max_examples=100, deadline=None)
@given(rows=st.lists(st.tuples(_dates, _dates, st.sampled_from(["a-1", "b-2", "伊滨-3"]), st.integers(0, 300)),
                     max_size=30))
def test_packed_keys_sort_like_sort_key(rows: list[tuple[str | None, str | None, str, int]]) -> None:
    from digest.query import packed_key, sort_key, unpack_key

    ids = sorted({r[2] for r in rows})
    recs = [rec(date=d, issue_date=i, issue_id=iss, seq=seq, id=f"e{n:04d}") for n, (d, i, iss, seq) in enumerate(rows)]
    keyed = [(packed_key(r, ids.index(r["issue_id"]), n * 100, n + 1, 7), r) for n, r in enumerate(recs)]
    by_packed = [r["id"] for _, r in sorted(keyed, key=lambda kr: kr[0])]
    by_tuple = [r["id"] for r in sorted(recs, key=lambda r: (sort_key(r), int(r["id"][1:])))]
    assert by_packed == by_tuple
    for n, (k, r) in enumerate(keyed):
        assert unpack_key(k) == (ids.index(r["issue_id"]), n * 100, n + 1, 7, r["id"])
