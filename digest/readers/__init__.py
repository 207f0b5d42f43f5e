"""Readers for PDF, Word (.docx), HTML and web archives (.mht): each turns a document into the same line
stream as a text file.

`digest.source.read_source` calls `sniff(data)` on the raw bytes and, for a document, `read_document`.
The kind comes from the content, not the file name: `%PDF-` is a PDF, a ZIP holding `word/document.xml`
is a Word file, a file that opens with `<!doctype html`, `<html` (or `<head>`/`<body>`/`<meta>`, after
any BOM, blanks or comments) is an HTML page, a MIME message of related parts is a web archive whose
page is read as an HTML page (digest.readers.mhtml); a file saved as UTF-16 or UTF-32 is told so by its
decoded text (`sniff_text`). Every reader produces paragraphs (`Para`) with what the
format knows about them, and `build_document` writes them as the markdown-ish lines that
`digest.blocks` reads for a text file, one line a paragraph:

    # heading            heading level from the format (PDF: font size rank; Word: heading styles /
    ## subheading        outline level, else font size; HTML: <h1>..<h6>)
    **whole bold line**  a paragraph set in bold
    **bold run** rest    a paragraph that opens with a bold run (a title running into its text)
    plain text           everything else; a paragraph wrapped over several lines is one line

So the rest of the pipeline (目录, alignment, newspaper layout, fields, persons) is the same for every
format, and `digest extract FILE` prints exactly these lines.

Provenance. `Document` is a `Source` whose `lines` are these normalized lines: an entry's
`line_start`/`line_end` count them (1-based, as `digest extract` numbers them), and `origins[i]` tells
where line i + 1 came from: `Origin(page, label, line, line_end)` = the physical page (1-based), the
page number printed on that page when one was recognised (else None), and the first and last visual
line of the paragraph on that page, counted in reading order (running heads and page numbers left
out). Word files know pages only from their explicit and rendered page breaks; HTML has one page.
`source`/`path` stays the original file; `sha256` is the hash of its bytes.

What is left out (kept in `Document.furniture` for `digest extract`): running heads and page numbers
recognised by their position (a line at the top or bottom of the page repeated on other pages, digits
aside, or a lone page number there), Word headers and footers, and an HTML page's navigation, menus,
sidebars, footers, scripts and forms.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import regex as re

from digest.source import InputError, Source

if TYPE_CHECKING:
    from digest.model import Entry, Issue

KINDS = ("pdf", "docx", "html", "mhtml")
# file name endings a folder is searched for, besides the text ones
SUFFIXES = (".pdf", ".docx", ".html", ".htm", ".xhtml", ".mht", ".mhtml")

_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,2000}?-->\s*)*"
    rb"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta[\s>]|title[\s>])",
    re.I | re.S,
)


@dataclass
class Origin:
    """Where a normalized line came from: physical page (1-based), printed page label, visual lines."""

    page: int
    label: str | None
    line: int
    line_end: int


@dataclass
class Para:
    """One paragraph as a reader sees it."""

    text: str
    level: int = 0            # heading level (0: not a heading)
    bold: bool = False        # the whole paragraph is bold
    lead_bold: str = ""       # a bold run the paragraph opens with (the rest is plain)
    size: float = 0.0         # font size in points (0: unknown)
    page: int = 0             # physical page, 1-based (0: unknown)
    label: str | None = None  # printed page number
    line: int = 0             # first/last visual line on the page
    line_end: int = 0


@dataclass
class Document(Source):
    """A `Source` read from a PDF, Word or HTML file (see the module docstring)."""

    kind: str = "text"
    origins: list[Origin | None] = field(default_factory=list)
    pages: int = 0
    page_labels: dict[int, str] = field(default_factory=dict)
    furniture: dict[int, list[str]] = field(default_factory=dict)   # page -> lines left out
    warnings: list[str] = field(default_factory=list)

    def page_of(self, line_no: int) -> int | None:
        """The page of normalized line `line_no` (1-based): the printed number when known, else the
        physical page; None for a format without pages."""
        if not 1 <= line_no <= len(self.origins):
            return None
        o = self.origins[line_no - 1]
        if o is None or not o.page:
            return None
        if o.label and o.label.isdigit():
            return int(o.label)
        return o.page if self.kind == "pdf" or self.pages > 1 else None


def sniff(data: bytes, name: str = "") -> str | None:
    """'pdf', 'docx', 'html' or 'mhtml' (a web archive) from the first bytes; None for anything else
    (text is decided later; another binary kind is named by `describe_binary`). A ZIP that cannot be opened counts as Word
    when it is named .docx or names Word's parts, so that it is reported as a damaged Word file."""
    head = data[:1024]
    if head.lstrip(b"\x00\t\r\n ")[:5] == b"%PDF-":
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        has = _zip_has(data, "word/document.xml")
        if has is None:
            return "docx" if name.lower().endswith(".docx") or b"word/" in data else None
        return "docx" if has else None
    if _HTML_START.match(head if len(head) < 1024 else data[:4096]):
        return "html"
    if is_mhtml(data[:4096]):
        return "mhtml"
    return None


def sniff_text(text: str) -> str | None:
    """'html' or 'mhtml' when decoded text opens an HTML page or a web archive (`sniff` on its UTF-8
    form): a file whose bytes `sniff` cannot read as such, a page saved as UTF-16 or UTF-32, is still
    told by its text; None for anything else."""
    kind = sniff(text[:4096].encode("utf-8", "surrogatepass"))
    return kind if kind in ("html", "mhtml") else None


def is_mhtml(head: bytes) -> bool:
    """Do the first bytes open a MIME message of related parts (a web archive, digest.readers.mhtml)?
    Its headers come first (`From: <Saved by Blink>`, `MIME-Version: 1.0`, `Content-Type:
    multipart/related`). (Here, not in the reader: sniffing a text file needs no email package.)"""
    top = head[:4096].lstrip(b"\xef\xbb\xbf\r\n\t ")
    first = top.split(b"\n", 1)[0]
    name, colon, _rest = first.partition(b":")
    return bool(colon) and name.strip().replace(b"-", b"").isalnum() and b"multipart/related" in top.lower()


def _zip_has(data: bytes, member: str) -> bool | None:
    """Does the ZIP hold `member`? None when the ZIP cannot be opened at all."""
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return member in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None


def describe_binary(data: bytes) -> str | None:
    """A short name for a binary kind digest does not read (for a clearer one-line error)."""
    head = data[:8]
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "an old Office file (.doc/.xls/.ppt); save it as .docx or PDF"
    if head.startswith(b"PK\x03\x04"):
        return "a ZIP archive that is not a Word .docx file"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        return "an image; a scanned page needs OCR first (e.g. `ocrmypdf -l chi_sim`)"
    if head.startswith(b"{\\rtf"):
        return "an RTF file; save it as .docx or PDF"
    return None


def read_document(data: bytes, name: str, kind: str, text: str | None = None) -> Document:
    """Read a PDF / Word / HTML document or a web archive from the file's bytes `data`, or for an HTML
    page or a web archive from its `text` when given (a file saved as UTF-16 or UTF-32, decoded by
    digest.source; `data` is still what is hashed). Raises InputError (one line naming the file)
    when it cannot."""
    if kind == "pdf":
        from digest.readers.pdf import read_pdf

        return read_pdf(data, name)
    if kind == "docx":
        from digest.readers.docx import read_docx

        return read_docx(data, name)
    if kind == "html":
        from digest.readers.html import html_document

        return html_document(text, name, data)
    if kind == "mhtml":
        from digest.readers.mhtml import read_mhtml

        return read_mhtml(data, name, text)
    raise InputError(f"{name}: unknown document kind {kind!r}")


def markup(p: Para) -> str:
    """The normalized line for one paragraph."""
    text = " ".join(p.text.split("\n")).strip()
    if p.level:
        return "#" * min(p.level, 6) + " " + text
    if p.bold:
        return f"**{text}**"
    if p.lead_bold and text.startswith(p.lead_bold) and len(p.lead_bold) < len(text):
        rest = text[len(p.lead_bold):]
        return f"**{p.lead_bold.rstrip()}** {rest.lstrip()}"
    if text[:1] == "#":
        return "\\" + text  # (`#工作动态汇编`: a post's topic tag, printed text, no Markdown heading)
    return text


def build_document(paras: list[Para], name: str, kind: str, data: bytes, pages: int = 0,
                   page_labels: dict[int, str] | None = None,
                   furniture: dict[int, list[str]] | None = None,
                   warnings: list[str] | None = None) -> Document:
    """One normalized line per paragraph (blank paragraphs dropped), with its origin."""
    import hashlib

    lines: list[str] = []
    origins: list[Origin | None] = []
    for p in paras:
        line = markup(p)
        if not line.strip("#* \t\u3000"):
            continue
        lines.append(line)
        origins.append(Origin(p.page, p.label, p.line, p.line_end) if p.page else None)
    if not lines:
        raise InputError(f"{name}: no text in this {kind.upper()} file")
    return Document(path=name, text="\n".join(lines) + "\n", encoding=kind,
                    sha256=hashlib.sha256(data).hexdigest(), lines=lines + [""], kind=kind,
                    origins=origins + [None], pages=pages, page_labels=dict(page_labels or {}),
                    furniture=dict(furniture or {}), warnings=list(warnings or []))


def size_levels(paras: list[Para], body: float, ratio: float = 1.15, max_chars: int = 80) -> None:
    """Headings from font size: a short paragraph set at least `ratio` times the body size is a
    heading; its level is the rank of its size among the heading sizes (largest = 1). Nothing when the
    sizes are unknown (a Word file whose runs and styles give none)."""
    if body <= 0:
        return
    sizes = sorted({round(p.size * 2) / 2 for p in paras
                    if p.size >= body * ratio and len(p.text) <= max_chars and not p.level}, reverse=True)
    rank = {s: i + 1 for i, s in enumerate(sizes[:6])}
    for p in paras:
        if p.level or p.size < body * ratio or len(p.text) > max_chars:
            continue
        lvl = rank.get(round(p.size * 2) / 2)
        if lvl:
            p.level = lvl
            p.bold = False
            p.lead_bold = ""


def body_size(paras: list[Para]) -> float:
    """The font size most of the text is set in (weighted by characters)."""
    weight: dict[float, int] = {}
    for p in paras:
        if p.size:
            s = round(p.size * 2) / 2
            weight[s] = weight.get(s, 0) + len(p.text)
    return max(weight, key=lambda s: weight[s]) if weight else 0.0


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (0x3000 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF
            or 0x20000 <= o <= 0x3FFFF)


def join_wrapped(a: str, b: str) -> str:
    """Join two visual lines of one paragraph: no space between CJK (or after a hyphen), else one."""
    if not a:
        return b
    if not b:
        return a
    x, y = a[-1], b[0]
    if x.isspace() or y.isspace() or is_cjk(x) or is_cjk(y):
        return a + b
    if x == "-" and len(a) > 1 and a[-2].isalpha():
        return a[:-1] + b
    return a + " " + b


def folder_files(folder: Path, text_suffixes: tuple[str, ...], skipped: dict[str, int] | None = None) -> list[str]:
    """The files of `folder` digest reads, sorted: text files and documents by their ending, and files
    with another or no ending whose first bytes show a PDF, Word or HTML document. The others are
    counted by type (their ending, or "no extension") in `skipped`, and the folder's subdirectories
    (not hidden ones such as .git), which are not read, under SUBDIRS."""
    found = []
    for f in sorted(folder.iterdir()):
        if not f.is_file():
            if skipped is not None and f.is_dir() and not f.name.startswith("."):
                skipped[SUBDIRS] = skipped.get(SUBDIRS, 0) + 1
            continue
        suffix = f.suffix.lower()
        if suffix in text_suffixes or suffix in SUFFIXES:
            found.append(str(f))
            continue
        if f.name.startswith("."):      # .DS_Store and the like: not worth naming
            continue
        try:
            with f.open("rb") as fh:
                head = fh.read(4096)
        except OSError:
            head = b""
        if head and (head.lstrip()[:5] == b"%PDF-" or _HTML_START.match(head)
                     or (head[:4] == b"PK\x03\x04" and b"word/" in head)):
            found.append(str(f))
        elif skipped is not None:
            kind = suffix or "no extension"
            skipped[kind] = skipped.get(kind, 0) + 1
    return found


SUBDIRS = "subdirectory"  # the key under which folder_files counts the subdirectories it does not enter


def describe_skipped(skipped: dict[str, int]) -> str:
    """What a folder's reading left out, in one line: `skipped 3 files of other types (2 .xlsx, 1 .jpg);
    digest reads .txt, …` and/or `skipped 1 subdirectory (use a path per folder or a shell glob)`."""
    files = {k: n for k, n in skipped.items() if k != SUBDIRS}
    parts = []
    if files:
        total = sum(files.values())
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(files.items(), key=lambda kv: (-kv[1], kv[0])))
        parts.append(f"skipped {total} file{'s' if total != 1 else ''} of other types ({kinds}); digest reads "
                     f".txt, .md, .pdf, .docx, .html, .mht")
    dirs = skipped.get(SUBDIRS, 0)
    if dirs:
        parts.append(f"skipped {dirs} {'subdirectory' if dirs == 1 else 'subdirectories'} "
                     f"(use a path per folder or a shell glob)")
    return "; ".join(parts)


def apply_document(doc: Document, issue: Issue, entries: list[Entry]) -> None:
    """What a document adds to its parse: the reader's warnings, and each entry's page from the page
    its first line stands on, when the 目录 gave none (newspaper articles, 目录 lines without a page).
    A 目录 page that differs from the printed page number where the entry stands is a warning."""
    for w in doc.warnings:
        if w not in issue.warnings:
            issue.warnings.append(w)
    physical = {doc.page_of(e.line_start) for e in entries if e.page is None}
    if doc.kind == "docx" and len(physical) == 1 and len(entries) > 1:
        physical_ok = False  # (a Word file's every entry on its first page, a break before its closing block only:
    else:  # Word lays pages out as it opens the file, the file records none of them, no page is known)
        physical_ok = True
    for e in entries:
        page = doc.page_of(e.line_start)
        if page is not None and e.page is None and not physical_ok:
            o = doc.origins[e.line_start - 1]
            if not (o is not None and o.label and o.label.isdigit()):
                continue
        if page is None:
            continue
        if e.page is None:
            e.page = page
            continue
        o = doc.origins[e.line_start - 1]
        if o is not None and o.label and o.label.isdigit() and int(o.label) != e.page:
            w = f"line {e.line_start}: the 目录 gives page {e.page}, the entry stands on printed page {o.label}"
            e.warnings.append(w)
            issue.warnings.append(w)


def extract_text(src: Source, pages: bool = True, numbers: bool = False) -> str:
    """What `digest extract` prints: the normalized lines, a marker line where a page begins (with the
    printed page number and the running heads/page numbers left out of it), optionally numbered."""
    origins = getattr(src, "origins", None) or []
    furniture = getattr(src, "furniture", {}) or {}
    lines = src.lines[:-1] if src.lines and src.lines[-1] == "" else src.lines
    width = len(str(len(lines)))
    out: list[str] = []
    page = None
    for i, line in enumerate(lines, 1):
        o = origins[i - 1] if i - 1 < len(origins) else None
        if pages and o is not None and o.page and o.page != page:
            page = o.page
            mark = f"--- page {o.page}"
            if o.label:
                mark += f" (printed {o.label})"
            left = furniture.get(o.page)
            if left:
                mark += " · left out: " + " | ".join(left)
            out.append(mark + " ---")
        out.append(f"{i:>{width}}  {line}" if numbers else line)
    return "\n".join(out) + "\n"
