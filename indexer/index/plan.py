"""New and changed files -> batches: how a run splits its files and who builds them.

BuildPlan sizes the batches and the workers from the memory option, splits large files
into parts, and runs the batches in-process or in worker processes (worker.py).
"""
from __future__ import annotations

import os

from ..api import DEFAULT_MEMORY_MB
from .worker import _build_numbered, _die_with_parent, build_batch

#: What a worker process takes with a small batch (measured 260-272 MB on 10,000 stories
#: under 640 MB): two workers under 512 MB peaked at 582 MB (and 456 under 256), so a
#: run gets a worker per this much of its memory, and one process below 630 MB (382 MB
#: under 512, 205 under 256). DEFAULT_MEMORY_MB and MIN_MEMORY_MB are in api.py.
WORKER_FLOOR_MB = 280
#: What the main process and each worker need besides their batch (interpreter, parser
#: models, the manifest), as the batches' size assumes it: ~80-120 MB a process with
#: large batches (bench/index_speed.py); WORKER_FLOOR_MB is a worker with small ones.
PROCESS_OVERHEAD_MB = 120
#: Resident bytes a worker needs per byte of story file in its unfinished segment (the
#: inverted postings, stored fields and parsed stories, and what the allocator keeps):
#: with 6, a 100,000-story build under the default 1024 MB peaked at 1,103 MB.
MEMORY_PER_SOURCE_BYTE = 8
#: A batch holds at least this much source text, however small the memory option:
#: smaller segments cost more in commits and in search than they save.
MIN_BATCH_BYTES = 1 << 20
#: At most this many files per batch when set (0: memory alone decides). A crash loses
#: at most the batches in flight; the crash tests set it low to get many commits to kill.
BATCH_STORIES = int(os.environ.get("WIRE_TEST_BATCH_STORIES") or 0)  # env: crash tests
#: Worker processes for parsing and building segments (the main process only commits).
DEFAULT_WORKERS = os.cpu_count() or 1
#: A run over fewer new or changed files than this, holding fewer bytes than
#: POOL_MIN_BYTES, is parsed in-process: starting workers (each imports the parser and its
#: language model, ~0.5 s) costs more than it saves.
POOL_MIN_FILES = 400
#: ... or this many bytes in two files or more: a folder of feed files (a day's stories in
#: one JSON Lines file) is as much work as hundreds of single-story files. 100 files of
#: 100 stories took 18.7 s in-process where the same stories one a file took 11.2 s.
POOL_MIN_BYTES = 2 << 20
#: A file of at least this many bytes may be built in parts by several workers, when it is
#: a large share of its run (BuildPlan.split): ~600 stories of a JSON Lines feed, a second
#: of one worker's time. Each part reads the whole file (~0.06 ms a story of its parts').
SPLIT_MIN_BYTES = 2 << 20
#: Reading a file takes about this many times its size at once (its bytes, its text, a
#: copy while decoding: 100 MB for a 34 MB feed), in each worker that builds a part of it:
#: a part weighs that in its batch besides its share of the file.
READ_BYTES_PER_FILE_BYTE = 3
#: The main process holds its own modules and, per file a run meets, its path (to tell
#: which indexed files are gone) and for a new or changed file what building it needs:
#: measured 44 MB after imports, and at the start of the build 166-180 bytes a new file
#: (a million and 100,000 files of 35-37-character paths, kept as columns: _Files; 440
#: as tuples), so MAIN_BYTES_PER_FILE and a byte per character of the paths. Beyond
#: PROCESS_OVERHEAD_MB it comes out of the batches' share, and beyond what leaves each
#: worker its floor, out of the workers.
MAIN_BASE_MB = 70
MAIN_BYTES_PER_FILE = 200
#: What a worker holds of the version groups at most (versions.py): the runs still merged,
#: fewer than 2 * MAX_MERGE_ENTRIES entries of 8 bytes, and a merge's result or a larger
#: run being read, as large again, whatever the size of the index.
VERSION_MB = 32


def _part(item: tuple) -> tuple[int, int] | None:
    """A work item's ``(part, parts)`` when it is a part of a file (BuildPlan.split)."""
    return item[4][:2] if len(item) > 4 else None


def _bytes(item: tuple) -> int:
    """What a work item weighs in a batch: its file's size, or for a part its share of
    what the file holds and the reading of the whole file."""
    if len(item) > 4:
        _, parts, inner = item[4]
        return inner // parts + _read_cost(inner)
    return item[2].st_size


def _read_cost(size: int) -> int:
    """Reading a file of ``size`` bytes, in a batch's bytes (READ_BYTES_PER_FILE_BYTE)."""
    return size * READ_BYTES_PER_FILE_BYTE // MEMORY_PER_SOURCE_BYTE


class BuildPlan:
    """How a run splits its files into batches (one segment each) and who builds them."""

    def __init__(self, batch_bytes: int, workers: int, memory_mb: int | None = None):
        self.batch_bytes = batch_bytes
        self.workers = workers
        self.memory_mb = memory_mb

    @classmethod
    def make(cls, memory_mb: int | None, workers: int | None) -> "BuildPlan":
        memory_mb = DEFAULT_MEMORY_MB if memory_mb is None else memory_mb
        workers = max(1, DEFAULT_WORKERS if workers is None else workers)
        # No more workers than the memory holds: each costs WORKER_FLOOR_MB before its
        # batch (one worker builds in the main process: a single process, ~220 MB)
        workers = min(workers, max(1, (memory_mb - MAIN_BASE_MB) // WORKER_FLOOR_MB))
        # The main process and every worker need their overhead, and each worker its
        # version groups; what is left is shared by the workers' unfinished segments.
        spare = (memory_mb - PROCESS_OVERHEAD_MB * (workers + 1) - VERSION_MB * workers) \
            * (1 << 20)
        per_worker = spare // workers // MEMORY_PER_SOURCE_BYTE
        return cls(max(MIN_BATCH_BYTES, per_worker), workers, memory_mb)

    def hold_files(self, files: int, chars: int = 0) -> None:
        """Makes room in the main process for a run over ``files`` files whose paths hold
        ``chars`` characters, when it needs more than PROCESS_OVERHEAD_MB: out of the
        workers' batches, and with fewer workers when what is left would not give each
        its floor (WORKER_FLOOR_MB): under the default 1024 MB, a million files keep two
        workers, two million get one."""
        held = files * MAIN_BYTES_PER_FILE + chars
        main_mb = MAIN_BASE_MB + held / (1 << 20)
        if self.memory_mb is not None and self.workers > 1:
            fit = max(1, int((self.memory_mb - main_mb) // WORKER_FLOOR_MB))
            if fit < self.workers:
                fewer = BuildPlan.make(self.memory_mb, fit)
                self.batch_bytes, self.workers = fewer.batch_bytes, fewer.workers
        extra = (MAIN_BASE_MB - PROCESS_OVERHEAD_MB) * (1 << 20) + held
        if extra > 0:
            self.batch_bytes = max(MIN_BATCH_BYTES, self.batch_bytes
                                   - extra // self.workers // MEMORY_PER_SOURCE_BYTE)

    def parallel(self, todo: list) -> bool:
        """Whether ``todo`` is worth the workers: enough files, or enough bytes in two
        files or more, or in one file large enough to split (see split)."""
        if self.workers < 2 or not todo:
            return False
        total = sum(item[2].st_size for item in todo)
        return len(todo) >= POOL_MIN_FILES or total >= POOL_MIN_BYTES and (
            len(todo) > 1 or total >= SPLIT_MIN_BYTES)

    def split(self, todo: list) -> list:
        """``todo`` with its large files in parts, ``(file, key, st, old, (part, parts))``,
        built by several workers; the other files are left as they are.

        A file is split when it holds at least SPLIT_MIN_BYTES and alone would be more than
        half a worker's share of the run, or more than a batch: a feed or an archive is
        one file to the batches, and one large one kept a single worker busy while the
        other waited (a 10,000-story feed: ~590 stories/s where the same stories as files
        ran at ~1,000). Its parts are a multiple of the workers, and each fits a batch with
        the reading of the whole file (READ_BYTES_PER_FILE_BYTE): a file whose reading
        would take more than half a batch is left whole (a 34 MB feed splits under the
        default memory option, not under 640 MB, where workers reading it twice went over).
        A compressed file counts what it holds (a zip of 32 MB of stories is 15 MB): files
        that may hold SPLIT_MIN_BYTES compressed are looked into."""
        from ..formats.archive import TEXT_RATIO, content_bytes
        total = sum(item[2].st_size for item in todo)
        out = None  # made at the first file split: until then, ``todo`` itself
        for n, item in enumerate(todo):
            size = item[2].st_size
            parts = 0
            if size * TEXT_RATIO >= SPLIT_MIN_BYTES and (size * 2 * self.workers > total
                                                         or size > self.batch_bytes):
                inner = content_bytes(item[0], size)
                room = self.batch_bytes - _read_cost(inner)  # for the part's stories
                if inner >= SPLIT_MIN_BYTES and room * 2 >= self.batch_bytes:
                    parts = self.workers * -(-inner // (self.workers * room))
            if parts:
                if out is None:
                    out = list(todo[:n])
                out.extend((*item[:4], (part, parts, inner)) for part in range(parts))
            elif out is not None:
                out.append(item)
        return todo if out is None else out

    def batches(self, todo: list) -> list[list]:
        """``todo`` in runs of files whose sizes add up to at most one batch. With workers,
        the batches are even and their number a multiple of the workers, so that they all
        finish together: a run smaller than the memory allows makes one batch per worker,
        and a large one does not end with one worker building a last full batch while
        the others wait (100,000 stories in 7 full batches and a small one left a
        worker idle for the last 11 % of the build). A batch has room for one file more
        than its even part, so each but the last holds at least that part and no extra
        batch is left with the last file or two (a segment of one story)."""
        limit = self.batch_bytes
        sizes = [_bytes(item) for item in todo]
        if self.parallel(todo):
            total, largest = sum(sizes), max(sizes)
            rounds = -(-total // (self.workers * max(1, limit - largest)))
            even = -(-total // (rounds * self.workers)) + largest
            limit = max(MIN_BATCH_BYTES, min(limit, even))
        out, start, size, keys = [], 0, 0, set()
        for n, (item, item_size) in enumerate(zip(todo, sizes)):
            if n > start and (size + item_size > limit or n - start == BATCH_STORIES
                              or item[1] in keys):  # a file's parts go to different workers
                out.append(_Run(todo, start, n))
                start, size, keys = n, 0, set()
            size += item_size
            keys.add(item[1])
        if start < len(todo):
            out.append(_Run(todo, start, len(todo)))
        return out

    def run(self, todo: list, build_dir: str, progress=None):
        """Yield ``(files, build folder, (segments, outcomes))`` per batch, as batches
        finish (see build_batch).

        ``progress(done, total)`` is called per file: as it is parsed when in-process,
        as its batch comes back from a worker otherwise."""
        parallel = self.parallel(todo)
        items = self.split(todo) if parallel else todo
        batches = self.batches(items)
        # The index folder holds build_dir (BUILD_DIR) and the version groups' database.
        index_dir = os.path.dirname(build_dir)

        def task(n: int) -> tuple:
            """Batch n's task, made when a worker is about to take it: made all at once,
            the tasks held ~80 bytes a file (80 MB at a million files)."""
            return (_batch_folder(build_dir, n), index_dir,
                    [(item[0], item[1], item[3].sha1 if item[3] else None, _part(item))
                     for item in batches[n]],
                    self.batch_bytes)

        done = 0
        parts_left = {item[1]: _part(item)[1] for item in items if _part(item)}

        def one_done(item=None):
            """A file read, or a part of one: a split file is done with its last part."""
            nonlocal done
            if item is not None and item[1] in parts_left:
                parts_left[item[1]] -= 1
                if parts_left[item[1]]:
                    return
            done += 1
            if progress:
                progress(done, len(todo))

        if not parallel or len(batches) < 2:
            for n, files in enumerate(batches):
                yield files, _batch_folder(build_dir, n), build_batch(task(n), one_done)
            return
        import multiprocessing
        # spawn, not fork: a forked worker would inherit the lock's file descriptors and
        # the manifest's SQLite connection, and count the parent's memory as its own.
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(min(self.workers, len(batches)), initializer=_die_with_parent) as pool:
            # The pool's feeder takes the tasks as its pipe to the workers drains: a
            # batch's task is made about when a worker is ready for it.
            numbered = ((n, task(n)) for n in range(len(batches)))
            for n, result in pool.imap_unordered(_build_numbered, numbered):
                for item in batches[n]:
                    one_done(item)
                yield batches[n], _batch_folder(build_dir, n), result


def _batch_folder(build_dir: str, n: int) -> str:
    """Where batch n's segments are built."""
    return os.path.join(build_dir, f"batch-{n:06d}")


class _Run:
    """Items ``start`` to ``end`` of a sequence of work items (a batch), read from it."""

    def __init__(self, items, start: int, end: int):
        self.items, self.start, self.end = items, start, end

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self):
        return map(self.items.__getitem__, range(self.start, self.end))

    def __getitem__(self, n: int):
        if not -len(self) <= n < len(self):
            raise IndexError(n)
        return self.items[self.start + n % len(self)]
