"""Building and updating real indexes in tmp_path: incremental runs, replacement, failures, locks."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

import indexer
from indexer import Story, errors
from indexer.index import MANIFEST_NAME, story_document, to_utc

from conftest import corpus_stories, write_story


def found(index, q) -> set[str]:
    return {h["path"] for h in indexer.search(q, index=index, limit=100)["hits"]}


def counts(summary) -> dict:
    return {k: getattr(summary, k) for k in ("added", "updated", "removed", "failed", "unchanged")}


@pytest.fixture
def archive(tmp_path):
    """Three story files and an index folder path."""
    folder = tmp_path / "stories"
    for name, word in [("a.txt", "aardvark"), ("b.txt", "bison"), ("sub/c.txt", "capybara")]:
        write_story(folder, name, f"Zoo welcomes a {word}", body=f"The {word} arrived on Monday.")
    return folder, str(tmp_path / "index")


def test_first_run_adds_every_file(archive):
    folder, index = archive
    summary = indexer.index_paths([str(folder)], index=index)
    assert counts(summary) == dict(added=3, updated=0, removed=0, failed=0, unchanged=0)
    assert found(index, "capybara") == {str(folder / "sub" / "c.txt")}


def test_rerun_without_changes_reads_nothing(archive):
    folder, index = archive
    indexer.index_paths([str(folder)], index=index)
    summary = indexer.index_paths([str(folder)], index=index)
    assert counts(summary) == dict(added=0, updated=0, removed=0, failed=0, unchanged=3)


def test_touched_but_identical_file_is_unchanged(archive):
    folder, index = archive
    indexer.index_paths([str(folder)], index=index)
    st = os.stat(folder / "a.txt")
    os.utime(folder / "a.txt", ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    summary = indexer.index_paths([str(folder)], index=index)
    assert counts(summary)["unchanged"] == 3 and counts(summary)["updated"] == 0


def test_modify_delete_add(archive):
    folder, index = archive
    indexer.index_paths([str(folder)], index=index)
    write_story(folder, "a.txt", "Zoo welcomes an anteater", body="The anteater arrived.")
    (folder / "b.txt").unlink()
    write_story(folder, "d.txt", "Zoo welcomes a dugong", body="The dugong arrived.")
    summary = indexer.index_paths([str(folder)], index=index)
    assert counts(summary) == dict(added=1, updated=1, removed=1, failed=0, unchanged=1)
    assert found(index, "anteater") == {str(folder / "a.txt")}
    assert found(index, "aardvark") == set()
    assert found(index, "bison") == set()
    assert found(index, "dugong") == {str(folder / "d.txt")}
    assert indexer.index_stats(index=index)["stories"] == 3


def test_indexing_another_folder_keeps_the_first(tmp_path):
    index = str(tmp_path / "index")
    write_story(tmp_path / "A", "a.txt", "Alpaca news", body="An alpaca.")
    write_story(tmp_path / "B", "b.txt", "Beaver news", body="A beaver.")
    indexer.index_paths([str(tmp_path / "A")], index=index)
    summary = indexer.index_paths([str(tmp_path / "B")], index=index)
    assert counts(summary) == dict(added=1, updated=0, removed=0, failed=0, unchanged=0)
    assert found(index, "alpaca") and found(index, "beaver")


def test_a_vanished_file_is_removed_even_when_its_folder_is_not_given(tmp_path):
    index = str(tmp_path / "index")
    gone = write_story(tmp_path / "A", "a.txt", "Alpaca news", body="An alpaca.")
    write_story(tmp_path / "B", "b.txt", "Beaver news", body="A beaver.")
    indexer.index_paths([str(tmp_path / "A")], index=index)
    gone.unlink()
    summary = indexer.index_paths([str(tmp_path / "B")], index=index)
    assert summary.removed == 1 and not found(index, "alpaca")


def test_same_file_twice_in_one_run_is_indexed_once(archive):
    folder, index = archive
    summary = indexer.index_paths([str(folder), str(folder / "a.txt")], index=index)
    assert summary.added == 3
    assert indexer.index_stats(index=index)["stories"] == 3


def test_unreadable_file_is_reported_and_the_rest_indexed(archive):
    folder, index = archive
    os.symlink(folder / "nowhere.txt", folder / "dangling.txt")
    reported = []
    summary = indexer.index_paths([str(folder), str(folder / "missing.txt")], index=index,
                                  on_error=lambda path, why: reported.append((path, why)))
    assert summary.failed == 2 and summary.added == 3
    assert [os.path.basename(p) for p, _ in reported] == ["dangling.txt", "missing.txt"]
    assert all("no such file" in why.lower() for _, why in reported)


def test_a_file_that_turns_unreadable_loses_its_stories(archive):
    folder, index = archive
    indexer.index_paths([str(folder)], index=index)
    (folder / "a.txt").unlink()
    os.symlink(folder / "nowhere.txt", folder / "a.txt")  # same path, now dangling
    summary = indexer.index_paths([str(folder)], index=index)
    assert counts(summary) == dict(added=0, updated=0, removed=1, failed=1, unchanged=2)
    assert found(index, "aardvark") == set()


def test_progress_is_called_per_parsed_file(archive):
    folder, index = archive
    calls = []
    indexer.index_paths([str(folder)], index=index, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_add_stories_replaces_by_id(tmp_path):
    index = str(tmp_path / "index")
    first = indexer.add_stories([Story(id="x", title="Old title about walruses")], index=index)
    again = indexer.add_stories([Story(id="x", title="New title about narwhals"),
                                 Story(id="x", title="Newest title about belugas")], index=index)
    assert (first.added, again.added, again.updated) == (1, 0, 1)
    assert indexer.search("walruses", index=index)["total"] == 0
    assert indexer.search("narwhals", index=index)["total"] == 0  # last one of a batch wins
    assert indexer.get_story("x", index=index)["title"] == "Newest title about belugas"


def test_stored_record_round_trips(corpus_index):
    for story in corpus_stories():
        assert indexer.get_story(story.id, index=corpus_index) == story.to_dict()


def test_stats(corpus_index):
    stats = indexer.index_stats(index=corpus_index)
    assert stats["stories"] == 9 and stats["undated"] == 1
    assert (stats["first"], stats["last"]) == ("2022-03-01T06:05:00", "2024-05-02T12:00:00")
    assert stats["agencies"]["Reuters"] == 3 and stats["agencies"]["dpa"] == 1
    assert stats["languages"] == {"en": 4, "fr": 2, "de": 2, "es": 1}


# (ISO string, UTC value, why)
DATES = [
    ("2023-11-09T10:16:00", "2023-11-09 10:16:00", "no zone: kept as written"),
    ("2023-11-09T10:16:00+09:00", "2023-11-09 01:16:00", "Seoul time to UTC"),
    ("2023-11-30T22:30:00-05:00", "2023-12-01 03:30:00", "offset crosses midnight"),
    ("2023-11-09T10:16:00Z", "2023-11-09 10:16:00", "Z is UTC"),
    ("2023-11-09", "2023-11-09 00:00:00", "a date alone"),
    ("9 Nov 2023", None, "not ISO: not indexed as a date"),
    (None, None, "no date"),
]


@pytest.mark.parametrize("iso, utc, why", DATES, ids=[r[2] for r in DATES])
def test_dates_are_indexed_in_utc(iso, utc, why):
    value = to_utc(iso)
    assert (str(value) if value else None) == utc, why
    doc = story_document(Story(id="x", published=iso), None)
    assert ("published" in doc) == (utc is not None)


def test_no_index_is_an_error(tmp_path):
    with pytest.raises(errors.NoIndexError, match="no index in .* \\(build one: wire index PATH\\)"):
        indexer.search("x", index=str(tmp_path / "none"))


def test_refuses_to_create_an_index_among_other_files(tmp_path):
    write_story(tmp_path, "story.txt", "A story")
    with pytest.raises(errors.WireError, match="not empty"):
        indexer.index_paths([str(tmp_path)], index=str(tmp_path))


def test_index_from_another_schema_version_asks_for_a_rebuild(tmp_path):
    index = str(tmp_path / "index")
    indexer.add_stories([Story(id="x", title="t")], index=index)
    with sqlite3.connect(os.path.join(index, MANIFEST_NAME)) as db:
        db.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    with pytest.raises(errors.SchemaVersionError, match="rebuild"):
        indexer.open_index(index)


def test_locked_index_waits_then_fails(tmp_path):
    index = str(tmp_path / "index")
    ix = indexer.open_index(index, create=True)
    writer = ix.ix.writer()  # another writer holds the lock
    try:
        with pytest.raises(errors.IndexLockedError, match="locked") as err:
            indexer.add_stories([Story(id="x", title="t")], index=index, wait=0.3)
        assert err.value.exit_code == 75
    finally:
        writer.cancel()
    assert indexer.add_stories([Story(id="x", title="t")], index=index).added == 1


def test_manifest_survives_commits_and_merges(archive):
    folder, index = archive
    for i in range(12):  # many small commits make Whoosh merge segments and clean files
        write_story(folder, f"extra{i}.txt", f"Extra story {i}")
        indexer.index_paths([str(folder)], index=index)
    assert os.path.exists(os.path.join(index, MANIFEST_NAME))
    assert indexer.index_paths([str(folder)], index=index).unchanged == 15


def test_one_folder_however_named_keeps_its_stories(archive, monkeypatch):
    """A re-run finds each file's manifest row under the same absolute key whether the
    folder is named relatively, with ``./`` or a trailing slash, through ``..``,
    absolutely or as a path object, and a file named on its own too; a feed file's
    stories are counted one by one."""
    folder, index = archive
    (folder / "feed.jsonl").write_text(
        '{"title": "Otters return to the canal", "body": "Two otters were seen."}\n'
        '{"title": "Heron nests counted", "body": "Volunteers counted forty nests."}\n',
        encoding="utf-8")
    monkeypatch.chdir(folder.parent)
    first = indexer.index_paths(["stories"], index=index)
    assert counts(first)["added"] == 5
    for spelling in ["./stories", "stories/", "stories/../stories", str(folder), folder,
                     "stories/sub/c.txt", os.path.join("stories", "sub", "..", "a.txt")]:
        summary = indexer.index_paths([spelling], index=index)
        expected = {"stories/sub/c.txt": 1}.get(str(spelling), 1 if "a.txt" in str(spelling) else 5)
        assert counts(summary) == dict(added=0, updated=0, removed=0, failed=0,
                                       unchanged=expected), spelling
    monkeypatch.chdir(folder / "sub")
    assert counts(indexer.index_paths([".", "../b.txt"], index=index))["unchanged"] == 2


def test_a_rerun_over_unchanged_files_loads_neither_parser_nor_numpy(archive):
    """Walking the files and looking them up in the manifest is all a run over unchanged
    files does: a fresh process that only re-runs loads no parser module, no compiled
    pattern cache and no numpy (their imports were half of such a run), and the same
    process still indexes a file added next to them."""
    folder, index = archive
    indexer.index_paths([str(folder)], index=index)
    code = ("import sys, json, indexer; "
            f"s = indexer.index_paths([{str(folder)!r}], index={index!r}); "
            "heavy = sorted(m for m in ('numpy', 'indexer.pipeline', 'indexer.clean', "
            "'indexer.regex_cache', 'indexer.versions') if m in sys.modules); "
            "print(json.dumps([s.unchanged, s.added, heavy]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert json.loads(out) == [3, 0, []]
    write_story(folder, "d.txt", "Zoo welcomes a dugong", body="The dugong arrived.")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    unchanged, added, heavy = json.loads(out)
    assert (unchanged, added) == (3, 1) and "indexer.versions" in heavy
    assert found(index, "dugong") == {str(folder / "d.txt")}
