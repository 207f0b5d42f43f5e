"""Issue identity: the `issue_id` of a parsed issue, from what it prints, never from its file name.

Rules (README "Identity"), in the order the parts are written:

* publication printed: `PUB-DATE` (DATE as the issue dates itself: `2024-05` for a monthly digest,
  `2022-11-16` for a newspaper), then `-noN` when it prints an issue number (every layout:
  `梧桐政务信息-2024-05-no21` and `-no22` are two issues), then `-pN` for a newspaper page other than the
  first in a file of its own (`meta.page`: `伊滨-2022-11-16-no21-p2`), then, for a web page
  (`meta.web_page`), a short hash of its first article's title (two articles of one site and day are
  two pages; a corrected copy of one page, same title, replaces it). Without date and number: the
  titles' hash (below) stands for them.
* no publication: `digest-DATE-HASH` (`newspaper-…` on the newspaper layout), the HASH of the
  目录's titles when the issue has a 目录, else of its entries' titles (a web page: its first title):
  a corrected body keeps the id, two cities' digests of one month differ by their titles.
* no title at all: the hash of the text's words; a text without words: the hash of its bytes.

Titles are folded before hashing: only letters, digits and Han, NFKC, case-folded (`标题 一` = `标题一`).

`same_issue_family` and `stored_id` let the store recognise an issue kept under an id an older
version of these rules gave it (digest.store.Store.put): the stored record is identified again with
these rules and replaced when it is the same issue.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

import regex

from digest.model import Issue

HASH_CHARS = 12
_WORD = regex.compile(r"[\p{L}\p{N}]+")


def fold(text: str) -> str:
    """The words of a text, width- and case-folded: `Ａ 区 · 会议` -> `a区会议`."""
    from digest.text import nfkc

    return "".join(_WORD.findall(nfkc(text).casefold()))


def titles_hash(titles: Iterable[str]) -> str | None:
    """A short hash of the folded titles, one per line; None when no title has a word."""
    folded = [t for t in (fold(x or "") for x in titles) if t]
    if not folded:
        return None
    return hashlib.sha256("\n".join(folded).encode("utf-8")).hexdigest()[:HASH_CHARS]


def _page(issue: Issue) -> int | None:
    """The printed page of a newspaper page parsed on its own (`第2版`), when it is not the first."""
    p = issue.meta.get("page") if isinstance(issue.meta, dict) else None
    return p if isinstance(p, int) and not isinstance(p, bool) and p > 1 else None


def is_web_page(issue: Issue) -> bool:
    """The issue is one article page of a web site (its chrome was recognised: digest.chrome)."""
    return isinstance(issue.meta, dict) and issue.meta.get("web_page") is True


def make_id(issue: Issue, titles: list[str], text_hash: str) -> str:
    """The issue_id by the rules above. `titles`: the 目录's titles (an issue with a 目录) or the entries'
    titles, in order; `text_hash`: the hash used when no title has a word (the words of the text, or
    its bytes). Example: 梧桐政务信息, 2024-05, No. 21, toc -> `梧桐政务信息-2024-05-no21`."""
    web = is_web_page(issue)
    named = titles_hash(titles[:1] if web else titles)
    h = named or text_hash[:HASH_CHARS]
    page = _page(issue)
    if not issue.publication:
        pub = "newspaper" if issue.layout == "newspaper" else "digest"
        when = issue.issue_date or (f"no{issue.issue_no}" if issue.issue_no else "")
        parts = [pub, when] if when else [pub]
        if page:
            parts.append(f"p{page}")
        return "-".join([*parts, h])
    parts = [issue.publication]
    if issue.issue_date:
        parts.append(issue.issue_date)
    if issue.issue_no:
        parts.append(f"no{issue.issue_no}")
    if page:
        parts.append(f"p{page}")
    if web or len(parts) == 1:
        parts.append(h)
    return "-".join(parts)


def family(issue: Issue) -> str:
    """The start every id of this issue's publication and date shares, under these rules and the older
    ones (`梧桐政务信息-2024-05`, `digest-2023-11-`): the stored ids the store identifies again."""
    if not issue.publication:
        pub = "newspaper" if issue.layout == "newspaper" else "digest"
        when = issue.issue_date or (f"no{issue.issue_no}" if issue.issue_no else "")
        return f"{pub}-{when}-" if when else f"{pub}-"
    if issue.issue_date:
        return f"{issue.publication}-{issue.issue_date}"
    if issue.issue_no:
        return f"{issue.publication}-no{issue.issue_no}"
    return f"{issue.publication}-"


def stored_titles(issue: Issue, entries: list[dict[str, Any]]) -> list[str]:
    """The titles a stored issue is identified by: its entries' 目录 titles (in body order) on the 目录
    layout, else its entries' titles. (The 目录's unmatched items, or items out of body order, are not
    stored as such: an issue with some is identified again only through its bytes, `sources/`.)"""
    if issue.layout == "toc":
        return [t for d in entries if isinstance(t := d.get("toc_title"), str) and t]
    return [d["title"] for d in entries if isinstance(d.get("title"), str)]


def stored_id(issue_record: dict[str, Any], entries: list[dict[str, Any]]) -> str | None:
    """The id these rules give a stored issue (its record and entry dicts), or None when the record
    cannot say (no record, or no titles and so no hash to compare)."""
    if not isinstance(issue_record, dict) or not issue_record:
        return None
    try:
        issue = Issue.from_dict(issue_record)
    except TypeError:
        return None
    if not isinstance(issue.meta, dict):
        return None
    titles = stored_titles(issue, entries)
    if titles_hash(titles[:1] if is_web_page(issue) else titles) is None:
        return None
    return make_id(issue, titles, "")
