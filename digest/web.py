"""`digest serve`: a local, read-only web page over the store (Flask + Jinja2).

Pages (every listing also answers `?format=json` with the bytes the command line prints):

    /                    overview: entries per month (SVG chart), sections, most named persons, issues
                         json: `digest stats --json`
    /search              search box and every filter; matches highlighted; date order or relevance
                         json: `digest search TERMS --json` (no q: `digest list --json`)
    /entry/<id>          one entry in full, its issue, source lines, neighbouring entries
                         json: `digest show ID --json`
    /issues              the issues (with filters: those with matches, and how many)
                         json: `digest issues --json`
    /issue/<issue_id>    the issue as printed: its 目录 with the entries that match the filters,
                         masthead facts, warnings, the check report from what is stored
                         json: `digest list --issue ID --json`
    /sections            entry counts per section/subsection; json: `digest sections --json`
    /people              people named; json: `digest people --json`
    /person/<name>       timeline, entries per month (SVG chart), people who appear with them,
                         roles over time; json: `digest people NAME --json`
    /person/<name>/with  json and page: `digest people NAME --with --json`

Query parameters are the command line's filters: q (search terms, split at whitespace like the
shell's words; repeatable), date, month, year, since, until, section, subsection, person
(repeatable), issue, kind, limit, regex=1, title=1; plus order=date|relevance, page=N and
format=html|json. Every filter state is therefore a URL. Unknown parameters and bad values give a
400 page naming the reason (never a traceback).

Filtering is `digest.query` (Filters.build, scan, select and the count functions), so the index is
used whenever it is fresh, exactly as on the command line. The server only reads: the store is opened
per request (Store objects cache the file list), the index is opened read-only by digest.index, and
nothing is written anywhere under the store. Aggregate pages (overview, people, sections, issues)
are cached in memory per store state (the entries files' names, inodes, sizes and mtimes).
"""

from __future__ import annotations

import dataclasses
import heapq
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from itertools import chain
from pathlib import Path
from typing import Any

import orjson
from flask import Flask, Response, g, render_template, request, url_for
from markupsafe import Markup, escape
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import BadRequest, HTTPException, InternalServerError, NotFound

from digest import people as pm
from digest.query import (
    KINDS,
    FilterError,
    Filters,
    find,
    issue_counts,
    packed_key,
    read_keys,
    scan,
    section_counts,
    select,
    sort_key,
    stats,
)
from digest.store import Store, Stored, StoreError

PAGE_SIZE = 50
TIMELINE_SIZE = 200
FILTER_PARAMS = ("q", "date", "month", "year", "since", "until", "section", "subsection", "person",
                 "issue", "kind", "limit", "regex", "title")
VIEW_PARAMS = ("order", "page", "format")
ORDERS = ("date", "relevance")
FORMATS = ("html", "json")
JSON_LINES = "application/x-ndjson; charset=utf-8"
JSON_ONE = "application/json; charset=utf-8"


# -- parameters ------------------------------------------------------------------------------------


def _bad(msg: str) -> BadRequest:
    return BadRequest(description=msg)


def _int(args: MultiDict, name: str, lo: int | None = None, hi: int | None = None) -> int | None:
    raw = (args.get(name) or "").strip()
    if not raw:
        return None
    try:
        n = int(raw)
    except ValueError:
        raise _bad(f"{name} must be a whole number, not {raw!r}") from None
    if (lo is not None and n < lo) or (hi is not None and n > hi):
        raise _bad(f"{name} must be {lo}-{hi}, not {n}" if hi is not None else f"{name} must be {lo} or more, not {n}")
    return n


def _flag(args: MultiDict, name: str) -> bool:
    raw = (args.get(name) or "").strip().lower()
    if raw in ("", "0", "false", "no", "off"):
        return False
    if raw in ("1", "true", "yes", "on"):
        return True
    raise _bad(f"{name} must be 1 or 0, not {raw!r}")


def check_params(args: MultiDict, allowed: Iterable[str]) -> None:
    """400 for a parameter the page does not know (a typo would otherwise be silently ignored)."""
    known = set(allowed)
    for name in args:
        if name not in known:
            raise _bad(f"unknown parameter {name!r} (known: {', '.join(sorted(known))})")


def filters_from(args: MultiDict, allowed: Iterable[str] = FILTER_PARAMS + VIEW_PARAMS) -> Filters:
    """The `Filters` of a query string, built by `Filters.build` like the command line's options.

    Empty values count as absent (a submitted form sends every field). Raises BadRequest."""
    check_params(args, allowed)
    terms = [t for v in args.getlist("q") for t in v.split()]
    persons = [p.strip() for p in args.getlist("person") if p.strip()]
    try:
        return Filters.build(
            date=_str(args, "date"), month=_int(args, "month"), year=_int(args, "year", 1, 9999),
            since=_str(args, "since"), until=_str(args, "until"), section=_str(args, "section"),
            subsection=_str(args, "subsection"), persons=persons, issue=_str(args, "issue"),
            kind=_str(args, "kind"), limit=_int(args, "limit", 0), terms=terms,
            regex=_flag(args, "regex"), title_only=_flag(args, "title"))
    except FilterError as exc:
        raise _bad(str(exc)) from None


def _str(args: MultiDict, name: str) -> str | None:
    v = (args.get(name) or "").strip()
    return v or None


def _view(args: MultiDict) -> tuple[str, int, str]:
    order = (args.get("order") or "date").strip()
    if order not in ORDERS:
        raise _bad(f"order must be one of {', '.join(ORDERS)}, not {order!r}")
    page = _int(args, "page", 1) or 1
    fmt = (args.get("format") or "html").strip()
    if fmt not in FORMATS:
        raise _bad(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    return order, page, fmt


# -- queries ---------------------------------------------------------------------------------------


def relevance(rec: dict[str, Any], filters: Filters) -> tuple[int, int, int]:
    """How well an entry matches the search terms, compared as a tuple: matches in the title first
    (an entry with the term in its title outranks any number of mentions in a text), then in the
    persons, then in the text (the same match spans as the highlighting)."""
    title = len(filters.spans(str(rec.get("title") or "")))
    people = sum(len(filters.spans(str(p))) for p in rec.get("persons") or ())
    text = len(filters.spans(str(rec.get("text") or "")))
    return title, people, text


def page_of(store: Store, filters: Filters, order: str, start: int, count: int) -> tuple[int, list[Stored]]:
    """(number of matches, the matches start..start+count) in date order or by relevance.

    The matches are `digest.query.scan`'s (the index when fresh); `filters.limit` caps the total
    like the command line's --limit. Date order keeps one small key per match (`packed_key`) and
    reads back only the page, as `digest.query.select` does."""
    limit = filters.limit
    if order == "relevance" and filters.terms:
        scored = [(tuple(-n for n in relevance(s.record, filters)), sort_key(s.record), i, s)
                  for i, s in enumerate(scan(store, filters))]
        total = len(scored) if limit is None else min(limit, len(scored))
        best = heapq.nsmallest(min(total, start + count), scored)
        return total, [row[3] for row in best[start:]]
    keys = [packed_key(s.record, s.file_no, s.offset, s.line, len(s.raw))
            for s in scan(store, filters, partial=True)]
    total = len(keys) if limit is None else min(limit, len(keys))
    wanted = heapq.nsmallest(min(total, start + count), keys)[start:]
    return total, list(read_keys(store, wanted))


class _IssueStore(Store):
    """The store seen through one issue's entries file: queries read that file only."""

    def __init__(self, store: Store, issue_id: str) -> None:
        super().__init__(store.path, on_warning=store.warn)
        path = store.entries_path(issue_id)
        self._files = [path] if path.is_file() else []


def issue_view(store: Store, issue_id: str) -> Store:
    """A read-only view of `store` holding only the entries file of `issue_id` (empty if absent)."""
    return _IssueStore(store, issue_id)


def stored_check(issue: dict[str, Any], entries: list[dict[str, Any]]) -> dict[str, Any]:
    """`digest check`'s report as far as the store keeps it: 目录 lines matched, entries, and the
    warnings the parse recorded (issue and entries) with their line numbers, each a "problem" or,
    for title drift between the 目录 and the body (what `check` tolerates), a "note". (The share of
    body text assigned to entries is not stored: `digest check FILE` on the source measures it.)"""
    problems = []
    for w in issue.get("warnings") or ():
        problems.append({"line": _line_of(w), "message": str(w), "entry": None, "severity": _severity(w)})
    for e in entries:
        for w in e.get("warnings") or ():
            problems.append({"line": _line_of(w) or e.get("line_start"), "message": str(w), "entry": e.get("id"),
                             "severity": _severity(w)})
    problems.sort(key=lambda p: (p["line"] or 0))
    toc_lines = int(issue.get("toc_count") or 0)
    matched = int(issue.get("toc_matched") or 0)
    real = [p for p in problems if p["severity"] == "problem"]
    return {"source": issue.get("source"), "issue_id": issue.get("issue_id"), "layout": issue.get("layout"),
            "toc_lines": toc_lines, "toc_matched": matched, "entries": len(entries),
            "problems": problems, "n_problems": len(real), "n_notes": len(problems) - len(real),
            "clean": not real and matched == toc_lines}


def _severity(warning: object) -> str:
    # the one kind `digest check` reports as a note (digest.model.Problem.severity): OCR drift of a title
    return "note" if "title differs from" in str(warning) else "problem"


def _line_of(warning: object) -> int | None:
    import re

    m = re.match(r"\s*lines? (\d+)", str(warning))
    return int(m.group(1)) if m else None


def roles_over_time(records: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    """The roles printed with `name` in `records` (in date order, as `select` gives them), in the
    order they first appear: {role, first, last, entries}; entries without a role for them are left out."""
    rows: dict[str, dict[str, Any]] = {}
    for rec in records:
        roles = rec.get("roles") or {}
        role = roles.get(name) if isinstance(roles, dict) else None
        if not role:
            continue
        d = rec.get("date") or rec.get("issue_date")
        row = rows.setdefault(str(role), {"role": str(role), "first": d, "last": d, "entries": 0})
        row["entries"] += 1
        if d:
            row["first"] = row["first"] or d
            row["last"] = d
    return list(rows.values())


# -- rendering helpers -----------------------------------------------------------------------------


def highlight(text: str, filters: Filters | None) -> Markup:
    """`text` escaped, the search matches wrapped in <mark>."""
    if not text:
        return Markup("")
    if filters is None or not filters.terms:
        return escape(text)
    out = []
    at = 0
    for s, e in filters.spans(text):
        out.append(escape(text[at:s]))
        out.append(Markup("<mark>") + escape(text[s:e]) + Markup("</mark>"))
        at = e
    out.append(escape(text[at:]))
    return Markup("").join(out)


def snippet(text: str, filters: Filters | None, before: int = 40, after: int = 110) -> Markup:
    """The text around the first match (or its start), highlighted."""
    flat = " ".join((text or "").split("\n"))
    spans = filters.spans(flat) if filters is not None and filters.terms else []
    lo = max(0, spans[0][0] - before) if spans else 0
    hi = min(len(flat), lo + before + after)
    piece = highlight(flat[lo:hi], filters)
    return (Markup("…") if lo else Markup("")) + piece + (Markup("…") if hi < len(flat) else Markup(""))


def bar_svg(rows: list[tuple[str, int]], label: str, height: int = 170,
            link: Callable[[str], str] | None = None) -> Markup:
    """A bar chart of (month, count) rows as inline SVG (no script, no CDN): one bar a month, at most
    six month labels, the largest count at the top left, each bar's count as its tooltip.

    Horizontal positions are percentages of the page's width and vertical ones pixels, so the chart
    fills any width (a phone's too) while its text keeps its size. With `link`, each bar links to
    `link(month)` (the entries of that month)."""
    if not rows:
        return Markup("")
    n = len(rows)
    top = max(c for _, c in rows) or 1
    plot_top, base = 18, height - 22
    slot = 100 / n
    parts = [f'<svg class="chart" role="img" width="100%" height="{height}" aria-label="{escape(label)}" '
             f'data-bars="{n}" data-max="{top}">',
             f'<text x="0" y="11" class="axis">{top} max</text>',
             f'<line x1="0" y1="{base + 0.5}" x2="100%" y2="{base + 0.5}" class="base"/>']
    step = max(1, -(-n // 6))
    for i, (key, c) in enumerate(rows):
        h = round(c * (base - plot_top) / top, 1)
        x = round(i * slot + slot * 0.1, 3)
        bar = (f'<rect class="bar" x="{x}%" y="{round(base - h, 1)}" width="{round(slot * 0.8, 3)}%" '
               f'height="{h}"><title>{escape(key)}: {c}</title></rect>')
        parts.append(f'<a href="{escape(link(key))}">{bar}</a>' if link is not None and c else bar)
        if i == n - 1 and n > 1:  # the last month, right-aligned to the edge
            parts.append(f'<text x="100%" y="{height - 5}" class="axis" text-anchor="end">{escape(key)}</text>')
        elif i % step == 0 and n - 1 - i >= step * 0.7:
            parts.append(f'<text x="{round(i * slot, 3)}%" y="{height - 5}" class="axis">{escape(key)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


# -- the application -------------------------------------------------------------------------------


class _Cache:
    """A small LRU of computed aggregates, keyed by request and store state (thread-safe)."""

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self.data: OrderedDict[Any, Any] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: Any, make: Callable[[], Any]) -> Any:
        with self.lock:
            if key in self.data:
                self.data.move_to_end(key)
                return self.data[key]
        value = make()
        with self.lock:
            self.data[key] = value
            while len(self.data) > self.size:
                self.data.popitem(last=False)
        return value


def store_state(store: Store) -> tuple:
    """What changes when an issue is added, replaced or removed: the entries files and their stats."""
    try:
        with os.scandir(store.entries_dir) as it:
            return tuple(sorted((e.name, e.inode(), e.stat().st_mtime_ns, e.stat().st_size)
                                for e in it if e.name.endswith(".jsonl") and not e.name.startswith(".")))
    except (FileNotFoundError, NotADirectoryError):
        return ()


def create_app(store_path: str | Path | None = None) -> Flask:
    """The web application over the store at `store_path` (None: the default store). Read-only."""
    app = Flask(__name__)
    app.config["DIGEST_STORE"] = Path(store_path).expanduser() if store_path is not None else None
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    cache = _Cache()

    def open_store(filters: Filters | None = None) -> Store:
        """The store (StoreError: the 500 page below says why); with an issue filter, the view of
        that issue's file only: the same entries (an issue's entries all live in its own file) without
        looking through the others, which the index cannot skip for an issue filter alone."""
        st = Store.open(app.config["DIGEST_STORE"])
        return issue_view(st, filters.issue) if filters is not None and filters.issue else st

    def cached(st: Store, name: str, make: Callable[[], Any]) -> Any:
        if "store_state" not in g:
            g.store_state = store_state(st)  # once a request: one stat per entries file
        key = (name, request.path, tuple(sorted(request.args.items(multi=True))), g.store_state)
        return cache.get(key, make)

    def month_link(**extra: str) -> Callable[[str], str]:
        """month -> the search page of that month's entries, under the current filters."""
        def link(month: str) -> str:
            args = query_args(**extra)
            args.pop("date", None)
            return url_for("search", **args, date=month)
        return link

    @app.template_global()
    def url_with(**changes: Any) -> str:
        """The current URL with some parameters changed (None removes one); page resets to 1."""
        args = MultiDict(request.args)
        if "page" not in changes:
            args.pop("page", None)
        for k, v in changes.items():
            args.pop(k, None)
            if v is not None and v != "":
                args[k] = v
        return url_for(request.endpoint or "overview", **(request.view_args or {}),
                       **{k: args.getlist(k) for k in args})

    @app.template_global()
    def query_args(**extra: Any) -> dict[str, Any]:
        """The current filter parameters (for links to other pages keeping the same filters)."""
        out: dict[str, Any] = {k: request.args.getlist(k) for k in request.args if k in FILTER_PARAMS}
        out.update({k: v for k, v in extra.items() if v is not None})
        return out

    @app.template_global()
    def active_filters() -> list[tuple[str, str, str]]:
        """(parameter, value, URL without it) for each filter given in the query string."""
        out = []
        for k, v in request.args.items(multi=True):
            if k in FILTER_PARAMS and v.strip():
                rest = MultiDict([(a, b) for a, b in request.args.items(multi=True) if (a, b) != (k, v) and a != "page"])
                out.append((k, v, url_for(request.endpoint or "overview", **(request.view_args or {}),
                                          **{a: rest.getlist(a) for a in rest})))
        return out

    app.jinja_env.filters["highlight"] = highlight
    app.jinja_env.filters["snippet"] = snippet
    app.jinja_env.globals.update(KINDS=KINDS, PAGE_SIZE=PAGE_SIZE)

    def json_lines(rows: Iterable[bytes]) -> Response:
        """Streamed JSON lines; the first line is read here, so an error before it is a normal error page."""
        it = iter(rows)
        first = next(it, None)
        if first is None:
            return Response(b"", mimetype=JSON_LINES)
        return Response(chain([first + b"\n"], (r + b"\n" for r in it)), mimetype=JSON_LINES)

    def dumps_lines(rows: Iterable[Any]) -> Response:
        return Response(b"".join(orjson.dumps(r) + b"\n" for r in rows), mimetype=JSON_LINES)

    @app.after_request
    def headers(resp: Response) -> Response:
        # everything comes from this server: no CDN, no font or script from elsewhere (works offline)
        resp.headers.setdefault("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; "
                                "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'")
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        return resp

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Any:
        if request.args.get("format") == "json":  # scripts get the reason as JSON
            body = orjson.dumps({"error": exc.description, "status": exc.code}) + b"\n"
            return Response(body, status=exc.code or 500, mimetype=JSON_ONE)
        return render_template("error.html", code=exc.code, name=exc.name,
                               reason=exc.description, suggestions=getattr(exc, "suggestions", [])), exc.code or 500

    @app.errorhandler(StoreError)
    def store_error(exc: StoreError) -> Any:
        return http_error(InternalServerError(description=str(exc)))

    @app.errorhandler(Exception)
    def unexpected(exc: Exception) -> tuple[str, int]:
        app.logger.exception("unexpected error")
        return render_template("error.html", code=500, name="Internal error",
                               reason=f"the page could not be made ({type(exc).__name__}); see the server's log",
                               suggestions=[]), 500

    @app.route("/")
    def overview() -> Any:
        filters = filters_from(request.args)
        _order, _page, fmt = _view(request.args)
        st = open_store(filters)
        d = cached(st, "stats", lambda: stats(st, filters))
        if fmt == "json":
            return dumps_lines([d])
        unlimited = dataclasses.replace(filters, limit=None)
        months = cached(st, "months", lambda: pm.month_counts(s.record for s in scan(st, unlimited, partial=True)))
        secs = cached(st, "sections", lambda: section_counts(st, unlimited))
        iss = cached(st, "issues", lambda: issue_counts(st, unlimited))
        return render_template("overview.html", d=d, chart=bar_svg(months, "entries per month", link=month_link()), months=months,
                               sections=_section_groups(secs), issues=iss[-12:][::-1], n_issues=len(iss),
                               filters=filters, store=st, index=_index_state(st))

    @app.route("/search")
    def search() -> Any:
        filters = filters_from(request.args)
        order, page, fmt = _view(request.args)
        st = open_store(filters)
        if fmt == "json":
            if order == "relevance" and filters.terms:
                _n, rows = page_of(st, filters, order, 0, 1 << 62)
                return json_lines(s.raw for s in rows)
            return json_lines(s.raw for s in select(st, filters, decode=False))
        total, rows = page_of(st, filters, order, (page - 1) * PAGE_SIZE, PAGE_SIZE)
        pages = max(1, (total + PAGE_SIZE - 1) // PAGE_SIZE)
        if page > pages:
            raise _bad(f"page {page} is past the last page ({pages})")
        return render_template("search.html", filters=filters, rows=[s.record for s in rows], total=total,
                               page=page, pages=pages, order=order, args=request.args, store=st)

    @app.route("/entry/<entry_id>")
    def entry(entry_id: str) -> Any:
        filters = filters_from(request.args, ("q", "regex", "title", "issue", "format"))
        _order, _page, fmt = _view(request.args)
        st = open_store()
        where = issue_view(st, filters.issue) if filters.issue else st
        try:
            found = find(where, entry_id)
            if not found and filters.issue:
                found = find(st, entry_id)  # a stale issue hint: look everywhere
        except FilterError as exc:
            raise _bad(str(exc)) from None
        if not found:
            raise NotFound(f"no entry with id {entry_id!r}")
        if len(found) > 1:
            ids = ", ".join(sorted(r["id"] for r in found)[:5])
            raise _bad(f"id {entry_id!r} is ambiguous: {ids} ...")
        rec = found[0]
        if fmt == "json":
            return dumps_lines([rec])
        issue_id = str(rec.get("issue_id") or "")
        siblings = sorted((s.record for s in issue_view(st, issue_id).records()),
                          key=lambda r: r.get("seq") or 0)
        pos = next((i for i, r in enumerate(siblings) if r.get("id") == rec.get("id")), 0)
        before, after = siblings[max(0, pos - 3):pos], siblings[pos + 1:pos + 4]
        return render_template("entry.html", e=rec, filters=filters, before=before, after=after,
                               n_issue=len(siblings), store=st)

    def counted(name: str, make: Callable[[Store, Filters], list[Any]]) -> tuple[Filters, Store, list[Any], str]:
        """A table page's request: its filters, the store, the rows (cached, cut at --limit), the format."""
        filters = filters_from(request.args)
        _order, _page, fmt = _view(request.args)
        st = open_store(filters)
        rows = cached(st, name, lambda: make(st, filters))
        return filters, st, rows if filters.limit is None else rows[: filters.limit], fmt

    @app.route("/issues")
    def issues() -> Any:
        filters, st, rows, fmt = counted("issues", issue_counts)
        if fmt == "json":
            return dumps_lines(iss for iss, _ in rows)
        return render_template("issues.html", rows=rows, filters=filters, filtered=not filters.is_empty(), store=st)

    @app.route("/issue/<path:issue_id>")
    def issue(issue_id: str) -> Any:
        filters = filters_from(request.args)
        _order, _page, fmt = _view(request.args)
        if filters.issue and filters.issue != issue_id:
            raise _bad(f"issue={filters.issue!r} contradicts the page's issue {issue_id!r}")
        st = open_store()
        view = issue_view(st, issue_id)
        if not view.entry_files():
            raise NotFound(f"no issue {issue_id!r} in the store (see /issues)")
        mine = dataclasses.replace(filters, issue=issue_id)
        if fmt == "json":
            return json_lines(s.raw for s in select(view, mine, decode=False))
        entries = sorted((s.record for s in view.records()), key=lambda r: r.get("seq") or 0)
        filtered = not dataclasses.replace(filters, limit=None).is_empty()
        matched = ({s.record["id"] for s in scan(view, dataclasses.replace(mine, limit=None))}
                   if filtered else set())
        rec = st.issue_for(view.entry_files()[0]).to_dict()
        return render_template("issue.html", iss=rec, toc=_toc_groups(entries), entries=entries,
                               matched=matched, filtered=filtered,
                               check=stored_check(rec, entries), filters=filters, store=st,
                               meta=_meta_rows(rec.get("meta") or {}, rec))

    @app.route("/sections")
    def sections() -> Any:
        filters, st, rows, fmt = counted("sections", section_counts)
        if fmt == "json":
            return dumps_lines(rows)
        return render_template("sections.html", groups=_section_groups(rows), filters=filters, store=st)

    @app.route("/people")
    def people() -> Any:
        filters, st, rows, fmt = counted("people", lambda st, f: pm.people_rows(
            s.record for s in scan(st, dataclasses.replace(f, limit=None))))
        if fmt == "json":
            return dumps_lines(rows)
        return render_template("people.html", rows=rows[:500], n=len(rows), filters=filters, store=st)

    def _person_records(st: Store, name: str, filters: Filters) -> list[dict[str, Any]]:
        """`name`'s entries in `select`'s order (the same `packed_key`), decoded once: select would
        read and decode every match a second time, which doubles a page naming 50,000 entries."""
        mine = dataclasses.replace(filters, persons=[*filters.persons, name], limit=None)
        found = sorted(scan(st, mine), key=lambda s: packed_key(s.record, s.file_no, s.offset, s.line, len(s.raw)))
        if filters.limit is not None:
            found = found[: filters.limit]
        return [s.record for s in found]

    def _nobody(st: Store, name: str, filters: Filters, what: str) -> NotFound:
        known = [r["name"] for r in cached(st, "people-all", lambda: pm.people_rows(s.record for s in scan(st, filters)))]
        exc = NotFound(f"{what} {name}")
        exc.suggestions = [k for k in pm.suggest(name, known) if k != name]  # type: ignore[attr-defined]
        return exc

    @app.route("/person/<name>")
    def person(name: str) -> Any:
        filters = filters_from(request.args)
        _order, _page, fmt = _view(request.args)
        want = "".join(name.split())
        if not want:
            raise _bad("the person's name is empty")
        st = open_store(filters)
        if fmt == "json":
            recs = _person_records(st, want, filters)
            if not recs:
                raise _nobody(st, want, filters, "no entries name")
            return dumps_lines(recs)

        def view() -> dict[str, Any] | None:
            """What the page shows (small: the first entries only), kept in the cache: a person named
            in 100,000 entries of a big store takes seconds to read."""
            recs = _person_records(st, want, filters)
            if not recs:
                return None
            together = pm.companions(recs, want)
            return {"recs": recs[:TIMELINE_SIZE], "n": len(recs), "first": recs[0], "last": recs[-1],
                    "months": pm.month_counts(recs), "together": together[:30], "n_together": len(together),
                    "roles": roles_over_time(recs, want)}

        v = cached(st, "person", view)
        if v is None:
            raise _nobody(st, want, filters, "no entries name")
        return render_template("person.html", name=want, **v,
                               chart=bar_svg(v["months"], f"entries per month naming {want}",
                                             link=month_link(person=want)),
                               filters=dataclasses.replace(filters, limit=None), store=st)

    @app.route("/person/<name>/with")
    def person_with(name: str) -> Any:
        filters = filters_from(request.args)
        _order, _page, fmt = _view(request.args)
        want = "".join(name.split())
        if not want:
            raise _bad("the person's name is empty")
        st = open_store(filters)
        mine = dataclasses.replace(filters, persons=[*filters.persons, want], limit=None)
        rows = pm.companions((s.record for s in scan(st, mine)), want)
        if filters.limit is not None:
            rows = rows[: filters.limit]
        if fmt == "json":
            return dumps_lines(rows)
        if not rows and next(iter(scan(st, mine)), None) is None:
            raise _nobody(st, want, filters, "no entries name")
        return render_template("people.html", rows=rows, n=len(rows), filters=filters, store=st, with_=want)

    return app


def _section_groups(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """{section, count, subsections: [{subsection, count}]} from `section_counts` rows (order kept)."""
    groups: dict[Any, dict[str, Any]] = {}
    for r in rows:
        g = groups.setdefault(r["section"], {"section": r["section"], "count": 0, "subsections": []})
        g["count"] += r["count"]
        if r["subsection"]:
            g["subsections"].append({"subsection": r["subsection"], "count": r["count"]})
    out = list(groups.values())
    top = max((g["count"] for g in out), default=1) or 1
    for g in out:
        g["share"] = round(100 * g["count"] / top, 1)
    return out


def _toc_groups(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The issue's entries in body order, grouped into runs of the same section/subsection."""
    out: list[dict[str, Any]] = []
    for e in entries:
        key = (e.get("section"), e.get("subsection"))
        if not out or out[-1]["key"] != key:
            out.append({"key": key, "section": key[0], "subsection": key[1], "entries": []})
        out[-1]["entries"].append(e)
    return out


def _meta_rows(meta: dict[str, Any], issue: dict[str, Any]) -> list[tuple[str, str]]:
    """The masthead facts in `meta` not already shown as the issue's own fields."""
    rows = []
    for k, v in meta.items():
        if k in issue and str(issue[k]) == str(v) or k == "date" and str(v) == str(issue.get("issue_date")):
            continue
        text = "、".join(str(x) for x in v) if isinstance(v, list) else str(v)
        rows.append((k, text if len(text) <= 160 else text[:160] + "…"))
    return rows


def _index_state(st: Store) -> str:
    from digest import index

    try:
        s = index.status(st)
    except Exception:  # noqa: BLE001 - the footer must not break the page
        return "unknown"
    if s.fresh:
        return f"fresh ({s.entries:,} entries)"
    return "stale: queries scan the store" if s.exists else "none: queries scan the store"


def serve(store_path: str | Path | None, host: str = "127.0.0.1", port: int = 8000,
          on_ready: Callable[[], None] | None = None) -> None:
    """Serve the pages on host:port until interrupted (werkzeug's threaded WSGI server; one thread a
    request); returns after Ctrl-C. Raises OSError when the address cannot be bound (port in use,
    no permission). `on_ready()` is called once the address is bound, before the first request."""
    import socket
    import sys

    from werkzeug import serving
    from werkzeug.serving import make_server

    if hasattr(serving, "_log_add_style"):  # colour the access log only on a terminal, and not with NO_COLOR
        serving._log_add_style = sys.stderr.isatty() and not os.environ.get("NO_COLOR")

    family, kind, proto, _name, addr = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(addr)  # bound here, so a taken port is an OSError (werkzeug would exit the process)
        sock.listen(128)
        app = create_app(store_path)
        server = make_server(host, port, app, threaded=True, fd=sock.fileno())
    except BaseException:
        sock.close()
        raise
    if on_ready is not None:
        on_ready()
    # compute the overview once in the background: on a big store it is a full scan (cached after)
    threading.Thread(target=lambda: app.test_client().get("/"), daemon=True, name="warm-overview").start()
    try:
        server.serve_forever()
    finally:
        server.server_close()
        sock.close()
