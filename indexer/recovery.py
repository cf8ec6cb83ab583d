"""Index folder housekeeping: the write lock, and what a killed run leaves behind.

One ``wire index`` writes an index at a time. It holds ``wire-writer.lock`` (an OS
``flock``) for its whole run, not only while Whoosh's writer is open: a run reads the
manifest, parses and commits in batches, and another run slipping in between two batches
would work from a stale manifest. The kernel drops a ``flock`` when its holder dies, so a
lock can never outlive a killed run; the file itself stays, holding the holder's pid,
host and start time. A run that ends normally empties it, so a run that finds it
non-empty knows the last writer was killed (or ended on an error), and says so.

What a killed writer leaves (see whoosh/index.py ``TOC.write`` and writing.py
``SegmentWriter``): a half-written table of contents ``_MAIN_<gen>.toc.<time>`` (Whoosh
writes the TOC under a temporary name and renames it, so the index itself stays whole),
the posting pool folder ``MAIN.tmp/``, and segment files no TOC names yet. Only a writer
creates any of them, so whoever holds the lock may delete them; Whoosh deletes orphan
segments itself on its next commit (``index.clean_files``).
"""
from __future__ import annotations

import errno
import json
import os
import re
import shutil
import sys
import time
from datetime import datetime, timezone

from . import errors

#: The lock file inside the index folder.
LOCK_NAME = "wire-writer.lock"
#: Seconds between attempts to take a lock another process holds.
LOCK_POLL = 0.1

#: Whoosh's names inside an index folder (index name "MAIN"): TOC files, their temporary
#: versions, segment files, the posting pool folder and Whoosh's own write lock.
WHOOSH_FILE_RE = re.compile(r"^(_MAIN_\d+\.toc(\.[\d.]+)?|MAIN_[0-9a-z]+\.[A-Za-z0-9_.]+"
                            r"|MAIN\.tmp|MAIN_WRITELOCK)$")
#: A table of contents: the index's generation N (whoosh/index.py TOC._pattern).
TOC_RE = re.compile(r"^_MAIN_\d+\.toc$")
#: A TOC that was being written when its writer died (Whoosh appends time() to the name).
TEMP_TOC_RE = re.compile(r"^_MAIN_\d+\.toc\.[\d.]+$")
#: The writer's posting pool folder (whoosh/writing.py: temp_storage("MAIN.tmp")).
POOL_DIR = "MAIN.tmp"
#: wire's own files: the manifest and the version groups (and SQLite's journals beside
#: them), the lock, the spelling list and the version map.
WIRE_FILE_RE = re.compile(r"^(wire-(manifest|versions)\.sqlite(-journal|-wal|-shm)?"
                          r"|wire-writer\.(lock|json)|wire-spelling\.npz"
                          r"|wire-version-map\.bin)$")

#: Hidden test hooks, read once: markers on stderr at each commit step, and a pause
#: inside the index commit (built segments moved in, no TOC naming them yet) and one
#: between the index commit and the manifest commit, to let a test kill a run there.
_HOOKS = os.environ.get("WIRE_TEST_HOOKS") == "1"
#: With the hooks on: the named moment raises, as an error there would (a full disk).
_FAIL_AT = os.environ.get("WIRE_TEST_FAIL_AT") if _HOOKS else None
_COMMIT_PAUSE = float(os.environ.get("WIRE_TEST_COMMIT_PAUSE") or 0)
#: With the hooks on: a gate file, and the moment that waits for it (a test holds a run
#: there for as long as it needs, whatever the machine's load). The run waits until the
#: file exists; "go" in it lets one pass (the file is taken), "open" every later one.
_GATE = os.environ.get("WIRE_TEST_GATE") if _HOOKS else None
_GATE_AT = os.environ.get("WIRE_TEST_GATE_AT")
#: A gate never holds a run longer than this: a test that failed must not leave it hanging.
GATE_TIMEOUT = 120


def host_name() -> str:
    """This machine's name, written into a lock so that another machine's lock is never
    taken for a dead process's. socket is imported here: a search starts ~3 ms sooner."""
    import socket
    return socket.gethostname()


def is_index_entry(name: str) -> bool:
    """True for the names Whoosh and wire put in an index folder (and hidden names).

    >>> [is_index_entry(n) for n in ("_MAIN_3.toc", "MAIN_x1y2.seg", "wire-writer.lock", "story.txt")]
    [True, True, True, False]
    """
    return name.startswith(".") or bool(WHOOSH_FILE_RE.match(name) or WIRE_FILE_RE.match(name))


def clear_temp_files(folder: str) -> list[str]:
    """Delete the temporary files a killed writer left; call only while holding the lock.

    Returns the names deleted.
    """
    gone = []
    try:
        names = os.listdir(folder)
    except OSError:
        return gone
    for name in names:
        path = os.path.join(folder, name)
        try:
            if TEMP_TOC_RE.match(name):
                os.remove(path)
            elif name == POOL_DIR and os.path.isdir(path):
                shutil.rmtree(path)
            else:
                continue
        except OSError:
            continue  # gone already, or not ours to delete: never worth failing a run
        gone.append(name)
    return gone


def test_hook(point: str) -> None:
    """A named moment in a commit, for the crash tests (no-op unless WIRE_TEST_HOOKS=1)."""
    if not _HOOKS:
        return
    sys.stderr.write(f"wire-test: {point}\n")
    sys.stderr.flush()
    if point == _FAIL_AT:
        raise OSError(f"wire-test: failing at {point}")
    if point in ("commit-start", "index-committed") and _COMMIT_PAUSE:
        time.sleep(_COMMIT_PAUSE)
    if _GATE and point == _GATE_AT:
        _pass_gate(_GATE)


def _pass_gate(path: str) -> None:
    deadline = time.monotonic() + GATE_TIMEOUT
    while time.monotonic() < deadline:
        try:
            with open(path, encoding="utf-8") as fh:
                word = fh.read().strip()
        except OSError:
            time.sleep(0.01)
            continue
        if word != "open":
            os.remove(path)
        return


class WriteLock:
    """The index folder's write lock: ``with WriteLock(folder, wait) as lock: ...``.

    Waits up to ``wait`` seconds for another holder, then raises IndexLockedError naming
    it. ``lock.interrupted`` describes the previous holder when that one was killed, or
    ended on an error: either may have committed stories to the index and not their
    manifest rows (a run reads the manifest to know which files have stories).
    """

    def __init__(self, folder: str, wait: float):
        self.folder, self.wait = folder, wait
        self.path = os.path.join(folder, LOCK_NAME)
        self.fd: int | None = None
        self.interrupted: str | None = None

    def __enter__(self) -> "WriteLock":
        self.acquire()
        return self

    def __exit__(self, exc_type, *exc) -> None:
        self.release(clean=exc_type is None)

    def acquire(self) -> None:
        import fcntl

        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + max(self.wait, 0)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as e:
                if e.errno not in (errno.EAGAIN, errno.EACCES):
                    os.close(fd)
                    raise
            if time.monotonic() >= deadline:
                holder = describe(_read_holder(fd))
                os.close(fd)
                raise errors.IndexLockedError(
                    f"the index in {self.folder} is being written by another process"
                    f" ({holder}); waited {self.wait:g}s. Wait for it to finish, or try "
                    "again with a longer --wait")
            time.sleep(LOCK_POLL)
        previous = _read_holder(fd)
        if previous is not None:
            self.interrupted = describe(previous)
        info = {"pid": os.getpid(), "host": host_name(),
                "since": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode("utf-8"), 0)
        self.fd = fd

    def release(self, clean: bool = True) -> None:
        """Let the lock go; unless ``clean``, the holder stays written in the lock file,
        and the next holder finds the run ``interrupted``."""
        import fcntl

        if self.fd is None:
            return
        try:
            if clean:  # an empty lock file means the last run ended cleanly
                os.ftruncate(self.fd, 0)
            fcntl.flock(self.fd, fcntl.LOCK_UN)
        finally:
            os.close(self.fd)
            self.fd = None


def holder_of(folder: str) -> str | None:
    """Who holds the folder's write lock now, or None when nobody does."""
    import fcntl

    try:
        fd = os.open(os.path.join(folder, LOCK_NAME), os.O_RDONLY)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return describe(_read_holder(fd))
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


def last_interrupted(folder: str) -> str | None:
    """The run that did not finish writing this index (killed, or ended on an error), if
    nobody has written it since."""
    if holder_of(folder) is not None:
        return None
    try:
        with open(os.path.join(folder, LOCK_NAME), "rb") as fh:
            info = _parse_holder(fh.read())
    except OSError:
        return None
    return describe(info) if info else None


def describe(info: dict | None) -> str:
    """'pid 42 on host, since 2024-01-02T03:04:05+00:00', and whether that pid still runs.

    >>> describe({"pid": 42, "host": "elsewhere", "since": "2024-01-02T03:04:05+00:00"})
    'pid 42 on elsewhere, since 2024-01-02T03:04:05+00:00'
    >>> describe(None)
    'holder unknown'
    """
    if not info:
        return "holder unknown"
    try:
        text = f"pid {int(info['pid'])} on {info['host']}, since {info['since']}"
    except (KeyError, TypeError, ValueError):
        return "holder unknown"
    if info["host"] == host_name() and not _alive(int(info["pid"])):
        text += " (no longer running)"
    return text


def _read_holder(fd: int) -> dict | None:
    try:
        return _parse_holder(os.pread(fd, 4096, 0))
    except OSError:
        return None


def _parse_holder(data: bytes) -> dict | None:
    try:
        info = json.loads(data.decode("utf-8")) if data.strip() else None
    except (UnicodeDecodeError, ValueError):
        return None
    return info if isinstance(info, dict) else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
