"""The record model: what every parsed entry and issue looks like.

This is the one place the records are documented; every other module builds or reads these.

Entry record (one JSON object per entry, UTF-8, keys always present)::

    id          str   stable id: same issue, same title, same occurrence -> same id
    issue_id    str   the issue it belongs to (see Issue.issue_id)
    source      str   path of the file it was parsed from (as given)
    seq         int   1-based position in body order
    kind        str   "entry" (目录 digest), "article" or "quote" (newspaper), "block" (unrecognized layout)
    section     str|null     normalized section name (特别关注, 时政, 社会事业 …), no ◆, markup or spaces
    subsection  str|null     normalized subsection (领导活动, 重要会议 …)
    title       str   title as printed in the body, markup removed, wrapped lines joined
    toc_title   str|null     the 目录 line it was matched to (null when not in the 目录)
    page        int|str|null page from the 目录, or the paper's page: its number, or its label where the
                             paper letters its pages (`A07`)
    kicker      str|null     引题 above a newspaper headline, trailing colon removed
    subtitle    str|null     副题 under a newspaper headline (`——…` line or a plain line above the
                             dateline), its dash removed; not part of `text`
    byline      str|null     reporter named in trailing parentheses, e.g. 李东慧
    date        str|null     event date: YYYY-MM-DD, YYYY-MM or YYYY
    date_end    str|null     end of a date range (2月6日至8日 -> date_end 2023-02-08)
    issue_date  str|null     the issue's own date or month (YYYY-MM-DD or YYYY-MM)
    persons     list[str]    people named in title and text, in order of first appearance
    roles       dict[str,str] person -> role printed with them in this entry ({"江凌": "市委书记"})
    text        str   entry text without its title; paragraphs joined with "\\n"; markup removed
    line_start  int   1-based first source line of the entry (its title)
    line_end    int   1-based last source line of the entry
    warnings    list[str]    doubts about this entry's parse (also printed on stderr)

Issue record (one per parsed file)::

    issue_id, source, sha256 (of the raw bytes), encoding, layout ("toc" | "newspaper" | "blocks"),
    publication, issue_date, year, issue_no, total_no, entry_count, toc_count, toc_matched,
    sections ({section: count}), meta (masthead and footer facts), warnings, parsed_at
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

ENTRY_KEYS = (
    "id", "issue_id", "source", "seq", "kind", "section", "subsection", "title", "toc_title", "page",
    "kicker", "subtitle", "byline", "date", "date_end", "issue_date", "persons", "roles", "text", "line_start",
    "line_end", "warnings",
)


@dataclass
class Entry:
    """One entry (or article, or quote) of an issue. See the module docstring for every field."""

    title: str
    text: str = ""
    kind: str = "entry"
    section: str | None = None
    subsection: str | None = None
    toc_title: str | None = None
    page: int | str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    date: str | None = None
    date_end: str | None = None
    issue_date: str | None = None
    persons: list[str] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    line_start: int = 0
    line_end: int = 0
    warnings: list[str] = field(default_factory=list)
    id: str = ""
    issue_id: str = ""
    source: str = ""
    seq: int = 0

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        return {k: d[k] for k in ENTRY_KEYS}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entry:
        known = {k: d[k] for k in ENTRY_KEYS if k in d}
        return cls(**known)


@dataclass
class Issue:
    """One parsed file: its identity, masthead facts and reconciliation counts."""

    issue_id: str
    source: str
    sha256: str
    encoding: str = "utf-8"
    layout: str = "toc"
    publication: str | None = None
    issue_date: str | None = None
    year: int | None = None
    issue_no: int | None = None
    total_no: int | None = None
    entry_count: int = 0
    toc_count: int = 0
    toc_matched: int = 0
    sections: dict[str, int] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    parsed_at: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Issue:
        """An Issue from a record (missing keys take their defaults; validate with `issue_problem` first)."""
        names = set(cls.__dataclass_fields__)
        known = {k: v for k, v in d.items() if k in names}
        known.setdefault("source", "")
        known.setdefault("sha256", "")
        return cls(**known)


# -- the record schema: the type of every key, defined once; every record read from the store is checked
# against it (digest.store) so that no reader meets a wrong type. "?" = may be null; a key may be absent
# (older records), except the required ones.

ENTRY_SCHEMA: dict[str, str] = {
    "id": "str", "issue_id": "str", "source": "str", "seq": "int", "kind": "str", "section": "str?",
    "subsection": "str?", "title": "str", "toc_title": "str?", "page": "int|str?", "kicker": "str?",
    "subtitle": "str?", "byline": "str?", "date": "str?", "date_end": "str?", "issue_date": "str?", "persons": "list[str]",
    "roles": "dict[str,str]", "text": "str", "line_start": "int", "line_end": "int", "warnings": "list[str]",
}
ENTRY_REQUIRED = ("id", "title")
ISSUE_SCHEMA: dict[str, str] = {
    "issue_id": "str", "source": "str", "sha256": "str", "encoding": "str", "layout": "str",
    "publication": "str?", "issue_date": "str?", "year": "int?", "issue_no": "int?", "total_no": "int?",
    "entry_count": "int", "toc_count": "int", "toc_matched": "int", "sections": "dict[str,int]",
    "meta": "dict", "warnings": "list[str]", "parsed_at": "str",
}
ISSUE_REQUIRED = ("issue_id",)


_NONE = type(None)
_BASE = {"str": (str,), "int": (int,), "int|str": (int, str), "list[str]": (list,), "dict[str,str]": (dict,),
         "dict[str,int]": (dict,), "dict": (dict,)}
_ELEM = {"list[str]": (str,), "dict[str,str]": (str,), "dict[str,int]": (int,)}


def _compile(schema: dict[str, str]) -> dict[str, tuple[tuple[type, ...], tuple[type, ...] | None, str]]:
    """key -> (allowed types of the value (exact: a bool is not an int), allowed types of its items
    or values, the spec as written)."""
    out = {}
    for k, kind in schema.items():
        base = kind.rstrip("?")
        types = _BASE[base] + ((_NONE,) if kind.endswith("?") else ())
        out[k] = (types, _ELEM.get(base), kind)
    return out


_ENTRY_CHECK = _compile(ENTRY_SCHEMA)
_ISSUE_CHECK = _compile(ISSUE_SCHEMA)


def _problem(d: Any, check: dict[str, tuple[tuple[type, ...], tuple[type, ...] | None, str]],
             required: tuple[str, ...], what: str) -> str | None:
    if type(d) is not dict:
        return f"not an {what} (a JSON {type(d).__name__})"
    for k in required:
        if d.get(k) is None:
            return f"bad {what}: {k!r} is missing"
    get = check.get
    for k, v in d.items():
        spec = get(k)
        if spec is None:
            continue
        types, elem, kind = spec
        if type(v) not in types:
            return f"bad {what}: {k!r} is {type(v).__name__}, expected {kind}"
        if elem is not None and v:
            for x in (v.values() if type(v) is dict else v):
                if type(x) not in elem:
                    return f"bad {what}: {k!r} holds a {type(x).__name__}, expected {kind}"
    return None


def entry_problem(d: Any) -> str | None:
    """Why `d` is not a valid entry record (None when it is): every key present has its schema type."""
    return _problem(d, _ENTRY_CHECK, ENTRY_REQUIRED, "entry record")


def issue_problem(d: Any) -> str | None:
    """Why `d` is not a valid issue record (None when it is)."""
    return _problem(d, _ISSUE_CHECK, ISSUE_REQUIRED, "issue record")


def entry_id(issue_id: str, title: str, occurrence: int) -> str:
    """Stable id: the same issue, the same (whitespace-free) title and the same occurrence give the same id."""
    key = f"{issue_id}\x1f{''.join(title.split())}\x1f{occurrence}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def assign_ids(issue_id: str, source: str, entries: list[Entry]) -> None:
    """Number entries in body order and give each its stable id."""
    seen: dict[str, int] = {}
    for n, e in enumerate(entries, 1):
        key = "".join(e.title.split())
        seen[key] = seen.get(key, 0) + 1
        e.seq = n
        e.issue_id = issue_id
        e.source = source
        e.id = entry_id(issue_id, e.title, seen[key])


@dataclass
class Problem:
    """One reconciliation finding for `digest check`: where, what, and how bad."""

    line: int
    kind: str  # toc-unmatched | body-not-in-toc | page-order | unassigned-text | doubtful | title-differs
    #          | heading-style | heading-styles | year-weak | bad-date | swallowed | chrome-kept | chrome
    #          | page-step | no-words | no-year | date-after-issue | repeated-copy | toc-no-pages
    #          | toc-paired-by-order
    message: str

    @property
    def severity(self) -> str:
        """"note" for what the parser tolerated (OCR drift between 目录 and body, section lines drawn in
        several styles but told apart by their frame, web-page chrome left out), else "problem"."""
        return "note" if self.kind in NOTE_KINDS else "problem"


NOTE_KINDS = frozenset({"title-differs", "heading-styles", "chrome", "page-step", "toc-no-pages"})


@dataclass
class ParseResult:
    issue: Issue
    entries: list[Entry]
    problems: list[Problem] = field(default_factory=list)
    assigned_share: float = 1.0  # share of non-blank body characters inside entries

    @property
    def real_problems(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "problem"]

    @property
    def warnings(self) -> list[str]:
        return self.issue.warnings
