"""Terminal rendering for the query commands (list, search, show, issues, sections, stats).

Used only by digest.cli. Rich tables on stdout: CJK characters count double width (rich measures
them), long cells are cut with "…" rather than wrapped, search matches are highlighted. NO_COLOR is
respected (no colours; bold/reverse remain). JSON output does not come through here.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from digest.query import Filters


def console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, no_color=bool(os.environ.get("NO_COLOR")), highlight=False)


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
    piece = flat[lo:hi]
    t = Text("…" if lo else "")
    off = len(t.plain)
    t.append(piece)
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


def entries_table(records: Iterable[dict[str, Any]], filters: Filters | None = None, search: bool = False) -> int:
    """Print entries as a table (date, section, title, persons, id; with a match column for search)."""
    from rich import box
    from rich.table import Table

    con = console()
    # fixed columns (date 10, section 12, persons 14, id 12; 3 cells of padding/rule each);
    # the title (and the match) share the rest
    cols = 6 if search else 5
    narrow = con.width < 110  # narrow terminals: shorter section/persons, 8-character ids (show takes prefixes)
    sec_w, per_w, id_w = (8, 8, 8) if narrow else (12, 14, 12)
    free = max(16, con.width - (10 + sec_w + per_w + id_w) - 3 * cols)
    title_w = free // 2 if search else free
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    table.add_column("date", no_wrap=True, width=10, overflow="ellipsis")
    table.add_column("section", no_wrap=True, overflow="ellipsis", width=sec_w)
    table.add_column("title", no_wrap=True, overflow="ellipsis", width=title_w)
    if search:
        table.add_column("match", no_wrap=True, overflow="ellipsis", width=free - title_w)
    table.add_column("persons", no_wrap=True, overflow="ellipsis", width=per_w)
    table.add_column("id", no_wrap=True, style="dim", width=id_w, overflow="crop")
    n = 0
    for rec in records:
        row = [_date(rec), _where(rec), _highlighted(str(rec.get("title") or ""), filters)]
        if search and filters is not None:
            row.append(snippet(str(rec.get("text") or ""), filters, before=max(2, (free - title_w) // 6)))
        row += ["、".join(str(p) for p in rec.get("persons") or ()), str(rec.get("id"))]
        table.add_row(*row)
        n += 1
    if n:
        con.print(table)
        con.print(f"[dim]{n} entr{'y' if n == 1 else 'ies'}[/dim]")
    return n


def show_entry(rec: dict[str, Any], filters: Filters | None = None) -> None:
    """One entry in full: a metadata grid, then the whole text."""
    from rich.table import Table
    from rich.text import Text

    con = console()
    con.print(Text(str(rec.get("title") or ""), style="bold"))
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column()
    fields = [
        ("id", rec.get("id")), ("issue", rec.get("issue_id")), ("source", rec.get("source")),
        ("lines", f"{rec.get('line_start')}-{rec.get('line_end')}"), ("seq", rec.get("seq")),
        ("kind", rec.get("kind")), ("section", _where(rec)), ("date", rec.get("date")), ("date end", rec.get("date_end")),
        ("issue date", rec.get("issue_date")), ("page", rec.get("page")), ("目录", rec.get("toc_title")),
        ("kicker", rec.get("kicker")), ("byline", rec.get("byline")),
        ("persons", "、".join(str(p) for p in rec.get("persons") or ())),
        ("roles", "  ".join(f"{k} {v}" for k, v in (rec.get("roles") or {}).items())),
    ]
    for k, v in fields:
        if v not in (None, "", "-"):
            grid.add_row(k, Text(str(v)))
    for w in rec.get("warnings") or ():
        grid.add_row("warning", Text(str(w), style="yellow"))
    con.print(grid)
    con.print()
    for para in str(rec.get("text") or "").split("\n"):
        con.print(_highlighted(para, filters))


def issues_table(rows: list[tuple[dict[str, Any], int]], filtered: bool) -> None:
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    cells = [(str(iss.get("issue_id")), str(iss.get("issue_date") or "-"),
              str(iss.get("issue_no") or "-"), str(iss.get("layout") or "-"), str(n), str(iss.get("source") or ""))
             for iss, n in rows]
    names = ("issue", "date", "no.", "layout", "matching" if filtered else "entries", "source")
    for i, name in enumerate(names):
        # every column but the source keeps its full width; the source path is cut with … when needed
        width = max([cell_len(name), *(cell_len(c[i]) for c in cells)]) if i < 5 else None
        table.add_column(name, no_wrap=True, overflow="ellipsis", min_width=min(width, 40) if width else None,
                         justify="right" if name in ("no.", "entries", "matching") else "left")
    for c in cells:
        table.add_row(*c)
    con = console()
    con.print(table)
    con.print(f"[dim]{len(rows)} issue(s), {sum(n for _, n in rows)} entries[/dim]")


def sections_table(rows: list[dict[str, Any]]) -> None:
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    table.add_column("section", no_wrap=True)
    table.add_column("subsection", no_wrap=True)
    table.add_column("entries", justify="right")
    last = object()
    for r in rows:
        sec = r["section"] or "-"
        table.add_row(sec if sec != last else "", r["subsection"] or "-", str(r["count"]))
        last = sec
    console().print(table)


def stats_view(d: dict[str, Any]) -> None:
    from rich.table import Table

    con = console()
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
        grid.add_row(k, str(v))
    con.print(grid)
