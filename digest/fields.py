"""Stage 5: typed fields — the event date of each entry, and the issue's year and month.

`parse_leading_date(text, year, month)` reads the date an entry's text starts with and returns
`(date, date_end)` as ISO strings:

    11月6日，…            -> ("2023-11-06", None)
    11 月 6 日，…         -> same (spaces and line breaks inside the date are ignored)
    2月6日至8日 …         -> ("2023-02-06", "2023-02-08")   (also 2月6日、7日 / 2月6、7日)
    8月31日至9月2日 …     -> ("2023-08-31", "2023-09-02")
    11月，… / 11月上旬 …  -> ("2023-11", None)
    1月至10月 / 1—10月 …  -> ("2023-01", "2023-10")  (a year-to-date range stays in the issue's year)
    10日晚，…             -> ("2023-11-10", None)   (the month is the issue's)
    2023年，…             -> ("2023", None)
    2023年11月6日 …       -> ("2023-11-06", None)
    去年11月6日 …         -> ("2022-11-06", None)
    2023-11-06 …          -> ("2023-11-06", None)
    日前 / 近日 / 近期 …  -> (None, None)
    伊滨讯 11月7日下午，… -> ("2022-11-07", None)   (a dateline prefix `…讯` is skipped)

A later date inside the text is not the entry's date. Without a known year, a date with a month gives
None (a warning says to pass --year).

`assign_dates(entries, issue, text, year=None)` infers the issue's year and month from its own content
(never the file name): the month is the one most entries start with; the year comes from `--year`, else
from full dates in the text (`2023年11月…`) weighted towards the issue month, else from the commonest
`20xx年` mention. A December issue's January entries get the next year, a January issue's December
entries the previous one. It sets `issue.year`, `issue.issue_date` (`YYYY-MM`) and each entry's
`date`/`date_end`. Newspaper issues (`issue.layout == "newspaper"`) set their own dates and are left alone.
"""

from __future__ import annotations

from collections import Counter

import regex as re

from digest.model import Entry, Issue
from digest.text import DATELINE_PREFIX, nfkc

_WS = re.compile(r"\s+")
# a dateline (伊滨讯, 【洛阳讯】, 本报讯（记者 张三）) or a relative year (今年) before the date
_DATELINE = re.compile(r"^(?:" + DATELINE_PREFIX + r"|今年|本年)")
_FULL = re.compile(
    r"^(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]?"
    r"(?:(?:[至到\-—–~～]|[、和及与](?=\d{1,2}[日号]))(?:(?P<y2>\d{4})年)?(?:(?P<m2>\d{1,2})月)?(?P<d2>\d{1,2})[日号])?"
)
_DAY_ONLY = re.compile(r"^(?P<d>\d{1,2})[日号](?:[至到\-—–~～](?P<d2>\d{1,2})[日号])?(?=[早晚上下中午夜间，,、起前后])")
_MONTH = re.compile(r"^(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?:份|上旬|中旬|下旬|初|底|末|中)?(?:[至到\-—–~～](?P<m2>\d{1,2})月)?(?!\d)")
_MONTH_SPAN = re.compile(r"^(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})[至到\-—–~～](?P<m2>\d{1,2})月(?!\d)")
_ISO = re.compile(r"^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)")
_YEAR = re.compile(r"^(?P<y>\d{4})年(?![\d度底末初])")
_VAGUE = re.compile(r"^(?:日前|近日|近期|目前|近来|前不久|最近|今年以来|近年来)")


def _norm_head(text: str) -> str:
    head = nfkc(text[:60])
    head = _WS.sub("", head)
    return _DATELINE.sub("", head, count=1)


def _iso(y: int | None, m: int | None = None, d: int | None = None) -> str | None:
    if y is None:
        return None
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    if not 1 <= d <= 31:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _year_for(m: int, year: int | None, month: int | None) -> int | None:
    """The year of an event in month m, for an issue of (year, month): Dec issue + Jan event -> next year."""
    if year is None:
        return None
    if month is None:
        return year
    if m - month > 6:
        return year - 1
    if month - m > 6:
        return year + 1
    return year


def leading_month(text: str) -> int | None:
    """The month the text starts with (11月6日 -> 11), for inferring the issue month."""
    head = _norm_head(text)
    m = _FULL.match(head) or _MONTH.match(head)
    if m and m.group("m"):
        v = int(m.group("m"))
        return v if 1 <= v <= 12 else None
    return None


def parse_leading_date(text: str, year: int | None, month: int | None) -> tuple[str | None, str | None]:
    """The event date an entry's text starts with, as (date, date_end) ISO strings; see module doc."""
    head = _norm_head(text)
    if not head or _VAGUE.match(head):
        return None, None
    m = _ISO.match(head)
    if m:  # 2023-11-06 / 2023.11.06 / 2023/11/06
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3))), None
    if head.startswith("去年") and year is not None:  # 去年11月6日: the year before the issue's
        head, year, month = head[2:], year - 1, None
    m = _FULL.match(head)
    if m:
        mo, d = int(m.group("m")), int(m.group("d"))
        y = int(m.group("y")) if m.group("y") else _year_for(mo, year, month)
        start = _iso(y, mo, d)
        end = None
        if m.group("d2"):
            mo2 = int(m.group("m2")) if m.group("m2") else mo
            y2 = int(m.group("y2")) if m.group("y2") else (y + 1 if y is not None and mo2 < mo else y)
            end = _iso(y2, mo2, int(m.group("d2")))
        return start, end
    m = _DAY_ONLY.match(head)
    if m and month is not None:
        start = _iso(year, month, int(m.group("d")))
        end = _iso(year, month, int(m.group("d2"))) if m.group("d2") else None
        return start, end
    m = _MONTH.match(head) or _MONTH_SPAN.match(head)
    if m:
        mo = int(m.group("m"))
        if m.group("m2"):
            # a range (1月至10月, 1—10月): its end decides the year, so year-to-date stays in the issue's year
            mo2 = int(m.group("m2"))
            y2 = int(m.group("y")) if m.group("y") else _year_for(mo2, year, month)
            y = y2 if y2 is None or mo <= mo2 else y2 - 1
            return _iso(y, mo), _iso(y2, mo2)
        y = int(m.group("y")) if m.group("y") else _year_for(mo, year, month)
        return _iso(y, mo), None
    m = _YEAR.match(head)
    if m:
        return m.group("y"), None
    return None, None


_YEAR_MONTH = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月")
_YEAR_ANY = re.compile(r"((?:19|20)\d{2})\s*年")


def infer_year(text: str, month: int | None) -> int | None:
    """The issue's year from its content: each full date (2023年11月) votes for the issue year it implies
    (2024年1月 in a December issue votes for 2023), dates in the issue's own month count thrice; without
    full dates, the commonest 20xx年 mention."""
    votes: Counter[int] = Counter()
    for y, m in _YEAR_MONTH.findall(text):
        y, m = int(y), int(m)
        if not 1 <= m <= 12:
            continue
        if month is None:
            votes[y] += 1
            continue
        # the issue year this mention implies: 2024年1月 in a December issue speaks for 2023
        implied = y + 1 if m - month > 6 else (y - 1 if month - m > 6 else y)
        votes[implied] += 3 if m == month else 1
    if not votes:
        for y in _YEAR_ANY.findall(text):
            votes[int(y)] += 1
    if not votes:
        return None
    return votes.most_common(1)[0][0]


_MAST_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?)?")
_MAST_NO = re.compile(r"(?<!总)第\s*(\d{1,4})\s*期")
_MAST_TOTAL = re.compile(r"总\s*第\s*(\d{1,5})\s*期")
_MAST_NAME = re.compile(r"^[\p{Han}·]{2,20}$")


def read_masthead(lines: list[str]) -> dict:
    """Facts printed above the 目录: publication, date (year, month, day), issue number, running number."""
    facts: dict = {}
    for raw in lines:
        line = nfkc(raw).strip().strip("#*<>/b ")
        if not line:
            continue
        if "year" not in facts and (m := _MAST_DATE.search(line)):
            facts["year"] = int(m.group(1))
            if m.group(2):
                facts["month"] = int(m.group(2))
            if m.group(3):
                facts["day"] = int(m.group(3))
        if "total_no" not in facts and (m := _MAST_TOTAL.search(line)):
            facts["total_no"] = int(m.group(1))
        if "issue_no" not in facts and (m := _MAST_NO.search(line)):
            facts["issue_no"] = int(m.group(1))
        name = _WS.sub("", line)
        if "publication" not in facts and _MAST_NAME.match(name) and not name.startswith(("目录", "目次")):
            facts["publication"] = name
    return facts


def assign_dates(entries: list[Entry], issue: Issue, text: str, year: int | None = None) -> None:
    """Set issue.year / issue.issue_date and each entry's date / date_end (see module doc)."""
    if issue.layout == "newspaper":
        if year is not None and issue.year != year:
            issue.year = year
        return
    months = Counter(m for e in entries if (m := leading_month(e.text)) is not None)
    month = months.most_common(1)[0][0] if months else None
    mast = issue.meta.get("masthead_facts") or {}
    base_year, base_month = year, month
    if year is None and mast.get("year"):
        # the masthead's own date: events are dated relative to it (a January issue about December);
        # without a month, a monthly issue's number (2024年第1期) stands for the month it came out
        no = mast.get("issue_no")
        base_year = mast["year"]
        base_month = mast.get("month") or (no if no is not None and 1 <= no <= 12 else None) or month
        if month is not None and base_month is not None:
            base_year = _year_for(month, base_year, base_month)
            base_month = month
    if base_year is None:
        base_year = infer_year(text, month)
    issue.year = base_year
    if mast.get("year") and mast.get("month"):
        y, mo, d = mast["year"], mast["month"], mast.get("day")
        issue.issue_date = _iso(y, mo, d) if year is None else _iso(year, mo, d)
    elif base_year is not None and month is not None:
        issue.issue_date = f"{base_year:04d}-{month:02d}"
    elif base_year is not None:
        issue.issue_date = f"{base_year:04d}"
    if base_year is None and months:
        issue.warnings.append("no year found in the issue's content: dates left empty (pass --year)")
    for e in entries:
        e.date, e.date_end = parse_leading_date(e.text, base_year, base_month)
