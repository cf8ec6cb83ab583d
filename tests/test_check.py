"""wire check, wire index --rebuild, and indexes written by another version of wire."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap

import pytest

import indexer
from indexer.index import MANIFEST_NAME, WireIndex, _Batch
from search_cli import cli

SAMPLES = os.path.join(os.path.dirname(os.path.dirname(__file__)), "samples")


@pytest.fixture
def built(tmp_path, runner):
    """A folder of sample stories and an index of it, both in tmp_path."""
    src = tmp_path / "stories"
    shutil.copytree(SAMPLES, src, ignore=shutil.ignore_patterns("README*"))
    index = str(tmp_path / "index")
    assert runner.invoke(cli, ["index", str(src), "--index", index]).exit_code == 0
    return src, index


def check(runner, index, *paths):
    result = runner.invoke(cli, ["check", "--index", index, "--format", "json", *map(str, paths)])
    return result.exit_code, json.loads(result.stdout)


def kinds(report):
    return sorted(p["kind"] for p in report["problems"])


def test_a_fresh_index_checks_clean(runner, built):
    src, index = built
    code, report = check(runner, index, src)
    assert code == 0 and report["ok"] and report["problems"] == []
    assert report["stories"] == report["files"] == len(os.listdir(src))
    text = runner.invoke(cli, ["check", "--index", index, str(src)])
    assert text.exit_code == 0 and text.stdout == "" and text.stderr.endswith("; OK\n")


def test_changed_gone_and_unindexed_files_are_problems_until_indexed(runner, built):
    src, index = built
    files = sorted(src.iterdir())
    files[0].unlink()
    with open(files[1], "a", encoding="utf-8") as fh:
        fh.write("\nA late paragraph was added to this story.\n")
    shutil.copy(files[2], src / "zz-new-story.txt")
    (src / "zz-empty.txt").write_text("")
    code, report = check(runner, index, src)
    assert code == 1 and kinds(report) == ["changed", "gone", "unindexed"]
    assert {p["where"].rsplit("/", 1)[-1] for p in report["problems"]} == \
        {files[0].name, files[1].name, "zz-new-story.txt"}
    assert [n["kind"] for n in report["notes"]] == ["refused"]  # the empty file: not a problem
    text = runner.invoke(cli, ["check", "--index", index, str(src)])
    assert text.exit_code == 1 and "run wire index PATH" in text.stdout
    assert text.stderr.endswith("; 3 problems\n")
    runner.invoke(cli, ["index", str(src), "--index", index])
    assert check(runner, index, src)[0] == 0


def test_missing_duplicate_and_unlisted_stories_are_found(runner, built):
    src, index = built
    wix = WireIndex.open(index)
    with wix.searcher() as s:
        victim = next(s.all_stored_fields())["record"]["id"]
    batch = _Batch(wix.ix, wait=1)
    batch.delete_id(victim)  # the manifest still lists it: missing
    story = indexer.parse_text("Ghost story\n\nPARIS (AFP) - A story from a file never listed.",
                               path="/nowhere/ghost.txt")
    batch.add(story, file_key="/nowhere/ghost.txt")  # in the index, not in the manifest
    batch.commit()
    twin = _Batch(wix.ix, wait=1)
    twin.add(story, file_key="/nowhere/ghost.txt")  # the same id again, another commit
    twin.commit()
    code, report = check(runner, index)
    assert code == 1 and kinds(report) == ["duplicate", "missing", "unlisted"]


def test_no_index_is_exit_1_with_how_to_build_one(runner, tmp_path):
    result = runner.invoke(cli, ["check", "--index", str(tmp_path / "none")])
    assert result.exit_code == 1 and "build one: wire index PATH" in result.stderr


def set_schema_version(index, version):
    db = sqlite3.connect(os.path.join(index, MANIFEST_NAME))
    db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (version,))
    db.commit()
    db.close()


def test_another_schema_version_says_rebuild_and_rebuild_fixes_it(runner, built):
    src, index = built
    set_schema_version(index, "0")
    for args in (["search", "seoul"], ["stats"], ["index", str(src)], ["check"]):
        result = runner.invoke(cli, [*args, "--index", index])
        assert result.exit_code == 1, args
        out = result.stdout + result.stderr
        assert "another version of wire" in out and "wire index --rebuild" in out, args
        assert "Traceback" not in out
    result = runner.invoke(cli, ["index", "--rebuild", str(src), "--index", index])
    assert result.exit_code == 0, result.stderr
    assert runner.invoke(cli, ["search", "seoul", "--index", index]).exit_code == 0
    assert check(runner, index, src)[0] == 0
    parent = os.path.dirname(index)
    assert sorted(os.listdir(parent)) == ["index", "stories"]  # nothing left beside it


def test_index_whose_pickled_schema_names_a_vanished_class(tmp_path):
    """A TOC pickles the schema; a class an older wire used may no longer exist."""
    (tmp_path / "oldwire_analysis.py").write_text(textwrap.dedent("""
        from whoosh.analysis import Filter
        class OldFilter(Filter):
            def __call__(self, tokens):
                return tokens
    """))
    index = tmp_path / "index"
    make = textwrap.dedent(f"""
        import sys; sys.path.insert(0, {str(tmp_path)!r})
        from whoosh import index
        from whoosh.analysis import StandardAnalyzer
        from whoosh.fields import TEXT, Schema
        from oldwire_analysis import OldFilter
        import os; os.mkdir({str(index)!r})
        index.create_in({str(index)!r}, Schema(title=TEXT(analyzer=StandardAnalyzer() | OldFilter())))
    """)
    subprocess.run([sys.executable, "-c", make], check=True)
    for args in (["search", "seoul"], ["check"]):
        result = subprocess.run([sys.executable, "-m", "search_cli", *args, "--index", str(index)],
                                capture_output=True, text=True, cwd=tmp_path / "..")
        assert result.returncode == 1, result.stderr
        assert "another version of wire" in result.stdout + result.stderr
        assert "Traceback" not in result.stderr


def test_rebuild_swaps_in_a_complete_index_and_removes_the_old(runner, built, tmp_path):
    src, index = built
    (tmp_path / ".index.rebuild").mkdir()  # left by a killed rebuild
    (tmp_path / ".index.rebuild" / "_MAIN_3.toc").write_bytes(b"half")
    old_inode = os.stat(index).st_ino
    files = sorted(src.iterdir())
    files[0].unlink()
    result = runner.invoke(cli, ["index", "--rebuild", str(src), "--index", index])
    assert result.exit_code == 0, result.stderr
    assert f"{len(files) - 1} added" in result.stderr
    assert os.stat(index).st_ino != old_inode
    assert sorted(os.listdir(tmp_path)) == ["index", "stories"]
    assert check(runner, index, src)[0] == 0


def test_rebuild_refuses_a_folder_that_is_not_an_index(runner, built):
    src, _ = built
    before = sorted(os.listdir(src))
    result = runner.invoke(cli, ["index", "--rebuild", str(src), "--index", str(src)])
    assert result.exit_code == 1 and "not an index" in result.stderr
    assert sorted(os.listdir(src)) == before


def test_rebuild_of_a_missing_index_builds_one(runner, built, tmp_path):
    src, _ = built
    index = str(tmp_path / "new-index")
    result = runner.invoke(cli, ["index", "--rebuild", str(src), "--index", index])
    assert result.exit_code == 0, result.stderr
    assert check(runner, index, src)[0] == 0
