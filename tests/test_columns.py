"""A page set in columns side by side, as `pdftotext -layout` prints a newspaper's page (digest.readers.columns):
hand-made text, aligned by display width (a Chinese character two columns), whose names and places appear in no
sample."""

from __future__ import annotations

import unicodedata

from digest.parse import parse_path
from digest.readers.columns import column_lines
from digest.source import read_source


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _row(left: str, right: str, width: int = 40) -> str:
    """Two columns side by side, the left padded to `width` display columns."""
    return (left + " " * max(0, width - _w(left)) + right).rstrip()


_LEAD = ["    本报讯（记者 祁文远）3月6日，", "青岚县召开春季农业生产推进会，", "部署春耕备耕和农资保供工作。",
         "    会议要求，各乡镇要抓好种子、", "化肥、农药等农资的储备和调运，", "加强农资市场监管，严厉打击假冒",
         "伪劣农资坑农害农行为，同时做好", "春季动物防疫和农田水利建设，为"]
_LEAD_ON = ["全年粮食丰收打下坚实基础。", "    县农业农村局将组织农技人员", "分片包村，开展技术指导服务，",
            "帮助农户解决生产中的实际困难。", "    会上，三个乡镇作了交流发言，", "县直有关部门负责人参加会议。", "", ""]
_LEFT = ["    本报讯（通讯员 柯雨晴）3月5", "日，青岚县图书馆举办“书香三月”", "阅读推广活动，80余名读者参加。",
         "    活动设置了好书推荐、亲子共读", "等环节，现场气氛热烈。县图书馆", "负责人介绍，今年将陆续举办读书",
         "分享会、主题讲座等活动二十余场，", "让更多群众走进图书馆。"]
_RIGHT = ["    本报讯（记者 包晓岚）3月4日，", "青岚县城区新增公交线路两条，", "方便沿线群众出行。",
          "    新线路途经县医院、汽车站等", "人口密集区域，每15分钟一班，", "票价统一为1元，老年人凭卡免费",
          "乘坐。县交通运输局表示，将根据", "客流情况适时优化线路和班次。"]


def _page() -> str:
    lines = ["2023年3月8日  星期三" + " " * 30 + "青岚报" + " " * 30 + "综合新闻  2", "", "",
             " " * 18 + "青岚县部署春季农业生产", ""]
    lines += [_row(a, b) for a, b in zip(_LEAD, _LEAD_ON, strict=True)]  # (one story over two columns)
    lines += ["", "", _row("      县图书馆开展阅读推广活动", "      城区新增两条公交线路"), ""]  # (two side by side)
    lines += [_row(a, b) for a, b in zip(_LEFT, _RIGHT, strict=True)]
    return "\n".join(lines) + "\n"


def test_a_page_of_columns_is_read_column_by_column_each_story_whole() -> None:
    got = [t.strip() for _i, t in column_lines(_page()) if t.strip()]
    lead = [t.strip() for t in _LEAD + _LEAD_ON if t]
    left, right = [t.strip() for t in _LEFT], [t.strip() for t in _RIGHT]
    assert got == [got[0], "青岚县部署春季农业生产", *lead, "县图书馆开展阅读推广活动", *left, "城区新增两条公交线路", *right]


def test_each_line_read_keeps_its_line_in_the_file(tmp_path) -> None:
    path = tmp_path / "qinglan-2023-03-08-p2.txt"
    path.write_text(_page(), encoding="utf-8")
    doc = read_source(path)
    k = doc.lines.index("全年粮食丰收打下坚实基础。")  # (the lead story's second column: the file's sixth line)
    assert doc.origins[k].line == 6
    assert any("columns side by side" in w for w in doc.warnings)


def test_a_page_of_columns_parses_into_its_stories(tmp_path) -> None:
    path = tmp_path / "qinglan-2023-03-08-p2.txt"
    path.write_text(_page(), encoding="utf-8")
    rows = [(e.title, e.date, e.byline, "".join((e.text or "").split())[-8:]) for e in parse_path(path, persons=False).entries]
    assert rows == [("青岚县部署春季农业生产", "2023-03-06", "祁文远", "负责人参加会议。"),
                    ("县图书馆开展阅读推广活动", "2023-03-05", "柯雨晴", "群众走进图书馆。"),
                    ("城区新增两条公交线路", "2023-03-04", "包晓岚", "优化线路和班次。")]


def test_text_in_one_column_or_a_contents_in_two_is_read_as_it_stands() -> None:
    prose = "\n".join(f"{k}月{k}日，某县召开第{k}次常务会议，研究部署有关工作。" for k in range(1, 13)) + "\n"
    assert column_lines(prose) is None
    contents = ["目　　录", ""] + [_row(f"县政府召开第{k}次常务会议……{k}", f"乡镇动态第{k}则……{k + 8}") for k in range(1, 7)]
    body = [f"　　{k}月{k}日，县政府召开第{k}次常务会议，研究部署近期重点工作。会议要求各部门抓好落实。" for k in range(1, 31)]
    assert column_lines("\n".join(contents + [""] + body) + "\n") is None


def test_a_table_of_short_cells_keeps_its_rows() -> None:
    """A 名单 printed as a table, its cells a gap apart, is no page of columns: its rows stay whole."""
    rows = ["序号    姓名      单位                  职务"] + [
        f"{k:<8}{name}    {unit}    {post}" for k, (name, unit, post) in enumerate(
            [("柏青松", "城关镇人民政府", "副镇长"), ("冼晓岚", "县农业农村局", "科长"), ("仝一鸣", "县教育局", "股长"),
             ("郗海川", "石桥乡人民政府", "副乡长"), ("亓文静", "县卫健局", "科员"), ("逯春华", "县财政局", "副局长"),
             ("佘远航", "柳河乡人民政府", "乡长"), ("邰秋实", "县水利局", "科长"), ("钭一帆", "县民政局", "科员"),
             ("禚明远", "县司法局", "股长"), ("阚雨晴", "县林业局", "科员"), ("眭建平", "县商务局", "副局长")] * 2, 1)]
    assert column_lines("\n".join(rows) + "\n") is None
