"""The real CLI through CliRunner: exit codes, stdout (parsed as JSON where it is JSON), stderr."""
from __future__ import annotations

import ast
import json
import os
import pathlib
import re
import subprocess
import sys

import pytest

import indexer
from indexer import FIELDS, Story
from search_cli import cli, search_command

from conftest import write_story

# Each hit: the Story fields without body, score, snippet, and how many versions the index holds.
HIT_KEYS = [f for f in FIELDS if f != "body"] + ["score", "snippet", "versions"]
SUMMARY_RE = re.compile(r"(\d+) added, (\d+) updated, (\d+) removed, (\d+) failed, "
                        r"(\d+) unchanged in [\d.]+s")


def summary(stderr: str) -> tuple[int, ...]:
    m = SUMMARY_RE.search(stderr)
    assert m, stderr
    return tuple(int(n) for n in m.groups())


@pytest.fixture
def stories(tmp_path):
    folder = tmp_path / "stories"
    write_story(folder, "blinken.txt", "Blinken in Seoul warns North Korea",
                body="Secretary of State Antony Blinken spoke in Seoul on Thursday.")
    write_story(folder, "markets.txt", "Asian shares edge higher", city="TOKYO", agency="AP",
                body="Stocks in Seoul and Tokyo rose; Blinken's visit drew little notice.")
    write_story(folder, "fr/coree.txt", "Blinken très préoccupé par la Corée du Nord",
                body="Le secrétaire d'État s'est dit préoccupé.")
    return folder


@pytest.fixture
def built(runner, stories, tmp_path):
    index = str(tmp_path / "index")
    result = runner.invoke(cli, ["index", str(stories), "--index", index])
    assert result.exit_code == 0, result.stderr
    return index


# -- help, version, entry points ------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_an_example(runner, name):
    for flag in ("-h", "--help"):
        result = runner.invoke(cli, [name, flag])
        assert result.exit_code == 0
        assert "Example:" in result.stdout
        assert ("--index" in result.stdout) == (name != "parse")


def test_commands_are_the_documented_ones():
    assert set(cli.commands) == {"check", "compact", "index", "parse", "search", "show",
                                 "similar", "stats"}


@pytest.mark.parametrize("args", [["--version"], ["search", "--version"]])
def test_version(runner, args):
    result = runner.invoke(cli, args)
    assert result.exit_code == 0 and indexer.__version__ in result.stdout


def test_plain_search_entry_point(runner, built):
    result = runner.invoke(search_command, ["Blinken", "Seoul", "--index", built,
                                            "--format", "json"], prog_name="search")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["hits"][0]["path"].endswith("blinken.txt")


def test_cli_module_does_not_import_whoosh():
    code = "import sys, search_cli; print('whoosh' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


#: Where Whoosh may be imported (STYLE.md): the schema, the queries and the index stage.
WHOOSH_MODULES = ("indexer/schema.py", "indexer/query.py")
WHOOSH_PACKAGE = "indexer/index/"


def test_only_the_schema_queries_and_index_stage_import_whoosh():
    """Every module of the library and the CLI, read with ast: an import of whoosh
    anywhere in one (at its top or inside a function) outside those places fails."""
    root = pathlib.Path(__file__).resolve().parent.parent
    importers = set()
    for path in [root / "search_cli.py", *sorted((root / "indexer").rglob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                names = [node.module]
            else:
                continue
            if any(name == "whoosh" or name.startswith("whoosh.") for name in names):
                importers.add(path.relative_to(root).as_posix())
    assert set(WHOOSH_MODULES) <= importers  # the check finds them where they are
    assert {p for p in importers
            if p not in WHOOSH_MODULES and not p.startswith(WHOOSH_PACKAGE)} == set()


# -- index ----------------------------------------------------------------------------------

def test_index_then_incremental_changes(runner, stories, tmp_path):
    index = str(tmp_path / "index")
    first = runner.invoke(cli, ["index", str(stories), "--index", index])
    assert first.exit_code == 0 and first.stdout == ""
    assert summary(first.stderr) == (3, 0, 0, 0, 0)

    write_story(stories, "blinken.txt", "Blinken in Seoul meets Yoon", body="Talks with Yoon.")
    (stories / "markets.txt").unlink()
    write_story(stories, "new.txt", "Typhoon nears Okinawa", city="NAHA", agency="Kyodo")
    second = runner.invoke(cli, ["index", str(stories), "--index", index])
    assert second.exit_code == 0
    assert summary(second.stderr) == (1, 1, 1, 0, 1)

    def paths(query):
        result = runner.invoke(cli, ["search", query, "--index", index, "--format", "jsonl"])
        assert result.exit_code == 0, result.stderr
        return {json.loads(line)["path"].rsplit("/", 1)[-1] for line in result.stdout.splitlines()}

    assert paths("Yoon") == {"blinken.txt"}
    assert paths("Tokyo") == set()
    assert paths("Okinawa") == {"new.txt"}


def test_index_reads_one_story_from_stdin(runner, tmp_path):
    index = str(tmp_path / "index")
    text = "Volcano erupts in Iceland\n\nREYKJAVIK (Reuters) - A volcano erupted.\n"
    result = runner.invoke(cli, ["index", "-", "--index", index], input=text)
    assert result.exit_code == 0, result.stderr
    assert summary(result.stderr)[0] == 1
    again = runner.invoke(cli, ["index", "-", "--index", index], input=text)
    assert summary(again.stderr)[:2] == (0, 1)  # the same text is the same story
    hits = json.loads(runner.invoke(cli, ["search", "volcano", "--index", index,
                                          "--format", "json"]).stdout)["hits"]
    assert len(hits) == 1 and hits[0]["path"] == "-"


def test_index_failure_names_the_file_and_exits_1(runner, stories, tmp_path):
    (stories / "dangling.txt").symlink_to(stories / "nowhere.txt")
    index = str(tmp_path / "index")
    result = runner.invoke(cli, ["index", str(stories), "--index", index])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert any(line.startswith(str(stories / "dangling.txt") + ": ") for line in lines)
    assert summary(result.stderr) == (3, 0, 0, 1, 0)
    assert "Traceback" not in result.output


def test_index_honours_wire_index_env(runner, stories, tmp_path):
    index = str(tmp_path / "from-env")
    result = runner.invoke(cli, ["index", str(stories)], env={"WIRE_INDEX": index})
    assert result.exit_code == 0
    assert result.stderr.startswith(index + ":")
    assert indexer.index_stats(index=index)["stories"] == 3


def test_no_progress_bar_when_stderr_is_not_a_terminal(runner, built, stories):
    result = runner.invoke(cli, ["index", str(stories), "--index", built])
    assert result.stderr.count("\n") == 1  # only the summary line


# -- parse ----------------------------------------------------------------------------------

def test_parse_jsonl_gives_story_records_with_paths_as_given(runner, stories, monkeypatch):
    monkeypatch.chdir(stories.parent)
    result = runner.invoke(cli, ["parse", "--format", "jsonl", "stories"])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 3
    assert all(list(r) == list(FIELDS) for r in records)
    assert {r["path"] for r in records} == {"stories/blinken.txt", "stories/markets.txt",
                                            "stories/fr/coree.txt"}


def test_parse_json_is_a_list_and_keeps_non_ascii(runner, stories):
    result = runner.invoke(cli, ["parse", str(stories / "fr" / "coree.txt"), "--format", "json"])
    assert result.exit_code == 0
    assert "préoccupé" in result.stdout  # written as is, not \u00e9
    records = json.loads(result.stdout)
    assert isinstance(records, list) and len(records) == 1


def test_parse_stdin(runner):
    result = runner.invoke(cli, ["parse", "-"], input="A title\n\nPARIS (AFP) - Text.\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["path"] == "-"


def test_parse_failure_names_the_file_prints_the_rest_and_exits_1(runner, stories, tmp_path):
    missing = str(tmp_path / "missing.txt")
    result = runner.invoke(cli, ["parse", missing, str(stories / "blinken.txt")])
    assert result.exit_code == 1
    assert "missing.txt" in result.stderr and "Traceback" not in result.output
    assert len(result.stdout.splitlines()) == 1


def test_parse_empty_folder_json_is_an_empty_list(runner, tmp_path):
    result = runner.invoke(cli, ["parse", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == []


# -- search ---------------------------------------------------------------------------------

@pytest.fixture
def corpus_cli(corpus_index):
    return ["--index", corpus_index]


def test_search_json(runner, corpus_cli):
    result = runner.invoke(cli, ["search", "Blinken", "Seoul", "--format", "json", *corpus_cli])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["format_version", "query", "sort", "total", "offset", "hits",
                          "next_cursor"]
    assert data["format_version"] == 1 and data["next_cursor"] is None
    assert data["query"] == "Blinken Seoul" and data["total"] == 3
    assert data["hits"][0]["id"] == "demo"
    assert all(list(hit) == HIT_KEYS for hit in data["hits"])


def test_search_jsonl_one_hit_per_line(runner, corpus_cli):
    result = runner.invoke(cli, ["search", "blinken", "--format", "jsonl", "--limit", "2", *corpus_cli])
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and all(list(json.loads(line)) == HIT_KEYS for line in lines)


def test_search_text_output(runner, corpus_cli):
    result = runner.invoke(cli, ["search", "Blinken", "Seoul", "--limit", "1", *corpus_cli])
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith(" 1. Blinken in Seoul warns of Russia-North Korea military ties\n")
    assert "2023-11-09T10:16:00 · Seoul · Reuters · Hye-jin Yoon, Do-yeon Han" in out
    assert "Antony [Blinken] said" in out and "\x1b[" not in out  # plain markers when piped
    assert "en/reuters-blinken-seoul.txt · id demo" in out
    assert result.stderr.startswith("1 of 3 stories (see more with a higher --limit or --all; "
                                    "next page: --after ")


def test_search_with_only_filters(runner, corpus_cli):
    result = runner.invoke(cli, ["search", "--city", "Seoul", "--format", "json", *corpus_cli])
    assert result.exit_code == 0
    assert {h["id"] for h in json.loads(result.stdout)["hits"]} == {"demo", "markets", "fr"}


@pytest.mark.parametrize("args, expected", [
    (["--until", "2023-11-30", "--since", "2023-11-30"], {"berlin-in", "tz"}),
    (["--city", "paris", "--city", "wien"], {"paris-out", "madrid", "tz"}),
    (["--reporter", "yoon"], {"demo", "fr"}),
    (["--reporter", "Hye-jin Yoon"], {"demo", "fr"}),
    (["--agency", "AFP"], {"paris-out"}),
    (["--lang", "es"], {"madrid"}),
    (["Blinken", "--lang", "fr"], {"fr"}),
    (["-shares", "Blinken"], {"demo", "fr"}),  # a leading -word is a query word, not an option
    (["Blinken", "--lang=fr", "-shares"], {"fr"}),
    (["--", "-shares", "Blinken"], {"demo", "fr"}),
])
def test_search_filter_options(runner, corpus_cli, args, expected):
    result = runner.invoke(cli, ["search", "--format", "json", *corpus_cli, *args])
    assert result.exit_code == 0, result.stderr
    assert {h["id"] for h in json.loads(result.stdout)["hits"]} == expected


@pytest.mark.parametrize("sort, first", [("newest", "madrid"), ("oldest", "kyiv")])
def test_search_sort(runner, corpus_cli, sort, first):
    result = runner.invoke(cli, ["search", "--since", "2000", "--sort", sort, "--format", "json",
                                 *corpus_cli])
    assert json.loads(result.stdout)["hits"][0]["id"] == first


def test_zero_hits_is_success(runner, corpus_cli):
    result = runner.invoke(cli, ["search", "zebra", *corpus_cli])
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.strip() == "no stories match"
    result = runner.invoke(cli, ["search", "zebra", "--format", "json", *corpus_cli])
    assert json.loads(result.stdout) == {"format_version": 1, "query": "zebra",
                                         "sort": "relevance", "total": 0, "offset": 0,
                                         "hits": [], "next_cursor": None}


# -- show, stats ----------------------------------------------------------------------------

def test_show(runner, corpus_cli):
    result = runner.invoke(cli, ["show", "fr", *corpus_cli])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert list(record) == list(FIELDS)
    assert record["body"].startswith("SÉOUL (Reuters)")


def test_stats(runner, corpus_cli):
    data = json.loads(runner.invoke(cli, ["stats", "--format", "json", *corpus_cli]).stdout)
    assert data["stories"] == 9 and data["languages"]["en"] == 4
    text = runner.invoke(cli, ["stats", *corpus_cli]).stdout
    assert "stories    9" in text and "2022-03-01T06:05:00 .. 2024-05-02T12:00:00" in text


# -- errors: one line on stderr, the documented exit code, never a traceback ----------------

# (args, exit code, stderr, why)
ERRORS = [
    (["search", "x"], 1, "Error: no index in ./index (build one: wire index PATH)\n", "default index missing"),
    (["stats"], 1, "Error: no index in ./index (build one: wire index PATH)\n", "stats without an index"),
    (["show", "abc"], 1, "Error: no index in ./index", "show without an index"),
    (["search", "x", "--index", "nowhere"], 1, "Error: no index in nowhere (build one", "--index missing"),
]


@pytest.mark.parametrize("args, code, stderr, why", ERRORS, ids=[r[3] for r in ERRORS])
def test_errors_without_an_index(runner, tmp_path, monkeypatch, args, code, stderr, why):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, args)
    assert result.exit_code == code
    assert result.stderr.startswith(stderr)
    assert result.stdout == "" and "Traceback" not in result.output


# (args, exit code, stderr part, why)
QUERY_ERRORS = [
    (['"unclosed'], 2, "unbalanced quote", "unbalanced quote"),
    (["foo:bar"], 2, "unknown field 'foo:'", "unknown field"),
    (["Seoul OR"], 2, "'OR' needs a word on each side", "a dangling operator is no word search"),
    (["date:2023-02-30"], 2, "unreadable date", "impossible date in the query"),
    (["x", "--since", "someday"], 2, "unreadable date", "bad --since"),
    (["x", "--until", "2023-99"], 2, "unreadable date", "bad --until"),
    ([], 2, "empty query", "nothing to search"),
    (["x", "--sort", "best"], 2, "Invalid value for '--sort'", "click checks choices"),
    (["x", "--limit", "-1"], 2, "Invalid value for '--limit'", "negative limit"),
    (["x", "--format", "xml"], 2, "Invalid value for '--format'", "unknown format"),
    (["x", "--lmit", "3"], 2, "No such option '--lmit'", "a misspelt option is not a query word"),
]


@pytest.mark.parametrize("args, code, part, why", QUERY_ERRORS, ids=[r[3] for r in QUERY_ERRORS])
def test_usage_errors(runner, corpus_cli, args, code, part, why):
    result = runner.invoke(cli, ["search", *args, *corpus_cli])
    assert result.exit_code == code, result.output
    assert part in result.stderr and result.stderr.count("\n") <= 4
    assert result.stdout == "" and "Traceback" not in result.output


def test_show_unknown_id(runner, corpus_cli):
    result = runner.invoke(cli, ["show", "nope", *corpus_cli])
    assert result.exit_code == 1 and result.stderr.startswith("Error: no story with id nope")


def test_locked_index_exits_75_and_says_who_holds_it(runner, tmp_path, stories):
    from indexer.recovery import WriteLock
    index = str(tmp_path / "index")
    indexer.open_index(index, create=True)
    with WriteLock(index, wait=0):  # the lock `wire index` holds for its whole run
        result = runner.invoke(cli, ["index", str(stories), "--index", index, "--wait", "0.2"])
    assert result.exit_code == 75
    assert result.stderr.startswith("Error: the index in") and "another process" in result.stderr
    assert f"pid {os.getpid()} on " in result.stderr


def test_index_locked_by_another_whoosh_writer_exits_75(runner, tmp_path, stories):
    from indexer.index import _Batch
    index = str(tmp_path / "index")
    holder = _Batch(indexer.open_index(index, create=True).ix, wait=0)
    holder.delete_id("nothing")  # opens a bare Whoosh writer: takes Whoosh's own lock
    try:
        result = runner.invoke(cli, ["index", str(stories), "--index", index, "--wait", "0.2"])
        assert holder.writer.doc_count() == 0  # its pool files were left alone
    finally:
        holder.writer.cancel()
    assert result.exit_code == 75
    assert "locked by a program other than wire" in result.stderr


def test_index_into_a_folder_of_stories_is_refused(runner, stories):
    result = runner.invoke(cli, ["index", str(stories), "--index", str(stories)])
    assert result.exit_code == 1 and "not empty" in result.stderr


def test_search_does_not_create_an_index(runner, tmp_path):
    runner.invoke(cli, ["search", "x", "--index", str(tmp_path / "idx")])
    assert not (tmp_path / "idx").exists()


def test_add_via_api_then_search_via_cli(runner, tmp_path):
    index = str(tmp_path / "index")
    indexer.add_stories([Story(id="k", title="Kangaroo crosses the road", cities=["Sydney"])],
                        index=index)
    result = runner.invoke(cli, ["search", "city:sydney", "--index", index, "--format", "json"])
    assert json.loads(result.stdout)["hits"][0]["id"] == "k"


def test_every_command_is_in_the_readme():
    readme = os.path.join(os.path.dirname(__file__), os.pardir, "README.md")
    if not os.path.exists(readme):
        pytest.skip("README.md not written yet")
    text = open(readme, encoding="utf-8").read()
    missing = [name for name in cli.commands if f"wire {name}" not in text]
    assert not missing, f"commands missing from README.md: {missing}"
