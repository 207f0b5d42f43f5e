"""Word (.docx) reader (python-docx): body paragraphs and table cells in document order (a table's row of
one-line cells is one line, its cells two spaces apart).

Headings: a paragraph style (or one it is based on) named `Heading N` / `标题 N`, or an outline level,
gives level N (`Title` is level 1); without any heading styles, a short paragraph set at least 1.15
times the body size is a heading by size rank, as in a PDF. Bold: a run's own bold, else its
character style's, else the paragraph style chain's. A soft line break (Shift+Enter) starts a new line.
Pages: explicit page breaks, `page break before` and the breaks Word records where it last laid the
page out (`lastRenderedPageBreak`) count pages; a paragraph's page is the one it starts on. The first
section's header is read before the text, once (a paper's masthead line with its date and page), as a
PDF's text prints a page's running head; footers (page numbers) are not read.
A damaged file is a one-line `InputError` naming it.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from functools import reduce

import regex as re

from digest.readers import Document, Para, body_size, build_document, join_wrapped, size_levels
from digest.source import InputError
from digest.text import ends_sentence

_BULLET_RUN = re.compile("[\ue000-\uf8ff●◆■□◇○▪•·▶►]+")  # a run that is a bullet alone
_SYMBOL_RUN = re.compile("[\ue000-\uf8ff]+")  # one a symbol font (Wingdings) prints: its glyph, no text
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.I)


def read_docx(data: bytes, name: str) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        doc = docx.Document(io.BytesIO(data))
        body = doc.element.body
    except (PackageNotFoundError, KeyError, zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise InputError(f"{name}: damaged Word file, cannot be read ({_reason(exc)})") from None
    except Exception as exc:  # lxml's XMLSyntaxError and zlib errors from a truncated part
        raise InputError(f"{name}: damaged Word file, cannot be read ({_reason(exc)})") from None
    for alt in list(body.iter(_MC + "AlternateContent")):  # a drawing saved twice (Word 2010+: a DrawingML text
        if alt.find(_MC + "Choice") is not None:  # box, and the same box as VML for older readers): read it once
            for fallback in alt.findall(_MC + "Fallback"):
                alt.remove(fallback)
    state = _State(doc)
    for child in _running_head(doc):  # the first page's running head (a paper's masthead line: its date and page)
        state.paragraph(child)
    for child in body.iterchildren():
        if child.tag == _W + "p":
            state.paragraph(child)
        elif child.tag == _W + "tbl":
            state.table(child)
    paras = state.paras
    if not any(p.level for p in paras):
        size_levels(paras, body_size(paras))
    return build_document(paras, name, "docx", data, pages=state.page if state.page > 1 else 0)


def _running_head(doc) -> list:
    """The paragraphs of the first page's header that hold words (a paper's masthead line, `某某报　2019年
    7月16日　星期二　第3版`; the first page's own header where the file sets one apart), read once: the
    page's own lines, as a PDF's text holds them; [] for a file without one or a header that cannot be
    read. (The footer, a page number and a publisher's line, is left out: its number would be read as the
    last page's.)"""
    try:
        section = doc.sections[0]
        # (a first page of its own prints its own header, often none: the running head is the later pages')
        header = section.first_page_header if section.different_first_page_header_footer else section.header
        return [p._p for p in header.paragraphs if p.text.strip()]
    except (IndexError, KeyError, ValueError, AttributeError):
        return []


_DATE_UNIT_FIRST = frozenset("年月日号时")


def _rejoin_split_dates(lines: list[list[tuple[str, bool, float]]]) -> list[list[tuple[str, bool, float]]]:
    """A paragraph's lines with a soft break that cut a number from its unit joined again (`…全部完工，7` /
    `月中旬起转入…`: a date typed across a manual line break, which Word shows as one line's end): a line
    ending in a digit and the next opening with 年 月 日 号 or 时 are one line."""
    out: list[list[tuple[str, bool, float]]] = []
    for runs in lines:
        text = "".join(t for t, _b, _s in runs).lstrip()
        if out and text[:1] in _DATE_UNIT_FIRST and "".join(t for t, _b, _s in out[-1]).rstrip()[-1:].isdigit():
            out[-1] = out[-1] + runs
        else:
            out.append(runs)
    return out


def _reason(exc: Exception) -> str:
    s = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return s[:120]


class _State:
    def __init__(self, doc) -> None:
        self.doc = doc
        self.page = 1
        self.broke = False   # a page break was just counted and no text has followed it yet
        self.paras: list[Para] = []
        self.styles: dict[str, tuple[int, bool | None, float]] = {}
        self.char_bold: dict[str, bool | None] = {}

    def style_facts(self, style_id: str | None) -> tuple[int, bool | None, float]:
        """(heading level, bold, size) of a paragraph style, following its base styles."""
        if not style_id:
            style_id = ""
        if style_id in self.styles:
            return self.styles[style_id]
        level, bold, size = 0, None, 0.0
        try:
            from docx.enum.style import WD_STYLE_TYPE

            styles = self.doc.styles
            kind = WD_STYLE_TYPE.PARAGRAPH
            style = styles.get_by_id(style_id, kind) if style_id else styles.default(kind)
        except Exception:
            style = None
        seen = 0
        while style is not None and seen < 10:
            seen += 1
            nm = (style.name or "").strip()
            m = _HEADING_STYLE.match(nm)
            if not level and m:
                level = int(m.group(1))
            elif not level and nm.lower() in ("title", "标题"):
                level = 1
            pPr = style.element.pPr
            if not level and pPr is not None:
                ol = pPr.find(_W + "outlineLvl")
                if ol is not None and (v := ol.get(_W + "val", "")).isdigit() and int(v) < 9:
                    level = int(v) + 1
            if bold is None and style.font.bold is not None:
                bold = style.font.bold
            if not size and style.font.size is not None:
                size = style.font.size.pt
            style = style.base_style
        self.styles[style_id] = (level, bold, size)
        return self.styles[style_id]

    def table(self, tbl) -> None:
        """A table's rows in order: a row of two cells or more, each of one line at most, is one line, its
        cells two spaces apart, as the HTML reader reads a row (`1  某某  某某公司  车间主任`: a 名单's row, no
        heading however bold); a row whose cells hold paragraphs of their own (a layout table holding a
        masthead or an article) gives each paragraph its own line. A table of records, its head row naming
        a title and a text column (`日期 | 标题 | 内容 | 报送单位`), gives each row as an item (`_record_row`)."""
        columns: dict[str, int] | None = None  # a table of records' columns, by kind (`_record_columns`)
        for row in tbl.iterchildren(_W + "tr"):
            cells: list[list[Para]] = []
            for tc in row.iterchildren(_W + "tc"):
                start = len(self.paras)
                for p in tc.iter(_W + "p"):
                    self.paragraph(p)
                cells.append(self.paras[start:])
                del self.paras[start:]
            filled = [c for c in cells if c]
            if columns is not None and len(filled) >= 2:
                self.paras.extend(_record_row(cells, columns))
                continue
            if columns is None and (columns := _record_columns(cells)) is not None:
                continue  # (the head row names the columns, under the rows of a masthead laid out in the table)
            if len(filled) >= 2 and all(len(c) == 1 for c in filled):
                parts = [c[0] for c in filled]
                self.paras.append(Para(text="  ".join(x.text for x in parts), size=max(x.size for x in parts),
                                       page=parts[0].page, line=parts[0].line, line_end=parts[0].line_end))
            elif len(filled) >= 2 and _short_cells(filled):  # a 目录's row, its title typed over two lines
                parts = [c[0] for c in filled]
                self.paras.append(Para(text="  ".join(_cell_text(c) for c in filled), size=max(x.size for x in parts),
                                       page=parts[0].page, line=parts[0].line, line_end=filled[0][-1].line_end))
            else:
                for c in cells:
                    self.paras.extend(c)

    def paragraph(self, p) -> None:
        pPr = p.find(_W + "pPr")
        style_id = None
        level = 0
        if pPr is not None:
            ps = pPr.find(_W + "pStyle")
            style_id = ps.get(_W + "val") if ps is not None else None
            ol = pPr.find(_W + "outlineLvl")
            if ol is not None and (v := ol.get(_W + "val", "")).isdigit() and int(v) < 9:
                level = int(v) + 1
            if pPr.find(_W + "pageBreakBefore") is not None and not self.broke:
                self.page += 1
                self.broke = True
        s_level, s_bold, s_size = self.style_facts(style_id)
        level = level or s_level
        start_page = self.page
        lines: list[list[tuple[str, bool, float]]] = [[]]
        for el in p.iter():
            tag = el.tag
            if tag == _W + "p" and el is not p:
                lines.append([])  # (a text box's paragraph inside this one: a line of its own)
            elif tag == _W + "r":
                bold, size = self._run_format(el, s_bold, s_size)
                for part in el.iterchildren():
                    t = part.tag
                    if t == _W + "t":
                        if part.text:
                            lines[-1].append((part.text, bold, size))
                            self.broke = False
                    elif t == _W + "tab":
                        lines[-1].append(("\t", bold, size))
                    elif t == _W + "br":
                        if part.get(_W + "type") == "page":
                            self.page += 1
                            self.broke = True
                            if not any(x[0].strip() for ln in lines for x in ln):
                                start_page = self.page
                        elif part.get(_W + "type") in (None, "textWrapping"):
                            lines.append([])
                    elif t == _W + "lastRenderedPageBreak" and not self.broke:
                        # where Word last broke the page; after an explicit break it is the same page
                        self.page += 1
                        self.broke = True
                        if not any(x[0].strip() for ln in lines for x in ln):
                            start_page = self.page
        lines = _rejoin_split_dates(lines)
        for k, runs in enumerate(lines):
            text = "".join("●" if _SYMBOL_RUN.fullmatch(t.strip()) else t for t, _b, _s in runs).strip()  # (a
            # symbol font's bullet in a run of its own, `\uf0d8`, a bullet as normalize_text reads one opening a line)
            if not text:
                continue
            # (a bullet in a run of its own, a symbol font's glyph or a mark, is neither bold nor plain text:
            # `\uf0d8` / `**市人社局启动…**` is a bold title)
            visible = [(t, b) for t, b, _s in runs if t.strip() and not _BULLET_RUN.fullmatch(t.strip())]
            all_bold = bool(visible) and all(b for _t, b in visible)
            lead = ""
            if not all_bold:
                for t, b, _s in runs:
                    if b or not t.strip() or _BULLET_RUN.fullmatch(t.strip()):
                        lead += t
                    else:
                        break
                lead = lead.strip() if any(b for _t, b in visible[:1]) else ""
            sizes = [s for _t, _b, s in runs if s]
            self.paras.append(Para(text=text, level=level, bold=all_bold and not level, lead_bold=lead,
                                   size=max(sizes) if sizes else 0.0, page=start_page, line=k + 1,
                                   line_end=k + 1))

    def _run_format(self, r, p_bold: bool | None, p_size: float) -> tuple[bool, float]:
        rPr = r.find(_W + "rPr")
        bold = None
        size = 0.0
        if rPr is not None:
            b = rPr.find(_W + "b")
            if b is not None:
                bold = b.get(_W + "val", "true") not in ("0", "false", "off")
            sz = rPr.find(_W + "sz")
            if sz is not None and (v := sz.get(_W + "val", "")).isdigit():
                size = int(v) / 2
            if bold is None:
                rs = rPr.find(_W + "rStyle")
                if rs is not None:
                    bold = self._char_style_bold(rs.get(_W + "val"))
        if bold is None:
            bold = bool(p_bold)
        return bold, size or p_size

    def _char_style_bold(self, style_id: str | None) -> bool | None:
        if not style_id:
            return None
        if style_id not in self.char_bold:
            try:
                from docx.enum.style import WD_STYLE_TYPE

                st = self.doc.styles.get_by_id(style_id, WD_STYLE_TYPE.CHARACTER)
                self.char_bold[style_id] = st.font.bold if st is not None else None
            except Exception:
                self.char_bold[style_id] = None
        return self.char_bold[style_id]


_CELL_LINES = 3  # paragraphs of a cell a 目录's title typed over several lines holds at most
_CELL_LINE_MOST = 40  # characters of each


# a table of records' head row: a title column and a text column, and the date or the unit each came from
# (`日期 | 标题 | 内容 | 报送单位`, as a 镇's 工作动态 is typed into one Word table, a row an item)
_TITLE_HEAD = re.compile(r"^(?:信息|新闻|动态)?(?:标题|题目)$")
_TEXT_HEAD = re.compile(r"^(?:主要|工作|动态|信息)?(?:内容|正文|摘要|简介)$")
_DATE_HEAD = re.compile(r"^(?:日期|时间|发生时间|报送时间)$")
_UNIT_HEAD = re.compile(r"^(?:报送|供稿|来源|责任|主办)?(?:单位|部门|科室)$|^(?:来源|供稿|报送)$")


def _record_columns(cells: list[list[Para]]) -> dict[str, int] | None:
    """The columns of a table of records, when its row is their head (each cell one short line, a title
    column and a text column among them): {"title": i, "text": j, "date": k, "unit": m}; else None."""
    if len(cells) < 2 or any(len(c) != 1 for c in cells):
        return None
    heads = ["".join(c[0].text.split()) for c in cells]
    columns: dict[str, int] = {}
    for i, h in enumerate(heads):
        for kind, pat in (("title", _TITLE_HEAD), ("text", _TEXT_HEAD), ("date", _DATE_HEAD), ("unit", _UNIT_HEAD)):
            if kind not in columns and pat.match(h):
                columns[kind] = i
    if "text" not in columns or not ("title" in columns or "date" in columns or "unit" in columns):
        return None  # (`日期 | 单位 | 内容`: each item's title opens its text's cell, in bold)
    return columns


def _record_row(cells: list[list[Para]], columns: dict[str, int]) -> list[Para]:
    """A row of a table of records as a digest prints an item: its title's paragraphs, its date cell in
    brackets under them when the text does not open with that date itself (`（9月下旬）`), its text's
    paragraphs, then the unit it came from (with any other short cells) closing it in brackets (`（镇党建办）`)."""
    def cell(kind: str) -> list[Para]:
        k = columns.get(kind)
        return cells[k] if k is not None and k < len(cells) else []

    title, text, date, unit = cell("title"), cell("text"), cell("date"), cell("unit")
    if "title" not in columns and text:  # the title in bold over the text in its cell, or a bold run opening it
        if text[0].bold and len(text) > 1:
            title, text = text[:1], text[1:]
        elif text[0].lead_bold.strip() and text[0].text.strip() != text[0].lead_bold.strip():
            head, rest = text[0].lead_bold.strip(), text[0].text.strip()[len(text[0].lead_bold.strip()):].strip()
            title = [replace(text[0], text=head.rstrip("。."), bold=True, lead_bold="")]
            text = [replace(text[0], text=rest, lead_bold=""), *text[1:]]
    out = list(title)
    day = _cell_text(date)
    if day and text and day not in "".join(text[0].text.split())[:_DATE_REACH]:
        out.append(replace(date[0], text=f"（{day}）", bold=False, lead_bold="", level=0))
    out.extend(text)
    rest = [p for k, c in enumerate(cells) if k not in columns.values() for p in c] + list(unit)
    plain = [p for p in rest if p.text.strip() and not _BRACKETED.match(p.text.strip())]
    if plain:  # (a unit's name typed over two lines in its cell is one name: `镇党群服务` / `中心`)
        out.append(replace(plain[0], text=f"（{_cell_text(plain)}）", bold=False, lead_bold="", level=0))
    out.extend(replace(p, bold=False, lead_bold="", level=0) for p in rest if _BRACKETED.match(p.text.strip()))
    return out


_DATE_REACH = 16  # characters of an item's text its date cell's date is looked for in (`截至9月14日，…`)
_BRACKETED = re.compile(r"^[(（][^()（）]+[)）]$")  # a cell's line in brackets (`（某某）`: its writer)


def _short_cells(cells: list[list[Para]]) -> bool:
    """Are the row's cells each a few short paragraphs (`_CELL_LINES` of `_CELL_LINE_MOST` characters at
    most), no sentence among them: a 目录's row whose title was typed over two lines in its cell
    (`某某调研组来我市调研重点项目建设` / `和营商环境工作` | `1`), not a layout table's article?"""
    return all(len(c) <= _CELL_LINES and all(len(p.text.strip()) <= _CELL_LINE_MOST and not ends_sentence(p.text)
                                            for p in c) for c in cells)


def _cell_text(cell: list[Para]) -> str:
    """A cell's paragraphs as one line, as a paragraph's wrapped lines join (`readers.join_wrapped`:
    `某某调研组来我市调研` + `重点项目建设` -> one title; `Annual` + `Report` -> `Annual Report`)."""
    return reduce(join_wrapped, (p.text.strip() for p in cell), "")
