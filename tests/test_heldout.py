"""Held-out 目录 digests written for these tests (tests/fixtures/toc, invented text; see make_fixtures.py):
another month without a masthead reviewing the year before, mixed heading styles, a county 工作简报
(一、 ordinals, 目　　录, …… leaders, — 3 — footers, GB18030), 【XX市】 sections with county subsections.
Scored with the shared scorer against gold written from the fixtures' spec, never from the parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.parse import parse_path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "toc"
HELD_OUT = sorted(FIXTURES.glob("*.txt"))
FIELDS = ("title", "section", "subsection", "page", "date", "date_end", "body_head", "body_tail")


@pytest.mark.parametrize("path", HELD_OUT, ids=[p.stem for p in HELD_OUT])
def test_held_out_digest_scores(path, scorer):
    res = parse_path(path, persons=False)
    pred = [e.to_dict() for e in res.entries]
    gold = scorer.load(str(path.with_suffix(".jsonl")))
    s = scorer.score(gold, pred)
    assert s["entry_f1"] >= 0.95, s
    assert {f"{f}_accuracy" for f in FIELDS} <= set(s), s  # every field was scored
    low = {k: v for k, v in s.items() if k.endswith("_accuracy") and v < 0.95}
    assert not low, (low, s["field_misses"])


def test_held_out_fixtures_are_all_there():
    assert {p.stem for p in HELD_OUT} == {"lanxi-2024-02", "wutong-2024-05", "qiyun-2024-04", "heping-2024-06"}


def test_a_february_issue_without_a_masthead_reviewing_the_year_before():
    res = parse_path(FIXTURES / "lanxi-2024-02.txt", persons=False)
    ev = res.issue.meta["year_evidence"]
    assert res.issue.year == 2024 and ev["source"] == "content" and ev["strong"]
    assert res.issue.issue_date == "2024-02"
    assert int(ev["kinds"]["bound"]["2023"]) > int(ev["kinds"].get("current", {}).get("2024", 0))


def test_gb18030_brief_with_ordinals_and_footers():
    res = parse_path(FIXTURES / "qiyun-2024-04.txt", persons=False)
    assert res.issue.encoding.lower().replace("-", "") in ("gb18030", "gbk")
    assert [e.section for e in res.entries][:3] == ["综合信息", "综合信息", "部门动态"]
    assert not any("—" in e.text for e in res.entries)  # the — 3 — footers are not text
