"""wire index --watch as a real subprocess: files arrive, change and disappear while searches
run beside it; a second watcher gets exit 75; SIGINT stops it cleanly with what it noticed."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest

import indexer
from indexer.watch import is_story_path

from conftest import write_story

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and flock")

#: Bound on every wait for the watcher: far above the second or so it takes.
DEADLINE = 30.0


def wait_for(check, what: str, timeout: float = DEADLINE):
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout:g}s waiting for {what}")


def titles(index) -> set[str]:
    try:
        return {h["title"] for h in indexer.search_all("", index=index, agency="Reuters")}
    except indexer.NoIndexError:
        return set()


class Watcher:
    """``python -m search_cli index --watch ...`` with stderr in a file we can read."""

    def __init__(self, tmp_path, *args, name="watch", cwd=None):
        self.log = tmp_path / f"{name}.log"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "search_cli", "index", "--watch", *args],
            cwd=cwd or tmp_path, stdout=subprocess.DEVNULL, stderr=open(self.log, "w"),
            env=dict(os.environ, PYTHONUNBUFFERED="1"))

    def stderr(self) -> str:
        return self.log.read_text(encoding="utf-8")

    def ready(self):
        wait_for(lambda: "watching" in self.stderr() or self.proc.poll() is not None,
                 "the watcher to start")
        assert self.proc.poll() is None, self.stderr()

    def stop(self, sig=signal.SIGINT) -> int:
        self.proc.send_signal(sig)
        return self.proc.wait(timeout=DEADLINE)

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "inbox"
    write_story(folder, "first.txt", "Ferry service resumes after storm")
    return folder


def test_watch_session(tmp_path, inbox):
    index = str(tmp_path / "index")
    watcher = Watcher(tmp_path, "inbox", "--index", "index", "--settle", "0.3")
    try:
        watcher.ready()
        assert titles(index) == {"Ferry service resumes after storm"}

        # 1. Files arrive: plain, in a new folder, written in two pieces, renamed from a dot-name.
        write_story(inbox, "second.txt", "Port reopens to container ships")
        write_story(inbox / "2024" / "01", "third.txt", "Bridge closed for repairs")
        slow = inbox / "slow.txt"
        with open(slow, "w", encoding="utf-8") as fh:
            fh.write("Rail strike called off\n2023-11-09 10:16 UTC\n\n")
            fh.flush()
            time.sleep(0.1)
            fh.write("By Jane Doe\n\nSEOUL (Reuters) - The rail union called off the strike.\n")
        hidden = write_story(inbox, ".upload.tmp", "Airport expands terminal")
        hidden.rename(inbox / "airport.txt")
        expected = {"Ferry service resumes after storm", "Port reopens to container ships",
                    "Bridge closed for repairs", "Rail strike called off", "Airport expands terminal"}
        wait_for(lambda: titles(index) == expected, "new files to be searchable")
        assert indexer.count(index=index, agency="Reuters") == 5  # each story once

        # 2. A file changes, another disappears, a folder is moved in.
        write_story(inbox, "second.txt", "Port reopens after week-long closure")
        (inbox / "first.txt").unlink()
        batch = tmp_path / "batch"
        write_story(batch, "a.txt", "Harbour cranes back in service")
        write_story(batch, "b.txt", "Fishing fleet returns")
        batch.rename(inbox / "batch")
        expected = (expected - {"Ferry service resumes after storm", "Port reopens to container ships"}
                    | {"Port reopens after week-long closure", "Harbour cranes back in service",
                       "Fishing fleet returns"})
        wait_for(lambda: titles(index) == expected, "changes and deletions to be indexed")

        # 3. Searches through the CLI and a plain `wire index` run work beside the watcher.
        search = subprocess.run([sys.executable, "-m", "search_cli", "search", "Harbour cranes",
                                 "--index", "index", "--format", "ids"], cwd=tmp_path,
                                capture_output=True, text=True, timeout=DEADLINE)
        assert search.returncode == 0 and len(search.stdout.split()) == 1, search.stderr
        other = tmp_path / "other"
        write_story(other, "x.txt", "Canal tolls rise", agency="AP")
        run = subprocess.run([sys.executable, "-m", "search_cli", "index", "other",
                              "--index", "index"], cwd=tmp_path, capture_output=True, text=True,
                             timeout=DEADLINE)
        assert run.returncode == 0, run.stderr
        assert indexer.count("canal", index=index) == 1

        # 4. A second watcher on the same index: exit 75, naming the first.
        second = subprocess.run([sys.executable, "-m", "search_cli", "index", "--watch", "inbox",
                                 "--index", "index", "--wait", "0.5"], cwd=tmp_path,
                                capture_output=True, text=True, timeout=DEADLINE)
        assert second.returncode == 75, second.stderr
        assert "already watched" in second.stderr and f"pid {watcher.proc.pid}" in second.stderr
        assert "Traceback" not in second.stderr

        # 5. Ctrl-C: a clean stop, exit 0, the index holds exactly the files there.
        write_story(inbox, "last.txt", "Night ferry timetable published")
        wait_for(lambda: "Night ferry timetable published" in titles(index), "the last file")
        assert watcher.stop() == 0, watcher.stderr()
    finally:
        watcher.kill()
    log = watcher.stderr()
    assert "stopped; this session" in log and "Traceback" not in log
    expected.add("Night ferry timetable published")
    assert titles(index) == expected
    ids = [h["id"] for h in indexer.search_all("", index=index, agency="Reuters")]
    assert len(ids) == len(set(ids)) == len(expected)


def test_stop_indexes_what_was_noticed(tmp_path, inbox):
    """SIGTERM (or Ctrl-C) before a file has settled: it is indexed before the exit."""
    index = str(tmp_path / "index")
    watcher = Watcher(tmp_path, "inbox", "--index", "index", "--settle", "60")
    try:
        watcher.ready()
        write_story(inbox, "late.txt", "Late edition goes to press")
        time.sleep(1.5)  # noticed (file events come in milliseconds), far from settled
        assert "Late edition goes to press" not in titles(index)
        assert watcher.stop(signal.SIGTERM) == 0, watcher.stderr()
    finally:
        watcher.kill()
    assert "Late edition goes to press" in titles(index)


def test_polling_fallback(tmp_path, inbox):
    index = str(tmp_path / "index")
    watcher = Watcher(tmp_path, "inbox", "--index", "index", "--poll", "--settle", "0.2")
    try:
        watcher.ready()
        assert "polling" in watcher.stderr()
        write_story(inbox, "polled.txt", "Weather service issues gale warning")
        wait_for(lambda: "Weather service issues gale warning" in titles(index), "a polled file")
        (inbox / "polled.txt").unlink()
        wait_for(lambda: "Weather service issues gale warning" not in titles(index), "a polled deletion")
        assert watcher.stop() == 0, watcher.stderr()
    finally:
        watcher.kill()


def test_a_file_that_fails_is_named_and_the_watch_goes_on(tmp_path, inbox):
    index = str(tmp_path / "index")
    watcher = Watcher(tmp_path, "inbox", "--index", "index", "--settle", "0.2")
    try:
        watcher.ready()
        (inbox / "empty.txt").write_bytes(b"")
        write_story(inbox, "good.txt", "Lighthouse keeper retires")
        wait_for(lambda: "Lighthouse keeper retires" in titles(index), "the good file")
        wait_for(lambda: "empty.txt: empty file" in watcher.stderr(), "the failure on stderr")
        assert watcher.stop() == 1  # a file still fails at the end: status 1, as wire index
    finally:
        watcher.kill()


def test_watch_paths_api(tmp_path, inbox):
    """The library call behind --watch, stopped by an Event from another thread."""
    index = str(tmp_path / "index")
    stop = threading.Event()
    batches = []
    result = {}
    thread = threading.Thread(target=lambda: result.update(totals=indexer.watch_paths(
        [str(inbox)], index=index, stop=stop, settle=0.1, on_batch=batches.append)))
    thread.start()
    try:
        wait_for(lambda: titles(index), "the first sync")
        write_story(inbox, "api.txt", "Museum reopens after renovation")
        wait_for(lambda: "Museum reopens after renovation" in titles(index), "the new file")
    finally:
        stop.set()
        thread.join(DEADLINE)
    assert not thread.is_alive()
    assert result["totals"].added == 2 and batches and batches[-1].added >= 0


# (path relative to a watched folder, read by walk_files, why)
STORY_PATHS = [
    ("a.txt", True, "a plain file"),
    ("2024/01/b.xml", True, "in subfolders"),
    (".c.txt", False, "hidden file: written under a dot-name, then renamed"),
    (".tmp/d.txt", False, "inside a hidden folder"),
    ("README.md", False, "a README"),
    ("e.expected.json", False, "an expected-output file"),
    ("f.txt~", False, "an editor backup"),
]


def test_is_story_path_agrees_with_walk_files(tmp_path):
    for rel, _, _ in STORY_PATHS:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    walked = {os.path.relpath(p, tmp_path) for p in indexer.walk_files([str(tmp_path)])}
    for rel, expected, why in STORY_PATHS:
        assert is_story_path(rel) is expected, why
        assert (rel in walked) is expected, why


def test_watch_usage_errors(runner, tmp_path):
    from search_cli import cli
    (tmp_path / "a.txt").write_text("x")
    for args, message in [(["-", "--watch"], "not stdin"),
                          ([str(tmp_path / "missing"), "--watch"], "no such file"),
                          ([str(tmp_path), "--poll"], "go with --watch")]:
        result = runner.invoke(cli, ["index", *args, "--index", str(tmp_path / "ix")])
        assert result.exit_code in (1, 2) and message in result.stderr, result.stderr


def test_the_index_inside_a_watched_folder_is_not_read(tmp_path, runner):
    """`wire index .` and `wire index --watch .` with the index in ./index (the default)."""
    from indexer import read
    from indexer.index import MANIFEST_NAME
    from search_cli import cli
    assert read.INDEX_MARKER == MANIFEST_NAME
    site = tmp_path / "site"
    write_story(site, "a.txt", "Tram lines reopen")
    index = str(site / "index")
    for _ in range(2):
        result = runner.invoke(cli, ["index", str(site), "--index", index])
        assert result.exit_code == 0 and " 0 failed" in result.stderr, result.stderr
    assert indexer.count(index=index, agency="Reuters") == 1
    # The default index (./index) inside the watched folder, and the log written there too.
    watcher = Watcher(site, ".", "--settle", "0.1", cwd=site)
    try:
        watcher.ready()
        write_story(site, "b.txt", "Bus fares frozen")
        wait_for(lambda: "Bus fares frozen" in titles(index), "the new file")
        time.sleep(1)  # the watcher's own commits must not set off more batches
        assert watcher.stop() == 0, watcher.stderr()
    finally:
        watcher.kill()
    log = watcher.stderr()
    assert log.count(" added, ") == 3, log  # the first sync, b.txt, the final summary
    assert "watch.log" not in log
    assert indexer.count(index=index, agency="Reuters") == 2
