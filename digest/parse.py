"""The whole pipeline for one file: source -> blocks -> 目录 -> entries -> fields -> records.

`parse_path(path)` / `parse_source(src)` return a `ParseResult` with the `Issue` record, the
`Entry` records in body order and the issue-level warnings. Nothing here prints; the CLI decides
what to show. Layout detection: an issue with a 目录 takes the table-of-contents path
(`digest.toc` + `digest.align`); one without takes the newspaper path (`digest.newspaper`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from digest.blocks import to_blocks
from digest.model import Issue, ParseResult, Problem, assign_ids

__all__ = ["ParseResult", "Problem", "parse_many", "parse_path", "parse_source"]
from digest.source import Source, read_source


def parse_path(path: str | Path, year: int | None = None, persons: bool = True,
               names_file: str | Path | None = None) -> ParseResult:
    """Read, decode and parse one file. Raises `digest.source.InputError` for unreadable input."""
    return parse_source(read_source(path), year=year, persons=persons, names_file=names_file)


def _parse_one(args: tuple[str, int | None, bool, str | Path | None]) -> ParseResult | Exception:
    path, year, persons, names_file = args
    try:
        return parse_path(path, year=year, persons=persons, names_file=names_file)
    except Exception as exc:  # reported per file by the caller; the other files go on
        return exc


def parse_many(paths: list[str], year: int | None = None, persons: bool = True,
               names_file: str | Path | None = None,
               jobs: int | None = None) -> Iterator[tuple[str, ParseResult | Exception]]:
    """Parse files in order, yielding (path, result) where result is a ParseResult or the exception
    (InputError for unreadable input) that file raised. Several files are parsed in `jobs` worker
    processes (default: one per core); results still come back in the order of `paths`."""
    args = [(p, year, persons, names_file) for p in paths]
    if jobs is None:
        jobs = os.cpu_count() or 1
    jobs = min(jobs, len(paths))
    if jobs <= 1 or len(paths) < 3 or "-" in paths:
        for a in args:
            yield a[0], _parse_one(a)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from zip(paths, pool.map(_parse_one, args, chunksize=1), strict=True)


def parse_source(src: Source, year: int | None = None, persons: bool = True,
                 names_file: str | Path | None = None) -> ParseResult:
    from digest import align, fields, toc

    blocks = to_blocks(src.lines)
    contents = toc.find_toc(blocks)
    if contents is not None and contents.items:
        result = align.parse_with_toc(src, blocks, contents)
        layout = "toc"
    else:
        from digest import newspaper

        result = newspaper.parse_newspaper(src, blocks, year=year)
        layout = result.issue.layout or "newspaper"
    issue = result.issue
    issue.layout = layout
    fields.assign_dates(result.entries, issue, src.text, year=year)
    if not issue.issue_id:
        issue.issue_id = make_issue_id(issue, content_hash(src))
    if persons:
        from digest import persons as person_mod

        person_mod.annotate(result.entries, names_file=names_file)
    issue.entry_count = len(result.entries)
    sections: dict[str, int] = {}
    for e in result.entries:
        sections[e.section or "-"] = sections.get(e.section or "-", 0) + 1
        e.issue_date = issue.issue_date
    issue.sections = sections
    if getattr(src, "origins", None):  # a PDF / Word / HTML document (digest.readers)
        from digest.readers import apply_document

        apply_document(src, issue, result.entries)
    issue.parsed_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    assign_ids(issue.issue_id, src.path, result.entries)
    return result


def content_hash(src: Source) -> str:
    """Hash of the decoded text (line ends and trailing blanks folded): the same for any encoding."""
    import hashlib

    text = "\n".join(line.rstrip() for line in src.lines).strip()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_issue_id(issue: Issue, text_hash: str | None = None) -> str:
    """Identity from content, not path: publication + issue date (or number), else the content hash."""
    pub = issue.publication or ("newspaper" if issue.layout == "newspaper" else "digest")
    if issue.issue_date:
        tail = issue.issue_date
        if issue.issue_no and issue.layout == "newspaper":
            tail = f"{tail}-no{issue.issue_no}"
        return f"{pub}-{tail}"
    if issue.issue_no:
        return f"{pub}-no{issue.issue_no}"
    return f"{pub}-{(text_hash or issue.sha256)[:12]}"
