"""Filters shared by every query command (list, search, show, export, issues, sections, stats, people).

`Filters` holds one query; `Filters.matches(record)` is the whole semantics, applied to an entry
record (a dict with the keys of `Entry.to_dict()`). Build it from command-line strings with
`Filters.build(...)`, which raises `FilterError` (one-line message) for bad input.

Filter semantics (all given filters must hold):

    date D        the entry's date overlaps D and is at least as precise as D
                  (an entry dated only 2023-11 matches --date 2023-11, not --date 2023-11-06)
    month M       1-12, any year (combine with --year); the entry's date must name a month or a day
    year Y        the entry's date falls in Y
    since D       the entry's date (or range, date..date_end) ends on or after the start of D
    until D       the entry's date (or range) starts on or before the end of D
    section S     normalized equality: width-folded, no whitespace, markup or ◆ (时 政 == 时政)
    subsection S  the same, on the subsection
    persons [P]   every name is in the entry's `persons` (whitespace ignored)
    issue ID      the entry's issue_id
    kind K        entry | article | quote | block
    terms [T]     search: every term occurs (case-insensitive) in the title, the kicker or subtitle, the text or a person;
                  whitespace between two Chinese characters is ignored (江凌 finds 江 凌);
                  with regex=True each term is a regular expression (`regex` module, case-insensitive);
                  with title_only=True only titles are searched
    limit N       at most N entries (the first N in date order)

Dates are written 2023-11-06, 2023-11, 2023, 2023/11/6, 2023年11月6日, or anything python-dateutil
reads ("6 Nov 2023", "Nov 2023"); the precision (day, month, year) is what was written. An entry
without a date of its own is filtered (and sorted) by its `issue_date`.

Order: entries are returned by date (entry date, else issue date; undated last), then issue date,
then issue (store file order), then position in the issue.

Speed: `needles()` turns the search terms, persons and issue id into byte strings that every matching
raw JSON line must contain; the store skips other lines before decoding them (see
`Store.records`). `select()` keeps only small sort keys in memory and reads matching lines back.
"""

from __future__ import annotations

import calendar
import functools
import heapq
import itertools
import re
import struct
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson

from digest.model import entry_problem
from digest.store import INDEX_DIR, Store, Stored
from digest.text import normalize_text

YEAR, MONTH, DAY = 1, 2, 3
KINDS = ("entry", "article", "quote", "block")


class FilterError(ValueError):
    """A filter value that cannot be understood. One-line message."""


REGEX_TIMEOUT = 1.0  # seconds one user regular expression may spend on one field before the query stops


@dataclass(frozen=True)
class Span:
    """A period: first and last day (ISO strings) and the precision it was written with."""

    start: str
    end: str
    precision: int  # YEAR, MONTH or DAY

    @property
    def label(self) -> str:
        return self.start[: {YEAR: 4, MONTH: 7, DAY: 10}[self.precision]]


def _span(y: int, m: int | None = None, d: int | None = None) -> Span:
    if m is None:
        return Span(f"{y:04d}-01-01", f"{y:04d}-12-31", YEAR)
    if d is None:
        last = calendar.monthrange(y, m)[1]
        return Span(f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{last:02d}", MONTH)
    return Span(f"{y:04d}-{m:02d}-{d:02d}", f"{y:04d}-{m:02d}-{d:02d}", DAY)


# Patterns are compiled on first use (stdlib `re`; the `regex` module only for --regex terms), so a
# query that never reads a typed date or a search term does not pay for them at start-up.


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_ISO = r"^(\d{4})(?:[-/.年](\d{1,2})月?(?:[-/.月](\d{1,2})日?)?)?$"


def parse_date(s: str) -> Span:
    """A date as users type it, keeping its precision. Raises FilterError."""
    text = unicodedata.normalize("NFKC", s).strip()
    if not text:
        raise FilterError("empty date (use 2023-11-06, 2023-11 or 2023)")
    if text[0] in "-+−" or not any(c.isdigit() for c in text):
        raise FilterError(f"cannot read date {s!r} (use 2023-11-06, 2023-11 or 2023)")
    m = _compiled(_ISO).match(text)
    try:
        if m:
            y, mo, d = (int(g) if g else None for g in m.groups())
            if mo is not None and not 1 <= mo <= 12:
                raise ValueError
            if d is not None and not 1 <= d <= calendar.monthrange(y, mo)[1]:
                raise ValueError
            return _span(y, mo, d)
        from datetime import datetime

        from dateutil import parser

        a = parser.parse(text, default=datetime(2000, 1, 1))
        b = parser.parse(text, default=datetime(2004, 2, 2))
    except (ValueError, OverflowError, TypeError):
        raise FilterError(f"cannot read date {s!r} (use 2023-11-06, 2023-11 or 2023)") from None
    if a.year != b.year:
        raise FilterError(f"date {s!r} has no year (use 2023-11-06, 2023-11 or 2023)")
    if a.month != b.month:
        return _span(a.year)
    if a.day != b.day:
        return _span(a.year, a.month)
    return _span(a.year, a.month, a.day)


def record_span(rec: dict[str, Any]) -> Span | None:
    """The period an entry covers: date (..date_end), else its issue_date. None when undated."""
    d = rec.get("date")
    end = rec.get("date_end") if d else None
    if not d:
        d = rec.get("issue_date")
    if not d or not isinstance(d, str):
        return None
    try:
        s = parse_date(d) if not _compiled(_ISO_FAST).match(d) else _fast(d)
    except FilterError:
        return None
    if end and isinstance(end, str):
        try:
            e = _fast(end) if _compiled(_ISO_FAST).match(end) else parse_date(end)
        except FilterError:
            e = None
        if e is not None and e.end > s.end:
            return Span(s.start, e.end, s.precision)
    return s


_ISO_FAST = r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$"


@functools.lru_cache(maxsize=65536)
def _fast(d: str) -> Span:
    try:
        if len(d) == 4:
            return _span(int(d))
        if len(d) == 7:
            return _span(int(d[:4]), int(d[5:7]))
        return _span(int(d[:4]), int(d[5:7]), int(d[8:10]))
    except (ValueError, calendar.IllegalMonthError):
        raise FilterError(d) from None


@functools.lru_cache(maxsize=4096)
def norm_name(s: str | None) -> str:
    """Comparison form of a section/subsection name: NFKC, no whitespace, markup or decorations."""
    if not s:
        return ""
    from digest.blocks import key

    return key(s)


def sort_key(rec: dict[str, Any]) -> tuple[int, str, str, str, int]:
    """Date order: entry date (else issue date), undated last; then issue_date, issue_id, seq."""
    d = rec.get("date") or rec.get("issue_date") or ""
    seq = rec.get("seq")
    return (0 if d else 1, str(d), str(rec.get("issue_date") or ""), str(rec.get("issue_id") or ""),
            seq if isinstance(seq, int) else 0)


_LAST = b"\xff" * 10  # undated entries sort last
_KEY = struct.Struct(">10s10sIIQII")


def packed_key(rec: dict[str, Any], file_no: int, offset: int, line: int, length: int = 0) -> bytes:
    """`sort_key` order packed into one bytes object, with where the line is and the entry id.

    Fixed-width fields (date, issue date: 10 bytes, space-padded, so 2023-11 sorts before
    2023-11-06; file number; seq; offset; line; line length), then the id: about 90 bytes a match in memory,
    compared as bytes. The issue order within a date is the store's file order (file names derive
    from issue ids).
    """
    d = rec.get("date") or rec.get("issue_date")
    eff = str(d).encode("utf-8")[:10].ljust(10) if d else _LAST
    iss = str(rec.get("issue_date") or "").encode("utf-8")[:10].ljust(10)
    seq = rec.get("seq")
    seq = seq if isinstance(seq, int) and 0 <= seq < 2**32 else 0
    return (_KEY.pack(eff, iss, file_no, seq, offset, min(line, 2**32 - 1), min(length, 2**32 - 1))
            + str(rec["id"]).encode("utf-8"))


def unpack_key(key: bytes) -> tuple[int, int, int, int, str]:
    """(file_no, offset, line, length, id) from a `packed_key`."""
    _eff, _iss, file_no, _seq, offset, line, length = _KEY.unpack_from(key)
    return file_no, offset, line, length, key[_KEY.size:].decode("utf-8")


def _months(span: Span) -> set[int]:
    y0, m0 = int(span.start[:4]), int(span.start[5:7])
    y1, m1 = int(span.end[:4]), int(span.end[5:7])
    n = (y1 - y0) * 12 + (m1 - m0) + 1
    if n >= 12:
        return set(range(1, 13))
    return {(m0 - 1 + i) % 12 + 1 for i in range(n)}


def _lower_ascii(s: str) -> str:
    return "".join(c.lower() if c.isascii() else c for c in s)


def _caseless(seg: str) -> bool:
    """True when the raw (ASCII-lowercased) line of every match holds the segment: characters without
    case (CJK, digits, punctuation) and ASCII (a line where a non-ASCII character folds to ASCII
    letters, ﬁ -> fi, is never skipped: see digest.text.FOLD_TRAPS and Store.records)."""
    return all(c.isascii() or c.casefold() == c == c.upper() for c in seg)


_CJK_GAP = r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])"


def fold(text: str) -> str:
    """The form a plain search compares: digest.text.fold_text (invisible characters removed, NFC,
    case folded), then whitespace between two non-ASCII characters removed (江 凌 -> 江凌). A term
    matches a field when fold(term) occurs in fold(field); the index (digest.index) uses the same."""
    from digest.text import fold_text

    return _compiled(_CJK_GAP).sub("", fold_text(text))


def term_segments(term: str) -> list[str]:
    """A search term cut where the text may hold stray whitespace (between two non-ASCII characters).

    PDF text often has spaces inside Chinese words (江 凌, 民生 工程); a term matches across them.
    ASCII runs stay whole ("AI", "5G"), so Latin words still need their own spacing.
    """
    t = _compiled(_CJK_GAP).sub("", term.strip())
    segs: list[str] = []
    for i, c in enumerate(t):
        if segs and not (not c.isascii() and not t[i - 1].isascii()):
            segs[-1] += c
        else:
            segs.append(c)
    return segs


def term_pattern(term: str) -> Any:
    """The compiled pattern for a plain search term: case-insensitive, whitespace allowed between
    non-ASCII characters."""
    return re.compile(r"\s*".join(re.escape(seg) for seg in term_segments(term)), re.IGNORECASE)


@dataclass
class Filters:
    """One query. Construct with `Filters.build` from strings, or directly with parsed values."""

    date: Span | None = None
    month: int | None = None
    year: int | None = None
    since: Span | None = None
    until: Span | None = None
    section: str | None = None
    subsection: str | None = None
    persons: list[str] = field(default_factory=list)
    issue: str | None = None
    kind: str | None = None
    limit: int | None = None
    terms: list[str] = field(default_factory=list)
    regex: bool = False
    title_only: bool = False

    def __post_init__(self) -> None:
        self._section = norm_name(self.section) if self.section else None
        self._subsection = norm_name(self.subsection) if self.subsection else None
        self._persons = ["".join(normalize_text(p).split()) for p in self.persons if p.strip()]
        self._dated = any(x is not None for x in (self.date, self.month, self.year, self.since, self.until))
        self._patterns: list[Any] = []
        self._folded = [fold(t.strip()) for t in self.terms] if not self.regex else []
        for t in self.terms:
            if not self.regex:
                self._patterns.append(term_pattern(t))  # for highlighting; matching compares fold()
                continue
            import regex

            try:
                self._patterns.append(regex.compile(t, regex.IGNORECASE | regex.V1))
            except regex.error as exc:
                raise FilterError(f"bad regular expression {t!r}: {exc}") from None

    @classmethod
    def build(cls, *, date: str | None = None, month: int | None = None, year: int | None = None,
              since: str | None = None, until: str | None = None, section: str | None = None,
              subsection: str | None = None, persons: list[str] | None = None, issue: str | None = None,
              kind: str | None = None, limit: int | None = None, terms: list[str] | None = None,
              regex: bool = False, title_only: bool = False) -> Filters:
        """Filters from command-line strings. Raises FilterError with a one-line message."""
        if month is not None and not 1 <= month <= 12:
            raise FilterError(f"month must be 1-12, not {month}")
        if year is not None and not 1 <= year <= 9999:  # the years a date can hold (the web page checks the same)
            raise FilterError(f"year must be 1-9999, not {year}")
        if limit is not None and limit < 0:
            raise FilterError(f"limit must be 0 or more, not {limit}")
        if kind is not None and kind not in KINDS:
            raise FilterError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
        for opt, value in (("--date", date), ("--since", since), ("--until", until), ("--section", section),
                           ("--subsection", subsection), ("--issue", issue),
                           *(("--person", p) for p in persons or ())):
            if value is not None and not normalize_text(value).strip():
                raise FilterError(f"{opt} is empty: give a value or leave the option out")
        f = cls(date=parse_date(date) if date is not None else None, month=month, year=year,
                since=parse_date(since) if since is not None else None,
                until=parse_date(until) if until is not None else None,
                section=section or None, subsection=subsection or None, persons=list(persons or []),
                issue=issue or None, kind=kind, limit=limit, terms=[t for t in (terms or []) if t],
                regex=regex, title_only=title_only)
        if f.since and f.until and f.since.start > f.until.end:
            raise FilterError(f"--since {f.since.label} is after --until {f.until.label}")
        return f

    @property
    def dated(self) -> bool:
        return self._dated

    @property
    def needs_full_records(self) -> bool:
        """True when matching reads persons or text (else the head of each line is enough)."""
        return bool(self._persons or self._patterns)

    def is_empty(self) -> bool:
        """True when nothing is filtered (every record matches; limit aside)."""
        return not (self.dated or self._section or self._subsection or self._persons or self.issue
                    or self.kind or self._patterns)

    def needles(self) -> list[bytes]:
        """Byte strings every matching raw (ASCII-lowercased) JSON line contains."""
        out: list[bytes] = []
        # persons match with whitespace ignored on both sides, so each character is a needle
        words = list(dict.fromkeys(c for p in self._persons for c in p))
        if not self.regex:
            words += [seg for t in self.terms for seg in term_segments(normalize_text(t)) if _caseless(seg)]
        if self.issue:
            words.append(self.issue)
        for w in words:
            out.append(orjson.dumps(_lower_ascii(w))[1:-1])
        return out

    # -- matching ------------------------------------------------------------------------------

    def matches(self, rec: dict[str, Any]) -> bool:
        """Does this entry record pass every filter? (limit is applied by `select`, not here.)"""
        if self.kind is not None and rec.get("kind") != self.kind:
            return False
        if self.issue is not None and rec.get("issue_id") != self.issue:
            return False
        if self._section is not None and norm_name(rec.get("section")) != self._section:
            return False
        if self._subsection is not None and norm_name(rec.get("subsection")) != self._subsection:
            return False
        if self._persons:
            have = {"".join(normalize_text(str(p)).split()) for p in rec.get("persons") or ()}
            if not all(p in have for p in self._persons):
                return False
        if self._dated and not self._date_ok(rec):
            return False
        return not self.terms or self._terms_ok(rec)

    def _date_ok(self, rec: dict[str, Any]) -> bool:
        span = record_span(rec)
        if span is None:
            return False
        if self.date is not None and (span.precision < self.date.precision or span.end < self.date.start
                                      or span.start > self.date.end):
            return False
        if self.year is not None and not (int(span.start[:4]) <= self.year <= int(span.end[:4])):
            return False
        if self.month is not None:
            if span.precision < MONTH:
                return False
            if self.year is not None:
                ys = _span(self.year, self.month)
                if span.end < ys.start or span.start > ys.end:
                    return False
            elif self.month not in _months(span):
                return False
        if self.since is not None and span.end < self.since.start:
            return False
        return not (self.until is not None and span.start > self.until.end)

    def _fields(self, rec: dict[str, Any]) -> list[str]:
        title = rec.get("title") or ""
        if self.title_only:
            return [title]
        heads = [str(h) for h in (rec.get("kicker"), rec.get("subtitle")) if h]  # the headline's other lines
        return [title, *heads, rec.get("text") or "", *[str(p) for p in rec.get("persons") or ()]]

    def _terms_ok(self, rec: dict[str, Any]) -> bool:
        fields = self._fields(rec)
        if not self.regex:
            folded = [fold(f) for f in fields]
            return all(any(t in f for f in folded) for t in self._folded)
        return all(any(self._search(p, f) for f in fields) for p in self._patterns)

    def _search(self, pattern: Any, text: str) -> Any:
        """A user regex is bounded: REGEX_TIMEOUT seconds on one field, then a one-line FilterError."""
        try:
            return pattern.search(text, timeout=REGEX_TIMEOUT)
        except TimeoutError:
            raise FilterError(f"regular expression {pattern.pattern!r} takes too long (over "
                              f"{REGEX_TIMEOUT:g} s on one entry); simplify it") from None

    def relevance(self, rec: dict[str, Any]) -> int:
        """How well an entry answers the search terms: per term, 10 for each match in the title (up to
        3), 3 when a person matches, 1 for each match in the text (up to 10)."""
        title = str(rec.get("title") or "")
        text = "" if self.title_only else str(rec.get("text") or "")
        persons = " ".join(str(p) for p in rec.get("persons") or ())
        score = 0
        if self.regex:  # bounded like every user regex
            return sum(10 * bool(self._search(p, title)) + 3 * bool(self._search(p, persons))
                       + bool(self._search(p, text)) for p in self._patterns)
        for p in self._patterns:
            score += 10 * min(3, sum(1 for _ in p.finditer(title)))
            score += 3 * bool(p.search(persons))
            score += min(10, sum(1 for _ in itertools.islice(p.finditer(text), 10)))
        return score

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the search terms occur in `text` (for highlighting): sorted, non-overlapping."""
        found: list[tuple[int, int]] = []
        for p in self._patterns:
            try:  # a user regex (the regex module) is bounded; plain terms are stdlib patterns
                hits = p.finditer(text, timeout=REGEX_TIMEOUT) if self.regex else p.finditer(text)
                found += [(m.start(), m.end()) for m in hits if m.end() > m.start()]
            except TimeoutError:
                continue  # highlighting only
        found.sort()
        merged: list[tuple[int, int]] = []
        for s, e in found:
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        return merged


# -- running queries ---------------------------------------------------------------------------


def scan(store: Store, filters: Filters, partial: bool = False) -> Iterator[Stored]:
    """Every matching entry, in store order (unsorted, no limit). Streams.

    With a fresh index (digest.index) only its candidate lines are read; same results as the scan.
    partial=True allows records holding only the head keys (`digest.store.HEAD_KEYS` and the others
    before persons) when the filters do not need persons or text.
    """
    source = None
    if (store.path / INDEX_DIR).is_dir():  # no index directory, no index: its module is not even loaded
        from digest.index import candidates

        source = candidates(store, filters)
    if source is None:
        source = store.records(filters.needles(), partial=partial and not filters.needs_full_records)
    for s in source:
        if filters.matches(s.record):
            yield s


ORDERS = ("date", "-date", "issue", "relevance")


def select(store: Store, filters: Filters, decode: bool = True, order: str = "date") -> Iterator[Stored]:
    """Matching entries in `order`, at most `filters.limit`. Memory: one small key per match.

    Orders: date (oldest first, undated last), -date (newest first, undated last), issue (store order:
    issue by issue, body order within each; streams), relevance (search terms: a match in the title
    weighs more than one in the text, see `Filters.relevance`; then date).

    Two passes: the scan keeps one `packed_key` per match (sort key, file, offset, line, id); the
    matches are then read back in order. decode=False leaves `record` empty ({}) for callers that only want the raw lines.
    """
    if order not in ORDERS:
        raise FilterError(f"unknown order {order!r} (use {', '.join(ORDERS)})")
    if order == "relevance" and not filters.terms:
        raise FilterError("--sort relevance ranks search terms: use it with `digest search TERM`")
    if order == "issue":
        found = scan(store, filters)
        yield from (found if filters.limit is None else itertools.islice(found, filters.limit))
        return
    partial = order != "relevance"
    keys = (packed_key(s.record, s.file_no, s.offset, s.line, len(s.raw))
            for s in scan(store, filters, partial=partial))
    if order == "relevance":
        scored = ((-filters.relevance(s.record), packed_key(s.record, s.file_no, s.offset, s.line, len(s.raw)))
                  for s in scan(store, filters))
        best = heapq.nsmallest(filters.limit, scored) if filters.limit is not None else sorted(scored)
        ordered = [k for _, k in best]
    elif order == "-date":
        every = list(keys)
        dated = [k for k in every if not k.startswith(_LAST)]
        undated = sorted(k for k in every if k.startswith(_LAST))
        ordered = (heapq.nlargest(filters.limit, dated) if filters.limit is not None
                   else sorted(dated, reverse=True)) + undated
        if filters.limit is not None:
            ordered = ordered[: filters.limit]
    elif filters.limit is not None:
        ordered = heapq.nsmallest(filters.limit, keys)
    else:
        ordered = sorted(keys)
    yield from read_keys(store, ordered, decode)


def read_keys(store: Store, keys: Iterable[bytes], decode: bool = True) -> Iterator[Stored]:
    """The entries `packed_key` keys point at, read back in the keys' order; a line that changed
    since (another id there) is skipped, a broken one reported and skipped. decode=False leaves
    `record` empty ({})."""
    with store.reader() as reader:
        for key in keys:
            file_no, offset, line, length, entry_id = unpack_key(key)
            raw = reader.get(file_no, offset, entry_id, length or None)
            if raw is None:
                continue
            rec: dict[str, Any] = {}
            if decode:
                try:
                    got = orjson.loads(raw)
                except orjson.JSONDecodeError:
                    got = None
                if got is None or entry_problem(got) is not None:
                    store.decode_line(raw, store.entry_files()[file_no], line)  # reports it
                    continue
                if got.get("id") != entry_id:
                    continue
                rec = got
            yield Stored(rec, raw, file_no, offset, line)


def count(store: Store, filters: Filters) -> int:
    """How many entries match (at most `filters.limit`), without sorting or reading them back."""
    n = sum(1 for _ in scan(store, filters, partial=True))
    return n if filters.limit is None else min(n, filters.limit)


def find(store: Store, entry_id: str) -> list[dict[str, Any]]:
    """Entries whose id is `entry_id`, or starts with it (at least 4 characters)."""
    want = entry_id.strip().lower()
    if len(want) < 4:
        raise FilterError(f"entry id {entry_id!r} is too short (give at least 4 characters)")
    needle = b'"id":"' + want.encode("utf-8")
    out = []
    for s in store.records([needle]):
        rid = str(s.record.get("id", ""))
        if rid == want:
            return [s.record]
        if rid.startswith(want):
            out.append(s.record)
    return out


def section_counts(store: Store, filters: Filters) -> list[dict[str, Any]]:
    """{section, subsection, count} rows: sections by size, subsections by size within each."""
    counts: Counter[tuple[str | None, str | None]] = Counter()
    for s in scan(store, filters, partial=True):
        counts[(s.record.get("section"), s.record.get("subsection"))] += 1
    totals: Counter[str | None] = Counter()
    for (sec, _sub), n in counts.items():
        totals[sec] += n
    rows = [{"section": sec, "subsection": sub, "count": n} for (sec, sub), n in counts.items()]
    rows.sort(key=lambda r: (-totals[r["section"]], str(r["section"] or "\uffff"), -r["count"],
                             str(r["subsection"] or "")))
    return rows


def issue_counts(store: Store, filters: Filters) -> list[tuple[dict[str, Any], int]]:
    """(issue record, matching entries) for every issue with at least one match, by issue date."""
    counts: Counter[int] = Counter()
    for s in scan(store, filters, partial=True):
        counts[s.file_no] += 1
    files = store.entry_files()
    rows = [(store.issue_for(files[i]).to_dict(), n) for i, n in counts.items() if n]
    rows.sort(key=lambda r: (str(r[0].get("issue_date") or "\uffff"), str(r[0].get("issue_id"))))
    return rows


def stats(store: Store, filters: Filters, top: int = 10) -> dict[str, Any]:
    """Totals over the matching entries: counts, date range, kinds, sections, top persons, warnings."""
    entries = 0
    issues: set[str] = set()
    kinds: Counter[str] = Counter()
    sections: Counter[str] = Counter()
    persons: Counter[str] = Counter()
    first = last = None
    undated = with_warnings = chars = 0
    for s in scan(store, filters):
        r = s.record
        entries += 1
        issues.add(str(r.get("issue_id")))
        kinds[str(r.get("kind"))] += 1
        sections[str(r.get("section") or "-")] += 1
        persons.update(str(p) for p in r.get("persons") or ())
        chars += len(r.get("text") or "")
        with_warnings += bool(r.get("warnings"))
        span = record_span(r)
        if span is None:
            undated += 1
        else:
            first = span.start if first is None or span.start < first else first
            last = span.end if last is None or span.end > last else last
    return {
        "entries": entries,
        "issues": len(issues),
        "first_date": first,
        "last_date": last,
        "undated": undated,
        "kinds": dict(kinds.most_common()),
        "sections": dict(sections.most_common()),
        "persons": len(persons),
        "top_persons": dict(persons.most_common(top)),
        "text_chars": chars,
        "with_warnings": with_warnings,
    }


BY = ("month", "section", "subsection", "person", "issue")


def stats_by(store: Store, filters: Filters, by: str) -> list[dict[str, Any]]:
    """Entries per month, section, subsection, person or issue: [{BY: key, "entries": n}].

    month: the month of the entry's date, else of its issue date (an entry dated only by year counts
    under the year, an undated one under "-"), in date order; person: every person named counts the
    entry once; the others by count, most first. A missing section/subsection/issue is "-".
    """
    if by not in BY:
        raise FilterError(f"unknown --by {by!r} (use {', '.join(BY)})")
    counts: Counter[str] = Counter()
    for s in scan(store, filters, partial=by != "person"):
        r = s.record
        if by == "month":
            counts[str(r.get("date") or r.get("issue_date") or "-")[:7]] += 1
        elif by == "person":
            counts.update(dict.fromkeys((str(p) for p in r.get("persons") or ()), 1))
        else:
            counts[str(r.get({"issue": "issue_id"}.get(by, by)) or "-")] += 1
    if by == "month":
        keys = sorted(counts, key=lambda k: (k == "-", k))
    else:
        keys = sorted(counts, key=lambda k: (-counts[k], k))
    return [{by: k, "entries": counts[k]} for k in keys]
