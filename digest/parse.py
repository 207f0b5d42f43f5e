"""The whole pipeline for one file: source -> blocks -> 目录 -> entries -> fields -> records.

`parse_path(path)` / `parse_source(src)` return a `ParseResult` with the `Issue` record, the
`Entry` records in body order and the issue-level warnings. Nothing here prints; the CLI decides
what to show. Layout detection: an issue with a 目录 takes the table-of-contents path
(`digest.toc` + `digest.align`); one without takes the newspaper path (`digest.newspaper`).
"""

from __future__ import annotations

import bisect
import contextlib
import os
import sys
from collections.abc import Generator, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from digest.blocks import mail_signature, split_columns, to_blocks
from digest.model import Entry, Issue, ParseResult, Problem, assign_ids
from digest.source import Source, read_source
from digest.text import COLUMN_TAG, UNIT_ENDS, PrintedForms, join_spaced_names, seal_lines

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

__all__ = ["ParseResult", "Problem", "finished", "parse_many", "parse_path", "parse_source"]

SCORER_FLOOR = 0.8  # `scorer`: the probability a name the rules did not find needs to be added
WEAK_FLOOR = 0.3  # the probability a name at a weak anchor needs (weakanchors.weakly_anchored), without `scorer`: kept equal to
# the scorer's threshold (#threshold in data/person_model.tsv, tools/train_persons.py THRESHOLD)
_WORD = regex.compile(r"[\p{L}\p{N}]+")  # what an issue says, without layout: for its content hash


def parse_path(path: str | Path, year: int | None = None, persons: bool = True,
               names_file: str | Path | None = None, max_size: int | None = None,
               scorer: bool = False) -> ParseResult:
    """Read, decode and parse one file. Raises `digest.source.InputError` for unreadable input
    (not a regular file, over `max_size` bytes: see `digest.source.read_bytes`)."""
    return parse_source(read_source(path, max_size=max_size), year=year, persons=persons,
                        names_file=names_file, scorer=scorer)


def _parse_one(args: tuple[str, int | None, bool, str | Path | None, int | None, bool]) -> ParseResult | Exception:
    path, year, persons, names_file, max_size, scorer = args
    try:
        return parse_path(path, year=year, persons=persons, names_file=names_file, max_size=max_size,
                          scorer=scorer)
    except Exception as exc:  # reported per file by the caller; the other files go on
        return exc


def parse_many(paths: list[str], year: int | None = None, persons: bool = True,
               names_file: str | Path | None = None, jobs: int | None = None,
               max_size: int | None = None, scorer: bool = False) -> Iterator[tuple[str, ParseResult | Exception]]:
    """Parse files in order, yielding (path, result) where result is a ParseResult or the exception
    (InputError for unreadable input) that file raised. Several files are parsed in `jobs` worker
    processes (default: one per core); results still come back in the order of `paths`. Workers end
    when this process dies, however it dies (see `_worker_init`), and when the caller stops early
    (`close()`). On Ctrl-C the files the workers had finished are yielded before KeyboardInterrupt
    goes on (see also `finished`)."""
    args = [(p, year, persons, names_file, max_size, scorer) for p in paths]
    if jobs is None:
        jobs = os.cpu_count() or 1
    jobs = min(jobs, len(paths), _fd_room())
    if jobs <= 1 or len(paths) < 3 or "-" in paths:
        for a in args:
            yield a[0], _parse_one(a)
        return
    from concurrent.futures import ProcessPoolExecutor

    try:
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(os.getpid(),))
        futures = [pool.submit(_parse_one, a) for a in args]  # the workers start here
    except OSError:  # no processes or pipes to be had (ulimit -n, ulimit -u): parse here, one by one
        with contextlib.suppress(Exception):
            pool.shutdown(wait=False, cancel_futures=True)
        for a in args:
            yield a[0], _parse_one(a)
        return
    with pool:
        done = 0
        try:
            for path, fut in zip(paths, futures, strict=True):
                res = fut.result()
                done += 1
                yield path, res
        except KeyboardInterrupt:  # Ctrl-C while waiting here, or thrown in at a yield by `finished`
            ready = [(p, f.result()) for p, f in zip(paths[done:], futures[done:], strict=True)
                     if f.done() and not f.cancelled() and f.exception() is None]
            _stop_workers(pool)
            yield from ready
            raise
        except GeneratorExit:  # the caller stopped early (an error, a lock given up): the rest is not wanted
            _stop_workers(pool)
            raise


def finished(results: Iterator[tuple[str, ParseResult | Exception]]) -> Iterator[tuple[str, ParseResult | Exception]]:
    """After Ctrl-C reached the caller of `parse_many` between two of its results: the files its workers
    had already parsed, in order, with the workers stopped (nothing when it parsed in this process or
    had stopped already). A Ctrl-C while `parse_many` waits needs no call: it yields those files, then
    raises KeyboardInterrupt, itself."""
    if not isinstance(results, Generator):
        return
    try:
        first = results.throw(KeyboardInterrupt())
    except (KeyboardInterrupt, StopIteration):
        return
    yield first
    with contextlib.suppress(KeyboardInterrupt):  # raised again once they are all given back
        yield from results


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """End the workers now, a file half parsed with them, and cancel the files not started: after
    Ctrl-C the caller keeps what is done and stops (the workers ignore SIGINT, see `_worker_init`;
    shutdown() alone would wait for the slowest file)."""
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14
    if terminate is not None:
        terminate()
        return
    for proc in list((getattr(pool, "_processes", None) or {}).values()):  # before 3.14: by hand
        proc.terminate()
    pool.shutdown(wait=False, cancel_futures=True)


def _fd_room() -> int:
    """How many workers the open-file limit leaves room for (each costs a handful of pipes)."""
    try:
        import resource

        soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    except (ImportError, OSError, ValueError):
        return 1 << 16
    if soft == resource.RLIM_INFINITY:
        return 1 << 16
    return max(1, (soft - 32) // 8)


def _worker_init(parent: int) -> None:
    """In each worker: die with the parent. Linux: PR_SET_PDEATHSIG (the kernel sends SIGKILL when the
    parent goes); everywhere: a daemon thread that exits when getppid() is no longer the parent.
    Ctrl-C, which reaches the whole process group, is ignored: the parent keeps what is parsed and
    stops the workers (`_stop_workers`); in a worker it would only print a KeyboardInterrupt traceback."""
    import signal
    import threading
    import time

    signal.signal(signal.SIGINT, signal.SIG_IGN)

    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="digest-parent-watch", daemon=True).start()


COLUMN_TAGS_LEAST = 2  # titles that open with a column's tag before the tags are read as the columns


def column_tags(entries: list[Entry]) -> None:
    """An issue whose items print their column's tag before their titles (`【督查动态】县委书记某某带队督导…`,
    `【专项督查】…`; `text.COLUMN_TAG`), two of them or more: each such title loses its tag, which is the
    entry's section where the 目录 or a heading gave none. One tagged title alone (a list page's row
    `【乡镇动态】某镇：…`) keeps it: that is how the page titles that row."""
    tagged = [(e, m) for e in entries if e.title and (m := COLUMN_TAG.match(e.title))]
    if len(tagged) < COLUMN_TAGS_LEAST:
        return
    for e, m in tagged:
        e.title = e.title[m.end():].strip()
        if not e.section:
            e.section = m.group("t").strip()


def parse_source(src: Source, year: int | None = None, persons: bool = True,
                 names_file: str | Path | None = None, scorer: bool = False) -> ParseResult:
    """Parse one decoded source into an issue and its entries. `persons`: recognize the people
    named (the rules of digest.persons, with the statistical scorer reading only the spans at their
    weak anchors and adding those at WEAK_FLOOR or more: 1.5-2.7 MB/s as the machine's load varies); `scorer`: instead, the
    scorer reads every span and adds the names it is sure of (probability SCORER_FLOOR or more) that
    overlap none of the rules' (digest.namemodel: more recall on bare names, about 0.25 MB/s)."""
    from digest import align, fields, toc

    read, printed = _as_simplified(src)
    seal = seal_lines(read.lines)  # (lines an OCR made of a seal: no blocks, named in the issue's furniture below)
    blocks = split_columns(to_blocks(read.lines, seal=seal))  # (two columns side by side: one after the other)
    sig = mail_signature(blocks)  # (an issue forwarded in an e-mail: the sender's signature after `--` is none of it)
    signature, blocks = (blocks[sig:], blocks[:sig]) if sig is not None else ([], blocks)
    contents = toc.find_toc(blocks)
    if contents is not None and contents.items:
        result = align.parse_with_toc(read, blocks, contents)
        layout = "toc"
    else:
        from digest import newspaper

        result = newspaper.parse_newspaper(read, blocks, year=year)
        layout = result.issue.layout or "newspaper"
    issue = result.issue
    issue.layout = layout
    if signature:
        issue.meta["signature_lines"] = [b.line for b in signature]
    if seal:  # (the lines `to_blocks` left out)
        numbers = sorted(k + 1 for k in seal)
        issue.meta["furniture_lines"] = sorted({*issue.meta.get("furniture_lines", []), *numbers})
        shown = ", ".join(str(n) for n in numbers)
        issue.warnings.append(f"lines {shown}: marks an OCR made of a seal stamped on the page, left out of the entries")
    _drop_wordless(result)
    column_tags(result.entries)
    evidence = fields.assign_dates(result.entries, issue, read.text, year=year)
    if evidence is not None and evidence.source == "content" and not evidence.strong and evidence.year is not None:
        result.problems.append(Problem(evidence.lines.get(evidence.year, 1), "year-weak",
                                       f"year {evidence.year} taken from weak evidence, {evidence.describe()}: "
                                       "pass --year if it is wrong"))
    for e in result.entries if evidence is not None else ():  # (a newspaper's own stages report its dates)
        for w in e.warnings:
            if "does not exist" in w:
                result.problems.append(Problem(e.line_start, "bad-date", w.split(": ", 1)[-1] + f": {e.title}"))
            elif "is after the issue date" in w:
                result.problems.append(Problem(e.line_start, "date-after-issue", w.split(": ", 1)[-1] + f": {e.title}"))
    if printed:
        _write_as_printed(result, printed)
    if not issue.issue_id:
        titles = [it.title for it in contents.items] if layout == "toc" and contents is not None else \
            [e.title for e in result.entries]
        issue.issue_id = make_issue_id(issue, content_hash(src, result.entries), titles)
    if persons:
        from digest import persons as person_mod

        person_mod.annotate(result.entries, names_file=names_file, model=scorer,
                            add_only=SCORER_FLOOR if scorer else None, weak=WEAK_FLOOR,
                            clauses=layout != "toc", captions=_extra_text_by_entry(result))
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


# a credit naming a unit alone (`（沙马村）`, `供稿：国家统计局某调查队`): no person in it
_UNIT_VALUE = regex.compile(r"^[\p{Han}()（）·]{2,30}(?:" + UNIT_ENDS + r"|村|镇|乡|街道|社区|部|队|组|馆|社|台|厂)$")


_ROLE_WORD = regex.compile(r"(?:记者|通讯员|实习生|摄影师|编辑)$")
_WRITER_LABELS = frozenset({"撰稿", "执笔", "作者", "文", "图", "文/图", "图/文", "文字", "整理", "初稿", "剪辑", "后期", "摄像", "视频", "提案者", "提案人"})


def _names_someone(label: str, value: str) -> bool:
    """Does a contributor's credit name a person: a name after the unit (`供稿：马坪镇　冼秀英`), or a writer's
    label over one word that is no unit (`撰稿：林小满`; `供稿：安全股`, `来源：某某融媒` name units)?"""
    parts = value.split()
    if len(parts) > 1:
        return True
    return label in _WRITER_LABELS and not _UNIT_VALUE.match(value.strip())


def _name_part(value: str) -> str:
    """A credit's value less the unit or role before its names (`马坪镇　冼秀英`, `融媒记者　某某` -> the name): no
    one's name."""
    parts = join_spaced_names(value).split()  # (a name letter-spaced: `杨 某 怡` is one)
    while len(parts) > 1 and (_UNIT_VALUE.match(parts[0]) or _ROLE_WORD.search(parts[0])):
        parts = parts[1:]  # (and a role before the names: `融媒记者　某某`)
    return " ".join(parts)


def _extra_text_by_entry(result: ParseResult) -> dict[int, list[str]]:
    """The photo captions and an article's notes (issue.meta["captions"], ["notes"], newspaper layout)
    printed in each entry's lines, by the entry's index; and the contact or writer an entry's closing line
    names (`联络人：某某　电话：…`, `（撰稿：某科　某某）`, issue.meta["entry_credits"]), a person of the entry though
    no text of it."""
    captions = [*(result.issue.meta.get("captions") or ()), *(result.issue.meta.get("notes") or ())]
    contacts = [c for c in result.issue.meta.get("entry_credits") or () if c.get("kind") == "contact" or (
        c.get("kind") == "contributor" and _names_someone(str(c.get("label", "")), str(c.get("value", ""))))
        or (c.get("kind") == "writer" and c.get("label") == "撰稿")]  # (`（某乡　某某）`: the unit's writer)
    if not captions and not contacts:
        return {}
    out: dict[int, list[str]] = {}
    starts = [e.line_start for e in result.entries]
    for c in captions:
        k = bisect.bisect_right(starts, c["line"]) - 1
        if k >= 0 and c["line"] <= result.entries[k].line_end:
            out.setdefault(k, []).append(c["text"])
    for c in contacts:  # (by the line its entry starts at)
        k = bisect.bisect_left(starts, c["entry_line"])
        if k < len(starts) and starts[k] == c["entry_line"]:
            out.setdefault(k, []).append(f"{c['label']}：{_name_part(str(c['value']))}")
    return out


def _as_simplified(src: Source) -> tuple[Source, PrintedForms | None]:
    """A text in traditional characters (text.looks_traditional, or for a short one
    text.short_and_traditional) is laid out from its simplified
    form, one character for one (text.simplified): every word the layout rules know (訊 as 讯, 本報 as
    本报, 時強調 as 时强调, 目錄 as 目录) is then known in both. What is read is written back as printed
    (`_write_as_printed`). Returns (the source to read, the map back or None)."""
    from dataclasses import replace

    from digest.text import looks_traditional, short_and_traditional, simplified

    # a short text may hold none of the commonest characters (`本報訊(記者 林川)…青禾鎮舉辦…`): two
    # traditional characters of any kind then tell (text.short_and_traditional)
    traditional = looks_traditional(src.text) or short_and_traditional(src.text)
    if not traditional and _OCR_FIRST_ORDINAL.search(src.text) is None:
        return src, None
    # (and an OCR's bar or dash for the 一 of a first heading, `―、我镇召开…`: read as 一、, printed as it was)
    shadow = [_OCR_FIRST_ORDINAL.sub(r"\1一", simplified(line) if traditional else line) for line in src.lines]
    printed = PrintedForms(src.lines, shadow)
    if not printed:
        return src, None
    return replace(src, text=_OCR_FIRST_ORDINAL.sub(r"\1一", simplified(src.text) if traditional else src.text),
                   lines=shadow), printed


_OCR_FIRST_ORDINAL = regex.compile(r"(?m)^([ \t\u3000]*)[―ー](?=[、．.][ \t\u3000]*\p{Han})")


def _write_as_printed(result: ParseResult, printed: PrintedForms) -> None:
    """Every string read from the simplified form written back in the characters the text prints:
    an entry's fields from its own lines (a title's and kicker's from a few lines before it too),
    the issue's and the warnings' with the text's commonest forms."""
    for e in result.entries:
        head = max(1, e.line_start - 3)
        e.text = printed.restore(e.text, e.line_start, e.line_end) or ""
        e.title = printed.restore(e.title, head, e.line_end) or ""
        e.kicker = printed.restore(e.kicker, head, e.line_end)
        e.subtitle = printed.restore(e.subtitle, head, e.line_end)
        e.byline = printed.restore(e.byline, e.line_start, e.line_end)
        e.section = printed.restore(e.section)
        e.subsection = printed.restore(e.subsection)
        e.toc_title = printed.restore(e.toc_title)
        e.warnings = [printed.restore(w) or "" for w in e.warnings]
    issue = result.issue
    issue.publication = printed.restore(issue.publication)
    issue.warnings = [printed.restore(w) or "" for w in issue.warnings]
    issue.meta = {k: _meta_as_printed(v, printed) for k, v in issue.meta.items()}
    for p in result.problems:
        p.message = printed.restore(p.message) or ""


def _meta_as_printed(v: object, printed: PrintedForms) -> object:
    """A value of issue.meta with its strings as printed: a {line, text} item's text from its line."""
    if isinstance(v, str):
        return printed.restore(v)
    if isinstance(v, list):
        return [_meta_as_printed(x, printed) for x in v]
    if isinstance(v, dict):
        line = v.get("line")
        if isinstance(line, int) and isinstance(v.get("text"), str):
            return {**v, "text": printed.restore(v["text"], line, line)}
        return {k: _meta_as_printed(x, printed) for k, x in v.items()}
    return v


WORDLESS_SHOWN = 12  # line numbers named in the one warning about records without words


def _drop_wordless(result: ParseResult) -> None:
    """Records whose title and text carry no word (lines of only dots, dashes, punctuation, digits:
    `……`, `———`, `12.`) are never entries of their own, on any layout: they are left out, with ONE
    issue warning naming the first lines and how many, and a `no-words` problem for `digest check`."""
    from digest.text import has_words

    kept = [e for e in result.entries if has_words(e.title) or has_words(e.text)]
    if len(kept) == len(result.entries):
        return
    lines = [e.line_start for e in result.entries if not (has_words(e.title) or has_words(e.text))]
    result.entries = kept
    shown = ", ".join(str(n) for n in lines[:WORDLESS_SHOWN]) + (" …" if len(lines) > WORDLESS_SHOWN else "")
    msg = (f"line {lines[0]}: {len(lines)} record(s) of lines with no words (only dots, dashes, punctuation, "
           f"digits) left out, at lines {shown}" + ("; no entries remain" if not kept else ""))
    result.issue.warnings.append(msg)
    result.problems.append(Problem(lines[0], "no-words", msg))


def content_hash(src: Source, entries: list[Entry] | None = None) -> str:
    """Hash of what the issue says, not how it was laid out: the words (letters, digits, Han; width folded)
    of its entries' titles and texts, or of the whole text when no entry was found. The same issue as
    text, PDF, Word or HTML, in any encoding and with any line ends, markup or page furniture, gets the
    same hash; a different issue (another city's digest of the same month) a different one."""
    import hashlib

    from digest.text import nfkc

    if entries:
        text = "\n".join(f"{e.title}\n{e.text}" for e in entries)
    else:
        text = "\n".join(src.lines)
    words = "".join(_WORD.findall(nfkc(text).casefold()))
    return hashlib.sha256(words.encode("utf-8")).hexdigest()


def make_issue_id(issue: Issue, text_hash: str | None = None, titles: list[str] | None = None) -> str:
    """Identity from content, not path (the rules: digest.identity, README "Identity"): publication +
    issue date + printed issue number (`梧桐政务信息-2024-05-no21`), a newspaper page after the first
    (`-p2`), a web page's first title hashed (`青山区人民政府-2025-09-02-3f…`); without a publication,
    `digest-2023-11-<hash of the 目录's or entries' titles>`. Two different issues never get the same
    id; the same issue under any name or encoding, or corrected in its body, always gets the same one.
    `text_hash` (content_hash) stands in when there are no titles; a text without words is named by
    its bytes (issue.sha256), so wordless files never share one id."""
    from digest.identity import make_id

    empty_words = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"  # sha256(b"")
    h = text_hash if text_hash and text_hash != empty_words else (issue.sha256 or text_hash or "")
    return make_id(issue, titles or [], h)
