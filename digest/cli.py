"""Command line: Typer commands that parse options and call library functions. Nothing else.

Exit codes: 0 success / something matched, 1 nothing matched or problems found, 2 usage or input error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from digest import __version__

if TYPE_CHECKING:
    from collections.abc import Callable

    from digest.query import Filters
    from digest.store import Store

app = typer.Typer(
    name="digest",
    help="Turn Chinese government digests into typed, searchable records.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)


def _err(msg: str) -> None:
    """One line on stderr."""
    sys.stderr.write(f"digest: {msg}\n")


def _stdout_json_lines(rows) -> None:
    import orjson

    out = sys.stdout.buffer
    for row in rows:
        out.write(orjson.dumps(row) + b"\n")
    out.flush()


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"digest {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: Annotated[bool | None, typer.Option("--version", callback=_version, is_eager=True,
                                                     help="Show the version and exit.")] = None,
) -> None:
    """digest: parse digests, keep them in a JSON-lines store, list, search and export them."""


MaxSizeOpt = Annotated[str | None, typer.Option(
    "--max-size", help="Refuse input files bigger than this (default 64M), e.g. --max-size 200M.")]
StoreOpt = Annotated[Path | None, typer.Option("--store", envvar="DIGEST_STORE",
                                                  help="Store directory (default: $XDG_DATA_HOME/digest).")]


@app.command()
def parse(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (*.txt, *.md, *.pdf, *.docx, *.html) or - for stdin.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print entry records as JSON lines on stdout.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Parse only; do not write the store.")] = False,
    year: Annotated[int | None, typer.Option("--year", help="Year of the issue (overrides the content).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary and no warnings on stderr.")] = False,
    no_persons: Annotated[bool, typer.Option("--no-persons", help="Skip person recognition.")] = False,
    names: Annotated[Path | None, typer.Option("--names", help="Names file: one name a line, -name excludes.")] = None,
    store: StoreOpt = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1,
                                            help="Worker processes for many files (default: one per core).")] = None,
    max_size: MaxSizeOpt = None,
    ocr: Annotated[bool, typer.Option("--ocr", help="Read scanned PDF pages with a local Tesseract (chi_sim).")] = False,
) -> None:
    """Parse issues into entry records and keep them in the store."""
    if ocr:
        os.environ["DIGEST_OCR"] = "1"   # read by digest.readers.ocr, in worker processes too
    from digest import report
    from digest.parse import parse_many
    from digest.readers import describe_skipped
    from digest.source import InputError, expand_paths
    from digest.store import StoreError

    limit = _max_size(max_size)
    skipped: dict[str, int] = {}
    files = expand_paths(paths, skipped)
    if not files:
        _err("no input files" + (f"; {describe_skipped(skipped)}" if skipped else ""))
        raise typer.Exit(2)
    if skipped and not quiet:
        _err(describe_skipped(skipped))
    failed = 0
    issues = []
    puts: list = []
    st = None
    names_file = names or _store_names(store)
    progress = report.progress(len(files), enabled=not quiet and not json_out, files=files)
    try:
        for f, res in parse_many(files, year=year, persons=not no_persons, names_file=names_file, jobs=jobs,
                                 max_size=limit):
            progress.advance()
            if isinstance(res, Exception):
                _err(str(res) if isinstance(res, InputError) else f"{f}: cannot parse ({type(res).__name__}: {res})")
                failed += 1
                continue
            if json_out:
                _stdout_json_lines(e.to_dict() for e in res.entries)
            if not quiet:
                for w in report.cap_warnings(res.issue.warnings):
                    _err(f"warning: {res.issue.source}: {w}")
            if not dry_run:
                from digest.store import Store

                st = st or Store.open(store)
                puts.append(st.put(res.issue, res.entries))  # each issue kept as soon as it is parsed
            issues.append(res.issue)
    except StoreError as exc:
        progress.close()
        _err(str(exc))
        raise typer.Exit(2) from None
    progress.close()
    if not quiet:
        report.print_parse_summary(issues, stored=not dry_run, to_stderr=json_out)
        for line in report.store_summary(puts):
            _err(line)
        if st is not None and any(p.status != "unchanged" for p in puts):
            from digest.index import index_path

            if index_path(st).is_file():
                _err("note: the search index no longer covers the store; queries scan it until "
                     "`digest index build`")
    if failed:
        raise typer.Exit(2)


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="A PDF, Word (.docx), HTML or text file, or - for stdin.")],
    numbers: Annotated[bool, typer.Option("--numbers", "-n", help="Number the lines (as line_start counts).")] = False,
    no_pages: Annotated[bool, typer.Option("--no-pages", help="No page markers: exactly the parsed text.")] = False,
    ocr: Annotated[bool, typer.Option("--ocr", help="Read scanned PDF pages with a local Tesseract (chi_sim).")] = False,
) -> None:
    """Print the text the parser works from: the normalized lines, with page markers."""
    if ocr:
        os.environ["DIGEST_OCR"] = "1"
    from digest.readers import extract_text
    from digest.source import InputError, read_source

    try:
        text = extract_text(read_source(path), pages=not no_pages, numbers=numbers)
    except InputError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    sys.stdout.write(text)


def _max_size(text: str | None) -> int | None:
    """--max-size as bytes (None: the default limit); a bad value is one line and exit 2."""
    if text is None:
        return None
    from digest.source import parse_size

    try:
        return parse_size(text)
    except ValueError:
        _err(f"--max-size {text!r}: give a size such as 64M, 1G or 500K")
        raise typer.Exit(2) from None


def _store_names(store: Path | None) -> Path | None:
    """The names file kept in the store directory, if there is one."""
    try:
        from digest.store import default_store_path

        p = Path(store or default_store_path()) / "names.txt"
        return p if p.is_file() else None
    except Exception:
        return None


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(help="Files or directories to reconcile.")],
    year: Annotated[int | None, typer.Option("--year", help="Year of the issue.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="The report as JSON lines (one per file).")] = False,
    max_size: MaxSizeOpt = None,
) -> None:
    """Reconcile the 目录 with the body: matched / unmatched lines, stray entries, page order, coverage."""
    from digest import report
    from digest.parse import parse_path
    from digest.source import InputError, expand_paths

    limit = _max_size(max_size)
    files = expand_paths(paths)
    problems = 0
    errors = 0
    for f in files:
        try:
            res = parse_path(f, year=year, persons=False, max_size=limit)
        except InputError as exc:
            _err(str(exc))
            errors += 1
            continue
        problems += len(res.real_problems)
        if json_out:
            _stdout_json_lines([report.check_dict(res)])
        else:
            report.print_check(res)
    if errors:
        raise typer.Exit(2)
    raise typer.Exit(1 if problems else 0)


# ---------------------------------------------------------------------------------------------
# Query commands: list, search, show, export, issues, sections, stats.
#
# The filter options are defined ONCE here (FILTER_OPTIONS) and added to a command by the
# `@with_filters` decorator, which hands the command a ready `filters: Filters` (digest.query)
# and turns a bad value into a one-line error and exit 2. To give a new command the same filters
# (e.g. `digest people`), write:
#
#     @app.command()
#     @with_filters
#     def people(store: StoreOpt = None, json_out: JsonOpt = False, *, filters: Filters) -> None:
#         st = _open_store(store)
#         for s in scan(st, filters): ...          # digest.query.scan / select
#
# (`filters` must be keyword-only and is not a command-line option.) Output options are the
# aliases StoreOpt and JsonOpt; `_open_store` prints store warnings (corrupt lines) on stderr.
# ---------------------------------------------------------------------------------------------

_FILTERS = "Filters"
DateOpt = Annotated[str | None, typer.Option(
    "--date", help="Entries on this date: 2023-11-06, 2023-11 or 2023.", rich_help_panel=_FILTERS)]
MonthOpt = Annotated[int | None, typer.Option(
    "--month", min=1, max=12, help="Entries in this month (1-12) of any year, unless --year.",
    rich_help_panel=_FILTERS)]
YearOpt = Annotated[int | None, typer.Option("--year", help="Entries in this year.", rich_help_panel=_FILTERS)]
SinceOpt = Annotated[str | None, typer.Option(
    "--since", help="Entries on or after this date.", rich_help_panel=_FILTERS)]
UntilOpt = Annotated[str | None, typer.Option(
    "--until", help="Entries on or before this date.", rich_help_panel=_FILTERS)]
SectionOpt = Annotated[str | None, typer.Option(
    "--section", help="Section name (时政 matches 时 政).", rich_help_panel=_FILTERS)]
SubsectionOpt = Annotated[str | None, typer.Option(
    "--subsection", help="Subsection name (领导活动, 重要会议 ...).", rich_help_panel=_FILTERS)]
PersonOpt = Annotated[list[str] | None, typer.Option(
    "--person", help="A person named in the entry (repeat: all must appear).", rich_help_panel=_FILTERS)]
IssueOpt = Annotated[str | None, typer.Option(
    "--issue", help="Entries of this issue id (see `digest issues`).", rich_help_panel=_FILTERS)]
KindOpt = Annotated[str | None, typer.Option(
    "--kind", help="entry, article, quote or block.", rich_help_panel=_FILTERS)]
LimitOpt = Annotated[int | None, typer.Option(
    "--limit", "-n", min=0, help="At most N entries (the first in date order).", rich_help_panel=_FILTERS)]
JsonOpt = Annotated[bool, typer.Option("--json", help="Full records as JSON lines on stdout (for pipes).")]

FILTER_OPTIONS = {
    "date": DateOpt, "month": MonthOpt, "year": YearOpt, "since": SinceOpt, "until": UntilOpt,
    "section": SectionOpt, "subsection": SubsectionOpt, "person": PersonOpt, "issue": IssueOpt,
    "kind": KindOpt, "limit": LimitOpt,
}


def with_filters(fn: Callable[..., None]) -> Callable[..., None]:
    """Add the shared filter options to a command; it receives them as `filters: Filters`."""
    import functools
    import inspect

    sig = inspect.signature(fn)
    # resolve the command's own (string) annotations; `filters` is only a TYPE_CHECKING name here
    hints = {name: eval(ann, fn.__globals__) if isinstance(ann, str) else ann  # noqa: S307
             for name, ann in fn.__annotations__.items() if name != "filters"}
    own = [p.replace(annotation=hints.get(p.name, p.annotation), kind=inspect.Parameter.KEYWORD_ONLY)
           for p in sig.parameters.values() if p.name != "filters"]
    extra = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=ann, default=None)
             for name, ann in FILTER_OPTIONS.items()]

    @functools.wraps(fn)
    def wrapper(*args: object, **kwargs: object) -> None:
        from digest.query import FilterError, Filters

        opts = {name: kwargs.pop(name, None) for name in FILTER_OPTIONS}
        opts["persons"] = opts.pop("person") or []
        try:
            kwargs["filters"] = Filters.build(**opts)
        except FilterError as exc:
            _err(str(exc))
            raise typer.Exit(2) from None
        return fn(*args, **kwargs)

    wrapper.__annotations__ = {**{p.name: p.annotation for p in own}, **FILTER_OPTIONS,
                               "return": hints.get("return")}
    wrapper.__signature__ = sig.replace(parameters=[*own, *extra])
    del wrapper.__wrapped__
    return wrapper


def _open_store(store: Path | None) -> Store:
    """The store for reading; warnings (corrupt lines) go to stderr as they are found."""
    from digest.store import Store, StoreError

    try:
        return Store.open(store, on_warning=lambda w: _err(f"warning: {w}"))
    except StoreError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None


def _run(fn: Callable[[], object]) -> Any:
    """Run a store query; StoreError/ExportError/FilterError become one line on stderr and exit 2."""
    from digest.export import ExportError
    from digest.query import FilterError
    from digest.store import StoreError

    try:
        return fn()
    except (StoreError, ExportError, FilterError) as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    except BrokenPipeError:
        # the reader went away (| head): stop quietly with success, like other filters in a pipe
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(0) from None


def _done(n: int, what: str = "entries", store: Store | None = None) -> None:
    """Exit like grep: 0 when something matched, 1 (and a note on stderr) when nothing did."""
    if not n:
        if store is not None and not store.exists():
            _err(f"the store {store.path} is empty (add issues with: digest parse FILE...)")
        else:
            _err(f"no {what} matched")
        raise typer.Exit(1)


def _emit(stored, json_out: bool, filters, search: bool = False) -> int:
    if json_out:
        out = sys.stdout.buffer
        n = 0
        for s in stored:
            out.write(s.raw + b"\n")
            n += 1
        out.flush()
        return n
    from digest import render

    return render.entries_table((s.record for s in stored), filters=filters, search=search)


@app.command("list")
@with_filters
def list_(store: StoreOpt = None, json_out: JsonOpt = False, *, filters: Filters) -> None:
    """Entries in date order."""
    from digest.query import select

    st = _open_store(store)
    _done(_run(lambda: _emit(select(st, filters), json_out, filters)), store=st)


@app.command()
@with_filters
def search(
    terms: Annotated[list[str], typer.Argument(help="Every term must occur in the title, the text or a person.")],
    regex: Annotated[bool, typer.Option("--regex", "-E", help="Terms are regular expressions.")] = False,
    title: Annotated[bool, typer.Option("--title", help="Search titles only.")] = False,
    store: StoreOpt = None,
    json_out: JsonOpt = False,
    *,
    filters: Filters,
) -> None:
    """Entries containing every term (case-insensitive), in date order, matches highlighted."""
    import dataclasses

    from digest.query import FilterError, select

    try:
        filters = dataclasses.replace(filters, terms=[t for t in terms if t.strip()], regex=regex,
                                      title_only=title)
    except FilterError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    if not filters.terms:
        _err("search: give at least one non-empty term")
        raise typer.Exit(2)
    st = _open_store(store)
    _done(_run(lambda: _emit(select(st, filters), json_out, filters, search=True)), store=st)


@app.command()
def show(
    entry_id: Annotated[str, typer.Argument(metavar="ID", help="Entry id (or a unique prefix of 4+ characters).")],
    store: StoreOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """One entry in full: its metadata and whole text."""
    from digest.query import find

    st = _open_store(store)
    found = _run(lambda: find(st, entry_id))
    if not found:
        _err(f"no entry with id {entry_id!r}")
        raise typer.Exit(1)
    if len(found) > 1:
        _err(f"id {entry_id!r} is ambiguous: {', '.join(sorted(r['id'] for r in found)[:5])} ...")
        raise typer.Exit(2)
    if json_out:
        _stdout_json_lines(found)
    else:
        from digest import render

        render.show_entry(found[0])


@app.command()
@with_filters
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, json, csv or md.")] = "jsonl",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to FILE (default: stdout).")] = None,
    store: StoreOpt = None,
    *,
    filters: Filters,
) -> None:
    """What the filters select, as jsonl, json, csv (UTF-8 with BOM, for spreadsheets) or md."""
    from digest import export as ex
    from digest.query import select

    if fmt not in ex.FORMATS:
        _err(f"unknown format {fmt!r} (use {', '.join(ex.FORMATS)})")
        raise typer.Exit(2)
    st = _open_store(store)
    records = (s.record for s in select(st, filters))
    if output is None or str(output) == "-":
        n = _run(lambda: ex.write(records, fmt, sys.stdout.buffer))
        sys.stdout.flush()
    else:
        n = _run(lambda: ex.write_file(records, fmt, output))
        if n:
            _err(f"{n} entries written to {output}")
    _done(n, store=st)


@app.command()
@with_filters
def issues(store: StoreOpt = None, json_out: JsonOpt = False, *, filters: Filters) -> None:
    """The issues in the store (with filters: those with matching entries, and how many)."""
    from digest.query import issue_counts

    st = _open_store(store)
    rows = _run(lambda: issue_counts(st, filters))
    if filters.limit is not None:
        rows = rows[: filters.limit]
    if json_out:
        _stdout_json_lines(iss for iss, _ in rows)
    elif rows:
        from digest import render

        render.issues_table(rows, filtered=not filters.is_empty())
    _done(len(rows), "issues", store=st)


@app.command()
@with_filters
def sections(store: StoreOpt = None, json_out: JsonOpt = False, *, filters: Filters) -> None:
    """Entry counts per section and subsection."""
    from digest.query import section_counts

    st = _open_store(store)
    rows = _run(lambda: section_counts(st, filters))
    if filters.limit is not None:
        rows = rows[: filters.limit]
    if json_out:
        _stdout_json_lines(rows)
    elif rows:
        from digest import render

        render.sections_table(rows)
    _done(len(rows), store=st)


@app.command()
@with_filters
def stats(store: StoreOpt = None, json_out: JsonOpt = False, *, filters: Filters) -> None:
    """Totals: entries, issues, date range, kinds, sections, most named persons."""
    from digest.query import stats as compute

    st = _open_store(store)
    d = _run(lambda: compute(st, filters))
    if json_out:
        _stdout_json_lines([d])
    elif d["entries"]:
        from digest import render

        render.stats_view(d)
    _done(d["entries"], store=st)


# -- people (digest.persons; issue 5) -----------------------------------------------------------


@app.command()
@with_filters
def people(
    name: Annotated[str | None, typer.Argument(metavar="NAME", help="A person: their entries as a timeline.")] = None,
    with_: Annotated[bool, typer.Option("--with", help="With NAME: who appears with them, and how often.")] = False,
    store: StoreOpt = None,
    json_out: JsonOpt = False,
    *,
    filters: Filters,
) -> None:
    """People named in the entries: counts, first and last date; NAME: a timeline; NAME --with: companions."""
    import dataclasses

    from digest import people as pm
    from digest.query import scan, select

    if with_ and not name:
        _err("people: --with needs a NAME")
        raise typer.Exit(2)
    st = _open_store(store)
    if not name:
        rows = _run(lambda: pm.people_rows(s.record for s in scan(st, dataclasses.replace(filters, limit=None))))
        if filters.limit is not None:
            rows = rows[: filters.limit]
        _people_out(rows, json_out, "people")
        _done(len(rows), "people")
        return
    want = "".join(name.split())
    if not want:
        _err("people: NAME is empty")
        raise typer.Exit(2)
    mine = dataclasses.replace(filters, persons=[*filters.persons, want])
    if with_:
        rows = _run(lambda: pm.companions((s.record for s in scan(st, dataclasses.replace(mine, limit=None))), want))
        if filters.limit is not None:
            rows = rows[: filters.limit]
        _people_out(rows, json_out, f"with {want}")
        if not rows:
            named = _run(lambda: next(iter(scan(st, mine)), None)) is not None
            _people_none(st, filters, want, "nobody appears with" if named else "no entries name")
        return
    recs = _run(lambda: [s.record for s in select(st, mine)])
    if not recs:
        _people_none(st, filters, want, "no entries name")
    if json_out:
        _stdout_json_lines(recs)
        return
    _people_timeline(recs, want)


@app.command("persons")
def persons_(
    path: Annotated[str, typer.Argument(metavar="[FILE|-]", help="Free text, one paragraph a line (- or none: stdin).")] = "-",
    document: Annotated[bool, typer.Option("--document", help="The whole input is one document: a name "
                                           "confirmed in one line counts in every line.")] = False,
    names: Annotated[Path | None, typer.Option("--names", help="Names file: one name a line, -name excludes.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="JSON lines (the default output).")] = True,
) -> None:
    """Name the people in free text: one JSON object per input line, {"persons": [...], "roles": {...}}."""
    from digest.persons import recognize
    from digest.source import InputError, read_source

    try:
        src = read_source(path)
        lines = src.lines[:-1] if src.lines and src.lines[-1] == "" else src.lines
        rows = recognize(lines, document=document, names_file=names)
    except InputError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    _run(lambda: _stdout_json_lines(rows))


def _people_none(st, filters: Filters, want: str, what: str) -> None:
    """Nothing for NAME: say so on stderr, with close names from the store, and exit 1."""
    from digest import people as pm
    from digest.query import scan

    known = _run(lambda: [r["name"] for r in pm.people_rows(s.record for s in scan(st, filters))])
    close = [k for k in pm.suggest(want, known) if k != want]
    _err(f"{what} {want}" + (f" (did you mean {', '.join(close)}?)" if close else ""))
    raise typer.Exit(1)


def _people_out(rows: list[dict], json_out: bool, title: str) -> None:
    if json_out:
        _stdout_json_lines(rows)
        return
    if not rows:
        return
    from rich import box
    from rich.table import Table

    from digest import render

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    for col in ("person", "entries", "first", "last", "role"):
        table.add_column(col, no_wrap=True, overflow="ellipsis", justify="right" if col == "entries" else "left")
    for r in rows:
        table.add_row(r["name"], str(r["entries"]), r["first"] or "-", r["last"] or "-", r["role"] or "")
    con = render.console()
    con.print(table)
    con.print(f"[dim]{len(rows)} {'person' if len(rows) == 1 else 'people'} ({title})[/dim]")


def _people_timeline(recs: list[dict], want: str) -> None:
    from rich import box
    from rich.table import Table

    from digest import people as pm
    from digest import render

    con = render.console()
    wide = con.width >= 110  # the "with" column only where there is room for it
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    table.add_column("date", no_wrap=True, min_width=10)
    with_w = 24 if wide else 0
    title_w = max(16, con.width - 10 - 12 - 12 - with_w - 3 * (4 if wide else 3) - 1)
    table.add_column("title", no_wrap=True, overflow="ellipsis", max_width=title_w)
    table.add_column("role", no_wrap=True, overflow="ellipsis", max_width=12)
    if wide:
        table.add_column("with", no_wrap=True, overflow="ellipsis", max_width=with_w)
    table.add_column("id", no_wrap=True, min_width=12)
    for r in recs:
        others = [p for p in r.get("persons") or () if "".join(str(p).split()) != want]
        role = (r.get("roles") or {}).get(want) or ""
        row = [str(r.get("date") or r.get("issue_date") or "-"), str(r.get("title") or ""), role]
        if wide:
            row.append("、".join(others[:3]) + ("…" if len(others) > 3 else ""))
        table.add_row(*row, str(r.get("id") or ""))
    con.print(table)
    lines = pm.bar_chart(pm.month_counts(recs))
    if lines:
        con.print("[bold]entries per month[/bold]")
        for line in lines:
            con.print(line, highlight=False)
    con.print(f"[dim]{len(recs)} entries name {want}[/dim]")


# -- the optional index (digest.index; issue 7) ------------------------------------------------

index_app = typer.Typer(help="The optional search index beside the store: build, rebuild, drop, status.",
                        no_args_is_help=True)
app.add_typer(index_app, name="index")


def _index_build(store: Path | None, force: bool, quiet: bool) -> None:
    from digest import index

    st = _open_store(store)
    if not st.exists():
        _err(f"no store at {st.path} (parse something first)")
        raise typer.Exit(2)
    if not force:
        now = index.status(st)
        if now.fresh:
            if not quiet:
                _err(f"index is fresh ({now.entries} entries, {now.files} files): nothing to do")
            return
    if not quiet:
        _err(f"indexing {st.entries_dir} ...")
    try:
        res = index.build(st, full=force)
    except index.IndexError_ as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    if not quiet:
        took = res.update_seconds if res.updated_at and not force else res.build_seconds
        _err(f"indexed {res.entries} entries of {res.files} files in {took:.1f} s "
             f"({res.bytes / 1e6:.1f} MB): {res.path}")


@index_app.command("build")
def index_build(store: StoreOpt = None,
                quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary on stderr.")] = False) -> None:
    """Build the index if it is missing, or bring it up to date (list/search/people use it while fresh)."""
    _index_build(store, force=False, quiet=quiet)


@index_app.command("rebuild")
def index_rebuild(store: StoreOpt = None,
                  quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary on stderr.")] = False) -> None:
    """Build the index again from the entries files, even if it is fresh."""
    _index_build(store, force=True, quiet=quiet)


@index_app.command("drop")
def index_drop(store: StoreOpt = None) -> None:
    """Remove the index (queries scan the JSON lines again). The store itself is untouched."""
    from digest import index

    try:
        gone = index.drop(_open_store(store))
    except index.IndexError_ as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    _err("index removed" if gone else "no index to remove")


@index_app.command("status")
def index_status(store: StoreOpt = None, json_out: JsonOpt = False) -> None:
    """Is there an index, is it fresh (exit 0) or missing/stale (exit 1), and how big is it."""
    from digest import index

    res = index.status(_open_store(store))
    if json_out:
        _stdout_json_lines([res.to_dict()])
    else:
        damaged = res.exists and res.reason.startswith("unreadable")
        state = "fresh" if res.fresh else ("damaged" if damaged else "stale" if res.exists else "missing")
        sys.stdout.write(f"index: {state}\npath: {res.path}\n")
        if res.exists and not damaged:
            sys.stdout.write(f"entries: {res.entries}\nfiles: {res.files}\nsize: {res.bytes / 1e6:.1f} MB\n"
                             f"built: {res.built_at} ({res.build_seconds:.1f} s)\n")
            if res.updated_at:
                sys.stdout.write(f"updated: {res.updated_at} ({res.update_seconds:.1f} s)\n")
        if res.reason:
            sys.stdout.write(f"note: {res.reason}\n")
    raise typer.Exit(0 if res.fresh else 1)


# -- the web page (digest.web; issue 15) -------------------------------------------------------


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    store: StoreOpt = None,
) -> None:
    """Browse the store in a local, read-only web page (search, issues, people)."""
    from digest import index, web

    st = _open_store(store)
    _err(f"serving {st.path} read-only at http://{host}:{port}/ (Ctrl-C to stop)")
    if st.exists() and not index.status(st).fresh:
        _err("note: no fresh search index, so pages scan the store (`digest index build` makes big stores fast)")
    try:
        web.serve(st.path, host=host, port=port)  # returns on Ctrl-C
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        _err(f"cannot serve on {host}:{port}: {exc.strerror or exc}")
        raise typer.Exit(2) from None
    _err("stopped")


def main() -> None:
    """Console-script entry point. Usage errors: one line on stderr, exit 2."""
    try:  # typer >= 0.2x vendors click as typer._click; older typer uses click itself
        from typer import _click as click
    except ImportError:  # pragma: no cover
        import click

    try:
        rc = app(standalone_mode=False)
    except getattr(click.exceptions, "NoArgsIsHelpError", ()) as exc:
        exc.show()  # typer's rich help has already been printed while raising; plain click prints it here
        sys.exit(2)
    except click.ClickException as exc:
        ctx = getattr(exc, "ctx", None)
        _err(f"{exc.format_message()} (see {ctx.command_path if ctx else 'digest'} --help)")
        sys.exit(exc.exit_code)
    except typer.Abort:
        _err("aborted")
        sys.exit(1)
    except BrokenPipeError:
        # the reader went away (| head): stop quietly, and keep Python from complaining at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
    except OSError as exc:  # out of file descriptors, processes, memory-mapped pipes: one line, no traceback
        import errno

        hint = " (raise the limit: ulimit -n)" if exc.errno in (errno.EMFILE, errno.ENFILE) else ""
        _err(f"{exc.strerror or exc}{hint}")
        sys.exit(2)
    sys.exit(rc if isinstance(rc, int) else 0)
