"""Machine output: JSON validated against the schemas in schemas/, the line formats, --fields,
--count, and the documented exit codes, all from the real CLI over real indexes."""
from __future__ import annotations

import csv
import io
import json
import os
import pathlib

import pytest
from jsonschema import Draft202012Validator

import indexer
from indexer import FIELDS, HIT_FIELDS
from indexer.story import SELECTABLE_FIELDS
from search_cli import cli

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLES = str(ROOT / "samples")


def load_schema(name: str) -> dict:
    schema = json.loads((ROOT / "schemas" / name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return schema


SEARCH = load_schema("search.schema.json")
STORY = load_schema("story.schema.json")
HIT = {"$defs": SEARCH["$defs"], "$ref": "#/$defs/hit"}


def valid(schema: dict, data) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}"
              for e in Draft202012Validator(schema).iter_errors(data)]
    assert not errors, errors


@pytest.fixture(scope="module")
def samples_index(tmp_path_factory):
    """The bundled samples, indexed by the real CLI: real parser output in the records."""
    from click.testing import CliRunner
    path = str(tmp_path_factory.mktemp("samples") / "index")
    result = CliRunner().invoke(cli, ["index", SAMPLES, "--index", path])
    assert result.exit_code == 0, result.stderr
    return path


def run(runner, *args, code=0):
    result = runner.invoke(cli, list(args))
    assert result.exit_code == code, (result.stdout, result.stderr)
    return result


# -- schemas ----------------------------------------------------------------------------------

def test_a_story_record_is_every_field_in_order_with_its_own_lists():
    """Story.to_dict: the dataclass's fields in contract order, as dataclasses.asdict
    gives them, the body left out on request, and lists the caller may change without
    changing the story."""
    import dataclasses
    story = indexer.Story(id="x", title="T", agencies=["Reuters"], cities=["Seoul"],
                          reporters=["Ann Lee", "Bo Kim"], body="Text.")
    record = story.to_dict()
    assert record == dataclasses.asdict(story) and list(record) == list(FIELDS)
    assert list(story.to_dict(body=False)) == [f for f in FIELDS if f != "body"]
    for name in ("agencies", "cities", "reporters", "editors"):
        record[name].append("Someone")
    assert story.agencies == ["Reuters"] and story.editors == []


def test_schemas_name_every_story_field_in_order():
    assert list(STORY["properties"]) == list(FIELDS) == STORY["required"]
    assert list(SEARCH["$defs"]["hit"]["properties"]) == list(FIELDS) + ["score", "snippet", "versions"]
    assert set(SEARCH["$defs"]["hit"]["properties"]) == set(SELECTABLE_FIELDS)
    for name in FIELDS:  # a hit's field is the Story's field
        story, hit = STORY["properties"][name], SEARCH["$defs"]["hit"]["properties"][name]
        strip = lambda d: {k: v for k, v in d.items() if k != "description"}
        assert strip(story) == strip(hit), name


@pytest.mark.parametrize("args", [
    ["Blinken", "Seoul"], ["--lang", "de", "--sort", "oldest"], ["Seoul", "--limit", "1"],
    ["zebra"], ["Seoul", "--fields", "title,published,cities,body"], ["Seoul", "--all"],
], ids=["demo", "filter only", "a page with next_cursor", "no hits", "fields", "all"])
def test_search_json_is_valid(runner, samples_index, args):
    data = json.loads(run(runner, "search", *args, "--format", "json", "--index", samples_index).stdout)
    valid(SEARCH, data)
    assert data["format_version"] == 1


def test_default_hits_hold_every_hit_field(runner, samples_index):
    data = json.loads(run(runner, "search", "Seoul", "--format", "json", "--index", samples_index).stdout)
    assert data["hits"] and all(list(hit) == list(HIT_FIELDS) for hit in data["hits"])


def test_search_jsonl_lines_are_valid_hits(runner, samples_index):
    lines = run(runner, "search", "--lang", "en", "--format", "jsonl", "--all",
                "--index", samples_index).stdout.splitlines()
    assert len(lines) > 20
    for line in lines:
        valid(HIT, json.loads(line))


def test_parse_and_show_print_valid_story_records(runner, samples_index):
    records = [json.loads(line) for line in run(runner, "parse", SAMPLES).stdout.splitlines()]
    assert len(records) >= 40
    for record in records:
        valid(STORY, record)
    shown = json.loads(run(runner, "show", records[0]["id"], "--index", samples_index).stdout)
    valid(STORY, shown)
    assert shown == records[0] | {"path": shown["path"]}


def test_api_results_are_the_cli_json(runner, samples_index):
    api = indexer.search("Seoul", index=samples_index)
    cli_out = json.loads(run(runner, "search", "Seoul", "--format", "json", "--index", samples_index).stdout)
    assert api == cli_out
    valid(SEARCH, api)


def test_stats_json_carries_format_version(runner, samples_index):
    data = json.loads(run(runner, "stats", "--format", "json", "--index", samples_index).stdout)
    assert data["format_version"] == 1 and data["stories"] >= 40


# -- --fields and the line formats --------------------------------------------------------------

def test_fields_choose_and_order_the_keys(runner, samples_index):
    data = json.loads(run(runner, "search", "Seoul", "--format", "json", "--fields",
                          "title,published,cities", "--index", samples_index).stdout)
    assert all(list(hit) == ["title", "published", "cities"] for hit in data["hits"])
    line = run(runner, "search", "Seoul", "--format", "jsonl", "--limit", "1", "--fields",
               "id,body", "--index", samples_index).stdout
    hit = json.loads(line)
    assert list(hit) == ["id", "body"] and hit["body"].startswith("SEOUL")


def test_csv_has_a_header_and_one_row_per_hit(runner, samples_index):
    out = run(runner, "search", "Seoul", "--format", "csv", "--all", "--fields",
              "id,title,cities,reporters,score", "--index", samples_index).stdout
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["id", "title", "cities", "reporters", "score"]
    total = indexer.count("Seoul", index=samples_index)
    assert len(rows) == total + 1 and all(len(row) == 5 for row in rows)
    blinken = next(r for r in rows if r[1].startswith("Blinken in Seoul"))
    assert blinken[2] == "Seoul" and "; " in blinken[3] and float(blinken[4]) > 0


def test_csv_without_fields_has_every_hit_field(runner, samples_index):
    out = run(runner, "search", "Seoul", "--format", "csv", "--index", samples_index).stdout
    assert next(csv.reader(io.StringIO(out))) == list(HIT_FIELDS)


def test_tsv_has_no_tabs_or_line_breaks_inside_values(runner, samples_index):
    out = run(runner, "search", "--lang", "de", "--format", "tsv", "--all", "--fields",
              "id,body", "--index", samples_index).stdout
    lines = out.splitlines()
    assert lines[0] == "id\tbody"
    assert len(lines) == 1 + indexer.count(lang="de", index=samples_index)
    assert all(line.count("\t") == 1 for line in lines)


def test_ids_and_paths_feed_xargs(runner, samples_index):
    ids = run(runner, "search", "--lang", "fr", "--format", "ids", "--all",
              "--index", samples_index).stdout.split("\n")
    assert ids[-1] == "" and len(ids[:-1]) == indexer.count(lang="fr", index=samples_index)
    for story_id in ids[:-1]:
        assert indexer.get_story(story_id, index=samples_index)["language"] == "fr"
    paths = run(runner, "search", "--lang", "fr", "--format", "paths", "--all",
                "--index", samples_index).stdout.splitlines()
    assert paths and all(os.path.isfile(p) for p in paths) and len(set(paths)) == len(paths)


def test_fields_alone_print_a_table(runner, samples_index):
    out = run(runner, "search", "Seoul", "--fields", "title,published", "--index", samples_index).stdout
    assert out.splitlines()[0] == "title\tpublished"
    result = run(runner, "search", "Seoul", "--fields", "title", "--format", "text",
                 "--index", samples_index, code=2)
    assert "--fields works with" in result.stderr


def test_count_prints_only_the_number(runner, samples_index):
    result = run(runner, "search", "Seoul", "--count", "--index", samples_index)
    assert result.stdout == f"{indexer.search('Seoul', index=samples_index)['total']}\n"
    assert result.stderr == ""
    assert run(runner, "search", "zebra", "--count", "--index", samples_index).stdout == "0\n"
    assert run(runner, "search", "--count", "--agency", "dpa", "--index", samples_index).stdout.strip().isdigit()


# -- exit codes -------------------------------------------------------------------------------

# (arguments, exit code, stderr holds, why)
EXIT_CODES = [
    (["search", "Seoul"], 0, "stories", "hits"),
    (["search", "zebra"], 0, "no stories match", "zero hits is success"),
    (["search", "Seoul", "--index", "{missing}"], 1, "no index in", "no index"),
    (["show", "nope"], 1, "no story with id", "unknown id"),
    (["search", '"Seoul'], 2, "unbalanced quote", "bad query"),
    (["search", "titel:Seoul"], 2, "unknown field", "unknown field prefix"),
    (["search", "--since", "yesterday-ish"], 2, "unreadable date", "bad date"),
    (["search", "Seoul", "--fields", "titel", "--format", "json"], 2, "unknown field 'titel'", "unknown --fields name"),
    (["search", "Seoul", "--fields", "title", "--format", "ids"], 2, "--fields works with",
     "--fields where it means nothing"),
    (["search", "Seoul", "--format", "xml"], 2, "xml", "unknown format"),
    (["search", "Seoul", "--after", "nonsense"], 2, "not a cursor", "bad cursor"),
    (["search", "Seoul", "--bogus"], 2, "No such option", "unknown option"),
]


@pytest.mark.parametrize("args,code,message,why", EXIT_CODES, ids=[e[3] for e in EXIT_CODES])
def test_exit_codes(runner, samples_index, tmp_path, args, code, message, why):
    args = [a.replace("{missing}", str(tmp_path / "none")) for a in args]
    if "--index" not in args:
        args += ["--index", samples_index]
    result = runner.invoke(cli, args)
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert message in result.stderr and "Traceback" not in result.stderr
    if code:
        assert result.stdout == ""


def test_exit_75_when_the_index_is_locked(runner, samples_index, tmp_path):
    """Another process holds the write lock: exit 75 (EX_TEMPFAIL), saying to try again."""
    ix = indexer.open_index(samples_index)
    writer = ix.ix.writer()  # hold Whoosh's write lock as another run would
    try:
        story = tmp_path / "new.txt"
        story.write_text("Storm shuts ports\nKIEL (dpa) - A storm shut the ports.\n", encoding="utf-8")
        result = runner.invoke(cli, ["index", str(story), "--index", samples_index, "--wait", "0.2"])
        assert result.exit_code == 75, result.stderr
        assert "is locked by" in result.stderr and "try again" in result.stderr
        # Searching is not blocked by a writer.
        assert run(runner, "search", "Seoul", "--count", "--index", samples_index).stdout != "0\n"
    finally:
        writer.cancel()
