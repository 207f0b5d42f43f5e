"""Text laid out in columns side by side (`pdftotext -layout` of a newspaper's page): its columns read one
after another, as the page is read.

    精准扶贫在行动                     简  讯
    桐岭县：…让山货走出大山            云岙县举办首届
                                       稻香文化节
    本报桐岭9月20日讯（记者 …    +合作社+贫困户”模式，…    9月20日至22日，云岙
    通讯员 …）近日，在桐岭县…    镇建成电商服务站12个、…    县首届稻香文化节在…

Each line is cut into pieces at runs of two spaces or more, measured in display columns (a Chinese
character two, as the extraction sets them). The page is then cut as a recursive XY-cut does (`_cut`):
first into its tiers, where two blank lines or more cross it (a story and the column beside it, then a
photo, then the stories under them: each tier read left to right); then, where gutters (two columns or
more blank on every line, with text on both sides on two lines at least) run down a whole band, column by
column; else into bands grown a line at a time (`_bands_of`): a band of columns ends at a line crossing
its gutters (a headline over two columns) and at a blank line under a finished story; a band of no
columns (headlines) ends where the lines after it share gutters it crosses. A column of one piece a line is
read as it stands, cut at its blank lines.

The reader applies only to a page most of whose text stands in such bands (`_LEAST_COLUMN_SHARE` of its
lines, `_LEAST_BAND_LINES` lines in a band at least) of lines of text, not a table's cells (half the
pieces `_LEAST_COLUMN_PIECE` characters or more: a 名单 set in four columns keeps its rows): a digest whose
目录 alone is set in two columns is read as it was (`digest.toc` reads that 目录). The lines come out in
reading order, a blank line between the parts, each mapped back to its line in the file (`Origin.line`);
the page's head (its first lines over a blank one) comes first, its fields as far apart as printed.
"""

from __future__ import annotations

import hashlib
import unicodedata

import regex as re

from digest.blocks import display_width
from digest.readers import Document, Origin
from digest.text import ends_sentence

_GAP = re.compile(r"[ \u3000]{2,}|\t")  # what parts two pieces of a line: two spaces or more (or a tab)
_LEAST_GUTTER = 2  # display columns a gutter is wide at least
_LEAST_BAND_LINES = 6  # lines of words a band of columns holds at least
_LEAST_COLUMN_SHARE = 0.5  # of a page's lines of words, those in bands of columns for it to be read so


def _pieces(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each piece of a line, in display columns: the runs of text between gaps of two
    spaces or more. One pass over the line."""
    out: list[tuple[int, int, str]] = []
    pos = col = 0
    for m in _GAP.finditer(line):
        if m.start() > pos:
            piece = line[pos:m.start()]
            w = display_width(piece)
            out.append((col, col + w, piece))
            col += w
        gap = m.group()
        col += 8 - col % 8 if gap == "\t" else gap.count(" ") + 2 * gap.count("\u3000")
        pos = m.end()
    if pos < len(line):
        piece = line[pos:]
        out.append((col, col + display_width(piece), piece))
    return out


Row = tuple[int, list[tuple[int, int, str]]]  # (line index, its pieces)


def _ambiguous(ch: str) -> bool:
    """A character of ambiguous width (`“`, `”`, `—`, `…`, `·`): one column or two, as the extraction set it."""
    return unicodedata.east_asian_width(ch) == "A"


def _extent(a: int, b: int, text: str) -> tuple[int, int]:
    """The columns a piece [a, b) is taken to cover: less one at an end whose line holds a character of
    ambiguous width (`_ambiguous`: `“`, `—`), which the extraction may have set one column wide where the
    width counts two, or two where it counts one, pushing the line's end a column into the gutter."""
    if b - a >= 3 and any(_ambiguous(ch) for ch in text):
        return a + 1, b - 1
    return a, b


def _mark(covered: bytearray, a: int, b: int, text: str, base: int = 0) -> None:
    """Mark the columns of a piece's `_extent` in `covered` (whose first column is `base`)."""
    a, b = _extent(a, b, text)
    covered[a - base:b - base] = b"\x01" * (b - a)


def _gutters(rows: list[Row], x0: int, x1: int) -> list[tuple[int, int]]:
    """The gutters of a band: runs of `_LEAST_GUTTER` columns or more that no piece covers, with text
    on both sides, inside [x0, x1)."""
    lo = min(a for _i, ps in rows for a, _b, _t in ps)
    hi = max(b for _i, ps in rows for _a, b, _t in ps)
    covered = bytearray(max(hi, x1) - x0 + 1)
    for _i, ps in rows:
        for a, b, t in ps:
            _mark(covered, a, b, t, x0)
    out, start = [], None
    for x in range(lo, hi):
        if not covered[x - x0]:
            start = x if start is None else start
        elif start is not None:
            if x - start >= _LEAST_GUTTER:
                out.append((start, x))
            start = None
    return out


def _column_gutters(rows: list[Row], x0: int, x1: int) -> list[tuple[int, int]]:
    """The gutters of a band (`_gutters`) with text on both sides on two of its lines at least: columns
    side by side (a paragraph's short last line over a credit set right leaves a gap, no gutter)."""
    if len(rows) < 2:
        return []
    return [(g0, g1) for g0, g1 in _gutters(rows, x0, x1)
            if sum(1 for _i, ps in rows if ps[0][0] < g0 and ps[-1][1] > g1) >= 2]


def _cut(rows: list[Row], x0: int, x1: int, out: list[list[Row]], depth: int = 0) -> None:
    """Read the band `rows` (pieces inside [x0, x1)) into `out`, one list of rows a part, in reading order:
    tier by tier where two blank lines or more cross the band; else column by column where gutters run down
    the whole band; else band by band (`_bands_of`), each read so in turn; else at its blank lines."""
    rows = [(i, ps) for i, ps in rows if ps]
    if not rows:
        return
    if depth > _MOST_DEPTH or len(rows) == 1:
        out.append(rows)
        return
    tiers = [[rows[0]]]  # tiers of the page first, parted by two blank lines or more across the band (its
    for k in range(1, len(rows)):  # stories read tier by tier, left to right in each, as the page is read)
        if rows[k][0] - rows[k - 1][0] > _WIDE_GAP:
            tiers.append([])
        tiers[-1].append(rows[k])
    if len(tiers) > 1:
        for tier in tiers:
            _cut(tier, x0, x1, out, depth + 1)
        return
    gutters = _column_gutters(rows, x0, x1)
    if gutters:
        edges = [x0, *[(a + b) // 2 for a, b in gutters], x1]
        for a, b in zip(edges, edges[1:], strict=False):
            _cut([(i, [p for p in ps if a <= p[0] < b]) for i, ps in rows], a, b, out, depth + 1)
        return
    parts = _bands_of(rows, x0, x1)
    if len(parts) == 1:
        parts = [[rows[0]]]
        for k in range(1, len(rows)):
            if rows[k][0] != rows[k - 1][0] + 1:
                parts.append([])
            parts[-1].append(rows[k])
    if len(parts) == 1:
        out.append(rows)
        return
    for part in parts:
        _cut(part, x0, x1, out, depth + 1)


_MOST_DEPTH = 12  # cuts inside cuts (a page's columns inside its bands inside its columns …)
_WIDE_GAP = 2  # blank lines between two bands of columns that part two tiers of stories (one parts a headline from its text)


def _bands_of(rows: list[Row], x0: int, x1: int) -> list[list[Row]]:
    """The band cut into bands of lines that share gutters, top to bottom, each grown a line at a time:
    a band of columns ends at the line that crosses all its gutters (a headline over them), and at two blank
    lines or more, or one under a story whose last column finishes (`_finished_above`: a story over two
    columns, then two stories side by side under it); a band of no columns (headlines) ends where the lines
    after it share gutters it crosses. Each line's columns are counted into its band's once, and a look ahead reads
    `_LEAST_BAND_LINES` lines: linear in the lines."""
    width = x1 - x0 + 1
    parts: list[list[Row]] = []
    cur: list[Row] = []
    covered = bytearray(width)
    multi = 0  # lines of the band of two pieces or more
    lo, hi = x1, x0
    for k, row in enumerate(rows):
        i, ps = row
        if cur:
            gap = i != cur[-1][0] + 1
            new = bytearray(covered)
            for a, b, t in ps:
                _mark(new, a, b, t, x0)
            nlo, nhi = min(lo, ps[0][0]), max(hi, ps[-1][1])
            columns = multi >= 2 and _has_gutter(covered, lo - x0, hi - x0)
            if columns:
                cut = not _has_gutter(new, nlo - x0, nhi - x0) or (gap and (
                    i > cur[-1][0] + _WIDE_GAP or _finished_above(cur)))
            else:  # (a band of headlines: cut where the lines ahead share gutters its last line crosses)
                cut = _spans(cur[-1], rows[k:k + _LEAST_BAND_LINES], x0, x1)
            if not cut:
                cur.append(row)
                covered, lo, hi = new, nlo, nhi
                multi += len(ps) >= 2
                continue
            parts.append(cur)
        cur, covered, multi = [row], bytearray(width), int(len(ps) >= 2)
        for a, b, t in ps:
            _mark(covered, a, b, t, x0)
        lo, hi = ps[0][0], ps[-1][1]
    parts.append(cur)
    return parts


def _finished_above(part: list[Row]) -> bool:
    """Does the text over a blank line end with a sentence in its last column: the lowest of the last
    `_LEAST_BAND_LINES` * 2 lines whose last piece starts in the rightmost column? Three lines of it at least."""
    if len(part) < 3:
        return False
    tail = part[-2 * _LEAST_BAND_LINES:]
    right = max(ps[-1][0] for _i, ps in tail)
    last = next(ps for _i, ps in reversed(tail) if ps[-1][0] >= right - 4)
    return ends_sentence(last[-1][2])  # (a credit alone closes one too: `（通讯员 某某）`)


def _spans(row: Row, below: list[Row], x0: int, x1: int) -> bool:
    """Does `row` cross a gutter of the columns of the lines `below` (`_column_gutters`): a piece of it over
    the gutter's middle? (A line whose column starts a little left of the others' is no headline over them.)"""
    return any(a < (g0 + g1) // 2 < b for g0, g1 in _column_gutters(below, x0, x1)
               for a, b in (_extent(*p) for p in row[1]))


def _has_gutter(covered: bytearray, lo: int, hi: int) -> bool:
    """Is there a run of `_LEAST_GUTTER` uncovered columns inside [lo, hi)?"""
    run = 0
    for x in range(lo, hi):
        run = run + 1 if not covered[x] else 0
        if run >= _LEAST_GUTTER:
            return True
    return False


def _bands(rows: list[Row], width: int) -> int:
    """Lines of words in runs of `_LEAST_BAND_LINES` or more, each of two pieces or more, that share a
    gutter: how much of the page is set in columns side by side. One pass, each line's columns counted
    once into its band's."""
    total = band = 0
    covered = bytearray(width + 1)
    lo, hi = width, 0
    for _i, ps in rows:
        if len(ps) >= 2:
            new = bytearray(covered)
            for a, b, t in ps:
                _mark(new, a, b, t)
            nlo, nhi = min(lo, ps[0][0]), max(hi, ps[-1][1])
            if _has_gutter(new, nlo, nhi):
                covered, lo, hi, band = new, nlo, nhi, band + 1
                continue
        total += band if band >= _LEAST_BAND_LINES else 0
        covered, lo, hi, band = bytearray(width + 1), width, 0, 0
        if len(ps) >= 2:  # (a line of two pieces opens the next band)
            for a, b, t in ps:
                _mark(covered, a, b, t)
            lo, hi, band = ps[0][0], ps[-1][1], 1
    return total + (band if band >= _LEAST_BAND_LINES else 0)


_LEAST_COLUMN_PIECE = 8  # characters of a column's line of text (a table's cells are shorter)
_LEAST_LONG_SHARE = 0.5  # of the pieces of the lines cut in two or more, those that long for a page of columns
_MOST_HEAD_LINES = 3  # lines of a page's head over its columns, a blank line under them
_MOST_WIDTH = 400  # display columns of a page's widest line (wider is no page of columns: a line of prose)
_LEAST_SPLIT_SHARE = 0.3  # of a page's lines of words, those holding a gap inside, for its columns to be looked for


def _spaced(ps: list[tuple[int, int, str]]) -> str:
    """The pieces of a line, the gaps between them as wide as the page set them (a masthead's fields:
    `2016年9月22日  星期四        某某日报        区县新闻  3`)."""
    out = ps[0][2]
    for (_a, b, _t), (a, _b, t) in zip(ps, ps[1:], strict=False):
        out += " " * (a - b) + t
    return out


def column_lines(text: str) -> list[tuple[int, str]] | None:
    """(line index in `text`, its text) of the page's lines in reading order, a part's lines after the
    part before it and a blank line (index -1) between parts; None unless the page is set in columns
    side by side (module docstring)."""
    lines = text.split("\n")
    stripped = [ln.strip() for ln in lines]
    worded = sum(1 for t in stripped if t)
    if worded < 2 * _LEAST_BAND_LINES or sum(1 for t in stripped if _GAP.search(t)) < _LEAST_SPLIT_SHARE * worded:
        return None  # (most text: few lines hold a gap inside, and no line is cut into pieces)
    rows = [(i, ps) for i, ln in enumerate(lines) if (ps := _pieces(ln.rstrip()))]
    width = max(ps[-1][1] for _i, ps in rows)
    cells = [len(t.strip()) for _i, ps in rows if len(ps) >= 2 for _a, _b, t in ps]
    if sum(1 for n in cells if n >= _LEAST_COLUMN_PIECE) < _LEAST_LONG_SHARE * len(cells):
        return None  # (a table's rows, short cells a gap apart: `姓名　　单位　　职务`, a 名单 in four columns)
    if width > _MOST_WIDTH or _bands(rows, width) < _LEAST_COLUMN_SHARE * len(rows):
        return None
    parts: list[list[Row]] = []
    head = next((k for k in range(1, min(len(rows), _MOST_HEAD_LINES + 1)) if rows[k][0] != rows[k - 1][0] + 1), 0)
    if head:  # the page's head over its columns (`2016年9月22日  星期四    某某日报    区县新闻  3`), then a blank line
        parts.append(rows[:head])
    _cut(rows[head:], 0, width + 1, parts)
    out: list[tuple[int, str]] = []
    for part in parts:
        if out:
            out.append((-1, ""))
        left = min(ps[0][0] for _i, ps in part)  # (a paragraph's first line indented in its column stays so)
        out.extend((i, " " * (ps[0][0] - left) + _spaced(ps)) for i, ps in part)
    return out


def columns_document(text: str, name: str, encoding: str, data: bytes) -> Document | None:
    """The Document of a text file set in columns side by side (`column_lines`), each of its lines mapped
    back to the file's line (`Origin.line`, 1-based); None for any other text."""
    got = column_lines(text)
    if got is None:
        return None
    lines = [t for _i, t in got]
    origins = [Origin(1, None, i + 1, i + 1) if i >= 0 else None for i, _t in got]
    parts = 1 + sum(1 for i, _t in got if i < 0)
    warning = (f"set in columns side by side: read column by column, in {parts} parts "
               f"(`digest extract` shows them in that order)")
    return Document(path=name, text="\n".join(lines) + "\n", encoding=encoding,
                    sha256=hashlib.sha256(data).hexdigest(), lines=[*lines, ""], kind="text",
                    origins=[*origins, None], pages=0, warnings=[warning])
