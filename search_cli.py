"""Command line: thin click glue over the indexer API (check arguments, call, format output).

Exit codes: 0 success (zero hits included), 1 runtime error (no index, unreadable input,
a file that failed to parse), 2 usage error (bad query, unknown field, bad date),
75 index locked by another process. Library errors become one ``Error: ...`` line on
stderr in one place, ``WireCommand.invoke``; nothing here calls sys.exit.
"""
from __future__ import annotations

import json
import sys

import click

import indexer
from indexer import errors
from indexer.api import DEFAULT_INDEX, DEFAULT_WAIT, INDEX_ENV, PLAIN_MARKS
from indexer.paths import path_label
from indexer.story import FIELDS

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


# -- one place for errors -----------------------------------------------------------------

class WireCommand(click.Command):
    """Maps library exceptions to ``Error: ...`` on stderr and their exit code."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except errors.WireError as e:
            raise _ClickError(str(e), e.exit_code) from None
        except OSError as e:
            where = f"{e.filename}: " if e.filename else ""
            raise _ClickError(f"{where}{e.strerror or e}", 1) from None


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


def _dumps(data, indent=None) -> str:
    return json.dumps(data, ensure_ascii=False, indent=indent)


# -- commands -------------------------------------------------------------------------------

@click.group(cls=WireGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(indexer.__version__, "--version", prog_name="wire")
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
@click.option("--wait", type=float, default=DEFAULT_WAIT, show_default=True, metavar="SECONDS",
              help="How long to wait for another run holding the index lock (then exit 75).")
@click.option("--rebuild", is_flag=True,
              help="Build a fresh index of PATHS beside the old one; swap it in when complete.")
def index_command(paths, index_dir, wait, rebuild):
    """Add or update the stories under PATHS (folders recursively; - reads one story from stdin).

    Only new or changed files are parsed again; stories whose files are gone are removed.
    A file that cannot be parsed is named on stderr and skipped (exit status 1). One run
    writes an index at a time: another waits up to --wait seconds, then exits with 75.
    A run that is killed loses at most its last batch; the next run redoes it.

    \b
    Example:
        wire index samples/
        wire index --index ~/wire-index /archive/reuters /archive/afp
        wire index --rebuild samples/
        cat story.txt | wire index -
    """
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
                    progress=progress if sys.stderr.isatty() else None)
    if bar is not None:
        bar.render_finish()
    if summary.interrupted:
        click.echo(f"{index_dir}: an earlier run was killed while writing ({summary.interrupted}); "
                   "its unfinished batch was redone", err=True)
    click.echo(f"{index_dir}: {summary.added} added, {summary.updated} updated, "
               f"{summary.removed} removed, {summary.failed} failed, "
               f"{summary.unchanged} unchanged in {summary.seconds:.1f}s", err=True)
    if summary.failed:
        click.get_current_context().exit(1)


@cli.command("parse")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@format_option("jsonl", "json", default="jsonl")
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


@click.command("search", cls=SearchCommand, context_settings=CONTEXT_SETTINGS)
@click.argument("words", nargs=-1, metavar="QUERY...")
@filter_options
@click.option("--sort", type=click.Choice(["relevance", "newest", "oldest"]),
              default="relevance", show_default=True, help="Order of the hits.")
@click.option("--limit", type=click.IntRange(min=0), default=10, show_default=True,
              help="Show at most this many hits.")
@format_option("text", "json", "jsonl", default="text")
@index_option
@click.version_option(indexer.__version__, "--version")
def search_command(words, city, reporter, agency, lang, since, until, sort, limit, fmt, index_dir):
    """Search the index. Words are ANDed; also "a phrase", OR, NOT or -word, ( ).

    Field prefixes: title: body: city: agency: reporter: editor: translator:
    photographer: lang: date: (e.g. reporter:choi, city:"new york",
    date:2023-11-01..2023-11-30, date:2023-11.., date:..2023-12-31, date:2023-11-09).
    With only filters, every story that passes them is listed, newest first.

    \b
    Example:
        search "Blinken Seoul"
        wire search 'reporter:"soo-hyang choi" Corée' --lang fr
        wire search --city Seoul --since 2023-11-01 --until 2023-11-30 --sort newest
        wire search "North Korea" --format json --limit 3
    """
    text = " ".join(words)
    marks = PLAIN_MARKS
    tty = fmt == "text" and sys.stdout.isatty()
    if tty:
        marks = tuple(click.style("\0", bold=True).split("\0"))
    result = indexer.search(text, index=index_dir, city=city, reporter=reporter, agency=agency,
                            lang=lang, since=since, until=until, sort=sort, limit=limit,
                            marks=marks)
    if fmt == "json":
        click.echo(_dumps(result, indent=2))
    elif fmt == "jsonl":
        for hit in result["hits"]:
            click.echo(_dumps(hit))
    else:
        for rank, hit in enumerate(result["hits"], 1):
            click.echo(_format_hit(rank, hit, bold=tty))
        shown, total = len(result["hits"]), result["total"]
        note = "no stories match" if not total else f"{shown} of {total} stories"
        if shown < total:
            note += " (use --limit to see more)"
        click.echo(note, err=True)


cli.add_command(search_command)


@cli.command("show")
@click.argument("story_id", metavar="ID")
@index_option
def show_command(story_id, index_dir):
    """Print the whole record of one story as JSON (ids are in search --format json).

    \b
    Example:
        wire show 3f1c0e6a9b2d4e57
    """
    click.echo(_dumps(indexer.get_story(story_id, index=index_dir), indent=2))


@cli.command("check")
@click.argument("paths", nargs=-1, type=click.Path())
@index_option
@format_option("text", "json", default="text")
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


@cli.command("stats")
@index_option
@format_option("text", "json", default="text")
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


# -- output helpers -------------------------------------------------------------------------

def _format_hit(rank: int, hit: dict, bold: bool = False) -> str:
    """rank. title / date · cities · agencies · reporters / snippet / path."""
    title = hit.get("title") or "(untitled)"
    facts = [hit.get("published") or "undated", ", ".join(hit.get("cities") or []),
             ", ".join(hit.get("agencies") or []), ", ".join(hit.get("reporters") or [])]
    lines = [f"{rank:>2}. {click.style(title, bold=bold)}", "    " + " · ".join(f for f in facts if f)]
    if hit.get("snippet"):
        lines.append(f"    {hit['snippet']}")
    lines.append(f"    {hit.get('path') or ''} · id {hit.get('id')}")
    return "\n".join(lines) + "\n"


# -- entry points ---------------------------------------------------------------------------

def main():
    """The ``wire`` console script."""
    cli(prog_name="wire")


def search_main():
    """The ``search`` console script: ``search QUERY... [options]``."""
    search_command(prog_name="search")


if __name__ == "__main__":
    main()
