"""Stage 3: find the 目录 (table of contents) and read every line of it.

Output: a `Toc` with

    start_line, end_line   the 目录's span in the source (1-based, inclusive)
    items                  `TocItem`s in 目录 order: title (as printed, wrapped lines joined), page,
                           section, subsection, line, line_end
    headings               `TocHeading`s: name (normalized: no ◆, markup or spaces), kind
                           ("section" | "subsection"), line
    doubts                 (line, message) pairs for lines it read with doubt

What it reads: the heading `目录` / `目 录` / `Contents` (or, without one, a run of page lines at the
top), entry lines `title..... page` with any leader (`.....`, `……`, `···`, `——`, tabs, spaces),
`- ` bullets, titles wrapped over two lines (a head with no page, then the tail with the page), lines
without a page the body prints again as titles (`1.…`, `一、…`, `◎…`, two `●…` a line: a 工作简报's list) and
section/subsection lines between them (`◆◆◆ 时 政 ◆◆◆`, `## 时政`, `### 领导活动`, `<b>科 技</b>`,
`【福州市】`, `一、综合信息`, a bare `领导活动` or county name; a numbered one printed with its page, as Word's
目录 prints every heading level: `一、运行综述\t1` over unnumbered items).

How: each line is offered to the rules of `LINE_RULES`, in order (the list is this reader's table of
contents: where the body begins, a numbered heading with its page, an item with its page, a separator,
an item whose page wrapped, an editor's note listed without a page (skipped), a heading, the head of a wrapped
title, an item without a page, items the
body prints again, the tail of
the previous title). Which
headings are sections is decided afterwards over the whole 目录 by `HEADING_RULES` (then
`sections_by_sequence`): a frame (◆, 【】, 一、) marks sections whatever markdown each line carries;
一、 ranks over （一）; without frames, the style whose lines stand over other headings and carry section
names; else by position and name. Each heading keeps its evidence, and `doubt` when it contradicts the decision.
The 目录 ends where the body begins: its first heading printed again, a title printed again, or prose.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import regex as re

from digest.blocks import (
    BRACKETED,
    BULLET_RUN_IN,
    DECIMAL_NUMBER,
    DECOR,
    ORDINAL,
    PAREN_ORDINAL,
    Block,
    clean_heading,
    display_width,
    key,
    make_block,
    running_heads,
    strip_markup,
)
from digest.chrome import chrome_reason
from digest.fields import cn_number
from digest.text import OCR_DIGITS, SYMBOLS, UNIT_ENDS, ends_full_stop, has_words, is_han, nfkc

_TOC_HEAD = re.compile(r"^(?:(?:本期)?(?:目录|目次|要目)|本期(?:导读|内容)|contents?)(?:contents?)?$", re.I)
# a page alone on its line, after a leader or not; between a leader and the page, the name of the one who
# gave the report (`　　………… 某某某　3`: a 公报's 工作报告, its reporter printed in the 目录)
_BARE_PAGE = re.compile(r"^[\s.．。·・•…⋯‥—–\-_]*(?:(?<=[.．。·・•…⋯‥—–\-_]{2}[\s]*)[\p{Han}·]{2,10}[ \t\u3000]+)?"
                        r"(?:第\s*)?[(（]?\s*(\d{1,4})\s*[)）]?(?:\s*页)?\s*$")  # (`……第1页`: the page named; `……（4）`)

# Section names of government digests, and subsection names that digests commonly print at the same
# markup level as sections: consulted only where the 目录's own markup cannot tell the two apart.
KNOWN_SECTIONS = frozenset("特别关注 亮点聚焦 时政 经济 社会事业 政务 要闻 综合 专题 专报 动态 调研 决策参考".split())
KNOWN_SUBSECTIONS = frozenset(
    "领导活动 重要会议 工作动态 县区动态 部门动态 项目 经济运行 招商引资 和谐社会 文化 文化艺术 科技 教育 体育 交通 "
    "卫生 旅游 生态文明 民生 文旅 农业 工业 商贸 金融 城建 党建 政法 人事".split()
)


@dataclass
class TocItem:
    title: str
    page: int | None
    section: str | None
    subsection: str | None
    line: int
    line_end: int


@dataclass
class TocHeading:
    name: str
    kind: str  # "section" | "subsection" (decided over the whole 目录)
    line: int
    marker: str = ""  # "frame" | "bracket" | "ordinal" | ""
    markup: tuple[int, bool] = (0, False)  # markdown level, bold
    parent: bool = False  # the next 目录 line is a heading
    child: bool = False  # the previous 目录 line is a heading
    evidence: list[str] = field(default_factory=list)
    doubt: str | None = None  # set when its own evidence contradicts the decision
    page: int | None = None  # the page a section line prints like an item (`【信息简讯】……8`: a column the 目录 lists whole)


@dataclass
class Toc:
    start_line: int
    end_line: int
    items: list[TocItem] = field(default_factory=list)
    headings: list[TocHeading] = field(default_factory=list)
    doubts: list[tuple[int, str]] = field(default_factory=list)
    heading_rule: str = ""  # how sections were told from subsections
    no_pages: bool = False  # no line of the 目录 prints a page (a 工作简报's list of titles)
    section_styles: list[str] = field(default_factory=list)  # set when section lines differ in style
    running: set[int] = field(default_factory=set)  # lines of the issue's running heads (blocks.running_heads)
    trailing: bool = False  # printed after the entries, on the last page (`find_toc`): the body is above it

    def names(self, kind: str) -> set[str]:
        return {h.name for h in self.headings if h.kind == kind}


_LEADER_RUNS = ((".．。·・•…⋯‥", 2), ("—–", 2), ("-", 3), ("_", 3))  # leader characters, shortest run
_LEADER_CHARS = "".join(c for c, _ in _LEADER_RUNS)
_PAGE_CLOSE = "）)]】〕页"
_PAGE_OPEN = "（([【〔第"
_TITLE_TAIL = " \t\u3000\r\f\v.．·•…⋯—–-_"  # stripped from a title's end




_CN_PAGE_DIGITS = "一二三四五六七八九十"
_CN_PAGE = re.compile(r"(?P<lead>[.．。·・•…⋯‥—–_]{2,}|[.．。·・•…⋯‥]\s*[.．。·・•…⋯‥][\s.．。·・•…⋯‥]*)\s*"
                      r"(?P<n>[一二三四五六七八九]?十?[一二三四五六七八九]?)$")


def _cn_page(t: str) -> tuple[str, int] | None:
    """(title, page) of a 目录 line whose page is printed in Chinese numerals after a leader of two marks or
    more (`区政府召开常务会议…………二`, `……十二`): one to ninety-nine; None for any other line."""
    m = _CN_PAGE.search(t, max(0, len(t) - 40))
    if m is None or not m.group("n"):
        return None
    n = m.group("n")
    if len(n) > 1 and "十" not in n:
        return None  # (`一二`: two digits, no page)
    number = cn_number(n)
    title = t[:m.start()].strip().rstrip(_TITLE_TAIL)
    return (title, int(number)) if number.isdigit() and int(number) > 0 and has_words(title) else None


# a range of pages after a leader (`……2-3`, `…… 9—10`): the item runs over them
_PAGE_RANGE = re.compile(r"[.．。·・•…⋯‥_][ \t\u3000]*\d{1,4}(?P<to>[ \t\u3000]*[-－–~～—][ \t\u3000]*\d{1,4})$")


_FIGURE_REST = re.compile(r"^\d[\d.．,，]*[%％‰]?$")  # a figure alone (`6.8%`, `1.2`): a wrapped title's rest


def page_line(text: str, loose: bool = True) -> tuple[str, int] | None:
    """Split `title..... 12` into (title, 12); None when the line carries no page number.

    The page is the line's trailing digits (1-4); before them, after optional whitespace, a leader: a
    run of dots (`.....`, `……`, `···`, `. . . .`, 2+), dashes (`——`, 2+; `---`, 3+) or underscores (3+), else a
    tab, else (loose, pages of 1-3 digits) a space after a title that does not end in a digit or dot.
    Read from the end of the line with plain scans: linear in the line's length (a line of 100,000
    dots takes milliseconds)."""
    t = text.rstrip()
    if t[-1:].isdecimal() and (r := _PAGE_RANGE.search(t, max(0, len(t) - 12))) is not None:
        t = t[:r.start("to")]  # `……2-3`: an item over two pages, listed at its first
    framed = bool(t) and t[-1] in _PAGE_CLOSE  # ……（3） / …… [3] / ……第3页 / …… P3
    if framed:
        t = t[:-1].rstrip()
    paged = framed and t.endswith("页")  # 标题（第3页）: the frame names the page, no leader needed
    if paged:
        t = t[:-1].rstrip()
    j = len(t)
    while j > 0 and t[j - 1].isdecimal():
        j -= 1
    if j == len(t) and t[-1:] in _CN_PAGE_DIGITS:  # a page in Chinese numerals after a leader (`……三`, `……十二`)
        got = _cn_page(t)
        if got is not None:
            return got
    if j > 1 and j == len(t) and t[-1] in "lIO":  # an OCR's page number: `…… l` for 1, `. . . lO` for 10
        k = j
        while k > 0 and len(t) - k < 3 and (t[k - 1] in "lIO" or t[k - 1].isdecimal()):
            k -= 1
        if k > 0 and (t[k - 1] in _LEADER_CHARS or t[k - 1] in " \t\u3000"  # (after a leader or a gap alone,
                      or (framed and t[k - 1] in _PAGE_OPEN)):  # or in its frame: `……（l）`)
            t, j = t[:k] + t[k:].translate(OCR_DIGITS), k
    page = t[j:]
    if not page or len(page) > 4:
        return None
    head = t[:j].rstrip()
    if framed:
        if paged and head.endswith("第"):
            head = head[:-1].rstrip()
        if not head or head[-1] not in _PAGE_OPEN:
            return None
        head = head[:-1]
    elif head and head[-1] in "Pp第" and len(head) > 1 and head[-2] in _LEADER_CHARS + " \t":
        head = head[:-1]
    else:
        head = t[:j]
    core = head.rstrip()
    gap = head[len(core):]
    title = None
    led = False  # the title found before a leader run out (not by a gap, a tab or a frame alone)
    single = None  # a leader of one dot right after a Chinese character, the rest lost (`…召开·2`, `…推进．4`)
    for chars, least in _LEADER_RUNS:
        k, n = len(core), 0
        while k > 0 and (core[k - 1] in chars or (core[k - 1] == " " and k > 1 and core[k - 2] in chars)):
            n += core[k - 1] != " "  # (`. . . . .`: a leader of dots a space apart, as a typewriter prints it)
            k -= 1
        if n >= least and k > 0:
            title, led = core[:k], True
            break
        if single is None and n == 1 and k == len(core) - 1 and k > 0 and (
                is_han(core[k - 1]) or core[k - 1] in "%％）)”」』"):  # (`…增长7.8%…3`: a title filling the line)
            single = core[:k]
    if title is None:
        if loose and single and not gap and len(page) <= 3:
            title = single
        elif paged and core:
            title = core
        elif loose and framed and len(page) <= 3 and core and not core[-1].isdecimal():
            title = core  # 标题（3）: a page in brackets, its leader lost in extraction (the others' pages framed alike)
        elif "\t" in gap and core and not core[-1].isdecimal():
            title = core  # (not `泵站损坏\t9\t7`: a table's row of figures, its cells a tab apart)
        elif loose and not gap and len(page) <= 3 and core[-1:] in ("%", "％") and len(core) > 4:
            title = core  # `…同比增长8.6%9`: a percentage ends its number, the digits after it are the page
        elif loose and gap and len(page) <= 3 and core and not core[-1].isdecimal() and core[-1] not in ".．":
            title = core
        else:
            return None
    title = title.strip().rstrip(_TITLE_TAIL)
    if has_words(title) or (led and _FIGURE_REST.match(title)):
        return title, int(page)  # (`6.8%……3`: a wrapped title's rest, a figure alone, before its leader)
    return None


_FRAMED_HEADING_MOST = 12  # characters of a heading framed whole in 【】 (`【庆祝新中国成立70周年】`: a theme's column; as
# `blocks.BRACKETED` reads a frame)


def _is_heading_like(b: Block) -> bool:
    name = clean_heading(b.text)
    if not name or ends_full_stop(name):
        return False
    if len(name) > 10:  # (a longer line is a heading only framed whole: `【庆祝新中国成立70周年】`, no title's)
        return len(name) <= _FRAMED_HEADING_MOST and BRACKETED.fullmatch(b.text.strip()) is not None
    if b.level or any(c in b.raw for c in DECOR) or b.bold or "<b" in b.raw.lower():
        return True
    return len(name) <= 8


# a 目录's head in its frame (`【本期要目】`, `【目录】`); not a post's `【本期导读】` over its numbered items
_FRAMED_TOC_HEAD = re.compile(r"^[【〔\[〖](?:本期)?(?:目录|目次|要目)[】〕\]〗]$")


_COVER_DATE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$")  # the cover's day, alone on its line
_SPLIT_HEAD_GAP = 2  # lines between a split head's two characters (the cover's day printed between them)


def _split_head_end(blocks: list[Block], i: int) -> int | None:
    """The index of `录` (or `次`) completing a head `目` at block i that the extraction split over lines, the cover's
    day printed between them or nothing (`目` / `2024 年 1 月 9 日` / `录`), else None."""
    for j in range(i + 1, min(i + 2 + _SPLIT_HEAD_GAP, len(blocks))):
        k = SYMBOLS.sub("", key(blocks[j].text))
        if k in ("录", "次"):
            return j
        if not _COVER_DATE.match(blocks[j].text.strip()):
            return None
    return None


def find_toc(blocks: list[Block], body_lines: set[str] | None = None) -> Toc | None:
    """Find and read the 目录; None when the issue has none."""
    start = None
    split = False  # (a head split over lines, `目` / `录`: its 目录 read only when two thirds of its titles print a page)
    for i, b in enumerate(blocks[:80]):
        k = SYMBOLS.sub("", key(b.text))
        if _TOC_HEAD.match(k) or _FRAMED_TOC_HEAD.match(k):  # (`### 📖 本 期 目 录`: an emoji is no word of it;
            # `【本期要目】`: nor its frame)
            start = i
            break
        if k == "目" and (j := _split_head_end(blocks, i)) is not None:
            start, split = j, True  # (`目` / `录`: a head letter-spaced so wide that pdftotext gives each character
            break  # its line)
    if start is None:
        # No heading: accept a run of page lines near the top.
        run = [i for i, b in enumerate(blocks[:60]) if page_line(b.text, loose=False)]
        if len(run) < 5:
            return _trailing_toc(blocks)
        start = run[0] - 1
        while start >= 0 and _is_heading_like(blocks[start]):
            start -= 1
    standalone = body_lines if body_lines is not None else _standalone_keys(blocks)
    toc = _read(_pages_last(_columns_unfolded(blocks, start), start), start, standalone)
    if split and 3 * sum(1 for it in toc.items if it.page is not None) < 2 * len(toc.items):
        return None  # (a two-column 目录 the extraction scrambled: its titles and pages apart, read as the body is)
    if toc.items and _numbered_post_list(blocks, start, toc):
        return None  # a post's list of its numbered items (`本期导读` / `01 某某…` / `02 …`), no 目录 of pages
    if start > 0 and toc.items and _printed_above(blocks, start, toc):
        toc.trailing = True  # (a short issue's 目录 printed after its entries: the heading search found it)
    return toc


_POST_TOP = 12  # lines of the top of a page where a post's header stands


def _numbered_post_list(blocks: list[Block], start: int, toc: Toc) -> bool:
    """Is the 目录 read at `start` a WeChat post's list of its items (`本期导读` / `01 某某会议召开` / `02 …`), its
    `pages` the items' numbers 1, 2, 3 … in order, the post's header (`原创 某某发布 2024-01-02 07:45`,
    `收录于合集`, as digest.chrome reads them) over it? A round-up numbers its items so, the same numbers alone
    over them below: no pages."""
    pages = [it.page for it in toc.items]
    return (len(pages) >= 3 and pages == list(range(1, len(pages) + 1))
            and any(chrome_reason(b.text) in ("wechat-header", "wechat") for b in blocks[:min(start, _POST_TOP)]))


def _printed_above(blocks: list[Block], start: int, toc: Toc) -> bool:
    """Do two thirds of the 目录's titles or more open lines above its heading, and none below its end
    (a 目录 printed after the entries, not a page's list of what other pages print)?"""
    above = [key(b.text) for b in blocks[:start]]
    opening = {k[:_TRAILING_KEY] for k in above} | set(above)  # (read once: linear in the file)
    titles = [key(it.title)[:_TRAILING_KEY] for it in toc.items]
    below = {key(b.text)[:_TRAILING_KEY] for b in blocks if b.line > toc.end_line}
    return 3 * sum(1 for t in titles if t in opening) >= 2 * len(titles) and not any(t in below for t in titles)


_TRAILING_LOOK = 80  # blocks from the end looked at for a 目录 printed after the entries
_TRAILING_LEAST = 3  # items such a 目录 lists at least, each with its page


def _trailing_toc(blocks: list[Block]) -> Toc | None:
    """A 目录 printed on the last page, after the entries (an extraction that put the cover's back last):
    its heading among the last _TRAILING_LOOK blocks, then _TRAILING_LEAST page lines or more to the end
    of the file, two thirds of its titles or more opening lines above it. The body is the blocks above it
    (`Toc.trailing`: digest.align reads them)."""
    if len(blocks) <= _TRAILING_LOOK:
        return None
    start = next((i for i in range(len(blocks) - 1, len(blocks) - _TRAILING_LOOK - 1, -1)
                  if _TOC_HEAD.match(SYMBOLS.sub("", key(blocks[i].text)))), None)
    if start is None:
        return None
    toc = _read(blocks, start, set())
    if len([it for it in toc.items if it.page is not None]) < _TRAILING_LEAST or not _printed_above(blocks, start, toc):
        return None
    toc.trailing = True
    return toc


_TRAILING_KEY = 8  # characters of an item's title looked for at a line's start above the 目录


_GAP = re.compile(r"(?:[ \u3000]{2,}|\t)[ \t\u3000]*(?=\S)")  # the gap between a two-column 目录's columns
_COLUMN_LOOK = 40  # lines under the 目录's heading looked at for two columns
_COLUMN_LEAST = 3  # lines printing both columns a two-column 目录 holds at least
_COLUMN_SLACK = 3  # display columns the right column's start may stray by
_COLUMN_LEAST_AT = 16  # display columns left of the right column at least (no indent is a column)
_COLUMN_LINE_MOST = 160  # characters of a line of a two-column 目录 at most


def _columns(text: str) -> int:
    """The display columns `text` takes, its trailing spaces included (`display_width` drops them)."""
    return display_width(text + "|") - 1


def _cjk_columns(text: str) -> int:
    """`_columns`, the ambiguous characters (`…`, `·`, `“”`) two as a Chinese font sets them."""
    return display_width(text + "|", cjk=True) - 1


def _columns_unfolded(blocks: list[Block], start: int) -> list[Block]:
    """The blocks with a 目录 printed in two columns side by side (a PDF's text: `【要闻】      【部门动态】`,
    `某某会议召开……1      某局开展检查……5`) read as the columns print it: the left column's lines, then the
    right column's, each half a block of its own source line (a title wrapped inside its column,
    `某某开展“三严三实”第` / `三专题学习研讨……1`, is then two lines in a row as in any 目录). The right column
    starts at one display column on each line (`_COLUMN_SLACK`); _COLUMN_LEAST lines or more print both
    columns, and pages or headings stand on both sides. The blocks unchanged otherwise."""
    end = min(len(blocks), start + 1 + _COLUMN_LOOK)
    best: tuple[int, int, dict[int, tuple[int, int]], Callable[[str], int]] | None = None
    for measure in (_columns, _cjk_columns, len):  # (in display columns, `…` one or two, or in characters)
        gaps: dict[int, list[tuple[int, int, int]]] = {}  # block -> (column of a right half, cut, its start)
        for i in range(start + 1, end):
            raw = blocks[i].raw.expandtabs(4)
            gaps[i] = [] if len(raw) > _COLUMN_LINE_MOST else [  # (a long line is no 目录's: linear in a page)
                (col, m.start(), m.end()) for m in _GAP.finditer(raw, len(raw) - len(raw.lstrip()) + 1)
                if (col := measure(raw[:m.end()])) >= _COLUMN_LEAST_AT]
        columns = Counter(c for got in gaps.values() for c, _a, _b in got)
        if not columns:
            continue
        at = max(columns, key=lambda c: (sum(columns[x] for x in range(c - _COLUMN_SLACK, c + _COLUMN_SLACK + 1)), -c))
        both = {i: (a, b) for i, got in gaps.items() for c, a, b in got[:1] if abs(c - at) <= _COLUMN_SLACK}
        paged = [i for i, (a, b) in both.items()
                 if page_line(blocks[i].raw.expandtabs(4)[:a], loose=False) or page_line(blocks[i].raw.expandtabs(4)[b:], loose=False)]
        if paged:  # (no line of the body below the last paged one: a running head's gap is no column's)
            both = {i: c for i, c in both.items() if i <= max(paged)}
        if best is None or len(both) > best[0]:
            best = (len(both), at, both, measure)
    cuts = _unaligned_cuts(blocks, start)
    if cuts is not None and (best is None or len(cuts) > best[0]):
        return _unaligned_columns(blocks, cuts)  # (lines cut at their own gaps that no one column cuts)
    if best is None or best[0] < _COLUMN_LEAST:
        return blocks
    _n, at, both, measure = best
    first, last = min(both), max(both)
    halves = [(blocks[i].raw.expandtabs(4)[:both[i][0]], blocks[i].raw.expandtabs(4)[both[i][1]:]) for i in both]
    marked = [h for pair in halves for h in pair if page_line(h) is not None or BRACKETED.match(h.strip())]
    if sum(1 for left, _r in halves if page_line(left) or BRACKETED.match(left.strip())) < 2 or \
            sum(1 for _l, right in halves if page_line(right) or BRACKETED.match(right.strip())) < 2 or len(marked) < 4:
        return _unaligned_columns(blocks, cuts) if cuts is not None else blocks
    left, right = _halves(blocks, first, last, both,
                          lambda indent: bool(indent) and measure(indent) >= at - _COLUMN_SLACK)  # (the right's line alone)
    last = _left_goes_on(blocks, last, left)
    return [*blocks[:first], *left, *right, *blocks[last + 1:]]


def _halves(blocks: list[Block], first: int, last: int, cuts: dict[int, tuple[int, int]],
            right_alone: Callable[[str], bool]) -> tuple[list[Block], list[Block]]:
    """The left and the right column's lines of blocks[first..last]: each line cut at its gap (`cuts`: the
    gap's span by block), a line with none the right column's when its indent says so (`right_alone`), else
    the left's; each half a block of its own source line."""
    left: list[Block] = []
    right: list[Block] = []
    for i in range(first, last + 1):
        b = blocks[i]
        raw = b.raw.expandtabs(4)
        if i in cuts:
            parts = (raw[:cuts[i][0]], raw[cuts[i][1]:])
        elif right_alone(raw[:len(raw) - len(raw.lstrip())]):
            parts = ("", raw)
        else:
            parts = (raw, "")
        for half, out in zip(parts, (left, right), strict=True):
            if half.strip():
                out.append(make_block(b.line, half.rstrip()))
    return left, right


# one space or more after a leader's page, words after it: a left column's page, the right's title next
_PAGE_GAP = re.compile(r"(?<=[" + re.escape(_LEADER_CHARS) + r"]{2}\s{0,2}\d{1,3})[ \t\u3000]+(?=[^\s\d.．])")


def _left_goes_on(blocks: list[Block], last: int, left: list[Block]) -> int:
    """The left column going on alone below the last line printing both (`last`): a wrapped title's end
    (`长7.2%……4`) or more of its titles, each a line at the margin ending in its page (or two, the first
    with none: a title wrapped), appended to `left`; the new last line's index."""
    def paged(k: int) -> bool:
        return k < len(blocks) and not blocks[k].raw[:1].isspace() and page_line(blocks[k].text) is not None

    while left:
        if paged(last + 1):
            take = 1
        elif paged(last + 2) and not blocks[last + 1].raw[:1].isspace() and page_line(blocks[last + 1].text) is None:
            take = 2
        else:
            break
        left.extend(blocks[last + 1:last + 1 + take])
        last += take
    return last


def _unaligned_cuts(blocks: list[Block], start: int) -> dict[int, tuple[int, int]] | None:
    """Where a 目录 in two columns side by side that a copy left unaligned (the right column's text a few
    spaces after wherever the left line ends: `黎某调研重点项目建设和防汛准备   业……4`) cuts its lines: by
    block index, the span of each line's first gap of two spaces or more (or of one space or more right
    after a leader's page, `…举行……2　部分…`: `_PAGE_GAP`), from the first such line to the
    last with a page on either side. None unless _COLUMN_LEAST lines or more print a page right before the
    gap (`…会谈……1    市12345热线…`) and as many end in a page after it."""
    end = min(len(blocks), start + 1 + _COLUMN_LOOK)
    cut: dict[int, tuple[int, int]] = {}
    left: set[int] = set()  # lines printing a page right before their gap
    right: set[int] = set()  # and after it, at their end
    for i in range(start + 1, end):
        raw = blocks[i].raw.expandtabs(4)
        m = _GAP.search(raw, len(raw) - len(raw.lstrip()) + 1) if len(raw) <= _COLUMN_LINE_MOST else None
        p = _PAGE_GAP.search(raw) if len(raw) <= _COLUMN_LINE_MOST else None
        if p is not None and (m is None or p.start() < m.start()):
            m = p  # (`…举行……2　部分农村…7`: one space after the left's page)
        if m is not None and has_words(raw[:m.start()]):
            cut[i] = (m.start(), m.end())
            if page_line(raw[:m.start()], loose=False):
                left.add(i)
            if page_line(raw[m.end():], loose=False):
                right.add(i)
    if len(left) < _COLUMN_LEAST or len(right) < _COLUMN_LEAST:
        return None
    last = max(left | right)  # (no line of the body below: a running head's gap is no column's)
    return {i: c for i, c in cut.items() if i <= last}


def _unaligned_columns(blocks: list[Block], cut: dict[int, tuple[int, int]]) -> list[Block]:
    """The blocks with an unaligned two-column 目录 (`_unaligned_cuts`) read as its columns print it, as
    `_columns_unfolded` reads an aligned one: each line cut at its gap, the left column's lines first, then
    the right's. A line with no gap is the left column's (`_left_goes_on` below the last line of both), or
    the right's when indented as far as a column."""
    first, last = min(cut), max(cut)
    left, right = _halves(blocks, first, last, cut, lambda indent: _columns(indent) >= _COLUMN_LEAST_AT)
    last = _left_goes_on(blocks, last, left)
    return [*blocks[:first], *left, *right, *blocks[last + 1:]]


# a 目录 line that prints its page first: `1　市政府召开常务会议`, `12 某局开展检查`
_PAGE_FIRST = re.compile(r"^\s*(?P<p>\d{1,3})[ \t\u3000]+(?P<t>[^\s\d.．、,，)）].*?)\s*$")
_PAGE_FIRST_LEAST = 3  # such lines a 目录 prints before it is read so
_PAGE_FIRST_LOOK = 80  # lines under the 目录's heading looked at
_PAGE_FIRST_REST = 20  # characters of a title's rest wrapped onto the next line, indented (`　　工作`)


def _pages_last(blocks: list[Block], start: int) -> list[Block]:
    """The blocks with a 目录 that prints each page before its title (`1　市政府召开常务会议`) written as
    the rules read one (`市政府召开常务会议……1`): _PAGE_FIRST_LEAST such lines or more under its heading,
    more than lines ending in a page. A title's rest wrapped onto the line under it, indented and short
    (`3　某局部署春季植树造林暨森林防火` / `　　工作`), joins it (that line leaves the copy: the rules read
    line numbers, never positions). The blocks unchanged otherwise."""
    window = range(start + 1, min(len(blocks), start + 1 + _PAGE_FIRST_LOOK))
    first = {i: m for i in window if (m := _PAGE_FIRST.match(blocks[i].text)) and has_words(m.group("t"))
             and page_line(m.group("t"), loose=False) is None and len(key(blocks[i].text)) <= 60}
    if len(first) < _PAGE_FIRST_LEAST or len(first) <= sum(1 for i in window if page_line(blocks[i].text, loose=False)):
        return blocks
    out: list[Block] = []
    skip = -1
    for i, b in enumerate(blocks):
        if i == skip:
            continue
        m = first.get(i)
        if m is None:
            out.append(b)
            continue
        title = m.group("t")
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if (nxt is not None and i + 1 not in first and nxt.raw[:1] in " \t\u3000" and has_words(nxt.text)
                and len(key(nxt.text)) <= _PAGE_FIRST_REST and not _is_heading_like(nxt) and page_line(nxt.text) is None):
            title, skip = title + nxt.text.strip(), i + 1
        out.append(replace(b, text=f"{title}……{m.group('p')}", raw=f"{title}……{m.group('p')}"))
    return out


def _wrap_end(blocks: list[Block], i: int) -> int | None:
    """Where a title wrapped from line i ends: the index of the next line that carries a page, when
    at most two more unmarked, unfinished lines stand between; else None. A line ending in its leader
    (`…安全工作………………`, its page lost) is whole; a heading in brackets (`【经验交流】`) goes on with none."""
    if _ends_in_leader(blocks[i].text):  # (its page alone on the next line is `item_with_page_on_next_line`'s)
        return None
    for k in range(i + 1, min(i + 4, len(blocks))):
        if page_line(blocks[k].text):
            return k
        b = blocks[k]
        if _BARE_PAGE.match(b.text):
            return None
        if (b.level or b.bold or any(c in b.raw for c in DECOR) or ends_full_stop(b.text) or len(key(b.text)) > 40
                or BRACKETED.match(b.text.strip())):
            return None
    return None


_DOTS = frozenset(".．。·・•…⋯‥")
_DASHES = frozenset("—–_")
_LEADER_RUN_LEAST = 4  # leader characters a title's leader run out with no page ends in
# a leader inside a 目录 title with a few words after it: the speaker or the unit a 发言摘登's 目录 prints between the
# title and its page (`关于…的建议……民建某市委员会　某某（1）`)
_SPEAKER_AFTER_LEADER = re.compile(r"[.．。·・•…⋯‥]{2,}\s*[\p{Han}·（()）\s　]{2,40}$")
_LEAST_SPOKEN_TITLE = 6  # key characters of the title before such a speaker


def _ends_in_leader(text: str) -> bool:
    """Does a line end in a leader run out with no page (`…安全工作………………`, `…工作————`)? Read from the
    line's end (a pattern searched from every start would be quadratic in a line of dots)."""
    t = text.rstrip()
    kind = _DOTS if t[-1:] in _DOTS else _DASHES if t[-1:] in _DASHES else None
    n = 0
    for ch in reversed(t) if kind else ():
        if ch in kind:
            n += 1
            if n >= _LEADER_RUN_LEAST:
                return True
        elif not (kind is _DOTS and ch.isspace()):
            return False
    return False


def _own_title(prefixes: list[str], i: int, k: str, joined: str | None) -> bool:
    """Does a later paragraph start with this 目录 line alone (and none with it joined to the next)?
    Then the line is a title of its own printed without a page, not the head of a wrapped title.
    `prefixes[j]` is key() of paragraph j's first characters."""
    later = prefixes[i + 2:]
    if joined is not None and any(x.startswith(joined[: len(joined) - 2]) for x in later):
        return False
    return any(x.startswith(k) and len(x) > len(k) + 4 for x in later)


def _standalone_keys(blocks: list[Block]) -> set[str]:
    """Short lines printed on their own at least twice (once in the 目录, once in the body): headings."""
    seen: dict[str, int] = {}
    for b in blocks:
        if len(b.text) > 40:
            continue
        name = clean_heading(b.text)
        if name and len(name) <= 10:
            seen[name] = seen.get(name, 0) + 1
    return {k for k, v in seen.items() if v >= 2}


# ---------------------------------------------------------------------------------------------------
# Reading the 目录: one rule per kind of line, tried in this order on each line (like markdown-it's block
# rules). A rule returns the number of lines it took, 0 when the 目录 ends at this line, or None when
# the line is not its kind. Which headings are sections is decided afterwards, from the whole 目录.


class _Reader:
    """The state the line rules share while reading one 目录."""

    def __init__(self, blocks: list[Block], start: int, standalone: set[str]) -> None:
        self.blocks = blocks
        self.running = running_heads(blocks)  # lines of running heads beside page numbers, in the whole issue
        self.i = start + 1
        self.standalone = standalone
        head_line = blocks[start].line if start >= 0 else blocks[0].line
        self.toc = Toc(start_line=head_line, end_line=head_line)
        self.events: list[TocItem | TocHeading] = []  # items and headings in 目录 order
        self.pending: list[Block] = []  # the head lines of a wrapped title, waiting for the line with the page
        self.read_titles: set[str] = set()
        self.read_title_keys: set[str] = set()  # title_key() of each: without its list number or bullet
        self.first_item_key: str | None = None
        self.first_heading: str | None = None
        self.no_page_lines: list[tuple[int, str]] = []  # (line, text) of the items read without a page
        self.no_page_width = (0, 0)  # (how many of no_page_lines are measured, the longest key among them)
        self._prefixes: list[str] | None = None
        self._counts: Counter[str] | None = None
        self._titles: dict[str, list[int]] | None = None
        self._headings: dict[str, list[int]] | None = None
        self._heading_lines: dict[str, list[int]] | None = None
        self.numbered_items = False  # an item read opens with an ordinal (`一、某县召开会议……2`)
        self._by_line: dict[int, str] | None = None

    @property
    def last_kind(self) -> str:
        if not self.events:
            return ""
        return "item" if isinstance(self.events[-1], TocItem) else "heading"

    def prefixes(self) -> list[str]:
        """key() of every paragraph's first 120 characters, computed once, when first needed."""
        if self._prefixes is None:
            self._prefixes = [key(b.text[:120]) for b in self.blocks]
        return self._prefixes

    def printed_again(self, k: str) -> bool:
        """Is a paragraph whose key() is k printed twice or more in the document?"""
        if self._counts is None:
            self._counts = Counter(self.prefixes())
        return self._counts[k] >= 2

    def heading_after(self, name: str) -> int | None:
        """The first block after this line whose heading's name (`clean_heading`, keyed) is `name`, read from an
        index of the short lines built once, when first needed."""
        if self._headings is None:
            self._headings = {}
            for n, b in enumerate(self.blocks):
                if len(b.text) <= _HEADING_LINE_MOST:
                    self._headings.setdefault(key(clean_heading(b.text)), []).append(n)
        return next((n for n in self._headings.get(name, ()) if n > self.i), None)

    def printed_as_title(self, k: str) -> bool:
        """Is k (a 目录 line's `title_key`) printed again after this line as a paragraph of its own, once
        or twice (a running head is printed on every page: three times and more)?"""
        if self._titles is None:
            self._titles = {}
            for n, b in enumerate(self.blocks):
                if len(b.text) <= 80:
                    self._titles.setdefault(title_key(b.text), []).append(n)
        later = [n for n in self._titles.get(k, ()) if n > self.i]
        return 1 <= len(later) <= 2

    def line_text(self, line: int) -> str:
        """The text of the block read at `line` (a 目录 line), "" when none is."""
        if self._by_line is None:
            self._by_line = {b.line: b.text for b in self.blocks}
        return self._by_line.get(line, "")

    def add_item(self, title: str, page: int | None, line: int, line_end: int) -> None:
        title = _SENDER_AFTER.sub("", title.strip()) or title.strip()  # `某某工作取得新进展（县发改局）`: who sent it
        title = title.rstrip(_TITLE_TAIL) or title  # (`某某工作……` / `…………7`: the leader its page's line goes on with)
        if (m := _SPEAKER_AFTER_LEADER.search(title)) is not None and len(key(title[:m.start()])) >= _LEAST_SPOKEN_TITLE:
            title = title[:m.start()]  # (`关于…的建议……民盟某市委员会　某某（3）`: who gave the speech, after the leader)
        it = TocItem(title=title, page=page, section=None, subsection=None, line=line, line_end=line_end)
        self.toc.items.append(it)
        self.events.append(it)
        if self.first_item_key is None:  # (without its list number: `1．某某主持召开…` over the body's `某某主持召开…`)
            self.first_item_key = title_key(title)
        self.read_titles.add(key(title))
        self.read_title_keys.add(title_key(title))
        self.numbered_items = self.numbered_items or _opens_with_ordinal(title)
        self.toc.end_line = max(self.toc.end_line, line_end)


# the unit that sent an item, in brackets after its title in the 目录 (`…取得新进展（县发改局）……3`, `（青禾镇）`):
# no word of the title the body prints over the item
_SENDER_AFTER = re.compile(r"[（(]\p{Han}{1,20}(?:" + UNIT_ENDS + r"|镇|乡|街道|社区|村|县|区|市|旗)[)）]$")


def body_begins_at_the_first_heading_again(r: _Reader, b: Block, pl: tuple[str, int] | None) -> int | None:
    """The 目录's first heading printed again (without a page): the body begins."""
    if r.toc.items and pl is None and r.first_heading and clean_heading(b.text) == r.first_heading:
        return 0
    return None


def body_begins_at_the_first_title_again(r: _Reader, b: Block, pl: tuple[str, int] | None) -> int | None:
    """A long line starting with the 目录's first title: the body's first entry; not the head of a title
    the 目录 wrapped (the page on a line under it) that opens with the same words (`某县人大常委会第三十九次
    会议召开` / `某县人大常委会第三十九次会议通过的人事任免` + `名单……3`), or with the whole first title."""
    k = title_key(b.text)
    if (r.toc.items and pl is None and r.first_item_key and len(k) > 12 and k.startswith(r.first_item_key[:12])
            and _wrap_end(r.blocks, r.i) is None):
        return 0
    return None


def body_begins_at_prose(r: _Reader, b: Block, pl: tuple[str, int] | None) -> int | None:
    """A line too long to be a 目录 line: body prose."""
    return 0 if pl is None and len(key(b.text)) > 70 else None


def body_begins_at_a_title_printed_again(r: _Reader, b: Block, pl: tuple[str, int] | None) -> int | None:
    """A 目录 title printed again (the body begins with no section heading before it), also without the
    list number the 目录 prints before it (`一、某县召开会议` over the body's `某县召开会议`)."""
    k = key(b.text)
    if not r.toc.items or pl is not None or len(k) < 4:
        return None
    if any(k[j:] in r.read_titles for j in range(1, len(k) - _LEAST_TITLE_AGAIN + 1)):
        return 0  # the body prints it with its issuer before it (`第五次常务会议纪要` / `某县人民政府第五次常务会议纪要`)
    return 0 if k in r.read_titles or (len(k) > 4 and title_key(b.text) in r.read_title_keys) else None


_LEAST_TITLE_AGAIN = 6  # characters of a 目录 title the body prints at the end of a longer one


def item_with_page(r: _Reader, b: Block, pl: tuple[str, int] | None) -> int | None:
    """`title..... 12`: an item (joined to the head lines of a wrapped title before it)."""
    if pl is None:
        return None
    title, page = pl
    line0 = b.line
    if r.pending:
        title = "".join(strip_markup(p.text) for p in r.pending) + title
        line0 = r.pending[0].line
        r.pending = []
    r.add_item(title, page, line0, b.line)
    return 1


def running_head(r: _Reader, b: Block, pl: tuple[str, int] | None) -> int | None:
    """A running head printed beside the page numbers (`— 2 —` / `政务信息`, `digest.blocks.running_heads`)
    where a page of the 目录 breaks: skipped, neither a heading nor an item."""
    if pl is not None or b.line not in r.running:
        return None
    r.toc.end_line = b.line
    return 1


def separator_line(r: _Reader, b: Block, pl: tuple[str, int] | None) -> int | None:
    """A line without words (`-----  ---`), or the head row of a 目录 printed as a table (`序号　标题　页码`):
    skipped."""
    if has_words(b.text) and not _TABLE_HEAD.match(key(b.text)):
        return None
    r.toc.end_line = b.line
    return 1


# an editor's note listed in a 目录 without its page (`编者按`, `卷首语`), over the sections: the note the body prints
# before its first item, no section and no item of the 目录
_EDITORS_NOTE = re.compile(r"^[【\[]?(?:编者按|编者的话|编者按语|卷首语|按语|编后语?|编首语)[】\]]?$")


def editors_note_line(r: _Reader, b: Block, pl: tuple[str, int] | None) -> int | None:
    """A 目录 line that names an editor's note alone, with no page (`编者按`): skipped, no heading (it would stand over
    the 目录's numbered sections and be read as theirs) and no item (the body runs its note into a paragraph)."""
    if pl is not None or not _EDITORS_NOTE.match(key(b.text)):
        return None
    r.toc.end_line = b.line
    return 1


_TABLE_HEAD = re.compile(r"^(?:序号|编号)?(?:栏目|类别|分类|版块|专栏)?(?:标题|题目|篇目|文章标题|信息标题)(?:页码|页次|页号)?$")


_CELL_PAGE = re.compile(r"^\d{1,3}$")
_LABEL_MARKS = re.compile(r"[。，,；;：:！？!?、]")  # (a cell holding one is a title's words, no section's name)
_CELL_PARTS = re.compile(r"[·•・/／]")  # (`工作动态·经济运行`: a section's cell naming its subsection too)


def table_row_with_section(r: _Reader, b: Block, pl: tuple[str, int] | None) -> int | None:
    """A row of a 目录 printed as a Markdown table of three columns, section, title and page (`| 领导活动 |
    某某到某县调研 | 3 |`): the section's cell (filled on its first row only; `工作动态·经济运行` names a
    subsection too) is a heading over the item the row gives."""
    raw = b.raw.strip()
    if not (raw.startswith("|") and raw.endswith("|")):
        return None
    cells = [strip_markup(c).strip() for c in raw.strip("|").split("|")]
    if len(cells) != 3 or not cells[0] or not cells[1] or not _CELL_PAGE.match(cells[2]):
        return None
    label = "".join(cells[0].split())
    if len(label) > 16 or not has_words(label) or label.isdigit() or _opens_with_ordinal(label) \
            or _LABEL_MARKS.search(label) or _TABLE_HEAD.match(key(b.text)):
        return None  # (a row's number, `| 1 | 标题 | 3 |`, is no section)
    parts = [p for p in _CELL_PARTS.split(label) if p][:2]
    last = next((h for h in reversed(r.toc.headings) if h.marker == "table"), None)
    if last is None or last.name != parts[0]:
        _add_heading(r, b, parts[0], "table")
    if len(parts) > 1:
        _add_heading(r, b, parts[1], "")
    r.add_item(cells[1], int(cells[2]), b.line, b.line)
    return 1

def item_with_page_on_next_line(r: _Reader, b: Block, pl: tuple[str, int] | None) -> int | None:
    """A title whose page (and leader) wrapped onto a line of its own under it; or a title wrapped onto a
    short line of its own and then its page (a 目录 table's cell, `某区与某集团签署战略合作` / `协议` / `1`)."""
    nxt = r.blocks[r.i + 1] if r.i + 1 < len(r.blocks) else None
    bare = _BARE_PAGE.match(nxt.text) if nxt is not None and not r.pending else None
    if bare and nxt is not None and len(key(b.text)) > 4 and not _is_heading_like(b):
        r.add_item(strip_markup(b.text), int(bare.group(1)), b.line, nxt.line)
        return 2
    after = r.blocks[r.i + 2] if r.i + 2 < len(r.blocks) else None
    if (nxt is not None and after is not None and not r.pending and bare is None and pl is None
            and len(key(b.text)) > 4 and not _is_heading_like(b) and not _marked(nxt)
            and len(key(nxt.text)) <= _TITLE_REST and not ends_full_stop(nxt.text) and page_line(nxt.text) is None
            and (last := _BARE_PAGE.match(after.text)) is not None):
        r.add_item(strip_markup(b.text) + strip_markup(nxt.text).strip(), int(last.group(1)), b.line, after.line)
        return 3
    return None


_TITLE_REST = 12  # characters of a title's rest wrapped onto a short line over its page

_WIDE_GAP_IN = re.compile(r"\S(?:[ \t]{2,}|\u3000{2,})\S")  # (fields a wide gap apart: a running head's)
_PAGE_ALONE = re.compile(r"^\s*(\d{1,3})\s*$")
_MOST_COLUMN_LINES = 40  # lines of titles and headings over a column of their pages


def items_over_their_pages(r: _Reader, b: Block, pl: tuple[str, int] | None) -> int | None:
    """Titles printed without their pages, the pages after them in a column of their own, as a PDF's text
    gives a 目录 set in a table (`三、社会事业` / `〔教育〕` / `某局举办…` / `〔卫生健康〕` / `某局启动…` / `4` / `4`):
    each title takes the page of its rank in the column, the headings between them staying headings. Read
    only when the column holds as many pages as there are titles, never fewer than the last page read."""
    if pl is not None or r.pending:
        return None
    blocks, k = r.blocks, r.i
    titles: list[int] = []
    while k < len(blocks) and k - r.i < _MOST_COLUMN_LINES and not _PAGE_ALONE.match(blocks[k].text):
        bk = blocks[k]
        if page_line(bk.text) is not None or not has_words(bk.text) or ends_full_stop(bk.text):
            return None
        if not _is_heading_like(bk):
            if len(key(bk.text)) <= 4:
                return None
            titles.append(k)
        k += 1
    pages: list[int] = []
    while k < len(blocks) and (m := _PAGE_ALONE.match(blocks[k].text)) is not None:
        pages.append(int(m.group(1)))
        k += 1
    last = max((it.page for it in r.toc.items if it.page is not None), default=0)
    if len(pages) < 2 or len(pages) != len(titles) or pages != sorted(pages) or pages[0] < last:
        return None
    at = dict(zip(titles, pages, strict=True))
    for j in range(r.i, titles[-1] + 1):
        bj = blocks[j]
        if j in at:
            r.add_item(strip_markup(bj.text).strip(), at[j], bj.line, bj.line)
        else:
            _add_heading(r, bj, clean_heading(bj.text), _marker(bj))
    r.toc.end_line = blocks[k - 1].line
    return k - r.i


def heading_line(r: _Reader, b: Block, pl: tuple[str, int] | None) -> int | None:
    """A section or subsection line (`◆◆◆ 时 政 ◆◆◆`, `## 时政`, `**领导活动**`, `【福州市】`, `一、综合信息`,
    a bare `领导活动`): short, no sentence end, and marked, known, printed again in the body, or standing
    over the next item. Its kind (section or subsection) is decided later (`decide_heading_kinds`)."""
    name = clean_heading(b.text)
    nxt = r.blocks[r.i + 1] if r.i + 1 < len(r.blocks) else None
    nxt_page = page_line(nxt.text) if nxt is not None else None
    paged = bool(r.toc.items) and all(it.page is not None for it in r.toc.items[-_PAGED_ITEMS:])
    if not _is_heading_like(b) and not (paged and b.text.lstrip()[:1] in _ITEM_BULLETS and pl is None
                                        and _LONG_HEADING_MOST >= len(name) > 0 and not ends_full_stop(name)
                                        and _over_an_item(r, nxt_page)):
        return None  # (a marked line longer than a section's name, no page, over an item with one, in a 目录 whose
        # items print their pages: a subsection named by its meeting, `◇县某届人大常委会第十六次会议`)
    confirmed = name in r.standalone or name in KNOWN_SUBSECTIONS or name in KNOWN_SECTIONS
    after_item = bool(r.toc.items) and r.last_kind == "item"
    marker = _marker(b)
    if (after_item and paged and pl is None and nxt is not None and nxt_page is None and _marked(nxt)
            and not _marked(b) and len(name) <= 8 and any(h.marker == marker for h in r.toc.headings)
            and _one_more_bulleted_item(r, b, name) is False):  # (a bare heading read before: `重要文件`; not a
        # title's tail over a framed section, `…整体提升……16` / `工作` / `◆◆◆ 经 济 ◆◆◆`)
        _add_heading(r, b, name, marker)  # (`…工作要点……1` / `常委会会议` / `◇某某会议` / items: a section's name
        return 1  # over a marked subsection, no tail of the item above)
    # a sibling: drawn like an earlier heading and named alike (栖云县 … 松岗县, both bare, both …县)
    sibling = len(name) >= 2 and any(h.marker == marker and h.name[-1] == name[-1] and abs(len(h.name) - len(name)) <= 1
                                     for h in r.toc.headings)
    # (or, in a 目录 whose items print their pages, a short line drawn like two headings or more before it:
    # `重要文件`, `常委会会议` … `常委会工作`, `代表工作`, each over items with pages)
    sibling = sibling or (paged and len(name) <= _SHORT_SIBLING and not _marked(b)
                          and sum(1 for h in r.toc.headings if h.marker == marker) >= 2)
    if not (_marked(b) or confirmed or not r.toc.items or (nxt_page is not None and (not after_item or sibling))):
        return None
    if name not in KNOWN_SECTIONS and name not in KNOWN_SUBSECTIONS and _one_more_bulleted_item(r, b, name):
        return None
    _add_heading(r, b, name, marker)
    return 1


def _over_an_item(r: _Reader, nxt_page: tuple[str, int] | None) -> bool:
    """Does an item with its page stand right under the line (_LEAST_ITEM_UNDER characters or more: a shorter one is a
    title's tail, `一行……1`), or under the line after it (an item wrapped over two lines)?"""
    return ((nxt_page is not None and len(key(nxt_page[0])) >= _LEAST_ITEM_UNDER)
            or (nxt_page is None and r.i + 2 < len(r.blocks) and page_line(r.blocks[r.i + 2].text) is not None))


_BULLETED_RUN = 1  # the items right before a line, each opening with its bullet, that make it one more
_PAGED_ITEMS = 3  # the last items of a 目录 whose pages say it prints them (`heading_line`)
_SHORT_SIBLING = 6  # characters of a bare line read as one more heading of a 目录 whose items print their pages
_LEAST_ITEM_UNDER = 6  # characters of the item under a long bulleted heading (a shorter line is a title's tail: `一行……1`)
_LONG_HEADING_MOST = 24  # characters of a marked subsection line naming a meeting, over items with pages


def _one_more_bulleted_item(r: _Reader, b: Block, name: str) -> bool:
    """Is the line one more title of a list of bulleted titles (`◆ 某县召开会议` after one or more such
    items: `◆ “泥腿子书记”某某`), not a heading marked with the same bullet? The bullet opens the line
    alone (not a frame: `◆◆◆ 时政 ◆◆◆`), the name is longer than a section's (seven characters or more:
    `◆ 领导活动` stays a heading) and the last items read were lines opening with the same bullet."""
    text = strip_markup(b.raw).strip(" \t\u3000*#")
    bullet = text[:1]
    if bullet not in _ITEM_BULLETS or text[1:2] in _ITEM_BULLETS or text[-1:] in _ITEM_BULLETS or len(name) <= 6:
        return False
    last = r.events[-_BULLETED_RUN:]
    return (len(last) == _BULLETED_RUN and all(isinstance(e, TocItem) for e in last)
            and all(r.line_text(e.line).lstrip(" \t\u3000*#")[:1] == bullet for e in last))


def _add_heading(r: _Reader, b: Block, name: str, marker: str) -> None:
    h = TocHeading(name=name, kind="", line=b.line, marker=marker, markup=(b.level, _bold(b)))
    r.toc.headings.append(h)
    r.events.append(h)
    if r.first_heading is None:
        r.first_heading = name
    r.toc.end_line = b.line


def _opens_with_ordinal(text: str) -> bool:
    """Does the line open with a Chinese ordinal (`一、`, `（一）`), whatever markdown it carries?"""
    t = strip_markup(text)
    return bool(ORDINAL.match(t) or PAREN_ORDINAL.match(t))


def _ordinal_heading_name(r: _Reader, n: int) -> str | None:
    """The name of blocks[n] when it is a 目录 line drawn as a numbered heading with its page: it opens
    with an ordinal (`一、运行综述\t1`, `（一）领导活动……1`) and, without the page, is heading-like
    (short, no sentence end); else None."""
    b = r.blocks[n]
    pl = page_line(b.text)
    if pl is None or not _opens_with_ordinal(b.text):
        return None
    name = clean_heading(pl[0])
    if not name or _opens_with_ordinal(name) or len(name) > 10 or ends_full_stop(name):
        return None  # (an ordinal still there: it was all the line held)
    return name


def printed_as_heading_later(r: _Reader, name: str) -> bool:
    """Is `name` printed after the current 目录 line as a body line of its own, once or twice, in any
    frame or markup (`# 一、运行综述`, `**运行综述**`, `一、运行综述`)? Computed once per document."""
    if r._heading_lines is None:
        r._heading_lines = {}
        for n, b in enumerate(r.blocks):
            if len(b.text) <= 40:
                r._heading_lines.setdefault(clean_heading(b.text), []).append(n)
    later = [n for n in r._heading_lines.get(name, ()) if n > r.i]
    return 1 <= len(later) <= 2


def ordinal_heading_with_page(r: _Reader, b: Block, pl: tuple[str, int] | None) -> int | None:
    """A section line that prints its page like the items, as Word's generated 目录 does for every
    heading level: `一、运行综述\t1` over unnumbered items (`工业生产保持较快增长\t2`). It opens with an
    ordinal (一、, （一）), is short, the first line under it (past numbered heading lines under it:
    `（一）领导活动\t1` under `一、综合信息\t1`) is an item without an ordinal, and the body prints its
    words again as a line of their own (`# 一、运行综述`). A 目录 whose items are numbered
    (`一、某县召开会议……2` over `二、…`) has no unnumbered item under such a line, and once it has read
    one numbered item its short numbered lines are items too: its lines stay items."""
    name = _ordinal_heading_name(r, r.i) if pl is not None and not r.pending and not r.numbered_items else None
    if name is None or not printed_as_heading_later(r, name):
        return None
    j = r.i + 1
    while j < len(r.blocks) and j - r.i <= 3 and _ordinal_heading_name(r, j) is not None:
        j += 1
    if j >= len(r.blocks):
        return None
    nxt = r.blocks[j]
    if _opens_with_ordinal(nxt.text) or not (page_line(nxt.text) or _wrap_end(r.blocks, j) is not None):
        return None
    _add_heading(r, b, name, _marker(b))
    return 1


def framed_heading_with_page(r: _Reader, b: Block, pl: tuple[str, int] | None) -> int | None:
    """A section line framed as the 目录's sections are and printing a page like the items (`【信息简讯】……8`
    after `【部门动态】`, `【县区动态】` printed bare): a section whose items the 目录 does not list (a column of
    briefs; the body's run-in titles are its entries), when two sections or more framed in 【】 were read before it
    and the body prints two briefs or more with run-in titles (`BULLET_RUN_IN`) right under its name; over untitled
    briefs it stays an item, the column one entry."""
    if pl is None or r.pending:
        return None
    m = BRACKETED.match(pl[0].strip())
    if m is None or not has_words(m.group("n")) or sum(1 for h in r.toc.headings if h.marker == "bracket") < 2:
        return None
    at = r.heading_after(key(m.group("n")))
    under = r.blocks[at + 1:at + 1 + _RUN_IN_LOOK] if at is not None else []
    if sum(1 for x in under if BULLET_RUN_IN.match(x.text.strip())) < 2:
        return None  # (`【简　讯】……8` over untitled items, `◆9月11日，…`: one entry, the 目录's item)
    _add_heading(r, b, clean_heading(pl[0]), "bracket")
    r.toc.headings[-1].page = pl[1]
    return 1


_HEADING_LINE_MOST = 40  # characters of a line that may be a section's heading in the body
_RUN_IN_LOOK = 4  # lines under a framed section's name in the body looked at for its briefs' run-in titles


def wrapped_title_head(r: _Reader, b: Block, pl: tuple[str, int] | None) -> int | None:
    """The first line(s) of a title wrapped over two or three lines; the last one carries the page."""
    i = r.i
    end = _wrap_end(r.blocks, i)
    if end is None or len(key(b.text)) <= 4:
        return None
    tail = page_line(r.blocks[end].text)
    joined = key("".join(strip_markup(x.text) for x in r.blocks[i:end]) + (tail[0] if tail else ""))
    if _own_title(r.prefixes(), i, key(b.text), joined):
        return None
    r.pending = r.blocks[i:end]
    r.toc.end_line = r.blocks[end - 1].line
    return end - i


def item_with_lost_page(r: _Reader, b: Block, pl: tuple[str, int] | None) -> int | None:
    """A title and its leader run out to the margin with no page after it (`…安全工作………………`: the page
    lost to a scan or a copy): an item with no page, reported as one; or with the page the running head
    under it opens with (`４某某政务信息　2016年第9期`)."""
    nxt = r.blocks[r.i + 1].text if r.i + 1 < len(r.blocks) else ""
    if (pl is None and not r.pending and not _ends_in_leader(b.text) and nxt and _ends_in_leader(nxt)
            and page_line(nxt) is None and not _is_heading_like(b) and len(key(b.text)) > 4
            and 0 < len(key(strip_markup(nxt).strip().rstrip(_TITLE_TAIL))) <= _TITLE_REST
            and (after := r.blocks[r.i + 2].text if r.i + 2 < len(r.blocks) else "") is not None
            and not _BARE_PAGE.match(after)):  # (`某某签署校地合作` / `协议…………`: a title wrapped, its page lost)
        title = strip_markup(b.text).strip() + strip_markup(nxt).strip().rstrip(_TITLE_TAIL)
        r.no_page_lines.append((b.line, b.text))
        r.add_item(title, None, b.line, r.blocks[r.i + 1].line)
        return 2
    if pl is not None or r.pending or not _ends_in_leader(b.text) or _BARE_PAGE.match(nxt):
        return None  # (its page alone on the next line: `item_with_page_on_next_line`)
    title = strip_markup(b.text).strip().rstrip(_TITLE_TAIL)
    if len(key(title)) <= 4 or _is_heading_like(b):
        return None
    run_on = _PAGE_THEN_HEAD.match(nfkc(nxt))
    if run_on:  # `４岚阳政务信息　　2016年第9期`: its page run into the running head under it
        r.add_item(title, int(run_on.group(1)), b.line, r.blocks[r.i + 1].line)
        return 2
    r.no_page_lines.append((b.line, b.text))
    r.add_item(title, None, b.line, b.line)
    return 1


# a page number run into the running head after it, which prints the issue's year or number
_PAGE_THEN_HEAD = re.compile(r"^\s*(\d{1,3})\s*(?=\p{Han}[^。，；！？]{1,80}?(?:\d{4}\s*年|第\s*\d{1,4}\s*期))")


def item_without_page(r: _Reader, b: Block, pl: tuple[str, int] | None) -> int | None:
    """A 目录 line printed without its page: the body prints it as a title of its own (or, the last item over
    the next heading, as a line alone: `关于某某的调查与思考` / `【信息快讯】`, a report's title over its text)."""
    k = key(b.text)
    nxt = r.blocks[r.i + 1] if r.i + 1 < len(r.blocks) else None
    if len(k) <= 4 or not (_own_title(r.prefixes(), r.i, k, None) or (
            nxt is not None and _is_heading_like(nxt) and _marker(nxt) and k in r.prefixes()[r.i + 2:]
            and _ISSUE_NO.search(k) is None and not _WIDE_GAP_IN.search(b.text.strip()))):  # (not a running head:
        return None  # `某某政务信息　　　　2024年第7期`, printed again over each page)
    r.no_page_lines.append((b.line, b.text))
    r.add_item(b.text, None, b.line, b.line)
    return 1


_LIST_MARK = re.compile(r"^(?:\d{1,3}\s{0,3}[.．、](?![\d０-９])|[(（]\s{0,3}\d{1,3}\s{0,3}[)）]"
                        r"|[一二三四五六七八九十]{1,3}[、.．])")
_BULLETS = re.compile(f"[{DECOR}]")


def title_key(text: str) -> str:
    """key() of a title without the list number or bullet before it (`1.某县召开会议`, `一、某县召开会议`,
    `◎某县召开会议` -> 某县召开会议): what a 目录 line and the body's title of the same entry have in common."""
    k = key(text)
    m = _LIST_MARK.match(k)
    return k[m.end():] if m else k


def _bulleted_titles(text: str) -> list[str]:
    """The titles of a 目录 line that prints two or more, each after a bullet
    (`●甲县召开会议　　●乙镇新建茶厂` -> [甲县召开会议, 乙镇新建茶厂]); [] for a line of one."""
    if len(_BULLETS.findall(text)) < 2 or not _BULLETS.match(text.lstrip()):
        return []
    parts = [p.strip(" \t\u3000") for p in _BULLETS.split(text)]
    return [p for p in parts if p]


def items_printed_again(r: _Reader, b: Block, pl: tuple[str, int] | None) -> int | None:
    """A 目录 line without a page whose title the body prints again as a paragraph of its own
    (`1.某县召开会议` or `◎某县召开会议` over the body's `某县召开会议`): an item; a line of two bulleted
    titles (`●甲…　　●乙…`) is two, when the body prints each. A 工作简报's 目录 often prints no pages; in
    a 目录 that prints them (an item with a page read already) a line without one is not read so: there the
    body may begin with a line it prints again (`item_without_page` reads a title running on)."""
    if any(it.page is not None for it in r.toc.items):
        return None
    titles = _bulleted_titles(b.text) or [b.text]
    keys = [title_key(t) for t in titles]
    if any(len(k) <= 4 or _ISSUE_NO.search(k) or not (r.printed_as_title(k) or _numbered_between(r, b)) for k in keys):
        return None
    for t in titles:
        title = _BULLETS.sub("", t, count=1) if _BULLETS.match(t.lstrip()) else t
        r.add_item(title.strip(), None, b.line, b.line)
        r.no_page_lines.append((b.line, b.text))
    return 1


_RUN_NUMBER = re.compile(r"^\s*[(（]\s*(\d{1,2})\s*[)）]")  # an item of a run numbered in brackets (`（1）…`)


def _numbered_between(r: _Reader, b: Block) -> bool:
    """Is the line an item of a run numbered in brackets (`（1）…`) whose next item the body prints again, or whose
    item before was read: one the 目录 words otherwise than the body titles it (`（1）某某传达学习八项规定精神` over
    the body's `某某专题传达学习中央关于…的八项规定`)?"""
    m = _RUN_NUMBER.match(key(b.text)) if b.text else None
    if m is None:
        return False
    n = int(m.group(1))
    nxt = r.blocks[r.i + 1] if r.i + 1 < len(r.blocks) else None
    after = _RUN_NUMBER.match(key(nxt.text)) if nxt is not None else None
    if after is not None and int(after.group(1)) == n + 1 and r.printed_as_title(title_key(nxt.text)):
        return True
    last = r.events[-1] if r.events else None
    before = _RUN_NUMBER.match(key(r.line_text(last.line))) if isinstance(last, TocItem) else None
    return before is not None and int(before.group(1)) == n - 1


def tail_of_previous_title(r: _Reader, b: Block, pl: tuple[str, int] | None) -> int | None:
    """Only the tail of the previous title, printed on its own line after the page. In a 目录 without
    pages, after a title the body prints whole, a line of its own: an item the body words otherwise."""
    k = key(b.text)
    if (not r.toc.items or len(k) > 30 or ends_full_stop(b.text)
            or clean_heading(b.text) in r.standalone or _ISSUE_NO.search(k)
            or r.printed_again(k)):  # a page header (`政务信息 2024年第7期`), printed on every page
        return None
    last = r.toc.items[-1]
    if last.page is None and len(k) > 4 and (r.printed_as_title(title_key(last.title))
                                            or b.text.lstrip()[:1] in _ITEM_BULLETS or _short_of_width(r, last)
                                            or _ITEM_NUMBER.match(b.text.lstrip())):
        # (a line opening with a bullet, `◆　某科成功开展…`, or with an item's number, `（一）…`, is an item of
        # its own: a title's tail never opens so)
        # a 目录 without pages: the line above is a whole title the body prints; this one is an item of
        # its own that the body prints in other words (`…工作会议在某地召开` / `…现场观摩暨工作会议在某地召开`)
        r.add_item(strip_markup(b.text), None, b.line, b.line)
        r.no_page_lines.append((b.line, b.text))
        return 1
    k = r.i - 1
    while k >= 0 and r.blocks[k].line > (last.line_end or last.line):
        if not has_words(r.blocks[k].text):
            return None  # (a rule between, the 目录's end: `…值班安排……5` / `────` / `◎工作动态` / the body's first kicker)
        k -= 1
    last.title = last.title + strip_markup(b.text)
    last.line_end = b.line
    r.toc.end_line = b.line
    return 1


def _short_of_width(r: _Reader, last: TocItem) -> bool:
    """Is the last line of a 目录 title without a page shorter, by more than a character, than the longest
    line of the 目录's titles without pages read so far (`…消费市场回暖态势明显` 17, `…温和上涨` 15)? A wrap
    cuts a title at the 目录's width: a shorter line ends its title, and the next line is an item of its own."""
    if last.line_end != last.line:
        return False
    seen, width = r.no_page_width  # (measured once each: linear in the 目录)
    for _line, t in r.no_page_lines[seen:]:
        width = max(width, len(key(t)))
    r.no_page_width = (len(r.no_page_lines), width)
    return len(key(last.title)) < width - 1


_ITEM_NUMBER = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d))")  # `（一）`, `(2)`, `3.`
_ITEM_BULLETS = frozenset("◆◇●○■□★☆▶►•·▪◎◉▲△▷")  # marks a 目录 without pages opens each of its titles with
_ISSUE_NO = re.compile(r"第\d{1,4}期")  # in key() form: an issue number belongs to a page header, not a title


LINE_RULES = (
    body_begins_at_the_first_heading_again,
    body_begins_at_the_first_title_again,
    body_begins_at_prose,
    body_begins_at_a_title_printed_again,
    running_head,
    ordinal_heading_with_page,
    framed_heading_with_page,
    table_row_with_section,
    item_with_page,
    separator_line,
    item_with_page_on_next_line,
    items_over_their_pages,
    editors_note_line,
    heading_line,
    item_with_lost_page,
    wrapped_title_head,
    item_without_page,
    items_printed_again,
    tail_of_previous_title,
)


def _read(blocks: list[Block], start: int, standalone: set[str]) -> Toc:
    r = _Reader(blocks, start, standalone)
    r.toc.running = r.running  # read once for the issue: the body's furniture is read from it too (digest.align)
    while r.i < len(blocks):
        b = blocks[r.i]
        pl = page_line(b.text)
        took = None
        for rule in LINE_RULES:
            took = rule(r, b, pl)
            if took is not None:
                break
        if not took:  # 0: the body begins here; None: no rule knows this line
            break
        r.i += took
    if r.pending:
        head = "".join(p.text for p in r.pending)
        r.add_item(head, None, r.pending[0].line, r.pending[-1].line)
        r.no_page_lines.append((r.pending[0].line, head))
    _first_of_numbered_items(r)
    _trailing_headings(r)
    if r.toc.items:  # (a 目录 of two columns is read column by column: its last item may stand higher up)
        r.toc.end_line = max(r.toc.end_line, *(it.line_end or it.line for it in r.toc.items))
    _doubt_missing_pages(r)
    _sections_the_body_heads(r)
    _frames_from_the_body(r)
    decide_heading_kinds(r.toc, r.events)
    assign_sections(r.events)
    return r.toc


_PAREN_NUMBER = re.compile(r"^\s*[（(]([一二三四五六七八九十]{1,3})[)）]")


def _first_of_numbered_items(r: _Reader) -> None:
    """In a 目录 without pages, a `（一）…` line read as a heading right over a `（二）…` item is the first of
    those items, not a subsection over them (`（一）春耕备耕督查情况` / `（二）关于…的督办情况`, both titles the
    body prints): it becomes an item, in its place."""
    if any(it.page is not None for it in r.toc.items):
        return
    for k in range(len(r.events) - 1):
        ev, nxt = r.events[k], r.events[k + 1]
        if not (isinstance(ev, TocHeading) and ev.marker == "paren-ordinal" and isinstance(nxt, TocItem)):
            continue
        a, b = _PAREN_NUMBER.match(r.line_text(ev.line)), _PAREN_NUMBER.match(r.line_text(nxt.line))
        na, nb = (cn_number(m.group(1)) if m else "" for m in (a, b))
        if not (na.isdigit() and nb.isdigit() and int(nb) == int(na) + 1):
            continue
        it = TocItem(title=strip_markup(r.line_text(ev.line)).strip(), page=None, section=None, subsection=None,
                     line=ev.line, line_end=ev.line)
        r.events[k] = it
        r.toc.headings.remove(ev)
        r.toc.items.insert(r.toc.items.index(nxt), it)


def _sections_the_body_heads(r: _Reader) -> None:
    """A 目录 of Word's automatic table of contents, its sections' lines printing their pages like its items'
    (`重要会议	2` / `县政府召开…会议	2`), read as items: the lines whose titles the body prints as headings a level
    above the others' (`# 重要会议` over `## 县政府召开…`) are its sections, each with its page, when there are two such
    or more and the items the body prints a level below outnumber them. A 目录 that read headings of its own is
    left as read."""
    if r.toc.headings or len(r.toc.items) < 4:
        return
    levels: dict[str, int] = {}
    for b in r.blocks[r.i:]:
        if b.level and len(b.text) <= 40:
            levels.setdefault(key(b.text), b.level)
    lv = [levels.get(key(it.title)) for it in r.toc.items]
    found = [x for x in lv if x]
    if not found:
        return
    low = min(found)
    high = [it for it, x in zip(r.toc.items, lv, strict=True) if x == low]
    if len(high) < 2 or sum(1 for x in found if x > low) < len(high) or len(high) == len(r.toc.items):
        return
    heads = {id(it): TocHeading(name=it.title, kind="section", line=it.line, page=it.page) for it in high}
    r.events = [heads.get(id(e), e) if isinstance(e, TocItem) else e for e in r.events]
    r.toc.items = [it for it in r.toc.items if id(it) not in heads]
    r.toc.headings.extend(heads.values())


def _frames_from_the_body(r: _Reader) -> None:
    """Headings the 目录 prints bare (`要情速递`, `部门动态` in a Word table) that the body numbers (`一、要情速递`,
    `二、部门动态`): each takes the frame the body gives it, when the body numbers every bare one so; their
    ranks are then read as a numbered outline's (one rank, 部门动态 no subsection of 要情速递)."""
    bare = [h for h in r.toc.headings if not h.marker]
    if len(bare) < 2:
        return
    frames: dict[str, str] = {}
    for b in r.blocks[r.i:]:
        t = b.text.strip()
        if len(t) > 40:
            continue
        m = ORDINAL.match(t) or PAREN_ORDINAL.match(t)
        if m is not None:
            frames.setdefault(clean_heading(t), "ordinal" if m.re is ORDINAL else "paren-ordinal")
    if all(h.name in frames for h in bare):
        for h in bare:
            h.marker = frames[h.name]


def _trailing_headings(r: _Reader) -> None:
    """Headings read last, no item after them (`【工作动态】` right under the 目录's last line, over the body's
    first title): the body's, not the 目录's; the 目录 ends at its last item or heading before them. Only
    where the 目录 read items."""
    if not r.toc.items or not r.events or not isinstance(r.events[-1], TocHeading):
        return
    last_item = max(it.line for it in r.toc.items)
    while (r.events and isinstance(r.events[-1], TocHeading) and r.events[-1].line > last_item
           and r.events[-1].page is None):  # (a section printing its page is the 目录's: `【信息简讯】……8`)
        h = r.events.pop()
        r.toc.headings.remove(h)
    if not any(isinstance(e, TocHeading) for e in r.events):
        r.first_heading = None
    ends = [it.line_end or it.line for it in r.toc.items] + [h.line for h in r.toc.headings]
    r.toc.end_line = max(ends)


def _doubt_missing_pages(r: _Reader) -> None:
    """A 目录 line without a page among lines with pages is a doubt; a 目录 that prints no page at all
    is a style (a 工作简报's list of titles): `toc.no_pages`, one note, no doubt per line."""
    if r.toc.items and all(it.page is None for it in r.toc.items):
        r.toc.no_pages = True
        return
    for line, text in r.no_page_lines:
        r.toc.doubts.append((line, f"目录 line has no page number: {text}"))


# ---------------------------------------------------------------------------------------------------
# Which headings are sections: decided from evidence over the whole 目录, kept on each heading.



def _bold(b: Block) -> bool:
    low = b.raw.lower()
    return b.bold is not None or "<b>" in low or "<strong>" in low


def _marked(b: Block) -> bool:
    return bool(b.level or any(c in b.raw for c in DECOR) or b.bold or "<b" in b.raw.lower() or _marker(b))


def _marker(b: Block) -> str:
    """What frames a heading, whatever its markdown: "frame" (◆◆◆ 时政 ◆◆◆), "bullet" (a mark before it
    alone: ▲ 部门动态), "bracket" (【福州市】), "ordinal" (一、综合信息), "paren-ordinal" (（一）领导活动), or ""
    (nothing: `领导活动`, `**领导活动**`)."""
    if any(c in b.raw for c in DECOR):
        t = strip_markup(b.raw).strip(" \t\u3000*#")
        return "bullet" if t[:1] in DECOR and t[-1:] not in DECOR else "frame"
    if BRACKETED.match(b.text):
        return "bracket"
    if ORDINAL.match(b.text) or DECIMAL_NUMBER.match(b.text):
        return "ordinal"  # (`1 要情专报`: a decimal outline's first rank, numbered as 一、 is)
    if PAREN_ORDINAL.match(b.text):
        return "paren-ordinal"
    return ""


_MARKER_WORDS = {"frame": "a ◆ frame", "bullet": "a ▲ mark before it", "bracket": "a 【】 frame", "ordinal": "an ordinal (一、)",
                 "paren-ordinal": "an ordinal in brackets (（一）)", "table": "a 目录 table's section cell", "": "no frame"}


def _markup_words(markup: tuple[int, bool]) -> str:
    level, bold = markup
    parts = ([f"{'#' * level} heading"] if level else []) + (["bold"] if bold else [])
    return " ".join(parts) or "plain line"


def _position_evidence(events: list[TocItem | TocHeading]) -> None:
    """parent: the next 目录 line is a heading (it has headings under it); child: the previous one is."""
    for n, ev in enumerate(events):
        if isinstance(ev, TocHeading):
            ev.parent = n + 1 < len(events) and isinstance(events[n + 1], TocHeading)
            ev.child = n > 0 and isinstance(events[n - 1], TocHeading)


def _vocabulary(name: str) -> str:
    if name in KNOWN_SECTIONS and name not in KNOWN_SUBSECTIONS:
        return "section"
    if name in KNOWN_SUBSECTIONS and name not in KNOWN_SECTIONS:
        return "subsection"
    return ""


def sections_by_marker(headings: list[TocHeading]) -> str | None:
    """Rule 1: some headings are framed (◆, 【】 or 一、, one kind of frame) and the others are not: the
    framed ones are the sections, whatever markdown each was drawn with; unless a bare one stands right over a
    framed one and no framed one over a bare one (`常委会会议` / `◇某届常委会第十六次会议`): then the bare ones."""
    kinds = {h.marker for h in headings}
    if len(kinds) != 2 or "" not in kinds:
        return None
    marker = next(k for k in kinds if k)
    pairs = list(zip(headings, headings[1:], strict=False))
    bare_over = any(a.marker == "" and b.marker == marker and a.parent and b.child for a, b in pairs)
    framed_over = any(a.marker == marker and b.marker == "" and a.parent and b.child for a, b in pairs)
    if bare_over and not framed_over:  # (`常委会会议` / `◇某届常委会第十六次会议` / items: the bare ones stand over
        for h in headings:  # the framed ones, never under: the bare ones are the sections here)
            h.kind = "subsection" if h.marker == marker else "section"
        return f"bare headings stand over {_MARKER_WORDS[marker]}: they mark sections"
    for h in headings:
        h.kind = "section" if h.marker == marker else "subsection"
    return f"{_MARKER_WORDS[marker]} marks sections"


def sections_by_ordinal_rank(headings: list[TocHeading]) -> str | None:
    """Rule 2: the headings are numbered in the two ranks of a government document's outline (一、 over
    （一）, as GB/T 9704 orders them): the 一、 ones are the sections, the （一） ones their subsections,
    whatever names they carry (一、重要会议 is a section though the samples print 重要会议 as a subsection)."""
    if {h.marker for h in headings} != {"ordinal", "paren-ordinal"} or headings[0].marker != "ordinal":
        return None  # (a 目录 opening with （一） over 一、 headings is read by the styles' rule)
    for h in headings:
        h.kind = "section" if h.marker == "ordinal" else "subsection"
    return f"{_MARKER_WORDS['ordinal']} ranks over {_MARKER_WORDS['paren-ordinal']}: it marks sections"


def sections_over_paren_ordinals(headings: list[TocHeading]) -> str | None:
    """Rule 2b: two kinds of frame, one the （一） of an outline's second rank, and a heading of the other
    kind stands right over a （一） one (`◆ 工作动态` / `（一）经济运行`): the other kind marks sections, the
    （一） ones are subsections, whatever names either carries (领导活动 over nothing is a section here)."""
    markers = {h.marker for h in headings}
    if len(markers) != 2 or "paren-ordinal" not in markers or "" in markers:
        return None
    other = next(m for m in markers if m != "paren-ordinal")
    over = any(h.marker == other and h.parent and k + 1 < len(headings) and headings[k + 1].marker == "paren-ordinal"
               and headings[k + 1].child for k, h in enumerate(headings))
    if not over:
        return None
    for h in headings:
        h.kind = "subsection" if h.marker == "paren-ordinal" else "section"
    return f"{_MARKER_WORDS[other]} stands over {_MARKER_WORDS['paren-ordinal']}: it marks sections"


def _signature_score(group: list[TocHeading], first: TocHeading) -> float:
    score = 0.0
    for h in group:
        score += 2 * h.parent - 2 * h.child
        vocab = _vocabulary(h.name)
        score += 2 if vocab == "section" else (-2 if vocab == "subsection" else 0)
    return score + (1 if first in group else 0) - 0.5 * min(h.markup[0] or 7 for h in group) / 7


def sections_by_style(headings: list[TocHeading]) -> str | None:
    """Rule 3: headings come in several styles (frames, markdown levels, bold): the style whose lines
    have headings under them, carry section names (特别关注, 时政 …) and are not under another heading
    marks sections; the other styles are subsections."""
    groups: dict[tuple, list[TocHeading]] = {}
    for h in headings:
        groups.setdefault((h.marker, h.markup), []).append(h)
    if len(groups) < 2:
        return None
    best = max(groups, key=lambda sig: _signature_score(groups[sig], headings[0]))
    for sig, group in groups.items():
        for h in group:
            h.kind = "section" if sig == best else "subsection"
    return f"{_MARKER_WORDS[best[0]]}, {_markup_words(best[1])} marks sections (its lines stand over the others)"


def _flat(section: TocHeading | None) -> bool:
    """Is the section itself named as subsections are (部门动态, 领导活动) with no heading under it? Then
    the 目录's headings are of one level: a heading named so after it is a section too."""
    return section is not None and _vocabulary(section.name) == "subsection" and not section.parent


def sections_by_sequence(headings: list[TocHeading]) -> str:
    """Rule 4: every heading looks the same: the first is a section, a heading right under a section is
    its subsection, one named like an earlier heading (栖云县 … 松岗县) is of its kind, a known subsection
    name under a section that has subsections (or is not framed, unless that section is itself named as
    subsections are and has none under it: 领导活动 … 部门动态 are one level, `_flat`) stays a
    subsection, and the others are sections."""
    has_subs = False
    current: TocHeading | None = None
    section: TocHeading | None = None  # the section the headings are under
    done: list[TocHeading] = []
    for h in headings:
        sibling = next((x for x in reversed(done) if len(h.name) >= 2 and x.name[-1] == h.name[-1]
                        and abs(len(x.name) - len(h.name)) <= 1 and x.name != h.name), None)
        if current is None:
            h.kind = "section"
        elif h.child and current.kind == "section" and not h.parent:
            h.kind = "subsection"
        elif sibling is not None and not h.parent and not h.child:
            h.kind = sibling.kind  # named like an earlier heading (…县 after …县): the same kind
        elif _vocabulary(h.name) == "subsection" and (has_subs or (not h.marker and not _flat(section))):
            h.kind = "subsection"
        else:
            h.kind = "section"
        if h.kind == "section":
            section = h
            has_subs = False
        else:
            has_subs = True
        current = h
        done.append(h)
    return "every heading looks the same: sections by position and name"


HEADING_RULES = (sections_by_marker, sections_by_ordinal_rank, sections_over_paren_ordinals, sections_by_style)


def decide_heading_kinds(toc: Toc, events: list[TocItem | TocHeading]) -> None:
    """Set each heading's kind (section / subsection) from evidence over the whole 目录, run through
    HEADING_RULES in order (then `sections_by_sequence`); keep the evidence on each heading and the
    rule in `toc.heading_rule`; doubt a heading whose own evidence contradicts the decision."""
    hs = toc.headings
    if not hs:
        return
    _position_evidence(events)
    rule = None
    for decide in HEADING_RULES:
        rule = decide(hs)
        if rule:
            break
    if not rule:
        rule = sections_by_sequence(hs)
    toc.heading_rule = rule
    for h in hs:
        h.evidence = [_MARKER_WORDS[h.marker], _markup_words(h.markup)]
        vocab = _vocabulary(h.name)
        if vocab:
            h.evidence.append(f"a known {vocab} name")
        if h.parent:
            h.evidence.append("has headings under it")
        if h.child:
            h.evidence.append("right under a heading")
        # a framed section named like a subsection (一、部门动态) is a section in its own right
        against = ((h.kind == "section" and ((vocab == "subsection" and not h.marker) or (h.child and not h.parent)))
                   or (h.kind == "subsection" and (vocab == "section" or h.parent)))
        if against:
            h.doubt = (f"{h.kind} {h.name} ({'; '.join(h.evidence)}) decided by: {rule}, "
                       f"against its own evidence")
    styles = {(h.marker, h.markup) for h in hs if h.kind == "section"}
    if len(styles) > 1:
        toc.section_styles = sorted(f"{_MARKER_WORDS[m]}, {_markup_words(k)}" for m, k in styles)


def assign_sections(events: list[TocItem | TocHeading]) -> None:
    """Give each item the section and subsection of the headings above it."""
    section = subsection = None
    for ev in events:
        if isinstance(ev, TocHeading):
            if ev.kind == "section":
                section, subsection = ev.name, None
            else:
                subsection = ev.name
        else:
            ev.section, ev.subsection = section, subsection
