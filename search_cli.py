"""Command line: thin click glue over the indexer API (check arguments, call, format output).

Exit status: 0 when the command did its work, even a search with no hits; 1 when it
ran into an error at run time (the index is missing, input could not be read, a file
failed to parse); 2 for a usage error (a bad query, an unknown field, a bad date); 75
when another process holds the index's lock. Library errors become one ``Error: ...`` line on
stderr in one place, ``WireCommand.invoke``; nothing here calls sys.exit.
"""
from __future__ import annotations

import json
import os
import signal
import sys
import threading
from datetime import datetime

import click

import indexer
from indexer import errors
from indexer.api import (DEFAULT_INDEX, DEFAULT_MEMORY_MB, DEFAULT_WAIT, INDEX_ENV,
                         MIN_MEMORY_MB, PLAIN_MARKS)
from indexer import output, watch
from indexer.paths import path_label
from indexer.story import FIELDS, SELECTABLE_FIELDS

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


# -- one place for errors -----------------------------------------------------------------

class WireCommand(click.Command):
    """Maps library exceptions to ``Error: ...`` on stderr and their exit code."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except errors.WireError as e:
            raise _ClickError(str(e), e.exit_code) from None
        except BrokenPipeError:
            # `wire search --format ids --all | head`: the reader has what it wanted.
            # Stop quietly with the status of a tool killed by SIGPIPE; stdout goes to
            # /dev/null so that Python's final flush does not complain again.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(EXIT_BROKEN_PIPE)
        except OSError as e:
            where = f"{e.filename}: " if e.filename else ""
            raise _ClickError(f"{where}{e.strerror or e}", 1) from None


#: Exit status after a second Ctrl-C aborted a watcher mid-batch (128 + SIGINT, as shells do).
EXIT_INTERRUPTED = 130
#: Exit status when the reader of stdout went away (128 + SIGPIPE, as for `yes | head`).
EXIT_BROKEN_PIPE = 141


class _ClickError(click.ClickException):
    def __init__(self, message: str, exit_code: int):
        super().__init__(message)
        self.exit_code = exit_code


class SearchCommand(WireCommand):
    """Arguments that are not this command's options are query words, even ``-word``.

    Click would read ``-shares`` as the options -s -h -a...; a query word starting with a
    minus means NOT, so everything but the known options goes behind ``--``.
    An unknown ``--long-option`` is still an error (a typo must not become a query word).
    """

    def parse_args(self, ctx, args):
        takes_value = {}
        for param in self.get_params(ctx):
            if isinstance(param, click.Option):
                for name in param.opts + param.secondary_opts:
                    takes_value[name] = not param.is_flag and not param.count
        options, words = [], []
        rest = iter(args)
        for arg in rest:
            if arg == "--":
                words.extend(rest)
                break
            name = arg.split("=", 1)[0]
            if name in takes_value:
                options.append(arg)
                if takes_value[name] and "=" not in arg:
                    value = next(rest, None)
                    if value is not None:
                        options.append(value)
            elif arg.startswith("--") and len(arg) > 2:
                options.append(arg)  # let click report the unknown option
            else:
                words.append(arg)
        return super().parse_args(ctx, options + ["--"] + words)


class WireGroup(click.Group):
    command_class = WireCommand


# -- shared options -------------------------------------------------------------------------

def index_option(f):
    """--index DIR, honouring $WIRE_INDEX."""
    return click.option("--index", "index_dir", metavar="DIR", default=DEFAULT_INDEX,
                        envvar=INDEX_ENV, show_default=True, show_envvar=True,
                        help="Index folder.")(f)


def version_option(f):
    """--version on every command."""
    return click.version_option(indexer.__version__, "--version",
                                message="%(prog)s %(version)s")(f)


def complete_fields(ctx, param, incomplete):
    """Shell completion for --fields: the names after the last comma."""
    done, _, last = incomplete.rpartition(",")
    prefix = done + "," if done else ""
    chosen = set(done.split(",")) if done else set()
    return [prefix + name for name in SELECTABLE_FIELDS
            if name.startswith(last) and name not in chosen]


def format_option(*choices: str, default: str):
    def decorator(f):
        return click.option("--format", "fmt", type=click.Choice(choices), default=default,
                            show_default=True, help="Output format.")(f)
    return decorator


def filter_options(f):
    """The search filters: each narrows the results without changing their ranking."""
    options = [
        click.option("--city", multiple=True, metavar="NAME",
                     help="Dateline city (repeat for any of several)."),
        click.option("--reporter", multiple=True, metavar="NAME",
                     help="Reporter, whole name or part (repeat for any of several)."),
        click.option("--agency", multiple=True, metavar="NAME",
                     help="Agency: Reuters, AP, AFP, dpa... (repeat for any of several)."),
        click.option("--lang", multiple=True, metavar="CODE",
                     help="Language code: en, fr, de, es... (repeat for any of several)."),
        click.option("--since", metavar="DATE",
                     help="Published on or after this day (UTC), e.g. 2023-11-01."),
        click.option("--until", metavar="DATE",
                     help="Published on or before this day (UTC), e.g. 2023-11-30."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _is_default(name: str) -> bool:
    """The parameter was not given on the command line or in the environment."""
    source = click.get_current_context().get_parameter_source(name)
    return source in (click.core.ParameterSource.DEFAULT, None)


def _dumps(data, indent=None) -> str:
    return json.dumps(data, ensure_ascii=False, indent=indent)


# -- commands -------------------------------------------------------------------------------

@click.group(cls=WireGroup, context_settings=CONTEXT_SETTINGS)
@version_option
def cli():
    """Parse, index and search archives of news wire stories.

    \b
    Example:
        wire index samples/
        wire search "Blinken Seoul"
    """


@cli.command("index")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@index_option
@version_option
@click.option("--wait", type=float, default=DEFAULT_WAIT, show_default=True, metavar="SECONDS",
              help="How long to wait for another run (or watcher) holding the index lock (then exit 75).")
@click.option("--rebuild", is_flag=True,
              help="Build a fresh index of PATHS beside the old one; swap it in when complete.")
@click.option("--watch", is_flag=True,
              help="Keep running: index files as they arrive, change or disappear, in small "
                   "batches searchable within seconds. Ctrl-C stops cleanly.")
@click.option("--poll", is_flag=True,
              help="With --watch: look for changes every second instead of using file "
                   "events (network shares, some containers).")
@click.option("--settle", type=click.FloatRange(min=0), default=watch.SETTLE_SECONDS,
              show_default=True, metavar="SECONDS",
              help="With --watch: index a file once it has not changed for this long.")
@click.option("--memory-mb", type=click.IntRange(min=MIN_MEMORY_MB), default=None,
              metavar="MB", help="Memory the run may use, all processes together, at "
              f"least {MIN_MEMORY_MB}  [default: {DEFAULT_MEMORY_MB}].")
@click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
              help="Processes that parse and build the index, at most as many as --memory-mb "
              "holds  [default: one per core].")
def index_command(paths, index_dir, wait, rebuild, watch, poll, settle, memory_mb, workers):
    """Add or update the stories under PATHS (folders recursively; - reads one story from stdin).

    Only new or changed files are parsed again; stories whose files are gone are removed.
    A file that cannot be parsed is named on stderr and skipped (exit status 1). One run
    writes an index at a time: another waits up to --wait seconds, then exits with 75.
    A run that is killed loses at most its last batch; the next run redoes it.
    Large runs parse and build in one process per core, each batch written as a segment;
    --memory-mb sets how big a batch may grow (a feed or archive larger than a batch is
    split over several segments; a large one is shared by the workers when each has room
    to read it), so memory stays bounded. Each worker process needs
    ~280 MB of it (1024 MB holds three; below ~630, one process does it all), and the
    list of files ~0.6 KB a file (a million files under 1024 MB: one process; 1536 or more
    keeps two). Segments beyond twelve are merged at the end, by the workers together;
    `wire compact` merges them all into one (faster searches, for an archive that has
    stopped growing).

    With --watch the index is kept current until Ctrl-C (or SIGTERM), which indexes the
    changes already noticed and exits 0 (1 if a file still fails). One watcher per index:
    a second one waits --wait seconds, then exits 75.

    \b
    Example:
        wire index samples/
        wire index --index ~/wire-index /archive/reuters /archive/afp
        wire index --rebuild samples/
        cat story.txt | wire index -
        wire index --watch /var/spool/wire
    """
    if watch and rebuild:
        raise click.UsageError("--rebuild and --watch cannot be combined: rebuild first, then watch")
    if watch:
        return watch_index(paths, index_dir, wait=wait, poll=poll, settle=settle)
    if poll or not _is_default("settle"):
        raise click.UsageError("--poll and --settle go with --watch")
    bar = None

    def progress(done, total):
        nonlocal bar
        if bar is None:
            bar = click.progressbar(length=total, label="Indexing", file=sys.stderr)
        bar.update(1)

    def on_error(path, reason):
        click.echo(f"{path_label(path)}: {reason}", err=True)

    build = indexer.rebuild_index if rebuild else indexer.index_paths
    summary = build(paths, index=index_dir, wait=wait, on_error=on_error,
                    progress=progress if sys.stderr.isatty() else None,
                    memory_mb=memory_mb, workers=workers)
    if bar is not None:
        bar.render_finish()
    if summary.interrupted:
        click.echo(f"{index_dir}: an earlier run did not finish writing ({summary.interrupted}); "
                   "its unfinished batch was redone", err=True)
    click.echo(f"{index_dir}: {_summary_text(summary)}", err=True)
    if summary.failed:
        click.get_current_context().exit(1)


def _summary_text(summary, unchanged: bool = True) -> str:
    text = (f"{summary.added} added, {summary.updated} updated, {summary.removed} removed, "
            f"{summary.failed} failed")
    if unchanged:
        text += f", {summary.unchanged} unchanged"
    return text + f" in {summary.seconds:.1f}s"


def watch_index(paths, index_dir, *, wait, poll, settle):
    """wire index --watch: run the watcher until SIGINT or SIGTERM; a second one aborts."""
    stop = threading.Event()

    def on_signal(signum, frame):
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        click.echo("stopping: indexing the changes already noticed (Ctrl-C again to abort)",
                   err=True)

    def on_ready(summary, how):
        click.echo(f"{index_dir}: {_summary_text(summary)}", err=True)
        click.echo(f"watching {', '.join(paths)} ({'file events' if how == 'events' else 'polling'}"
                   "; Ctrl-C to stop)", err=True)

    def on_batch(summary):
        if summary.added or summary.updated or summary.removed or summary.failed:
            click.echo(f"{datetime.now():%H:%M:%S} {_summary_text(summary, unchanged=False)}",
                       err=True)

    def on_error(path, reason):
        click.echo(f"{path}: {reason}", err=True)

    def on_wait(message):
        click.echo(f"waiting: {message}", err=True)

    handlers = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        totals = indexer.watch_paths(paths, index=index_dir, stop=stop, poll=poll, settle=settle,
                                     wait=wait, on_ready=on_ready, on_batch=on_batch,
                                     on_error=on_error, on_wait=on_wait)
    except KeyboardInterrupt:
        raise _ClickError("interrupted: the batch being indexed was not committed; "
                          "run wire index again to finish it", EXIT_INTERRUPTED) from None
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
    click.echo(f"{index_dir}: stopped; this session {_summary_text(totals, unchanged=False)}",
               err=True)
    if totals.failed:
        click.get_current_context().exit(1)


@cli.command("parse")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@format_option("jsonl", "json", default="jsonl")
@version_option
def parse_command(paths, fmt):
    """Parse story files without indexing them and print their Story records.

    Folders are read recursively; - reads one story from stdin. A file that cannot be
    parsed is named on stderr and skipped (exit status 1).

    \b
    Example:
        wire parse --format jsonl samples/
        wire parse story.txt --format json
    """
    failed = 0
    records = []

    def on_error(path, reason):
        nonlocal failed
        failed += 1
        click.echo(f"{path_label(path)}: {reason}", err=True)

    for story in indexer.parse_paths(paths, on_error=on_error):
        record = story.to_dict()
        record = {name: record[name] for name in FIELDS}
        if fmt == "jsonl":
            click.echo(_dumps(record))
        else:
            records.append(record)
    if fmt == "json":
        click.echo(_dumps(records, indent=2))
    if failed:
        click.get_current_context().exit(1)


FACET_NAMES = ("city", "agency", "reporter", "language", "year", "month")
#: Values per facet in the text table (JSON has them all).
FACET_ROWS = 10


@click.command("search", cls=SearchCommand, context_settings=CONTEXT_SETTINGS)
@click.argument("words", nargs=-1, metavar="QUERY...")
@filter_options
@click.option("--sort", type=click.Choice(["relevance", "newest", "oldest", "recent"]),
              default="relevance", show_default=True,
              help="Order of the hits (ties broken by story id: the same on every run); "
                   "recent: relevance, newer stories preferred.")
@click.option("--limit", type=click.IntRange(min=0), default=10, show_default=True,
              help="Show at most this many hits.")
@click.option("--all", "every", is_flag=True,
              help="Show every hit (read page by page: fine for huge result sets).")
@click.option("--offset", type=click.IntRange(min=0), default=0, metavar="N",
              help="Skip the first N hits.")
@click.option("--after", metavar="CURSOR",
              help="Start after the hit this cursor names: the next_cursor of a --format json "
                   "search (or the one printed on stderr). Stable for walking every match.")
@format_option("text", "json", "jsonl", "csv", "tsv", "ids", "paths", default="text")
@click.option("--fields", metavar="NAMES", shell_complete=complete_fields,
              help="Comma-separated fields for json, jsonl, csv and tsv, e.g. title,published,"
                   "cities (also body, score, snippet). Without --format: a tsv table.")
@click.option("--count", "count_only", is_flag=True,
              help="Print only the number of matching stories.")
@click.option("--facet", "facets", multiple=True, type=click.Choice(FACET_NAMES),
              help="Count all matching stories by this (repeatable).")
@click.option("--all-versions", is_flag=True,
              help="List every version of a story, not only its newest.")
@click.option("--explain", is_flag=True,
              help="Print how the query is understood, and do not search.")
@index_option
@version_option
def search_command(words, city, reporter, agency, lang, since, until, sort, limit, every, offset,
                   after, fmt, fields, count_only, facets, all_versions, explain, index_dir):
    """Search the index. Words are ANDed; also "a phrase", OR, NOT or -word, ( ).

    Field prefixes: title: body: city: agency: reporter: editor: translator:
    photographer: lang: date: (e.g. reporter:choi, city:"new york",
    date:2023-11-01..2023-11-30, date:2023-11.., date:..2023-12-31, date:2023-11-09).
    With only filters, every story that passes them is listed, newest first.
    Words match their other forms in the stories' languages (concerns: concerned);
    a story with several versions is listed once, as its newest.

    Formats: text for people; json (one document with total and next_cursor), jsonl (one
    hit per line); csv and tsv (a header, then one row per hit); ids and paths (one per
    line, for xargs; each source file once).

    \b
    Example:
        search "Blinken Seoul"
        wire search 'reporter:"hye-jin yoon" Corée' --lang fr
        wire search --city Seoul --since 2023-11-01 --until 2023-11-30 --sort newest
        wire search "North Korea" --format json --limit 3
        wire search Seoul --format csv --fields id,published,title --all > seoul.csv
        wire search --agency dpa --format paths --all | xargs grep -l Haushalt
        wire search Seoul --count
        wire search oil --facet agency --facet year --limit 0
        wire search "préoccupations Corée" --explain
    """
    text = " ".join(words)
    filters = dict(city=city, reporter=reporter, agency=agency, lang=lang, since=since,
                   until=until)
    if explain:
        _print_explain(indexer.explain(text, index=index_dir, **filters), fmt)
        return
    if count_only:
        click.echo(indexer.count(text, index=index_dir, all_versions=all_versions, **filters))
        return
    if fields is not None and fmt == "text" and _is_default("fmt"):
        fmt = "tsv"  # a table of the chosen fields is what `--fields a,b` alone asks for
    if fields is not None and fmt in ("text",) + output.LINE_FORMATS:
        raise click.UsageError(f"--fields works with --format json, jsonl, csv or tsv, "
                               f"not {fmt}")
    if every and (after or offset):
        raise click.UsageError("--all walks every hit from the first: leave out --after "
                               "and --offset")
    # ids and paths need one field each: no snippets to build, no records to copy
    wanted = {"ids": ("id",), "paths": ("path",)}.get(fmt) or indexer.select_fields(fields)
    marks = PLAIN_MARKS
    tty = fmt == "text" and sys.stdout.isatty()
    if tty:
        marks = tuple(click.style("\0", bold=True).split("\0"))
    options = dict(filters, index=index_dir, sort=sort, marks=marks, fields=wanted,
                   all_versions=all_versions, facets=facets)
    if every:
        pages = indexer.search_pages(text, **options)
    else:
        pages = iter([indexer.search(text, limit=limit, offset=offset, after=after, **options)])
    write_pages(pages, fmt, wanted, tty=tty)


def write_pages(pages, fmt: str, fields, *, tty: bool) -> None:
    """Print search pages in one format; the count and the next cursor go to stderr."""
    first = last = None
    shown, seen_paths = 0, set()
    hits_for_json = []
    for page in pages:
        first = first or page
        last = page
        hits = page["hits"]
        if fmt == "json":
            hits_for_json.extend(hits)
        elif fmt == "jsonl":
            for hit in hits:
                click.echo(_dumps(hit))
        elif fmt in output.TABLE_FORMATS:
            for line in output.table_lines(hits, fields, fmt, header=shown == 0 and page is first):
                click.echo(line)
        elif fmt == "ids":
            for line in output.id_lines(hits):
                click.echo(line)
        elif fmt == "paths":
            for line in output.path_lines(hits, seen_paths):
                click.echo(line)
        else:
            for rank, hit in enumerate(hits, first["offset"] + shown + 1):
                click.echo(_format_hit(rank, hit, bold=tty))
        shown += len(hits)
    if fmt == "json":
        result = dict(first, hits=hits_for_json, next_cursor=last["next_cursor"])
        click.echo(_dumps(result, indent=2))
        return
    if first.get("facets"):
        if fmt == "text":
            click.echo(_format_facets(first["facets"]))
        else:  # a line format: the counts are not rows of it
            click.echo(_format_facets(first["facets"]), err=True)
    if first.get("suggestion"):
        click.echo(f"Did you mean: {first['suggestion']}", err=True)
    total, cursor = first["total"], last["next_cursor"]
    note = f"{shown} of {total} stories" if total else "no stories match"
    if cursor:
        note += f" (see more with a higher --limit or --all; next page: --after {cursor})"
    click.echo(note, err=True)


cli.add_command(search_command)


@cli.command("show")
@click.argument("story_id", metavar="ID")
@click.option("--versions", is_flag=True,
              help="List the story's versions (near-duplicates) with dates and sources.")
@format_option("json", "text", default="json")
@index_option
@version_option
def show_command(story_id, versions, fmt, index_dir):
    """Print the whole record of one story as JSON (ids are in search --format json).

    With --versions, list every version of the story instead, oldest first.

    \b
    Example:
        wire show 3f1c0e6a9b2d4e57
        wire show 3f1c0e6a9b2d4e57 --versions --format text
    """
    if not versions:
        click.echo(_dumps(indexer.get_story(story_id, index=index_dir), indent=2))
        return
    found = indexer.story_versions(story_id, index=index_dir)
    if fmt == "json":
        click.echo(_dumps(found, indent=2))
        return
    for version in found:
        mark = "*" if version["id"] == story_id else " "
        where = ", ".join(version["agencies"] or []) + (
            f" via {version['source']}" if version.get("source") else "")
        click.echo(f"{mark} {version['published'] or 'undated':<25} {version['id']}  "
                   f"{where or '-'}  {version['title'] or '(untitled)'}")
    click.echo(f"{len(found)} version{'s' if len(found) != 1 else ''}", err=True)


@cli.command("similar")
@click.argument("story_id", metavar="ID")
@click.option("--limit", type=click.IntRange(min=0), default=10, show_default=True,
              help="Show at most this many stories.")
@format_option("text", "json", "jsonl", default="text")
@index_option
@version_option
def similar_command(story_id, limit, fmt, index_dir):
    """List stories like one story (by its most distinctive words; its versions left out).

    \b
    Example:
        wire similar 3f1c0e6a9b2d4e57
        wire similar 3f1c0e6a9b2d4e57 --format json --limit 3
    """
    tty = fmt == "text" and sys.stdout.isatty()
    marks = tuple(click.style("\0", bold=True).split("\0")) if tty else PLAIN_MARKS
    result = indexer.similar(story_id, index=index_dir, limit=limit, marks=marks)
    if fmt == "json":
        click.echo(_dumps(result, indent=2))
    elif fmt == "jsonl":
        for hit in result["hits"]:
            click.echo(_dumps(hit))
    else:
        for rank, hit in enumerate(result["hits"], 1):
            click.echo(_format_hit(rank, hit, bold=tty))
        click.echo(f"{len(result['hits'])} of {result['total']} stories", err=True)




@cli.command("check")
@click.argument("paths", nargs=-1, type=click.Path())
@index_option
@format_option("text", "json", default="text")
@version_option
def check_command(paths, index_dir, fmt):
    """Check the index against its sources and say what is wrong (exit status 1 if anything).

    Compares the stories in the index with the files they came from: files changed or
    deleted since, stories missing, extra or duplicated, an index from another version.
    With PATHS, files under them that are not indexed are listed too. Each problem is one
    line on stdout with what to do; notes (files wire refuses, leftovers of a killed run)
    follow, and a summary goes to stderr.

    \b
    Example:
        wire check samples/
        wire check --format json
    """
    report = indexer.check_index(paths, index=index_dir)
    if fmt == "json":
        click.echo(_dumps(report.to_dict(), indent=2))
    else:
        for f in report.problems:
            click.echo(f"{f.kind}: {f.where}: {f.detail}")
        for f in report.notes:
            click.echo(f"note: {f.kind}: {f.where}: {f.detail}")
    verdict = f"{len(report.problems)} problems" if report.problems else "OK"
    click.echo(f"{index_dir}: {report.stories} stories from {report.files} files; {verdict}",
               err=True)
    if report.problems:
        click.get_current_context().exit(1)


@cli.command("compact")
@index_option
@version_option
@click.option("--wait", type=float, default=DEFAULT_WAIT, show_default=True, metavar="SECONDS",
              help="How long to wait for a run (or watcher) holding the index lock (then exit 75).")
@click.option("--memory-mb", type=click.IntRange(min=MIN_MEMORY_MB), default=None,
              metavar="MB", help="Memory the merge may use, all processes together, at "
              f"least {MIN_MEMORY_MB}  [default: {DEFAULT_MEMORY_MB}].")
@click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
              help="Processes that share a large merge  [default: one per core].")
def compact_command(index_dir, wait, memory_mb, workers):
    """Merge the index's segments into one, for faster searches and a smaller index.

    Each indexing run adds segments (a large one, one per batch; up to twelve are kept),
    and every word of a search is looked up in each. For an archive that has stopped
    growing, merging them makes searches faster (~40 % on 100,000 stories) and the index
    ~30 % smaller; it takes ~0.3 s a thousand stories on two cores, and searches go on
    meanwhile. Later runs add segments again. Space of deleted stories is freed too.

    \b
    Example:
        wire index /archive && wire compact
        wire compact --index ~/wire-index
    """
    click.echo(f"{index_dir}: compacting...", err=True)
    done = indexer.compact_index(index=index_dir, wait=wait, memory_mb=memory_mb,
                                 workers=workers)
    click.echo(f"{index_dir}: {done.stories:,} stories, {_segments(done.segments_before)} -> "
               f"{done.segments_after}, {_megabytes(done.bytes_before)} -> "
               f"{_megabytes(done.bytes_after)} in {done.seconds:.1f}s", err=True)


def _megabytes(size: int) -> str:
    return f"{size / 1e6:,.1f} MB"


def _segments(count: int) -> str:
    return f"{count} segment{'' if count == 1 else 's'}"


@cli.command("stats")
@index_option
@format_option("text", "json", default="text")
@version_option
def stats_command(index_dir, fmt):
    """Summarise the index: stories, date range, counts by agency and language.

    \b
    Example:
        wire stats
        wire stats --format json
    """
    stats = indexer.index_stats(index=index_dir)
    if fmt == "json":
        click.echo(_dumps(stats, indent=2))
        return
    counts = lambda d: ", ".join(f"{k} {v}" for k, v in d.items()) or "-"
    click.echo(f"index      {stats['index']}")
    click.echo(f"stories    {stats['stories']}")
    click.echo(f"published  {stats['first'] or '-'} .. {stats['last'] or '-'}"
               + (f" ({stats['undated']} undated)" if stats["undated"] else ""))
    click.echo(f"agencies   {counts(stats['agencies'])}")
    click.echo(f"languages  {counts(stats['languages'])}")
    hint = " (wire compact merges them into one)" if stats["segments"] > 1 else ""
    click.echo(f"size       {_megabytes(stats['bytes'])} in {_segments(stats['segments'])}{hint}")


# -- output helpers -------------------------------------------------------------------------

def _format_hit(rank: int, hit: dict, bold: bool = False) -> str:
    """rank. title / date · cities · agencies · reporters / snippet / path."""
    title = hit.get("title") or "(untitled)"
    facts = [hit.get("published") or "undated", ", ".join(hit.get("cities") or []),
             ", ".join(hit.get("agencies") or []), ", ".join(hit.get("reporters") or [])]
    if (hit.get("versions") or 1) > 1:
        facts.append(f"{hit['versions']} versions")
    lines = [f"{rank:>2}. {click.style(title, bold=bold)}", "    " + " · ".join(f for f in facts if f)]
    if hit.get("snippet"):
        lines.append(f"    {hit['snippet']}")
    lines.append(f"    {hit.get('path') or ''} · id {hit.get('id')}")
    return "\n".join(lines) + "\n"


def _format_facets(facets: dict) -> str:
    """One small table per facet: value and count, the top FACET_ROWS values."""
    blocks = []
    for name, counts in facets.items():
        rows = list(counts.items())
        if name not in ("year", "month"):
            rows = rows[:FACET_ROWS]
        width = max([len(str(v)) for v, _ in rows] + [len(name)])
        lines = [f"{name:<{width}}  stories"]
        lines += [f"{value:<{width}}  {count:>7}" for value, count in rows]
        if len(counts) > len(rows):
            lines.append(f"({len(counts) - len(rows)} more: --format json lists them all)")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def _print_explain(info: dict, fmt: str) -> None:
    if fmt != "text":
        click.echo(_dumps(info, indent=2))
        return
    click.echo(f"query      {info['query']}")
    click.echo(f"languages  {', '.join(info['languages'])} (query words are stemmed in each)")
    for word in info["words"]:
        stems = ", ".join(word["stems"]) or "-"
        click.echo(f"word       {word['word']}: exact {word['exact']} in "
                   f"{', '.join(word['fields'])}; stems {stems}")
    click.echo(f"searched   {info['parsed']}")
    click.echo(f"filters    {info['filters'] or '-'}")


# -- entry points ---------------------------------------------------------------------------

def main():
    """The ``wire`` console script."""
    cli(prog_name="wire")


def search_main():
    """The ``search`` console script: ``search QUERY... [options]``."""
    search_command(prog_name="search")


if __name__ == "__main__":
    main()
