"""Paging: one deterministic order; --offset and --after pages put together equal one unpaged run.

The corpus is made for ties: few distinct texts (equal scores) and few distinct dates
(equal dates, undated stories), so only the id tie-break keeps the order stable. Its
stories are so alike that wire takes them for versions of four stories; paging is about
order, so every search here lists all versions (``all_versions``, ``--all-versions``).
"""
from __future__ import annotations

import json

import pytest

import indexer
from indexer import Story
from indexer.errors import QueryError
from search_cli import cli

STORIES = 240
TEXTS = ["Flood warning issued for the river valley",
         "Flood waters recede in the river valley as rain eases",
         "Harbour strike ends after talks",
         "Flood defences hold in the harbour town"]
DATES = ["2023-11-09T10:16:00", "2023-11-09T10:16:00+01:00", "2024-01-02T08:00:00", None]
CITIES = ["Kiel", "Hamburg", "Rostock"]


def make_story(n: int) -> Story:
    text = TEXTS[n % len(TEXTS)]
    return Story(id=f"s{n:04d}-{(n * 7919) % 1000:03d}", path=f"feed/story-{n}.txt", title=text,
                 published=DATES[n % len(DATES)], agencies=["dpa"], cities=[CITIES[n % 3]],
                 language="en", body=f"KIEL (dpa) - {text}. Story number {n}.")


@pytest.fixture(scope="module")
def big_index(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("paging") / "index")
    ix = indexer.open_index(path, create=True)
    # Two commits: the hits come from two segments, as in any index that grew over time.
    indexer.add_stories([make_story(n) for n in range(0, STORIES, 2)], index=ix)
    indexer.add_stories([make_story(n) for n in range(1, STORIES, 2)], index=ix)
    return path


def walk(index, query, page, **kw) -> list[str]:
    """Every hit id, page by page through next_cursor."""
    seen, after = [], None
    while True:
        result = indexer.search(query, index=index, all_versions=True, limit=page, after=after, **kw)
        seen += [hit["id"] for hit in result["hits"]]
        assert len(result["hits"]) <= page
        after = result["next_cursor"]
        if after is None:
            return seen


# (query, filters, why)
SEARCHES = [
    ("flood", {}, "relevance with many equal scores"),
    ("flood", {"sort": "newest"}, "equal dates and undated stories, newest first"),
    ("flood", {"sort": "oldest"}, "oldest first, undated last"),
    ("", {"agency": "dpa"}, "only a filter: every story, newest first"),
    ("harbour OR valley", {"city": ["Kiel", "Rostock"]}, "OR with a filter of two cities"),
]


@pytest.mark.parametrize("query,filters,why", SEARCHES, ids=[s[2] for s in SEARCHES])
@pytest.mark.parametrize("page", [1, 7, 50])
def test_cursor_walk_equals_one_unpaged_run(big_index, query, filters, why, page):
    whole = indexer.search(query, index=big_index, all_versions=True, limit=None, **filters)
    expected = [hit["id"] for hit in whole["hits"]]
    assert len(expected) == whole["total"] > 50
    assert walk(big_index, query, page, **filters) == expected


@pytest.mark.parametrize("query,filters,why", SEARCHES, ids=[s[2] for s in SEARCHES])
def test_offset_pages_are_slices_of_the_whole(big_index, query, filters, why):
    whole = [h["id"] for h in indexer.search(query, index=big_index, all_versions=True, limit=None, **filters)["hits"]]
    for offset in (0, 1, 13, 59, len(whole) - 3, len(whole), len(whole) + 5):
        page = indexer.search(query, index=big_index, all_versions=True, limit=11, offset=offset, **filters)
        assert [h["id"] for h in page["hits"]] == whole[offset:offset + 11]


def test_order_is_the_same_on_every_run_and_ties_go_by_id(big_index):
    runs = [[h["id"] for h in indexer.search("flood", index=big_index, all_versions=True, limit=None)["hits"]]
            for _ in range(3)]
    assert runs[0] == runs[1] == runs[2]
    hits = indexer.search("flood", index=big_index, all_versions=True, limit=None)["hits"]
    for a, b in zip(hits, hits[1:]):
        assert a["score"] > b["score"] or (a["score"] == b["score"] and a["id"] < b["id"])


def test_date_order_puts_undated_last_and_ties_by_id(big_index):
    hits = indexer.search("flood", index=big_index, all_versions=True, limit=None, sort="newest")["hits"]
    dated = [h for h in hits if h["published"]]
    assert hits[:len(dated)] == dated and all(h["published"] is None for h in hits[len(dated):])
    undated = [h["id"] for h in hits[len(dated):]]
    assert undated == sorted(undated)


def test_search_all_and_pages_walk_everything(big_index):
    whole = [h["id"] for h in indexer.search("flood", index=big_index, all_versions=True, limit=None)["hits"]]
    assert [h["id"] for h in indexer.search_all("flood", index=big_index, all_versions=True, page_size=9)] == whole
    pages = list(indexer.search_pages("flood", index=big_index, all_versions=True, page_size=100))
    assert [len(p["hits"]) for p in pages] == [100, 80] and pages[-1]["next_cursor"] is None


def test_cursor_walk_survives_changes_between_pages(tmp_path):
    """Stories added and removed mid-walk: every story there throughout is seen exactly once."""
    index = str(tmp_path / "index")
    ix = indexer.open_index(index, create=True)
    indexer.add_stories([make_story(n) for n in range(100)], index=ix)
    first = indexer.search("", index=index, all_versions=True, agency="dpa", limit=30)
    seen = [h["id"] for h in first["hits"]]
    # Replace (same id, same date), add before and after the cursor, and remove some.
    indexer.add_stories([make_story(n) for n in range(100, 130)] + [make_story(5)], index=ix)
    kept = {make_story(n).id for n in range(100)}
    after = first["next_cursor"]
    while after:
        page = indexer.search("", index=index, all_versions=True, agency="dpa", limit=30, after=after)
        seen += [h["id"] for h in page["hits"]]
        after = page["next_cursor"]
    assert len(seen) == len(set(seen))
    assert kept <= set(seen)


# (cursor, options, message, why)
BAD_CURSORS = [
    ("not-a-cursor", {}, "is not a cursor", "garbage"),
    ("", {"offset": 3}, None, "an empty cursor is no cursor: plain offset paging"),
    ("W10", {}, "is not a cursor", "valid base64 of valid JSON, wrong shape"),
]


@pytest.mark.parametrize("cursor,options,message,why", BAD_CURSORS, ids=[c[3] for c in BAD_CURSORS])
def test_bad_cursors(big_index, cursor, options, message, why):
    if message is None:
        indexer.search("flood", index=big_index, all_versions=True, after=cursor, **options)
        return
    with pytest.raises(QueryError, match=message):
        indexer.search("flood", index=big_index, all_versions=True, after=cursor, **options)


def test_a_cursor_belongs_to_its_search(big_index):
    cursor = indexer.search("flood", index=big_index, all_versions=True, limit=5)["next_cursor"]
    for other in [dict(query="harbour"), dict(query="flood", sort="oldest"),
                  dict(query="flood", city="Kiel")]:
        with pytest.raises(QueryError, match="belongs to another search"):
            indexer.search(index=big_index, all_versions=True, after=cursor, **other)
    with pytest.raises(QueryError, match="cannot be combined"):
        indexer.search("flood", index=big_index, all_versions=True, after=cursor, offset=5)


# -- the same through the CLI ---------------------------------------------------------------

def cli_json(runner, *args):
    result = runner.invoke(cli, ["search", "--all-versions", *args])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_cli_deep_after_walk_equals_one_unpaged_run(runner, big_index):
    whole = cli_json(runner, "flood", "--index", big_index, "--format", "json", "--all")
    assert whole["total"] == len(whole["hits"]) == 180 and whole["next_cursor"] is None
    seen, after = [], []
    while True:
        page = cli_json(runner, "flood", "--index", big_index, "--format", "json",
                        "--limit", "17", *after)
        seen += [h["id"] for h in page["hits"]]
        if page["next_cursor"] is None:
            break
        after = ["--after", page["next_cursor"]]
    assert seen == [h["id"] for h in whole["hits"]]


def test_cli_offset_and_ids_pages(runner, big_index):
    run = lambda *a: runner.invoke(cli, ["search", "--all-versions", "harbour", "--index", big_index,
                                         "--format", "ids", "--sort", "oldest", *a])
    everything = run("--all").stdout.split()
    assert len(everything) == 120 and len(set(everything)) == 120
    assert run("--limit", "10", "--offset", "20").stdout.split() == everything[20:30]


def test_cli_next_cursor_on_stderr_walks_other_formats(runner, big_index):
    result = runner.invoke(cli, ["search", "--all-versions", "harbour", "--index", big_index, "--format", "ids",
                                 "--limit", "100"])
    cursor = result.stderr.rsplit("--after ", 1)[1].rstrip(")\n")
    rest = runner.invoke(cli, ["search", "--all-versions", "harbour", "--index", big_index, "--format", "ids",
                               "--limit", "100", "--after", cursor])
    assert rest.exit_code == 0 and rest.stderr == "20 of 120 stories\n"
    whole = runner.invoke(cli, ["search", "--all-versions", "harbour", "--index", big_index, "--format", "ids",
                                "--all"]).stdout
    assert result.stdout + rest.stdout == whole


# (arguments, why)
CLI_USAGE_ERRORS = [
    (["flood", "--after", "xyz!"], "not a cursor"),
    (["flood", "--after", "W10", "--offset", "2"], "--after with --offset"),
    (["flood", "--all", "--offset", "2"], "--all with --offset"),
    (["flood", "--offset", "-1"], "negative offset"),
]


@pytest.mark.parametrize("args,why", CLI_USAGE_ERRORS, ids=[e[1] for e in CLI_USAGE_ERRORS])
def test_cli_paging_usage_errors_exit_2(runner, big_index, args, why):
    result = runner.invoke(cli, ["search", "--all-versions", *args, "--index", big_index])
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stdout == "" and "Error" in result.stderr and "Traceback" not in result.stderr
