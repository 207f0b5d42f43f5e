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

from collections.abc import Iterable
from dataclasses import dataclass

import regex as re

from digest.text import kept_if_short, nfkc

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_BOLD = re.compile(r"\*\*|__")
_HEADING = re.compile(r"^\s*(#{1,6})\s*")
_QUOTE = re.compile(r"^\s*>\s?")
# a markdown image (`![]()`, `![图片](a/b.jpg)`), as a page saved as markdown keeps a picture's place: no words
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,200}\]\([^()\n]{0,500}\)[ \t\u3000]*")
_BULLET = re.compile(r"^\s*[-*•·]\s+")
_LEAD_BOLD = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:>\s*)?(?:\*\*|__|<(?:b|strong)>)(?P<bold>.+?)(?:\*\*|__|</(?:b|strong)>)(?P<rest>.*)$"
)
DECOR = "◆◇■□●○★☆▲△▼▽◎※♦❖►▶"
_DECOR = re.compile(f"[{DECOR}]")
_KEY_DROP = re.compile(r"[\s*#>\u3000_`]|</?[A-Za-z][^<>]*>|[" + DECOR + "]")


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

    @property
    def key(self) -> str:
        return key(self.text)


def strip_markup(s: str) -> str:
    """Remove markdown/HTML markup from one line (`#`, `>`, `**`, tags, images `![](…)`), keeping its
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
    return s.strip()


@kept_if_short
def key(s: str) -> str:
    """Comparison form: NFKC, no whitespace, no markup, no decorations (a short line's is kept:
    every stage compares keys of the same lines)."""
    return _KEY_DROP.sub("", nfkc(s))


# heading frames and ordinals, shared by clean_heading and the 目录 reader (digest.toc._marker)
_CN_ORDINAL = r"[一二三四五六七八九十]{1,3}"
BRACKETED = re.compile(r"^\s*[【〔\[［]\s*(?P<n>[^【】〔〕\[\]［］]{1,12}?)\s*[】〕\]］]\s*$")  # 【福州市】
ORDINAL = re.compile(r"^\s*" + _CN_ORDINAL + r"\s*[、.．]")           # 一、综合信息
PAREN_ORDINAL = re.compile(r"^\s*[(（]\s*" + _CN_ORDINAL + r"\s*[)）]")  # （一）领导活动


def clean_heading(s: str) -> str:
    """A section/subsection name as users type it: no decorations, markup, spaces, 【】 frame or
    leading ordinal (时 政 -> 时政, 【福州市】 -> 福州市, 一、综合信息 -> 综合信息)."""
    s = strip_markup(s)
    s = _DECOR.sub("", s)
    s = "".join(s.split())
    m = BRACKETED.match(s)
    if m:
        s = m.group("n")
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
    text = strip_markup(_BULLET.sub("", raw) if bullet else raw)
    return Block(line=line_no, raw=raw, text=text, level=level, bold=bold or None, rest=rest or "",
                 quote=quote, bullet=bullet)


def to_blocks(lines: Iterable[str], start: int = 1) -> list[Block]:
    """One block per line that has any visible content after markup is removed."""
    out = []
    for i, raw in enumerate(lines, start):
        b = make_block(i, raw)
        if b.text:
            out.append(b)
    return out
