"""Newspaper pages and a web capture that are not the sample's (issue 10), scored like the samples.

The fixtures in tests/fixtures/newspaper/ are invented (names, places, events, wording), written to
reproduce the structure of real pages: a provincial party paper (本报…电 datelines with reporters,
新华社 items, a kicker without a speech verb, a `——…侧记` subtitle with a `本报记者` line, a photo
caption, 责编/审核 at the end), a county paper (本报讯 datelines, `■记者 A B C` bylines, articles with
no dateline that open with a date, a masthead with 本期N版 and 中共某县委主办) and a 政务动态 page saved
as text (menu, breadcrumb, `今天是…`, 【发布日期】 lines, share/print buttons, site footer).
Gold records (tests/fixtures/newspaper/*.jsonl) use the shared gold format and the shared scorer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_digest
from test_newspaper import assert_covered

from digest.parse import ParseResult, parse_path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "newspaper"
PAGES = ["party-paper", "county-paper", "web-page"]


@pytest.fixture(scope="module", params=PAGES)
def page(request: pytest.FixtureRequest) -> tuple[str, ParseResult]:
    return request.param, parse_path(FIXTURES / f"{request.param}.txt", persons=False)


def test_page_against_its_gold(page: tuple[str, ParseResult], scorer) -> None:
    name, res = page
    gold = scorer.load(str(FIXTURES / f"{name}.jsonl"))
    report = scorer.score(gold, [e.to_dict() for e in res.entries])
    assert report["entry_f1"] >= 0.90, (name, report["missed"], report["spurious"])
    for key, value in report.items():
        if key.endswith("_accuracy"):
            assert value >= 0.90, (name, key, report["field_misses"])


def test_every_line_of_each_page_is_accounted_for(page: tuple[str, ParseResult]) -> None:
    name, res = page
    assert_covered((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"), res)
    assert res.assigned_share == 1.0
    assert not res.issue.warnings, res.issue.warnings  # a clean page: nothing doubtful


def test_party_paper_issue_record() -> None:
    res = parse_path(FIXTURES / "party-paper.txt", persons=False)
    iss, meta = res.issue, res.issue.meta
    assert (iss.issue_date, iss.publication) == ("2025-10-16", "江州日报")  # not 新华社 / 本报
    assert (meta["page"], meta["page_name"]) == (3, "要闻")
    assert (meta["page_editor"], meta["reviewer"]) == ("方圆", "梁成")  # credits: meta, not text
    [caption] = meta["captions"]
    assert caption["text"].startswith("图为石岭村") and caption["line"] == 28
    assert all("图为" not in e.text and "责编" not in e.text for e in res.entries)


def test_county_paper_masthead() -> None:
    meta = parse_path(FIXTURES / "county-paper.txt", persons=False).issue.meta
    assert (meta["issue_no"], meta["pages"], meta["publisher"]) == (1192, 4, "中共云溪县委")
    assert (meta["page_editor"], meta["reviewer"]) == ("黎明", "钟山")


def test_web_page_chrome_and_date() -> None:
    res = parse_path(FIXTURES / "web-page.txt", persons=False)
    iss, meta = res.issue, res.issue.meta
    # the latest 发布日期 is the issue's date, not `今天是…` (the day the page was saved)
    assert (iss.issue_date, iss.year, iss.publication) == ("2025-09-02", 2025, "青山区人民政府")
    assert meta["chrome_lines"] == [1, 2, 3, 4, 7, 13, 18, 22, 23, 24, 25, 26]
    reasons = {c["line"]: c["reason"] for c in meta["chrome"]}
    assert (reasons[4], reasons[7], reasons[23], reasons[26]) == ("breadcrumb", "item-meta", "print-close", "copyright")
    for e in res.entries:
        assert not any(w in e.text for w in ("发布日期", "分享至", "关闭窗口", "版权所有", "首页"))
    assert res.entries[-1].line_end == 20  # nothing of the footer sticks to the last item


def test_check_is_clean_on_the_pages(tmp_path: Path) -> None:
    for name in PAGES:
        r = run_digest("check", str(FIXTURES / f"{name}.txt"))
        assert r.returncode == 0, (name, r.stdout, r.stderr)
        assert "clean" in r.stdout


def test_check_reports_a_swallowed_article(tmp_path: Path) -> None:
    # the 秋粮 headline lost (run into the article above): the 新华社 dateline is inside another article
    text = (FIXTURES / "party-paper.txt").read_text(encoding="utf-8").replace("秋粮收购有序展开\n", "")
    page = tmp_path / "lost.txt"
    page.write_text(text, encoding="utf-8")
    r = run_digest("check", str(page))
    assert r.returncode == 1, r.stdout
    assert "swallowed" in r.stdout and "second dateline" in r.stdout
    line = next(n for n, x in enumerate(text.split("\n"), 1) if x.startswith("新华社北京"))
    assert f"line {line}:" in r.stdout
