"""The no-目录 path: district newspapers (issue 6).

`parse_newspaper(src, blocks)` turns an issue without a 目录 into one `Issue` record (masthead and
footer facts) and `Entry` records in page (file) order. It is called by `digest.parse.parse_source`
when `digest.toc.find_toc` finds no 目录; it never prints.

Usage (library)::

    from digest.blocks import to_blocks
    from digest.newspaper import parse_newspaper
    from digest.source import read_source

    src = read_source("samples/yibin-2022-11-16.txt")
    result = parse_newspaper(src, to_blocks(src.lines))
    result.issue.issue_date      # '2022-11-16'
    [e.title for e in result.entries]

Layout rules, in the order they are applied:

- Masthead and footer: a line made only of masthead/footer facts (`2022年 11月 16日`, `第21期`,
  `壬寅年十月廿三 总第243期`, `■ 主管主办:… ■ 编辑出版:…`, `■新闻热线:…`, `■印数:5000`, `组版:…` …)
  is not an article. The run of such lines at the top is the masthead, the run at the bottom the
  footer; their facts go to `issue.meta` and their line numbers to `issue.meta["masthead_lines"]` and
  `issue.meta["footer_lines"]`. Such a line inside the body (a page header `2022年11月16日 第2版 综合新闻`)
  is left out of the text; its facts are kept.
- Headlines: a markdown heading (`#`…`######`, up to 64 characters), a whole-line bold run, or a short
  plain line (up to 40 characters, no sentence-ending punctuation) followed by a dateline
  (`伊滨讯 11月7日下午,`; one subtitle line may sit in between) starts an article (`kind: "article"`).
  A numbered heading (`### 一、…`, `(二)…`) is a subhead and stays in the article's text.
- Consecutive headline lines form one headline group:
  a first line that ends in a colon or a verb of speech (`…时强调:`, `…指出`), or a heading of a
  deeper level than the next, is the kicker (引题; trailing colon removed) — unless it is a short
  page/section label (up to 6 characters), which becomes `section` for the articles that follow;
  following lines of the headline's own level are a wrapped headline (joined with a space);
  one line of a deeper level, or starting with a dash (`——记…`), is the subtitle, kept as the first
  line of `text` (so is a plain `——记…` line right under the headline). A kicker can share the headline's line: `张玉杰调研…时强调 加快构建…` splits at the
  first space whose left part ends in a verb of speech or a colon.
- Quotes: a line `——【党的二十大报告摘登】` (also `——《…》`, `——摘自…`, `——习近平`) closes a boxed quotation, one
  record of `kind: "quote"` titled with the bracketed words; its text is the paragraphs above it back to
  the previous record (or, when those are an article's body, the `>`-marked paragraphs just above, else
  the one paragraph just above, never an article's only paragraph; with nothing to quote the line is text).
- Dates (read by the shared `digest.fields.parse_leading_date`): the dateline (`XX讯 11月7日下午`)
  gives `date` (and `date_end` for `7日至9日`), the year from the masthead date (a December dateline in
  a January issue is the year before; with no masthead date, `digest.fields.infer_year` reads the year
  from the text); `XX讯 日前` gives none. With no dateline, the first paragraph of
  the article that opens with a full date (`11月5日上午，…`) gives it.
- Bylines: a trailing reporter name in parentheses at the end of the article (`… 参加 (李东慧)` or a line
  `(倪睿)`) goes to `byline` (names joined with `、`, labels like 记者 dropped) and out of `text`; with
  none, a reporter in the dateline (`本报讯(记者 张三)`, `本报讯 记者 张三 11月7日`) or a reporter line
  right under the headline (`本报记者 张三`, kept out of `text`) is used.
- Text under no headline (before the first one, or after a quote) becomes a `kind: "block"` record with
  a warning.
- No headlines at all: one issue warning and one `kind: "block"` record per paragraph
  (`issue.layout == "blocks"`).

Column scramble (PDF columns interleaving two articles): every paragraph stays in the article where it
appears in the file, in file order, and a warning names the line when a paragraph looks misplaced:
an article whose last paragraph breaks off mid-sentence (not before a `(下转第2版)` jump); after a
finished sentence, a paragraph starting with punctuation, or a short fragment that completes a word
left open by an article that breaks off (`…做` + `出积极贡献。`, naming that line); a paragraph after
the article's byline. A paragraph that simply continues after a column break is not warned about.

Output: `ParseResult(issue, entries, problems, assigned_share)`. The issue has `layout` ("newspaper",
or "blocks" for the fallback), `year`, `issue_date` (YYYY-MM-DD), `publication` (from the datelines
`伊滨讯` -> "伊滨", else the masthead name), `issue_no`, `total_no` and `meta`::

    date str, issue_no int, total_no int, lunar_date str, weekday str, name str, page int, page_name str,
    publisher str (主管主办), editor_org str (编辑出版), license str, license_type str,
    approved_by str, distribution_note str, address str, hotline str, phone str, print_run int,
    recipients str, email str, page_editor str, layout_editor str, proofreader str, printer str,
    postcode str, website str, chief_editor str, fax str, masthead_lines list[int], footer_lines list[int],
    masthead_text / footer_text list[str] (unlabelled lines among them, as printed)
    and, for any other `■ 标签:值` on a ■-separated masthead/footer line, the label itself as the key

(only the facts found are present). Every entry has `line_start`..`line_end` spanning its kicker or
headline to the line before the next record; every non-blank line is inside one record span, in
`masthead_lines`/`footer_lines`, or named in a warning. Each warning starts with `line N:`.

Example::

    $ digest parse samples/yibin-2022-11-16.txt --json --dry-run | jq -c '[.kind, .kicker, .title, .date, .byline]'
    ["quote",null,"党的二十大报告摘登",null,null]
    ["article","江凌在伊滨区调研时强调","始终把产业发展牢牢抓在手上 打造引领洛阳创新发展\\"主引擎\\"",null,"李东慧"]
    ["article",null,"张玉杰现场办公 中州时代项目加快推进","2022-11-07","张林林"]
    ...
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import regex as re

from digest.blocks import DECOR, Block
from digest.fields import infer_year, parse_leading_date
from digest.model import Entry, Issue
from digest.source import Source

if TYPE_CHECKING:
    from digest.model import ParseResult

# ---------------------------------------------------------------------------------------------------
# masthead / footer facts

_LUNAR = (r"(?:农历\s*(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)?|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)\s*闰?(?:十一|十二|冬|腊|正|[一二三四五六七八九十])月"
          r"(?:初[一二三四五六七八九十]|二十|三十|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅)?")
_VAL = r"(?P<v>[^\s■|｜]+)"
_C = r"\s*[:：]\s*"
# (key, pattern); applied in order, each on what the earlier ones left. Group "v" is the value.
_FACTS: list[tuple[str, re.Pattern[str]]] = [
    ("date", re.compile(r"(?P<v>(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日)"
                        r"(?:\s*(?P<w>(?:星期|周)[一二三四五六日天]))?")),
    ("lunar_date", re.compile(f"(?P<v>{_LUNAR})")),
    ("total_no", re.compile(r"总\s*第\s*(?P<v>\d+)\s*期")),
    ("issue_no", re.compile(r"(?<!总\s*)第\s*(?P<v>\d+)\s*期")),
    ("page", re.compile(r"第\s*(?P<v>\d+)\s*版(?:\s*(?P<name>\p{Han}{2,6})(?=\s|$|■))?")),
    # the type before the keyword is bounded (a greedy `\p{Han}*` backtracks over a long line: quadratic)
    ("license", re.compile(r"(?P<t>\p{Han}{0,24}(?:内部资料|准印证号?|登记证号?|刊号))\s*[:：]?\s*"
                           r"(?P<v>[\[【(（〔][^\]】)）〕]{1,20}[\]】)）〕]\s*[A-Za-z]*\d+\s*号?)")),
    ("license", re.compile(r"(?:准印证号?|刊号|登记证号?)" + _C + _VAL)),
    ("approved_by", re.compile(r"(?P<v>[\p{Han}]{2,20}?)\s*批准")),
    ("publisher", re.compile(r"(?:主管主办|主办单位|主管单位|主管|主办)" + _C + _VAL)),
    ("editor_org", re.compile(r"(?:编辑出版|出版单位|编印|出版)" + _C + _VAL)),
    ("distribution_note", re.compile(r"(?P<v>内部资料\s*(?:免费交流|注意保存|免费赠阅)|免费交流|免费赠阅|内部交流)")),
    ("address", re.compile(r"(?:地址|社址)" + _C + _VAL)),
    ("hotline", re.compile(r"(?:新闻|报料|投稿)?热线(?:电话)?" + _C + r"(?P<v>\d[\d\-—－ ]*\d)")),
    ("phone", re.compile(r"(?:电话|联系电话)" + _C + r"(?P<v>\d[\d\-—－ ]*\d)")),
    ("print_run", re.compile(r"印数" + _C + r"(?P<v>\d+)\s*份?")),
    ("recipients", re.compile(r"(?:发送对象|发送范围|赠阅对象|发行范围)" + _C + _VAL)),
    ("email", re.compile(r"(?:(?:投稿)?(?:邮箱|信箱)|E-?mail)" + _C + r"(?P<v>[\w.+\-]+@[\w.\-]+\w)", re.I)),
    ("email", re.compile(r"(?P<v>[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)")),
    ("page_editor", re.compile(r"(?:本版编辑|责任编辑|责编)" + _C + _VAL)),
    ("layout_editor", re.compile(r"(?:组版|排版|版式|美编|美术编辑)" + _C + _VAL)),
    ("proofreader", re.compile(r"校对" + _C + _VAL)),
    ("chief_editor", re.compile(r"(?<![副执])(?:总编辑|主编)" + _C + _VAL)),
    ("fax", re.compile(r"传真" + _C + r"(?P<v>\d[\d\-—－ ]*\d)")),
    ("printer", re.compile(r"(?:印刷单位|承印|印刷)" + _C + _VAL)),
    ("postcode", re.compile(r"邮编" + _C + r"(?P<v>\d{6})")),
    ("website", re.compile(r"网址" + _C + _VAL)),
]
_INT_FACTS = {"total_no", "issue_no", "print_run", "page"}
_SEP = re.compile(f"[\\s■|｜{DECOR}·•]+")
_ADDRESS_LIKE = re.compile(r"^[\p{Han}A-Za-z0-9\-()（）]{3,40}(?:室|号|楼|层|座|号院|大厦|大楼)$")
_LABELLED = re.compile(r"^(\p{Han}{2,6})[:：]([^\s:：。,，;；]{1,30})$")
_MASTHEAD_NAME = re.compile(r"^[\p{Han}A-Za-z]{2,12}$")


def line_facts(text: str) -> dict[str, Any] | None:
    """The masthead/footer facts of one line, or None when the line holds anything else.

    An unlabelled piece that reads like a street address (`科技大厦A座202室`) counts as `address` when
    the line has at least one other fact.
    """
    facts: dict[str, Any] = {}
    rest = text
    for key, pat in _FACTS:
        if key in facts:
            continue
        m = pat.search(rest)
        if not m:
            continue
        value: Any = m.group("v").strip()
        if key in _INT_FACTS:
            value = int(value)
            if key == "page" and m.group("name"):
                facts["page_name"] = m.group("name")
        elif key == "date":
            value = f"{int(m.group('y')):04d}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
            if m.group("w"):
                facts["weekday"] = m.group("w")
        elif key == "license" and "t" in m.groupdict() and m.group("t"):
            facts["license_type"] = m.group("t")
        elif key in ("hotline", "phone"):
            value = "".join(value.split())
        facts[key] = value
        rest = rest[:m.start()] + "■" + rest[m.end():]
    left = [p for p in _SEP.split(rest) if p]
    if len(left) == 1 and facts and "address" not in facts and _ADDRESS_LIKE.match(left[0]):
        facts["address"] = left[0]
        left = []
    if left and "■" in text:  # `■ 副主编:张三` on a ■-separated masthead line: keep it under its own label
        labelled = [_LABELLED.match(p) for p in left]
        if all(labelled):
            facts.update((m.group(1), m.group(2)) for m in labelled if m)
            left = []
    return facts if facts and not left else None


# ---------------------------------------------------------------------------------------------------
# line classes

_DATELINE = re.compile(
    r"^(?P<pub>\p{Han}{2,10}?)(?<![通资快简喜电短音视])讯"
    r"(?=\s|[(（]|\d|日前|近日|连日|近期|昨|今|本月|上月|月初|月底)\s*"
    r"(?:[(（](?P<paren>[^)）]{1,40})[)）]\s*)?"
    r"(?P<credit>(?:(?:本报|特约)?(?:记者|通讯员)\s*[\p{Han}·]{2,3}\s+)+(?:报道\s*)?)?"
)
_REPORTER_LINE = re.compile(
    f"^[{DECOR}]?\\s*(?:(?:本报|特约)?(?:记者|通讯员|文/图|图/文)\\s*[:：]?\\s*[\\p{{Han}}·]{{2,4}}"
    f"(?:\\s+[\\p{{Han}}·]{{2,4}})*\\s*)+$"
)
_SPEECH = r"(?:强调|指出|表示|要求|提出|希望|寄语|勉励|号召|批示|宣布|呼吁|重申|坦言|直言|致辞|讲话)"
# both read at most a few spaces between the verb and the colon and never backtrack over a run of spaces
# (`\s*[:：]$` searched over 40,000 spaces is quadratic); _KICKER_END is searched on the line's tail only
_KICKER_END = re.compile(f"(?:{_SPEECH}|说)?[ \\t\u3000]{{0,3}}[:：]$|{_SPEECH}$")
_KICKER_TAIL = 16
_INLINE_KICKER = re.compile(f"^(?P<k>\\S.*?(?:{_SPEECH}[ \\t\u3000]{{0,2}}[:：]?|[:：]))\\s++(?P<t>\\S.*)$")
_DASH_START = re.compile(r"^[—–\-─]{1,3}")
_DASH_LINE = re.compile(r"^(?:——|──|－－)\s*(?P<d>[^—–─\s][^。;；]{1,38}?[^。;；,，、:：])\s*$")
_ATTRIBUTION = re.compile(
    r"^[—–\-─]{1,3}\s*(?:[【\[〔]\s*(?P<a>[^】\]〕]+?)\s*[】\]〕]|(?:摘自)?\s*[《〈]\s*(?P<b>[^》〉]+?)\s*[》〉]\s*\S{0,8}"
    r"|(?P<c>摘自\S.{0,30}))\s*$"
)
_BYLINE_LABEL = r"(?:本报记者|特约记者|记者|通讯员|文/图|文／图|图/文|文|图|摄影?|供稿|编辑)"
_BYLINE = re.compile(
    r"(?:^|(?<=[\s。!?！？…”\"』」.]))[(（]\s*(?P<names>(?:" + _BYLINE_LABEL + r"\s*[:：/／]?\s*)?"
    r"[\p{Han}·]{2,4}(?:[\s、,，/／]+(?:" + _BYLINE_LABEL + r"\s*[:：/／]?\s*)?[\p{Han}·]{2,4})*)\s*[)）]\s*$"
)
_LABEL_WORD = re.compile(_BYLINE_LABEL + r"\s*[:：/／]?\s*")
_CLOSING = "。!?！？…”\"』」)）.》"
_ATTENDANCE = re.compile(r"(?:参加|出席|陪同|列席|参会|参观|在场)$")
_JUMP = re.compile(r"[(（]\s*(?:下转|转|上接|接)\s*第?\s*[\d一二三四五六七八]+\s*版\s*[)）]\s*$")
_INNER_PUNCT = re.compile(r"[。,，;；、:：]")
_OPEN_PUNCT = re.compile(r"^[,，、。;；:：)）」』”!！?？]")
_SECTION_LABEL = re.compile(r"^(?:第\s*\S{1,3}\s*版\s*\S{0,6}|\S{1,6})$")

_MAX_HEADING = 64
_MAX_PLAIN_HEADLINE = 48
_FRAGMENT = 20
_NEAR = 3  # column scramble mixes neighbouring articles: look this many records either way


def _compact(s: str) -> str:
    return "".join(s.split())


_ENUM_SUBHEAD = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]{1,3}[,，、])")


def _is_heading(b: Block) -> bool:
    if _ENUM_SUBHEAD.match(b.text.strip()):
        return False  # `### 一、加强组织领导`: a numbered subhead inside an article, kept in its text
    if b.level > 0:
        return len(_compact(b.text)) <= _MAX_HEADING
    return bool(b.bold) and not b.rest and len(_compact(b.text)) <= _MAX_PLAIN_HEADLINE


def _level(b: Block) -> int:
    return b.level if b.level > 0 else 3


def _is_plain_short(b: Block) -> bool:
    t = _compact(b.text)
    return (b.level == 0 and 2 <= len(t) <= _MAX_PLAIN_HEADLINE and t[-1] not in "。,，;；、"
            and not _ATTENDANCE.search(t) and not _DATELINE.match(b.text)
            and not _ATTRIBUTION.match(b.text) and not _BYLINE.search(b.text))


def _is_kicker_text(s: str) -> bool:
    return bool(_KICKER_END.search(s.strip()[-_KICKER_TAIL:]))


def _strip_colon(s: str) -> str:
    return s.strip().rstrip(":：").strip()


def _ends_sentence(s: str) -> bool:
    s = s.rstrip()
    return bool(s) and s[-1] in _CLOSING


# ---------------------------------------------------------------------------------------------------
# structure

@dataclass
class _Head:
    """A headline group: kicker / title / subtitle lines, by index into the body block list."""

    start: int  # first block index (kicker or title)
    end: int  # last block index of the group (exclusive)
    title: str
    kicker: str | None = None
    subtitle: str | None = None
    section: str | None = None


@dataclass
class _Record:
    kind: str
    first: int  # block index of the first block in the span
    title: str = ""
    kicker: str | None = None
    subtitle: str | None = None
    section: str | None = None
    body: list[int] = field(default_factory=list)  # block indexes of text paragraphs
    reporter: str | None = None  # a `本报记者 张三` line under the headline
    last: int = -1  # block index of the last block in the span


def _split_inline_kicker(text: str) -> tuple[str | None, str]:
    m = _INLINE_KICKER.match(text.strip())
    if not m:
        return None, text.strip()
    return _strip_colon(m.group("k")), m.group("t").strip()


def _heading_group(body: list[Block], i: int) -> _Head:
    """Read the run of heading lines starting at body[i] as kicker / title / subtitle."""
    run = [i]
    while run[-1] + 1 < len(body) and _is_heading(body[run[-1] + 1]):
        run.append(run[-1] + 1)
    k = 0
    kicker = section = None
    if len(run) >= 2:
        h0, h1 = body[run[0]], body[run[1]]
        if _is_kicker_text(h0.text):
            kicker, k = _strip_colon(h0.text), 1
        elif _level(h0) > _level(h1) or (_level(h0) != _level(h1) and _SECTION_LABEL.match(_compact(h0.text))):
            if _SECTION_LABEL.match(_compact(h0.text)) and " " not in h0.text.strip():
                section = _compact(h0.text)
            else:
                kicker = _strip_colon(h0.text)
            k = 1
    title_block = body[run[k]]
    parts = [title_block.text.strip()]
    k += 1
    while (k < len(run) and _level(body[run[k]]) == _level(title_block)
           and not _DASH_START.match(body[run[k]].text) and not _is_kicker_text(body[run[k]].text)
           and not _is_kicker_text(parts[-1])):
        parts.append(body[run[k]].text.strip())
        k += 1
    subtitle = None
    if k < len(run) and (_level(body[run[k]]) > _level(title_block) or _DASH_START.match(body[run[k]].text)):
        subtitle = body[run[k]].text.strip()
        k += 1
    title = " ".join(parts)
    if kicker is None:
        kicker, title = _split_inline_kicker(title)
    return _Head(start=i, end=run[k - 1] + 1, title=title, kicker=kicker, subtitle=subtitle, section=section)


def _plain_group(body: list[Block], i: int) -> _Head | None:
    """A short plain line followed by a dateline (a subtitle line may sit between) is a headline; so is a
    bare one (no sentence punctuation) before a paragraph with a kicker above or inside it, right after
    a byline, or in two parts of 4+ characters (`专班推进昼夜攻坚 龙门实验室项目加快推进`) after a finished
    sentence."""
    b = body[i]
    if not _is_plain_short(b) or _is_kicker_text(b.text):  # a kicker is attached by the caller
        return None
    nxt = i + 1
    subtitle = None
    if nxt < len(body) and _is_plain_short(body[nxt]) and nxt + 1 < len(body) \
            and _DATELINE.match(body[nxt + 1].text):
        subtitle = body[nxt].text.strip()
        nxt += 1
    kicker, title = _split_inline_kicker(b.text)
    if nxt < len(body) and _DATELINE.match(body[nxt].text):
        return _Head(start=i, end=nxt, title=title, kicker=kicker, subtitle=subtitle)
    # no dateline: a bare line (no sentence punctuation) followed by a paragraph is a headline when a
    # kicker is above it or inside it, or when the article before it has just closed with its byline
    nxt = i + 1
    if _INNER_PUNCT.search(b.text) or nxt >= len(body) or not _is_paragraph(body[nxt]):
        return None
    prev = body[i - 1] if i > 0 else None
    if kicker is not None or (prev is not None and prev.level == 0 and (
            _is_kicker_text(prev.text) and len(_compact(prev.text)) <= _MAX_PLAIN_HEADLINE
            or _BYLINE.search(prev.text))):
        return _Head(start=i, end=nxt, title=title, kicker=kicker)
    # a two-part headline (`专班推进昼夜攻坚 龙门实验室项目加快推进`) after a finished sentence
    parts = b.text.split()
    if 2 <= len(parts) <= 3 and all(len(p) >= 4 for p in parts) and len(_compact(b.text)) <= 40 \
            and (prev is None or _ends_sentence(prev.text) or _BYLINE.search(prev.text)):
        return _Head(start=i, end=nxt, title=title, kicker=kicker)
    return None


def _is_paragraph(b: Block) -> bool:
    t = _compact(b.text)
    return not _is_heading(b) and (len(t) > _MAX_PLAIN_HEADLINE or t[-1] in _CLOSING) and not _BYLINE.search(b.text)


def _find_heads(body: list[Block], skip: set[int]) -> list[_Head]:
    heads: list[_Head] = []
    i = 0
    while i < len(body):
        if i in skip:
            i += 1
            continue
        h = _heading_group(body, i) if _is_heading(body[i]) else _plain_group(body, i)
        if h is None:
            i += 1
            continue
        # a plain kicker line just above the headline (ends in a colon or a verb of speech)
        prev = h.start - 1
        if (h.kicker is None and h.section is None and prev >= 0 and prev not in skip
                and (not heads or heads[-1].end <= prev) and body[prev].level == 0
                and len(_compact(body[prev].text)) <= _MAX_PLAIN_HEADLINE and _is_kicker_text(body[prev].text)):
            h.kicker = _strip_colon(body[prev].text)
            h.start = prev
        heads.append(h)
        i = h.end
    return heads


def _byline(text: str) -> tuple[str | None, str]:
    """(byline, text without it) for a trailing `(李东慧)`."""
    m = _BYLINE.search(text)
    if not m:
        return None, text
    names = _names(m.group("names"))
    if not names:
        return None, text
    return names, text[:m.start()].rstrip()


def _names(s: str) -> str | None:
    """`记者 孙七 周八` -> `孙七、周八`: the 2-4 character names, labels dropped."""
    names = [n for n in re.split(r"[\s、,，/／]+", _LABEL_WORD.sub(" ", s)) if re.fullmatch(r"[\p{Han}·]{2,4}", n)]
    return "、".join(names) or None


def _dateline_reporter(paren: str | None) -> str | None:
    """The reporter in `本报讯(记者 张三)`."""
    return _names(paren) if paren and re.search(r"记者|通讯员", paren) else None


# ---------------------------------------------------------------------------------------------------
# the parser

def parse_newspaper(src: Source, blocks: list[Block], year: int | None = None) -> ParseResult:
    """Parse an issue without a 目录: masthead/footer -> `Issue`, headlines -> article/quote `Entry`s.

    `year` (from `--year`) overrides the year the masthead or the text gives.
    Returns a `digest.parse.ParseResult`. Never raises on odd layouts: with no recognizable headline
    it falls back to one `kind: "block"` record per paragraph and one issue warning.
    """
    from digest.model import ParseResult, Problem

    issue = Issue(issue_id="", source=src.path, sha256=src.sha256, encoding=src.encoding, layout="newspaper")
    facts = [line_facts(b.text) for b in blocks]
    top = _edge_run(blocks, facts, list(range(len(blocks))))
    bottom = len(blocks) - _edge_run(blocks, facts, list(range(len(blocks) - 1, top - 1, -1)))
    meta: dict[str, Any] = {}
    for j in list(range(top)) + list(range(bottom, len(blocks))) + list(range(top, bottom)):
        f = facts[j]
        if f is None and j < top and j <= 2 and "name" not in meta and _MASTHEAD_NAME.match(_compact(blocks[j].text)):
            meta["name"] = _compact(blocks[j].text)
        elif f is None:  # an unlabelled masthead/footer line: kept as printed
            meta.setdefault("masthead_text" if j < top else "footer_text", []).append(blocks[j].text.strip())
        for k, v in (f or {}).items():
            meta.setdefault(k, v)
    masthead_lines = [b.line for b in blocks[:top]]
    footer_lines = [b.line for b in blocks[bottom:]]
    if masthead_lines:
        meta["masthead_lines"] = masthead_lines
    if footer_lines:
        meta["footer_lines"] = footer_lines
    issue.meta = meta
    if year is not None and meta.get("date"):  # --year overrides the masthead's year
        meta["date"] = f"{year:04d}{meta['date'][4:]}"
    issue.issue_date = meta.get("date")
    if year is not None:
        issue.year = year
    else:
        issue.year = int(meta["date"][:4]) if meta.get("date") else infer_year(src.text, None)
    month = int(meta["date"][5:7]) if meta.get("date") else None
    issue.issue_no = meta.get("issue_no")
    issue.total_no = meta.get("total_no")

    body = blocks[top:bottom]
    inner_facts = {i for i in range(len(body)) if facts[top + i] is not None}
    pubs = Counter(m.group("pub") for b in body if (m := _DATELINE.match(b.text)))
    pubs.pop("本报", None)
    pubs.pop("本刊", None)
    issue.publication = pubs.most_common(1)[0][0] if pubs else meta.get("name")

    heads = _find_heads(body, inner_facts)
    entries: list[Entry] = []
    problems: list[Problem] = []
    if not heads:
        issue.layout = "blocks"
        paras = [i for i in range(len(body)) if i not in inner_facts]
        for i in paras:
            b = body[i]
            entries.append(Entry(title=b.text.strip()[:30], text=b.text.strip(), kind="block",
                                 line_start=b.line, line_end=b.line))
        _file_loose(meta, body, sorted(inner_facts), body[paras[0]].line if paras else 0)
        if paras:
            msg = (f"line {body[paras[0]].line}: no 目录 and no recognizable headlines (markdown headings, or a"
                   " short line followed by a dateline such as `XX讯 11月7日`): one record per paragraph")
            issue.warnings.append(msg)
            problems.append(Problem(body[paras[0]].line, "doubtful", msg))
        return ParseResult(issue=issue, entries=entries, problems=problems, assigned_share=0.0 if paras else 1.0)

    records, loose = _records(body, heads, inner_facts)
    _file_loose(meta, body, loose, body[records[0].first].line)
    for rec in records:
        entries.append(_entry(rec, body, issue.year, month))
    _scramble_warnings(records, entries, body)
    for rec, e in zip(records, entries, strict=True):
        if rec.kind == "block":
            msg = (f"line {e.line_start}: text under no headline (before the first one, or after a quote);"
                   f" kept as a block record (lines {e.line_start}-{e.line_end})")
            e.warnings.insert(0, msg)
    for e in entries:
        for w in e.warnings:
            issue.warnings.append(w)
            line = int(w.split(":", 1)[0].split()[-1]) if w.startswith("line ") else e.line_start
            problems.append(Problem(line, "unassigned-text" if e.kind == "block" else "doubtful", w))
    # share of body characters inside article/quote records (block records hold text under no headline)
    total = sum(len(_compact(b.text)) for i, b in enumerate(body) if i not in inner_facts)
    assigned = sum(len(_compact(body[i].text)) for rec in records if rec.kind != "block"
                   for i in range(rec.first, rec.last + 1) if i not in inner_facts)
    return ParseResult(issue=issue, entries=entries, problems=problems,
                       assigned_share=assigned / total if total else 1.0)


def _file_loose(meta: dict[str, Any], body: list[Block], loose: list[int], first_line: int) -> None:
    """Fact-only lines outside every record: masthead before the first record, footer after."""
    for i in loose:
        key = "masthead_lines" if body[i].line < first_line else "footer_lines"
        meta.setdefault(key, []).append(body[i].line)
        meta[key].sort()


def _edge_run(blocks: list[Block], facts: list[dict[str, Any] | None], order: list[int]) -> int:
    """How many blocks, walking `order` from one end of the file, belong to the masthead (or footer):
    fact lines, and short unpunctuated lines (a name `伊滨资讯`, `中共某区工委主管`) with a fact line at
    most two lines further on."""
    n = 0
    while n < len(order):
        if facts[order[n]] is not None:
            n += 1
            continue
        ahead = order[n:n + 3]
        stop = next((k for k, j in enumerate(ahead) if facts[j] is not None), None)
        if stop is None or stop == 0 or not all(_masthead_label(blocks[j], j) for j in ahead[:stop]):
            break
        n += stop
    return n


def _masthead_label(b: Block, index: int) -> bool:
    """A short line without sentence punctuation that can sit among masthead facts (a heading only as the
    paper's name at the very top)."""
    t = _compact(b.text)
    if b.level or b.bold:
        return index <= 2 and _MASTHEAD_NAME.match(t) is not None
    return (len(t) <= 30 and not _INNER_PUNCT.search(t) and not _ATTENDANCE.search(t) and not _DATELINE.match(b.text)
            and not _ATTRIBUTION.match(b.text) and not _BYLINE.search(b.text))


def _records(body: list[Block], heads: list[_Head], skip: set[int]) -> tuple[list[_Record], list[int]]:
    """Cut the body into records (articles, quotes, blocks) so every block lands in one span.

    Returns the records in file order and the indexes of fact-only lines that fell outside every span.
    """
    records: list[_Record] = []
    loose: list[int] = []
    head_at = {h.start: h for h in heads}
    section: str | None = None
    current: _Record | None = None
    i = 0
    while i < len(body):
        h = head_at.get(i)
        if h is not None:
            section = h.section or section
            current = _Record(kind="article", first=h.start, title=h.title, kicker=h.kicker,
                              subtitle=h.subtitle, section=section, last=h.end - 1)
            records.append(current)
            i = h.end
            continue
        t = body[i].text.strip()
        am = None if i in skip else (_ATTRIBUTION.match(t) or _DASH_LINE.match(t))
        if am is not None and current is not None and current.kind == "article" and not current.body \
                and current.subtitle is None and not _ATTRIBUTION.match(t):
            current.subtitle, current.last = t, i  # `——记…` right under a headline
            i += 1
            continue
        if current is not None and current.kind == "article" and not current.body and current.reporter is None \
                and _REPORTER_LINE.match(t):
            current.reporter, current.last = t, i  # `本报记者 张三` under the headline: a byline, not text
            i += 1
            continue
        take = _quote_text(current, body) if am is not None else []
        if take:
            assert current is not None and am is not None
            quote = _Record(kind="quote", first=take[0], title=next(g for g in am.groups() if g).strip(),
                            section=section, body=take, last=i)
            if current.kind == "block" and take == current.body:
                records.remove(current)
            else:
                del current.body[-len(take):]
                current.last = take[0] - 1
            records.append(quote)
            current = None
            i += 1
            continue
        if i in skip and current is None:
            loose.append(i)
            i += 1
            continue
        if current is None:
            current = _Record(kind="block", first=i, section=section)
            records.append(current)
        if i not in skip:
            current.body.append(i)
        current.last = i
        i += 1
    return records, loose


def _quote_text(current: _Record | None, body: list[Block]) -> list[int]:
    """The paragraphs a closing `——【…】` line quotes: all the text since the masthead or the previous
    quote; inside an article those after its byline, else the `>`-marked paragraphs just above, else the
    one just above (never the article's only paragraph)."""
    if current is None or not current.body:
        return []
    if current.kind == "block":
        return list(current.body)
    at = _byline_at(current, body)
    if at is not None and at != current.body[-1]:  # the article closed with its byline: the rest is quoted
        return [i for i in current.body if i > at]
    take: list[int] = []
    for i in reversed(current.body):
        if not body[i].quote:
            break
        take.insert(0, i)
    if len(take) == len(current.body):
        take = take[1:]
    if not take and len(current.body) > 1:
        take = [current.body[-1]]
    return take


def _entry(rec: _Record, body: list[Block], year: int | None, month: int | None) -> Entry:
    byline = None
    at = _byline_at(rec, body)
    texts = []
    for i in rec.body:
        t = body[i].text.strip()
        if i == at:
            byline, t = _byline(t)
        if t:
            texts.append(t)
    date = date_end = None
    if rec.kind == "article":
        dl = next((t for t in texts if _DATELINE.match(t)), None)
        if dl is not None:
            m = _DATELINE.match(dl)
            date, date_end = parse_leading_date(dl[m.end():], year, month)
            if byline is None:
                byline = _dateline_reporter(m.group("paren")) or _dateline_reporter(m.group("credit"))
        else:
            for t in texts:  # no dateline: the first paragraph that opens with a full date
                date, date_end = parse_leading_date(t, year, month)
                if date and len(date) == 10:
                    break
                date = date_end = None
    if byline is None and rec.reporter:
        byline = _names(rec.reporter)
    if rec.subtitle:
        texts.insert(0, rec.subtitle)
    title = rec.title
    if rec.kind == "block":
        title = texts[0][:30] if texts else body[rec.first].text.strip()[:30]
    text = _CJK_GAP.sub("", "\n".join(texts))  # column line ends came out as spaces inside words
    return Entry(title=title, text=text, kind=rec.kind, section=rec.section, kicker=rec.kicker,
                 byline=byline, date=date, date_end=date_end,
                 line_start=body[rec.first].line, line_end=body[rec.last].line)


_CJK = r"\p{Han}，。、；：！？“”‘’（）《》"
_CJK_GAP = re.compile(  # a space with Chinese on both sides, or Chinese on one side and punctuation on the other
    rf"(?<=[{_CJK}])[ \t\u3000]+(?=[{_CJK},.;:!?()\"'])|(?<=[,.;:!?()\"'])[ \t\u3000]+(?=[{_CJK}])")


def _byline_at(rec: _Record, body: list[Block]) -> int | None:
    """Block index of the article's byline: the last paragraph ending in `(李东慧)`."""
    if rec.kind != "article":
        return None
    return next((i for i in reversed(rec.body) if _byline(body[i].text.strip())[0] is not None), None)


def _last_sentence(rec: _Record, body: list[Block]) -> tuple[int, str] | None:
    """(block index, text) of the article's last paragraph before its byline; None if it has none or
    when the byline shares that line (`… 参加 (李东慧)`: the byline closes the sentence)."""
    at = _byline_at(rec, body)
    if at is not None:
        if _byline(body[at].text.strip())[1]:
            return None
        paras = [i for i in rec.body if i < at]
    else:
        paras = list(rec.body)
    return (paras[-1], body[paras[-1]].text.strip()) if paras else None


def _scramble_warnings(records: list[_Record], entries: list[Entry], body: list[Block]) -> None:
    """Warn, with line numbers, where a paragraph looks like it belongs to another article.

    Signs: an article whose last paragraph breaks off mid-sentence; after a finished sentence, a paragraph
    that starts with punctuation, or a short fragment that completes a word left open by an article that
    breaks off (`…做` + `出积极贡献。` -> 做出; the dictionary decides what a word is).
    """
    broken: dict[int, int] = {}  # record index -> source line of the paragraph that breaks off
    broken_at: dict[int, int] = {}  # record index -> its block index
    for n, rec in enumerate(records):
        if rec.kind != "article":
            continue
        found = _last_sentence(rec, body)
        if found is None:
            continue
        last, t = found
        if not _ends_sentence(t) and not _ATTENDANCE.search(t) and not _DATELINE.match(t) and not _JUMP.search(t):
            broken[n] = body[last].line
            broken_at[n] = last
            entries[n].warnings.append(f"line {body[last].line}: article breaks off mid-sentence"
                                       f" (…{_compact(t)[-6:]}); its continuation may be in another article")
    tails = {n: _compact(body[i].text)[-4:] for n, i in broken_at.items()}
    for n, (rec, e) in enumerate(zip(records, entries, strict=True)):
        if rec.kind != "article":
            continue
        prev_done = True
        at = _byline_at(rec, body)
        for i in rec.body:
            t = body[i].text.strip()
            if at is not None and i > at:
                e.warnings.append(f"line {body[i].line}: paragraph after the byline (line {body[at].line})"
                                  " may belong to another article")
                continue
            if i == at:
                t = _byline(t)[1]
            if not _compact(t) or _DATELINE.match(t):
                prev_done = not _compact(t) or _ends_sentence(t)
                continue
            if prev_done:
                cont = None
                if len(_compact(t)) <= _FRAGMENT:
                    near = sorted((rn for rn in tails if rn != n and abs(rn - n) <= _NEAR), key=lambda r: abs(r - n))
                    cont = next((broken[rn] for rn in near if _joins(tails[rn], _compact(t))), None)
                if cont is not None:
                    e.warnings.append(f"line {body[i].line}: paragraph may belong to another article"
                                      f" (a fragment that starts mid-sentence; it may continue line {cont})")
                elif _OPEN_PUNCT.match(t):
                    e.warnings.append(f"line {body[i].line}: paragraph may belong to another article"
                                      " (starts mid-sentence, with punctuation)")
            prev_done = _ends_sentence(t)


def _joins(tail: str, head: str) -> bool:
    """Does a word run across the seam of `tail` + `head` (`…做` + `出积极贡献` -> 做出)? Asks the
    dictionary data person recognition ships (digest.persons.dictionary_word), not jieba itself, so a
    newspaper parse does not load jieba's dictionary."""
    from digest.persons import dictionary_word

    return any(dictionary_word(tail[-a:] + head[:b])
               for a in (1, 2) for b in (1, 2, 3) if a <= len(tail) and b <= len(head) and a + b <= 4)


