#!/usr/bin/env python3
"""Make PDF, Word and HTML versions of the text samples, for the format tests (run on demand).

    pip install '.[fixtures]'          # fpdf2 (PDF writer), python-docx is a run-time dependency
    apt-get install fonts-noto-cjk     # or pass --font-regular/--font-bold (TrueType/OpenType, CJK)
    python tools/make_fixtures.py [--samples DIR] [--out tests/fixtures/formats]

Each sample is parsed with digest itself to learn its structure (the 目录 lines, section and
subsection headings, each entry's title and 目录 page, a newspaper's masthead and footer); that
structure is then typeset the way the original documents are:

- `NAME.pdf`: a CJK font (subset into the file), headings larger, titles bold (own line, or, for
  the sample whose text runs titles into their paragraphs, a bold run opening the paragraph),
  first-line indents, a running head on every body page (left on even pages, right on odd ones)
  and the page number at the bottom (`— 5 —`); each entry starts on the page its 目录 line gives.
  The newspaper sample is a masthead over three columns, page numbers at the bottom.
- `NAME.docx`: Word heading styles, bold runs, a dotted right tab in the 目录, a page break where
  the 目录 page changes, the running head in the page header.
- `NAME.html`: the text inside a site page with a menu, breadcrumbs, a sidebar of links and a
  footer (two page skeletons: HTML5 elements, and the div/class layout of many CMS sites).
- `table.pdf` (a table between two paragraphs), `scan.pdf` (an image of text, no text layer), `locked.pdf` (password `secret`), `damaged.pdf` and
  `damaged.docx` (cut short).

The files are written deterministically (fixed creation date), so running the tool again changes
nothing unless the samples or the tool change.
"""

from __future__ import annotations

import argparse
import io
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from digest.blocks import clean_heading, key, to_blocks  # noqa: E402
from digest.parse import parse_source  # noqa: E402
from digest.source import read_source  # noqa: E402
from digest.toc import find_toc  # noqa: E402

FONT_DIR = Path("/usr/share/fonts/opentype/noto")
FIXED_DATE = datetime(2024, 1, 1, tzinfo=timezone.utc)


@dataclass
class Item:
    kind: str              # h (heading), toc (目录 line), title (bold line), p (paragraph), mast, foot
    text: str
    level: int = 0
    page: int | None = None
    lead: str = ""         # a bold run opening a paragraph
    anchor: str = ""


@dataclass
class Model:
    name: str
    layout: str            # toc | newspaper
    head: str              # running head
    items: list[Item]


# -- structure from the text sample ---------------------------------------------------------------

def _split_title(text: str, title_key: str) -> tuple[str, str] | None:
    """Split `text` after the characters that spell `title_key` (markup and spaces ignored)."""
    want = len(title_key)
    got = 0
    for i, ch in enumerate(text):
        if key(ch):
            got += 1
        if got == want:
            return text[: i + 1], text[i + 1:]
    return None


def build_model(path: Path) -> Model:
    src = read_source(path)
    blocks = to_blocks(src.lines)
    res = parse_source(src, persons=False)
    issue = res.issue
    entries = sorted(res.entries, key=lambda e: e.line_start)
    head = f"{issue.publication or '政务信息'}  {issue.issue_date or ''}".strip()
    items: list[Item] = []
    if issue.layout != "toc":
        meta = issue.meta or {}
        mast = set(meta.get("masthead_lines") or [])
        foot = set(meta.get("footer_lines") or [])
        for b in blocks:
            if b.line in mast:
                items.append(Item("mast", b.text))
            elif b.line in foot:
                items.append(Item("foot", b.text))
            elif b.level:
                items.append(Item("h", b.text, level=b.level))
            elif b.bold and not b.rest:
                items.append(Item("title", b.text))
            else:
                items.append(Item("p", b.text))
        return Model(path.stem, "newspaper", head, items)

    toc = find_toc(blocks)
    assert toc is not None
    sections = toc.names("section")
    subsections = toc.names("subsection")
    toc_items = {it.line: it for it in toc.items}
    toc_lines = {ln for it in toc.items for ln in range(it.line, it.line_end + 1)}
    toc_heads = {h.line: h for h in toc.headings}
    starts = {e.line_start: e for e in entries}
    pages_at = [(e.line_start, e.page) for e in entries]
    inline = sum(1 for b in blocks if b.bold and b.rest) > len(entries) // 3

    def page_for(line: int, heading: bool) -> int | None:
        if heading:   # a heading goes with the entry after it
            nxt = [p for ls, p in pages_at if ls >= line and p]
            return nxt[0] if nxt else None
        prev = [p for ls, p in pages_at if ls <= line and p]
        return prev[-1] if prev else None

    i = 0
    while i < len(blocks):
        b = blocks[i]
        i += 1
        if b.line <= toc.end_line and b.line >= toc.start_line or b.line < toc.start_line:
            if b.line in toc_items:
                it = toc_items[b.line]
                items.append(Item("toc", it.title, page=it.page, anchor=f"p{it.line}"))
            elif b.line in toc_lines:
                continue
            elif b.line in toc_heads:
                items.append(Item("h", b.text, level=2 if toc_heads[b.line].kind == "section" else 3))
            elif b.line == toc.start_line or b.level:
                items.append(Item("h", b.text, level=1))
            else:
                items.append(Item("p", b.text))
            continue
        e = starts.get(b.line)
        if e is not None:
            tk = key(e.title)
            texts = [b.text]
            while len(key("".join(texts))) < len(tk) and i < len(blocks) and blocks[i].line <= e.line_end:
                texts.append(blocks[i].text)
                i += 1
            joined = "".join(texts)
            split = _split_title(joined, tk) if key(joined).startswith(tk) else None
            title, rest = split if split else (e.title, joined if not key(joined).startswith(tk) else "")
            page = e.page or page_for(b.line, False)
            anchor = f"p{e.line_start}"
            if rest.strip() and not any("\u4e00" <= ch <= "\u9fff" for ch in rest):
                inline_here = True   # a stray number after the title ("… 5" + "月，…") stays on its line
            else:
                inline_here = inline
            if inline_here and rest.strip():
                items.append(Item("p", title.strip() + " " + rest.strip(), page=page, lead=title.strip(),
                                  anchor=anchor))
            else:
                items.append(Item("title", title.strip(), page=page, anchor=anchor))
                if rest.strip():
                    items.append(Item("p", rest.strip(), page=page))
            continue
        name = clean_heading(b.text)
        if b.level:
            items.append(Item("h", b.text, level=min(b.level, 3), page=page_for(b.line, True)))
        elif len(name) <= 12 and name in sections:
            items.append(Item("h", b.text, level=2, page=page_for(b.line, True)))
        elif len(name) <= 12 and name in subsections:
            items.append(Item("h", b.text, level=3, page=page_for(b.line, True)))
        else:
            items.append(Item("p", b.text, page=page_for(b.line, False)))
    return Model(path.stem, "toc", head, items)


# -- PDF ------------------------------------------------------------------------------------------

def _fpdf(fonts: tuple[str, str]):
    from fpdf import FPDF

    class Doc(FPDF):
        running_head = ""
        labels: dict[int, str] = {}
        first_body = 10**6
        number_all = False

        def header(self) -> None:
            if self.page_no() < self.first_body or not self.running_head:
                return
            self.set_font("serif", "", 8.5)
            self.set_y(9)
            align = "L" if self.page_no() % 2 == 0 else "R"
            self.cell(0, 5, self.running_head, align=align, new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, 15, self.w - self.r_margin, 15)
            self.set_y(self.t_margin)

        def footer(self) -> None:
            label = str(self.page_no()) if self.number_all else self.labels.get(self.page_no())
            if not label:
                return
            self.set_y(-13)
            self.set_font("serif", "", 9)
            self.cell(0, 5, f"— {label} —", align="C")

    pdf = Doc(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_producer("digest tools/make_fixtures.py")
    pdf.labels = {}
    reg, bold = fonts
    pdf.add_font("serif", "", reg, collection_font_number=2 if reg.endswith(".ttc") else 0)
    pdf.add_font("serif", "B", bold, collection_font_number=2 if bold.endswith(".ttc") else 0)
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(True, 20)
    return pdf


HEAD_SIZES = {1: 18.0, 2: 15.0, 3: 12.5, 4: 11.5}
BODY = 10.5


def _md_escape(s: str) -> str:
    return s.replace("**", "*\u200b*").replace("__", "_\u200b_").replace("--", "-\u200b-")


def toc_pdf(model: Model, fonts: tuple[str, str]) -> bytes:
    pdf = _fpdf(fonts)
    pdf.running_head = model.head
    pdf.add_page()
    label: int | None = None
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for it in model.items:
        if it.page and (label is None or it.page > label) and it.kind != "toc":
            pdf.add_page()
            if label is None:
                pdf.first_body = pdf.page_no()
            label = it.page
        if label is not None:
            pdf.labels[pdf.page_no()] = str(label)
        if it.kind == "h":
            size = HEAD_SIZES.get(it.level, 11.5)
            pdf.set_font("serif", "B", size)
            pdf.ln(2)
            pdf.multi_cell(0, size * 0.55, it.text.replace("#", "").strip(), align="C",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif it.kind == "toc":
            pdf.set_font("serif", "", BODY)
            num = str(it.page or "")
            title = it.text
            dot = pdf.get_string_width(".")
            num_w = pdf.get_string_width(num) + 1
            room = width - num_w - 4 * dot
            if pdf.get_string_width(title) > room:     # a long title wraps; the leader goes on line 2
                cut = len(title)
                while cut and pdf.get_string_width(title[:cut]) > width:
                    cut -= 1
                pdf.cell(0, 6, title[:cut], new_x="LMARGIN", new_y="NEXT")
                title = title[cut:]
            tw = pdf.get_string_width(title)
            dots = "." * max(3, int((width - tw - num_w) / dot) - 1)
            pdf.cell(tw, 6, title)
            pdf.cell(width - tw - num_w, 6, dots)
            pdf.cell(num_w, 6, num, align="R", new_x="LMARGIN", new_y="NEXT")
        elif it.kind == "title":
            pdf.set_font("serif", "B", BODY)
            pdf.ln(1.5)
            pdf.multi_cell(0, 6, it.text, new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
        else:
            pdf.set_font("serif", "", BODY)
            text = "\u3000\u3000" + it.text
            if it.lead:
                rest = it.text[len(it.lead):]
                pdf.multi_cell(0, 6, "\u3000\u3000**" + _md_escape(it.lead) + "**" + _md_escape(rest),
                               markdown=True, new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
            else:
                pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
    return bytes(pdf.output())


def newspaper_pdf(model: Model, fonts: tuple[str, str]) -> bytes:
    pdf = _fpdf(fonts)
    pdf.number_all = True
    pdf.add_page()
    pdf.first_body = 2
    pdf.running_head = model.head
    # masthead over the columns
    mast = [it for it in model.items if it.kind == "mast"]
    foot = [it for it in model.items if it.kind == "foot"]
    pdf.set_font("serif", "B", 26)
    pdf.cell(0, 14, model.head.split()[0] if model.head else "", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("serif", "", 9)
    for it in mast:
        pdf.multi_cell(0, 5, it.text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
    pdf.ln(5)
    body = [it for it in model.items if it.kind not in ("mast", "foot")]
    sizes = {1: 16.0, 2: 14.0, 3: 13.0, 4: 11.5}
    with pdf.text_columns(ncols=3, gutter=7, text_align="J", line_height=1.35, wrapmode="CHAR") as cols:
        for it in body:
            if it.kind == "h":
                pdf.set_font("serif", "B", sizes.get(it.level, 11.5))
                with cols.paragraph(text_align="L", top_margin=2.5, bottom_margin=1.5) as par:
                    par.write(it.text)
            elif it.kind == "title":
                pdf.set_font("serif", "B", BODY)
                with cols.paragraph(text_align="L", top_margin=2) as par:
                    par.write(it.text)
            else:
                pdf.set_font("serif", "", 9.5)
                with cols.paragraph(first_line_indent=6.5) as par:
                    par.write(it.text)
    pdf.set_font("serif", "", 8)
    pdf.ln(4)
    for it in foot:
        pdf.multi_cell(0, 4.5, it.text, align="L", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


# -- Word -----------------------------------------------------------------------------------------

def make_docx(model: Model) -> bytes:
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt

    d = docx.Document()
    d.core_properties.created = FIXED_DATE.replace(tzinfo=None)
    d.core_properties.modified = FIXED_DATE.replace(tzinfo=None)
    normal = d.styles["Normal"]
    normal.font.size = Pt(BODY)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = model.head
    label = None
    for it in model.items:
        if model.layout == "toc" and it.page and (label is None or it.page > label) and it.kind != "toc":
            d.add_page_break()
            label = it.page
        if it.kind == "h":
            d.add_heading(it.text.replace("#", "").strip(), level=min(it.level, 4))
        elif it.kind == "toc":
            p = d.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            p.add_run(f"{it.text}\t{it.page or ''}")
        elif it.kind == "title":
            p = d.add_paragraph()
            p.add_run(it.text).bold = True
        elif it.kind in ("mast", "foot"):
            p = d.add_paragraph()
            r = p.add_run(it.text)
            r.font.size = Pt(9)
        else:
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(BODY * 2)
            if it.lead:
                p.add_run(it.lead).bold = True
                p.add_run(it.text[len(it.lead):])
            else:
                p.add_run(it.text)
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip(buf.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a ZIP with fixed member times, so the same content gives the same bytes."""
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# -- HTML -----------------------------------------------------------------------------------------

def _esc(s: str) -> str:
    import html

    return html.escape(s, quote=True)


MENU = ["首页", "新闻中心", "政务公开", "办事服务", "互动交流", "数据发布", "专题专栏"]
SIDE = ["全市重点项目建设推进会召开", "关于开展冬季安全生产检查的通知", "市政府常务会议研究部署近期工作",
        "2021年12月政务信息汇编", "政策解读：优化营商环境若干措施"]


def make_html(model: Model, variant: int) -> bytes:
    body: list[str] = []
    toc_open = False
    for it in model.items:
        if it.kind != "toc" and toc_open:
            body.append("</ul>")
            toc_open = False
        if it.kind == "h":
            lvl = min(it.level + 1, 6)
            body.append(f"<h{lvl}>{_esc(it.text.replace('#', '').strip())}</h{lvl}>")
        elif it.kind == "toc":
            if not toc_open:
                body.append('<ul class="toc">')
                toc_open = True
            body.append(f'<li><a href="#{it.anchor}">{_esc(it.text)}</a>'
                        f'<span class="pg">.....{it.page or ""}</span></li>')
        elif it.kind == "title":
            body.append(f'<p id="{it.anchor}" class="t"><strong>{_esc(it.text)}</strong></p>')
        elif it.kind in ("mast", "foot"):
            body.append(f'<div class="{it.kind}">{_esc(it.text)}</div>')
        elif it.lead:
            body.append(f'<p id="{it.anchor}">\u3000\u3000<strong>{_esc(it.lead)}</strong>'
                        f'{_esc(it.text[len(it.lead):])}</p>')
        else:
            body.append(f"<p>\u3000\u3000{_esc(it.text)}</p>")
    if toc_open:
        body.append("</ul>")
    menu = "".join(f'<li><a href="/{i}.html">{m}</a></li>' for i, m in enumerate(MENU))
    side = "".join(f'<li><a href="/news/{i}.html">{s}</a></li>' for i, s in enumerate(SIDE))
    title = _esc(model.head or model.name)
    foot = ("版权所有：市人民政府办公室 主办单位：市政府办公室 网站标识码 4103000001 "
            "备案号：豫ICP备00000000号 2019年12月改版")
    content = "\n".join(body)
    # the newspaper's name heads its page (as its masthead does in print); a digest opens with its 目录
    h1 = f"<h1>{_esc(model.head.split()[0])}</h1>" if model.layout == "newspaper" and model.head else ""
    if variant == 0:
        page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:serif}} .toc .pg{{float:right}}</style>
<script>var _hmt = _hmt || []; window.dataLayer = [];</script></head>
<body>
<header class="site-header"><div class="logo">市人民政府门户网站</div>
<nav><ul>{menu}</ul></nav></header>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政务信息</div>
<main>
<article>
{h1}
{content}
</article>
</main>
<aside class="sidebar"><h3>相关阅读</h3><ul>{side}</ul></aside>
<footer><p>{foot}</p><p><a href="/about.html">关于我们</a> | <a href="/map.html">网站地图</a></p></footer>
</body></html>
"""
    else:
        page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}</title></head>
<body>
<div id="top"><div class="top-links"><a href="/">网站首页</a> <a href="/en/">English</a> <a href="/wza/">无障碍</a></div></div>
<div class="nav"><ul>{menu}</ul></div>
<div class="main">
<div class="dqwz">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/zwxx/">政务信息</a></div>
<div class="left-content"><div id="zoom">
{h1}
{content}
</div>
<div class="share-box">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
</div>
<div class="right-side"><div class="title">热点新闻</div><ul>{side}</ul></div>
</div>
<div id="foot"><p>{foot}</p></div>
</body></html>
"""
        return page.encode("gb18030")
    return page.encode("utf-8")


# -- bad files ------------------------------------------------------------------------------------

def scan_pdf(fonts: tuple[str, str]) -> bytes:
    """A page that is only an image of text: no text layer."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (827, 1170), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(fonts[0], 22, index=2 if fonts[0].endswith(".ttc") else 0)
    lines = ["政务信息", "目录", "某市召开专题会议部署冬季供暖工作.....1",
             "12月1日，市政府召开专题会议，研究部署今冬明春供暖保障工作。"]
    for n, line in enumerate(lines):
        draw.text((60, 80 + n * 44), line, fill=0, font=font)
    img = img.convert("1")
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    pdf = _fpdf(fonts)
    pdf.add_page()
    pdf.image(io.BytesIO(buf.getvalue()), x=0, y=0, w=pdf.w)
    return bytes(pdf.output())


TABLE = [("项目名称", "建设内容", "投资（亿元）"),
         ("新能源装备产业园一期工程", "电池模组与储能设备生产线", "12.5"),
         ("老城区城市更新片区项目", "老旧小区改造与配套设施", "8"),
         ("东部乡镇高标准农田建设", "灌溉与田间道路", "3.2"),
         ("陆港物流枢纽二期工程", "多式联运仓储中心建设", "21"),
         ("古城文旅融合示范项目", "古街区保护利用", "6.75")]


def table_pdf(fonts: tuple[str, str]) -> bytes:
    """A page with a table between two paragraphs: read row by row, not column by column."""
    pdf = _fpdf(fonts)
    pdf.add_page()
    pdf.set_font("serif", "B", 15)
    pdf.cell(0, 10, "重点项目集中开工", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("serif", "", BODY)
    pdf.multi_cell(0, 6, "\u3000\u300012月1日，全市第四季度重点项目集中开工，共有五个项目开工建设，"
                   "总投资约五十亿元，涵盖先进制造、城市更新、现代农业、物流和文旅等领域。",
                   new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
    pdf.ln(3)
    widths = (66, 72, 28)
    for row in TABLE:
        for w, cell in zip(widths, row, strict=True):
            pdf.cell(w, 8, cell, border=1, align="R" if cell[0].isdigit() else "L")
        pdf.ln(8)
    pdf.ln(3)
    pdf.multi_cell(0, 6, "\u3000\u3000会议要求，各县区要加快手续办理，强化要素保障，确保项目早建成、早投产、早见效。",
                   new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
    return bytes(pdf.output())


def locked_pdf(model: Model, fonts: tuple[str, str]) -> bytes:
    pdf = _fpdf(fonts)
    pdf.set_encryption(owner_password="owner-secret", user_password="secret")
    pdf.add_page()
    pdf.set_font("serif", "", BODY)
    for it in model.items[:12]:
        pdf.multi_cell(0, 6, it.text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def damaged(data: bytes, keep: float) -> bytes:
    """The first part of a file, as a download or copy cut short leaves it."""
    return data[: int(len(data) * keep)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--samples", default=str(ROOT.parent / "shared" / "samples"))
    ap.add_argument("--out", default=str(ROOT / "tests" / "fixtures" / "formats"))
    ap.add_argument("--font-regular", default=str(FONT_DIR / "NotoSerifCJK-Regular.ttc"))
    ap.add_argument("--font-bold", default=str(FONT_DIR / "NotoSerifCJK-Bold.ttc"))
    ap.add_argument("--only", help="only the sample with this name")
    args = ap.parse_args(argv)
    fonts = (args.font_regular, args.font_bold)
    for f in fonts:
        if not Path(f).is_file():
            print(f"make_fixtures: font {f} not found (apt-get install fonts-noto-cjk, or --font-*)",
                  file=sys.stderr)
            return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    samples = sorted(Path(args.samples).glob("*.txt"))
    if args.only:
        samples = [s for s in samples if s.stem == args.only]
    models = []
    for k, s in enumerate(samples):
        m = build_model(s)
        models.append(m)
        pdf = toc_pdf(m, fonts) if m.layout == "toc" else newspaper_pdf(m, fonts)
        (out / f"{m.name}.pdf").write_bytes(pdf)
        (out / f"{m.name}.docx").write_bytes(make_docx(m))
        (out / f"{m.name}.html").write_bytes(make_html(m, k % 2))
        print(f"{m.name}: pdf {len(pdf) // 1024} KB, {len(m.items)} items")
    if models and not args.only:
        (out / "scan.pdf").write_bytes(scan_pdf(fonts))
        (out / "table.pdf").write_bytes(table_pdf(fonts))
        (out / "locked.pdf").write_bytes(locked_pdf(models[0], fonts))
        (out / "damaged.pdf").write_bytes(damaged((out / f"{models[0].name}.pdf").read_bytes(), 0.3)[:60000])
        (out / "damaged.docx").write_bytes(damaged((out / f"{models[0].name}.docx").read_bytes(), 0.5))
    return 0


if __name__ == "__main__":
    sys.exit(main())
