"""PDF, Word and HTML input (digest.readers): the same records as the text, layout facts made explicit.

The documents in tests/fixtures/formats were made from the samples by tools/make_fixtures.py
(committed, so no font or writer is needed here): PDFs with a CJK font, bold titles, running heads and
page numbers, the newspaper in three columns; Word files with heading styles; HTML pages inside a site's
menu, sidebar and footer; and a scan, a password-protected and two damaged files.
"""

from __future__ import annotations

import hashlib
import shutil
from functools import cache
from pathlib import Path

import pytest
from conftest import GOLD_DIR, SAMPLES, run_digest
from typer.testing import CliRunner

from digest.blocks import key
from digest.cli import app
from digest.parse import ParseResult, parse_path
from digest.readers import Document, sniff
from digest.source import InputError, read_source

FORMATS = Path(__file__).parent / "fixtures" / "formats"
NAMES = sorted(p.stem for p in SAMPLES.glob("*.txt"))
KINDS = ("pdf", "docx", "html")
CASES = [(n, k) for n in NAMES for k in KINDS]


@cache
def parsed(path: str) -> ParseResult:
    return parse_path(path, persons=False)


def fixture(name: str, kind: str) -> Path:
    return FORMATS / f"{name}.{kind}"


def record(e) -> tuple:
    """What must not change with the format (text compared without spaces or markup)."""
    return (key(e.title), e.section, e.subsection, e.page if e.toc_title else None, e.date,
            e.date_end, e.kicker and key(e.kicker), e.byline, e.kind, key(e.text))


@pytest.mark.parametrize(("name", "kind"), CASES, ids=[f"{n}.{k}" for n, k in CASES])
def test_each_format_gives_the_records_of_the_text_version(name, kind):
    text = parsed(str(SAMPLES / f"{name}.txt"))
    doc = parsed(str(fixture(name, kind)))
    assert [record(e) for e in doc.entries] == [record(e) for e in text.entries]
    assert (doc.issue.publication, doc.issue.issue_date) == (text.issue.publication, text.issue.issue_date)
    # one issue, one id, whatever the format (without a publication the id carries a hash of the words)
    assert doc.issue.issue_id == text.issue.issue_id
    assert all(e.source == str(fixture(name, kind)) for e in doc.entries)


@pytest.mark.parametrize(("name", "kind"), CASES, ids=[f"{n}.{k}" for n, k in CASES])
def test_each_format_scores_against_gold(name, kind, scorer):
    gold = GOLD_DIR / f"{name}.jsonl"
    if not gold.is_file():
        pytest.skip(f"no gold file {gold}")
    got = scorer.score(scorer.load(str(gold)), [e.to_dict() for e in parsed(str(fixture(name, kind))).entries])
    assert got["entry_f1"] >= 0.99, got
    low = {k: v for k, v in got.items() if k.endswith("_accuracy") and v < 0.98}
    assert not low, (low, got["field_misses"])


def test_pdf_knows_pages_running_heads_and_page_numbers():
    path = fixture("luoyang-2023-11", "pdf")
    doc = read_source(path)
    assert isinstance(doc, Document) and doc.kind == "pdf" and doc.pages > 20
    # every body page had its running head and its printed number left out, and labelled by it
    body_pages = sorted(doc.page_labels)
    assert len(body_pages) >= 20 and all(doc.furniture.get(p) for p in body_pages)
    heads = {line for p in body_pages for line in doc.furniture[p] if not line.strip("— ").isdigit()}
    assert heads and not heads & set(doc.lines)
    assert not any(line.strip("— ").isdigit() for line in doc.lines)
    # an entry's page is the printed number of the page its title stands on, and its lines map there
    res = parsed(str(path))
    for e in res.entries:
        o = doc.origins[e.line_start - 1]
        assert o is not None and o.label == str(e.page), e.title
        assert key(e.title) in key(doc.lines[e.line_start - 1])
    # bold titles and size headings reach blocks as markup
    assert sum(line.startswith("**") for line in doc.lines) >= len(res.entries)
    assert any(line.startswith("## ") for line in doc.lines)


def test_pdf_page_comes_from_the_page_when_the_toc_gives_none():
    res = parsed(str(fixture("yibin-2022-11-16", "pdf")))
    assert [e.page for e in res.entries][:2] == [1, 1]
    assert all(e.page for e in res.entries)
    assert sorted(e.page for e in res.entries) == [e.page for e in res.entries]


def test_three_column_newspaper_page_is_read_column_by_column():
    text = parsed(str(SAMPLES / "yibin-2022-11-16.txt"))
    pdf = parsed(str(fixture("yibin-2022-11-16", "pdf")))
    doc = read_source(fixture("yibin-2022-11-16", "pdf"))
    front = {i + 1 for i, o in enumerate(doc.origins) if o is not None and o.page == 1}
    assert len(front) > 10

    def warned(res):
        return [w for e in res.entries for w in e.warnings] + list(res.issue.warnings)

    # no scramble warning on the front page; elsewhere exactly the text's own (its columns were
    # already interleaved when it was extracted), none added by the reader
    lines = [int(w.split(":")[0].split()[1]) for w in warned(pdf) if w.startswith("line ")]
    assert not [n for n in lines if n in front]
    strip = [w.split(":", 1)[1].split("(")[0] for w in warned(pdf)]
    assert strip == [w.split(":", 1)[1].split("(")[0] for w in warned(text)]
    # the front-page article reads in order: its first and last paragraphs are the text's
    assert pdf.entries[1].text.split("\n")[0] == text.entries[1].text.split("\n")[0]


def test_html_furniture_is_left_out():
    for name in NAMES:
        doc = read_source(fixture(name, "html"))
        joined = "\n".join(doc.lines)
        for word in ("版权所有", "相关阅读", "热点新闻", "当前位置", "您现在的位置", "网站首页", "新闻中心", "分享到"):
            assert word not in joined, (name, word)


@pytest.mark.parametrize(("path", "word"), [("scan.pdf", "ocrmypdf -l chi_sim"), ("locked.pdf", "password")])
def test_scan_and_password_pdf_one_line_exit_2(path, word, private_store):
    p = run_digest("parse", str(FORMATS / path), "--dry-run")
    assert p.returncode == 2
    err = p.stderr.strip().splitlines()
    assert len(err) == 1 and word in err[0] and path in err[0], p.stderr
    assert "Traceback" not in p.stderr


@pytest.mark.parametrize("bad", ["damaged.pdf", "damaged.docx"])
def test_damaged_file_is_one_line_and_the_run_goes_on(bad, tmp_path, private_store):
    good = fixture("luoyang-2023-11", "docx")
    p = run_digest("parse", str(FORMATS / bad), str(good), "--json", "--dry-run", "-q")
    assert p.returncode == 2
    err = [ln for ln in p.stderr.splitlines() if ln.strip()]
    assert len(err) == 1 and bad in err[0] and "damaged" in err[0], p.stderr
    assert len(p.stdout.splitlines()) == len(parsed(str(good)).entries)


def test_kind_comes_from_content_not_the_name(tmp_path):
    for kind in KINDS:
        src = fixture("yibin-2022-11-16", kind)
        odd = tmp_path / f"download-{kind}.txt"
        shutil.copy(src, odd)
        assert sniff(odd.read_bytes()) == kind
        res = parse_path(odd, persons=False)
        assert [e.title for e in res.entries] == [e.title for e in parsed(str(src)).entries]
    with pytest.raises(InputError, match="old Office file"):
        bad = tmp_path / "old.doc"
        bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
        read_source(bad)


def test_folder_reads_documents_and_names_what_it_skipped(tmp_path, private_store):
    shutil.copy(fixture("luoyang-2023-11", "pdf"), tmp_path / "a.pdf")
    shutil.copy(fixture("yibin-2022-11-16", "html"), tmp_path / "b.htm")
    (tmp_path / "c.xlsx").write_bytes(b"PK\x03\x04 not a word file")
    (tmp_path / "d.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / "e.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    res = CliRunner().invoke(app, ["parse", str(tmp_path), "--json", "--dry-run", "-j", "1"])
    assert res.exit_code == 0, res.output
    skipped = [ln for ln in res.stderr.splitlines() if "skipped" in ln]
    assert len(skipped) == 1 and "2 .jpg" in skipped[0] and "1 .xlsx" in skipped[0]
    n = len(parsed(str(fixture("luoyang-2023-11", "pdf"))).entries) + 7
    assert len([ln for ln in res.stdout.splitlines() if ln.startswith("{")]) == n
    only = tmp_path / "only"
    only.mkdir()
    (only / "x.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    res = CliRunner().invoke(app, ["parse", str(only), "--dry-run"])
    assert res.exit_code == 2 and "no input files" in res.stderr and "1 .jpg" in res.stderr


def test_extract_prints_page_markers_and_the_parsed_lines(tmp_path, private_store):
    pdf = fixture("luoyang-2023-11", "pdf")
    res = CliRunner().invoke(app, ["extract", str(pdf), "-n"])
    assert res.exit_code == 0
    out = res.stdout.splitlines()
    marks = [ln for ln in out if ln.startswith("--- page ")]
    assert len(marks) == read_source(pdf).pages
    assert any("(printed 4)" in m and "left out:" in m for m in marks)
    first = parsed(str(pdf)).entries[0]
    numbered = {ln.split("  ", 1)[0].strip(): ln.split("  ", 1)[1] for ln in out if not ln.startswith("---")}
    assert key(first.title) in key(numbered[str(first.line_start)])
    # without markers it is exactly the text the parser read: parsed again, the same records
    plain = CliRunner().invoke(app, ["extract", str(pdf), "--no-pages"])
    again = tmp_path / "again.txt"
    again.write_text(plain.stdout, encoding="utf-8")
    assert [record(e) for e in parse_path(again, persons=False).entries] == \
        [record(e) for e in parsed(str(pdf)).entries]
    bad = CliRunner().invoke(app, ["extract", str(FORMATS / "locked.pdf")])
    assert bad.exit_code == 2 and "password" in bad.stderr


HELDOUT = sorted(p for p in (FORMATS / "heldout").iterdir() if p.suffix in (".pdf", ".docx", ".html"))


@pytest.mark.parametrize("path", HELDOUT, ids=[p.name for p in HELDOUT])
def test_held_out_files_made_by_other_tools_score_against_gold(path, scorer):
    gold = GOLD_DIR / f"{path.stem}.jsonl"
    if not gold.is_file():
        pytest.skip(f"no gold file {gold}")
    got = scorer.score(scorer.load(str(gold)), [e.to_dict() for e in parsed(str(path)).entries])
    assert got["entry_f1"] >= 0.99, got
    low = {k: v for k, v in got.items() if k.endswith("_accuracy") and v < 0.98}
    assert not low, (low, got["field_misses"])


CMS_PAGE = """<html><head><meta charset="gb2312"><title>某市政务信息</title></head><body>
<div class="top"><a href="http://a.example">中国政府网</a> <a href="/">省政府网</a> <a href="/en">English</a></div>
<div class="menu"><a href="/">首 页</a><a href="/zwgk">政务公开</a><a href="/bs">网上办事</a></div>
<div class="content">
<table class="xxgk"><tr><td>索引号</td><td>20231202-1</td><td>发布机构</td><td>市政府办公室</td></tr></table>
<div class="title">某市召开冬季供暖工作推进会</div>
<div class="info">【字体：<a href="javascript:setFont(16)">大</a> <a href="javascript:setFont(12)">小</a>】</div>
<div id="zoom"><p>　　12月1日，市政府召开冬季供暖
工作推进会，安排部署今冬供暖保障工作。</p>
<p>　　会议强调，要压实责任，确保群众温暖过冬。（王明）</p></div>
<div class="dyzt"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="list"><ul><li><a href="/a1.html">某县开展安全检查</a></li><li><a href="/a2.html">某区召开推进会</a></li>
<li><a href="/a3.html">市领导调研重点项目</a></li></ul></div>
<div class="footer">主办：某市人民政府办公室 备案号：某ICP备0000号</div>
</body></html>"""


def test_cms_page_keeps_the_article_and_drops_the_site(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(CMS_PAGE.encode("gb18030"))
    doc = read_source(page)
    assert doc.lines[:-1] == [
        "索引号  20231202-1  发布机构  市政府办公室",   # a table row is one line, its cells two spaces apart
        "# 某市召开冬季供暖工作推进会",              # a div named title is the heading
        "【字体： 】",                               # page controls (javascript: links) left out
        "12月1日，市政府召开冬季供暖工作推进会，安排部署今冬供暖保障工作。",  # a source line break in CJK is no space
        "会议强调，要压实责任，确保群众温暖过冬。（王明）",
    ]
    art = [e for e in parse_path(page, persons=False).entries if e.kind == "article"]
    assert [(e.title, e.byline) for e in art] == [("某市召开冬季供暖工作推进会", "王明")]


def test_a_big5_page_reads_in_traditional_characters_with_its_charset_or_without(tmp_path):
    from conftest import traditional

    trad = traditional(CMS_PAGE)
    want = [traditional(x) for x in ["# 某市召开冬季供暖工作推进会", "会议强调，要压实责任，确保群众温暖过冬。（王明）"]]
    for label, html in [("declared", trad.replace('charset="gb2312"', 'charset="big5"')),
                        ("undeclared", trad.replace('<meta charset="gb2312">', ""))]:
        page = tmp_path / f"{label}.html"
        page.write_bytes(html.encode("cp950"))
        lines = read_source(page).lines
        assert all(w in lines for w in want), (label, lines)
    art = [e for e in parse_path(page).entries if e.kind == "article"]
    assert [e.persons for e in art] == [[traditional("王明")]]  # the name as printed: 王明


def test_pdf_with_a_scanned_page_among_text_pages_warns_naming_it(tmp_path):
    import pypdfium2 as pdfium

    text = pdfium.PdfDocument(str(fixture("yibin-2022-11-16", "pdf")))
    scan = pdfium.PdfDocument(str(FORMATS / "scan.pdf"))
    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(text, [0, 1])
    mixed.import_pages(scan, [0])
    out = tmp_path / "mixed.pdf"
    mixed.save(str(out))
    doc = read_source(out)
    assert len(doc.warnings) == 1 and "page(s) 3 " in doc.warnings[0] and "ocrmypdf" in doc.warnings[0]
    res = parse_path(out, persons=False)
    assert doc.warnings[0] in res.issue.warnings and res.entries


def test_word_pages_come_from_its_page_breaks():
    doc = read_source(fixture("luoyang-2023-05", "docx"))
    assert doc.kind == "docx" and doc.pages > 20
    pages = [o.page for o in doc.origins if o is not None]
    assert pages == sorted(pages) and pages[0] == 1 and pages[-1] == doc.pages


def test_ocr_reads_a_scan_with_a_local_tesseract_or_says_what_to_install(private_store):
    """`--ocr`: with Tesseract and its chi_sim data installed the scan is read (with a warning to check
    it); without them, one line saying what to install and exit 2. Which branch runs depends on the
    machine; both are the documented behaviour."""
    import subprocess as sp

    have = shutil.which("tesseract") is not None and "chi_sim" in sp.run(
        ["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split() if shutil.which("tesseract") else False
    p = run_digest("parse", str(FORMATS / "scan.pdf"), "--ocr", "--json", "--dry-run", "--no-persons")
    if have:
        assert p.returncode == 0, p.stderr
        assert "供暖" in p.stdout and "read by OCR" in p.stderr
    else:
        assert p.returncode == 2
        err = p.stderr.strip().splitlines()
        assert len(err) == 1 and "tesseract-ocr-chi-sim" in err[0]


def test_pdf_table_is_read_row_by_row_not_as_columns():
    doc = read_source(FORMATS / "table.pdf")
    rows = [line.split() for line in doc.lines[2:-2]]   # cells apart by a tab or a space
    assert rows == [["项目名称", "建设内容", "投资（亿元）"], ["新能源装备产业园一期工程", "电池模组与储能设备生产线", "12.5"],
                    ["老城区城市更新片区项目", "老旧小区改造与配套设施", "8"], ["东部乡镇高标准农田建设", "灌溉与田间道路", "3.2"],
                    ["陆港物流枢纽二期工程", "多式联运仓储中心建设", "21"], ["古城文旅融合示范项目", "古街区保护利用", "6.75"]]
    assert doc.lines[1].startswith("12月1日") and doc.lines[-2].startswith("会议要求")
    # the table's first column alone passes for a column of text (gutter, 3+ lines); its lines, ragged
    # on the right, say it is not one


def _latin_pdf(path: Path, pages: list[list[tuple[float, float, float, str]]]) -> None:
    """A PDF drawn with PDFium itself in a standard font: (x, y, size, text) per line, per page."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as c

    doc = pdfium.PdfDocument.new()
    for items in pages:
        page = doc.new_page(595, 842)
        for x, y, size, text in items:
            obj = c.FPDFPageObj_NewTextObj(doc.raw, b"Helvetica", size)
            ws = ctypes.create_string_buffer((text + "\0").encode("utf-16-le"))
            c.FPDFText_SetText(obj, ctypes.cast(ws, ctypes.POINTER(c.FPDF_WCHAR)))
            c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
            c.FPDFPage_InsertObject(page.raw, obj)
        c.FPDFPage_GenerateContent(page.raw)
    doc.save(str(path))


@pytest.mark.parametrize("numbered", [True, False])
def test_running_head_with_the_page_number_labels_the_page(tmp_path, numbered):
    pages = []
    for p in range(1, 5):
        head = "Municipal Digest 2023 No. 11"
        if numbered:
            head = f"{head}   {p + 2}" if p % 2 else f"{p + 2}   {head}"
        body = [(60, 760 - k * 16, 11, f"Item {k}: the council met on page {p} to plan the winter heating.")
                for k in range(12)]
        pages.append([(60 if p % 2 else 360, 800, 9, head), *body])
    path = tmp_path / "heads.pdf"
    _latin_pdf(path, pages)
    doc = read_source(path)
    assert all(doc.furniture.get(p) for p in range(1, 5))       # the heads are left out either way
    assert not any("Municipal" in line for line in doc.lines)
    # a number that rises with the page is the page number; the constant 11 and 2023 are not
    assert doc.page_labels == ({1: "3", 2: "4", 3: "5", 4: "6"} if numbered else {})


def test_word_page_break_and_words_rendered_break_count_once(tmp_path):
    import docx
    from docx.oxml import OxmlElement

    d = docx.Document()
    d.add_paragraph("第一页的文字。")
    d.add_page_break()
    p = d.add_paragraph()
    run = p.add_run("第二页的文字。")
    run._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))   # Word marks where it broke the page
    q = d.add_paragraph()
    r2 = q.add_run("第三页的文字。")
    r2._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))
    path = tmp_path / "pages.docx"
    d.save(str(path))
    doc = read_source(path)
    assert [(line, o.page) for line, o in zip(doc.lines, doc.origins, strict=False) if o] == [
        ("第一页的文字。", 1), ("第二页的文字。", 2), ("第三页的文字。", 3)]


def _web_archive(html: bytes, charset: str, transfer: str) -> bytes:
    """A page saved by a browser as one file (RFC 2557), as Chrome and Internet Explorer write it."""
    import base64
    import quopri

    body = (quopri.encodestring(html) if transfer == "quoted-printable" else html if transfer == "8bit"
            else base64.encodebytes(html))
    head = ("From: <Saved by Blink>\r\nSnapshot-Content-Location: http://example.gov.cn/zwxx/a.html\r\n"
            "Subject: page\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
            '\ttype="text/html";\r\n\tboundary="----MultipartBoundary--x1----"\r\n\r\n'
            "------MultipartBoundary--x1----\r\n"
            f"Content-Type: text/html; charset={charset}\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
            f"Content-Transfer-Encoding: {transfer}\r\nContent-Location: http://example.gov.cn/zwxx/a.html\r\n\r\n")
    image = ("------MultipartBoundary--x1----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
             "Content-Location: http://example.gov.cn/logo.png\r\n\r\niVBORw0KGgo=\r\n")
    return head.encode("ascii") + body + b"\r\n" + image.encode("ascii") + b"------MultipartBoundary--x1------\r\n"


@pytest.mark.parametrize(("charset", "transfer"), [("utf-8", "quoted-printable"), ("gb2312", "base64")])
@pytest.mark.parametrize("name", NAMES)
def test_a_web_archive_gives_the_records_of_its_page(tmp_path, name, charset, transfer):
    import re

    from digest.readers.html import decode_html

    page_path = fixture(name, "html")
    html = re.sub(r"charset=[\"']?[\w-]+", f"charset={charset}", decode_html(page_path.read_bytes(), page_path.name))
    path = tmp_path / f"{name}.mht"
    data = _web_archive(html.encode("gb18030" if charset != "utf-8" else "utf-8"), charset, transfer)
    path.write_bytes(data)
    assert sniff(data, path.name) == "mhtml"
    doc = parsed(str(path))
    page = parsed(str(fixture(name, "html")))
    assert [record(e) for e in doc.entries] == [record(e) for e in page.entries]
    assert read_source(path).sha256 == hashlib.sha256(data).hexdigest()


def test_a_web_archive_without_a_page_is_a_one_line_error(tmp_path):
    path = tmp_path / "empty.mhtml"
    path.write_bytes(_web_archive(b"", "utf-8", "base64").replace(b"text/html", b"text/plain"))
    with pytest.raises(InputError) as exc:
        read_source(path)
    assert "no HTML page" in str(exc.value) and "\n" not in str(exc.value)


def test_a_folder_reads_its_web_archives(tmp_path):
    (tmp_path / "a.mht").write_bytes(_web_archive(fixture("yibin-2022-11-16", "html").read_bytes(), "utf-8",
                                                  "quoted-printable"))
    res = CliRunner().invoke(app, ["parse", str(tmp_path), "--dry-run", "--json", "-q"])
    assert res.exit_code == 0, res.output
    assert len([ln for ln in res.stdout.splitlines() if ln.startswith("{")]) == len(
        parsed(str(fixture("yibin-2022-11-16", "html"))).entries)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_an_html_page_saved_as_utf16_or_utf32_is_read_as_the_page(tmp_path, encoding):
    """A page saved as UTF-16 (Notepad's "Unicode") or UTF-32 with its byte-order mark: its bytes open
    with no `<html`, its decoded text does (`readers.sniff_text`): the page's records, not a text file
    of tags."""
    from digest.readers.html import decode_html

    src = fixture("yibin-2022-11-16", "html")
    data = ("\ufeff" + decode_html(src.read_bytes(), src.name)).encode(encoding)
    path = tmp_path / "page.html"
    path.write_bytes(data)
    doc = read_source(path)
    assert doc.kind == "html" and doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.lines == read_source(src).lines
    assert [record(e) for e in parsed(str(path)).entries] == [record(e) for e in parsed(str(src)).entries]


@pytest.mark.parametrize("transfer", ["quoted-printable", "8bit"])
def test_a_web_archive_saved_again_as_utf16_gives_the_records_of_its_page(tmp_path, transfer):
    """A web archive a text editor saved again as UTF-16: its headers are read from its text; a
    quoted-printable part still holds the page's bytes in the charset it names (GB2312 here), an
    8-bit part was turned into UTF-16 with the rest of the file."""
    import re

    from digest.readers.html import decode_html

    src = fixture("yibin-2022-11-16", "html")
    html = re.sub(r"charset=[\"']?[\w-]+", "charset=gb2312", decode_html(src.read_bytes(), src.name))
    archive = _web_archive(html.encode("gb18030"), "gb2312", transfer).decode("gb18030")
    path = tmp_path / "page.mht"
    path.write_bytes(archive.encode("utf-16"))
    assert sniff(path.read_bytes()) is None and read_source(path).kind == "html"  # (its page's kind)
    assert [record(e) for e in parsed(str(path)).entries] == [record(e) for e in parsed(str(src)).entries]


LIST_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>政务动态</title></head><body>
<div class="crumb">当前位置：首页 &gt; 政务动态</div>
<ul class="news-list">
<li><a href="/n/101.html">柯望川到青禾县调研秋粮收购和冬季农田水利建设工作</a><span>2024-10-08</span></li>
<li><a href="/n/102.html">严雪峰主持召开县政府常务会议研究部署安全生产</a><span>2024-10-06</span></li>
<li><span class="time">[2024-09-30]</span><a href="/n/103.html">东岭乡召开村级组织换届工作推进会</a></li>
<li><a href="/n/104.html">青禾县举行重点项目集中开工仪式暨观摩活动</a><em>2024/09/27</em></li>
</ul>
<div class="page">共128条 每页4条 首页 上一页 1 2 3 下一页 尾页</div>
</body></html>"""


def test_a_list_page_gives_one_article_per_row_with_its_date(tmp_path):
    """A row's link and its date span are two fields (a space apart), the pager is chrome."""
    page = tmp_path / "list.html"
    page.write_bytes(LIST_PAGE.encode("utf-8"))
    lines = read_source(page).lines
    assert "柯望川到青禾县调研秋粮收购和冬季农田水利建设工作 2024-10-08" in lines
    assert "[2024-09-30] 东岭乡召开村级组织换届工作推进会" in lines
    got = parse_path(page, persons=False)
    assert [(e.title, e.date) for e in got.entries] == [
        ("柯望川到青禾县调研秋粮收购和冬季农田水利建设工作", "2024-10-08"),
        ("严雪峰主持召开县政府常务会议研究部署安全生产", "2024-10-06"),
        ("东岭乡召开村级组织换届工作推进会", "2024-09-30"),
        ("青禾县举行重点项目集中开工仪式暨观摩活动", "2024-09-27"),
    ]


def test_inline_markup_inside_a_sentence_still_joins_with_nothing(tmp_path):
    page = tmp_path / "p.html"
    page.write_bytes("""<html><body><div class="content">
<p>县委书记<a href="/p/1.html">柯望川</a>出席会议并讲话，<b>严雪峰</b>主持。</p>
<p><span>青禾</span><span>县</span><span style="font-weight:bold">2024</span><span>年</span>粮食丰收。</p>
<li><span>东岭</span><span>乡</span>召开会议</li>
</div></body></html>""".encode())
    assert read_source(page).lines[:3] == ["县委书记柯望川出席会议并讲话，严雪峰主持。", "青禾县2024年粮食丰收。",
                                          "东岭乡召开会议"]


def test_a_list_rows_title_cut_short_on_screen_is_read_whole_from_its_title_attribute(tmp_path):
    page = tmp_path / "list.html"
    page.write_bytes(LIST_PAGE.replace(
        '<a href="/n/101.html">柯望川到青禾县调研秋粮收购和冬季农田水利建设工作</a>',
        '<a href="/n/101.html" title="柯望川到青禾县调研秋粮收购和冬季农田水利建设工作">柯望川到青禾县调研秋粮收购和冬...</a>').encode("utf-8"))
    got = parse_path(page, persons=False)
    assert got.entries[0].title == "柯望川到青禾县调研秋粮收购和冬季农田水利建设工作"
    # a title attribute that is not the shown text's whole (a tooltip of another kind) is not taken
    other = tmp_path / "other.html"
    other.write_bytes(LIST_PAGE.replace(
        '<a href="/n/102.html">严雪峰主持召开县政府常务会议研究部署安全生产</a>',
        '<a href="/n/102.html" title="点击查看详情">严雪峰主持召开县政府常务会议研究部署安全生产</a>').encode("utf-8"))
    assert parse_path(other, persons=False).entries[1].title == "严雪峰主持召开县政府常务会议研究部署安全生产"


SUMMARY_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>工作动态</title></head><body>
<div class="crumb">当前位置：首页 &gt; 工作动态</div>
<ul class="news-list">
<li><div class="tit"><a href="/n/201.html" title="青禾县水利局召开汛前检查部署会">青禾县水利局召开汛前检查部署会</a><span class="date">2024-05-10</span></div>
<p class="summary">5月9日，县水利局召开汛前检查部署会，局长桑慕远要求逐库逐闸落实责任人。<a href="/n/201.html" class="more">[详细]</a></p></li>
<li><div class="tit"><a href="/n/202.html" title="东岭乡开展小型水库安全巡查">东岭乡开展小型水库安全巡查</a><span class="date">2024-05-08</span></div>
<p class="summary">5月7日，东岭乡组织技术人员对辖区6座小型水库开展安全巡查。<a href="/n/202.html">详情&gt;&gt;</a></p></li>
<li><div class="tit"><a href="/n/203.html" title="县防汛办举行山洪灾害应急演练">县防汛办举行山洪灾害应急演练</a><span class="date">2024-05-06</span></div>
<p class="summary">5月5日，县防汛办在西坪镇举行山洪灾害应急演练，200余名群众参加转移避险<a href="/n/203.html">…[详情]</a></p></li>
</ul>
<div class="pages">共36条 当前第1/12页 首页 上一页 下一页 尾页</div>
</body></html>"""


def test_a_list_rows_title_box_with_its_date_cell_and_its_read_more_link(tmp_path):
    """A row's title box holds its date cell (`<div class="tit"><a>标题</a><span>2024-05-10</span></div>`,
    read as a heading with the date on its line): the title is the row's words without the date; the
    summary's `[详细]` / `详情>>` / `…[详情]` link is no text. The dates are the summaries' own."""
    page = tmp_path / "list.html"
    page.write_bytes(SUMMARY_PAGE.encode("utf-8"))
    lines = read_source(page).lines
    assert "5月9日，县水利局召开汛前检查部署会，局长桑慕远要求逐库逐闸落实责任人。" in lines
    assert not [ln for ln in lines if "详" in ln]
    got = parse_path(page, persons=False)
    assert [(e.title, e.date) for e in got.entries] == [
        ("青禾县水利局召开汛前检查部署会", "2024-05-09"),
        ("东岭乡开展小型水库安全巡查", "2024-05-07"),
        ("县防汛办举行山洪灾害应急演练", "2024-05-05"),
    ]
    assert [e.text.rsplit("，", 1)[-1] for e in got.entries] == [
        "局长桑慕远要求逐库逐闸落实责任人。", "东岭乡组织技术人员对辖区6座小型水库开展安全巡查。", "200余名群众参加转移避险"]


def test_a_link_named_like_read_more_inside_a_sentence_is_kept_when_it_is_not_the_label(tmp_path):
    page = tmp_path / "p.html"
    page.write_bytes("""<html><body><div class="content">
<p>会议审议了<a href="/d/1.html">《青禾县防汛应急预案》</a>，详见<a href="/d/2.html">附件全文说明</a>。</p>
</div></body></html>""".encode())
    assert read_source(page).lines[0] == "会议审议了《青禾县防汛应急预案》，详见附件全文说明。"


def test_a_page_of_boxes_nested_thousands_deep_is_read_in_linear_time(tmp_path):
    """Unclosed boxes, each nested in the one before (`<table><tr><td><div>…` 30,000 times, 1.3 MB), with
    a menu at the bottom: each box was judged by reading its whole subtree's text again (two minutes;
    the parser itself is fast on tables), now by counts taken once, bottom-up (`html._tally`). Every
    level keeps its line and the menu is still left out."""
    n = 30000
    menu = "<ul>" + "".join(f'<li><a href="/m/{k}.html">栏目{k}</a></li>' for k in range(4)) + "</ul>"
    page = tmp_path / "deep.html"
    close = "<p>会议强调，要抓好各项工作落实，确保各项任务按期完成。</p>"
    page.write_bytes(("<html><body>" + "<table><tr><td><div>青石市召开会议。" * n + close + menu + "</body></html>").encode())
    lines = read_source(page).lines
    assert lines.count("青石市召开会议。") == n and lines[n] == "会议强调，要抓好各项工作落实，确保各项任务按期完成。"
    assert not [ln for ln in lines if "栏目" in ln]
