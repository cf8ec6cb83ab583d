"""Hits -> the line formats scripts read: csv, tsv, ids and paths (JSON needs no help).

One row per hit, a header row naming the fields; lists are joined with LIST_SEP and null
is the empty cell, so every row has the same columns.
"""
from __future__ import annotations

import csv
import re
from typing import Iterable, Iterator, Sequence

#: Lists (cities, reporters...) in one cell: names hold commas ("Kim, Jr.") but not ";".
LIST_SEP = "; "
#: The read stage labels the N-th story of a multi-story file ``file#N``...
STORY_NUMBER_RE = re.compile(r"#\d+$")
#: ...and a story inside an archive ``archive.zip!inner/path`` (formats/archive.py).
ARCHIVE_MEMBER_RE = re.compile(r"\.(?:zip|tar|tgz|tbz2?|txz|gz|bz2|xz)!", re.IGNORECASE)
#: TSV has no quoting: tabs and line breaks inside a value become spaces.
TSV_BREAK_RE = re.compile(r"[\t\r\n]+")
TABLE_FORMATS = ("csv", "tsv")
LINE_FORMATS = ("ids", "paths")


def cell(value) -> str:
    """A field value as one cell of text.

    >>> [cell(v) for v in (None, ["Seoul", "Tokyo"], 1.5, "Text", [])]
    ['', 'Seoul; Tokyo', '1.5', 'Text', '']
    """
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return LIST_SEP.join(str(v) for v in value)
    return str(value)


def table_lines(hits: Iterable[dict], fields: Sequence[str], fmt: str, *,
                header: bool = True) -> Iterator[str]:
    """csv or tsv lines (without line ends): a header, then one line per hit.

    >>> hits = [{"title": 'He said "no", twice', "cities": ["Seoul", "Tokyo"]}]
    >>> list(table_lines(hits, ["title", "cities"], "csv"))
    ['title,cities', '"He said ""no"", twice",Seoul; Tokyo']
    >>> list(table_lines([{"title": "a\\tb\\nc"}], ["title"], "tsv", header=False))
    ['a b c']
    """
    if header:
        yield from _table_line(list(fields), fmt)
    for hit in hits:
        yield from _table_line([cell(hit.get(name)) for name in fields], fmt)


def _table_line(cells: list[str], fmt: str) -> Iterator[str]:
    if fmt == "tsv":
        yield "\t".join(TSV_BREAK_RE.sub(" ", c) for c in cells)
        return
    out = _LineBuffer()
    csv.writer(out, lineterminator="").writerow(cells)
    yield out.text


class _LineBuffer:
    text = ""

    def write(self, s: str) -> None:
        self.text += s


def source_file(path: str) -> str:
    """The file a story came from: its label without ``#N`` or an archive member's name.

    >>> source_file("feeds/reuters.xml#3"), source_file("a b!.txt")
    ('feeds/reuters.xml', 'a b!.txt')
    >>> source_file("2024.tar.gz!jan/feed.jsonl#2"), source_file("old.zip!inner.zip!a.txt")
    ('2024.tar.gz', 'old.zip')
    """
    path = STORY_NUMBER_RE.sub("", path)
    m = ARCHIVE_MEMBER_RE.search(path)
    return path[:m.end() - 1] if m else path


def id_lines(hits: Iterable[dict]) -> Iterator[str]:
    """One story id per line."""
    for hit in hits:
        yield hit["id"]


def path_lines(hits: Iterable[dict], seen: set[str] | None = None) -> Iterator[str]:
    """Each source file once, in hit order; stories read from stdin have none.

    ``seen`` carries the files already printed across pages.

    >>> list(path_lines([{"path": "f.xml#1"}, {"path": "f.xml#2"}, {"path": "-"}, {"path": "g.txt"}]))
    ['f.xml', 'g.txt']
    """
    seen = set() if seen is None else seen
    for hit in hits:
        path = source_file(hit.get("path") or "")
        if path and path != "-" and path not in seen:
            seen.add(path)
            yield path
