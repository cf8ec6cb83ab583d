"""Concurrency with real processes: one writer at a time, readers see the last commit."""
from __future__ import annotations

import json
import os

import pytest

from indexer.errors import IndexLockedError
from wirerun import Run, generate, run_wire

#: Stories in the corpus, committed BATCH at a time with a pause after each commit, so
#: the first run holds the lock for a few seconds.
STORIES, BATCH, PAUSE = 400, 100, "0.3"
# Searches count every story: the generated corpus holds versions of some (--all-versions).


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return generate(tmp_path_factory.mktemp("lock") / "stories", STORIES, seed=5)


def slow_env(pause: str = PAUSE):
    return dict(os.environ, WIRE_TEST_HOOKS="1", WIRE_TEST_BATCH_STORIES=str(BATCH),
                WIRE_TEST_COMMIT_PAUSE=pause)


def gated_env(gate, at: str):
    """The run waits at ``at`` until ``gate`` is written ("go": once, "open": from then on)."""
    return dict(os.environ, WIRE_TEST_HOOKS="1", WIRE_TEST_BATCH_STORIES=str(BATCH),
                WIRE_TEST_GATE=str(gate), WIRE_TEST_GATE_AT=at)


def test_second_run_waits_then_exits_75_naming_the_holder(corpus, tmp_path):
    index, gate = str(tmp_path / "index"), tmp_path / "gate"
    # Held at its first commit until the second run is done: a pause let a loaded
    # machine's second run start after the first had finished.
    first = Run(["index", str(corpus), "--index", index], gated_env(gate, "commit-start"))
    try:
        assert first.wait_marker("commit-start", 1)
        second = run_wire("index", str(corpus), "--index", index, "--wait", "0.5")
        assert second.returncode == IndexLockedError.exit_code == 75
        assert second.stderr.count("\n") == 1 and second.stderr.startswith("Error: ")
        assert f"pid {first.proc.pid} on " in second.stderr and "--wait" in second.stderr
        assert first.proc.poll() is None  # the holder was not disturbed
    finally:
        gate.write_text("open")
        assert first.finish() == 0
    done = run_wire("index", str(corpus), "--index", index)
    assert done.returncode == 0 and f"{STORIES} unchanged" in done.stderr


def test_second_run_with_a_long_wait_runs_after_the_first(corpus, tmp_path):
    index = str(tmp_path / "index")
    first = Run(["index", str(corpus), "--index", index], slow_env())
    assert first.wait_marker("commit-start", 1)
    second = run_wire("index", str(corpus), "--index", index, "--wait", "120")
    assert first.finish() == 0
    assert second.returncode == 0, second.stderr
    # It took the lock only when the first was done: everything was already indexed.
    assert f"0 added, 0 updated, 0 removed, 0 failed, {STORIES} unchanged" in second.stderr


def test_two_runs_creating_the_same_new_index_at_once(corpus, tmp_path):
    index = str(tmp_path / "index")
    # Either may take the lock first, so both wait long: the other's slowed run outlasts
    # the default 10 s on a loaded machine.
    a = Run(["index", str(corpus), "--index", index, "--wait", "120"], slow_env())
    b = Run(["index", str(corpus), "--index", index, "--wait", "120"], slow_env())
    assert a.finish() == 0 and b.finish() == 0, (a.stderr, b.stderr)
    result = run_wire("search", "--all-versions", "--index", index, "--since", "1900-01-01", "--format", "json")
    assert json.loads(result.stdout)["total"] == STORIES


def test_search_during_a_build_returns_the_last_commit(corpus, tmp_path):
    index, gate = str(tmp_path / "index"), tmp_path / "gate"
    run = Run(["index", str(corpus), "--index", index], gated_env(gate, "index-committed"))
    try:
        # Held after the second index commit (a pause let a loaded machine's search
        # start after the third): two batches are in, the rest is not.
        assert run.wait_marker("index-committed", 1)
        gate.write_text("go")
        assert run.wait_marker("index-committed", 2)
        result = run_wire("search", "--all-versions", "--index", index, "--since", "1900-01-01",
                          "--format", "json", "--limit", "1")
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["total"] == 2 * BATCH
        check = run_wire("check", "--index", index)
        assert "being written now by pid" in check.stdout
    finally:
        gate.write_text("open")
        assert run.finish() == 0
    result = run_wire("search", "--all-versions", "--index", index, "--since", "1900-01-01", "--format", "json")
    assert json.loads(result.stdout)["total"] == STORIES
