"""Terminal rendering: every table, grid, bar and progress bar the CLI prints (used only by digest.cli).

Widths:
  * On a terminal, columns share its width by need: each column asks for its widest cell; when they do
    not all fit, the short fixed columns (date, id, counts) keep theirs, the others (section, persons,
    a search match) are held to a modest share, and the title gets the rest. At 250 columns nothing is
    cut; long cells are cut with "…" rather than wrapped. CJK characters count double (rich measures
    them).
  * Outside a terminal (a pipe or a file) nothing is wrapped or cut: tables take the width their cells
    need and text is printed one paragraph a line, unless COLUMNS is set explicitly.
NO_COLOR is respected (no colours; bold/reverse remain); FORCE_COLOR forces colour in a pipe. JSON,
CSV and the other file formats never come through here (digest.export).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from digest.model import Issue, ParseResult
    from digest.query import Filters

UNLIMITED = 1_000_000  # the width of a pipe: nothing is wrapped or cut


def console(stderr: bool = False, width: int | None = None) -> Any:
    """A rich Console for stdout (or stderr): the terminal's width on a terminal, unlimited in a pipe."""
    stream = sys.stderr if stderr else sys.stdout
    if width is None and not _isatty(stream) and not os.environ.get("COLUMNS", "").strip():
        width = UNLIMITED
    return _console_class()(file=stream, stderr=stderr, width=width, no_color=bool(os.environ.get("NO_COLOR")),
                            highlight=False, soft_wrap=width == UNLIMITED)


_CONSOLE: Any = None


def _console_class() -> Any:
    """rich's Console, except that a closed pipe raises BrokenPipeError (rich exits 1, which in this
    CLI means "nothing matched"; the CLI exits 0 as grep and rg do)."""
    global _CONSOLE
    if _CONSOLE is None:
        from rich.console import Console

        class _Console(Console):
            def on_broken_pipe(self) -> None:
                raise BrokenPipeError

        _CONSOLE = _Console
    return _CONSOLE


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def fit_widths(natural: Sequence[int], avail: int, fixed: Sequence[int], room: int,
               caps: dict[int, int], min_room: int = 12) -> list[int]:
    """Column widths that fit `avail` cells, shared by need.

    natural: each column's widest cell; fixed: columns that always keep their natural width;
    room: the column that gets what is left (the title); caps: the most other columns get while the
    room column is short of its need. Every column gets at most its natural width.
    """
    if sum(natural) <= avail:
        return list(natural)
    w = list(natural)
    for i, cap in caps.items():
        w[i] = min(natural[i], cap)
    rest = avail - sum(x for i, x in enumerate(w) if i != room)
    w[room] = min(natural[room], max(min_room, rest))
    spare = avail - sum(w)
    # the title needs less than it could have: give the spare back to the capped columns, in order
    for i in caps:
        if spare <= 0:
            break
        more = min(spare, natural[i] - w[i])
        w[i] += more
        spare -= more
    # still too wide (a very narrow terminal): shrink the capped columns, then the fixed ones
    over = sum(w) - avail
    for i in [*caps, *(j for j in range(len(w)) if j not in caps and j != room)]:
        if over <= 0:
            break
        cut = min(over, max(0, w[i] - (4 if i in caps else 6)))
        w[i] -= cut
        over -= cut
    return w


def _table(**kw: Any) -> Any:
    from rich import box
    from rich.table import Table

    return Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold", **kw)


_SEP = 3  # cells between two columns: a space of padding each side and the (blank) rule between them


def _grid_table(con: Any, headers: Sequence[str], rows: list[list[Any]], *, room: int,
                fixed: Sequence[int] = (), caps: dict[int, int] | None = None,
                right: Sequence[int] = (), dim: Sequence[int] = ()) -> Any:
    """A table whose column widths are shared by need (see `fit_widths`)."""
    from rich.cells import cell_len

    def plain(c: Any) -> str:
        return c.plain if hasattr(c, "plain") else str(c)

    natural = [max([cell_len(h), *(cell_len(plain(r[i])) for r in rows)]) for i, h in enumerate(headers)]
    avail = con.width - _SEP * (len(headers) - 1)
    widths = fit_widths(natural, avail, fixed, room, caps or {})
    table = _table()
    for i, h in enumerate(headers):
        table.add_column(h, no_wrap=True, overflow="ellipsis", width=widths[i],
                         justify="right" if i in right else "left", style="dim" if i in dim else None)
    for r in rows:
        table.add_row(*r)
    return table


def _dim_line(con: Any, text: str) -> None:
    con.print(f"[dim]{text}[/dim]")


# -- entries -------------------------------------------------------------------------------------

_HL = "bold reverse magenta"  # NO_COLOR drops the colour, bold reverse remains


def _highlighted(text: str, filters: Filters | None) -> Any:
    from rich.text import Text

    t = Text(text)
    if filters is not None and filters.terms:
        for s, e in filters.spans(text):
            t.stylize(_HL, s, e)
    return t


def snippet(text: str, filters: Filters, before: int = 12, after: int = 30) -> Any:
    """The text around the first match, highlighted; the start of the text when nothing matches."""
    from rich.text import Text

    flat = " ".join(text.split("\n"))
    spans = filters.spans(flat)
    if not spans:
        return Text(flat[: before + after] + ("…" if len(flat) > before + after else ""))
    s0 = spans[0][0]
    lo = max(0, s0 - before)
    hi = min(len(flat), s0 + after)
    t = Text("…" if lo else "")
    off = len(t.plain)
    t.append(flat[lo:hi])
    for s, e in spans:
        if e > lo and s < hi:
            t.stylize(_HL, off + max(s, lo) - lo, off + min(e, hi) - lo)
    if hi < len(flat):
        t.append("…")
    return t


def _date(rec: dict[str, Any]) -> Any:
    """The entry's date; an undated entry shows its issue date, dimmed."""
    from rich.text import Text

    d = rec.get("date")
    if d and rec.get("date_end"):
        return Text(f"{d}..{str(rec['date_end'])[-5:]}")
    if d:
        return Text(str(d))
    return Text(str(rec.get("issue_date") or "-"), style="dim")


def _where(rec: dict[str, Any]) -> str:
    return "/".join(str(x) for x in (rec.get("section"), rec.get("subsection")) if x) or "-"


def cell(rec: dict[str, Any], key: str) -> str:
    """One field of a record as table text: lists joined with 、, roles as name:role, null as -."""
    v = rec.get(key)
    if v is None or v == "":
        return "-"
    if isinstance(v, dict):
        return " ".join(f"{k}:{x}" for k, x in v.items())
    if isinstance(v, list):
        return "、".join(str(x) for x in v)
    return " ".join(str(v).split("\n"))


def entries_table(records: Iterable[dict[str, Any]], filters: Filters | None = None, search: bool = False,
                  fields: Sequence[str] | None = None, con: Any = None) -> int:
    """Entries as a table: date, section, title, (match, for search), persons, id; or the given fields.
    Prints nothing for no records; returns how many were printed."""
    con = con or console()
    recs = list(records)
    if not recs:
        return 0
    if fields:
        rows = [[_highlighted(cell(r, k), filters) if k == "title" else cell(r, k) for k in fields] for r in recs]
        room = list(fields).index("title") if "title" in fields else max(
            range(len(fields)), key=lambda i: max(len(str(r[i])) for r in rows))
        caps = {i: 16 for i in range(len(fields)) if i != room}
        con.print(_grid_table(con, list(fields), rows, room=room, caps=caps))
    else:
        # a search on a narrow terminal leaves out section and persons to keep the match readable
        wide = not search or con.width >= 110
        headers = ["date", *(["section"] if wide else []), "title", *(["match"] if search else []),
                   *(["persons"] if wide else []), "id"]
        rows = []
        for r in recs:
            row = [_date(r), *([_where(r)] if wide else []), _highlighted(str(r.get("title") or ""), filters)]
            if search and filters is not None:
                row.append(snippet(str(r.get("text") or ""), filters, before=12, after=40))
            if wide:
                row.append("、".join(str(p) for p in r.get("persons") or ()))
            rows.append([*row, str(r.get("id"))])
        n = len(headers)
        room = headers.index("title")
        caps = {i: min(cap, max(6, con.width // div)) for i, cap, div in
                ((headers.index(h), cap, div) for h, cap, div in (("section", 12, 8), ("persons", 16, 6),
                                                                   ("match", 60, 4)) if h in headers)}
        con.print(_grid_table(con, headers, rows, room=room, fixed=(0, n - 1), caps=caps, dim=(n - 1,)))
    _dim_line(con, f"{len(recs)} entr{'y' if len(recs) == 1 else 'ies'}")
    return len(recs)


def show_entry(rec: dict[str, Any], filters: Filters | None = None, con: Any = None) -> None:
    """One entry in full: its metadata, a field a line, then the whole text, one paragraph a line."""
    from rich.cells import cell_len
    from rich.text import Text

    con = con or console()
    con.print(Text(str(rec.get("title") or ""), style="bold"))
    fields = [
        ("id", rec.get("id")), ("issue", rec.get("issue_id")), ("source", rec.get("source")),
        ("lines", f"{rec.get('line_start')}-{rec.get('line_end')}"), ("seq", rec.get("seq")),
        ("kind", rec.get("kind")), ("section", _where(rec)), ("date", rec.get("date")), ("date end", rec.get("date_end")),
        ("issue date", rec.get("issue_date")), ("page", rec.get("page")), ("目录", rec.get("toc_title")),
        ("kicker", rec.get("kicker")), ("subtitle", rec.get("subtitle")), ("byline", rec.get("byline")),
        ("persons", "、".join(str(p) for p in rec.get("persons") or ())),
        ("roles", "  ".join(f"{k} {v}" for k, v in (rec.get("roles") or {}).items())),
    ]
    rows = [(k, Text(str(v))) for k, v in fields if v not in (None, "", "-")]
    rows += [("warning", Text(str(w), style="yellow")) for w in rec.get("warnings") or ()]
    width = max(cell_len(k) for k, _ in rows)
    for k, v in rows:  # "key  value" lines: no padding after the value (a grid pads every row)
        con.print(Text(k + " " * (width - cell_len(k) + 2), style="dim") + v)
    con.print()
    for para in str(rec.get("text") or "").split("\n"):
        con.print(_highlighted(para, filters))


# -- rows: issues, sections, stats, people -------------------------------------------------------


def rows_table(rows: list[dict[str, Any]], fields: Sequence[str], *, room: str | None = None,
               right: Sequence[str] = (), con: Any = None) -> None:
    """Generic rows (issues, sections, people, stats --by) as a table of `fields`."""
    con = con or console()
    cells = [[cell(r, k) for k in fields] for r in rows]
    ri = list(fields).index(room) if room in fields else len(fields) - 1
    caps = {i: 24 for i in range(len(fields)) if i != ri}
    con.print(_grid_table(con, list(fields), cells, room=ri, caps=caps,
                          right=[i for i, k in enumerate(fields) if k in right]))


def issues_table(rows: list[dict[str, Any]], filtered: bool, fields: Sequence[str] | None = None,
                 con: Any = None) -> None:
    """Issue rows ({issue_id, issue_date, issue_no, layout, entries|matching, source})."""
    con = con or console()
    count = "matching" if filtered else "entries"
    keys = list(fields or ("issue_id", "issue_date", "issue_no", "layout", count, "source"))
    rows_table(rows, keys, room="source", right=("issue_no", "entries", "matching"), con=con)
    _dim_line(con, f"{len(rows)} issue(s), {sum(int(r.get(count) or 0) for r in rows)} entries")


def sections_table(rows: list[dict[str, Any]], fields: Sequence[str] | None = None, con: Any = None) -> None:
    con = con or console()
    if fields:
        rows_table(rows, fields, right=("count",), con=con)
        return
    table = _table()
    table.add_column("section", no_wrap=True)
    table.add_column("subsection", no_wrap=True)
    table.add_column("entries", justify="right")
    last: object = object()
    for r in rows:
        sec = r["section"] or "-"
        table.add_row(sec if sec != last else "", r["subsection"] or "-", str(r["count"]))
        last = sec
    con.print(table)


def stats_view(d: dict[str, Any], con: Any = None) -> None:
    """The totals of `digest stats` as a two-column grid."""
    from rich.table import Table
    from rich.text import Text

    con = con or console()
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    span = f"{d['first_date']} .. {d['last_date']}" if d["first_date"] else "-"
    for k, v in (
        ("entries", d["entries"]), ("issues", d["issues"]), ("dates", span), ("undated", d["undated"]),
        ("kinds", "  ".join(f"{k} {n}" for k, n in d["kinds"].items())),
        ("sections", "  ".join(f"{k} {n}" for k, n in d["sections"].items())),
        ("persons", d["persons"]),
        ("most named", "  ".join(f"{k} {n}" for k, n in d["top_persons"].items()) or "-"),
        ("text", f"{d['text_chars']:,} characters"), ("with warnings", d["with_warnings"]),
    ):
        grid.add_row(k, Text(str(v)))
    con.print(grid)


def bar(n: int, top: int, width: int) -> str:
    """A bar of `width` cells for the largest value `top`, in eighths of a cell."""
    if width <= 0 or top <= 0 or n <= 0:
        return ""
    eighths = round(n * width * 8 / top)
    full, part = divmod(max(1, eighths), 8)
    return "█" * full + ("", "▏", "▎", "▍", "▌", "▋", "▊", "▉")[part]


def stats_by_table(rows: list[dict[str, Any]], by: str, con: Any = None) -> None:
    """`digest stats --by KEY` rows ({KEY, entries}) with a bar per row scaled to the widest count."""
    from rich.cells import cell_len
    from rich.text import Text

    con = con or console()
    top = max((int(r["entries"]) for r in rows), default=0)
    label_w = max([cell_len(by), *(cell_len(cell(r, by)) for r in rows)])
    num_w = max(len("entries"), len(str(top)))
    free = con.width - label_w - num_w - 2 * _SEP
    if con.width >= UNLIMITED:
        free = 50
    bar_w = max(0, min(50, free))
    table = _table()
    table.add_column(by, no_wrap=True, overflow="ellipsis", max_width=max(8, con.width - num_w - 2 * _SEP - 1))
    table.add_column("entries", justify="right", no_wrap=True)
    if bar_w:
        table.add_column("", no_wrap=True, width=bar_w)
    for r in rows:
        row = [cell(r, by), str(r["entries"])]
        if bar_w:
            row.append(Text(bar(int(r["entries"]), top, bar_w), style="cyan"))
        table.add_row(*row)
    con.print(table)
    _dim_line(con, f"{len(rows)} row(s), {sum(int(r['entries']) for r in rows)} entries")


def people_table(rows: list[dict[str, Any]], title: str, fields: Sequence[str] | None = None,
                 con: Any = None) -> None:
    """`digest people` rows ({name, entries, first, last, role})."""
    con = con or console()
    rows_table(rows, list(fields or ("name", "entries", "first", "last", "role")), room="role",
               right=("entries",), con=con)
    _dim_line(con, f"{len(rows)} {'person' if len(rows) == 1 else 'people'} ({title})")


def people_timeline(recs: list[dict[str, Any]], want: str, month_bars: list[str], con: Any = None) -> None:
    """One person's entries (date, title, role, with whom, id), then a bar per month."""
    con = con or console()
    rows = []
    for r in recs:
        others = [p for p in r.get("persons") or () if "".join(str(p).split()) != want]
        rows.append([_date(r), str(r.get("title") or ""), (r.get("roles") or {}).get(want) or "",
                     "、".join(others[:3]) + ("…" if len(others) > 3 else ""), str(r.get("id") or "")])
    con.print(_grid_table(con, ["date", "title", "role", "with", "id"], rows, room=1, fixed=(0, 4),
                          caps={2: 12, 3: 24}, dim=(4,)))
    if month_bars:
        con.print("[bold]entries per month[/bold]")
        for line in month_bars:
            con.print(line, highlight=False)
    _dim_line(con, f"{len(recs)} entries name {want}")


# -- parse and check -----------------------------------------------------------------------------


BIG_FILE = 2_000_000  # bytes: a single file this big gets a progress line of its own


class _Progress:
    """A progress bar on stderr while many files (or one big file) are parsed on a terminal; nothing
    in a pipe."""

    def __init__(self, total: int, enabled: bool, files: list[str] | None = None) -> None:
        self._bar = None
        big = 0
        for f in (files or [])[:1] if total == 1 else ():
            try:
                big = os.path.getsize(f) if f != "-" else 0
            except OSError:
                big = 0
        if enabled and (total > 1 or big >= BIG_FILE) and _isatty(sys.stderr):
            from rich.progress import Progress

            self._bar = Progress(console=console(stderr=True), transient=True)
            self._bar.start()
            from digest.source import display_name

            label = "parsing" if total > 1 else f"parsing {display_name(files[0])} ({big / 1e6:.0f} MB)"  # type: ignore[index]
            self._task = self._bar.add_task(label, total=total)

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def progress(total: int, enabled: bool = True, files: list[str] | None = None) -> _Progress:
    return _Progress(total, enabled, files)


def cap_warnings(warnings: list[str], per_kind: int = 3, total: int = 20) -> list[str]:
    """Warnings to show: at most `per_kind` of each kind (same text with the numbers taken out) and
    `total` in all, each cut kind followed by one line with how many more there were."""
    import re

    shown: list[str] = []
    kinds: dict[str, int] = {}
    for w in warnings:
        k = re.sub(r"\d+", "#", w[:60])
        kinds[k] = kinds.get(k, 0) + 1
        if kinds[k] <= per_kind and len(shown) < total:
            shown.append(w)
    more = len(warnings) - len(shown)
    if more:
        shown.append(f"... and {more} more warning(s) like these (all of them: digest check FILE)")
    return shown


def store_summary(puts: list[Any]) -> list[str]:
    """What `digest parse` did to the store (digest.store.PutResult per issue): new, replaced, unchanged."""
    if not puts:
        return []
    n = {k: sum(1 for p in puts if p.status == k) for k in ("new", "replaced", "unchanged")}
    lines = [f"store: {len(puts)} issue(s): {n['new']} new, {n['replaced']} replaced, "
             f"{n['unchanged']} unchanged (not rewritten)"]
    for p in puts:
        if p.status == "replaced":
            kept = f"; the previous version is kept in {p.previous.parent}" if p.previous else ""
            was = f" (stored as {p.was})" if getattr(p, "was", None) else ""
            lines.append(f"replaced {p.issue_id}{was}: {p.before} entries (from {p.before_source}) -> "
                         f"{p.after} entries{kept}")
    return lines


def print_parse_summary(issues: list[Issue], stored: bool, to_stderr: bool = False,
                        puts: list[Any] | None = None) -> None:
    """Each issue's sections, then one line: `2 issue(s), 204 entries, stored`. With `puts` (what the
    store did, digest.store.PutResult) the line counts what was written (new or replaced; an issue
    written twice in one run once) and how many were unchanged: `1 issue(s), 102 entries, stored, 1
    unchanged`."""
    from rich.table import Table

    con = console(stderr=to_stderr)
    for iss in issues:
        head = (f"[bold]{iss.source}[/bold]  {iss.issue_id}  {iss.layout}  "
                f"{iss.entry_count} entries")
        if iss.layout == "toc":
            head += f"  目录 {iss.toc_matched}/{iss.toc_count} matched"
        con.print(head)
        table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
        table.add_column("section")
        table.add_column("entries", justify="right")
        for name, n in iss.sections.items():
            table.add_row(name, str(n))
        con.print(table)
        if iss.warnings:
            con.print(f"[yellow]{len(iss.warnings)} warning(s)[/yellow]")
    if stored and puts:
        written = {p.issue_id: p.after for p in puts if p.status != "unchanged"}  # the last version of each
        same = sum(1 for p in puts if p.status == "unchanged")
        con.print(f"{len(written)} issue(s), {sum(written.values())} entries, stored"
                  + (f", {same} unchanged" if same else ""))
    elif issues:
        total = sum(i.entry_count for i in issues)
        where = "stored" if stored else "not stored (--dry-run)"
        con.print(f"{len(issues)} issue(s), {total} entries, {where}")


def check_dict(res: ParseResult) -> dict[str, Any]:
    iss = res.issue
    return {
        "source": iss.source,
        "issue_id": iss.issue_id,
        "layout": iss.layout,
        "toc_lines": iss.toc_count,
        "toc_matched": iss.toc_matched,
        "entries": iss.entry_count,
        "assigned_share": round(res.assigned_share, 4),
        "problems": [{"line": p.line, "kind": p.kind, "severity": p.severity, "message": p.message}
                     for p in res.problems],
        "clean": not res.real_problems,
        "year": iss.meta.get("year_evidence"),
        "heading_rule": iss.meta.get("heading_rule"),
    }


def print_check(res: ParseResult) -> None:
    con = console()
    d = check_dict(res)
    n_prob = sum(1 for p in d["problems"] if p["severity"] == "problem")
    n_note = len(d["problems"]) - n_prob
    status = "[green]clean[/green]" if d["clean"] else f"[red]{n_prob} problem(s)[/red]"
    if n_note:
        status += f", {n_note} note(s)"
    con.print(f"[bold]{d['source']}[/bold]  {d['issue_id']}  {status}")
    if d["layout"] == "toc":
        con.print(f"  目录 lines matched: {d['toc_matched']}/{d['toc_lines']}")
    con.print(f"  entries: {d['entries']}   body text assigned to entries: {d['assigned_share']:.1%}")
    ev = d.get("year")
    if ev:
        how = "strong" if ev.get("strong") else "WEAK"
        scores = ", ".join(f"{y}: {v:g}" for y, v in sorted(ev.get("scores", {}).items(), key=lambda kv: -kv[1])[:3])
        con.print(f"  year: {ev.get('year')} from {ev.get('source')} ({how}{'; ' + scores if scores else ''})",
                  markup=False)
    if d.get("heading_rule"):
        con.print(f"  sections: {d['heading_rule']}", markup=False)
    for p in d["problems"]:
        con.print(f"  line {p['line']:>5}  {p['severity']:<7} {p['kind']:<16} {p['message']}",
                  markup=False, soft_wrap=True)
