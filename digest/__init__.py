"""digest: turn Chinese government digests into typed, searchable records.

Pipeline (one module per stage):
    source   decode bytes, normalize lines, keep a map back to source lines
    blocks   paragraphs and headings with markup removed, each with its line span
    toc      find and read the 目录 (table of contents)
    align    align the 目录 to the body and cut entries
    newspaper  the no-目录 path: articles, kickers, datelines, bylines, masthead
    fields   dates (and year inference)
    persons  people named in each entry
    model    the entry and issue records (schema documented there)
    parse    the whole pipeline for one file
    store    the JSON-lines store
    query    filters shared by list/search/export/people
    export   jsonl/json/csv/md writers
    cli      Typer commands; only parses options and calls the library
"""

__version__ = "0.1.0"
