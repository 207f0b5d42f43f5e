"""The quick skips that make a line's checks cheap change no result: each is compared with the full
check on every line of the samples and the annotated fixtures."""
from __future__ import annotations

from pathlib import Path

import pytest

import digest.masthead as masthead

ROOT = Path(__file__).resolve().parents[1]


def _lines() -> list[str]:
    files = sorted(ROOT.glob("samples/*.txt")) + sorted(ROOT.glob("tests/fixtures/annotated*/*.*"))
    seen: dict[str, None] = {}
    for f in files:
        if f.suffix in (".txt", ".md", ".html", ".htm", ".mhtml"):
            for ln in f.read_text(encoding="utf-8", errors="replace").splitlines():
                seen.setdefault(ln)
                seen.setdefault(ln.strip())
    return list(seen)


# invented masthead and footer lines, one at least for each pattern of masthead._FACTS
MASTHEAD_LINES = [
    "《东风报》（2024年3月5日第2版）", "编号：ABWX-2024-09", "2024年3月5日 星期二 农历正月廿五", "2024年第5期 总第120期",
    "第A07版:乡镇·综合", "当前版:03版", "专栏:读者来信", "内部资料 准印证号：（某）12号",
    "本报法律顾问：某某律师事务所", "某县融媒体中心主办", "某市中级人民法院　某某法治报社　合办", "主管：县委宣传部", "中共某县委机关报", "某县融媒体中心出版", "本期 8 版",
    "编印：某办", "某厅办公室编印", "中共某县委组织部办公室　　编 印", "本版由某区政协办公室与某日报社联合主办", "某镇党政综合办公室整理", "某县人民政府办公室编", "内部资料 注意保存",
    "地址：某路1号", "新闻热线 0871-6330912", "电话：0716-8462301", "定价：0.80元", "广告许可证：某广字第1号",
    "印数：300份", "（共印40份）", "联系人：某某", "发送对象：各乡镇", "邮箱：a@b.cn", "x@y.com",
    "责任编辑：某某", "审核：某某", "初审：甲", "复审：乙", "终审：丙", "编辑：丁", "美编：戊", "校对：己",
    "主编：庚", "传真：0716-8462302", "印刷：某印务", "邮编：123456", "网址：www.x.cn", "今日天气：晴",
    "A2:综合新闻总第3307期 >2018-09-14编印", "（2024年5月）", "某局指挥中心编　　　　2024年5月", "本期导读：某会议召开；某工作推进。",
    "2023年5月9日 星期二 A06 社会新闻", "某县内部报刊准印证第012号", "某市新闻出版局批准", "主办单位：某中心",
    "县委宣传部主管 县委报道组主办", "国内统一连续出版物号：CN 36-0071　邮发代号：43-26", "【导读】",
    "▶ 全市秋粮收获进度过半 （3版）", "岭南大学报　　LINGNAN DAXUE BAO", "（2024年第二季度）",
    "某内准字第G012号", "天气预报", "明天 小雨转阴 18℃～23℃", "天气 多云转雷阵雨", "每周三出版",
    "〔2024〕17号", "▶某某工作启动　　　　　　2版", "新闻热线：8826110　广告热线：8826199", "今日四版  第一版",
    "本版图片除署名外均由新华社提供", "▲大会闭幕详细报道见1版、2版", "某县融媒体中心印刷厂印刷",
    "来稿请注明真实姓名和联系电话", "▶ 扫描二维码，观看现场视频", "▲2版 我县举办油菜花节",
    "欢迎订阅2019年《某澜教育报》", "主办：中共某县委　　承办：某县融媒体中心",
    "QINGJIANG  JIAOTONG  BAO", "青 江 交 通 报", "责任编辑：某某　　　　某某晚报 2024.3.21", "导读   ▶2版  全县春耕进度过半        ▶3版  冬季安全十问",
    "某某新闻网：www.example.com.cn", "多云转小雨", "19℃～28℃", "东风2～3级", "17日　小雨　13～19℃　北风2-3级",
    "某县气象台4月15日16时发布",
]
LINES = _lines() + MASTHEAD_LINES


def test_there_are_lines_to_compare() -> None:
    assert len(LINES) > 5000


def test_each_masthead_pattern_matches_a_line_compared() -> None:
    unmatched = [key for key, pat, _words in masthead._WORDED_FACTS
                 if not any(pat.search(masthead.fold_ascii(ln)) for ln in MASTHEAD_LINES)]
    assert unmatched == []


def test_line_facts_word_skip_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """`line_facts` tries a pattern only when one of its words is on the line; with every pattern
    tried, every line's facts are the same."""
    fast = [masthead.line_facts(ln) for ln in LINES]
    assert sum(f is not None for f in fast) > 100  # (the fixtures print mastheads and credits)
    monkeypatch.setattr(masthead, "_WORDED_FACTS", [(k, p, None) for k, p, _w in masthead._WORDED_FACTS])
    full = [masthead.line_facts(ln) for ln in LINES]
    assert [ln for ln, a, b in zip(LINES, fast, full, strict=True) if a != b] == []
