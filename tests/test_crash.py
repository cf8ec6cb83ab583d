"""Crash safety: the real `wire index` killed with SIGKILL at many moments, then re-run.

One corpus of a few thousand short generated stories is indexed by a chain of runs, each
killed at a different moment: at fixed times (start-up, index creation, walking, parsing)
and at named points of a commit reported by the hidden WIRE_TEST_HOOKS markers (inside
Whoosh's commit, between the index commit and the manifest commit, after both). Between
runs some files change, some are deleted and some come back, so every run has work to do
and deletes and replacements are killed too. After each kill the index must open, search
must work, and every story in it must be whole (a version the parser gives for its file)
and present once. At the end one more run completes and the index holds exactly the
stories of the files on disk, with no leftover temporary files.
"""
from __future__ import annotations

import json
import os
import random
import re
import time
from pathlib import Path

import pytest

from indexer import make_id
from indexer.index import SPLIT_MIN_BYTES, WireIndex
from indexer.pipeline import parse_file
from indexer.recovery import LOCK_NAME, POOL_DIR, TEMP_TOC_RE
from wirerun import Run, generate, run_wire

pytestmark = pytest.mark.crash

#: Stories in the corpus: "a few thousand", short so a full run takes seconds.
STORIES = 2000
#: Commit every this many stories, so one run makes many commits to kill.
BATCH = 100
#: Files changed, deleted and brought back between two runs.
CHANGED, DELETED = 120, 40

# (kind, moment): "time" kills that many seconds after the start; a marker kill waits
# for that marker on stderr (its nth occurrence), then the delay. 25 kills in all.
KILLS = [("time", t) for t in (0.15, 0.35, 0.6, 0.9, 1.2, 1.6, 2.0, 2.6, 3.2)] + [
    ("commit-start", d) for d in (0.0, 0.001, 0.003, 0.006, 0.01, 0.02, 0.04, 0.08)] + [
    ("index-committed", d) for d in (0.0, 0.05, 0.15, 0.3)] + [
    ("commit-end", d) for d in (0.0, 0.002, 0.01, 0.05)]
#: The pause the hook makes inside the index commit (segments built by the workers are
#: moved in but no TOC names them yet: the commit itself is only renames and a TOC now)
#: and between the index commit and the manifest commit, so kills land in those windows.
COMMIT_PAUSE = 0.4


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("crash")
    src = root / "stories"
    generate(src, STORIES, seed=11)
    return root


def story_files(src: Path) -> list[Path]:
    return sorted(p for p in src.rglob("*.txt"))


def versions_of(files, versions: dict) -> None:
    """Record each file's parsed stories: id -> every (title, body) it has had."""
    for f in files:
        for story in parse_file(str(f)):
            versions.setdefault(story.id, set()).add((story.title, story.body))


def index_contents(index: Path) -> list[tuple[str, str, str]]:
    """(id, title, body) of every story in the last commit, opened as a reader would."""
    wix = WireIndex.open(str(index))
    with wix.searcher() as s:
        return [(f["record"]["id"], f["record"]["title"], f.get("body", ""))
                for f in s.all_stored_fields()]


def check_after_kill(index: Path, versions: dict) -> int:
    if not (index / "_MAIN_0.toc").exists() and not any(index.glob("_MAIN_*.toc")):
        return 0  # killed before the index was created: nothing to open yet
    docs = index_contents(index)
    ids = [d[0] for d in docs]
    assert len(ids) == len(set(ids)), "a story is in the index twice"
    for story_id, title, body in docs:
        assert story_id in versions, f"story {story_id} matches no file"
        assert (title, body) in versions[story_id], f"story {story_id} is not whole"
    result = run_wire("search", "--all-versions", "--index", str(index), "--format", "json", "--limit", "3",
                      "--since", "2000-01-01")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["total"] == len(docs)
    assert all(hit["id"] in versions for hit in found["hits"])
    return len(docs)


def test_kill_schedule_is_varied():
    assert len(KILLS) >= 20 and len(set(KILLS)) == len(KILLS)


def mutate(src: Path, attic: Path, rng: random.Random, round_no: int, versions: dict) -> None:
    """Change some files (recording their new versions), delete some (kept in the attic
    with their stories' ids) and bring some back."""
    files = story_files(src)
    changed = rng.sample(files, CHANGED)
    for f in changed:
        with open(f, "a", encoding="utf-8") as fh:
            fh.write(f"\nUpdate {round_no}: officials said the talks would resume.\n")
    versions_of(changed, versions)
    for f in rng.sample(files, DELETED):
        if f.exists():
            target = attic / f.relative_to(src)
            target.parent.mkdir(parents=True, exist_ok=True)
            f.rename(target)
    back = sorted(attic.rglob("*.txt"))
    for f in rng.sample(back, min(len(back), DELETED // 2)):
        f.rename(src / f.relative_to(attic))


def test_sigkill_at_many_moments_loses_and_duplicates_nothing(corpus):
    src, attic, index = corpus / "stories", corpus / "attic", corpus / "index"
    attic.mkdir()
    rng = random.Random(int(os.environ.get("WIRE_CRASH_SEED", "7")))  # vary it to explore
    versions: dict = {}
    versions_of(story_files(src), versions)
    kills = KILLS[:1] + rng.sample(KILLS[1:], len(KILLS) - 1)  # start with an early kill
    env = dict(os.environ, WIRE_TEST_HOOKS="1", WIRE_TEST_BATCH_STORIES=str(BATCH))
    moments = []

    for n, (kind, delay) in enumerate(kills):
        if n:  # the first run starts from nothing; later ones find changes to make
            mutate(src, attic, rng, n, versions)
        run_env = dict(env, WIRE_TEST_COMMIT_PAUSE=str(COMMIT_PAUSE)) \
            if kind in ("commit-start", "index-committed") else env
        t_start = time.monotonic()
        run = Run(["index", str(src), "--index", str(index)], run_env)
        if kind == "time":
            time.sleep(delay)
        else:
            run.wait_marker(kind, rng.randint(1, 2))
            time.sleep(delay)
        moments.append((kind, delay, run.kill()))
        t1 = time.monotonic()
        check_after_kill(index, versions)
        print(f"kill {n}: {kind} +{delay}s, after {moments[-1][2]!r} at {t1 - t_start:.2f}s;"
              f" checked in {time.monotonic() - t1:.2f}s")  # shown with pytest -s

    # Coverage of the moments that matter: inside Whoosh's commit, and in the window
    # between the index commit and the manifest commit.
    interrupted = [last for _, _, last in moments]
    assert len(moments) >= 20
    assert interrupted.count("commit-start") >= 4, moments
    assert interrupted.count("index-committed") >= 2, moments

    # One more run completes: every story of the files on disk, exactly once. It says
    # when the last run was killed while holding the lock.
    killed_writing = (index / LOCK_NAME).read_bytes() != b""
    done = run_wire("index", str(src), "--index", str(index))
    assert done.returncode == 0, done.stderr
    assert ("an earlier run did not finish writing (pid " in done.stderr) == killed_writing
    files = story_files(src)
    expected = {make_id(os.path.abspath(f)) for f in files}
    docs = index_contents(index)
    ids = [d[0] for d in docs]
    assert len(ids) == len(set(ids)) == len(files)
    assert set(ids) == expected
    current: dict = {}
    versions_of(files, current)
    assert all((title, body) in current[i] for i, title, body in docs)

    # Nothing a killed run left behind survives a completed one.
    names = os.listdir(index)
    assert not [n for n in names if TEMP_TOC_RE.match(n)]
    assert POOL_DIR not in names
    assert len([n for n in names if re.match(r"^_MAIN_\d+\.toc$", n)]) == 1
    assert (index / LOCK_NAME).read_bytes() == b""  # ended cleanly
    again = run_wire("index", str(src), "--index", str(index))
    assert again.returncode == 0 and f"0 added, 0 updated, 0 removed, 0 failed, {len(files)} unchanged" in again.stderr


def test_a_run_killed_between_the_parts_of_a_split_file_reads_it_again(tmp_path):
    """One feed large enough to be built in parts by two workers, the run killed after
    the first part's commit: the index holds that part's stories, whole, and the manifest
    does not vouch for the file, so the next run reads it again and the index ends with
    every story once."""
    src, index = tmp_path / "feeds", tmp_path / "index"
    src.mkdir()
    rng = random.Random(3)
    feed = src / "year.jsonl"
    with open(feed, "w", encoding="utf-8") as out:
        n = 0
        while out.tell() < SPLIT_MIN_BYTES + 4096:
            words = " ".join(f"w{rng.randrange(4000)}" for _ in range(400))
            out.write(json.dumps({"headline": f"Item {n} of the year",
                                  "datePublished": f"2024-{1 + n % 12:02d}-03T09:00:00Z",
                                  "body":
                                  f"OSLO (NTB) - Item {n} says {words}."}) + "\n")
            n += 1
    stories = n
    env = dict(os.environ, WIRE_TEST_HOOKS="1", WIRE_TEST_COMMIT_PAUSE="2")
    run = Run(["index", str(src), "--index", str(index), "--workers", "2"], env)
    assert run.wait_marker("commit-end", 1), run.stderr
    assert run.kill() == "commit-end"  # the second part's commit waits in its pause
    versions: dict = {}
    versions_of([feed], versions)
    kept = check_after_kill(index, versions)
    assert 0 < kept < stories
    done = run_wire("index", str(src), "--index", str(index), "--workers", "2")
    assert done.returncode == 0, done.stderr
    assert f"{stories} added, 0 updated, 0 removed, 0 failed" in done.stderr
    ids = [d[0] for d in index_contents(index)]
    assert len(ids) == len(set(ids)) == stories


def test_a_run_that_fails_between_its_commits_leaves_no_story_twice(tmp_path):
    """A run that ends on an error (a full disk, say) between a batch's index commit and
    its manifest commit has put stories of files the manifest does not list into the
    index, like a killed one: the lock stays marked, and the next run replaces those
    files' stories instead of adding them again. (A new file is otherwise not looked up
    for old stories: the manifest says it has none.)"""
    src, index = tmp_path / "stories", tmp_path / "index"
    generate(src, 300, seed=5)
    env = dict(os.environ, WIRE_TEST_HOOKS="1", WIRE_TEST_BATCH_STORIES="100",
               WIRE_TEST_FAIL_AT="index-committed")
    failed = run_wire("index", str(src), "--index", str(index), env=env)
    assert failed.returncode != 0 and "failing at index-committed" in failed.stderr
    assert (index / LOCK_NAME).read_bytes() != b""  # the run did not end cleanly
    kept = index_contents(index)
    assert 0 < len(kept) < len(story_files(src))  # the first batch, committed
    done = run_wire("index", str(src), "--index", str(index))
    assert done.returncode == 0, done.stderr
    assert "an earlier run did not finish writing (pid " in done.stderr
    ids = [d[0] for d in index_contents(index)]
    assert len(ids) == len(set(ids)) == len(story_files(src))
    assert (index / LOCK_NAME).read_bytes() == b""
