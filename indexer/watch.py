"""Watch stage: folders where stories arrive, change and disappear -> the index kept current.

Changes are noticed by the operating system's file events (the watchdog library), or by
polling where events do not work (network shares, some containers). A changed file waits
until it has been quiet for a moment, then goes into a small batch that ``index_paths``
indexes and commits, so new stories are searchable within seconds. Every batch is an
ordinary incremental run: the manifest decides what to parse, and files that are gone lose
their stories.

One watcher per index: it holds a lock file for its whole life, and a second watcher waits
for it, then gives up with ``IndexLockedError`` (exit 75). Between batches the watcher
holds no write lock, so ``wire index`` runs and searches go on beside it.
"""
from __future__ import annotations

import json
import os
import stat
import threading
import time
from datetime import datetime, timezone
from typing import Callable, Sequence

from . import api, errors
from .api import IndexSummary

#: A file is indexed once it has not changed for this long, so a story being written
#: (copied, uploaded, appended in pieces) is not read half-way.
SETTLE_SECONDS = 0.5
#: A file that keeps changing is indexed anyway after this long (a growing log).
MAX_PENDING_SECONDS = 10.0
#: How often pending changes are checked.
TICK_SECONDS = 0.1
#: Files per batch: a flood of arrivals becomes searchable batch by batch, not all at the end.
BATCH_FILES = 200
#: How often the polling fallback looks at the folders.
POLL_SECONDS = 1.0
#: A full incremental pass (files are only stat'ed) catches changes whose events the
#: operating system dropped, e.g. when its event queue overflowed.
RESCAN_SECONDS = 300.0
#: How long one batch waits for the index write lock (held by a `wire index` run) before
#: the batch is put back and tried again later; the watcher itself never gives up.
BATCH_LOCK_WAIT = 1.0
#: The lock file a watcher holds in the index folder, with who holds it inside.
WATCH_LOCK_NAME = "wire-watch.lock"
#: Seconds between attempts to take another watcher's lock.
LOCK_POLL = 0.2

BatchFn = Callable[[IndexSummary], None]
ErrorFn = Callable[[str, str], None]


def watch_paths(paths: Sequence[str], *, index=None, stop: threading.Event | None = None,
                poll: bool = False, settle: float = SETTLE_SECONDS,
                wait: float = api.DEFAULT_WAIT, on_ready: Callable[[IndexSummary, str], None] | None = None,
                on_batch: BatchFn | None = None, on_error: ErrorFn | None = None,
                on_wait: Callable[[str], None] | None = None) -> IndexSummary:
    """Keep the index current with the story files under ``paths`` until ``stop`` is set.

    First brings the index up to date (``on_ready(summary, how)`` is called after that, with
    ``how`` being ``"events"`` or ``"polling"``), then indexes files as they arrive, change
    or disappear, one small committed batch at a time (``on_batch(summary)`` after each).
    When ``stop`` is set, the changes already noticed are indexed before it returns the
    totals of the whole session. ``poll=True`` polls instead of using file events.

    Raises ``IndexLockedError`` when another watcher keeps the index for ``wait`` seconds.
    """
    if not paths:
        raise errors.WireError("nothing to watch: give at least one folder or file")
    if "-" in paths:
        raise errors.QueryError("--watch reads files, not stdin: leave out -")
    for path in paths:
        if not os.path.exists(path):
            raise errors.ReadError(f"{path}: no such file or folder")
    stop = stop or threading.Event()
    ix = api._resolve(index, create=True)
    with WatchLock(ix.dirname, wait):
        watcher = _Watcher(list(paths), ix, settle=settle, wait=wait, on_error=on_error,
                           on_wait=on_wait)
        how = watcher.start(poll)
        try:
            ready = watcher.sync()
            if on_ready:
                on_ready(ready, how)
            while not stop.wait(TICK_SECONDS):
                summary = watcher.step()
                if summary is not None and on_batch:
                    on_batch(summary)
            # Stopping: what was noticed is indexed now, quiet or not (lock waits included).
            while watcher.pending():
                summary = watcher.step(final=True)
                if summary is not None and on_batch:
                    on_batch(summary)
        finally:
            watcher.close()
    return watcher.totals


class _Watcher:
    """The pending changes, the observer that reports them, and the batches that index them."""

    def __init__(self, paths: list[str], ix, *, settle: float, wait: float, on_error, on_wait):
        self.paths, self.ix, self.settle, self.wait = paths, ix, settle, wait
        self.on_error, self.on_wait = on_error, on_wait
        self.index_dir = os.path.realpath(ix.dirname)
        # (absolute root, the root as the user wrote it, is a folder)
        self.roots = [(os.path.abspath(p), p, os.path.isdir(p)) for p in paths]
        self.lock = threading.Lock()
        self.dirty: dict[str, list[float]] = {}  # user-form path -> [first seen, last seen]
        self.totals = IndexSummary()
        self.failing: dict[str, str] = {}
        self.observer = None
        self.next_rescan = time.monotonic() + RESCAN_SECONDS
        self.waiting = False
        self.own_files = _own_output_files()

    # -- noticing changes ---------------------------------------------------------

    def start(self, poll: bool) -> str:
        """Start the observer before the first sync, so no change falls between the two."""
        try:
            from watchdog.events import FileSystemEventHandler
            from watchdog.observers import Observer
            from watchdog.observers.polling import PollingObserver
        except ImportError:  # not installed: a full incremental pass every POLL_SECONDS
            self.rescan_every = POLL_SECONDS
            self.next_rescan = time.monotonic() + POLL_SECONDS
            return "polling"
        self.rescan_every = RESCAN_SECONDS
        watcher = self

        class Handler(FileSystemEventHandler):
            def on_any_event(self, event):
                watcher.notice(event)

        if not poll:
            try:
                self.observer = self._schedule(Observer(), Handler())
                return "events"
            except OSError:  # e.g. the inotify watch limit: polling still works
                self.observer = None
        self.observer = self._schedule(PollingObserver(timeout=POLL_SECONDS), Handler())
        return "polling"

    def _schedule(self, observer, handler):
        folders = {}
        for absolute, _, is_dir in self.roots:
            folder = absolute if is_dir else os.path.dirname(absolute)
            folders[folder] = folders.get(folder, False) or is_dir
        for folder, recursive in folders.items():
            observer.schedule(handler, folder, recursive=recursive)
        observer.start()
        return observer

    def notice(self, event) -> None:
        """An event from the observer thread: remember the paths it touches."""
        kind = event.event_type
        if kind in ("opened", "closed_no_write") or (
                event.is_directory and kind in ("modified", "attrib", "closed")):
            return  # reading a file, or a folder's listing changing: its files report themselves
        for raw in (event.src_path, getattr(event, "dest_path", "")):
            if not raw:
                continue
            path = self.user_path(os.fsdecode(raw))
            if path is None or self._is_own_output(path):
                continue
            now = time.monotonic()
            with self.lock:
                self.dirty.setdefault(path, [now, now])[1] = now

    def user_path(self, absolute: str) -> str | None:
        """An event's path in the form the user gave its root, or None if it is not ours.

        Stories keep the paths the user sees ("inbox/a.txt"), whether the first sync
        or an event indexed them.
        """
        real = os.path.realpath(absolute)
        if real == self.index_dir or real.startswith(self.index_dir + os.sep):
            return None  # our own commits
        for root, given, is_dir in self.roots:
            if not is_dir:
                if absolute == root:
                    return given
                continue
            if absolute == root:
                return given
            if absolute.startswith(root + os.sep):
                rel = os.path.relpath(absolute, root)
                if not is_story_path(rel):
                    return None
                return os.path.join(given, rel)
        return None

    def _is_own_output(self, path: str) -> bool:
        """`wire index --watch . 2> watch.log`: our own log must not set off batches."""
        if not self.own_files:
            return False
        try:
            st = os.stat(path)
        except OSError:
            return False
        return (st.st_dev, st.st_ino) in self.own_files

    def pending(self) -> bool:
        with self.lock:
            return bool(self.dirty)

    # -- indexing -----------------------------------------------------------------

    def sync(self) -> IndexSummary:
        """A full incremental pass over every path; a busy index is waited for ``wait``."""
        return self._run(self._all_files(), full=True, first=True)

    def _all_files(self) -> list[str]:
        """Every story file under the paths, our own log left out (files are only listed)."""
        files = []
        for path in self.paths:
            try:
                files.extend(f for f in api.walk_files([path]) if not self._is_own_output(f))
            except errors.ReadError as e:  # a watched folder was removed
                if self.on_error:
                    self.on_error(path, api.strip_path(path, e))
        return files

    def step(self, final: bool = False) -> IndexSummary | None:
        """Index one batch of settled changes, if any; a full pass when one is due."""
        now = time.monotonic()
        if not final and now >= self.next_rescan:
            with self.lock:
                taken = dict(self.dirty)
                self.dirty.clear()
            summary = self._run(self._all_files(), full=True)
            self.next_rescan = now + (self.rescan_every if summary else POLL_SECONDS)
        else:
            with self.lock:
                due = sorted((first, path) for path, (first, last) in self.dirty.items()
                             if final or now - last >= self.settle
                             or now - first >= MAX_PENDING_SECONDS)
                taken = {path: self.dirty.pop(path) for _, path in due[:BATCH_FILES]}
            if not taken:
                return None
            # A path that is gone needs no parsing: the run drops the stories of every
            # indexed file that no longer exists.
            summary = self._run([p for p in taken if os.path.exists(p)])
        if summary is None:  # the index was busy: put the changes back for the next tick
            with self.lock:
                for path, times in taken.items():
                    self.dirty.setdefault(path, times)
        return summary

    def _run(self, paths: list[str], full: bool = False,
             first: bool = False) -> IndexSummary | None:
        """One incremental run; None when the index stayed locked (raises on the first sync)."""
        errors_seen: list[tuple[str, str]] = []

        def on_error(path, reason):
            errors_seen.append((path, reason))
            if self.on_error:
                self.on_error(path, reason)

        try:
            summary = api.index_paths(paths, index=self.ix, on_error=on_error,
                                      wait=self.wait if first else BATCH_LOCK_WAIT)
        except errors.IndexLockedError as e:
            if first:
                raise
            if not self.waiting and self.on_wait:
                self.on_wait(str(e))
            self.waiting = True
            return None
        self.waiting = False
        self._remember(paths, errors_seen)
        for name in ("added", "updated", "removed"):
            setattr(self.totals, name, getattr(self.totals, name) + getattr(summary, name))
        if full:
            self.totals.unchanged = summary.unchanged
        self.totals.seconds += summary.seconds
        return summary

    def _remember(self, paths, errors_seen) -> None:
        """Files failing now: a file that failed and was then fixed no longer counts."""
        for path in paths:
            for failed in list(self.failing):
                if failed == path or failed.startswith(path.rstrip(os.sep) + os.sep):
                    del self.failing[failed]
        for path, reason in errors_seen:
            self.failing[path] = reason
        for path in [p for p in self.failing if not os.path.exists(p)]:
            del self.failing[path]  # gone before it was read: nothing is missing
        self.totals.errors = sorted(self.failing.items())
        self.totals.failed = len(self.failing)

    def close(self) -> None:
        if self.observer is not None:
            self.observer.stop()
            self.observer.join()


def _own_output_files() -> set[tuple[int, int]]:
    """(device, inode) of the regular files our stdout and stderr write to."""
    own = set()
    for fd in (1, 2):
        try:
            st = os.fstat(fd)
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode):
            own.add((st.st_dev, st.st_ino))
    return own


def is_story_path(rel: str) -> bool:
    """Whether ``read.walk_files`` would read this path (relative to a folder it walks).

    Hidden files and folders are skipped (write a story under a dot-name, then rename it,
    and it is read once, whole), and so are READMEs, expected-output files and backups~.

    >>> [is_story_path(p) for p in ("a.txt", "2024/01/b.xml", ".part.txt", "x/.tmp/c.txt",
    ...                             "README.md", "a.expected.json", "a.txt~")]
    [True, True, False, False, False, False, False]
    """
    from .walk import skip_member  # the rule walk_files applies to names
    return not skip_member(rel.replace(os.sep, "/"))


class WatchLock:
    """One watcher per index: an exclusive lock on a file in the index folder.

    The operating system drops the lock when its process dies, so a killed watcher leaves
    nothing to clean up; the file only says who holds it, for the message of the next one.
    """

    def __init__(self, dirname: str, wait: float):
        self.path = os.path.join(dirname, WATCH_LOCK_NAME)
        self.wait = wait
        self.fh = None

    def __enter__(self):
        try:
            import fcntl
        except ImportError:  # no flock (Windows): one watcher per index is up to the user
            return self
        self.fh = open(self.path, "a+", encoding="utf-8")
        deadline = time.monotonic() + self.wait
        while True:
            try:
                fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    holder = self._holder()
                    self.fh.close()
                    self.fh = None
                    raise errors.IndexLockedError(
                        f"the index in {os.path.dirname(self.path)} is already watched"
                        f"{holder} (waited {self.wait:g}s); stop that watcher first, "
                        "or try again with a longer --wait") from None
                time.sleep(LOCK_POLL)
        self.fh.seek(0)
        self.fh.truncate()
        from .recovery import host_name
        json.dump({"pid": os.getpid(), "host": host_name(),
                   "since": datetime.now(timezone.utc).isoformat(timespec="seconds")}, self.fh)
        self.fh.flush()
        return self

    def _holder(self) -> str:
        try:
            self.fh.seek(0)
            info = json.loads(self.fh.read())
            return f" by pid {info['pid']} on {info['host']} since {info['since']}"
        except (OSError, ValueError, KeyError, TypeError):
            return ""

    def __exit__(self, *exc):
        if self.fh is not None:
            self.fh.close()  # closing releases the lock
            self.fh = None
