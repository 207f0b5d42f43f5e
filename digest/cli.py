"""Command line: Typer commands that parse options and call library functions. Nothing else.

Exit codes: 0 success / something matched, 1 nothing matched or problems found, 2 usage or input error.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from digest import __version__

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
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                     help="Show the version and exit.")] = None,
) -> None:
    """digest: parse digests, keep them in a JSON-lines store, list, search and export them."""


StoreOpt = Annotated[Optional[Path], typer.Option("--store", envvar="DIGEST_STORE",
                                                  help="Store directory (default: $XDG_DATA_HOME/digest).")]


@app.command()
def parse(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (*.txt, *.md) or - for stdin.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print entry records as JSON lines on stdout.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Parse only; do not write the store.")] = False,
    year: Annotated[Optional[int], typer.Option("--year", help="Year of the issue (overrides the content).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary and no warnings on stderr.")] = False,
    no_persons: Annotated[bool, typer.Option("--no-persons", help="Skip person recognition.")] = False,
    names: Annotated[Optional[Path], typer.Option("--names", help="Names file: one name a line, -name excludes.")] = None,
    store: StoreOpt = None,
) -> None:
    """Parse issues into entry records and keep them in the store."""
    from digest import report
    from digest.parse import parse_path
    from digest.source import InputError, expand_paths

    files = expand_paths(paths)
    if not files:
        _err("no input files")
        raise typer.Exit(2)
    failed = 0
    results = []
    progress = report.progress(len(files), enabled=not quiet and not json_out)
    for f in files:
        try:
            res = parse_path(f, year=year, persons=not no_persons, names_file=names or _store_names(store))
        except InputError as exc:
            _err(str(exc))
            failed += 1
            progress.advance()
            continue
        if json_out:
            _stdout_json_lines(e.to_dict() for e in res.entries)
        if not quiet:
            for w in res.issue.warnings:
                _err(f"warning: {res.issue.source}: {w}")
        results.append(res)
        progress.advance()
    progress.close()
    if results and not dry_run:
        from digest.store import Store, StoreError

        try:
            st = Store.open(store)
            for res in results:
                st.put(res.issue, res.entries)
        except StoreError as exc:
            _err(str(exc))
            raise typer.Exit(2) from None
    if not quiet:
        report.print_parse_summary(results, stored=not dry_run, to_stderr=json_out)
    if failed:
        raise typer.Exit(2)


def _store_names(store: Optional[Path]) -> Optional[Path]:
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
    year: Annotated[Optional[int], typer.Option("--year", help="Year of the issue.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="The report as JSON lines (one per file).")] = False,
) -> None:
    """Reconcile the 目录 with the body: matched / unmatched lines, stray entries, page order, coverage."""
    from digest import report
    from digest.parse import parse_path
    from digest.source import InputError, expand_paths

    files = expand_paths(paths)
    problems = 0
    errors = 0
    for f in files:
        try:
            res = parse_path(f, year=year, persons=False)
        except InputError as exc:
            _err(str(exc))
            errors += 1
            continue
        problems += len(res.problems)
        if json_out:
            _stdout_json_lines([report.check_dict(res)])
        else:
            report.print_check(res)
    if errors:
        raise typer.Exit(2)
    raise typer.Exit(1 if problems else 0)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
