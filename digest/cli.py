"""Command line: Typer commands that parse options and call library functions. Nothing else.

Exit codes: 0 success / something matched, 1 nothing matched or problems found, 2 usage or input error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import click
import typer

from digest import __version__, complete

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from digest.export import Output
    from digest.model import ParseResult
    from digest.query import Filters
    from digest.store import Store

app = typer.Typer(
    name="digest",
    help="Turn Chinese government digests into typed, searchable records.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,  # plain help pages (click's layout, no rich import for --help)
)


def _err(msg: str) -> None:
    """One line on stderr."""
    sys.stderr.write(f"digest: {msg}\n")


def examples(*lines: str) -> str:
    """A help page's examples section."""
    return "Examples:\n\n\b\n" + "\n".join(f"  {line}" for line in lines)  # \b: click keeps the lines as they are


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


def _path(option: str) -> Callable[[str], Path]:
    """The parser of a path option: an empty value is a usage error (exit 2), as Path("") is the current
    directory (`--store ""` wrote a store there). Named here: click's hint would blame $DIGEST_STORE."""
    def parse(text: str) -> Path:
        if not text:
            raise typer.BadParameter('an empty path ("") names nothing', param_hint=option)
        return Path(text)

    return parse


MaxSizeOpt = Annotated[str | None, typer.Option(
    "--max-size", metavar="SIZE", help="Refuse input files bigger than this (default 64M), e.g. --max-size 200M.")]
# -o FILE as given, not a Path: a Path drops the trailing slash of `-o out/`, and export must refuse that
# (digest.export.output_path) rather than write a file `out`. click.Path keeps file-name completion.
OUTPUT_PATH = click.Path(dir_okay=True, path_type=str)
StoreOpt = Annotated[Path | None, typer.Option("--store", envvar="DIGEST_STORE", metavar="DIR", parser=_path("--store"),
                                                  help="Store directory (default: $XDG_DATA_HOME/digest).")]


@app.callback(epilog=examples("digest parse issue.txt", "digest search 江凌 --month 11",
                              "digest --store ~/archive list --format csv > all.csv"))
def _main(
    ctx: typer.Context,
    version: Annotated[bool | None, typer.Option("--version", "-V", callback=_version, is_eager=True,
                                                     help="Show the version and exit.")] = None,
    store: Annotated[Path | None, typer.Option(
        "--store", metavar="DIR", parser=_path("--store"),
        help="Store directory for the command that follows (default: $DIGEST_STORE, else $XDG_DATA_HOME/digest).")] = None,
) -> None:
    """digest: parse digests, keep them in a JSON-lines store, list, search and export them."""
    if store is not None:  # `digest --store DIR list` = `digest list --store DIR`, for this command only
        old = os.environ.get("DIGEST_STORE")
        os.environ["DIGEST_STORE"] = str(store)
        ctx.call_on_close(lambda: os.environ.__setitem__("DIGEST_STORE", old) if old is not None
                          else os.environ.pop("DIGEST_STORE", None))


@app.command(epilog=examples("digest parse issue.txt", "digest parse archive/ -j 2",
                             "digest parse issue.txt --json --dry-run | jq .title"))
def parse(
    paths: Annotated[list[str], typer.Argument(
        metavar="PATH...", help="Files, directories (*.txt, *.md, *.pdf, *.docx, *.html, *.mht) or - for stdin.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print entry records as JSON lines on stdout.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Parse only; do not write the store.")] = False,
    year: Annotated[int | None, typer.Option("--year", metavar="YEAR",
                                            help="Year of the issue, 1900-2100 (overrides the content).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary and no warnings on stderr.")] = False,
    no_persons: Annotated[bool, typer.Option("--no-persons", help="Skip person recognition.")] = False,
    scorer: Annotated[bool, typer.Option(
        "--scorer", help="Let the statistical name scorer read every span, not only those at weak anchors, "
                         "and add the names it is sure of (more people named bare; about 10x slower).")] = False,
    names: Annotated[Path | None, typer.Option("--names", metavar="FILE", parser=_path("--names"),
                                               help="Names file: one name a line, -name excludes.")] = None,
    store: StoreOpt = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", metavar="N",
                                            help="Worker processes for many files (default: one per core).")] = None,
    max_size: MaxSizeOpt = None,
    ocr: Annotated[bool, typer.Option("--ocr", help="Read scanned PDF pages with a local Tesseract (chi_sim).")] = False,
    lock_timeout: Annotated[float | None, typer.Option(
        "--lock-timeout", metavar="SECONDS",
        help="Give up (exit 2) when another digest has held the store's lock this long (default: wait).")] = None,
) -> None:
    """Parse issues into entry records and keep them in the store."""
    if ocr:
        os.environ["DIGEST_OCR"] = "1"   # read by digest.readers.ocr, in worker processes too
    from digest import term as report
    from digest.parse import finished, parse_many
    from digest.source import InputError, display_name
    from digest.store import StoreError

    if jobs is not None and jobs < 1:
        _err(f"--jobs must be 1 or more, not {jobs}")
        raise typer.Exit(2)
    if lock_timeout is not None and not lock_timeout >= 0:
        _err(f"--lock-timeout must be 0 or more seconds, not {lock_timeout:g}")
        raise typer.Exit(2)
    _check_year(year)
    limit = _max_size(max_size)
    files = _input_files(paths, quiet=quiet)
    failed = 0
    issues = []
    puts: list = []
    st = None
    names_file = names or _store_names(store)
    progress = report.progress(len(files), enabled=not quiet and not json_out, files=files)

    def keep(f: str, res: ParseResult | Exception) -> None:
        nonlocal failed, st
        progress.advance()
        if isinstance(res, Exception):
            _err(str(res) if isinstance(res, InputError) else f"{display_name(f)}: cannot parse ({type(res).__name__}: {res})")
            failed += 1
            return
        if json_out:
            _stdout_json_lines(e.to_dict() for e in res.entries)
        if not quiet:
            for w in report.cap_warnings(res.issue.warnings):
                _err(f"warning: {res.issue.source}: {w}")
        if not dry_run:
            from digest.identity import family
            from digest.store import Store

            if st is None:
                st = Store.open(store)
                st.lock_timeout = lock_timeout
                st.on_lock_wait = None if quiet else _err
            puts.append(st.put(res.issue, res.entries, family(res.issue)))  # each issue kept as soon as it is parsed
        issues.append(res.issue)

    results = parse_many(files, year=year, persons=not no_persons, names_file=names_file, jobs=jobs,
                         max_size=limit, scorer=scorer and not no_persons)
    interrupted = False
    try:
        try:
            for f, res in results:
                keep(f, res)
        except KeyboardInterrupt:  # Ctrl-C: keep what the workers had already parsed, then exit 130
            interrupted = True
            for f, res in finished(results):
                keep(f, res)
    except StoreError as exc:
        progress.close()
        _err(str(exc))
        raise typer.Exit(2) from None
    progress.close()
    if not quiet:
        report.print_parse_summary(issues, stored=not dry_run, to_stderr=json_out, puts=puts)
        for line in report.store_summary(puts):
            _err(line)
        if st is not None and any(p.status != "unchanged" for p in puts):
            from digest.index import index_path

            if index_path(st).is_file():
                _err("note: the search index no longer covers the store; queries scan it until "
                     "`digest index build`")
    if interrupted:
        _err("interrupted")
        raise typer.Exit(130)
    if failed:
        raise typer.Exit(2)


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="A PDF, Word (.docx), HTML, web archive (.mht) or text file, or - for stdin.")],
    numbers: Annotated[bool, typer.Option("--numbers", "-n", help="Number the lines (as line_start counts).")] = False,
    no_pages: Annotated[bool, typer.Option("--no-pages", help="No page markers: exactly the parsed text.")] = False,
    ocr: Annotated[bool, typer.Option("--ocr", help="Read scanned PDF pages with a local Tesseract (chi_sim).")] = False,
    max_size: MaxSizeOpt = None,
) -> None:
    """Print the text the parser works from: the normalized lines, with page markers."""
    if ocr:
        os.environ["DIGEST_OCR"] = "1"
    from digest.readers import extract_text
    from digest.source import InputError, read_source

    limit = _max_size(max_size)
    try:
        text = extract_text(read_source(path, max_size=limit), pages=not no_pages, numbers=numbers)
    except InputError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    sys.stdout.write(text)


YEARS = (1900, 2100)  # the years an issue's --year may give


def _check_year(year: int | None) -> None:
    """--year of parse and check: None, or a year in YEARS; else one line and exit 2."""
    if year is not None and not YEARS[0] <= year <= YEARS[1]:
        _err(f"--year {year}: give the issue's year, {YEARS[0]}-{YEARS[1]}")
        raise typer.Exit(2)


def _input_files(paths: list[str], quiet: bool = False) -> list[str]:
    """The files named or found in the directories of `paths` (parse, check). None at all is one line and
    exit 2 (`no input files; skipped 1 subdirectory …`); what a directory held that is not read (files of
    other types, subdirectories) is one line on stderr unless `quiet`."""
    from digest.readers import describe_skipped
    from digest.source import expand_paths

    skipped: dict[str, int] = {}
    files = expand_paths(paths, skipped)
    if not files:
        _err("no input files" + (f"; {describe_skipped(skipped)}" if skipped else ""))
        raise typer.Exit(2)
    if skipped and not quiet:
        _err(describe_skipped(skipped))
    return files


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


@app.command(epilog=examples("digest check issue.txt", "digest check archive/ --json | jq .clean"))
def check(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", help="Files or directories to reconcile.")],
    year: Annotated[int | None, typer.Option("--year", metavar="YEAR",
                                            help="Year of the issue, 1900-2100.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="The report as JSON lines (one per file).")] = False,
    max_size: MaxSizeOpt = None,
) -> None:
    """Reconcile the 目录 with the body: matched / unmatched lines, stray entries, page order, coverage."""
    from digest import term as report
    from digest.parse import parse_path
    from digest.source import InputError

    _check_year(year)
    limit = _max_size(max_size)
    files = _input_files(paths)
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
# Query commands: list, search, show, export, issues, sections, stats, people, report.
#
# Shared options are defined ONCE (FILTER_OPTIONS, OUTPUT_OPTIONS) and added to a command by plain
# decorators: `@with_filters` hands the command a ready `filters: Filters` (digest.query),
# `@with_output` a ready `out: Output` (digest.export: --format/--json, --fields, --count, --sort,
# --limit). A bad value becomes a one-line error and exit 2. A new query command is a few lines:
#
#     @app.command(epilog=examples("digest persons --month 11 --format csv"))
#     @with_output
#     @with_filters
#     def persons(store: StoreOpt = None, *, filters: Filters, out: Output) -> None:
#         """What it shows."""
#         st = _open_store(store)
#         rows = _run(lambda: some_library_function(st, filters))
#         _rows_out(rows, out, table=lambda rows: term.rows_table(rows, out.fields or [...]))
#
# (`filters` and `out` are keyword-only and are not command-line options.) `_open_store` prints store
# warnings (corrupt lines) on stderr; `_run` turns library errors into one line and exit 2.
# ---------------------------------------------------------------------------------------------

_FILTERS = "Filters"
_OUTPUT = "Output"
DateOpt = Annotated[str | None, typer.Option(
    "--date", metavar="DATE", help="Entries on this date: 2023-11-06, 2023-11 or 2023.", rich_help_panel=_FILTERS)]
MonthOpt = Annotated[int | None, typer.Option(
    "--month", metavar="M", help="Entries in this month (1-12) of any year, unless --year.",
    rich_help_panel=_FILTERS)]
YearOpt = Annotated[int | None, typer.Option("--year", metavar="YEAR", help="Entries in this year.",
                                             rich_help_panel=_FILTERS)]
SinceOpt = Annotated[str | None, typer.Option(
    "--since", metavar="DATE", help="Entries on or after this date.", rich_help_panel=_FILTERS)]
UntilOpt = Annotated[str | None, typer.Option(
    "--until", metavar="DATE", help="Entries on or before this date.", rich_help_panel=_FILTERS)]
SectionOpt = Annotated[str | None, typer.Option(
    "--section", metavar="NAME", help="Section name (时政 matches 时 政).", rich_help_panel=_FILTERS,
    autocompletion=complete.sections)]
SubsectionOpt = Annotated[str | None, typer.Option(
    "--subsection", metavar="NAME", help="Subsection name (领导活动, 重要会议 ...).", rich_help_panel=_FILTERS,
    autocompletion=complete.subsections)]
PersonOpt = Annotated[list[str] | None, typer.Option(
    "--person", metavar="NAME", help="A person named in the entry (repeat: all must appear).",
    rich_help_panel=_FILTERS, autocompletion=complete.persons)]
IssueOpt = Annotated[str | None, typer.Option(
    "--issue", metavar="ID", help="Entries of this issue (ids from `digest issues`).", rich_help_panel=_FILTERS,
    autocompletion=complete.issues)]
KindOpt = Annotated[str | None, typer.Option(
    "--kind", metavar="KIND", help="entry, article, quote or block.", rich_help_panel=_FILTERS,
    autocompletion=complete.kinds)]
JsonOpt = Annotated[bool, typer.Option("--json", help="Full records as JSON lines on stdout (for pipes).")]

FILTER_OPTIONS: dict[str, Any] = {
    "date": DateOpt, "month": MonthOpt, "year": YearOpt, "since": SinceOpt, "until": UntilOpt,
    "section": SectionOpt, "subsection": SubsectionOpt, "person": PersonOpt, "issue": IssueOpt,
    "kind": KindOpt,
}

OUTPUT_OPTIONS: dict[str, Any] = {
    "format": Annotated[str | None, typer.Option(
        "--format", "-f", metavar="FORMAT", rich_help_panel=_OUTPUT, autocompletion=complete.formats,
        help="table (the default), json, jsonl, csv, tsv or md.")],
    "json": Annotated[bool, typer.Option("--json", rich_help_panel=_OUTPUT, help="Short for --format jsonl.")],
    "fields": Annotated[str | None, typer.Option(
        "--fields", metavar="A,B,...", rich_help_panel=_OUTPUT, autocompletion=complete.fields,
        help="Only these fields, in this order: --fields id,date,title,persons.")],
    "count": Annotated[bool, typer.Option("--count", "-c", rich_help_panel=_OUTPUT,
                                          help="Print only how many there are.")],
    "sort": Annotated[str | None, typer.Option(
        "--sort", metavar="ORDER", rich_help_panel=_OUTPUT, autocompletion=complete.sorts,
        help="date (oldest first, the default), -date (newest first), issue (issue by issue) or "
             "relevance (search: title matches first).")],
    "limit": Annotated[int | None, typer.Option("--limit", "-n", metavar="N", rich_help_panel=_OUTPUT,
                                                help="At most N (the first in the chosen order).")],
}
_DEFAULTS = {"json": False, "count": False}
_INJECTED = ("filters", "out")  # keyword-only parameters the decorators fill in (not options)
_INJECTED_TYPES = {"Filters": object, "Output": object}  # their annotations: names for type checkers only


def _add_options(options: dict[str, Any], inject: str, build: Callable[..., object]) -> Callable[..., Any]:
    """A decorator adding `options` (keyword-only, in this order) to a command; the command receives
    `build(**values)` as its `inject` argument instead. Plain inspect: no eval, no typer internals."""
    import functools
    import inspect
    import typing

    def decorate(fn: Callable[..., None]) -> Callable[..., None]:
        hints = typing.get_type_hints(fn, include_extras=True, localns=_INJECTED_TYPES)
        sig = inspect.signature(fn)
        own = [p.replace(annotation=hints.get(p.name, p.annotation), kind=inspect.Parameter.KEYWORD_ONLY)
               for p in sig.parameters.values() if p.name not in _INJECTED]
        extra = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=ann,
                                   default=_DEFAULTS.get(name))
                 for name, ann in options.items()]

        @functools.wraps(fn)
        def wrapper(**kwargs: Any) -> None:
            from digest.export import ExportError
            from digest.query import FilterError

            values = {name: kwargs.pop(name, _DEFAULTS.get(name)) for name in options}
            try:
                kwargs[inject] = build(**values)
            except (FilterError, ExportError) as exc:
                _err(str(exc))
                raise typer.Exit(2) from None
            return fn(**kwargs)

        wrapper.__annotations__ = {**{p.name: p.annotation for p in own}, **options, "return": None}
        wrapper.__signature__ = sig.replace(parameters=[*own, *extra])  # type: ignore[attr-defined]
        del wrapper.__wrapped__
        return wrapper

    return decorate


def _build_filters(person: list[str] | None = None, **opts: Any) -> Filters:
    from digest.query import Filters

    return Filters.build(persons=person or [], **opts)


def _build_output(format: str | None = None, json: bool = False, **opts: Any) -> Output:  # noqa: A002
    from digest.export import Output

    return Output.build(fmt=format, json=json, **opts)


with_filters = _add_options(FILTER_OPTIONS, "filters", _build_filters)
with_output = _add_options(OUTPUT_OPTIONS, "out", _build_output)
EXPORT_OUTPUT_OPTIONS: dict[str, Any] = {**OUTPUT_OPTIONS, "format": Annotated[str | None, typer.Option(
    "--format", "-f", metavar="FORMAT", rich_help_panel=_OUTPUT, autocompletion=complete.formats,
    help="jsonl, json, csv, tsv or md (default: from the file name's ending, x.csv -> csv; else jsonl).")]}
with_export_output = _add_options(EXPORT_OUTPUT_OPTIONS, "out", _build_output)


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
        _closed_pipe()  # before click sees it: click would exit 1, which means "nothing matched"


def _done(n: int, what: str = "entries", store: Store | None = None) -> None:
    """Exit like grep: 0 when something matched, 1 (and a note on stderr) when nothing did."""
    if not n:
        if store is not None and not store.exists():
            _err(f"the store {store.path} is empty (add issues with: digest parse FILE...)")
        else:
            _err(f"no {what} matched")
        raise typer.Exit(1)


def _entries_out(st: Store, filters: Filters, out: Output, search: bool = False) -> None:
    """Entries through the output options: a count, the raw stored lines, a format, or a table."""
    import dataclasses

    from digest import export, query
    from digest.model import ENTRY_KEYS

    _run(lambda: out.check_fields(ENTRY_KEYS))
    if out.limit is not None:
        filters = dataclasses.replace(filters, limit=out.limit)
    if out.count:
        n = _run(lambda: query.count(st, filters))
        sys.stdout.write(f"{n}\n")
        _done(n, store=st)
        return
    found = query.select(st, filters, order=out.sort or "date")  # decoded: a corrupt line is never printed
    if out.fmt == "jsonl" and not out.fields:
        n = _run(lambda: _write_raw(found))
    elif out.fmt == "table":
        from digest import term

        n = _run(lambda: term.entries_table((s.record for s in found), filters=filters, search=search,
                                            fields=out.fields))
    else:
        n = _run(lambda: export.write((s.record for s in found), out.fmt, sys.stdout.buffer, fields=out.fields))
    _run(sys.stdout.flush)
    _done(n, store=st)


def _write_raw(found: Iterable[Any]) -> int:
    """The stored lines as they are (the fastest --json)."""
    w = sys.stdout.buffer.write
    n = 0
    for s in found:
        w(s.raw + b"\n")
        n += 1
    return n


_ROW_SORTS = {"date": ("first", "month", "issue_date"), "issue": ("issue_id", "issue"),
              "relevance": ("matching", "entries", "count")}


def _rows_out(rows: list[dict[str, Any]], out: Output, table: Callable[[list[dict[str, Any]]], None],
              what: str = "entries", store: Store | None = None, json_without: tuple[str, ...] = ()) -> None:
    """Rows (issues, sections, people, stats) through the output options; `table` prints them on a terminal.

    --sort on rows: date / -date by their date (first, month or issue date), issue by issue id,
    relevance by the number of entries, most first."""
    from digest import export

    if rows:
        _run(lambda: out.check_fields(list(rows[0])))
    if out.sort:
        keys = [k for k in _ROW_SORTS.get(out.sort.lstrip("-"), ()) if rows and k in rows[0]]
        if not keys:
            _err(f"--sort {out.sort} does not apply here")
            raise typer.Exit(2)
        k = keys[0]
        if out.sort.lstrip("-") == "relevance":  # the most entries first
            rows = sorted(rows, key=lambda r: -int(r.get(k) or 0))
        else:  # by date or issue id, rows without one last either way
            have = sorted((r for r in rows if r.get(k)), key=lambda r: str(r[k]), reverse=out.sort.startswith("-"))
            rows = have + [r for r in rows if not r.get(k)]
    if out.limit is not None:
        rows = rows[: out.limit]
    if out.count:
        sys.stdout.write(f"{len(rows)}\n")
    elif out.fmt == "table":
        if rows and out.fields:
            from digest import term

            _run(lambda: term.rows_table(rows, out.fields or ()))
        elif rows:
            _run(lambda: table(rows))
    else:
        if json_without and out.fmt in ("json", "jsonl") and not out.fields:  # the records as stored
            rows = [{k: v for k, v in r.items() if k not in json_without} for r in rows]
        _run(lambda: export.write(rows, out.fmt, sys.stdout.buffer, fields=out.fields, entries=False))
    _run(sys.stdout.flush)
    _done(len(rows), what, store=store)


def _search_filters(filters: Filters, terms: list[str], regex: bool, title: bool) -> Filters:
    import dataclasses

    from digest.query import FilterError

    try:
        filters = dataclasses.replace(filters, terms=[t for t in terms if t.strip()], regex=regex, title_only=title)
    except FilterError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    if not filters.terms:
        _err("search: give at least one non-empty term")
        raise typer.Exit(2)
    return filters


@app.command("list", epilog=examples("digest list --month 11 --section 时政",
                                     "digest list --person 徐衣显 --year 2023 --format csv > xu.csv",
                                     "digest list --fields date,title --sort -date -n 10"))
@with_output
@with_filters
def list_(store: StoreOpt = None, *, filters: Filters, out: Output) -> None:
    """Entries in date order (or --sort), as a table, JSON, CSV, TSV or Markdown."""
    _entries_out(_open_store(store), filters, out)


@app.command(epilog=examples("digest search 江凌 --month 11", "digest search 生态 环境 --sort relevance -n 5",
                             "digest search '^\\d+月\\d+日' --regex --count"))
@with_output
@with_filters
def search(
    terms: Annotated[list[str], typer.Argument(metavar="TERM...",
                                               help="Every term must occur in the title, the text or a person.")],
    regex: Annotated[bool, typer.Option("--regex", "-E", help="Terms are regular expressions.")] = False,
    title: Annotated[bool, typer.Option("--title", help="Search titles only.")] = False,
    store: StoreOpt = None,
    *,
    filters: Filters,
    out: Output,
) -> None:
    """Entries containing every term (case-insensitive), matches highlighted."""
    filters = _search_filters(filters, terms, regex, title)
    _entries_out(_open_store(store), filters, out, search=True)


@app.command(epilog=examples("digest show 7abb46da", "digest show 7abb46da > entry.txt   # one paragraph a line"))
def show(
    entry_id: Annotated[str, typer.Argument(metavar="ID", help="Entry id (or a unique prefix of 4+ characters).",
                                            autocompletion=complete.entry_ids)],
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
        from digest import term

        term.show_entry(found[0])


@app.command(epilog=examples("digest export --format csv --month 11 -o november.csv",
                             "digest export --format md --person 江凌 -o jiangling.md"))
@with_export_output
@with_filters
def export(
    output: Annotated[str | None, typer.Option("--output", "-o", metavar="FILE", click_type=OUTPUT_PATH,
                                               help="Write to FILE (default: stdout).")] = None,
    store: StoreOpt = None,
    *,
    filters: Filters,
    out: Output,
) -> None:
    """What the filters select, written in a file format (by the file name's ending, else jsonl; csv files
    start with a BOM)."""
    import dataclasses

    from digest import export as ex
    from digest.model import ENTRY_KEYS
    from digest.query import select

    if not out.fmt_given:   # the file's ending says it: x.csv, x.tsv, x.json, x.jsonl, x.md; else jsonl
        out = dataclasses.replace(out, fmt=ex.format_for(None if output is None or output == "-" else Path(output)))
    elif out.fmt == "table":
        _err(f"export writes a file format, not a table: --format {', '.join(ex.FORMATS)} "
             "(for a table on the terminal: digest list)")
        raise typer.Exit(2)
    if output is None or output == "-":
        _entries_out(_open_store(store), filters, out)
        return
    _run(lambda: out.check_fields(ENTRY_KEYS))
    st = _open_store(store)
    if out.limit is not None:
        filters = dataclasses.replace(filters, limit=out.limit)
    records = (s.record for s in select(st, filters, order=out.sort or "date"))
    n = _run(lambda: ex.write_file(records, out.fmt, output, fields=out.fields))
    if n:
        _err(f"{n} entries written to {output}")
    _done(n, store=st)


@app.command(epilog=examples("digest issues", "digest issues --person 江凌 --format csv"))
@with_output
@with_filters
def issues(store: StoreOpt = None, *, filters: Filters, out: Output) -> None:
    """The issues in the store (with filters: those with matching entries, and how many)."""
    from digest import term
    from digest.query import issue_counts

    st = _open_store(store)
    filtered = not filters.is_empty()
    # entries: the issue's entries (counted, or with filters as its record counts them); matching: the
    # entries the filters select (with filters only)
    rows = [{**iss, "entries": iss.get("entry_count"), "matching": n} if filtered else {**iss, "entries": n}
            for iss, n in _run(lambda: issue_counts(st, filters))]
    _rows_out(rows, out, lambda rows: term.issues_table(rows, filtered, fields=out.fields), "issues", store=st,
              json_without=("entries", "matching"))  # --json: the issue records themselves (--fields: counts)


@app.command(epilog=examples("digest sections", "digest sections --month 11 --format md"))
@with_output
@with_filters
def sections(store: StoreOpt = None, *, filters: Filters, out: Output) -> None:
    """Entry counts per section and subsection."""
    from digest import term
    from digest.query import section_counts

    st = _open_store(store)
    rows = _run(lambda: section_counts(st, filters))
    _rows_out(rows, out, lambda rows: term.sections_table(rows, fields=out.fields), store=st)


@app.command(epilog=examples("digest stats", "digest stats --by month --year 2023",
                             "digest stats --by person -n 10 --format csv"))
@with_output
@with_filters
def stats(
    by: Annotated[str | None, typer.Option("--by", metavar="KEY", autocompletion=complete.by,
                                           help="Entries per month, section, subsection, person or issue, "
                                                "with a bar per row.")] = None,
    store: StoreOpt = None,
    *,
    filters: Filters,
    out: Output,
) -> None:
    """Totals (entries, issues, date range, kinds, sections, most named persons), or counts --by a key."""
    from digest import query, term

    st = _open_store(store)
    if by is not None:
        rows = _run(lambda: query.stats_by(st, filters, by))
        _rows_out(rows, out, lambda rows: term.stats_by_table(rows, by), store=st)
        return
    d = _run(lambda: query.stats(st, filters))
    _rows_out([d] if d["entries"] else [], out, lambda rows: term.stats_view(rows[0]), store=st)


@app.command(epilog=examples("digest report --month 2023-11 > brief.md", "digest report --month 2023-11 -o brief.docx"))
def report(
    month: Annotated[str, typer.Option("--month", metavar="YYYY-MM", help="The month of the brief: 2023-11.")],
    output: Annotated[str | None, typer.Option(
        "--output", "-o", metavar="FILE", click_type=OUTPUT_PATH,
        help="Write to FILE: .docx for Word, anything else Markdown (default: Markdown on stdout).")] = None,
    store: StoreOpt = None,
) -> None:
    """The month's brief: its entries grouped by section and subsection, with dates and persons."""
    from digest import export as ex
    from digest.query import FilterError, Filters, parse_date, select

    try:
        span = parse_date(month)
    except FilterError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    if span.precision != 2:
        _err(f"report: --month takes a year and a month (2023-11), not {month!r}")
        raise typer.Exit(2)
    st = _open_store(store)
    records = _run(lambda: [s.record for s in select(st, Filters(date=span), order="issue")])
    heading = f"{span.label} 政务信息摘要"
    if output is not None and Path(output).suffix.lower() == ".docx":
        n = _run(lambda: ex.write_docx(records, heading, output))
    else:
        md, n = ex.brief_markdown(records, heading)
        if output is None or output == "-":
            sys.stdout.write(md)
        else:
            _run(lambda: ex._atomic(output, lambda f: f.write(md.encode("utf-8"))))
    if n and output is not None and output != "-":
        _err(f"{n} entries written to {output}")
    _done(n, store=st)


# -- people (digest.persons; issue 5) -----------------------------------------------------------


@app.command(epilog=examples("digest people --month 11 -n 10", "digest people 江凌",
                             "digest people 江凌 --with --format csv"))
@with_output
@with_filters
def people(
    name: Annotated[str | None, typer.Argument(metavar="NAME", help="A person: their entries as a timeline.",
                                               autocompletion=complete.persons)] = None,
    with_: Annotated[bool, typer.Option("--with", help="With NAME: who appears with them, and how often.")] = False,
    store: StoreOpt = None,
    *,
    filters: Filters,
    out: Output,
) -> None:
    """People named in the entries: counts, first and last date; NAME: a timeline; NAME --with: companions."""
    import dataclasses

    from digest import people as pm
    from digest import term
    from digest.query import scan, select

    if with_ and not name:
        _err("people: --with needs a NAME")
        raise typer.Exit(2)
    st = _open_store(store)
    if not name:
        rows = _run(lambda: pm.people_rows(s.record for s in scan(st, filters)))
        _rows_out(rows, out, lambda rows: term.people_table(rows, "people", out.fields), "people")
        return
    want = "".join(name.split())
    if not want:
        _err("people: NAME is empty")
        raise typer.Exit(2)
    mine = dataclasses.replace(filters, persons=[*filters.persons, want])
    if with_:
        rows = _run(lambda: pm.companions((s.record for s in scan(st, mine)), want))
        if not rows:
            named = _run(lambda: next(iter(scan(st, mine)), None)) is not None
            _people_none(st, filters, want, "nobody appears with" if named else "no entries name")
        _rows_out(rows, out, lambda rows: term.people_table(rows, f"with {want}", out.fields), "people")
        return
    if not _run(lambda: next(iter(scan(st, mine)), None)):
        _people_none(st, filters, want, "no entries name")
    if out.fmt == "table" and not out.count and not out.fields:
        recs = _run(lambda: [s.record for s in select(st, dataclasses.replace(mine, limit=out.limit),
                                                      order=out.sort or "date")])
        term.people_timeline(recs, want, pm.bar_chart(pm.month_counts(recs)))
        return
    _entries_out(st, mine, out)


@app.command("persons", epilog=examples("digest persons notes.txt", "echo 市委书记江凌出席会议。 | digest persons"))
def persons_(
    path: Annotated[str, typer.Argument(metavar="[FILE|-]", help="Free text, one paragraph a line (- or none: stdin).")] = "-",
    document: Annotated[bool, typer.Option("--document", help="The whole input is one document: a name "
                                           "confirmed in one line counts in every line.")] = False,
    names: Annotated[Path | None, typer.Option("--names", metavar="FILE", parser=_path("--names"), help="Names file: one name a line, -name excludes.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="JSON lines (the default output).")] = True,
    max_size: MaxSizeOpt = None,
) -> None:
    """Name the people in free text: one JSON object per input line, {"persons": [...], "roles": {...}}."""
    from digest.persons import recognize
    from digest.source import InputError, read_source

    limit = _max_size(max_size)
    try:
        src = read_source(path, max_size=limit)
        lines = src.lines[:-1] if src.lines and src.lines[-1] == "" else src.lines
        rows = recognize(lines, document=document, names_file=names)
    except InputError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    _run(lambda: _stdout_json_lines(rows))


def _people_none(st: Store, filters: Filters, want: str, what: str) -> None:
    """Nothing for NAME: say so on stderr, with close names from the store, and exit 1."""
    from digest import people as pm
    from digest.query import scan

    known = _run(lambda: [r["name"] for r in pm.people_rows(s.record for s in scan(st, filters))])
    close = [k for k in pm.suggest(want, known) if k != want]
    _err(f"{what} {want}" + (f" (did you mean {', '.join(close)}?)" if close else ""))
    raise typer.Exit(1)


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
        res = index.build(st, full=force, on_wait=_err)
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


def _stop_on_signals() -> None:
    """Ctrl-C (SIGINT) and SIGTERM stop the server cleanly, also where SIGINT was ignored when the
    process started (a job put in the background by a script: Python then installs no handler)."""
    import signal

    def stop(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, stop)


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    store: StoreOpt = None,
) -> None:
    """Browse the store in a local, read-only web page (search, issues, people)."""
    from digest import index, web

    st = _open_store(store)
    _stop_on_signals()
    if not st.path.is_dir():
        _err(f"warning: no store at {st.path} (the pages stay empty until `digest parse` writes one there)")

    def ready() -> None:  # bound: only now is it true that we serve there
        _err(f"serving {st.path} read-only at http://{host}:{port}/ (Ctrl-C to stop)")
        if st.exists() and not index.status(st).fresh:
            _err("note: no fresh search index, so pages scan the store (`digest index build` makes big stores fast)")

    try:
        web.serve(st.path, host=host, port=port, on_ready=ready)  # returns on Ctrl-C
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        _err(f"cannot serve on {host}:{port}: {exc.strerror or exc}")
        raise typer.Exit(2) from None
    _err("stopped")


def main() -> None:
    """Console-script entry point. Usage errors: one line on stderr, exit 2; a closed pipe: exit 0."""
    # click's exception classes, reached through typer's public names (typer.BadParameter is one)
    click_errors = {c.__name__: c for c in typer.BadParameter.__mro__}
    _safe_stdout()
    try:
        rc = app(standalone_mode=False)
        sys.stdout.flush()
    except click_errors["UsageError"] as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":
            exc.show()
            sys.exit(2)
        ctx = getattr(exc, "ctx", None)
        _err(f"{_usage_message(exc)} (see {ctx.command_path if ctx else 'digest'} --help)")
        sys.exit(exc.exit_code)
    except click_errors["ClickException"] as exc:
        _err(exc.format_message())
        sys.exit(exc.exit_code)
    except typer.Abort:
        _err("aborted")
        sys.exit(1)
    except BrokenPipeError:
        _closed_pipe()
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
    except OSError as exc:  # out of file descriptors, processes, memory-mapped pipes: one line, no traceback
        import errno

        hint = " (raise the limit: ulimit -n)" if exc.errno in (errno.EMFILE, errno.ENFILE) else ""
        _err(f"{exc.strerror or exc}{hint}")
        sys.exit(2)
    sys.exit(rc if isinstance(rc, int) else 0)


class _ClosedStdout:
    """sys.stdout when the process started with it closed (`digest list >&-`; Python leaves None): a
    write fails with EBADF, which `main` reports in one line, and there is nothing to flush."""

    encoding = "utf-8"

    def write(self, _data: object) -> int:
        import errno

        raise OSError(errno.EBADF, "cannot write the output: stdout is closed")

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    @property
    def buffer(self) -> _ClosedStdout:  # the JSON and CSV writers write bytes there
        return self


def _safe_stdout() -> None:
    """Before any command: stdout (and stderr) that cannot fail halfway with a traceback.

    A closed stdout (Python leaves sys.stdout None) becomes `_ClosedStdout`: commands that print fail
    in one line, the others run. A closed stderr writes to /dev/null (nothing can be said). Either way
    /dev/null takes the closed descriptor, so that no file opened later (the store's) takes its place
    and is written as stdout or stderr. On an encoding without Chinese (PYTHONIOENCODING=latin-1, a
    cp1252 console) the characters it lacks are written as \\uXXXX escapes, as Python does on stderr,
    instead of ending in UnicodeEncodeError."""
    if sys.stdout is None:
        _hold(1)
        sys.stdout = _ClosedStdout()  # type: ignore[assignment]
    if sys.stderr is None:
        _hold(2)
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # for the life of the process
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")


def _hold(fd: int) -> None:
    """/dev/null at descriptor `fd`, which was closed when the process started."""
    null = os.open(os.devnull, os.O_WRONLY)
    if null != fd:
        os.dup2(null, fd)
        os.close(null)


def _closed_pipe() -> None:
    """The reader went away (`| head`): stop quietly with success, as grep and rg do, and keep Python
    from complaining when it flushes stdout at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)


def _usage_message(exc: Exception) -> str:
    """click's message, with a misspelt option's suggestion narrowed to the nearest name."""
    name = getattr(exc, "option_name", None)
    ctx = getattr(exc, "ctx", None)
    if type(exc).__name__ != "NoSuchOption" or not name or ctx is None:
        return exc.format_message()  # type: ignore[attr-defined]
    known = [o for p in ctx.command.params for o in (*p.opts, *p.secondary_opts) if o.startswith("--")]
    best = nearest(name, known)
    return f"no such option: {name}" + (f" (did you mean {best}?)" if best else "")


def nearest(word: str, names: list[str]) -> str | None:
    """The name closest to `word` by edit distance (a swap of two neighbours counts one), if it is
    close enough to be a likely misspelling: at most a third of the word's length."""
    def distance(a: str, b: str) -> int:
        prev2: list[int] = []
        prev = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            cur = [i] + [0] * len(b)
            for j, cb in enumerate(b, 1):
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
                if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                    cur[j] = min(cur[j], prev2[j - 2] + 1)
            prev2, prev = prev, cur
        return prev[-1]

    scored = sorted((distance(word, n), n) for n in names)
    if not scored:
        return None
    d, best = scored[0]
    # a prefix of a longer name (--mon for --month) is also a likely slip
    prefixed = [n for n in names if n.startswith(word)]
    if d > max(1, len(word.lstrip("-")) // 3):
        return prefixed[0] if len(prefixed) == 1 else None
    return best
