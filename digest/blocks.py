"""Stage 2: turn source lines into blocks (one per non-blank line) with markup removed.

Each `Block` keeps its 1-based source line, so every record built from blocks knows its line span
(like markdown-it's `token.map`). Markup from PDF-to-text tools is recognised and removed here once:
markdown headings (`#`…`######`), bold (`**…**`, `__…__`), HTML tags (`<b>`, `<strong>`, …),
block quotes (`> `) and list bullets (`- `). What the markup said survives as attributes:
`level` (heading depth), `bold` (a bold run the line starts with) and `rest` (what follows that run).

`key()` is the comparison form used for matching titles and headings: width-folded (NFKC),
no whitespace, no markup, no decorations (◆ ■ …).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

import regex as re

from digest.text import (
    MATTER_TITLE,
    REPORTER_LABEL,
    SPEECH_VERBS,
    ends_sentence,
    has_words,
    is_han,
    kept_if_short,
    nfkc,
    seal_lines,
)

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_BOLD = re.compile(r"\*\*|__")
# (not a microblog's topic opening a post: `#某县身边事#【标题】正文`, its # closed within the line's first words)
_HEADING = re.compile(r"^\s*(#{1,6})(?![^#\s][^#\n]{0,40}#)\s*")
_QUOTE = re.compile(r"^\s*>\s?")
# a markdown image (`![]()`, `![图片](a/b.jpg)`), as a page saved as markdown keeps a picture's place: no words
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,200}\]\([^()\n]{0,500}\)(?:\{[^{}\n]{0,300}\})?[ \t\u3000]*")  # (pandoc: `{width=…}`)
_LINK = re.compile(r"\[(?P<t>[^\[\]\n]{1,200})\]\([^()\s]{1,500}\)")  # [text](url) -> text
_ITALIC = re.compile(r"(?<![*\w])\*(?P<t>[^*\s][^*\n]{0,300}?)\*(?![*\w])")  # *text* -> text (not 2*3*4)
_ESCAPED = re.compile(r"\\(?P<c>[!-/:-@\[-`{-~])")  # a Markdown escape: a backslash before ASCII punctuation
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_BULLET = re.compile(r"^\s*[-*•·]\s+")
_LEAD_BOLD = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:>\s*)?(?:\*\*|__|<(?:b|strong)>)(?P<bold>.+?)(?:\*\*|__|</(?:b|strong)>)(?P<rest>.*)$"
)
DECOR = "◆◇■□●○★☆▲△▼▽◎※♦❖►▶"
_DECOR = re.compile(f"[{DECOR}]")
_KEY_DROP = re.compile(r"[\s*#>\u3000_`]|</?[A-Za-z][^<>]*>|[" + DECOR + "]")


# a bare page number as a page prints it (`5`, `- 5 -`, `— 5 —`, `第5页`, `5/12`)
# (an OCR reads the dashes as 一: `一5一`, both sides, nothing else on the line; `－ 5 －` is full-width)
# (the runs of marks possessive: a year and a run of spaces, `2024` + spaces + `年`, splits no run two ways)
PAGE_MARK = re.compile(r"^(?:[\s\-－—–·•_=~～()（）\[\]【】第页Pp]*+\d{1,4}+[\s\-－—–·•_=~～()（）\[\]【】第页/共]*+\d{0,4}+[\s\-－—–·•_=~～()（）\[\]【】页]*+"
                       r"|\s*一\s*\d{1,3}\s*一\s*)$")
_FOLD_DIGITS = re.compile(r"\d+")
_RUNNING_NEAR = 1  # a running head is printed right before or after the page number
_RUNNING_LEAST = 3  # times a running head is printed


@dataclass
class Block:
    line: int
    raw: str
    text: str
    level: int = 0
    bold: str | None = None
    rest: str = ""
    quote: bool = False
    bullet: bool = False
    end: int = 0  # the last source line of a paragraph joined from a hard wrap's lines (`joined`); 0: `line`

    @property
    def key(self) -> str:
        return key(self.text)

    @property
    def last_line(self) -> int:
        """The last source line the block stands on (`line`, or a joined paragraph's last)."""
        return self.end or self.line


_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]{1,12}\](?!:)")  # (not the note's own line: `[^2]: 某某…`)


def strip_markup(s: str) -> str:
    """Remove markdown/HTML markup from one line (`#`, `>`, `**`, `*…*`, tags, images `![](…)`, a link's
    target `[text](url)`, a table's pipes: `_table_row`), keeping its
    words and inner spaces. (Each pattern
    runs only on a line holding its mark: most lines hold none, and a test for a character is far
    cheaper than a call of the regex engine.)"""
    if "![" in s:
        s = _IMAGE.sub("", s)
    if "<" in s:
        s = _TAG.sub("", s)
    if "#" in s:
        s = _HEADING.sub("", s)
    if ">" in s:
        s = _QUOTE.sub("", s)
    if "**" in s or "__" in s:
        s = _BOLD.sub("", s)
    if "[^" in s:
        s = _FOOTNOTE_REF.sub("", s)  # a Markdown footnote's mark in the text (`…双长制[^2]企业…`), no word of it
    if "](" in s:
        s = _LINK.sub(r"\g<t>", s)
    if "*" in s:
        s = _ITALIC.sub(r"\g<t>", s)
    if s[:1] == "|" and s.rstrip()[-1:] == "|":
        s = _table_row(s)
    if "\\" in s:
        if s[-1:] == "\\" and s[-2:-1] != "\\":
            s = s[:-1]  # pandoc's hard line break (`本报记者 某某\` / `通讯员 某某`)
        s = _ESCAPED.sub(r"\g<c>", s)  # Markdown's escapes, as WPS and pandoc write them: `1\.`, `3\#楼`, `\[2021\]`
    return s.strip()


def _table_row(s: str) -> str:
    """A Markdown table's row as its cells set apart by two wide spaces (`| 某某 | 某村 | 网格员 |` ->
    `某某　　某村　　网格员`), its rule row (`|---|:--:|`) as nothing, a row of one filled cell as that cell
    (a 目录 table's section row, `| **一、要情快报** |  |  |`); a line of pipes that is no table's row (an
    empty cell before two: `|| 2022-03-23 编辑：… |`) as it is."""
    if _TABLE_RULE.match(s):
        return ""
    cells = [c.strip() for c in s.strip().strip("|").split("|")]
    filled = [c for c in cells if c]
    if len(cells) >= 3 and len(filled) == 1:
        return filled[0]
    if len(cells) >= 3 and len(filled) >= 2 and not cells[0]:
        return "\u3000\u3000".join(filled)  # (a 目录 row numbered in no cell: `|  | （一）经济运行 |  |`)
    return "\u3000\u3000".join(cells) if len(cells) >= 2 and all(cells) else s


@kept_if_short
def key(s: str) -> str:
    """Comparison form: NFKC, no whitespace, no markup, no decorations (a short line's is kept:
    every stage compares keys of the same lines)."""
    return _KEY_DROP.sub("", nfkc(s))


# heading frames and ordinals, shared by clean_heading and the 目录 reader (digest.toc._marker)
_CN_ORDINAL = r"[一二三四五六七八九十]{1,3}"
BRACKETED = re.compile(r"^\s*[【〔\[［〖]\s*(?P<n>[^【】〔〕\[\]［］〖〗]{1,12}?)\s*[】〕\]］〗]\s*$")  # 【福州市】, 〖党建引领〗
# a brief's title run in before its text after a bullet, a full-width space or a wide gap between them, as a
# 简讯 column prints its items (`◎某中心新增16个进驻窗口　日前，…`): the title has no clause mark and no bracket
# (`▲大会开幕现场（某某　摄）`: a photo's caption and its credit)
ITEM_MARKS = "◆◇■□●○▲△★☆◎"  # the marks a 简讯's or a 简报's items open with (`◎某某…`, `**◆某某**`)
BULLET_RUN_IN = re.compile(r"^(?P<t>[" + ITEM_MARKS + r"]\s*[^，,。；;：:！？!?\s（）()]{6,40})(?:\u3000|[ \t]{2,})\s*(?=\S)")
ORDINAL = re.compile(r"^\s*" + _CN_ORDINAL + r"\s*[、.．]")           # 一、综合信息
PAREN_ORDINAL = re.compile(r"^\s*[(（]\s*" + _CN_ORDINAL + r"\s*[)）]")  # （一）领导活动


_DOT_FRAME = "·•・-－—"  # marks a heading stands between (`·经济运行·`, `—民生保障—`)


DECIMAL_NUMBER = re.compile(r"^\s*\d{1,2}(?:[.．]\d{1,2}){0,2}[ \t\u3000]+(?=\S)")  # `1 要情专报`, `2.1 某某`


# the pages a section's entries take, in brackets after its name in a 目录 (`（1—2）`, `（第3-4页）`)
_PAGE_RANGE_AFTER = re.compile(r"[（(]第?\d{1,3}\s*[—\-－~～至]\s*\d{1,3}页?[)）]$")


def clean_heading(s: str) -> str:
    """A section/subsection name as users type it: no decorations, markup, spaces, 【】 frame or
    leading ordinal (时 政 -> 时政, 【福州市】 -> 福州市, ·经济运行· -> 经济运行, 一、综合信息 -> 综合信息), nor the pages
    a 目录 prints after a section's name (一、重要会议（1—2） -> 重要会议)."""
    s = strip_markup(s)
    s = _DECOR.sub("", s)
    if (m := DECIMAL_NUMBER.match(s)) is not None:
        s = s[m.end():]  # `1 要情专报`, `2.1 市场监管`: a decimal outline's number, a space after it
    s = "".join(s.split())
    if s[:1] in "|｜" and s[-1:] in "|｜":  # `| 要情速递 |  |`: a Markdown table's row, its name its only cell
        s = s.strip("|｜")
    if (pages := _PAGE_RANGE_AFTER.search(s)) is not None and pages.start() >= 2:
        s = s[:pages.start()]  # `一、重要会议（1—2）`: a 目录's section and the pages its entries take
    m = BRACKETED.match(s)
    if m:
        s = m.group("n")
    if len(s) > 2 and s[0] in _DOT_FRAME and s[-1] in _DOT_FRAME:  # ·经济运行· -> 经济运行
        s = s.strip(_DOT_FRAME)
    m = ORDINAL.match(s) or PAREN_ORDINAL.match(s)
    return s[m.end():] if m and m.end() < len(s) else s


def make_block(line_no: int, raw: str) -> Block:
    m = _HEADING.match(raw) if "#" in raw else None
    level = len(m.group(1)) if m else 0
    quote = ">" in raw and bool(_QUOTE.match(raw))
    bullet = bool(_BULLET.match(raw)) and not raw.lstrip().startswith("**")
    bold = rest = None
    mb = _LEAD_BOLD.match(raw) if ("**" in raw or "__" in raw or "<" in raw) else None
    if mb:
        bold = strip_markup(mb.group("bold"))
        rest = strip_markup(mb.group("rest"))
    text = undoubled(strip_markup(_BULLET.sub("", raw) if bullet else raw))
    return Block(line=line_no, raw=raw, text=text, level=level, bold=bold or None, rest=rest or "",
                 quote=quote, bullet=bullet)


_LEAST_DOUBLED = 3  # pairs of a line every character of which a PDF's fake bold printed twice


def undoubled(text: str) -> str:
    """The line as printed once where a PDF's fake bold (each glyph drawn twice, a little apart) left every
    character doubled in the extracted text (`二二、、重重点点工工作作` -> `二、重点工作`); else the line as
    it is. Three pairs or more, of at least three different characters: no line of prose is so."""
    t = text.strip()
    n = len(t)
    if n < 2 * _LEAST_DOUBLED or n % 2 or t[0] != t[1] or any(t[k] != t[k + 1] for k in range(0, n, 2)):
        return text
    once = t[::2]
    return once if len(set(once)) >= _LEAST_DOUBLED else text


_GRID_RULE = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")  # a grid table's rule (`+-----+`), as pandoc writes a Word box
_GRID_ROW = re.compile(r"^\s*\|(?P<c>[^|]*)\|\s*$")  # a row of a grid table of one column (a box: `| 链接 |`)


_TITLE_BRACKETS = {"〖": "〗", "【": "】", "〔": "〕"}  # the brackets a digest frames its items' titles in
_MOST_BRACKETED_TITLE = 40  # characters of a bracketed title's line
_CLOSING_MARKS_ALONE = re.compile(r"^\s*[。，；：！？、”’）」』]{1,3}\s*$")  # a sentence's end a wrap left alone


def to_blocks(lines: Iterable[str], start: int = 1, seal: set[int] | None = None) -> list[Block]:
    """One block per line that has any visible content after markup is removed (a line of a sentence's
    closing marks alone, `。`, goes on with the line right above it); a box printed as a grid
    table of one column (pandoc's `+----+` / `| 链接 |`, from a Word page's sidebar) one block per paragraph
    of its cell: its rows are the cell's lines the converter wrapped, a blank row between paragraphs."""
    out: list[Block] = []
    cell: list[Block] = []  # the rows of the cell's paragraph read so far
    grid = False
    lines = list(lines)
    if seal is None:  # (an OCR's reading of a seal stamped over the page: no line of the document's; `seal`, the
        seal = seal_lines(lines)  # indexes into `lines` a caller read them at already)
    for i, raw in enumerate(lines, start):
        if seal and i - start in seal:
            continue
        if "+" in raw and _GRID_RULE.match(raw):
            grid = True
        elif grid and "|" in raw and (m := _GRID_ROW.match(raw)):
            b = make_block(i, m["c"].rstrip())
            if b.text:
                cell.append(b)
                continue
        else:
            grid = False
            b = make_block(i, raw)
        if cell:
            out.append(joined(cell))
            cell = []
        if not grid and b.text:
            if (out and out[-1].last_line == i - 1 and out[-1].raw.count("**") % 2 and out[-1].raw.lstrip().startswith("**")
                    and raw.count("**") % 2):  # `**某某召开第5次` / `常务会议。**3月11日，…`: a bold run a wrap broke,
                out[-1] = make_block(out[-1].line, out[-1].raw.rstrip() + raw.strip())  # one line again
                out[-1] = replace(out[-1], end=i)
                continue
            if (out and out[-1].last_line == i - 1 and (o := out[-1].text.strip())[:1] in _TITLE_BRACKETS
                    and _TITLE_BRACKETS[o[0]] not in o and len(o) <= _MOST_BRACKETED_TITLE
                    and b.text.rstrip().endswith(_TITLE_BRACKETS[o[0]]) and _TITLE_BRACKETS[o[0]] not in b.text.rstrip()[:-1]
                    and len(b.text.strip()) <= _MOST_BRACKETED_TITLE):  # `〖某县遭遇…转移群` / `众2300余人〗`: a title
                out[-1] = joined([out[-1], b])  # in brackets a wrap broke, one line
                continue
            if _CLOSING_MARKS_ALONE.match(b.text) and out and out[-1].last_line == i - 1 and has_words(out[-1].text) \
                    and not out[-1].level:
                out[-1] = joined([out[-1], b])  # `…陪同考察并出席会议` / `。`: a wrap pushed the sentence's end down
                continue
            out.append(b)
    if cell:
        out.append(joined(cell))
    return out


# --- two columns side by side (`pdftotext -layout` of a two-column page) ------------------------------------

_COLUMN_GAP = re.compile(r"(?<=\S)[ \t\u3000]{2,}(?=\S)")  # a run of spaces between a line's two columns (four
_LEAST_GAP = 4  # display columns or more: `     　　`, ASCII spaces and full-width ones)
_LEAST_COLUMN_ROWS = 6  # lines holding both columns a run needs
_COLUMN_SHARE = 0.6  # of a run's lines, the share holding both columns
_LEADER_RUN = re.compile(r"[.．。·・•…⋯]{3,}|…{2,}|(?:[.．·・][ \u3000]){3,}[.．·・]")  # a 目录 line's leader (or dots a space apart: `. . . .`)
_LEAST_COLUMN_LINE = 8  # characters of a column's line of prose (the median of each side's)
_COLUMN_SLACK = 8  # display columns a line's right part may start from the run's to be read as the columns'
_LEFT_GOES_ON = 2  # source lines from one line of the left column to the next under a run (one blank line between)
_RUN_GAP = 3  # lines of one part alone in a row a run of both goes on past (a caption, a headline's lines)
_INDENT_LEAST = 3  # display columns past the right column's start that set a line in (a paragraph's first)


def _two_parts(raw: str) -> tuple[int, str, str] | None:
    """(the right part's display column, left part, right part) of a line holding two columns of prose: one
    run of four spaces or more inside it, Han characters on both sides; None for any other line (a table's
    row of three cells or more, a 目录 line and its page)."""
    line = raw.rstrip()
    gaps = [g for g in _COLUMN_GAP.finditer(line) if len(g.group()) + g.group().count("\u3000") >= _LEAST_GAP]
    if len(gaps) != 1:
        return None
    g = gaps[0]
    left, right = line[:g.start()], line[g.end():]
    if not (any(is_han(c) for c in left) and any(is_han(c) for c in right)):
        return None
    return display_width(line[:g.end()] + ".") - 1, left, right  # (`display_width` drops a line's trailing spaces)


def _jittered(p: tuple[int, str, str], at: int) -> bool:
    """Is a line of two parts whose right part starts away from the run's right column (`pdftotext -layout` sets a
    line's second column by the widths of the characters before it: a short left line, the right one starts earlier)
    still a line of the two columns: its left part ends before the right column's start, and both parts are prose of
    a column's width (`_LEAST_COLUMN_LINE` characters or more), no masthead's short fields?"""
    _x, left, right = p
    return (display_width(left) <= at + _COLUMN_SLACK and len(left.strip()) >= _LEAST_COLUMN_LINE
            and len(right.strip()) >= _LEAST_COLUMN_LINE)


_SUBHEAD_MARKS = "■▲●◆"  # what a feature's subheads and captions open with, inside its column
_HEADLINE_LINE_MOST = 16  # characters of a line of a headline (`_headline_like`)


def _headline_like(text: str) -> bool:
    """A short line without a sentence's punctuation (`除雪保畅 演练先行`): a headline's, no column's prose."""
    t = "".join(text.split())
    return 0 < len(t) <= _HEADLINE_LINE_MOST and not any(c in "，。；：、,;:！？" for c in t)


_SEGMENT_GAP = re.compile(r"[ \t\u3000]{3,}")  # a gap `pdftotext -layout` leaves between columns on one line
_LEAST_MANY_ROWS = 8  # lines of three parts or more a run of three or more columns needs
_MANY_SLACK = 6  # display columns a part may start from its column's start
_LEAST_PROSE_PART = 8  # characters of a column's part of a line of prose (a table's cell is shorter)
_LEAST_COLUMN_SHARE = 0.2  # of a run's lines, the share a column's parts must start on


def _segments(raw: str) -> list[tuple[int, str]]:
    """(display column, text) of each part of a line between gaps of three spaces or more. Linear: the column
    is counted on from the last part's (a tab's width taken as four)."""
    out: list[tuple[int, str]] = []
    line = raw.rstrip()
    pos = col = 0  # (col: the display column where line[pos:] starts)
    for m in _SEGMENT_GAP.finditer(line):
        part = line[pos:m.start()]
        if part.strip():
            out.append((col + indent_width(part), part.strip()))
        col += sum(4 if ch == "\t" else _WIDTHS[ch] for ch in line[pos:m.end()])
        pos = m.end()
    if line[pos:].strip():
        out.append((col + indent_width(line[pos:]), line[pos:].strip()))
    return out


def _many_columns(blocks: list[Block]) -> list[Block] | None:
    """A page of three or four columns side by side (`pdftotext -layout` of a newspaper page), read column by
    column: the parts of its lines (between gaps of three spaces or more) are given to the column whose start
    (a peak of the parts' starts over the page) is nearest, within `_MANY_SLACK`; each column's parts in order,
    then the next column's. None when fewer than `_LEAST_MANY_ROWS` lines hold three parts or more, or no
    three columns each start `_LEAST_COLUMN_SHARE` of the lines' parts. Linear."""
    if sum(b.raw.count("   ") + b.raw.count("\u3000\u3000\u3000") >= 2 for b in blocks) < _LEAST_MANY_ROWS:
        return None  # (a cheap look first: most texts hold no line of three parts)
    segs = [_segments(b.raw) for b in blocks]
    if sum(sum(len(t) >= _LEAST_PROSE_PART for _x, t in row) >= 3 for row in segs) < _LEAST_MANY_ROWS:
        return None  # (three parts of prose on a line, on eight lines or more: a table's short cells are none)
    starts = Counter(x for row in segs for x, _t in row)
    lines = sum(1 for row in segs if row)
    peaks: list[int] = []
    for x, _n in sorted(starts.items(), key=lambda kv: -kv[1]):  # (the most frequent starts first)
        near = sum(starts.get(y, 0) for y in range(x - _MANY_SLACK, x + _MANY_SLACK + 1))
        if near >= _LEAST_COLUMN_SHARE * lines and all(abs(x - p) > 2 * _MANY_SLACK for p in peaks):
            peaks.append(x)
    if len(peaks) < 3:
        return None
    peaks.sort()
    columns: list[list[Block]] = [[] for _ in peaks]
    for b, row in zip(blocks, segs, strict=True):
        for x, t in row:
            k = min(range(len(peaks)), key=lambda i: abs(peaks[i] - x))
            if abs(peaks[k] - x) > _MANY_SLACK:
                k = max([i for i, p in enumerate(peaks) if p <= x] or [0])  # (a centered headline: the column it opens in)
            columns[k].append(make_block(b.line, t))
    return [x for col in columns for x in col if x.text]


def split_columns(blocks: list[Block]) -> list[Block]:
    """A page's two columns printed side by side, a line of each on every line (`pdftotext -layout`: `…招聘会
    在滨江广场启动，86家区内          园”在桂香、临河等社区陆续开园。`), read one after the other: in a run of
    lines most of which hold both (`_two_parts`; up to `_RUN_GAP` lines of one part in a row inside it), the
    left parts in order, then the right parts, each a block
    of its own source line (a line of one part alone goes with the column it is set in: set in past half
    the right column's start, the right's). Lines outside such runs are kept as they are. Linear."""
    many = _many_columns(blocks)
    if many is not None:
        return many
    parts = [_two_parts(b.raw) for b in blocks]
    if sum(p is not None for p in parts) < _LEAST_COLUMN_ROWS:
        return blocks
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        if parts[i] is None:
            out.append(blocks[i])
            i += 1
            continue
        j, both = i, 0  # the run: lines of both parts, and lines of one between them
        k = i
        while k < len(blocks) and (parts[k] is not None or any(
                parts[k + d] is not None for d in range(1, min(_RUN_GAP, len(blocks) - k - 1) + 1))):
            both += parts[k] is not None
            j = k
            k += 1
        if both < _LEAST_COLUMN_ROWS or both < _COLUMN_SHARE * (j - i + 1) or any(
                _LEADER_RUN.search(b.raw) for b in blocks[i:j + 1]):  # (a 目录 in two columns: the 目录's reader's)
            out.extend(blocks[i:j + 1])
            i = j + 1
            continue
        got = [p for p in parts[i:j + 1] if p is not None]
        lefts, rights = sorted(len(p[1].strip()) for p in got), sorted(len(p[2].strip()) for p in got)
        if min(lefts[len(lefts) // 2], rights[len(rights) // 2]) < _LEAST_COLUMN_LINE:
            out.extend(blocks[i:j + 1])  # (a table of two short cells a row, `某某　　县农业农村局`: no columns of prose)
            i = j + 1
            continue
        starts = sorted(p[0] for p in got)
        at = starts[len(starts) // 2]  # the right column's start (the median)
        while i < j and (parts[i] is None or abs(parts[i][0] - at) > _COLUMN_SLACK):
            out.append(blocks[i])  # (a masthead's line and a headline over both columns, before the run's first
            i += 1  # line of both: kept whole, above the columns)
        left: list[Block] = []
        right: list[Block] = []
        for b, p in zip(blocks[i:j + 1], parts[i:j + 1], strict=True):
            if p is not None and abs(p[0] - at) > _COLUMN_SLACK and not _jittered(p, at):
                left.append(b)  # (a line of two parts far from the columns' gap: a masthead's, kept whole)
            elif p is not None:
                off = p[0] - at  # (a right paragraph's indent, kept as the column prints it; a column or two
                pad = " " * off if off >= _INDENT_LEAST else ""  # off is the layout's jitter, no indent)
                left.append(make_block(b.line, p[1]))
                right.append(make_block(b.line, pad + p[2].strip() if p[2] else p[2]))
            elif indent_width(b.raw) * 2 >= at:
                off = indent_width(b.raw) - at
                right.append(make_block(b.line, (" " * off if off >= _INDENT_LEAST else "") + b.raw.strip()))
            else:
                left.append(b)
        i = j + 1
        # the left column going on alone under the run, the right one finished (a feature beside briefs): lines of
        # one part that fit the left column, a blank line apart at most, up to a line wider or a gap of two lines
        last = parts[j] if parts[j] is not None else None
        heads = last is not None and all(_headline_like(x) for x in last[1:])  # (two headlines side by side: two
        while (left and not heads and i < len(blocks) and parts[i] is None  # stories start under them, no column goes on)
               and display_width(blocks[i].raw.rstrip()) <= at and blocks[i].line - left[-1].last_line <= _LEFT_GOES_ON
               and not (blocks[i].line - left[-1].last_line > 1 and _headline_like(blocks[i].raw)
                        and blocks[i].raw.strip()[:1] not in _SUBHEAD_MARKS)):
            left.append(blocks[i])  # (a headline after a blank line starts a story of its own; a ■ subhead goes on)
            i += 1
        out.extend(x for x in (*left, *right) if x.text)
    return out


_SIGNATURE_MARK = re.compile(r"^--\s?$")  # an e-mail's signature separator (`-- `, RFC 3676)
_MOST_SIGNATURE_LINES = 12
_LONGEST_SIGNATURE_LINE = 60


def mail_signature(blocks: list[Block]) -> int | None:
    """Where the signature of an e-mail a digest was forwarded in begins: its separator (`--` alone on a
    line, the raw line) near the end, a few short lines after it and nothing else (`某某` / `某局信息科` /
    `电话：…`). The index of the separator's block, or None."""
    for k in range(len(blocks) - 1, max(-1, len(blocks) - _MOST_SIGNATURE_LINES - 2), -1):
        if _SIGNATURE_MARK.match(blocks[k].raw.strip()):
            rest = blocks[k + 1:]
            if rest and all(len(b.text.strip()) <= _LONGEST_SIGNATURE_LINE for b in rest):
                return k
            return None
    return None


# a part's number alone on its line, as a post numbers its parts: `01`, `02`, `PART 03`, `Part.4`
PART_NUMBER = re.compile(r"^\s*(?:(?:PART|Part|part)\s*[.．]?\s*(?P<p>\d{1,2})|(?P<z>0\d|[1-9]\d))\s*$")
# what a part's number follows: the start, a finished sentence or line (a credit, a quote, an emoji:
# `（融媒记者　某某）`, `一起来看👇`), never a sentence a page break cut
# (an intro pointing down to the parts ends in an arrow or a colon: `一起来看看本周的新鲜事↓`)
_PART_AFTER = re.compile(r"(?:[。！？!?…”’）)》」』↓⬇▼：:]|[\U00010000-\U0010FFFF])\s*$")
_PART_HEAD_MOST = 30  # characters of the heading under a part's number
_PART_AFTER_SHORT = 16  # a line this short before a part's number is no sentence a page break cut (`点击上方蓝字关注我们`)
_PART_LOOK_BACK = 4  # lines looked at above a part's number for the one it follows


def part_numbers(blocks: list[Block]) -> set[int]:
    """The blocks that number a post's parts (`01` / `田间地头：春耕备耕正当时` / text…), no page numbers: a
    number written `01` or `PART 1` alone on its line (10 and on after 09), after a finished or short
    line (`_PART_AFTER`: a page break cuts a sentence, and a page's lines are long) and right over a
    short line with no sentence end, two or more of them numbered from 1 in order (four or more may skip one
    or two numbers, glued to their headings), each over a heading of its own (a PDF's running head, printed under each page number, is one heading again and again)."""
    found: list[tuple[int, int]] = []
    for i, b in enumerate(blocks):
        m = PART_NUMBER.match(b.text)
        if m is None or i + 1 >= len(blocks):
            continue
        head = key(blocks[i + 1].text)
        # the line before it with words, a few lines up at most (a long run of wordless lines: linear)
        before = next((blocks[k].text for k in range(i - 1, max(-1, i - 1 - _PART_LOOK_BACK), -1)
                       if has_words(blocks[k].text)), None)
        if (has_words(head) and len(head) <= _PART_HEAD_MOST and head[-1] not in "。！？!?；;，,"
                and (before is None or _PART_AFTER.search(before) is not None or len(key(before)) <= _PART_AFTER_SHORT)):
            found.append((i, int(m.group("p") or m.group("z"))))
    numbers = [n for _i, n in found]
    heads = {key(blocks[i + 1].text) for i, _n in found}
    steps = [b - a for a, b in zip(numbers, numbers[1:], strict=False)]
    if (len(found) < 2 or numbers[0] > 1 or any(d not in (1, 2, 3) for d in steps) or (max(steps, default=1) > 1 and len(found) < 4)
            or len(heads) < len(found)):
        return set()  # (a number or two may be missing from the run: printed glued to its heading, `06某某登上“好人榜”`)
    return {i for i, _n in found}


_MARK_MOST = 40  # characters of a line read as a bare page number at most


def running_heads(blocks: list[Block], parts: set[int] | None = None) -> set[int]:
    """The lines of running heads printed beside page numbers (text extracted from a PDF: `— 3 —` /
    `政务信息` at every page break): a short line (20 characters or fewer, digits folded, so that
    `政务信息·2·` and `·3·` are one head) printed at least twice within _RUNNING_NEAR blocks of a bare
    page number (`PAGE_MARK`), and nowhere else unless printed _RUNNING_LEAST times or more (the
    masthead prints the name once more). A heading printed once in the 目录 and once in the body is never
    one; nor is a line with a sentence end. Linear: one pass to
    group the lines, one over each group. `parts`: the blocks that number a post's parts (`part_numbers`),
    no page numbers, when the caller has them already."""
    parts = part_numbers(blocks) if parts is None else parts  # (a post's part numbers: no page numbers)
    marks = [i for i, b in enumerate(blocks) if len(b.text) <= _MARK_MOST and PAGE_MARK.match(b.text) and i not in parts]
    near = {j for i in marks for j in range(i - _RUNNING_NEAR, i + _RUNNING_NEAR + 1)}
    groups: dict[str, list[int]] = {}
    for i, b in enumerate(blocks):
        k = key(b.text)
        if (2 <= len(k) <= 20 and has_words(k) and not (len(b.text) <= _MARK_MOST and PAGE_MARK.match(b.text))
                and k[-1] not in "。！？!?；;：:，,"):  # (a page number is a short line: PAGE_MARK is never tried on a
            # run of thousands of spaces, `2024` + spaces + `年`, where it backtracks at each of them)
            groups.setdefault(_FOLD_DIGITS.sub("0", k), []).append(i)
    out: set[int] = set()
    for idx in groups.values():
        beside = sum(i in near for i in idx)
        if beside >= 2 and (len(idx) >= _RUNNING_LEAST or beside == len(idx)) and not (
                len(idx) < _RUNNING_LEAST and any(blocks[i].bold or blocks[i].level for i in idx)):
            out.update(blocks[i].line for i in idx)  # (a title in bold, once in a 目录 table over its page
    return out  # and once in the body under the 目录's last page, is no running head)


# --- hard-wrapped text (a PDF's fixed lines, a 1990s page): shared by the 目录 path and the page path

@dataclass
class Wrap:
    """A page whose text is hard-wrapped at one width (a PDF's text, a 1990s page of fixed lines)."""

    width: int  # the display width (a Chinese character counts two) of the page's full lines
    indents: bool  # paragraphs open with an indent: a line not indented goes on with the one above
    by_chars: bool = False  # the page is wrapped at a count of characters, each as wide as a Chinese one
    # (`char_width`: its full lines holding digits are short of the margin in columns)
    cjk: bool = False  # its quotes and dashes measured wide (`display_width(cjk=True)`: a region's own wrap)
    margin: int = 0  # the columns every line of the page is set in by (a PDF's text: six spaces before each)

    def indented(self, raw: str) -> bool:
        """Is the line set in further than the page's lines are (`margin`): a paragraph's first line?"""
        return indent_width(raw) > self.margin


WRAP_LEAST = 3  # full lines a page needs before it is read as hard-wrapped
FULL_SHARE = 0.4  # the share of its long lines that reach the margin on a hard-wrapped page (the rest are
# last lines of paragraphs, headlines, credits)
FULL_LINE = 0.88  # a line this share of the page's width or more reaches its margin


class _Widths(dict[str, int]):
    """Each character's columns (`unicodedata.east_asian_width` in `wide`: two, else one), looked up once
    per character and remembered (a page repeats a few thousand characters)."""

    def __init__(self, wide: str) -> None:
        super().__init__()
        self.wide = wide

    def __missing__(self, ch: str) -> int:
        w = self[ch] = 2 if unicodedata.east_asian_width(ch) in self.wide else 1
        return w


_WIDTHS = _Widths("WF")
# the ambiguous characters (A) wide too: the quotes, dashes and dots a Chinese page sets full-width (`“”‘’——…·`)
_CJK_WIDTHS = _Widths("WFA")


def indent_width(raw: str) -> int:
    """The width of a line's leading whitespace, in the columns of `display_width` (a full-width space
    two, a tab four, a space one)."""
    n = 0
    for ch in raw:
        if ch == "\u3000":
            n += 2
        elif ch == "\t":
            n += 4
        elif ch == " ":
            n += 1
        else:
            break
    return n


def display_width(raw: str, cjk: bool = False) -> int:
    """The columns a line takes, its indent included: a Chinese (wide) character two, any other one;
    `cjk`: an ambiguous one (`“”——…·`) two as well, as a Chinese page sets them."""
    return sum(map((_CJK_WIDTHS if cjk else _WIDTHS).__getitem__, raw.expandtabs(4).rstrip()))


def char_width(raw: str) -> int:
    """The columns a line would take if every character were as wide as a Chinese one (a page wrapped at a
    count of characters: a PDF whose digits were set in full-width cells, a text wrapped by a tool)."""
    return 2 * len(raw.expandtabs(4).rstrip())


def reaches_margin(wrap: Wrap, raw: str, text: str) -> bool:
    """Does a line of a hard-wrapped page reach its margin (FULL_LINE of its width)? Counted in columns
    (`display_width`), or on a page wrapped at a count of characters (`Wrap.by_chars`) in characters,
    where a line holding digits breaks short of the margin in columns (`…经2024年8月26日镇党委会议研究，决定任`)."""
    return (char_width(raw) if wrap.by_chars else display_width(raw, wrap.cjk)) >= wrap.width * FULL_LINE


def numbered_alike(body: list[Block]) -> list[bool]:
    """For each block, is it one of a list of lines alike but for their numbers (an e-paper's list of its
    pages, `第16版:某某` / `第17版:某某`)? Such lines are of one width for that reason: no pieces of a
    hard-wrapped paragraph. (A line printed again word for word, as a page saved with its text twice
    prints it, is not one of a list.)"""
    keys = [key(b.text) for b in body]
    forms: dict[str, set[str]] = {}
    for k in keys:
        forms.setdefault(_FOLD_DIGITS.sub("0", k), set()).add(k)
    return [len(forms[_FOLD_DIGITS.sub("0", k)]) > 1 for k in keys]


def hard_wrap(body: list[Block], skip: set[int]) -> Wrap | None:
    """Is the body's text hard-wrapped at one width? WRAP_LEAST or more of its long lines (12 characters or
    more), and FULL_SHARE of them, end within a few columns of the same margin, and most of those break
    off mid-sentence
    (`…青禾县石桥乡撤` / `乡设镇。1月26日，…`). A page printed one paragraph a line has lines of every
    length ending in full stops: None. Lines of a list, alike but for their numbers (`numbered_alike`), are not counted."""
    listed = numbered_alike(body)
    lines = [i for i in range(len(body)) if i not in skip and body[i].level == 0 and not listed[i] and _long(body[i])]
    if len(lines) < WRAP_LEAST:
        return None
    # the measure the page is wrapped by: the one at which more of its long lines end exactly at the margin
    # (a page wrapped at 24 characters has lines of 24 holding digits of 41 to 47 columns)
    columns, chars = (_margin([(measure(body[i].raw), i) for i in lines]) for measure in (display_width, char_width))
    by_chars = chars[0] > columns[0]
    width = _wrap_width(body, chars if by_chars else columns, FULL_SHARE)
    if width is None:
        return None
    margin = _left_margin(body, lines)
    indents = sum(1 for b in body if indent_width(b.raw) > margin and has_words(b.raw)) >= 2
    return Wrap(width=width, indents=indents, by_chars=by_chars, margin=margin)


_LONG_LINE = 12  # characters of a line (of words: a rule line of dots is no paragraph's) a wrap is read from


def _long(b: Block, least: int = _LONG_LINE) -> bool:
    """Is the line long enough (`least` characters), and of words, for a hard wrap to be read from it?"""
    return len("".join(b.text.split())) >= least and has_words(b.text)


def _wrap_width(body: list[Block], measured: tuple[int, int, list[tuple[int, int]]], share: float) -> int | None:
    """The margin of lines measured by `_margin`, when they are wrapped at it: WRAP_LEAST of them or more,
    and `share` of them, end within FULL_LINE of it, and most of those break off mid-sentence; else None."""
    _exact, width, widths = measured
    full = [i for w, i in widths if width * FULL_LINE <= w <= width]
    open_ended = sum(1 for i in full if not ends_sentence(body[i].text))
    if len(full) < WRAP_LEAST or len(full) < len(widths) * share or open_ended * 2 < len(full):
        return None
    return width


_MARGIN_SHARE = 0.3  # of a page's long lines, those set in by one width for it to be the page's margin
_SHALLOWER_SHARE = 0.1  # of them, those set in less at most


def _left_margin(body: list[Block], lines: list[int]) -> int:
    """The indent the most of the page's long lines share, when it is more than nothing, _MARGIN_SHARE of them
    share it and hardly any is set in less (a PDF's text whose lines all start six spaces in: paragraphs'
    first lines, a table's rows and centred headlines further), else 0."""
    widths = Counter(indent_width(body[i].raw) for i in lines)
    width, n = widths.most_common(1)[0] if widths else (0, 0)
    shallower = sum(k for w, k in widths.items() if w < width)
    return width if width and n >= len(lines) * _MARGIN_SHARE and shallower <= len(lines) * _SHALLOWER_SHARE else 0


_CLAUSE_MARKS = re.compile(r"[。，,；;！？!?、]")  # (a colon is a table's or a form's too: `户主：某某`)
_INNER_GAP = re.compile(r"\S(?:\s{2,}|\u3000)\S")  # a gap inside a line: a table's columns
REGION_FULL_SHARE = 0.5  # the share of a region's long lines that reach its own margin (`region_wraps`)
REGION_MARKS = 0.5  # clause marks a line a region's text holds at least: prose, no list of headlines
_REGION_LONG_LINE = 9  # characters of a region's line its wrap is read from (a narrow column's: 11 or 12 a line)
_REGION_STRAYS = 8  # a region of eight long lines or more keeps a wrap of its own with one of them at the page's margin


def region_wraps(body: list[Block], skip: set[int], wrap: Wrap | None) -> list[Wrap | None]:
    """The hard wrap each body line is read by: the page's (`hard_wrap`), or, for a run of lines no blank
    line, skipped line or marked-up heading parts (a region: an article's column, a box) none of whose
    long lines reaches the page's margin, the region's own, when its lines are wrapped at one width of
    their own (a weekend page sets each feature in columns of its width: lines of 22 characters over
    one story, 16 over the briefs beside it, 14 under an essay). A region's wrap asks what the page's does
    (WRAP_LEAST full lines, most of them breaking off mid-sentence), with REGION_FULL_SHARE of its long
    lines at its margin, and prose: REGION_MARKS clause marks a line at least (a list of headlines
    alike in length is no paragraph)."""
    out: list[Wrap | None] = [wrap] * len(body)
    listed = numbered_alike(body)
    margin = wrap.margin if wrap is not None else _left_margin(
        body, [i for i in range(len(body)) if i not in skip and _long(body[i])])
    indents = wrap.indents if wrap is not None else sum(
        1 for b in body if indent_width(b.raw) > margin and has_words(b.raw)) >= 2
    start = 0
    for i in range(1, len(body) + 1):
        if i < len(body) and i not in skip and i - 1 not in skip and not body[i].level and not body[i - 1].level \
                and body[i].line == body[i - 1].last_line + 1:
            continue
        region = [k for k in range(start, i) if k not in skip and not body[k].level]
        start = i
        whole = _region_wrap(body, region, listed, wrap, indents, margin)
        parts = [region] if whole is not None else _by_headlines(body, region)
        if whole is None and parts and not any(_REPORTER_LINE.match(body[k].text.strip()) for k in parts[0][:_HEADLINE_BLOCK]):
            parts = parts[1:]  # (before the first headline, a masthead's lines and its list of headlines as often as
            # an article: one under its headline lines and reporters' line, `本报记者　某某　文/图`, is read)
        for part in parts:  # (no width for the whole run: its articles', each under its headline, may have theirs;
            # what stands before the first headline is a masthead's and its list of headlines' as often)
            own = whole if whole is not None else _region_wrap(body, part, listed, wrap, indents, margin)
            if own is not None:
                for k in part:
                    out[k] = own
    return out


_HEADLINE_MOST = 24  # characters of a line read as a headline parting a run of lines with no blank line
_HEADLINE_BLOCK = 5  # lines from a run's start its first article's reporters' line stands in (kicker, title, subtitle)
_REPORTER_LINE = re.compile(r"^(?:本报|本刊)?(?:记者|通讯员|特约记者|见习记者)[\s\u3000]+\S")


def _by_headlines(body: list[Block], region: list[int]) -> list[list[int]]:
    """A run of lines cut before each line that reads as a headline: short, no clause mark, right after
    a line that ends a sentence (a page printed with no blank line, its articles in columns of their own
    widths: `…开工60部以上。` / `社区食堂开进“家门口”` / …)."""
    parts: list[list[int]] = [[]]
    for n, k in enumerate(region):
        t = body[k].text.strip()
        if (n and parts[-1] and ends_sentence(body[region[n - 1]].text) and 0 < len(t) <= _HEADLINE_MOST
                and not _CLAUSE_MARKS.search(t) and not ends_sentence(t)):
            parts.append([])
        parts[-1].append(k)
    return [p for p in parts if p]


def _region_wrap(body: list[Block], region: list[int], listed: list[bool], wrap: Wrap | None,
                 indents: bool, margin: int = 0) -> Wrap | None:
    """A region's own wrap (`region_wraps`), or None: too few lines, a line at the page's margin, no
    width of its own."""
    lines = [k for k in region if not listed[k] and _long(body[k], _REGION_LONG_LINE)]
    if len(lines) < WRAP_LEAST:
        return None
    if wrap is not None and sum(1 for k in lines if reaches_margin(wrap, body[k].raw, body[k].text)
                                and not past_margin(wrap, body[k].raw)) > len(lines) // _REGION_STRAYS:
        return None  # (the page's wrap reads it; a line or two reaching it among many, `本报讯 12月28日至30日，` over a
        # narrower column's lines, do not)
    marks = sum(len(_CLAUSE_MARKS.findall(body[k].text)) for k in region)
    if marks < len(region) * REGION_MARKS or 2 * sum(1 for k in lines if _INNER_GAP.search(body[k].text.strip())) > len(lines):
        return None  # (a table's rows, `户主：某某　　人口：4`, are alike in width: no paragraph's lines)
    width = _wrap_width(body, _margin([(display_width(body[k].raw, cjk=True), k) for k in lines]), REGION_FULL_SHARE)
    return Wrap(width=width, indents=indents, cjk=True, margin=margin) if width is not None else None


def _margin(widths: list[tuple[int, int]]) -> tuple[int, int, list[tuple[int, int]]]:
    """(lines ending exactly at the margin, the margin, the widths) for (width, block index) pairs: the
    margin is the width most full lines reach (the upper quartile)."""
    width = sorted(w for w, _ in widths)[len(widths) * 3 // 4]
    return sum(1 for w, _ in widths if w == width), width, widths


# the last character of a unit's name (党政办, 某社区, 某中心, 某公司): only after one is a space that ends a
# line inside a bracket the one between a credit's unit and its writer (not `（党政办某\u3000` / `某某）`)
_UNIT_LAST = frozenset("办室委会局厅部处科站所院队组心社区镇乡村司团校馆厂台道")


def _gap(line: Block) -> str:
    """What stands between a line and the next when a hard wrap cut their paragraph: nothing, but for a
    space the line ends in inside an open bracket, a credit's between its unit and its writer
    (`（党政办　` / `某某）`: `（党政办　某某）`, not `（党政办某某）`)."""
    t = line.text.rstrip()
    if (line.raw[-1:].isspace() and (t.rfind("（") > t.rfind("）") or t.rfind("(") > t.rfind(")"))
            and (t[-1:] in _UNIT_LAST or _SPACED_OPEN.search(t, max(0, len(t) - _SPACED_REACH)))):
        return "\u3000"  # (`（记者　某某　` / `某某）`: names a space apart, the wrap after the space between two)
    return ""


_SPACED_REACH = 30  # characters of a line's end an open credit's spaced names stand in
_SPACED_OPEN = re.compile(r"[（(][^（()）]*?\S[ \t\u3000]+\S[^（()）\s]*$")  # an open bracket, a space between its words


def joined(lines: list[Block]) -> Block:
    """One block of a paragraph's lines that a hard wrap cut (`runs_on`): the first's line, markup and
    indent, the words of all of them run together (`…石桥乡撤` + `乡设镇。` -> `…石桥乡撤乡设镇。`), `end`
    the last's line."""
    first = lines[0]
    if len(lines) == 1:
        return first
    rest = "".join(_gap(a) + b.text.strip() for a, b in zip(lines, lines[1:], strict=False))
    return Block(line=first.line, raw=first.raw.rstrip() + "".join(b.raw.strip() for b in lines[1:]),
                 text=first.text.rstrip() + rest, level=first.level, bold=first.bold,
                 rest=(first.rest + rest) if first.rest else "", quote=first.quote, bullet=first.bullet,
                 end=lines[-1].last_line)


_SENTENCE_MARKS = re.compile(r"[。，,；;：:！？!?、]")
_SPEECH_KICKER = re.compile(f"(?<!的){SPEECH_VERBS}$")
# a 纪要's numbered heading of a matter decided (`一、关于…的事项`, `七、关于其他事项`), no clause mark in it
_MATTER_HEADING = re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]\s*" + MATTER_TITLE + "$")
# a paper's dateline opening a line: `本报讯`, `某某讯（记者 …`, `【某某讯】`
_WIRE_CREDIT_OPEN = re.compile(r"\d{1,2}日电\s*[（(]")  # a wire dateline's credit opening (`…12月3日电（记者`)
_DATELINE_OPENS = re.compile(r"^\s*(?:本报讯|本刊讯|[【\[]\p{Han}{1,8}讯[】\]]|\p{Han}{1,8}讯\s*[（(]\s*(?:记者|通讯员|本报|实习))")


# a field of an e-mail's header, as a mail client prints it over a digest it was sent in (`发件人：…`, `主　题：…`,
# `时　间：…`; the time and date labels spaced only, as a client sets them: `时间：` opens many a notice's line)
MAIL_FIELD = re.compile(r"^\s*(?:发件人|收件人|抄[ \t\u3000]*送|密[ \t\u3000]*送|主[ \t\u3000]*题|发送时间|时[ \t\u3000]+间"
                        r"|日[ \t\u3000]+期|附[ \t\u3000]*件)\s*[:：]")
# a line of reporters alone (`本报记者　某某　通讯员　某某`: labels and names, no clause mark), as a paper prints
# it under a headline: never a line of the paragraph or the subtitle above it
_REPORTERS_ALONE = re.compile(r"^\s*[□■]?\s*(?:" + REPORTER_LABEL + r"[ \t\u3000]*[\p{Han}·]{2,4}(?:[ \t\u3000、]+[\p{Han}·]{2,4})*[ \t\u3000]*)+$")


# a title after its day in brackets, no sentence's end in it (`【11月13日】某某会议召开`): the day `d`, the title `t`
BRACKETED_DAY_TITLE = re.compile(r"^\s*[【\[〔]\s*(?P<d>(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[】\]〕]\s*"
                                 r"(?P<t>[^。！？；]*)$")
# a square and a name alone (`□ 某某`): a piece's writer under its title or its text, no wrapped line's rest
_SQUARE_SIGNED = re.compile(r"^\s*[□■][ \t\u3000]*(?:[\p{Han}·]{2,6}|\p{Han}[ \u3000]{1,2}\p{Han}{1,2})\s*$")  # (`□ 某 某`: padded)


# a bullet mark opening a line (◆标题, ■标题): a 简报's item, never a paragraph's next line after a sentence's end
_BULLET_OPEN = re.compile(r"^\s*[◆◇●○■□▲△★☆▶►]")


_HANGING_MARKS = "▲△■□●○◆◇★☆▶►▷•·※◎→ \u3000"


_HEADING_BULLETS = "■◆●□◇▍"  # marks that open a heading line, not a caption (▲) or a pointer (▶)
_FIELDS_GAP = re.compile(r"\S[ \t\u3000]{3,}\S")  # three spaces or more between two words: fields set apart
_GAP_IN = re.compile(r"(?<=\S)[ \t\u3000]+(?=\S)")


def _fields_apart(t: str) -> bool:
    """Is the line fields set apart (a running head, `2024年3月6日　星期三　　国内　4`): a gap of two spaces or
    more, or three gaps or more? (A speaker and their post, `某某　县人大代表`, one gap apart, is no such line.)"""
    gaps = _GAP_IN.findall(t)
    return len(gaps) >= 3 or any(len(g) >= 2 for g in gaps)


def past_margin(wrap: Wrap, raw: str, below: bool = False, above: bool = False) -> bool:
    """Is the line, holding no clause mark, past a hard-wrapped page's margin, so no line of its wrapped
    paragraphs: by a character or more, closing on a Chinese character (a full line runs past its margin by
    a mark hung there, `，`, never by a character), or by more than a tenth of the width? A headline
    printed across the columns is (`某科走进某社区开展“糖尿病防治”主题义诊` over lines of 21 characters). On a
    page wrapped at a count of characters only a line `below` or `above` a wrap (`runs_on`) is measured so."""
    t = raw.strip().lstrip(_HANGING_MARKS)  # (a caption's ▲ or a bullet hangs in the margin: `▲7月16日，…`)
    if not t or (_SENTENCE_MARKS.search(t) and (raw.strip()[:1] not in _HEADING_BULLETS or _PROSE_MARKS.search(t))):
        return False  # (a line with a clause in it is prose: a caption set wider than the columns runs on; not
        # a bulleted heading set across them, `■某某　县人大代表、某社理事长`; a bulleted brief is, its title run
        # into its text: `■某某督查安全生产　12月31日，副县长…`)
    over = display_width(t, wrap.cjk) - wrap.width  # (on a page wrapped at a count of characters, in columns
    # too: a line of Latin letters is long in characters, never in columns, and digits are narrower)
    if wrap.by_chars:  # (counted so as the line under one that may run on: a headline's second line wider than
        # the columns, `某某驶入“快车道”` / `七旬老人告别… 今年已有86部电梯投用`; as the line above, a bulleted heading
        # wider than them, `■某某　县人大代表、某社理事长` / `“…`; never a line of fields a wide gap apart, a running
        # head `2024年3月6日　星期三　　国内　4`, nor one a character or two past it, a caption set a little wider)
        return ((below or (above and raw.strip()[:1] in _HEADING_BULLETS)) and not _fields_apart(t)
                and over > max(4, wrap.width // 10))
    return over > max(4, wrap.width // 10) or (over >= 2 and is_han(t[-1]))


_PROSE_MARKS = re.compile(r"[，,。；;！？!?]")  # (a comma or a sentence's end: no heading's; `、` is in some)
_CARRIED_ON = re.compile(r"^\s*[(（]\s*(?:上接|接)\s*第?\s*[\d一二三四五六七八]+\s*版\s*[)）]")  # an article's rest, carried on
# two phrases of four characters or more a wide space apart, and nothing else (`聚焦“两茶”产业　做强富民引擎`, `中甲第5轮
# 某队主场逆转某队`; never a dateline's names, `本报讯（记者　某某　通讯员　某某`)
_HEADLINE_PARTS = re.compile(r"^[\p{Han}“”‘’「」『』\d]{4,16}(?:\u3000+|[ \t]{2,})[\p{Han}“”‘’「」『』\d]{4,16}$")
FIGURE_CLOSING = re.compile(r"^\s*[\d.．,，%％‰\-－]{1,12}[。！？；;]\s*$")  # a sentence's last figure alone on a line
# (or a telephone number's rest: `…服务热线556` / `6-1200。`)
# 的 opening a line: the rest of a phrase a wrap cut (`…投资是增长` / `的关键。`); never a word that opens with it
# (`的士`, `的哥`, `的姐`, `的确`)
_PARTICLE_OPENING = re.compile(r"^\s*的(?![士哥姐确])\p{Han}")
# one character and a clause mark opening a line (`题。某某，女，…` under `四、…履职不力问`): the last of a word the
# wrap cut, never a sentence's or a heading's start (but a Q&A's `问：`, `答：` and a note's `注：`)
ONE_CHARACTER_CLAUSE = re.compile(r"^\s*(?![问答注按])\p{Han}[。，；：、,;:]")
BRACKETED_LINE = re.compile(r"^[（(][^（()）]{2,30}[)）]$")  # a short line wholly in brackets (a credit: `（某镇　某某）`)


_QUOTE_CLOSES_EARLY = 6  # characters of a line, at most, before the quote mark it closes (a wrapped word's rest)
_BRACKET_CLOSES_EARLY = 24  # characters of a line, at most, before the bracket it closes (a dateline's credit's rest)


def _left_open(text: str) -> bool:
    """Does the line end inside a bracket it opened (`本报某地12月3日电（记者　某某　通讯员`)?"""
    last_open = max(text.rfind("（"), text.rfind("("))
    return last_open >= 0 and max(text.rfind("）"), text.rfind(")")) < last_open


def _closes_early(text: str) -> bool:
    """Does the line close a bracket within its first _BRACKET_CLOSES_EARLY characters, opening none
    before (`　某某）12月2日上午，…`)?"""
    head = text.lstrip()[:_BRACKET_CLOSES_EARLY]
    close = min((k for k in (head.find("）"), head.find(")")) if k >= 0), default=-1)
    return close > 0 and "（" not in head[:close] and "(" not in head[:close]


# a paragraph's opening time clause and its comma (`2016年以来，`, `9月12日上午，`, `近日，`): no wrap's second line
_TIME_CLAUSE_OPENS = re.compile(r"(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}[日号])?)?(?:以来|[上中下]旬|初|底)?"
                                r"|\d{1,2}月\d{1,2}[日号](?:上午|下午|晚上?|凌晨|早上|中午)?|\d{1,2}月(?:[上中下]旬|初|底|以来)"
                                r"|近日|日前|近期|连日来|近年来|今年以来|去年以来|年初以来)[，,]")


def runs_on(wrap: Wrap, above: Block, below: Block) -> bool:
    """Does `below` go on with the paragraph of `above` on a hard-wrapped page? `above` reaches the
    margin, and `below` is not indented (on a page whose paragraphs open with an indent), or `above`
    breaks off mid-sentence (on one whose paragraphs do not); neither runs past the margin (`past_margin`),
    and `below` opens with no dateline (`本报讯（记者 某某）…`) and is no line of reporters alone (`本报记者　某某`)."""
    if above.level or below.level:
        return False  # (a heading marked up, `# 标题`, is a line of its own: no wrap cut it or runs into it)
    if (_PARTICLE_OPENING.match(below.text) and has_words(above.text) and not ends_sentence(above.text)
            and not _HEADLINE_PARTS.search(above.text.strip())):
        return True  # (`项目是发展的引擎，投资是增长` / `的关键。…`: 的 opens no sentence, so the line above goes on into
        # it, however short of the margin a narrower column sets it)
    if (_SENTENCE_MARKS.search(above.text) and not ends_sentence(above.text) and above.text.count("“") > above.text.count("”")
            and 0 < below.text.find("”") < _QUOTE_CLOSES_EARLY and "“" not in below.text[:below.text.find("”")]):
        return True  # (`几年前，某村还是远近闻名的“空壳` / `村”，村集体经济…`: a quote a line of prose opened, closed
        # early in the next, however short of the margin the line is; a headline's, `…推行“不见面审` / `批”`, no clause
        # mark in it, is the headline rules')
    if (_left_open(above.text) and _closes_early(below.text)
            and (_DATELINE_OPENS.match(above.text) or _WIRE_CREDIT_OPEN.search(above.text))):
        return True  # (`本报讯（记者　某某　通讯员` / `某某）近日，…` in a narrow column: a dateline's credit, cut short
        # of the margin, goes on to the bracket that closes it)
    if (not reaches_margin(wrap, above.raw, above.text) or past_margin(wrap, above.raw, above=True)
            or past_margin(wrap, below.raw, below=True)):
        return False
    if above.bold and not above.rest.strip() and not below.bold:
        return False  # (and so is a line bold whole, `**某乡：某某撑起群众增收“大产业”**`, over plain text)
    if not has_words(above.text) and not FIGURE_CLOSING.match(above.text):
        return False  # (a rule line, `────`, reaching the margin runs into nothing under it: `■简讯`)
    if not has_words(below.text) and not (FIGURE_CLOSING.match(below.text) and not ends_sentence(above.text)):
        return False  # (a rule of marks between items, `★★★`, goes on with no paragraph; a figure closing the
        # sentence a wrap cut goes on with it: `…调解成功率达` / `91.3%。`)
    if BRACKETED_DAY_TITLE.match(above.text) or BRACKETED_DAY_TITLE.match(below.text):
        return False  # (`【11月13日】某某会议召开`, a round-up item's title after its day: a line of its own, wider
        # than the columns or not, and never the rest of the line above)
    if _FIELDS_GAP.search(above.text.strip()):
        return False  # (a page head of fields a wide gap apart, `2024年1月12日　星期五　　　两会特刊　　　3` / `某某报`)
    if "\t" in above.raw and "\t" in below.raw:
        return False  # (two rows of a table, their cells a tab apart: `1\t某某\t某医院` / `2\t某某\t…`)
    if _DATELINE_OPENS.match(below.text) or _REPORTERS_ALONE.match(below.text) or _SQUARE_SIGNED.match(below.text):
        return False  # (`——某某主持并讲话` / `本报讯（记者 某某）5`: a dateline opens an article's text, never goes on;
        # `——读《某书》` / `□ 某某`: a writer's line under a subtitle as wide as the column)
    if not _SENTENCE_MARKS.search(above.text) and _TIME_CLAUSE_OPENS.match(below.text.strip()):
        return False  # (`某市饮水安全巩固提升工程进展` / `2016年以来，全市…`: a line of no clause mark over one opening
        # with its time and a comma is a title over its text, however wide: a sentence wraps before its time never so)
    if _CARRIED_ON.match(below.text) or (_HEADLINE_PARTS.search(above.text.strip()) and not _SENTENCE_MARKS.search(above.text)):
        return False  # (`（上接第一版）` opens the rest of an article; `聚焦“两茶”产业　做强富民引擎`, two phrases a wide
        # space apart and no clause mark, is a headline's line, whole)
    if (below.text.lstrip().startswith(("——", "──")) and not _SENTENCE_MARKS.search(above.text)
            and not _SENTENCE_MARKS.search(below.text)):
        return False  # (`某区15个项目集中开工` / `——总投资42.6亿元`: a title over its dashed subtitle, each a line of its own)
    if (above.text.rstrip().endswith(("——", "──")) and not _SENTENCE_MARKS.search(above.text)
            and not _SENTENCE_MARKS.search(below.text)):
        return False  # (`某镇做强油茶产业带动群众增收——` / `小茶果“榨”出致富油`: a kicker closing on a dash, its title)
    if MAIL_FIELD.match(below.text):
        return False  # (`返回　回复　转发` / `主　题：…`, `…@example.cn>` / `收件人：…`: an e-mail's header, a field a line)
    if ends_sentence(above.text) and _BULLET_OPEN.match(below.text):
        return False  # (…的饭碗。 / ◆某某：让山货搭上直播快车: an item's bullet opens no paragraph's next line)
    if ends_sentence(above.text) and BRACKETED_LINE.match(below.text.strip()):
        return False  # (…春茶1.2吨。 / （某镇　某某）: a credit alone on its line closes the item, on no wrap)
    if _MATTER_HEADING.match(above.text.strip()):
        return False  # (`一、关于某某工作的事项` / `会议听取了…`: a 纪要's heading of a matter, whole on its line)
    if _SPEECH_KICKER.search(above.text.rstrip()) and not _SENTENCE_MARKS.search(above.text) \
            and not _SENTENCE_MARKS.search(below.text) and not ends_sentence(below.text):
        return False  # (`某某在调研时强调` / `用“绣花功夫”留住…`: a kicker ending in a verb of speech over its title)
    if _left_open(above.text) and _closes_early(below.text):
        return True  # (`本报某地12月3日电（记者　某某　通讯员` / `　某某）12月2日上午，…`: the space between two
        # names of a dateline's credit, wrapped, reads as an indent; the bracket it closes says the line goes on)
    if wrap.indents:
        # (after a sentence's end, a short line without punctuation is a headline: `…的魅力。` / `某某突发疾病`)
        return not wrap.indented(below.raw) and not (
            ends_sentence(above.text) and display_width(below.raw, wrap.cjk) < wrap.width * FULL_LINE
            and not _SENTENCE_MARKS.search(below.text))
    return not ends_sentence(above.text)
