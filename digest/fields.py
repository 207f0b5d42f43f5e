"""Stage 5: typed fields — the event date of each entry, and the issue's year and month.

`parse_leading_date(text, year, month)` reads the date an entry's text starts with and returns
`(date, date_end)` as ISO strings:

    11月6日，…            -> ("2023-11-06", None)
    11 月 6 日，…         -> same (spaces and line breaks inside the date are ignored)
    2月6日至8日 …         -> ("2023-02-06", "2023-02-08")   (also 2月6日、7日 / 2月6、7日)
    8月31日至9月2日 …     -> ("2023-08-31", "2023-09-02")
    11月，… / 11月上旬 …  -> ("2023-11", None)
    1月至10月 / 1—10月 …  -> ("2023-01", "2023-10")  (a year-to-date range stays in the issue's year)
    10日晚，…             -> ("2023-11-10", None)   (the month is the issue's; so is 本月十日's)
    2023年，…             -> (None, None)   (a year alone names no day: no date)
    2023年11月6日 …       -> ("2023-11-06", None)
    去年11月6日 …         -> ("2022-11-06", None)
    明年1月8日 …          -> ("2024-01-08", None)   (a plan for the year after the issue's)
    上月26日 / 上月二十六日 -> ("2023-10-26", None)   (the month before the issue's)
    本月9日               -> ("2023-11-09", None)   (the issue's own month)
    2023-11-06 …          -> ("2023-11-06", None)
    日前 / 近日 / 近期 …  -> (None, None)
    伊滨讯 11月7日下午，… -> ("2022-11-07", None)   (a dateline prefix `…讯` is skipped)
    在8月14日抗洪中，…    -> ("2023-08-14", None)   (so too 经…, 于…; a deadline is none: 在9月15日前 -> None)
    九月八日至九日，…     -> ("1997-09-08", "1997-09-09")  (Chinese numerals, as older issues print dates)
    5.18—5.19，…          -> ("2024-05-18", "2024-05-19")  (month.day, as some 工作简报 type them)
    截至7月13日16时，…    -> ("2020-07-13", None)   (the day a tally is counted to; 截至12月底 -> None)

A later date inside the text is not the entry's date. Without a known year, a date with a month gives
None (a warning says to pass --year). With the issue's own day known, a day-only date after it is of the
month before (`28日` in an issue of 10月5日 -> 9月28日); a full date after the issue's is kept, and
`date_after_issue` says so. `digits_date` reads a dateline's date in Chinese numerals (十四日 -> 14日).

`assign_dates(entries, issue, text, year=None)` infers the issue's year and month from its own content
(never the file name): the month is the one most entries start with; the year comes from `--year`, else
from full dates in the text (`2023年11月…`) weighted towards the issue month, else from the commonest
`20xx年` mention. A December issue's January entries get the next year, a January issue's December
entries the previous one. Against a newspaper's or web page's own date (`posted=True`) the events
precede it: a later month is the year before, never the year after (`3月28日` on a page of 2019-10-26 ->
2019-03-28). It sets `issue.year`, `issue.issue_date` (`YYYY-MM`) and each entry's
`date`/`date_end`. Newspaper issues (`issue.layout == "newspaper"`) set their own dates and are left alone.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

import regex as re

from digest.model import Entry, Issue
from digest.text import CN_DAY, CN_MONTH, DATELINE_PREFIX, kept_if_short, nfkc, ocr_digits, roc_years

_WS = re.compile(r"\s+")
# a dateline (伊滨讯, 【洛阳讯】, 本报讯（记者 张三）) or a relative year (今年) before the date
# a dateline, 今年, or the tag of the place or unit an item comes from (`【东河区】11月10日，…`)
_DATELINE = re.compile(r"^(?:" + DATELINE_PREFIX + r"|今年|本年|本月|【\p{Han}{2,10}】)")  # (本月十二日: the issue's month)
# (a range may give each end its hour: `7月12日8时至13日8时`, as a 防汛 bulletin counts its rain)
_CLOCK = (r"(?:(?<=[日号])(?:\d{1,2}[时点](?:\d{1,2}分)?|\d{1,2}[:：]\d{2}(?!\d)"  # (`13日14时`, `13日10:20`)
          # (or a time of day right before the range's 至: `12月31日晚至1月1日凌晨`)
          r"|(?:上午|下午|中午|晚上|晚间|夜间|凌晨|傍晚|早上|早晨|晚|夜)(?=[至到\-—–~～])))?")
_FULL = re.compile(
    r"^(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]?" + _CLOCK +
    r"(?:(?:[至到\-—–~～]|[、和及与](?=\d{1,2}[日号]))(?:(?P<y2>\d{4})年)?(?:(?P<m2>\d{1,2})月)?(?P<d2>\d{1,2})[日号])?"
)
_DAY_ONLY = re.compile(r"^(?P<d>\d{1,2})[日号]" + _CLOCK + r"(?:[至到\-—–~～](?P<d2>\d{1,2})[日号])?"
                       r"(?=[早晚上下中午夜间凌清傍深，,、起前后]|\d{1,2}[时点])")
_MONTH = re.compile(r"^(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?:份|上旬|中旬|下旬|初|底|末|中)?(?:[至到\-—–~～](?P<m2>\d{1,2})月)?(?!\d)")
_MONTH_SPAN = re.compile(r"^(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})[至到\-—–~～](?P<m2>\d{1,2})月(?!\d)")
_ISO = re.compile(r"^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)")
_VAGUE = re.compile(r"^(?:日前|近日|近期|目前|近来|前不久|最近|今年以来|近年来)")
_YEAR_LEAD = re.compile(r"^\d{4}年(?![\d度底末初])")  # a year alone opening a text (`2023年，…`): no date of it
# a date in Chinese numerals opening the text, as older and typed issues print it (一九九七年九月三日，
# 九月八日至九日, 二十八日晚, 九月份; not 十月怀胎, nor 一日， "one day", 三日后 "three days on"): read in digits
_CN_LEAD = re.compile(r"^(?:上月|本月|[自从在于经]|截[至止](?:到|至)?)?(?:[〇○零一二三四五六七八九]{4}年)?(?:" + CN_MONTH
                      + r"(?=[一二三四五六七八九十廿卅份，,上中下初底末至到、—\-])|(?!一日)" + CN_DAY + r"(?![前后内里间]))")
_CN_LEAD_SPAN = 24  # the characters of such a head read in digits (the date and a range's end)
# a part's number and a space or 、 (`1.1 上半年，…`, `1.2、下一步…`): no month and day
_NUMBERED_PART = re.compile(r"^\d{1,2}\.\d{1,2}(?:\s|、)")
# a month and day written with a dot, as a 工作简报 types them (5.8上午，…; 5.18—5.19，…): read as 5月8日
_DOTTED_DAY = re.compile(r"^(?P<m>1[0-2]|0?[1-9])\.(?P<d>3[01]|[12]\d|0?[1-9])"
                         r"(?:[至到\-—–~～](?:(?P<m2>1[0-2]|0?[1-9])\.)?(?P<d2>3[01]|[12]\d|0?[1-9]))?"
                         r"(?=[早晚中凌傍夜，,起]|[上下中]午)")


def opens_with_a_time(text: str) -> bool:
    """Does the text open as an entry's does, with a date (`11月6日，`, `2023年…`) or a vague time
    (`近日，`, `今年以来，`)?"""
    head = _norm_head(text)
    if _VAGUE.match(_WS.sub("", text[:12])):
        return True  # (`今年以来，`: before its 今年 is read off as a dateline's)
    return bool(head) and (_VAGUE.match(head) is not None or parse_leading_date(head, 2000, 6)[0] is not None
                           or _YEAR_LEAD.match(head) is not None  # (`2023年，…`: no date, an entry's opening)
                           or purpose_clause_date(head, 2000, 6)[0] is not None)  # (`元旦将至，12月30日，…`)
# a day named from the day the paper is printed (`昨天上午…`, `今日…`, `前天…`): read only against a
# page's full date (`parse_leading_date(posted=True, day=…)`)
# `自` or `从` before a date that opens the text (`自12月1日起，…`, `从3月5日开始`): the date is the entry's
_FROM_DATE = re.compile(r"^[自从](?=(?:\d{4}年)?\d{1,2}月\d{1,2}日)")
# `截至` before a day that a tally is counted to (`截至7月13日16时，…`, `截止到6月30日，…`, `截至13日8时`):
# the date is the entry's, as every annotator of bulletins reads it; not a month or a part of one
# (`截至12月底`, `截至5月上旬`: no day, no date)
_UNTIL_DATE = re.compile(r"^截[至止](?:到|至)?(?=(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}[日号])")
# a preposition before the day an event happened (`在8月14日抗击强降雨过程中`, `经2024年8月26日镇党委会议研究`,
# `于3月2日召开`), or the reporter who learnt of it that day (`记者5月8日从某局获悉`): the date is read past
# it; not a deadline (`在9月15日前`, `于月底之前`)
_AT_DATE = re.compile(r"^(?:[在于经]|(?:本报)?记者)(?=(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?![前以之]))")
_RELATIVE_DAYS = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2, "前日": 2,
                  "今晨": 0, "昨晚": 1, "昨夜": 1, "昨晨": 1, "前晚": 2, "前夜": 2}  # (`前晚11时许，…`: the evening of the day before last)
# a relative day with the day itself in brackets after it (`昨天（9月13日），`, `今天(5月20日)上午`): the day
_DAY_IN_BRACKETS = re.compile(r"^(?:今天|今日|昨天|昨日|前天|前日|日前|近日)[(（](?P<d>(?:\d{4}年)?\d{1,2}月\d{1,2}日)[)）]")
_RELATIVE_DAY = re.compile(r"^(今天|今日|昨天|昨日|前天|前日|今晨|昨晚|昨夜|昨晨|前晚|前夜)(?=[上下中早晚凌傍夜午，,0-9一二三四五六七八九十在]|$)")
# a weekday of the page's week or the week before (`本周二下午，…`, `上周五，…`): a week runs Monday to Sunday
_WEEKDAY = re.compile(r"^(本周|本星期|上周|上星期)([一二三四五六日天])(?=[上下中早晚凌傍夜午，,在起]|$)")
_WEEKDAYS = "一二三四五六日"


# the day of a date whose 日 an OCR read as 曰 or 目 (`八月十二曰，`, `8月16目上午`): a day's number right after
# 月 and before a clause's mark, a time of day or a range's word
# an OCR's 昨曰 for 昨日, where the text opens (and 近曰, 曰前, 连曰来, 同曰, 当曰 for 近日, 日前, 连日来, 同日, 当日)
_OCR_RELATIVE_DAY = re.compile(r"(?<=^(?:本报讯\s*)?[昨今前近连同当])曰|^(?:本报讯\s*)?\K曰(?=前)")
_OCR_DAY = re.compile(r"(?<=月[0-9一二三四五六七八九十廿卅]{1,3})[曰目](?=[，,、。上下中晚凌早傍至到—\-~～起]|$)")


# an act's note under its title, opening its text: when and by whom it was adopted (a 公报's 决议, 决定, 名单)
# (its second line may be gone: printed under every act, the page furniture's reader can take it for a running head)
_ADOPTED = re.compile(r"^[(（](?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日[^()（）]{0,50}?(?:(?:通过|批准|修订|修正|印发|发布|公布)[)）]"
                      r"|第[^()（）]{1,4}届[^()（）]{0,12}(?:人民代表大会|委员会)|第[^()（）]{1,6}次(?:常务)?会议)")


_BRACKETED_DATE = re.compile(r"^[(（](?:\d{4}年)?\d{1,2}月[^()（）]{0,10}[)）]$")  # (`（12月19日至20日）`: align._HEADING_DAY)
_DAY_NOTE = re.compile(r"^[(（](?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日[)）]$")
# a report's subtitle opening its text: the day and the meeting it was given at (`——2024年6月26日在某县…会议上`)
_SPOKEN_ON = re.compile(r"^[—\-－]{1,2}(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日在")


def _norm_head(text: str) -> str:
    """The first 60 characters, folded, without whitespace or a dateline: where a leading date is read
    (each entry's is asked for by several stages: kept, `kept_if_short`)."""
    return _norm_head_of(text[:60])


@kept_if_short
def _norm_head_of(head: str) -> str:
    raw = nfkc(head).lstrip()
    head = _WS.sub("", raw)
    head = roc_years(ocr_digits(head))  # an OCR's l and O for 1 and 0: `ll月l1曰至l2曰，`; `民國99年` -> `2010年`
    if "曰" in head or "目" in head:  # OCR's 日: `八月十二曰`, `8月16目，` (a day right after its month)
        head = _OCR_DAY.sub("日", head)
        head = _OCR_RELATIVE_DAY.sub("日", head, count=1)  # (`昨曰凌晨`, `今曰上午`: a relative day)
    head = _DATELINE.sub("", head, count=1)
    if "元月" in head:  # January's old name: `元月5日，…`, `截至元月15日，…`
        head = head.replace("元月", "1月")
    if _CN_LEAD.match(head):  # 九月三日，… -> 9月3日，…
        head = digits_date(cn_digits(head[:_CN_LEAD_SPAN])) + head[_CN_LEAD_SPAN:]
    dotted = _DOTTED_DAY.match(head) if not _NUMBERED_PART.match(raw) else None
    if dotted:  # 5.18—5.19，… -> 5月18日至5月19日，…
        m2, d2 = dotted.group("m2") or dotted.group("m"), dotted.group("d2")
        head = (f"{int(dotted['m'])}月{int(dotted['d'])}日" + (f"至{int(m2)}月{int(d2)}日" if d2 else "")
                + head[dotted.end():])
    head = _DAY_IN_BRACKETS.sub(r"\g<d>", head, count=1)  # 昨天（9月13日），…: the day it names in brackets
    head = _FROM_DATE.sub("", head, count=1)  # 自12月1日起，…: the day something starts from
    head = _UNTIL_DATE.sub("", head, count=1)  # 截至7月13日16时，…: the day a tally is counted to
    return _AT_DATE.sub("", head, count=1)


def _iso(y: int | None, m: int | None = None, d: int | None = None) -> str | None:
    if y is None:
        return None
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return datetime.date(y, m, d).isoformat()  # 2月30日, 4月31日 do not exist: None
    except ValueError:
        return None


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


def _year_before_posting(m: int, year: int | None, month: int | None, after: str) -> int | None:
    """The year of an event in month m reported on a page printed or posted in (year, month): the event
    came first, so a later month is of the year before (`3月28日` on a page of 2019-10-26 -> 2019; `12月5日`
    on one of 2020-01-08 -> 2019; `11月5日` on one of 2019-10-26 -> 2018), an earlier or the same month of
    the same year, never the year after. A later month the page announces (`after`, what follows the date,
    opens with 起/前/将…: `11月1日起施行`) stays in the page's year, within _AHEAD_MOST months of it (`12月1日起，…`
    on a page of January: last December's)."""
    if year is None:
        return None
    if month is None:
        return year
    if m > month and (not _AHEAD.match(after) or m - month > _AHEAD_MOST):
        return year - 1
    return year


_AHEAD_MOST = 6  # months ahead of a page's date the day it announces may stand


def _year_in(m: int, year: int | None, month: int | None, posted: bool, after: str) -> int | None:
    """The year of a yearless month m: `_year_before_posting` against a page's printed or posted date,
    else `_year_for` against a 目录 digest's issue month."""
    return _year_before_posting(m, year, month, after) if posted else _year_for(m, year, month)


def leading_month(text: str) -> int | None:
    """The month the text starts with (11月6日 -> 11), for inferring the issue month."""
    head = _norm_head(text)
    m = _FULL.match(head) or _MONTH.match(head)
    if m and m.group("m"):
        v = int(m.group("m"))
        return v if 1 <= v <= 12 else None
    return None


# a purpose or basis clause a first sentence opens with, before the day it reports (`为迎接…，推动…，6月26日上午，…`,
# `为切实做好冬季安全工作，12月5日，…`, `根据上级部署，5月3日，…`)
_PURPOSE_OPENING = re.compile(r"^(?:(?:为了?|按照|根据|依据|围绕|结合|遵照|落实)\S"
                              r"|[^，,。；;]{2,10}(?:将至|之际|前夕|来临|到来|临近)[，,])")  # (or a season's: `元旦将至，`)
_PURPOSE_CLAUSES = 3  # clauses of such a sentence the day may follow its opening in
_FIRST_SENTENCE_END = re.compile(r"[。！？!?]")


# the day a meeting's subject was held on, after 于 in its first sentence (`某某全体会议于2024年12月30日至31日召开`,
# `…座谈会于6月5日上午在某地举行`)
_HELD_ON = re.compile(r"[于於](?P<d>(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[至到—－-](?:\d{1,2}月)?\d{1,2}日)?)"
                      r"(?:[(（]\s*(?:星期|周)[一二三四五六日天]\s*[)）])?(?:[上下中]午|晚上?)?(?:\d{1,2}[时時点點](?:\d{1,2}分)?)?"
                      r"(?:[在假][^，。,；;]{1,20})?(?:召开|召開|举行|舉行|开幕|開幕|闭幕|閉幕|举办|舉辦|开班|開班|启动|啟動)")
# (in traditional characters too, a Taiwan office's: `本所於99年3月2日（星期二）上午9時假3樓會議室召開`)
# or whatever was done that day (`…已於2010年3月20日完工`, `鄉長…於2月10日率…`): not a deadline or a start (`于3月31日
# 前完成`, `自5月1日起`), nor a plan's day or a period after another (`将于12月10日…`, `缴费后于2025年1月1日至…享受…`)
_DONE_ON = re.compile(r"(?<![将將拟擬后後])[于於](?P<d>(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[至到—－-](?:\d{1,2}月)?\d{1,2}日)?)"
                      r"(?![前后後起止]|以[前后後]|之[前后後]|为止|為止)(?=[\p{Han}(（“])")
# (or with no 于: the meeting, its day and the verb, `区政府第23次常务会议9月5日召开`, `…推进会9月12日上午在某地举行`)
_CONVENED_ON = re.compile(r"(?<=\p{Han})(?P<d>(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[至到—－-](?:\d{1,2}月)?\d{1,2}日)?)"
                          r"(?:[上下中]午|晚上?)?(?:在[^，。,；;]{1,20})?(?:召开|举行|开幕|闭幕|举办|开班|启动)")
# (or a brief's subject, its day and what it did, with no 于 and no meeting's verb: `县应急管理局8月10日在某乡开展…`,
# `县人大常委会副主任某某8月9日带队调研…`, `县税务局7月9日至10日组织…`): the subject two to 24 characters of words, no
# figure, no mark, no word of a plan or a limit right before the day (`预计8月9日`, `截至`, `自`) nor after it (`前`, `起`)
_SUBJECT_ON = re.compile(r"^(?P<s>[^，,。；;：:！？!?\d]{2,24}?)(?<![至到止自从将拟于於计划定须应迟])"
                         r"(?P<d>(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[至到—－-](?:\d{1,2}月)?\d{1,2}日)?)"
                         r"(?:[上下中]午|晚上?|早上?)?(?![前后後起止]|以[前后後来]|之[前后後]|为止|当天|截止)(?=\p{Han})")
_HELD_REACH = 60  # characters of a first sentence the meeting and its day stand in
_NOT_A_SUBJECT = re.compile(r"^(?:经|据|按照?|根据|依据|会议|本报|本刊)")  # (`经局党组9月16日会议研究`, `会议传达了6月11日…`)
_SUBJECT_TAIL = re.compile(r"(?:[部局厅委会院所处科股队团组办室站馆校园镇乡村]|中心|街道|社区|公司|集团|医院|法院|检察院"
                           r"|(?:书记|主任|主席|县长|市长|区长|镇长|乡长|局长|部长|厅长|院长|所长|站长|队长|校长|经理|委员|代表)"
                           r"\p{Han}{2,3})$")


def _acting_subject(subject: str) -> bool:
    """Is the clause before a day a body or an official acting on it (`县应急管理局`, `县人大常委会副主任某某`)?"""
    return _NOT_A_SUBJECT.match(subject) is None and _SUBJECT_TAIL.search(subject) is not None


def held_on_date(text: str, year: int | None, month: int | None, day: int | None = None,
                 posted: bool = False) -> tuple[str | None, str | None]:
    """The day a text's first sentence says its meeting was held on (`中国共产党某市第八届委员会第九次全体会议于
    2024年12月30日至31日召开。`), or its subject did what it reports (`县应急管理局8月10日在某乡开展…`): (date,
    date_end), or (None, None)."""
    head = _norm_head(text)
    m = _FIRST_SENTENCE_END.search(head)
    first = (head[:m.start()] if m else head)[:_HELD_REACH]
    if year is not None and ("年" in first):  # (`於99年3月2日`: the Republic's year in an issue of 2010)
        first = _ROC_AFTER_AT.sub(lambda r: r["at"] + _roc_or_not(r, year), first, count=1)
    held = _HELD_ON.search(first) or _DONE_ON.search(first) or _CONVENED_ON.search(first)
    if held is None and (sub := _SUBJECT_ON.match(first)) is not None and _acting_subject(sub["s"]):
        held = sub
    if held is None:
        return None, None
    date, end = parse_leading_date(held["d"] + "，", year, month, day, posted=posted)
    return (date, end) if date and len(date) == 10 else (None, None)


_SECOND_REACH = 160  # characters of a first paragraph read for the day its second sentence opens with


def second_sentence_date(text: str, year: int | None, month: int | None, day: int | None = None,
                         posted: bool = False) -> tuple[str | None, str | None]:
    """The day the second sentence of a text's first paragraph opens with (a full date), when its first opens with a
    purpose or a season's clause and names none (`为进一步提升…，开设儿科夜间门诊。12月21日，…正式开诊`, `元旦前夕，市长
    某某带队检查…工作。12月29日上午，…`): (date, date_end), or (None, None)."""
    first = (text or "").lstrip().split("\n", 1)[0][:_SECOND_REACH]
    head = _WS.sub("", nfkc(first))
    if not _PURPOSE_OPENING.match(head):
        return None, None
    m = _FIRST_SENTENCE_END.search(head)
    if m is None:
        return None, None
    date, end = parse_leading_date(head[m.end():], year, month, day, posted=posted)
    return (date, end) if date and len(date) == 10 else (None, None)


_OPENING_QUOTE = re.compile(r"^[“\"「『](?P<q>[^”\"」』]{2,120})[”\"」』]")


def after_opening_quote(text: str) -> str | None:
    """The text after the quote a news text opens with (`“谢谢大家，…！”7月15日晚，在某地…`: what someone said,
    then the day it happened), or None when it opens with none or the quote runs past 120 characters."""
    m = _OPENING_QUOTE.match(text.lstrip())
    return text.lstrip()[m.end():] if m is not None else None


def purpose_clause_date(text: str, year: int | None, month: int | None, day: int | None = None,
                        posted: bool = False) -> tuple[str | None, str | None]:
    """The day a text reports after the purpose clause its first sentence opens with (`为迎接…，推动…走深走实，
    6月26日上午，某乡党委组织…`, or a season's: `元旦将至，12月30日，…`): the first of the next _PURPOSE_CLAUSES clauses (`，` apart) that opens with a
    full date; (None, None) when the sentence opens otherwise or no such clause follows."""
    head = _norm_head(text)
    if not _PURPOSE_OPENING.match(head):
        return None, None
    m = _FIRST_SENTENCE_END.search(head)
    clauses = re.split(r"[，,；;]", head[:m.start()] if m else head)
    for clause in clauses[1:1 + _PURPOSE_CLAUSES]:
        date, end = parse_leading_date(clause.strip() + "，", year, month, day, posted=posted)
        if date and len(date) == 10:
            return date, end
    return None, None


_RANGE_REACH = 8  # characters from a range's start (`12月29日`) to its 至


# a day of the lunar calendar opening a text, and what may follow it before its comma (`腊月二十六，`, `农历正月初九上午，`,
# `除夕当天，`, `元宵节当晚，`); not a season around a festival (`春节前夕，`, `春节期间，`: no day)
_LUNAR_NUMBER = r"初[一二三四五六七八九十]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十|十[一二三四五六七八九]?"
_LUNAR_HEAD = re.compile(r"^(?:农历)?(?:(?P<m>正|腊|冬|十一|十二|[一二三四五六七八九十])月(?P<d>" + _LUNAR_NUMBER + r")"
                         r"|(?P<f>除夕|大年三十|大年初一|春节|元宵节|元宵|端午节|端午|七夕|中秋节|中秋|重阳节|重阳))"
                         r"(?:当天|当日|当晚|这天|那天|一早|上午|下午|中午|晚上|晚间|夜间|晚|早上)?[，,]")
_LUNAR_FIRST = frozenset("农正腊冬一二三四五六七八九十除大春元端七中重")
_LUNAR_MONTHS = {"正": 1, "腊": 12, "冬": 11, "十一": 11, "十二": 12, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
                 "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_FESTIVALS = {"大年初一": (1, 1), "春节": (1, 1), "元宵节": (1, 15), "元宵": (1, 15), "端午节": (5, 5), "端午": (5, 5),
              "七夕": (7, 7), "中秋节": (8, 15), "中秋": (8, 15), "重阳节": (9, 9), "重阳": (9, 9)}


def _lunar_number(d: str) -> int:
    """The day a lunar date's numeral names (初六 6, 十五 15, 廿三 23, 二十六 26, 三十 30)."""
    if d.startswith("初"):
        return 1 + "一二三四五六七八九十".index(d[1])
    tens = {"十": 10, "二": 20, "廿": 20, "三": 30}[d[0]]
    rest = d[2:] if d.startswith("二十") else d[1:]
    return tens + (1 + "一二三四五六七八九".index(rest) if rest else 0)


def lunar_day(head: str, year: int, month: int | None) -> str | None:
    """The Gregorian day (YYYY-MM-DD) of a lunar day opening a text (`_LUNAR_HEAD`): a lunar month and day, or a
    festival (除夕, the day before the year's first; 元宵, its fifteenth), in the lunar year whose day falls nearest
    the issue's month (腊月二十六 in a February issue: the lunar year before's twelfth month). None when the text
    opens otherwise or no such day exists (腊月三十 of a short month). The conversion is the lunardate package's."""
    m = _LUNAR_HEAD.match(head)
    if m is None:
        return None
    from lunardate import LunarDate

    if m["f"] in ("除夕", "大年三十"):
        lm, ld, back = 1, 1, 1  # (the eve: the day before the lunar year's first)
    elif m["f"]:
        (lm, ld), back = _FESTIVALS[m["f"]], 0
    else:
        lm, ld, back = _LUNAR_MONTHS[m["m"]], _lunar_number(m["d"]), 0
    ref = datetime.date(year, month or 6, 15)
    best: datetime.date | None = None
    for y in (year - 1, year, year + 1):
        try:
            day = LunarDate(y, lm, ld).to_solar_date() - datetime.timedelta(days=back)
        except ValueError:
            continue
        if best is None or abs((day - ref).days) < abs((best - ref).days):
            best = day
    return best.isoformat() if best is not None else None


# a year of two or three digits before a month (`99年3月2日`, `113年5月`): of the Republic's calendar where that
# year is the issue's (a Taiwan office prints `民國` once, on its masthead), else left as printed
_BARE_ROC = re.compile(r"^(?P<y>\d{2,3})年(?=\d{1,2}月)")
_ROC_AFTER_AT = re.compile(r"(?P<at>[于於])(?P<y>\d{2,3})年(?=\d{1,2}月)")  # (the same after 于: a meeting's day)


def _roc_or_not(m: re.Match[str], year: int) -> str:
    """The Gregorian year of a bare year of two or three digits, when the Republic's reading of it is within a
    year of the issue's (99 -> 2010 in an issue of 2010; `09年` in one of 2009 stays: a short year, not the ROC's)."""
    roc = int(m["y"]) + 1911
    return f"{roc}年" if abs(roc - year) <= 1 else m.group()


def parse_leading_date(text: str, year: int | None, month: int | None,
                       day: int | None = None, posted: bool = False,
                       printed: datetime.date | None = None) -> tuple[str | None, str | None]:
    """The event date an entry's text starts with, as (date, date_end) ISO strings; see module doc.
    `day`, the issue's own day when it prints one: a day-only date after it is of the month before
    (`28日，…` in a paper of 10月5日 -> 9月28日; `14日` in one of 3月15日 stays in March).
    `posted`: (year, month) is the date the page was printed or posted (a newspaper's masthead, a web
    page's 发布时间), which the events it reports precede: a month without a year is read by
    `_year_before_posting` (a later month the year before, never the year after), not by the 目录
    digest's `_year_for` (the nearer year either way). `printed`: the day the issue was printed, when its masthead
    gives one, from which a weekday counts (`上周五`) where `day` is not the issue's (its entries dated in the month
    before)."""
    head = _norm_head(text)
    if not head or _VAGUE.match(head):
        return None, None
    if year is not None and (head[:1] in _LUNAR_FIRST or head.startswith("农历")):
        lunar = lunar_day(head, year, month)
        if lunar is not None:  # (`腊月二十六，…`, `除夕当天，…`, `元宵节当晚，…`: a day of the lunar calendar)
            return lunar, None
    if year is not None and "年" in head[:4]:
        head = _BARE_ROC.sub(lambda m: _roc_or_not(m, year), head, count=1)
    m = _ADOPTED.match(head) or _SPOKEN_ON.match(head)
    if m:  # (2024年6月27日某县第十八届人民代表大会常务委员会第十九次会议通过): the day the act was adopted
        return _iso(int(m.group("y")), int(m.group("m")), int(m.group("d"))), None
    rel = _RELATIVE_DAY.match(head) if posted and day is not None and year is not None and month is not None else None
    if rel:  # 昨天上午… in a paper of 6月12日: the 11th (the page's own day is the one it counts from)
        try:
            when = datetime.date(year, month, day) - datetime.timedelta(days=_RELATIVE_DAYS[rel.group(1)])
        except ValueError:
            return None, None
        return when.isoformat(), None
    week = _WEEKDAY.match(head) if printed is not None or (day is not None and year is not None and month is not None) else None
    if week:  # 本周二 in a paper of Friday 5月17日: the 14th; 上周五: the Friday of the week before (a digest's too, counted
        # from the day it prints: 上周五 in an issue of Monday 1月6日, the 3rd)
        try:
            page = printed or datetime.date(year or 0, month or 0, day or 0)
        except ValueError:
            return None, None
        wanted = _WEEKDAYS.index(week.group(2).replace("天", "日"))
        when = page - datetime.timedelta(days=page.weekday() - wanted + (7 if week.group(1).startswith("上") else 0))
        return when.isoformat(), None
    m = _ISO.match(head)
    if m:  # 2023-11-06 / 2023.11.06 / 2023/11/06
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3))), None
    if head.startswith("去年") and year is not None:  # 去年11月6日: the year before the issue's
        head, year, month = head[2:], year - 1, None
        cut = head.find("至今年", 0, _RANGE_REACH + 3)  # (去年12月29日至今年1月2日: the range's end in the issue's year,
        if cut > 0:  # as a month before the start's reads it)
            head = head[:cut + 1] + head[cut + 3:]
    elif head.startswith("明年") and year is not None and _FULL.match(head[2:]):  # 明年1月8日: a plan for the year
        head, year, month = head[2:], year + 1, None  # after the issue's
    if head.startswith("上月") and year is not None and month is not None:  # 上月二十六日: the month before
        head, day = head[2:], None
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    elif head.startswith("本月") and year is not None and month is not None:  # 本月9日: the issue's own month
        head, day = head[2:], None
    m = _FULL.match(head)
    if m:
        mo, d = int(m.group("m")), int(m.group("d"))
        y = int(m.group("y")) if m.group("y") else _year_in(mo, year, month, posted, head[m.end():])
        start = _iso(y, mo, d)
        end = None
        if m.group("d2"):
            mo2 = int(m.group("m2")) if m.group("m2") else mo
            y2 = int(m.group("y2")) if m.group("y2") else (y + 1 if y is not None and mo2 < mo else y)
            end = _iso(y2, mo2, int(m.group("d2")))
        return start, end
    m = _DAY_ONLY.match(head)
    if m and month is not None:
        this_month = "本月" in _WS.sub("", text[:_CN_LEAD_SPAN])  # (本月十二日: this month's, whatever the day)
        if day is not None and int(m.group("d")) > day and not this_month:  # a day still to come this month: last month's
            year, month = (year - 1 if year is not None else None, 12) if month == 1 else (year, month - 1)
        start = _iso(year, month, int(m.group("d")))
        end = _iso(year, month, int(m.group("d2"))) if m.group("d2") else None
        return start, end
    m = _MONTH.match(head) or _MONTH_SPAN.match(head)
    if m:
        mo = int(m.group("m"))
        if m.group("m2"):
            # a range (1月至10月, 1—10月): its end decides the year, so year-to-date stays in the issue's year
            mo2 = int(m.group("m2"))
            y2 = int(m.group("y")) if m.group("y") else _year_in(mo2, year, month, posted, head[m.end():])
            y = y2 if y2 is None or mo <= mo2 else y2 - 1
            return _iso(y, mo), _iso(y2, mo2)
        y = int(m.group("y")) if m.group("y") else _year_in(mo, year, month, posted, head[m.end():])
        return _iso(y, mo), None
    return None, None  # (`2023年，…`: a year alone dates no event; five annotators in six give none)


def counted_to(text: str) -> bool:
    """Does the text open with the day a tally is counted to (`截至7月18日，共检查…`)? Its date is the
    entry's when it opens the entry; a later paragraph so opening reports a count, not the event."""
    return _UNTIL_DATE.match(_WS.sub("", nfkc(text[:_CN_LEAD_SPAN]))) is not None


def impossible_leading_date(text: str, year: int | None, month: int | None, day: int | None = None) -> str | None:
    """The leading date as printed when it names a day that does not exist (2月30日, 4月31日, 13月2日),
    else None. `parse_leading_date` never emits such a date; this says why it gave none."""
    head = _norm_head(text)
    if not head or year is None:
        return None
    if head.startswith(("去年", "明年")):
        head = head[2:]
    m = _ISO.match(head) or _FULL.match(head) or (_DAY_ONLY.match(head) if month is not None else None)
    if m is None:
        return None
    got = parse_leading_date(text, year, month, day)
    if got[0] is None or ("d2" in m.re.groupindex and m.group("d2") and got[1] is None):
        return m.group(0)
    return None


def yearless_leading_date(text: str) -> str | None:
    """The date the text opens with, as printed, when it carries no year of its own (`10月20日`, `28日`,
    `10月`): what `parse_leading_date` can date only with a year from elsewhere. None for a text that
    opens with no date, with a vague one (近日) or with one that gives its year (2023年10月20日)."""
    head = _norm_head(text)
    if not head or _VAGUE.match(head) or _ISO.match(head):
        return None
    m = _FULL.match(head) or _DAY_ONLY.match(head) or _MONTH.match(head) or _MONTH_SPAN.match(head)
    if m is None or ("y" in m.re.groupindex and m.group("y")):
        return None
    return m.group(0)


# what follows a date that the issue may well print before it comes: a start (`11月1日起施行`), a
# deadline (`10月20日前完成`) or a plan (`10月20日将举行`)
_AHEAD = re.compile(r"^(?:[早晚上下中]午?|凌晨|傍晚|夜间|晚间)?(?:起|前|以前|之前|将|拟|计划|开始|至今)")


def date_after_issue(text: str, date: str | None, issue_date: str | None) -> str | None:
    """A doubt about an entry dated after its issue, or None: `date` and `issue_date` both full ISO days
    and `date` the later, unless the date as printed announces what is to come (`11月1日起`,
    `10月20日前`, `10月20日将`). `10月20日上午，…` in an issue of 2023-10-09 is such a doubt (a misprint
    of the month or the day, or the year before meant): kept as printed, the reader is told."""
    if not date or not issue_date or len(date) != 10 or len(issue_date) != 10 or date <= issue_date:
        return None
    head = _norm_head(text)
    m = _ISO.match(head) or _FULL.match(head) or _DAY_ONLY.match(head)
    if m is not None and _AHEAD.match(head[m.end():]):
        return None
    return f"the date {date} is after the issue date {issue_date}: kept as printed (a misprint, or another year?)"


_YEAR_MENTION = re.compile(r"(?<!\d)((?:19|20)\d{2})年")
# what stands around a `20xx年` mention says what it speaks of (text without whitespace, NFKC):
_TARGET_BEFORE = re.compile(r"(?:到|至|迄|\d{4}[—–\-~～至到]|远景)$")
_TARGET_AFTER = re.compile(r"^(?:远景|目标|前后|左右|[—–\-~～至到]\d{4})")
_PAST_BEFORE = re.compile(r"(?:总结|回顾|盘点|去年[(（]?)$")
_PAST_AFTER = re.compile(r"^(?:全年|工作总结|底前?已|以前)")
_BOUND_AFTER = re.compile(r"^(?:度|以来|底)")
_CURRENT_AFTER = re.compile(
    r"^(?:将|要|计划|力争|春节|元旦|元宵|一季度|第一季度|首季度?|前三季度|前两季度|上半年|开年|年初以来|[1１]月以来|是|"
    r"[一二三四]季度|第[一二三四]季度)"
)
_MONTH_AFTER = re.compile(r"^(\d{1,2})月")

# weight of one mention of each kind, and the issue year it speaks for (relative to the mentioned year)
YEAR_KINDS = ("full_date", "current", "past", "bound", "plain", "target")
_WEIGHT = {"current": ((0, 2.0),), "past": ((1, 2.0),), "bound": ((0, 0.5), (1, 0.5)), "plain": ((0, 0.5),),
           "target": ()}
STRONG_SCORE = 3.0   # the winning year needs at least this much evidence ...
STRONG_MARGIN = 2.0  # ... and this many times the runner-up's ...
STRONG_TELLING = 2.0  # ... and this much from mentions that say what they speak of (not plain ones)


@dataclass
class YearEvidence:
    """Why the issue got its year: where it came from and, from the content, what each mention said.

    `source`: "option" (--year), "masthead", "content" or "none". `scores`: year -> weighted votes;
    `kinds`: kind -> {mentioned year: count} (full_date, current, past, bound, plain, target);
    `lines`: year -> first source line mentioning it. `strong`: False when a careful reader would doubt it."""

    year: int | None
    source: str
    strong: bool
    scores: dict[int, float] = field(default_factory=dict)
    kinds: dict[str, dict[int, int]] = field(default_factory=dict)
    lines: dict[int, int] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"year": self.year, "source": self.source, "strong": self.strong,
                "scores": {str(k): round(v, 2) for k, v in sorted(self.scores.items())},
                "kinds": {k: {str(y): n for y, n in sorted(v.items())} for k, v in self.kinds.items() if v},
                "lines": {str(k): v for k, v in sorted(self.lines.items())}}

    def describe(self) -> str:
        """One line: the scores and the kinds of mention behind them."""
        scores = ", ".join(f"{y}: {v:g}" for y, v in sorted(self.scores.items(), key=lambda kv: -kv[1])[:3])
        kinds = "; ".join(f"{k} " + " ".join(f"{y}×{n}" for y, n in sorted(v.items()))
                          for k, v in self.kinds.items() if v)
        return f"scores {scores or 'none'} ({kinds or 'no 20xx年 mentions'})"


def mention_kind(before: str, after: str) -> str:
    """What a `20xx年` mention speaks of, from the few characters before and after it:
    `full_date` (2023年11月), `target` (到2025年, 2021—2035年, 2035年远景), `past` (总结2022年, 2022年全年),
    `bound` (2022年度, 2022年以来: that year or a later one), `current` (2023年将, 2023年春节, 2023年一季度)
    or `plain`."""
    if _TARGET_BEFORE.search(before) or _TARGET_AFTER.match(after):
        return "target"
    if _MONTH_AFTER.match(after) and 1 <= int(_MONTH_AFTER.match(after).group(1)) <= 12:
        return "full_date"
    if _PAST_BEFORE.search(before) or _PAST_AFTER.match(after):
        return "past"
    if _BOUND_AFTER.match(after):
        return "bound"
    if _CURRENT_AFTER.match(after):
        return "current"
    return "plain"


_LAST_YEAR = re.compile(r"去年[(（]?$")
_SHORT_DATE = re.compile(r"(?<![\d年])(\d{1,2})月\d{1,2}日")


def first_month(text: str) -> int | None:
    """The month of the first short date of a text (`12月27日`, not `2017年12月`): where a page with
    no masthead date says when its events happened."""
    m = _SHORT_DATE.search(nfkc(text))
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 12 else None


def year_evidence(text: str, month: int | None, event_month: int | None = None) -> YearEvidence:
    """Weigh every `20xx年` mention of the text for the issue's year (see `mention_kind`): a full date
    votes for the issue year it implies (2024年1月 in a December issue speaks for 2023; in the issue's own
    month it counts thrice), a current-year mention for its year, a finished year for the next one (in
    December, the month of the issue or else `event_month`, a year reviewed is that year: 12月27日，
    回顾总结2017年工作 is a meeting of 2017; `去年(2017年)` stays the year before), a `年度`/`以来`
    mention half for each, a plain mention half for its year, a target not at all."""
    year_end = (month if month is not None else event_month) == 12
    scores: dict[int, float] = {}
    kinds: dict[str, dict[int, int]] = {k: {} for k in YEAR_KINDS}
    lines: dict[int, int] = {}
    telling: dict[int, float] = {}  # votes from mentions that say what they speak of (not plain)
    for n, raw in enumerate(text.split("\n"), 1):
        if "年" not in raw:
            continue
        line = _WS.sub("", nfkc(raw))
        for m in _YEAR_MENTION.finditer(line):
            y = int(m.group(1))
            before, after = line[max(0, m.start() - 6): m.start()], line[m.end(): m.end() + 6]
            kind = mention_kind(before, after)
            kinds[kind][y] = kinds[kind].get(y, 0) + 1
            lines.setdefault(y, n)
            if kind == "full_date":
                mo = int(_MONTH_AFTER.match(after).group(1))
                if month is None:
                    votes: tuple[tuple[int, float], ...] = ((0, 1.0),)
                else:  # the issue year this mention implies
                    shift = 1 if mo - month > 6 else (-1 if month - mo > 6 else 0)
                    votes = ((shift, 3.0 if mo == month else 1.0),)
            elif kind == "past" and year_end and not _LAST_YEAR.search(before):
                votes = ((0, 2.0),)  # a year-end review of the year itself
            else:
                votes = _WEIGHT[kind]
            for shift, w in votes:
                scores[y + shift] = scores.get(y + shift, 0.0) + w
                if kind != "plain":
                    telling[y + shift] = telling.get(y + shift, 0.0) + w
    if not scores:
        return YearEvidence(None, "none", False, {}, kinds, lines)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], -kv[0]))
    year, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    # plain mentions alone never make strong evidence: a review of last year names it on every line
    strong = top >= STRONG_SCORE and top >= STRONG_MARGIN * second and telling.get(year, 0.0) >= STRONG_TELLING
    return YearEvidence(year, "content", strong, scores, kinds, lines)


def infer_year(text: str, month: int | None) -> int | None:
    """The issue's year from its content (`year_evidence`), None when nothing in it names a year."""
    return year_evidence(text, month).year


_MAST_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?)?")
_MAST_NO = re.compile(r"(?<!总)第\s*(\d{1,4})\s*期")
_MAST_TOTAL = re.compile(r"总\s*第\s*(\d{1,5})\s*期")
_MAST_NAME = re.compile(r"^[\p{Han}·]{2,20}$")
# the handling mark printed over an internal digest's name (`内部资料　注意保存`, `秘密`, `内部刊物 仅供参阅`): no name
_CLASSIFIED = re.compile(r"^(?:内部资料|内部刊物|内部文件|注意保存|妥善保存|秘密|机密|绝密|内部|仅供参阅|仅供参考|请勿外传)+$")


# (a zero typed as the letter O: `二OO八年一月七日`)
_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0", "Ｏ": "0", "O": "0"}
_CN_YEAR = re.compile(r"[〇○ＯO零一二三四五六七八九]{4}(?=\s*年)")
_CN_SMALL = re.compile(r"(?<=年\s*|月\s*|第\s*)([一二三四五六七八九十]{1,3})(?=\s*[月日期])")


def cn_number(s: str) -> str:
    """一 -> 1, 十二 -> 12, 二十八 -> 28, 三十一 -> 31, 廿四 -> 24, 卅 -> 30 (numbers up to 99); a string
    that is no such number is given back as it is."""
    s = s.replace("廿", "二十").replace("卅", "三十")
    if "十" not in s:
        return "".join(_CN_DIGIT.get(c, c) for c in s)
    tens, _, ones = s.partition("十")
    if len(tens) > 1 or len(ones) > 1 or (tens and tens not in _CN_DIGIT) or (ones and ones not in _CN_DIGIT):
        return s
    return str((int(_CN_DIGIT[tens]) if tens else 1) * 10 + (int(_CN_DIGIT[ones]) if ones else 0))


_CN_DATE_PART = re.compile(r"([〇一二三四五六七八九十廿卅]{1,3})(?=\s*[月日号])")


def digits_date(s: str) -> str:
    """A short date in Chinese numerals, as a dateline prints it, in digits: 十四日 -> 14日,
    三月四日 -> 3月4日, 廿四日 -> 24日 (digits stay as they are)."""
    return _CN_DATE_PART.sub(lambda m: cn_number(m.group(1)), s)


def cn_digits(line: str) -> str:
    """A date written in Chinese numerals, as mastheads print it, in digits:
    二〇二四年二月二十日 -> 2024年2月20日, 第三期 -> 第3期."""
    line = _CN_YEAR.sub(lambda m: "".join(_CN_DIGIT[c] for c in m.group(0)), line)
    return _CN_SMALL.sub(lambda m: cn_number(m.group(1)), line)


_PRINTED_NEXT_YEAR = 3  # months into the next year a year's last issue may be printed


def read_masthead(lines: list[str]) -> dict:
    """Facts printed above the 目录: publication, date (year, month, day), issue number, running number.
    Dates and numbers may be printed in Chinese numerals (二〇二四年二月二十日, 第三期)."""
    facts: dict = {}
    for raw in lines:
        line = roc_years(ocr_digits(cn_digits(nfkc(raw).strip().strip("#*<>/b "))))  # (an OCR's `2OO8年ll月28曰`; `民國99年`)
        if not line:
            continue
        if "曰" in line:
            line = _OCR_DAY.sub("日", line)
        # the first date printed; its month and day from a later line of the same year when it has none
        # (`2024年第11期` over `某市人民政府办公室　2024年11月22日`)
        if "month" not in facts and (m := _MAST_DATE.search(line)) and facts.get("year", int(m.group(1))) == int(m.group(1)):
            facts["year"] = int(m.group(1))
            if m.group(2):
                facts["month"] = int(m.group(2))
            if m.group(3):
                facts["day"] = int(m.group(3))
        elif ("month" not in facts and "printed" not in facts and m and m.group(3)
              and int(m.group(1)) == facts.get("year", 0) + 1 and int(m.group(2)) <= _PRINTED_NEXT_YEAR):
            # the issue's last number of a year printed in the next (`2020年第4期（季刊）` over `某县人民政府办公室编
            # 2021年1月8日`): the events it reports are read against the day it was printed
            facts["printed"] = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if "total_no" not in facts and (m := _MAST_TOTAL.search(line)):
            facts["total_no"] = int(m.group(1))
        if "issue_no" not in facts and (m := _MAST_NO.search(line)):
            facts["issue_no"] = int(m.group(1))
        name = _WS.sub("", line)
        if "publication" not in facts and _MAST_NAME.match(name) and not name.startswith(("目录", "目次")) \
                and not name.endswith("期") and not _CLASSIFIED.match(name):
            facts["publication"] = name
    return facts


_CHRONICLE_OF_MONTH = re.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月[^，。,\d]{0,16}大事记")
_SAME_WHEN = re.compile(r"^(同日|是日|是月|同月|当月|上旬|中旬|下旬|月初|月底|月末)")
# an entry on the day of the one before it (`同日，副市长某某…`, `当天下午，…`): in any digest, not only a 大事记
_SAME_DAY = re.compile(r"^(?:同日|是日|当天|当日|同一天|同天)(?:上午|下午|晚上|晚间|晚|中午|早上|夜间)?[，,\s\u3000]")


def assign_dates(entries: list[Entry], issue: Issue, text: str, year: int | None = None) -> YearEvidence | None:
    """Set issue.year / issue.issue_date and each entry's date / date_end (see module doc). Returns the
    year's evidence (also kept in `issue.meta["year_evidence"]`); None for a newspaper issue."""
    if issue.layout == "newspaper":
        if year is not None and issue.year != year:
            issue.year = year
        return None
    months = Counter(m for e in entries if (m := leading_month(e.text)) is not None)
    month = months.most_common(1)[0][0] if months else None
    mast = issue.meta.get("masthead_facts") or {}
    base_year, base_month = year, month
    if year is not None:
        evidence = YearEvidence(year, "option", True)
    elif mast.get("printed") and not mast.get("month") and mast.get("year"):  # a year's last issue printed in the next year (`2020年第4期`
        base_year, base_month = mast["printed"][0], mast["printed"][1]  # / `2021年1月8日`): its events read
        evidence = YearEvidence(mast["year"], "masthead", True)  # against the day it was printed
    elif mast.get("year"):
        # the masthead's own date: events are dated relative to it (a January issue about December);
        # without a month, a monthly issue's number (2024年第1期) stands for the month it came out
        no = mast.get("issue_no")
        base_year = mast["year"]
        base_month = mast.get("month") or (no if no is not None and 1 <= no <= 12 else None) or month
        if month is not None and base_month is not None:
            base_year = _year_for(month, base_year, base_month)
            base_month = month
        evidence = YearEvidence(mast["year"], "masthead", True)
    else:
        evidence = year_evidence(text, month)
        base_year = evidence.year
    issue.year = base_year
    issue.meta["year_evidence"] = evidence.to_dict()
    printed = mast.get("printed") if not mast.get("month") and year is None else None
    if printed:  # (the issue is the year's it numbers, dated the day it was printed)
        issue.year, issue.issue_date = mast["year"], _iso(*printed)
    elif mast.get("year") and mast.get("month"):
        y, mo, d = mast["year"], mast["month"], mast.get("day")
        y = y if year is None else year
        issue.issue_date = _iso(y, mo, d) or _iso(y, mo) or _iso(y)
        if d is not None and _iso(y, mo, d) is None:  # (`2024年2月30日`: the year and month still name the issue)
            issue.warnings.append(f"the masthead's date {y}年{mo}月{d}日 does not exist: the issue is dated {issue.issue_date}")
    elif base_year is not None and month is not None:
        issue.issue_date = f"{base_year:04d}-{month:02d}"
    elif base_year is not None:
        issue.issue_date = f"{base_year:04d}"
    if base_year is None and months:
        issue.warnings.append("no year found in the issue's content: dates left empty (pass --year)")
    elif evidence.source == "content" and not evidence.strong:
        line = evidence.lines.get(base_year, 1) if base_year is not None else 1
        issue.warnings.append(f"line {line}: year {base_year} taken from weak evidence, "
                              f"{evidence.describe()}: pass --year if it is wrong")
    if issue.meta.get("chronicle"):  # a year's 大事记: each event in the year, none read as the nearer year's
        base_month = None
        named = _CHRONICLE_OF_MONTH.search(" ".join(issue.meta.get("masthead_text") or ()))
        if named:  # a month's (`2023年3月某区大事记`): its events' days in that month (`1日上午，…`, `同日，…`)
            base_year, base_month = int(named["y"]), int(named["m"])
            issue.year, issue.issue_date = base_year, f"{base_year:04d}-{base_month:02d}"
    # the masthead's day, when the entries are dated in its month: a day-only date after it is last month's
    day = mast.get("day") if base_month is not None and base_month == mast.get("month") else None
    chronicle = bool(issue.meta.get("chronicle"))
    before: str | None = None  # a 大事记's event before (`同日，…` is on its day, `是月，…` in its month)
    printed_day = None  # (the day the masthead prints, for a weekday: `上周五`)
    if mast.get("year") and mast.get("month") and mast.get("day"):
        try:
            printed_day = datetime.date(year or mast["year"], mast["month"], mast["day"])
        except ValueError:
            printed_day = None
    for e in entries:
        e.date, e.date_end = parse_leading_date(e.text, base_year, base_month, day, printed=printed_day)
        if e.date is None:
            e.date, e.date_end = purpose_clause_date(e.text, base_year, base_month, day)
        if e.date is None and (rest := after_opening_quote(e.text or "")) is not None:  # `“…。”11月6日，…`
            e.date, e.date_end = parse_leading_date(rest, base_year, base_month, day)
        if e.date is None:  # `某某全体会议于2024年12月30日至31日召开`
            e.date, e.date_end = held_on_date(e.text or "", base_year, base_month, day)
        if e.date is None:  # `为进一步…，开设儿科夜间门诊。12月21日，…`
            e.date, e.date_end = second_sentence_date(e.text or "", base_year, base_month, day)
        note = _norm_head(e.subtitle) if e.date is None and e.subtitle else ""  # (an act's note, off its text; a
        last = _norm_head(e.subtitle.split("\n")[-1]) if note and "\n" in e.subtitle else ""  # (after a subtitle)
        if m := _ADOPTED.match(note) or _SPOKEN_ON.match(note) or _DAY_NOTE.match(note) or _DAY_NOTE.match(last):  # speech's day: `（2024年1月8日）`)
            e.date = _iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        elif note and _BRACKETED_DATE.match(note):  # an item's day under its heading (`（12月19日至20日）`, `（12月下旬）`)
            e.date, e.date_end = parse_leading_date(note[1:-1], base_year, base_month, day)
        if chronicle and e.date is None and before and (same := _SAME_WHEN.match(e.text.lstrip())):
            e.date = before if same.group(1) in ("同日", "是日") else before[:7]
        before = e.date or before
        bad = impossible_leading_date(e.text, base_year, base_month, day)
        if bad:
            e.warnings.append(f"line {e.line_start}: the leading date {bad} does not exist: no date given")
        late = date_after_issue(e.text, e.date, issue.issue_date)
        if late:
            e.warnings.append(f"line {e.line_start}: {late}")
    if not chronicle:
        same_day_as_before(entries)
    return evidence


def same_day_as_before(entries: list[Entry]) -> None:
    """An entry opening on the day of the one before it (`同日，副市长某某…`, `当天下午，…`: _SAME_DAY), with no
    date of its own, takes that entry's day when both stand in one section; its record says so. (A 大事记's
    `同日` and `是月` are read as its events are, in `assign_dates`.)"""
    for last, e in zip(entries, entries[1:], strict=False):
        if (e.date is None and last.date is not None and len(last.date) == 10 and e.section == last.section
                and _SAME_DAY.match(e.text.lstrip())):
            e.date = last.date
            e.warnings.append(f"line {e.line_start}: dated {last.date}, the day of the item before (its text opens"
                              f" {e.text.lstrip()[:2]})")
