"""Public Python API: parse stories, build and update an index, search it. The CLI is built on it.

Nothing here imports Whoosh at module level, so ``import indexer`` stays cheap; the index
and query modules are loaded on first use.

>>> from indexer import Story, open_index, add_stories, search
>>> import tempfile, os
>>> ix = open_index(os.path.join(tempfile.mkdtemp(), "index"), create=True)
>>> add_stories([Story(id="s1", path="a.txt", title="Blinken in Seoul", cities=["Seoul"],
...                    published="2023-11-09T10:16:00", body="SEOUL (Reuters) - Blinken said.")],
...             index=ix).added
1
>>> result = search("blinken", index=ix, city="Seoul")
>>> result["total"], result["hits"][0]["title"], result["hits"][0]["snippet"]
(1, 'Blinken in Seoul', 'SEOUL (Reuters) - [Blinken] said')
"""
from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from typing import Callable, Iterable, Iterator, Sequence

from .errors import QueryError, ReadError
from .story import FORMAT_VERSION, HIT_FIELDS, SELECTABLE_FIELDS, Story

#: Where the index lives when neither --index nor $WIRE_INDEX says otherwise.
DEFAULT_INDEX = "./index"
#: Environment variable naming the index folder.
INDEX_ENV = "WIRE_INDEX"
#: Seconds to wait for another process's write lock before giving up.
DEFAULT_WAIT = 10.0
#: Memory an indexing run may use, all processes together, unless --memory-mb says otherwise.
DEFAULT_MEMORY_MB = 1024
#: The least --memory-mb can hold: one process (parser, numpy, Whoosh) building small
#: batches peaks at ~220 MB (index.plan.WORKER_FLOOR_MB says when a run takes workers).
MIN_MEMORY_MB = 256
#: Snippet highlight markers when the caller does not choose them: readable when piped.
PLAIN_MARKS = ("[", "]")
#: Hits fetched per page by ``search_all``: big enough that a walk takes few searches.
DEFAULT_PAGE = 500

ProgressFn = Callable[[int, int], None]
ErrorFn = Callable[[str, str], None]


@dataclass
class IndexSummary:
    """What one indexing run did. Story counts, except ``failed`` which counts files."""
    added: int = 0
    updated: int = 0
    removed: int = 0
    failed: int = 0
    unchanged: int = 0
    seconds: float = 0.0
    errors: list[tuple[str, str]] = field(default_factory=list)
    #: The earlier run that did not finish writing this index (killed, or ended on an error;
    #: its leftovers were cleared).
    interrupted: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class CompactSummary:
    """What ``compact_index`` did: segments and bytes of the index folder, before and after."""
    segments_before: int = 0
    segments_after: int = 0
    stories: int = 0
    bytes_before: int = 0
    bytes_after: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


def default_index_dir() -> str:
    """The index folder: ``$WIRE_INDEX`` if set, else ``./index``."""
    return os.environ.get(INDEX_ENV) or DEFAULT_INDEX


def open_index(path: str | None = None, *, create: bool = False, wait: float = DEFAULT_WAIT):
    """Open the index at ``path`` (default: ``default_index_dir()``).

    With ``create=True`` a missing index is created (waiting up to ``wait`` seconds for
    another run creating it); otherwise a missing one raises ``errors.NoIndexError``.
    Returns a ``WireIndex``.
    """
    from .index import WireIndex
    return WireIndex.open(path or default_index_dir(), create=create, wait=wait)


def _index_dir(index) -> str:
    """The folder of an index given as a path, a WireIndex, or None (the default)."""
    from .index import WireIndex
    if isinstance(index, WireIndex):
        return index.dirname
    return index or default_index_dir()


def _resolve(index, *, create: bool = False, wait: float = DEFAULT_WAIT):
    from .index import WireIndex
    if isinstance(index, WireIndex):
        return index
    return open_index(index, create=create, wait=wait)


def search(query: str = "", *, index=None, city=None, reporter=None, agency=None, lang=None,
           since=None, until=None, sort: str = "relevance", limit: int | None = 10,
           offset: int = 0, after: str | None = None, fields=None,
           marks: tuple[str, str] = PLAIN_MARKS, all_versions: bool = False,
           facets: Sequence[str] = ()) -> dict:
    """Search with the CLI's query language and filters; one page of hits.

    ``city``, ``reporter``, ``agency``, ``lang`` take a name or a list of names (any of
    them matches); ``since``/``until`` a date, a datetime or any text python-dateutil reads,
    whole days inclusive (UTC). ``sort`` is ``relevance``, ``newest``, ``oldest`` or
    ``recent`` (relevance, newer stories preferred); ties are broken by story id, so the
    order is the same on every run. Query words match their other forms in the stories'
    languages (``concerns`` finds ``concerned``); exact forms rank first.

    Each story is listed once, as its newest version, unless ``all_versions``; each hit's
    ``versions`` says how many versions the index holds. ``facets`` (``city``,
    ``agency``, ``reporter``, ``language``, ``year``, ``month``) adds ``"facets": {name:
    {value: count}}`` over every matching story. With fewer than three hits, a
    ``"suggestion"`` (a corrected query built from the index's words) may be added.

    Paging: ``limit`` hits (None for all) after skipping ``offset``, or after the hit a
    cursor names: pass the ``next_cursor`` of the previous page as ``after``.
    ``fields`` chooses what each hit holds (names or ``"title,published"``; default:
    the Story fields without ``body``, then ``score`` and ``snippet``).

    Returns ``{"format_version": 1, "query", "sort", "total", "offset", "hits",
    "next_cursor"}``: ``total`` counts every match, ``next_cursor`` is None on the last
    page. Snippets wrap query words in ``marks``.
    Raises ``errors.QueryError`` for a query, filter or cursor that cannot be understood.
    """
    from .query import run_search
    wanted = select_fields(fields)
    ix = _resolve(index)
    filters = _filters(city, reporter, agency, lang, since, until)
    with ix.reading() as searcher:
        return run_search(searcher, query, filters, sort=sort, limit=limit, offset=offset,
                          after=after, marks=marks, fields=wanted, all_versions=all_versions,
                          facets=tuple(facets))


def search_pages(query: str = "", *, page_size: int = DEFAULT_PAGE, **options) -> Iterator[dict]:
    """Every page of a search, in order, walked with cursors: ``search`` results each.

    Takes the keyword arguments of ``search`` (but not ``limit``, ``offset``, ``after``).
    Each page is read from the index as it stands then, so a long walk next to a running
    ``wire index`` neither repeats nor skips the stories that stay.
    """
    if page_size < 1:
        raise QueryError("page_size must be at least 1")
    after = None
    while True:
        page = search(query, limit=page_size, after=after, **options)
        yield page
        after = page["next_cursor"]
        if after is None:
            return


def search_all(query: str = "", *, page_size: int = DEFAULT_PAGE, **options) -> Iterator[dict]:
    """Every hit of a search, in order (see ``search_pages``); a generator, so memory
    stays small however many stories match."""
    for page in search_pages(query, page_size=page_size, **options):
        yield from page["hits"]


def count(query: str = "", *, index=None, city=None, reporter=None, agency=None, lang=None,
          since=None, until=None, all_versions: bool = False) -> int:
    """How many stories match (the ``total`` of ``search``, without reading any hit)."""
    from .query import count_matches
    ix = _resolve(index)
    filters = _filters(city, reporter, agency, lang, since, until)
    with ix.reading() as searcher:
        return count_matches(searcher, query, filters, all_versions=all_versions)


def explain(query: str = "", *, index=None, city=None, reporter=None, agency=None, lang=None,
            since=None, until=None) -> dict:
    """How a search would be understood, without running it: ``{"query", "languages",
    "words", "parsed", "filters", "terms"}`` (each word with the fields it is searched in,
    its exact form and its stems; the query searched, in Whoosh's notation)."""
    from .query import explain_search
    filters = _filters(city, reporter, agency, lang, since, until)
    with _resolve(index).searcher() as searcher:
        return explain_search(searcher, query, filters)


def story_versions(story_id: str, *, index=None) -> list[dict]:
    """Every version of a story (its near-duplicates in the index, itself included),
    oldest first: ``id, title, published, updated, agencies, source, path``."""
    return _resolve(index).versions(story_id)


def similar(story_id: str, *, index=None, limit: int | None = 10, fields=None,
            marks: tuple[str, str] = PLAIN_MARKS) -> dict:
    """Stories like this one, best first, its own versions left out:
    ``{"format_version", "query", "total", "hits"}`` with hits as in ``search``."""
    from .query import similar_stories
    wanted = select_fields(fields)
    with _resolve(index).searcher() as searcher:
        return similar_stories(searcher, story_id, limit=limit, marks=marks, fields=wanted)


def _filters(city, reporter, agency, lang, since, until):
    from .query import Filters
    return Filters.build(city=city, reporter=reporter, agency=agency, lang=lang,
                         since=since, until=until)


def select_fields(fields=None) -> tuple[str, ...]:
    """The hit fields to output: names, or one comma-separated string; None for the default.

    >>> select_fields("title, published,title")
    ('title', 'published')
    >>> select_fields("titel")
    Traceback (most recent call last):
    ...
    indexer.errors.QueryError: unknown field 'titel' (fields: id, path, title, published, updated, agencies, dateline, cities, region, reporters, editors, translators, photographers, language, source, url, body, score, snippet, versions)
    """
    if fields is None:
        return HIT_FIELDS
    names = fields.split(",") if isinstance(fields, str) else list(fields)
    chosen: list[str] = []
    for name in (n.strip() for n in names):
        if name not in SELECTABLE_FIELDS:
            raise QueryError(f"unknown field {name!r} (fields: {', '.join(SELECTABLE_FIELDS)})")
        if name not in chosen:
            chosen.append(name)
    if not chosen:
        raise QueryError("--fields needs at least one field name, e.g. --fields title,published")
    return tuple(chosen)


def get_story(story_id: str, *, index=None) -> dict:
    """The whole record of one story (all Story fields, body included)."""
    return _resolve(index).get(story_id)


def index_stats(*, index=None) -> dict:
    """Stories, date range, and counts by agency and language (``format_version`` first)."""
    return {"format_version": FORMAT_VERSION, **_resolve(index).stats()}


def add_stories(stories: Iterable[Story], *, index=None, wait: float = DEFAULT_WAIT) -> IndexSummary:
    """Add or replace stories (matched by id) that do not come from files the index tracks."""
    return _resolve(index, create=True, wait=wait).update([], stories=list(stories), wait=wait)


def index_paths(paths: Sequence[str], *, index=None, stories: Sequence[Story] = (),
                wait: float = DEFAULT_WAIT, progress: ProgressFn | None = None,
                on_error: ErrorFn | None = None, memory_mb: int | None = None,
                workers: int | None = None) -> IndexSummary:
    """Index the story files under ``paths`` (folders recursively), incrementally.

    Only new or changed files are parsed; stories of files that are gone are removed.
    ``-`` reads one story from stdin. ``stories`` adds stories that come from no tracked
    file; like stdin's, they are replaced by id and never removed by a later run.
    ``progress(done, total)`` is called as files are parsed; ``on_error(path, reason)``
    for each file that fails (the run goes on; the summary counts it).
    ``memory_mb`` bounds the memory of the whole run, all processes together (default
    1024); ``workers`` is the number of processes that parse and build (default: one per
    core). Small runs are done in-process either way.
    """
    return _resolve(index, create=True, wait=wait).update(
        list(paths), stories=list(stories), wait=wait, progress=progress, on_error=on_error,
        memory_mb=memory_mb, workers=workers)


def compact_index(*, index=None, wait: float = DEFAULT_WAIT, memory_mb: int | None = None,
                  workers: int | None = None) -> CompactSummary:
    """Merge the index's segments into one: faster searches and a smaller index, for an
    archive that has stopped growing (later runs add segments again). Deleted stories'
    space is freed too. ``memory_mb`` and ``workers`` as for ``index_paths``."""
    return _resolve(index, wait=wait).compact(wait=wait, memory_mb=memory_mb, workers=workers)


def rebuild_index(paths: Sequence[str], *, index=None, wait: float = DEFAULT_WAIT,
                  progress: ProgressFn | None = None, on_error: ErrorFn | None = None,
                  memory_mb: int | None = None, workers: int | None = None) -> IndexSummary:
    """Build a fresh index of ``paths`` beside the old one and swap it in when complete.

    For an index built by another version of wire, or one that ``check_index`` finds
    wrong. Stories that came from no file (stdin, ``add_stories``) are not carried over.
    """
    from .rebuild import rebuild_index as _rebuild
    return _rebuild(_index_dir(index), list(paths), wait=wait, progress=progress,
                    on_error=on_error, memory_mb=memory_mb, workers=workers)


def check_index(paths: Sequence[str] = (), *, index=None):
    """Compare the index with its manifest and the files on disk (and under ``paths``).

    Returns a ``check.CheckReport``: ``.problems`` say what is wrong and how to fix it,
    ``.notes`` what is worth knowing. Raises ``errors.NoIndexError`` without an index.
    """
    from .check import check_index as _check
    return _check(_index_dir(index), list(paths))


# The parser, re-exported lazily: importing it pulls in language detection and friends.

def walk_files(paths: Iterable[str]) -> Iterator[str]:
    """Story files under the paths (folders recursively), in a stable order."""
    from .walk import walk_files as _walk
    return _walk(paths)


def parse_paths(paths: Iterable[str], *, on_error: ErrorFn | None = None) -> Iterator[Story]:
    """The stories of every file under ``paths`` (``-`` reads stdin), in order.

    A path or file that cannot be read or parsed is reported to ``on_error(path, reason)``
    and skipped; the others are still parsed.
    """
    from .index import parse_parts
    from .walk import walk_files as _walk
    for path in paths:
        try:
            for file in _walk([path]):
                stories, reason, problems = parse_parts(file)
                if reason is not None:
                    if on_error:
                        on_error(file, reason)
                    continue
                for label, why in problems if on_error else ():
                    on_error(label, why)
                yield from stories
        except ReadError as e:
            if on_error:
                on_error(path, strip_path(path, e))


def strip_path(path: str, err: Exception) -> str:
    """An error's message without the file name the caller prints anyway.

    >>> strip_path("a.txt", ReadError("a.txt: no story found"))
    'no story found'
    """
    from .paths import path_label
    msg = " ".join(str(err).split())
    for prefix in (f"{path}: ", f"{os.path.abspath(path)}: ", f"{path_label(path)}: "):
        if msg.startswith(prefix):
            return msg[len(prefix):]
    return msg


def parse_file(path: str) -> list[Story]:
    """Parse one file into its stories; raises ``errors.ReadError`` naming the file."""
    from .pipeline import parse_file as _parse
    return _parse(path)


def parse_text(text: str, path: str = "-", key: str | None = None) -> Story:
    """Parse one story from text; ``key`` makes the id (defaults to ``path``)."""
    from .pipeline import parse_text as _parse
    return _parse(text, path, key)
