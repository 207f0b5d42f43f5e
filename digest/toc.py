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
`- ` bullets, titles wrapped over two lines (a head with no page, then the tail with the page) and
section/subsection lines between them (`◆◆◆ 时 政 ◆◆◆`, `## 时政`, `### 领导活动`, `<b>科 技</b>`,
a bare `领导活动`). Which headings are sections: the 目录's first heading is a section, and later
headings drawn in the same style (decoration, markdown level) are too; the others are subsections.
Where every heading has the same style, known subsection names under a section that already has
subsections stay subsections (PDF extraction often gives both levels the same `##`).
The 目录 ends where the body begins: the first section heading printed again, or body prose.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex as re

from digest.blocks import DECOR, Block, clean_heading, key, strip_markup
from digest.text import ends_full_stop

_TOC_HEAD = re.compile(r"^(?:目录|目次|contents?)(?:contents?)?$", re.I)
_BARE_PAGE = re.compile(r"^[\s.．。·・•…⋯‥—–\-_]*(\d{1,4})\s*$")
_HAS_WORD = re.compile(r"[\p{Han}A-Za-z]")

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
    kind: str
    line: int


@dataclass
class Toc:
    start_line: int
    end_line: int
    items: list[TocItem] = field(default_factory=list)
    headings: list[TocHeading] = field(default_factory=list)
    doubts: list[tuple[int, str]] = field(default_factory=list)

    def names(self, kind: str) -> set[str]:
        return {h.name for h in self.headings if h.kind == kind}


_LEADER_RUNS = ((".．。·・•…⋯‥", 2), ("—–", 2), ("-", 3), ("_", 3))  # leader characters, shortest run
_TITLE_TAIL = " \t\u3000\r\f\v.．·•…⋯—–-_"  # stripped from a title's end


def page_line(text: str, loose: bool = True) -> tuple[str, int] | None:
    """Split `title..... 12` into (title, 12); None when the line carries no page number.

    The page is the line's trailing digits (1-4); before them, after optional whitespace, a leader: a
    run of dots (`.....`, `……`, `···`, 2+), dashes (`——`, 2+; `---`, 3+) or underscores (3+), else a
    tab, else (loose, pages of 1-3 digits) a space after a title that does not end in a digit or dot.
    Read from the end of the line with plain scans: linear in the line's length (a line of 100,000
    dots takes milliseconds)."""
    t = text.rstrip()
    j = len(t)
    while j > 0 and t[j - 1].isdecimal():
        j -= 1
    page = t[j:]
    if not page or len(page) > 4:
        return None
    head = t[:j]
    core = head.rstrip()
    gap = head[len(core):]
    title = None
    for chars, least in _LEADER_RUNS:
        k = len(core)
        while k > 0 and core[k - 1] in chars:
            k -= 1
        if len(core) - k >= least and k > 0:
            title = core[:k]
            break
    if title is None:
        if "\t" in gap and core:
            title = core
        elif loose and gap and len(page) <= 3 and core and not core[-1].isdecimal() and core[-1] not in ".．":
            title = core
        else:
            return None
    title = title.strip().rstrip(_TITLE_TAIL)
    if _HAS_WORD.search(title):
        return title, int(page)
    return None


def _style(b: Block) -> tuple[bool, int, bool]:
    raw = b.raw
    decorated = any(c in raw for c in DECOR)
    bold = b.bold is not None or "<b>" in raw.lower() or "<strong>" in raw.lower()
    return decorated, b.level, bold


def _is_heading_like(b: Block) -> bool:
    name = clean_heading(b.text)
    if not name or len(name) > 10 or ends_full_stop(name):
        return False
    if b.level or any(c in b.raw for c in DECOR) or b.bold or "<b" in b.raw.lower():
        return True
    return len(name) <= 8


def find_toc(blocks: list[Block], body_lines: set[str] | None = None) -> Toc | None:
    """Find and read the 目录; None when the issue has none."""
    start = None
    for i, b in enumerate(blocks[:80]):
        if _TOC_HEAD.match(key(b.text)):
            start = i
            break
    if start is None:
        # No heading: accept a run of page lines near the top.
        run = [i for i, b in enumerate(blocks[:60]) if page_line(b.text, loose=False)]
        if len(run) < 5:
            return None
        start = run[0] - 1
        while start >= 0 and _is_heading_like(blocks[start]):
            start -= 1
    standalone = body_lines if body_lines is not None else _standalone_keys(blocks)
    return _read(blocks, start, standalone)


def _wrap_end(blocks: list[Block], i: int) -> int | None:
    """Where a title wrapped from line i ends: the index of the next line that carries a page, when
    at most two more unmarked, unfinished lines stand between; else None."""
    for k in range(i + 1, min(i + 4, len(blocks))):
        if page_line(blocks[k].text):
            return k
        b = blocks[k]
        if _BARE_PAGE.match(b.text):
            return None
        if b.level or b.bold or any(c in b.raw for c in DECOR) or ends_full_stop(b.text) or len(key(b.text)) > 40:
            return None
    return None


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


def _read(blocks: list[Block], start: int, standalone: set[str]) -> Toc:
    head_line = blocks[start].line if start >= 0 else blocks[0].line
    toc = Toc(start_line=head_line, end_line=head_line)
    section: str | None = None
    subsection: str | None = None
    section_style: tuple[bool, int, bool] | None = None
    section_has_subs = False
    pending: list[Block] = []  # the head lines of a wrapped title, waiting for the line with the page
    last_kind = ""  # what the previous 目录 line was: "item", "section" or "subsection"
    read_titles: set[str] = set()
    cache: list[list[str]] = []

    def prefixes() -> list[str]:
        """key() of every paragraph's first 120 characters, computed once, when first needed."""
        if not cache:
            cache.append([key(b.text[:120]) for b in blocks])
        return cache[0]

    first_section_key: str | None = None
    first_item_key: str | None = None
    i = start + 1
    n = len(blocks)
    while i < n:
        b = blocks[i]
        text = b.text
        pl = page_line(text)
        name = clean_heading(text)
        # Where the body begins.
        if toc.items and pl is None and first_section_key and name == first_section_key:
            break
        if toc.items and pl is None and first_item_key and len(key(text)) > 12 and key(text).startswith(first_item_key[:12]):
            break
        if pl is None and len(key(text)) > 70:
            break
        if toc.items and pl is None and len(key(text)) >= 4 and key(text) in read_titles:
            break  # a 目录 title printed again: the body begins (with no section heading before it)
        if pl is not None:
            title, page = pl
            line0 = b.line
            if pending:
                title = "".join(strip_markup(p.text) for p in pending) + title
                line0 = pending[0].line
                pending = []
            toc.items.append(TocItem(title=title.strip(), page=page, section=section, subsection=subsection,
                                     line=line0, line_end=b.line))
            if first_item_key is None:
                first_item_key = key(title)
            read_titles.add(key(title))
            last_kind = "item"
            toc.end_line = b.line
            i += 1
            continue
        if not _HAS_WORD.search(text):  # separators like "-----  ---"
            toc.end_line = b.line
            i += 1
            continue
        nxt = blocks[i + 1] if i + 1 < n else None
        nxt_page = page_line(nxt.text) if nxt is not None else None
        bare = _BARE_PAGE.match(nxt.text) if nxt is not None and not pending else None
        if bare and len(key(text)) > 4 and not _is_heading_like(b):
            # the page (and its leader) wrapped onto a line of its own under the title
            toc.items.append(TocItem(title=strip_markup(text).strip(), page=int(bare.group(1)), section=section,
                                     subsection=subsection, line=b.line, line_end=nxt.line))
            last_kind = "item"
            toc.end_line = nxt.line
            i += 2
            continue
        heading_like = _is_heading_like(b)
        if pending:
            # A head followed by something that is not its tail: keep it as an item without page.
            head = "".join(p.text for p in pending)
            toc.doubts.append((pending[0].line, f"目录 line has no page number: {head}"))
            toc.items.append(TocItem(title=head, page=None, section=section, subsection=subsection,
                                     line=pending[0].line, line_end=pending[-1].line))
            pending = []
        marked = bool(b.level or any(c in b.raw for c in DECOR) or b.bold or "<b" in b.raw.lower())
        confirmed = name in standalone or name in KNOWN_SUBSECTIONS or name in KNOWN_SECTIONS
        after_item = bool(toc.items) and last_kind == "item"
        if heading_like and (marked or confirmed or not toc.items
                             or (nxt_page is not None and not after_item)):
            style = _style(b)
            if section_style is None:
                kind = "section"
                section_style = style
            elif style == section_style and last_kind == "section":
                kind = "subsection"  # a heading right under a section heading is its subsection
            elif style == section_style and not (
                    section is not None and name in KNOWN_SUBSECTIONS and name not in KNOWN_SECTIONS
                    and (section_has_subs or not style[0])):
                kind = "section"
            else:
                kind = "subsection"
            if kind == "section":
                section, subsection, section_has_subs = name, None, False
                if first_section_key is None:
                    first_section_key = name
            else:
                subsection, section_has_subs = name, True
            toc.headings.append(TocHeading(name=name, kind=kind, line=b.line))
            last_kind = kind
            toc.end_line = b.line
            i += 1
            continue
        end = _wrap_end(blocks, i)
        if end is not None and len(key(text)) > 4:
            tail = page_line(blocks[end].text)
            joined = key("".join(strip_markup(x.text) for x in blocks[i:end]) + (tail[0] if tail else ""))
            if not _own_title(prefixes(), i, key(text), joined):
                pending = blocks[i:end]  # head lines of a wrapped title; the last line carries the page
                toc.end_line = blocks[end - 1].line
                i = end
                continue
        if len(key(text)) > 4 and _own_title(prefixes(), i, key(text), None):
            # a 目录 line printed without its page: the body prints it as a title of its own
            toc.doubts.append((b.line, f"目录 line has no page number: {text}"))
            toc.items.append(TocItem(title=text.strip(), page=None, section=section, subsection=subsection,
                                     line=b.line, line_end=b.line))
            last_kind = "item"
            toc.end_line = b.line
            i += 1
            continue
        if toc.items and len(key(text)) <= 30 and not ends_full_stop(text) and name not in standalone:
            # only the tail of the previous title, printed on its own line
            last = toc.items[-1]
            last.title = last.title + strip_markup(text)
            last.line_end = b.line
            toc.end_line = b.line
            i += 1
            continue
        break
    if pending:
        head = "".join(p.text for p in pending)
        toc.items.append(TocItem(title=head, page=None, section=section, subsection=subsection,
                                 line=pending[0].line, line_end=pending[-1].line))
        toc.doubts.append((pending[0].line, f"目录 line has no page number: {head}"))
    return toc
