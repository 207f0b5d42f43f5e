"""Issue identity through the CLI with a private store (README "Identity"): two different issues never
replace each other (two numbers of one month, page 2 of a newspaper, two web pages of one site and
day, two cities' digests of one month); a corrected copy replaces the issue; identical bytes are
unchanged; an issue stored under an older rule's id is replaced, not duplicated. All text invented."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_digest

from digest.identity import make_id, stored_id
from digest.model import Issue
from digest.store import Store


def _toc_and_body(items: list[tuple[str, str]], section: str) -> str:
    """A 目录 of the items' titles under one section heading, then the items under the same heading."""
    toc = "\n".join(f"{t}.....1" for t, _ in items)
    body = "\n\n".join(f"{t}\n\n{x}" for t, x in items)
    return f"目　录\n\n◆◆◆ {section} ◆◆◆\n\n{toc}\n\n◆◆◆ {section} ◆◆◆\n\n{body}\n"


def _bulletin(no: int, items: list[tuple[str, str]], pub: str = "青禾政务信息") -> str:
    return f"{pub}\n2024年第{no}期\n\n" + _toc_and_body(items, "时 政")


NO7 = [("柯望川调研春耕生产", "3月4日，县委书记柯望川调研春耕生产，察看田间墒情。"),
       ("青禾县政府常务会议召开", "3月6日，县长罗一鸣主持召开县政府常务会议。")]
NO8 = [("青禾县召开营商环境大会", "3月18日，青禾县召开营商环境大会，部署全年工作。"),
       ("柯望川检查安全生产", "3月21日，县委书记柯望川检查安全生产工作。")]


def _digest(items: list[tuple[str, str]]) -> str:
    """A digest with a 目录 and no publication line."""
    return "2023年11月\n\n" + _toc_and_body(items, "要 闻")


CITY_A = [("柯望川调研冬季供暖", "11月3日，柯望川调研冬季供暖保障工作。"),
          ("青禾县召开冬季防火会议", "11月9日，青禾县召开冬季防火工作会议。")]
CITY_B = [("白露镇开展文明创建", "11月5日，白露镇开展文明创建志愿服务活动。"),
          ("蓝河区召开项目推进会", "11月12日，蓝河区召开重点项目推进会。")]


def _page(n: int, items: list[tuple[str, str]]) -> str:
    body = "\n\n".join(f"# {t}\n\n青禾讯 {x}" for t, x in items)
    return f"青禾报\n2022年11月16日 第21期 第{n}版\n\n{body}\n"


def _web(title: str, text: str) -> str:
    return ("青禾县人民政府\n今天是：2025年9月3日 星期三\n网站首页 | 政务公开 | 政务服务 | 互动交流 | 走进青禾\n"
            "首页 > 政务动态 > 部门动态\n\n"
            f"{title}\n【发布日期：2025-09-02】【来源：县教育局】【字体：大 中 小】\n{text}\n\n"
            "分享至：\n打印本页 关闭窗口\n网站地图 | 联系我们 | 隐私声明\n"
            "主办单位：青禾县人民政府办公室 承办单位：青禾县大数据中心\n版权所有：青禾县人民政府\n")


def _parse(store: Path, *files: Path) -> str:
    res = run_digest("parse", *map(str, files), "--store", str(store), "--no-persons")
    assert res.returncode == 0, res.stderr
    return res.stderr


def _stored(store: Path) -> dict[str, list[dict]]:
    out = {}
    for p in sorted((store / "entries").glob("*.jsonl")):
        rows = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
        out[rows[0]["issue_id"] if rows else p.stem] = rows
    return out


def _write(tmp_path: Path, name: str, text: str) -> Path:
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return f


def test_two_numbers_of_one_month_are_two_issues(tmp_path):
    a = _write(tmp_path, "a.txt", _bulletin(7, NO7))
    b = _write(tmp_path, "b.txt", _bulletin(8, NO8))
    err = _parse(tmp_path / "st", a, b)
    assert "2 new, 0 replaced" in err
    stored = _stored(tmp_path / "st")
    assert sorted(stored) == ["青禾政务信息-2024-03-no7", "青禾政务信息-2024-03-no8"]


def test_page_two_in_its_own_file_does_not_replace_page_one(tmp_path):
    p1 = _write(tmp_path, "p1.txt", _page(1, NO7))
    p2 = _write(tmp_path, "p2.txt", _page(2, NO8))
    _parse(tmp_path / "st", p1, p2)
    stored = _stored(tmp_path / "st")
    assert len(stored) == 2, sorted(stored)
    assert any(k.endswith("-no21-p2") for k in stored), sorted(stored)
    assert sum(len(v) for v in stored.values()) == 4


def test_two_web_pages_of_one_site_and_day_are_both_kept_and_a_corrected_page_replaces(tmp_path):
    a = _write(tmp_path, "a.txt", _web("县教育局召开秋季开学工作会议", "9月1日，县教育局召开秋季开学工作会议，部署新学期工作。"))
    b = _write(tmp_path, "b.txt", _web("县卫健局开展健康义诊活动", "9月1日，县卫健局在白露镇开展健康义诊活动。"))
    _parse(tmp_path / "st", a, b)
    stored = _stored(tmp_path / "st")
    assert len(stored) == 2, sorted(stored)
    fixed = _write(tmp_path, "a2.txt", _web("县教育局召开秋季开学工作会议", "9月1日，县教育局召开秋季开学工作会议，部署新学期教学工作。"))
    err = _parse(tmp_path / "st", fixed)
    assert "1 replaced" in err
    assert len(_stored(tmp_path / "st")) == 2


def test_a_corrected_copy_replaces_and_identical_bytes_are_unchanged(tmp_path):
    a = _write(tmp_path, "a.txt", _digest(CITY_A))
    _parse(tmp_path / "st", a)
    err = _parse(tmp_path / "st", a)
    assert "1 unchanged" in err
    fixed = CITY_A[:1] + [(CITY_A[1][0], CITY_A[1][1].replace("会议", "会议（更正）"))]
    b = _write(tmp_path, "b.txt", _digest(fixed))
    err = _parse(tmp_path / "st", b)
    assert "1 replaced" in err
    stored = _stored(tmp_path / "st")
    assert len(stored) == 1
    (rows,) = stored.values()
    assert [r["title"] for r in rows] == [t for t, _ in CITY_A]  # each entry once
    assert "更正" in rows[1]["text"]


def test_two_cities_digests_of_one_month_are_two_issues(tmp_path):
    a = _write(tmp_path, "a.txt", _digest(CITY_A))
    b = _write(tmp_path, "b.txt", _digest(CITY_B))
    _parse(tmp_path / "st", a, b)
    stored = _stored(tmp_path / "st")
    assert len(stored) == 2 and all(k.startswith("digest-2023-11-") for k in stored), sorted(stored)


def test_files_without_words_do_not_share_one_id(tmp_path):
    a = _write(tmp_path, "a.txt", "……\n———\n")
    b = _write(tmp_path, "b.txt", "……\n——————\n")
    _parse(tmp_path / "st", a, b)
    assert len(list((tmp_path / "st" / "entries").glob("*.jsonl"))) == 2


def _as_old_id(store: Path, new_id: str, old_id: str) -> None:
    """Rewrite a stored issue under the id an older parser gave it (what a store written before these
    rules holds): same layout, entries and record, only the id changed."""
    st = Store.open(store)
    link = st.entries_path(new_id)
    record = json.loads(st.record_path(link).read_text(encoding="utf-8"))
    rows = [json.loads(line) for line in link.read_text(encoding="utf-8").splitlines()]
    from digest.model import Entry

    entries = []
    for r in rows:
        r["issue_id"] = old_id
        entries.append(Entry(**{k: v for k, v in r.items() if k in Entry.__dataclass_fields__}))
    record["issue_id"] = old_id
    link.unlink()
    for p in (store / "sources").iterdir():
        p.unlink()
    st.put(Issue.from_dict(record), entries)


def test_an_issue_stored_under_an_older_id_is_replaced_not_duplicated(tmp_path):
    st = tmp_path / "st"
    a = _write(tmp_path, "a.txt", _bulletin(7, NO7))
    _parse(st, a)
    _as_old_id(st, "青禾政务信息-2024-03-no7", "青禾政务信息-2024-03")
    assert sorted(_stored(st)) == ["青禾政务信息-2024-03"]
    b = _write(tmp_path, "b.txt", _bulletin(8, NO8))
    _parse(st, b)  # another number of the month: the old id holds No. 7, it stays
    assert sorted(_stored(st)) == ["青禾政务信息-2024-03", "青禾政务信息-2024-03-no8"]
    err = _parse(st, a)
    assert "(stored as 青禾政务信息-2024-03)" in err
    assert sorted(_stored(st)) == ["青禾政务信息-2024-03-no7", "青禾政务信息-2024-03-no8"]
    assert (st / "versions" / "青禾政务信息-2024-03").is_dir()  # the old version is kept


def test_a_corrected_copy_replaces_an_old_content_hash_id(tmp_path):
    st = tmp_path / "st"
    a = _write(tmp_path, "a.txt", _digest(CITY_A))
    _parse(st, a)
    (new_id,) = _stored(st)
    _as_old_id(st, new_id, "digest-2023-11-0123456789ab")
    fixed = CITY_A[:1] + [(CITY_A[1][0], CITY_A[1][1] + "（更正）")]
    _parse(st, _write(tmp_path, "b.txt", _digest(fixed)))
    assert sorted(_stored(st)) == [new_id]


def test_stored_id_reads_the_rules_back_from_a_record():
    issue = Issue(issue_id="", source="x", sha256="", layout="toc", publication="青禾政务信息",
                  issue_date="2024-03", issue_no=7)
    assert make_id(issue, ["柯望川调研春耕生产"], "") == "青禾政务信息-2024-03-no7"
    rows = [{"title": "柯望川调研春耕生产", "toc_title": "柯望川调研春耕生产"}]
    assert stored_id(issue.to_dict(), rows) == "青禾政务信息-2024-03-no7"
    assert stored_id({}, rows) is None
