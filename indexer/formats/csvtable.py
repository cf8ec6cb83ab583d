"""CSV / TSV reader: a database export with a header row -> one story per data row, the
columns mapped to Story fields as the JSON reader maps keys, row N labelled ``file#N``.

    id,title,date,agency,byline,dateline,language,url,body
    1,"Miners strike",2014-08-12 14:05:00,Reuters,Jane Roe,SANTIAGO,en,http://...,"SANTIAGO ..."

Comma, semicolon or tab separated; column names in English, German, French, Spanish, Italian
and a few more; a time in a column of its own is joined to the date's.
"""
from __future__ import annotations

import csv
import io
from typing import Iterator

from .base import MAX_FILE_BYTES, Document, Part, ReadError, fail, label_parts
from .jsonfeed import HTML_KEYS, TEXT_KEYS, TITLE_KEYS, _key, record_part

CSV_EXTENSIONS = (".csv", ".tsv", ".tab")
CSV_DELIMITERS = (",", ";", "\t", "|")
MAX_HEADER_CHARS = 1000      # a header row is a few dozen names; a longer first line is text
MAX_COLUMN_CHARS = 40        # a column name longer than this is a sentence
MIN_COLUMNS = 2
CSV_TITLE_NAMES = frozenset(TITLE_KEYS)
CSV_BODY_NAMES = frozenset(TEXT_KEYS + HTML_KEYS) - {"story", "bodies"}


def _column(name: str) -> str:
    """A header name as the JSON reader's key ("Titel" -> "title", "body_text" -> "bodytext")."""
    return _key(name.strip().strip("\ufeff\"' "))   # the JSON reader's names and aliases


def _header(text: str) -> tuple[str, list[str]] | None:
    """(delimiter, column keys) when the first line is a header row, else None."""
    line = text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    if not line or len(line) > MAX_HEADER_CHARS:
        return None
    best = None
    for delim in CSV_DELIMITERS:
        names = next(csv.reader([line], delimiter=delim), [])
        if len(names) < MIN_COLUMNS or any(len(n.strip()) > MAX_COLUMN_CHARS for n in names):
            continue
        if best is None or len(names) > len(best[1]):
            best = (delim, [_column(n) for n in names])
    return best


def sniff_csv(head: str, lower_name: str = "") -> bool:
    """A header row naming a title-like and a body-like column (either one for a .csv file).

    >>> sniff_csv("id,title,date,body\\n1,x,y,z"), sniff_csv("Titel;Datum;Text\\n"), sniff_csv("Talks, resume\\n")
    (True, True, False)
    >>> sniff_csv("id,headline,date\\n", "x.csv"), sniff_csv("id,headline,date\\n", "x.txt")
    (True, False)
    """
    found = _header(head)
    if not found or "\n" not in head.lstrip("\ufeff"):
        return False
    names = set(found[1])
    titled, bodied = bool(names & CSV_TITLE_NAMES), bool(names & CSV_BODY_NAMES)
    if lower_name.endswith(CSV_EXTENSIONS):
        return titled or bodied
    return titled and bodied


def read_csv(data: bytes, path: str, key: str) -> Iterator[Document | ReadError]:
    """One story per data row; blank lines are no rows."""
    from .. import clean
    text = clean.decode_bytes(data).lstrip("\ufeff")
    found = _header(text)
    if not found:
        raise fail(path, "no header row naming the columns (title, date, body...)")
    delim, columns = found
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))   # a long story is one cell
    rows = csv.reader(io.StringIO(text.split("\n", 1)[1] if "\n" in text else ""),
                      delimiter=delim)
    yield from label_parts(_row_parts(rows, columns), path, key)


def _row_parts(rows, columns: list[str]) -> Iterator[Part]:
    try:
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue
            # (a time in a column of its own is joined to the date's by record_part)
            yield record_part({c: cell.strip() for c, cell in zip(columns, row) if c and cell.strip()})
    except csv.Error as e:
        yield Part(error=f"line {rows.line_num + 1}: not valid CSV ({e})")
