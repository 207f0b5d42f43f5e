"""PDF reader (pypdfium2): characters with their font, size and position -> paragraphs in reading order.

Per page:

1. Characters (PDFium's text page: unicode, baseline origin, advance box, font size, weight, font
   name, and the text render mode, which shows a stroked "fake bold") are cut into *segments*: runs on
   one baseline with no gap wider than 1.5 characters. A gap of 0.3 character (0.2 between Latin
   letters) between advance boxes is a space, whatever PDFium guesses; runs a writer drew over one
   another on a line (punctuation from another font drawn after the CJK run) are merged in x order.
2. Running heads and page numbers: the top-most and bottom-most lines of each page (within 12% of its
   height) are compared across pages with digits folded; one repeated on other pages is a running
   head/foot, and a lone number there (`5`, `- 5 -`, `— 5 —`, `第5页`, `5/30`) is the page number,
   which becomes the page's label (`Origin.label`, the entries' `page`); so does a number at the start
   or end of a running head that rises with the page. Both are left out of the text.
3. Reading order: columns are found by their gutters (an x range at most 8% of the narrow lines
   cross, with at least three lines on each side, each side at least 15% of the width); a segment
   crossing a gutter (a headline or masthead over the columns) separates bands; bands are read top to
   bottom, columns in a band left to right, recursively (a column can hold columns). Columns whose
   lines mostly (40% or more) do not run from edge to edge are a table's: that band is read row by
   row, each row one line. A single-column page is read top to bottom.
4. Paragraphs: consecutive lines of a column join into one paragraph unless the font size or weight
   changes, the gap between them is wider than usual, the line above ends short of the column's right
   edge, the line below is indented (a first-line indent), either line has a gap wider than six
   characters (a table row, a 目录 line without leaders: a tab), or the line above ends in a page
   number after a leader (a 目录 line).
5. Headings: a short paragraph set at least 1.15 times the body size is a heading, its level the rank
   of its size (largest = 1); bold (weight >= 600, a Bold/Heavy/Black font name, or fill+stroke
   rendering) at body size is bold.

Errors (one line naming the file, `InputError`): damaged, password-protected, no pages, and no text
layer at all (a scan: "add one with OCR, e.g. `ocrmypdf -l chi_sim in.pdf out.pdf`"; with `--ocr`,
`digest.readers.ocr` reads such pages with a local Tesseract). Pages without text in a document that
has text elsewhere give a warning naming them.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import regex as re

from digest.readers import Document, Para, body_size, build_document, is_cjk, join_wrapped, ocr, size_levels
from digest.source import InputError

_PAGE_NO = re.compile(
    r"^[\s\-—–·•]*(?:第\s*)?(\d{1,4})(?:\s*页)?(?:\s*(?:/|共)\s*\d{1,4}\s*页?)?[\s\-—–·•]*$"
)
_LEADERS = ".．。·・•…⋯‥—–"
_TRAILING_NUMBER = re.compile(r"\d{1,4}\s*$")
_SPACE_NUMBER = re.compile(r"[^\d\s]\s+\d{1,3}$")
_BOLD_NAME = re.compile(r"bold|heavy|black|semibold|demi|黑体|粗", re.I)
_DIGITS = re.compile(r"\d+")
_EDGE_NUMBER = re.compile(r"^\s*(\d{1,4})(?!\d)|(?<!\d)(\d{1,4})\s*$")


@dataclass
class Seg:
    """A run of characters on one baseline."""

    chars: list[str]
    x0: float
    x1: float
    y: float        # baseline (PDF units, from the bottom)
    top: float
    bottom: float
    size: float
    bold_chars: int
    lead_bold: int = 0   # characters of the bold run it opens with (spaces included)
    lead_open: bool = True
    pos: list[tuple[float, float, bool]] | None = None   # per character: x0, x1, bold

    @property
    def text(self) -> str:
        return "".join(self.chars)

    @property
    def bold(self) -> bool:
        n = sum(1 for c in self.chars if not c.isspace())
        return n > 0 and self.bold_chars >= n

    @property
    def width(self) -> float:
        return self.x1 - self.x0


def _ocr_hint(name: str) -> str:
    return (f"add one with OCR first, e.g. `ocrmypdf -l chi_sim {name} out.pdf` "
            f"(or `digest parse --ocr` with Tesseract installed)")


def read_pdf(data: bytes, name: str) -> Document:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == 4 or "password" in str(exc).lower():
            raise InputError(f"{name}: the PDF is password-protected; remove the password first "
                             f"(e.g. `qpdf --decrypt --password=PASSWORD in.pdf out.pdf`)") from None
        raise InputError(f"{name}: damaged PDF, cannot be read ({_reason(exc)})") from None
    try:
        n = len(pdf)
        if n == 0:
            raise InputError(f"{name}: the PDF has no pages")
        pages = []
        for i in range(n):
            try:
                pages.append(_page(pdf, i))
            except pdfium.PdfiumError as exc:
                raise InputError(f"{name}: damaged PDF, page {i + 1} cannot be read ({_reason(exc)})") from None
        empty = [i + 1 for i, (segs, _w, _h, _img) in enumerate(pages) if not segs]
        read_by_ocr = []
        if empty and ocr.requested():   # digest parse --ocr: a local Tesseract reads the scanned pages
            exe = ocr.engine(name)
            for p in empty:
                _segs, w, h, img = pages[p - 1]
                pages[p - 1] = (ocr.ocr_page(pdf, p - 1, exe, name), w, h, img)
            read_by_ocr = [p for p in empty if pages[p - 1][0]]
            empty = [p for p in empty if not pages[p - 1][0]]
    finally:
        pdf.close()
    if len(empty) == n:
        if any(img for *_r, img in pages):
            raise InputError(f"{name}: the PDF has no text layer (scanned pages); {_ocr_hint(name)}")
        raise InputError(f"{name}: the PDF has no text; if it is a scan, {_ocr_hint(name)}")
    warnings = []
    if read_by_ocr:
        shown = ", ".join(map(str, read_by_ocr[:10])) + (" …" if len(read_by_ocr) > 10 else "")
        warnings.append(f"page(s) {shown} of the PDF were read by OCR (Tesseract chi_sim): check names and "
                        f"numbers against the page")
    if empty:
        shown = ", ".join(map(str, empty[:10])) + (" …" if len(empty) > 10 else "")
        warnings.append(f"page(s) {shown} of the PDF have no text layer (scanned?); their text is missing "
                        f"({_ocr_hint(name)})")
    furniture, labels = _furniture(pages)
    paras: list[Para] = []
    for i, (segs, width, _h, _img) in enumerate(pages):
        drop = furniture.get(i + 1, set())
        body = [s for k, s in enumerate(segs) if k not in drop]
        paras.extend(_paragraphs(_order(body, 0.0, width), i + 1, labels.get(i + 1)))
    size_levels(paras, body_size(paras))
    shown_furniture = {p: [segs[k].text for k in sorted(ks)] for p, ks in furniture.items()
                       for segs in [pages[p - 1][0]] if ks}
    return build_document(paras, name, "pdf", data, pages=n, page_labels=labels,
                          furniture=shown_furniture, warnings=warnings)


def _reason(exc: Exception) -> str:
    s = str(exc)
    m = re.search(r"PDFium: ([^)]+)", s)
    return (m.group(1) if m else s).strip().rstrip(".").lower()


def _page(pdf, index: int) -> tuple[list[Seg], float, float, bool]:
    """Segments of one page (page coordinates), its width and height, and whether it holds images."""
    import pypdfium2.raw as c

    page = pdf[index]
    try:
        width, height = page.get_size()
        has_image = any(True for _ in page.get_objects(filter=(c.FPDF_PAGEOBJ_IMAGE,), max_depth=2))
        tp = page.get_textpage()
        try:
            segs = _segments(tp.raw, tp.count_chars())
        finally:
            tp.close()
    finally:
        page.close()
    return segs, width, height, has_image


def _segments(raw, n: int) -> list[Seg]:
    import pypdfium2.raw as c

    x, y = ctypes.c_double(), ctypes.c_double()
    rect = c.FS_RECTF()
    buf = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    facts: dict[int, tuple[bool, float]] = {}   # text object -> (bold, size)
    segs: list[Seg] = []
    cur: Seg | None = None
    text = _all_text(raw, n)
    by_ref = ctypes.byref
    void_p = ctypes.c_void_p
    for i in range(n):
        ch = text[i] if text is not None else _char(c.FPDFText_GetUnicode(raw, i))
        if ch in "\r\n\x00\ufffe\uffff\u00ad\u200b\ufeff":
            continue
        if ch.isspace():
            # PDFium's generated spaces are its guess; a real space character is kept, and a visible
            # gap is measured below
            if cur is not None and cur.chars[-1] != " " and c.FPDFText_IsGenerated(raw, i) != 1:
                cur.chars.append(" ")
                cur.pos.append((cur.x1, cur.x1, False))
                if cur.lead_open:
                    cur.lead_bold += 1
            continue
        obj = c.FPDFText_GetTextObject(raw, i)
        key = void_p.from_buffer(obj).value or 0 if obj else 0
        fact = facts.get(key) if key else None
        if fact is None:
            weight = c.FPDFText_GetFontWeight(raw, i)
            c.FPDFText_GetFontInfo(raw, i, buf, 256, by_ref(flags))
            # weight, the font's name or its ForceBold flag; a stroked fill is the usual fake bold
            fname = buf.value.decode("latin-1", "replace").split("+", 1)[-1]
            mode = c.FPDFTextObj_GetTextRenderMode(obj) if obj else 0
            fact = (weight >= 600 or bool(_BOLD_NAME.search(fname)) or bool(flags.value & 0x40000)
                    or mode == c.FPDF_TEXTRENDERMODE_FILL_STROKE, c.FPDFText_GetFontSize(raw, i))
            if key:
                facts[key] = fact
        bold, size = fact
        c.FPDFText_GetCharOrigin(raw, i, by_ref(x), by_ref(y))
        c.FPDFText_GetLooseCharBox(raw, i, rect)
        # the character's advance box (PDFium's loose box): gaps between boxes show spaces and tabs
        box = rect.right > rect.left and abs(rect.left - x.value) < size
        x0 = rect.left if box else x.value
        x1 = rect.right if box else x0 + size * 0.5
        ch_top = y.value + size * 0.8
        ch_bottom = y.value - size * 0.2
        if cur is not None and ch_cont(cur, x0, y.value, size):
            last = cur.chars[-1]
            if last != " " and x0 - cur.x1 >= size * (0.3 if is_cjk(last) or is_cjk(ch) else 0.2):
                cur.chars.append(" ")      # a visible gap is a space (a tab before a 目录 page number)
                cur.pos.append((cur.x1, cur.x1, False))
                if cur.lead_open:
                    cur.lead_bold += 1
            cur.chars.append(ch)
            cur.pos.append((x0, x1, bold))
            if x1 > cur.x1:
                cur.x1 = x1
            if ch_top > cur.top:
                cur.top = ch_top
            if ch_bottom < cur.bottom:
                cur.bottom = ch_bottom
            if bold:
                cur.bold_chars += 1
                if cur.lead_open:
                    cur.lead_bold += 1
            else:
                cur.lead_open = False
            if size > cur.size:
                cur.size = size
            continue
        if cur is not None:
            _close(cur, segs)
        cur = Seg([ch], x0, x1, y.value, ch_top, ch_bottom, size, int(bold), int(bold), bold, [(x0, x1, bold)])
    if cur is not None:
        _close(cur, segs)
    return segs


def _char(u: int) -> str:
    return chr(u) if u < 0xD800 or u > 0xDFFF else "\ufffd"


def _all_text(raw, n: int) -> str | None:
    """The page's characters in one call (UTF-16), or None when that does not give one code unit per
    character index (characters beyond the BMP): then each is asked for on its own."""
    import pypdfium2.raw as c

    if n <= 0:
        return ""
    buf = ctypes.create_string_buffer((n + 1) * 2)
    got = c.FPDFText_GetText(raw, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    text = buf.raw[: max(got - 1, 0) * 2].decode("utf-16-le", "replace")
    return text if len(text) == n else None


def ch_cont(cur: Seg, x0: float, y: float, size: float) -> bool:
    """Does a character at (x0, y) continue segment `cur` on the same line?"""
    tol = max(cur.size, size)
    return abs(y - cur.y) <= tol * 0.3 and -tol * 0.5 <= x0 - cur.x1 <= tol * 1.5


def _close(seg: Seg, out: list[Seg]) -> None:
    while seg.chars and seg.chars[-1].isspace():
        seg.chars.pop()
        seg.pos.pop()
    seg.lead_bold = min(seg.lead_bold, len(seg.chars))
    if seg.chars:
        out.append(seg)


# -- running heads and page numbers ----------------------------------------------------------------

def _furniture(pages: list[tuple[list[Seg], float, float, bool]]) -> tuple[dict[int, set[int]], dict[int, str]]:
    """Per page: indexes of segments that are running heads/feet or the page number; page labels."""
    cands: dict[int, list[tuple[int, str, str]]] = {}   # page -> [(seg index, folded text, edge)]
    seen: dict[tuple[str, str], set[int]] = {}
    for p, (segs, _w, height, _img) in enumerate(pages, 1):
        if not segs:
            continue
        top_y = max(s.top for s in segs)
        bottom_y = min(s.bottom for s in segs)
        band = height * 0.12
        out = []
        for k, s in enumerate(segs):
            edge = ("top" if s.top >= top_y - s.size * 0.5 and s.top >= height - band
                    else "bottom" if s.bottom <= bottom_y + s.size * 0.5 and s.bottom <= band else "")
            if not edge:
                continue
            folded = _DIGITS.sub("#", "".join(s.text.split()))
            out.append((k, folded, edge))
            seen.setdefault((folded, edge), set()).add(p)
        cands[p] = out
    n_pages = sum(1 for segs, *_r in pages if segs)
    drop: dict[int, set[int]] = {}
    labels: dict[int, str] = {}
    numbered: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for p, out in cands.items():
        segs = pages[p - 1][0]
        for k, folded, edge in out:
            text = segs[k].text.strip()
            m = _PAGE_NO.match(text)
            repeated = len(seen[(folded, edge)]) >= 2 and (n_pages <= 2 or len(seen[(folded, edge)]) >= 0.3 * n_pages)
            if m:
                labels[p] = m.group(1)
                drop.setdefault(p, set()).add(k)
            elif repeated and len(text) <= 80:
                drop.setdefault(p, set()).add(k)
                m = _EDGE_NUMBER.search(text)
                if m:
                    numbered.setdefault((folded, edge), []).append((p, int(m.group(1) or m.group(2))))
    # a running head that carries the page number (`洛阳政务信息 2023年第11期 5`): the number at its start
    # or end counts as the page's label when it rises with the page (number - page the same on every
    # page it is on; a year or issue number does not)
    for rows in numbered.values():
        if len(rows) >= 2 and len({n - p for p, n in rows}) == 1:
            for p, n in rows:
                labels.setdefault(p, str(n))
    return drop, labels


# -- reading order ---------------------------------------------------------------------------------

def _order(segs: list[Seg], x0: float, x1: float, depth: int = 0) -> list[list[Seg]]:
    """Segments in reading order, grouped into columns: a list of columns, each top to bottom."""
    if not segs:
        return []
    segs = sorted(segs, key=_reading_key)
    if depth >= 4 or len(segs) < 6:
        return [segs]
    gutters = _gutters(segs, x0, x1)
    if not gutters:
        return [segs]
    out: list[list[Seg]] = []
    band: list[Seg] = []
    span: list[Seg] = []

    def flush() -> None:
        if span:
            out.append(list(span))
            span.clear()
        if not band:
            return
        cols = _split(band, gutters, x0, x1)
        if len(cols) == 1:
            out.append(sorted(band, key=_reading_key))
        else:
            for cx0, cx1, col in cols:
                out.extend(_order(col, cx0, cx1, depth + 1))
        band.clear()

    for s in segs:
        if any(s.x0 < g0 and s.x1 > g1 for g0, g1 in gutters):
            if band:
                flush()
            span.append(s)     # a run of lines over the columns reads as one column
        else:
            if span:
                flush()
            band.append(s)
    flush()
    return out


def _reading_key(s: Seg) -> tuple[float, float]:
    """Top to bottom by baseline, then left to right (`_lines` groups runs of one baseline)."""
    return (-s.y, s.x0)


def _gutters(segs: list[Seg], x0: float, x1: float) -> list[tuple[float, float]]:
    """Vertical gaps between columns: x ranges crossed by few narrow segments (at most 8% of them: a
    centred masthead line may cross), with real text on both sides (3+ lines, 15% of the width)."""
    width = max(x1 - x0, max(s.x1 for s in segs) - min(s.x0 for s in segs))
    lo = min(s.x0 for s in segs)
    narrow = [s for s in segs if s.width < width * 0.6]
    if len(narrow) < 6:
        return []
    size = sorted(s.size for s in narrow)[len(narrow) // 2]
    limit = max(1, len(narrow) * 8 // 100)
    events = sorted([(s.x0, 1) for s in narrow] + [(s.x1, -1) for s in narrow])
    gaps = []
    count = 0
    start: float | None = None
    prev = events[0][0]
    for x, d in events:
        if x > prev:
            if count <= limit and start is None and count < len(narrow):
                start = prev
            elif count > limit and start is not None:
                gaps.append((start, prev))
                start = None
        count += d
        prev = x
    good = []
    for g0, g1 in gaps:
        if g1 - g0 < max(size * 0.8, 4.0) or g0 <= lo:
            continue
        left = [s for s in narrow if s.x1 <= g0 + 0.5]
        right = [s for s in narrow if s.x0 >= g1 - 0.5]
        if len(left) < 3 or len(right) < 3:
            continue
        if (g0 - lo) < width * 0.15 or (max(s.x1 for s in right) - g1) < width * 0.15:
            continue
        good.append((g0, g1))
    return good


def _split(band: list[Seg], gutters: list[tuple[float, float]], x0: float,
           x1: float) -> list[tuple[float, float, list[Seg]]]:
    edges = [x0] + [g for gap in gutters for g in gap] + [x1]
    cols = [(edges[i], edges[i + 1], []) for i in range(0, len(edges), 2)]
    for s in band:
        mid = (s.x0 + s.x1) / 2
        for _cx0, cx1, col in cols:
            if mid <= cx1 or cx1 == x1:
                col.append(s)
                break
    kept = [c for c in cols if c[2]]
    # a "column" with fewer than 3 lines in this band is not a column here, and columns whose lines
    # mostly do not fill them are a table's: read the band as one, row by row
    if len(kept) > 1 and (min(len(c[2]) for c in kept) < 3 or any(_fill(c[2]) < 0.6 for c in kept)):
        return [(x0, x1, list(band))]
    return kept


def _fill(col: list[Seg]) -> float:
    """The share of a column's lines that run from its left edge to its right edge (set text does;
    a table's cells, ragged on one side or the other, mostly do not)."""
    lines = _lines(sorted(col, key=_reading_key))
    if not lines:
        return 0.0
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    full = sum(1 for ln in lines if ln.x0 <= left + ln.size * 2.5 and ln.x1 >= right - ln.size * 1.5)
    return full / len(lines)


# -- lines and paragraphs --------------------------------------------------------------------------

@dataclass
class _Line:
    segs: list[Seg]
    x0: float
    x1: float
    y: float
    size: float
    text: str
    bold_lead: int      # characters of the leading bold run
    all_bold: bool


def _lines(col: list[Seg]) -> list[_Line]:
    """Segments of one column grouped into visual lines (same baseline), left to right."""
    out: list[_Line] = []
    group: list[Seg] = []
    for s in col:
        if group and abs(s.y - group[0].y) <= max(s.size, group[0].size) * 0.3:
            group.append(s)
            continue
        if group:
            out.append(_make_line(group))
        group = [s]
    if group:
        out.append(_make_line(group))
    return out


def _make_line(group: list[Seg]) -> _Line:
    group.sort(key=lambda s: s.x0)
    if any(b.x0 < a.x1 - a.size * 0.5 for a, b in zip(group, group[1:], strict=False)):
        return _merged_line(group)
    text = ""
    lead = 0
    lead_open = True
    for k, s in enumerate(group):
        if k:
            gap = s.x0 - group[k - 1].x1
            sep = "\t" if gap > 6 * s.size else ("" if gap < s.size * 0.25 and (
                is_cjk(text[-1:] or "a") or is_cjk(s.chars[0])) else " ")
            text += sep
            if lead_open:
                lead += len(sep)
        text += s.text
        if lead_open:
            lead += s.lead_bold
            lead_open = s.bold
    all_bold = all(s.bold for s in group)
    size = max(s.size for s in group)
    return _Line(group, group[0].x0, max(s.x1 for s in group), group[0].y, size, text,
                 min(lead, len(text)), all_bold)


def _merged_line(group: list[Seg]) -> _Line:
    """Runs drawn over one another on a line (a writer that draws the punctuation of another font
    after the line's CJK run): the line is rebuilt from its characters in x order."""
    size = max(s.size for s in group)
    items = sorted(((x0, x1, ch, b) for s in group for ch, (x0, x1, b) in zip(s.chars, s.pos or [], strict=False)
                    if not ch.isspace()), key=lambda t: t[0])
    text = ""
    lead = 0
    lead_open = True
    right = None
    for x0, x1, ch, b in items:
        if right is not None:
            gap = x0 - right
            cjk = is_cjk(text[-1]) or is_cjk(ch)
            sep = "\t" if gap > 6 * size else " " if gap >= (0.3 if cjk else 0.2) * size else ""
            text += sep
            if lead_open:
                lead += len(sep)
        text += ch
        if lead_open:
            if b:
                lead += 1
            else:
                lead_open = False
        right = x1 if right is None else max(right, x1)
    all_bold = all(s.bold for s in group)
    return _Line(group, group[0].x0, max(s.x1 for s in group), group[0].y, size, text, min(lead, len(text)),
                 all_bold)


def _paragraphs(cols: list[list[Seg]], page: int, label: str | None) -> list[Para]:
    paras: list[Para] = []
    line_no = 0
    for col in cols:
        lines = _lines(col)
        if not lines:
            continue
        left = _common_edge([ln.x0 for ln in lines], min)
        right = _common_edge([ln.x1 for ln in lines], max)
        pitch = _pitch(lines)
        cur: Para | None = None
        prev: _Line | None = None
        for ln in lines:
            line_no += 1
            if cur is not None and prev is not None and _continues(prev, ln, left, right, pitch):
                before = cur.text
                cur.text = join_wrapped(before, ln.text)
                cur.line_end = line_no
                if cur.bold and not ln.all_bold:      # a bold title running into its text
                    cur.bold = False
                    cur.lead_bold = (before + cur.text[len(before):len(cur.text) - len(ln.text)]
                                     + ln.text[: ln.bold_lead]).rstrip()
                elif (not cur.bold and cur.lead_bold and cur.lead_bold == before.rstrip()
                      and ln.bold_lead):
                    cur.lead_bold = cur.text[: len(cur.text) - len(ln.text) + ln.bold_lead].rstrip()
                prev = ln
                continue
            cur = Para(text=ln.text, bold=ln.all_bold,
                       lead_bold="" if ln.all_bold else ln.text[: ln.bold_lead].rstrip(),
                       size=ln.size, page=page, label=label, line=line_no, line_end=line_no)
            paras.append(cur)
            prev = ln
    return paras


def _continues(prev: _Line, ln: _Line, left: float, right: float, pitch: float) -> bool:
    """Is `ln` the next visual line of the paragraph `prev` ends?"""
    size = max(prev.size, ln.size)
    if abs(prev.size - ln.size) > 0.1 * size:
        return False
    if "\t" in prev.text or "\t" in ln.text:   # wide gaps: a table row or a 目录 line, not prose
        return False
    if prev.all_bold != ln.all_bold and not (prev.all_bold and ln.bold_lead):
        return False
    gap = prev.y - ln.y
    if gap <= 0 or gap > max(pitch, size * 1.2) * 1.45:
        return False
    if prev.x1 < right - size * 1.5:          # the line above ends short: its paragraph ended
        return False
    if ln.x0 > left + size * 1.2:             # a first-line indent starts a paragraph
        return False
    if _ends_with_page(prev.text):
        return False
    # two lines in a row that end in a number after a space are 目录 lines (a tab rendered narrow)
    return not (_SPACE_NUMBER.search(prev.text[-6:]) and _SPACE_NUMBER.search(ln.text[-6:]))


def _ends_with_page(text: str) -> bool:
    """Does a line end in a page number after a leader or a tab (a 目录 line)? Checked from the end."""
    t = text.rstrip()
    m = _TRAILING_NUMBER.search(t[-8:])
    if not m:
        return False
    before = t[: len(t) - len(t[-8:]) + m.start()]
    stripped = before.rstrip(" ")
    return stripped.endswith("\t") or (len(stripped) >= 2 and stripped[-1] in _LEADERS and stripped[-2] in _LEADERS)


def _common_edge(values: list[float], pick) -> float:
    """The column's left (right) edge: the edge most lines share (not an outlier)."""
    rounded: dict[int, int] = {}
    for v in values:
        rounded[round(v)] = rounded.get(round(v), 0) + 1
    best = max(rounded.values())
    return float(pick(k for k, n in rounded.items() if n >= max(2, best // 2))) if best >= 2 else pick(values)


def _pitch(lines: list[_Line]) -> float:
    gaps = sorted(a.y - b.y for a, b in zip(lines, lines[1:], strict=False) if 0 < a.y - b.y < a.size * 3)
    return gaps[len(gaps) // 2] if gaps else (lines[0].size * 1.5 if lines else 12.0)
