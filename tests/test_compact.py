"""`wire compact`: the index's segments merged into one, run as the real command.

What must hold: the same stories are found, in the same order where the order does not
depend on scores; deleted stories' space goes; the manifest still vouches for every
file (check, re-runs and later additions work as before); the lock and an interrupted
run are respected.
"""
from __future__ import annotations

import json
import os

import pytest

from indexer.recovery import WriteLock
from wirerun import generate, run_wire


def _stats(index: str) -> dict:
    result = run_wire("stats", "--index", index, "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _ids(index: str, *args: str) -> list[str]:
    result = run_wire("search", *args, "--index", index, "--all", "--format", "jsonl",
                      "--fields", "id")
    assert result.returncode == 0, result.stderr
    return [json.loads(line)["id"] for line in result.stdout.splitlines()]


@pytest.fixture()
def two_runs(tmp_path):
    """An index of two generated folders, indexed by two runs (two segments), then one
    file deleted and indexed again (a deleted story in a segment)."""
    first = generate(tmp_path / "a", 30, seed=5)
    second = generate(tmp_path / "b", 30, seed=6)
    index = str(tmp_path / "index")
    for folder in (first, second):
        assert run_wire("index", "--index", index, str(folder)).returncode == 0
    gone = sorted(first.rglob("*.txt"))[0]
    gone.unlink()
    result = run_wire("index", "--index", index, str(first), str(second))
    assert "1 removed" in result.stderr, result.stderr
    return index, first, second


# Searches whose order does not depend on scores (a merge changes the totals BM25
# reads when stories were deleted), and one ranked search compared as a set.
ORDERED = [("--lang", "en", "--sort", "newest"), ("--sort", "oldest", "--agency", "Reuters"),
           ("--since", "2019-01-01", "--sort", "newest")]


def test_compact_merges_every_segment_and_finds_the_same_stories(two_runs):
    index, first, second = two_runs
    before = _stats(index)
    assert before["segments"] >= 2 and before["stories"] == 59
    found = {args: _ids(index, *args) for args in ORDERED}
    ranked = _ids(index, "the OR der OR la")
    assert all(found.values()) and ranked

    result = run_wire("compact", "--index", index)

    assert result.returncode == 0, result.stderr
    assert f"59 stories, {before['segments']} segments -> 1," in result.stderr
    after = _stats(index)
    assert after["segments"] == 1 and after["stories"] == 59
    assert after["bytes"] < before["bytes"]
    assert {k: after[k] for k in ("agencies", "languages", "first", "last")} == \
        {k: before[k] for k in ("agencies", "languages", "first", "last")}
    for args, ids in found.items():
        assert _ids(index, *args) == ids, args
    assert sorted(_ids(index, "the OR der OR la")) == sorted(ranked)


def test_a_compacted_index_still_updates_incrementally(two_runs, tmp_path):
    index, first, second = two_runs
    assert run_wire("compact", "--index", index).returncode == 0
    check = run_wire("check", "--index", index, str(first), str(second))
    assert check.returncode == 0 and "; OK" in check.stderr, check.stdout + check.stderr
    again = run_wire("index", "--index", index, str(first), str(second))
    assert "0 added, 0 updated, 0 removed, 0 failed, 59 unchanged" in again.stderr
    changed = sorted(second.rglob("*.txt"))[3]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA closing line.\n",
                       encoding="utf-8")
    os.remove(sorted(second.rglob("*.txt"))[4])
    result = run_wire("index", "--index", index, str(first), str(second))
    assert "0 added, 1 updated, 1 removed" in result.stderr, result.stderr
    assert _stats(index)["stories"] == 58


def test_compacting_one_clean_segment_leaves_it(tmp_path):
    folder = generate(tmp_path / "a", 10, seed=2)
    index = str(tmp_path / "index")
    assert run_wire("index", "--index", index, str(folder)).returncode == 0
    names = sorted(os.listdir(index))
    result = run_wire("compact", "--index", index)
    assert result.returncode == 0 and "1 segment -> 1," in result.stderr, result.stderr
    assert [n for n in sorted(os.listdir(index)) if n.endswith(".seg")] == \
        [n for n in names if n.endswith(".seg")]


def test_compact_waits_for_a_run_holding_the_lock_then_exits_75(two_runs):
    index = two_runs[0]
    with WriteLock(index, 0):
        result = run_wire("compact", "--index", index, "--wait", "0.3")
    assert result.returncode == 75, result.stderr
    assert "being written by another process" in result.stderr
    assert _stats(index)["segments"] >= 2


def test_compact_leaves_an_interrupted_run_to_wire_index(two_runs):
    """A run that did not finish may have committed stories its manifest does not list;
    only a run over the files repairs that, so compact refuses and keeps the mark."""
    index, first, second = two_runs
    lock = WriteLock(index, 0)
    lock.acquire()
    lock.release(clean=False)  # as a killed run leaves it
    refused = run_wire("compact", "--index", index)
    assert refused.returncode == 1
    assert "did not finish writing" in refused.stderr and "wire index" in refused.stderr
    repaired = run_wire("index", "--index", index, str(first), str(second))
    assert "did not finish writing" in repaired.stderr, repaired.stderr
    assert run_wire("compact", "--index", index).returncode == 0
    assert _stats(index)["segments"] == 1


def test_compact_without_an_index_says_so(tmp_path):
    result = run_wire("compact", "--index", str(tmp_path / "nowhere"))
    assert result.returncode == 1
    assert "no index in" in result.stderr and "Traceback" not in result.stderr
