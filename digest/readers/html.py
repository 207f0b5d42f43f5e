"""HTML reader (selectolax, the Lexbor HTML5 parser): the page's main text, without its furniture.

Encoding: a byte-order mark, else the `charset` the page declares, else UTF-8, else GB18030 or Big5
(digest.source.decode_chinese: whichever reads as more common Chinese characters).
Left out: `script`, `style`, `nav`, `aside`, `footer`, `form`, `iframe` …, a `header` outside the
article, page controls (links to `javascript:` — print, close, font size), a list row's "read more"
link (`<a>[详细]</a>`, `<a>阅读全文</a>` closing its summary: `_read_more`), elements whose `role` is
navigation/banner/contentinfo/complementary/search/menu, elements
whose class or id names a menu, bar, breadcrumb, sidebar, footer, share box, link list, pager …
(whole words of the name: `nav`, `menu`, `sidebar`, `footer`, `crumb`, …; unless the box holds more than half the
page's text or holds a list page's list of articles, `_list_column`: a layout's column, `side-right`, holding the list), a badge before a title (an inline element named
`tag`, `badge`, `label`, … of four characters or fewer: `<span class="tag">视频</span>`), and lists or boxes that are
mostly links to other pages (links to anchors in the page, as in a 目录, are kept). The content root
is the page's `main` (or `role=main`), else its single `article`, else `body`.
Paragraphs: block elements (`p`, `div`, `li`, `tr`, `h1`–`h6`, `blockquote` …) and `<br>` end a line
(a table row is one line, its cells two spaces apart); `h1`–`h6` give the heading level, and so does a
short `div` named as a title (`class="title"`, a CMS convention: level 1); text inside `b`/`strong` (or `font-weight: bold`) is bold. An HTML
page is one page.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex as re

from digest.readers import Document, Para, build_document, is_cjk
from digest.source import InputError, decode_chinese
from digest.text import READ_MORE

_DROP_TAGS = {"script", "style", "noscript", "template", "iframe", "form", "nav", "aside", "footer",
              "button", "select", "input", "textarea", "svg", "canvas", "object", "embed", "video",
              "audio", "map", "dialog", "menu", "head", "title", "meta", "link",
              "marquee"}  # (a scrolling banner: `欢迎访问某县人民政府门户网站！`, a ticker of the latest titles)
_DROP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
               "toolbar", "dialog"}
_DROP_WORDS = {"nav", "navbar", "navigation", "menu", "menubar", "submenu", "breadcrumb", "breadcrumbs",
               "crumb", "crumbs", "sidebar", "side", "aside", "footer", "foot", "copyright", "share",
               "sharing", "social", "toolbar", "topbar", "login", "search", "searchbox", "ad", "ads",
               "advert", "banner", "friendlink", "friendlinks", "links", "related", "comment",
               "comments", "pagination", "pager", "qrcode", "weixin", "wechat", "skip", "cookie",
               "daohang", "dqwz", "weizhi", "location", "position", "bottom", "print", "tool", "tools",
               "fontsize", "zihao"}
_INLINE_BADGES = {"span", "em", "i", "label", "mark", "sup"}
_BADGE_WORDS = {"tag", "tags", "badge", "label", "flag", "icon", "ico"}
_BADGE_MOST = 4  # characters of a badge's text (`视频`, `置顶`, `原创`, `NEW`)
_BLOCK = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody", "thead",
          "section", "article", "main", "header", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5",
          "h6", "figure", "figcaption", "caption", "address", "center", "body", "hr", "br"}
_BOLD = {"b", "strong"}
# class/id words CMS templates give an article's title (styled by a stylesheet digest does not read)
_TITLE_WORDS = {"title", "tit", "biaoti", "headline", "heading", "article-title", "arttitle"}
_WORD_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_SPACE = re.compile(r"[ \t\r\n\f\u00a0]+")
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.I)
# a cell of a list row that is a date and nothing else: `2024-10-08`, `[2024-09-30]`, `2024/09/27 17:08`,
# `(10-08)`, `2024年10月8日`
_DATE_CELL = re.compile(r"[\[【(（]?\s*(?:\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日"
                        r"|\d{1,2}[-/]\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[\]】)）]?")


# the charsets pages declare and the supersets they are really written in
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030",
              "big5": "cp950", "x-x-big5": "cp950"}


def decode_declared(data: bytes, charset: str) -> str | None:
    """The bytes decoded in the charset a page or a web archive's part declares (read as the superset
    pages really use: GB2312 as GB18030, Big5 as cp950); None when that charset does not decode them."""
    charset = charset.lower()
    try:
        return data.decode(_SUPERSETS.get(charset, charset))
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    m = _CHARSET.search(data[:4096])
    declared = ""
    if m:
        declared = m.group(1).decode("ascii").lower()
        text = decode_declared(data, declared)
        if text is not None:
            return text
    got = decode_chinese(data)  # no charset, or a wrong one: UTF-8, else GB18030 or Big5
    if got is None:
        raise InputError(f"{name}: cannot decode the HTML page (charset {declared or 'unknown'})")
    return got[0]


def _is_furniture(node, in_article: bool, page: _Tally | None = None, t: _Tally | None = None,
                  column: frozenset[int] = frozenset()) -> bool:
    """Is the element page furniture (module docstring)? A box named as furniture (`side-right`, `side`:
    a layout column's name) is not when it holds most of the page (`_holds_the_page`: `page` the
    root's tally, `t` the box's) or a list page's list of articles (`column`: the boxes around it,
    `_list_column`, by `mem_id`)."""
    tag = node.tag
    if tag in _DROP_TAGS:
        return True
    if tag == "header" and not in_article:
        return True
    attrs = node.attributes
    role = (attrs.get("role") or "").lower()
    if role in _DROP_ROLES:
        return True
    if attrs.get("hidden") is not None or attrs.get("aria-hidden") == "true":
        return True
    if tag == "a" and (attrs.get("href") or "").strip().lower().startswith("javascript:"):
        return True    # a page control (print, close, font size), not text
    names = " ".join(v for k in ("class", "id") if (v := attrs.get(k)))
    if names:
        words = {w.lower() for w in _WORD_SPLIT.split(names) if w}
        if (tag in _INLINE_BADGES and words & _BADGE_WORDS
                and len((node.text(deep=True) or "").strip()) <= _BADGE_MOST):
            return True  # a row's badge before its title (`<span class="tag">视频</span>`): no word of the title
        if words & _DROP_WORDS:
            return not (node.mem_id in column or (page is not None and t is not None and _holds_the_page(t, page)))
    return False


def _holds_the_page(t: _Tally, page: _Tally) -> bool:
    """Does a box hold most of the page: more than half its text? A page's layout names its columns so
    (`side-left` the menu, `side-right` the list: `<div class="side-right"><ul><li><a>…</a>…`); a box of
    related links beside an article (`m-related`) holds a little of it."""
    return 2 * t.solid > page.solid


def _is_title_box(node, t: _Tally) -> bool:
    """A short box named as the article's title (`<div class="title">`) with no blocks inside."""
    names = " ".join(v for k in ("class", "id") if (v := node.attributes.get(k)))
    if not names or not ({w.lower() for w in _WORD_SPLIT.split(names) if w} & _TITLE_WORDS):
        return False
    return 0 < t.solid <= 64 and not t.blocks


def _link_heavy(t: _Tally) -> bool:
    """A list or box whose text is mostly links to other pages (a menu, a link list), unless most of
    its links come with a date of their own (`<li><a>某镇召开会议</a><span>2024-10-08</span></li>`):
    that is a list of articles, a list page's content (`_dated_rows`)."""
    if t.solid < 4:
        return False
    return t.links >= 3 and t.linked >= 0.6 * t.solid and not _dated_rows(t)


def _picture_links(t: _Tally) -> bool:
    """A box of two or more links with no text, pictures, each with a short caption at most (`图片新闻`:
    `<li><a href="…"><img></a><p>某乡扑火队员…</p></li>`): a sidebar's gallery, no article's text."""
    return t.links >= 2 and t.linked == 0 and t.solid <= _CAPTION_MOST * t.links


_CAPTION_MOST = 30  # characters of a caption under a picture link


def _holds_dated_rows(tag: str, t: _Tally) -> bool:
    """Is it a layout box (a `div` or `table`, not a list) holding dated rows (three dates alone or more,
    `_DATE_CELL`)? A page's layout table holds its menu, its sidebar and its list of articles
    (`<td>菜单…</td><td><ul><li>[2020-05-12] <a>标题</a></li>…</ul></td>`): mostly links as a whole, it is
    read box by box, each list judged on its own (`_link_heavy`, `_dated_rows`)."""
    return tag in ("div", "table") and t.dates >= 3


def _minor_lists(root, tally: dict[int, _Tally]) -> set[int]:
    """The lists of dated links (`ul`/`ol` with `_dated_rows`) a page prints beside a longer one, half its
    rows or fewer: a sidebar's `通知公告` of five beside the column's list of fifteen, by `mem_id`; or beside
    text of articles printed in full, `_PROSE_TIMES` its own length or more (a special page's items and its
    `通知公告`). A page of one list and little else, or of lists alike in length, has none."""
    lists = [(n.mem_id, tally[n.mem_id].dates) for n in root.traverse()
             if n.tag in ("ul", "ol") and n.mem_id in tally and _dated_rows(tally[n.mem_id])]
    page = tally[root.mem_id]
    prose = page.solid - page.linked - page.code  # the page's text outside links and scripts: its articles'
    beside = {m for m, _d in lists if prose >= _PROSE_OVER_LIST and prose >= _PROSE_TIMES * tally[m].solid}
    if len(lists) < 2:
        return beside  # (a sidebar's `通知公告` on a page of articles in full: their text is the page's)
    most = max(d for _m, d in lists)
    return {m for m, d in lists if 2 * d <= most} | beside


def _list_column(root, tally: dict[int, _Tally]) -> frozenset[int]:
    """The boxes holding a list page's list of articles, by `mem_id`: the list of dated links
    (`_dated_rows`) with the most dates, `_COLUMN_ROWS` or more and twice any other's, on a page that prints
    no article's text (less than `_PROSE_OVER_LIST` characters outside links). A layout names the column
    that holds it as it names a sidebar (`<div class="right-side"><ul class="news-list">…`), though
    it is the page's content; the list itself is judged as any list is."""
    lists = [n for n in root.traverse() if n.tag in ("ul", "ol") and n.mem_id in tally and _dated_rows(tally[n.mem_id])]
    if not lists:
        return frozenset()
    page = tally[root.mem_id]
    if page.solid - page.linked - page.code >= _PROSE_OVER_LIST:
        return frozenset()
    best = max(lists, key=lambda n: tally[n.mem_id].dates)
    most = tally[best.mem_id].dates
    if most < _COLUMN_ROWS or any(n is not best and 2 * tally[n.mem_id].dates > most for n in lists):
        return frozenset()
    out = set()
    node = best.parent
    while node is not None and node.mem_id != root.mem_id:
        out.add(node.mem_id)
        node = node.parent
    return frozenset(out)


_COLUMN_ROWS = 6  # dated rows of a list page's list of articles (a sidebar's 通知公告 prints four or five)


# a list of dated links is a sidebar's on a page whose text outside links is this long and this many times its own
_PROSE_OVER_LIST = 1500
_PROSE_TIMES = 6


def _dated_rows(t: _Tally) -> bool:
    """Most of a box's links come with a date: at least as many text pieces of the box that are a
    date and nothing else (`_DATE_CELL`: `<span>2024-10-08</span>`) as two thirds of its links."""
    return t.dates >= 3 and 3 * t.dates >= 2 * t.links


@dataclass(slots=True)
class _Tally:
    """What an element's subtree holds, counted once for the whole page, bottom-up (`_tally`): judging
    a box by its text (`_link_heavy`, `_is_title_box`) then reads no text again, where reading the
    subtree's text at every box made a page of 100,000 nested (or unclosed) `<div>`s quadratic."""

    chars: int = 0        # characters of its text
    solid: int = 0        # of them, not HTML whitespace (`_SPACE`)
    links: int = 0        # links to other pages under it (`<a>` whose href does not start with #)
    linked: int = 0       # solid characters of those links' text (a link inside a link counted twice)
    dates: int = 0        # lines of its text nodes that are a date and nothing else (`_DATE_CELL`)
    code: int = 0         # of its solid characters, those of scripts and style sheets (no text a reader sees)
    nodes: int = 0        # nodes under it
    blocks: bool = False  # a p, div, li, table or h1-h3 under it (a title box holds none)


_INNER_BLOCKS = {"p", "div", "li", "table", "h1", "h2", "h3"}
_CODE_TAGS = {"script", "style", "noscript", "template"}
_TALLIED = {"ul", "ol", "div", "table", "dl", "a", "td", "th"}  # the elements whose tally the walk asks for


def _tally(root) -> dict[int, _Tally]:
    """The `_Tally` of every box and link under `root` (and of root), by the node's `mem_id`: one
    walk over the tree, each node's counts added to its parent's when it is left."""
    out: dict[int, _Tally] = {}
    stack: list[tuple[object, bool]] = [(root, False)]
    open_: list[_Tally] = []
    while stack:
        node, leaving = stack.pop()
        tag = node.tag
        if leaving:
            t = open_.pop()
            if tag == "a" and not (node.attributes.get("href") or "").strip().startswith("#"):
                t.links += 1
                t.linked += t.solid
            if tag in _TALLIED or not open_:  # (and the root's: the page's whole)
                out[node.mem_id] = t
            if open_:
                up = open_[-1]
                up.chars += t.chars
                up.solid += t.solid
                up.links += t.links
                up.linked += t.linked
                up.dates += t.dates
                up.code += t.code
                up.nodes += t.nodes + 1
                up.blocks = up.blocks or t.blocks or tag in _INNER_BLOCKS
            continue
        if tag.startswith("-") or tag == "!doctype":  # text, a comment
            if open_:
                up = open_[-1]
                up.nodes += 1
                if tag == "-text" and (text := node.text_content or ""):
                    up.chars += len(text)
                    up.solid += len(text) - sum(len(m) for m in _SPACE.findall(text))
                    if node.parent is not None and node.parent.tag in _CODE_TAGS:
                        up.code += len(text) - sum(len(m) for m in _SPACE.findall(text))
                    up.dates += sum(1 for piece in text.split("\n")
                                    if (p := piece.strip()) and _DATE_CELL.fullmatch(p))
            continue
        open_.append(_Tally())
        stack.append((node, True))
        child = node.child
        while child is not None:  # (the order children are counted in does not matter)
            stack.append((child, False))
            child = child.next
    return out


def read_html(data: bytes, name: str) -> Document:
    return html_document(None, name, data)


def html_document(text: str | None, name: str, data: bytes, html: bytes | None = None) -> Document:
    """The Document of an HTML page: `text` when it is decoded already, else the bytes `html`
    (or `data`) decoded as a page's bytes are (`decode_html`); `data` is the file's bytes, hashed.
    A web archive (digest.readers.mhtml) reads its page part through here."""
    from selectolax.lexbor import LexborHTMLParser

    if text is None:
        text = decode_html(data if html is None else html, name)
    try:
        tree = LexborHTMLParser(text)
    except Exception as exc:  # the parser accepts any text; this is a guard, not a path
        raise InputError(f"{name}: cannot parse the HTML page ({exc})") from None
    root = tree.css_first("main") or tree.css_first('[role="main"]')
    if root is None:
        arts = tree.css("article")
        root = arts[0] if len(arts) == 1 and not _cards_beside(tree.body, arts[0]) else tree.body
    if root is None:
        raise InputError(f"{name}: the HTML page has no body")
    paras = _walk(root)
    label = _PAGE_IN_TITLE.search(" ".join(((node := tree.css_first("title")) and node.text() or "").split()))
    if label is not None and not any(_SPACE.sub("", label.group("p")) in _SPACE.sub("", p.text) for p in paras):
        paras.insert(0, Para(text="第" + label.group("p")))  # (an e-paper's page named only in the window's title)
    return build_document(paras, name, "html", data, pages=0)


# the page an e-paper's window title names (`某某日报数字报-第02版：州内要闻-2023年08月22日`)
_PAGE_IN_TITLE = re.compile(r"(?:第\s*+|(?<=[-—–|_]))(?P<p>[A-Z]{0,2}\d{1,3}\s*版\s*[:：]\s*[^-—–|_\s:：]{2,12})")


# the day a page prints in its header, alone in its element (`2023年09月14日&nbsp;星期四`, an e-paper's issue
# date in the bar of links over the page): not the viewer's day (`今天是…`, which chrome.py reads as chrome)
_PAGE_DAY = re.compile(r"^(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|周)[一二三四五六日天])?"
                       r"(?:\s*农历\p{Han}{2,10})?$")  # (and the lunar day after it: `农历癸卯年十月初八`)


def _page_day(node) -> str | None:
    """The first piece of text of a box the reader leaves out (a header's bar of links) that is a full
    date alone (`_PAGE_DAY`): kept as a line of its own, where the box stood, so that the page keeps its
    day (the parser reads the year of every yearless `9月13日` from it); None when there is none."""
    for piece in (node.text(deep=True, separator="\n") or "").split("\n"):
        piece = " ".join(piece.split())
        if piece and len(piece) <= 32 and _PAGE_DAY.match(piece):
            return piece
    return None


# the words of a label a page prints as a picture over the links under it (`往期回顾`, `相关阅读`): read as a line
_LABEL_ALT = re.compile(r"^(?:往期(?:回顾|推荐|精彩)|相关(?:阅读|推荐|新闻)|推荐阅读|更多精彩)$")


def _cards_beside(body, article) -> bool:
    """Does the page print, outside its one `<article>`, a list of news cards: rows with a date each and a
    summary, `_CARD_MOST` characters a row or more on average (a mobile page's `<li><a><h3>标题</h3><p>摘要…</p>
    <span>04-16</span></a></li>` under the article)? Those are items of the page as a list page's rows are;
    a box of related links (titles and dates only) is not."""
    if body is None:
        return False
    inside = {n.mem_id for n in article.traverse()}
    tally = _tally(body)  # (counted once for the whole page: a tally per list would read nested lists again and again)
    for node in body.traverse():
        if node.tag in ("ul", "ol") and node.mem_id not in inside and (t := tally.get(node.mem_id)) is not None:
            if _dated_rows(t) and t.solid - t.code >= _CARD_MOST * t.dates:
                return True
    return False


_CARD_MOST = 60  # characters of a card (title, summary and date) on average, at the least


def _walk(root) -> list[Para]:
    paras: list[Para] = []
    dated = False  # a header's day kept (`_page_day`): the first only
    cur: list[tuple[str, bool]] = []
    level = 0
    broken: set[int] = set()  # paragraphs a `<br>` ended (`_br_wrapped`)

    def flush(by_br: bool = False) -> None:
        nonlocal cur
        if not cur:
            return
        if by_br:
            broken.add(len(paras))
        text = _CELL_MARK.sub("  ", _norm(_join(cur))).strip()  # (cells two spaces apart: a table's row, as a
        # PDF's text prints one, so its cells' gaps are no gaps inside words to close)
        if text:
            visible = [(t, b) for t, b in cur if t.strip()]
            all_bold = all(b for _t, b in visible)
            lead = ""
            if not all_bold and visible and visible[0][1]:
                for t, b in cur:
                    if b or not t.strip():
                        lead += t
                    else:
                        break
                lead = _norm(lead)
            paras.append(Para(text=text, level=level, bold=all_bold and not level,
                              lead_bold=lead if text.startswith(lead) else "", page=1, label=None,
                              line=len(paras) + 1, line_end=len(paras) + 1))
        cur = []

    in_article = root.tag in ("article", "main")
    tally = _tally(root)
    minor = _minor_lists(root, tally)
    column = _list_column(root, tally)
    # explicit stack: (node, bold, heading level, inside an article, leaving marker)
    stack: list[tuple[object, bool, int, bool, bool, bool]] = [(root, False, 0, in_article, False, False)]
    while stack:
        node, bold, hlevel, art, leaving, short_cell = stack.pop()
        tag = node.tag
        if leaving:
            if tag in _BLOCK:
                flush()
                level = 0
            continue
        if tag == "-text":
            t = node.text_content or ""
            if t:
                if not cur:
                    level = hlevel
                cur.append((t, bold))
            continue
        if tag in ("-comment", "!doctype") or tag.startswith("-"):
            continue
        if node is not root and (_is_furniture(node, art, tally[root.mem_id], tally.get(node.mem_id), column)
                                 or node.mem_id in minor
                                 or (tag in ("ul", "ol", "div", "table", "dl") and _link_heavy(tally[node.mem_id])
                                     and not _holds_dated_rows(tag, tally[node.mem_id]))
                                 or (tag in ("ul", "ol", "div") and _picture_links(tally[node.mem_id]))):
            if not dated and (day := _page_day(node)):  # (read once: a box left out is not walked)
                flush()
                paras.append(Para(text=day, page=1, line=len(paras) + 1, line_end=len(paras) + 1))
                dated = True
            continue
        if tag in ("br", "hr"):
            if not (short_cell and tag == "br"):  # (a short cell's break: a 目录 title typed over two lines)
                flush(by_br=tag == "br")
            continue
        if tag == "img" and _LABEL_ALT.match(alt := (node.attributes.get("alt") or "").strip()):
            flush()  # a label a post prints as a picture (`<img alt="往期回顾">` over its links): its words, a line
            paras.append(Para(text=alt, page=1, line=len(paras) + 1, line_end=len(paras) + 1))
            continue
        if tag == "a" and _read_more(node, tally[node.mem_id]):
            continue  # `[详细]` closing a list row's summary: the page's link to the item, no text
        if tag == "a" and (full := _untruncated(node, tally[node.mem_id])):
            if not cur:
                level = hlevel
            cur.append((full, bold))  # a list row's title cut short on screen, whole in its title attribute
            continue
        if tag in _BLOCK:
            flush()
        elif tag in ("td", "th") and cur:
            cur.append((_CELL, False))     # a table row is one line, its cells apart
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            hlevel = int(tag[1])
        elif tag == "div" and not hlevel and _is_title_box(node, tally[node.mem_id]):
            hlevel = 1
        style = node.attributes.get("style") or ""
        b = bold or tag in _BOLD or bool(style and _BOLD_STYLE.search(style))
        a = art or tag in ("article", "main")
        cell = short_cell or (tag in ("td", "th") and _short_cell(tally.get(node.mem_id)))
        stack.append((node, b, hlevel, a, True, cell))
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        if tag in ("td", "th") and len((node.text(deep=True) or "").strip()) <= _SHORT_CELL:
            children = _one_paragraph_cell(children)  # (a short cell's one paragraph: no line of its own)
        for ch in reversed(children):
            stack.append((ch, b, hlevel, a, False, cell))
    flush()
    return _without_empty_boxes(_br_wrapped(paras, broken))


def _one_paragraph_cell(children: list) -> list:
    """A table cell holding one paragraph and nothing else (Word's and WPS's `<td><p><b>村（社区）</b></p></td>`):
    the paragraph's children, so that the cell's words stay on its row's line, its cells apart (a paragraph
    element would end a line at each cell)."""
    blocks = [c for c in children if c.tag != "-text" and not c.tag.startswith("-")]
    text = "".join(c.text_content or "" for c in children if c.tag == "-text").strip()
    if len(blocks) != 1 or text or blocks[0].tag not in ("p", "div"):
        return children
    inner = []
    child = blocks[0].child
    while child is not None:
        inner.append(child)
        child = child.next
    return inner


_BR_WRAP_LEAST = 3  # lines of a paragraph a `<br>` broke at a fixed width (text pasted from a PDF)
_BR_WRAP_WIDTH = 16  # characters of such a line at least
_SENTENCE_END = re.compile(r"[。！？!?；;：:]$")


def _without_empty_boxes(paras: list[Para]) -> list[Para]:
    """The paragraphs less the headings of boxes whose content was left out (a sidebar's `通知公告` over
    its dated links, `图片新闻` over its pictures, `相关链接`): headings of a few words with nothing after
    them but such headings, to the page's end (two such headings in a row elsewhere may be a title printed
    in two: `百岁奶奶过生日` / `五代同堂坐满六桌`). Line numbers stay as read."""
    end = len(paras)
    while end > 0 and paras[end - 1].level and len(paras[end - 1].text) <= _BOX_HEADING_MOST:
        end -= 1
    return paras[:end]


_BOX_HEADING_MOST = 8  # characters of a box's heading (`通知公告`, `图片新闻`, `相关链接`)


def _br_wrapped(paras: list[Para], broken: set[int]) -> list[Para]:
    """A paragraph pasted from a PDF into a site's editor, a `<br>` at every line's end (`…联合县教育局组成4个
    检查组，对全<br>县中小学校…`): _BR_WRAP_LEAST lines or more a `<br>` ended, one after another, plain, of one
    width (the last line shorter), most of them breaking off mid-sentence, are one paragraph again, joined
    with no space. Lines of a poem or of a list, each ending a sentence or short, stay apart."""
    out: list[Para] = []
    k = 0
    while k < len(paras):
        j = k
        while j in broken and j + 1 < len(paras):
            j += 1  # paras[k..j]: a run each a `<br>` ended, and the line after the last break
        run = paras[k:j + 1]
        widths = [len(p.text) for p in run[:-1]]
        if (len(run) >= _BR_WRAP_LEAST and all(not p.level and not p.bold for p in run)
                and min(widths) >= _BR_WRAP_WIDTH and max(widths) - min(widths) <= 2 and len(run[-1].text) <= max(widths)
                and 2 * sum(1 for p in run[:-1] if _SENTENCE_END.search(p.text)) < len(run) - 1):
            out.append(replace(run[0], text="".join(p.text for p in run), lead_bold=run[0].lead_bold))
            k = j + 1
            continue
        out.append(paras[k])
        k += 1
    return [replace(p, line=n, line_end=n) for n, p in enumerate(out, 1)]


_SHORT_CELL = 40  # characters of a table cell whose line breaks are a wrapped title's, no paragraphs


def _short_cell(t: _Tally | None) -> bool:
    """A table cell of a few words and no blocks inside (`<td>某区与某集团签署战略合作<br>协议</td>`):
    its `<br>` breaks a title typed over two lines in a 目录's table, no paragraph."""
    return t is not None and 0 < t.solid <= _SHORT_CELL and not t.blocks


def _read_more(node, t: _Tally) -> bool:
    """A list page's "read more" link at the end of an item's summary (`<p>…整治。<a class="more">[详细]</a></p>`,
    `<a>详情>></a>`, `<a>阅读全文</a>`, `<a>[more]</a>`, `<a>…[详情]</a>`: the link's whole text is such a
    label, digest.text.READ_MORE): page furniture, no text."""
    if not _short_link(t):
        return False
    shown = (node.text(deep=True) or "").strip()
    return 0 < len(shown) <= _MORE_LEN and READ_MORE.fullmatch(shown) is not None


_MORE_LEN = 24  # characters of a "read more" link's text, at most


def _short_link(t: _Tally) -> bool:
    """Is a link small enough to be a label or a list row's title (`_read_more`, `_untruncated`)? Its
    text is read only then: a link holding a deep table of links (`<a><table><tr><td><a>…`, nested
    thousands deep) would else be read again at every link inside it."""
    return t.nodes <= _LINK_NODES and t.chars <= _LINK_CHARS


_LINK_NODES = 200    # nodes under a label or a title link, at most (`<a><font><b>[详细]</b></font></a>`: 3)
_LINK_CHARS = 2000   # characters of its text, whitespace and all, at most


_ELLIPSIS = re.compile(r"(?:\.{2,}|…+|。。。)\s*$")


def _untruncated(node, t: _Tally) -> str | None:
    """The whole title of a link whose text a list page cut short (`某县秋冬季森林防火…工...`), from its
    `title` attribute, when the text ends in an ellipsis and the attribute starts with what it shows;
    else None."""
    title = (node.attributes.get("title") or "").strip()
    if not title or not _short_link(t):
        return None
    shown = _SPACE.sub("", node.text(deep=True) or "")
    m = _ELLIPSIS.search(shown)
    if m is None or m.start() < 2:
        return None
    return title if _SPACE.sub("", title).startswith(shown[:m.start()]) else None


_CELL = "\x1f"  # between a table row's cells while the row's text is joined and its whitespace collapsed
_CELL_MARK = re.compile(r"[ \t]*\x1f[\s\x1f]*")


def _join(pieces: list[tuple[str, bool]]) -> str:
    """The text pieces of one line joined: with nothing (`<b>柯望川</b>出席`, `<span>青禾</span><span>县</span>`), a
    line break of the source between two elements as a space,
    but a space beside a piece that is a date alone, a separate cell of a list row
    (`<a>某镇召开会议</a><span>2024-10-08</span>` -> `某镇召开会议 2024-10-08`), and a tab before a page
    number alone closing the line after a title (`<a href="#a3">某某来洛考察</a><span>3</span>`, a 目录's line)."""
    out: list[str] = []
    prev = ""
    last = max((k for k, (t, _b) in enumerate(pieces) if t.strip()), default=-1)
    for k, (t, _b) in enumerate(pieces):
        if not t.strip() and "\n" in t and prev.strip() and k < last:
            t = " "  # (the source's line break between two elements, `<span>星期五</span>⏎<span>第10期</span>`: a space
            # as a browser shows it; a break inside one element's text is read by `_norm`)
        if out and t.strip() and prev.strip() and (_DATE_CELL.fullmatch(t.strip()) or _DATE_CELL.fullmatch(prev.strip())):
            out.append(" ")
        elif k == last and k > 0 and _PAGE_CELL.fullmatch(t.strip()) and prev.strip() and is_cjk(prev.strip()[-1]):
            out.append("\t")  # (a 目录's link and its page in a cell of their own: `<a>标题</a><span>3</span>`)
        out.append(t)
        if t.strip():
            prev = t
    return "".join(out)


_PAGE_CELL = re.compile(r"\d{1,3}|[(（]\d{1,3}[)）]|第\d{1,3}页")  # a page number alone, as a 目录 prints it


def _norm(s: str) -> str:
    """Collapse HTML whitespace; a line break between two CJK characters is no space at all."""
    out = []
    last = 0
    for m in _SPACE.finditer(s):
        out.append(s[last:m.start()])
        before = s[m.start() - 1] if m.start() else ""
        after = s[m.end()] if m.end() < len(s) else ""
        if before and after and not ("\n" in m.group() and is_cjk(before) and is_cjk(after)):
            out.append(" ")
        last = m.end()
    out.append(s[last:])
    return "".join(out).strip().lstrip("\u3000").strip()
