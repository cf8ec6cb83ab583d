"""Stories -> index: create/open the Whoosh index, update it incrementally from files, commit.

Which files were indexed, and as what, is kept in a manifest (SQLite, inside the index
folder): for each source file its absolute path, size, mtime, content hash and story ids.
A re-run stats every file; only files whose size or mtime changed are read, and only those
whose content hash changed are parsed again. Each story is indexed with its source file
in the ``file`` field, so replacing or removing a file's stories is one delete by term.
"""
from __future__ import annotations

import gc
import hashlib
import io
import json
import mmap
import os
import pickle
import random
import shutil
import sqlite3
import stat
import threading
import time
from array import array
from contextlib import closing, contextmanager
from datetime import datetime, timezone
from typing import NamedTuple

from whoosh import index as whoosh_index
from whoosh.index import LockError

from .. import errors
from ..api import DEFAULT_MEMORY_MB, DEFAULT_WAIT, IndexSummary, strip_path
from ..paths import key_path, path_key
from ..recovery import TOC_RE, WriteLock, clear_temp_files, is_index_entry, test_hook
from ..schema import NAME_FIELDS, SCHEMA_VERSION, WireSchema, derived_fields, weighting
from ..story import DATE_FIELDS, FIELDS, Story

#: The manifest's file name inside the index folder (Whoosh leaves foreign files alone).
MANIFEST_NAME = "wire-manifest.sqlite"
#: The spelling list (query.write_spelling).
SPELLING_NAME = "wire-spelling.npz"
#: Every story's version group (query.write_version_map).
VERSION_MAP_NAME = "wire-version-map.bin"
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
#: Segments in the index after a run, at most, as far as the memory option allows merging
#: them: every segment adds a term lookup to every query.
MAX_SEGMENTS = 12
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
#: Segments are built here, inside the index folder (same file system, so committing
#: one is a rename) but under a dot-name, which Whoosh's clean-up of unused files skips.
BUILD_DIR = ".wire-build"
#: Memory the Whoosh writer may use for its posting buffer (stdin and API stories only).
WRITER_LIMIT_MB = 64
#: Seconds between attempts to take Whoosh's write lock (held only by non-wire writers:
#: wire runs queue on recovery.WriteLock first).
LOCK_POLL = 0.2
#: What unpickling a schema from another version of wire or Whoosh raises.
FOREIGN_SCHEMA_ERRORS = (AttributeError, ImportError, TypeError, pickle.UnpicklingError)


class WireIndex:
    """An index folder: the Whoosh index plus the manifest of indexed files."""

    def __init__(self, dirname: str, ix):
        self.dirname = dirname
        self.ix = ix
        self._kept = threading.local()  # the searcher reading() keeps, one per thread

    # -- open / create ------------------------------------------------------------

    @classmethod
    def open(cls, dirname: str, *, create: bool = False, wait: float = DEFAULT_WAIT) -> "WireIndex":
        if os.path.isdir(dirname) and has_index(dirname):
            return cls(dirname, _open_dir(dirname))
        if not create:
            raise errors.NoIndexError(f"no index in {dirname} (build one: wire index PATH)")
        if os.path.exists(dirname) and not os.path.isdir(dirname):
            raise errors.WireError(f"{dirname} is a file, not an index folder")
        if os.path.isdir(dirname) and not all(map(is_index_entry, os.listdir(dirname))):
            # Guard against `--index samples`: never scatter index files among stories.
            # (A run killed while creating the index may leave a lock or a temporary TOC.)
            raise errors.WireError(f"{dirname} is not empty and holds no index; "
                                   "give a new or empty folder with --index")
        os.makedirs(dirname, exist_ok=True)
        with WriteLock(dirname, wait):
            if not has_index(dirname):  # unless a run we waited for made it
                clear_temp_files(dirname)
                whoosh_index.create_in(dirname, WireSchema())
                with closing(_Manifest(dirname)) as manifest:
                    manifest.set_meta("schema_version", str(SCHEMA_VERSION))
                    manifest.commit()
        return cls(dirname, _open_dir(dirname))

    def searcher(self):
        """A Whoosh searcher over the last commit; use it as a context manager."""
        return self.ix.searcher(weighting=weighting())

    @contextmanager
    def reading(self):
        """A searcher over the last commit, kept open between calls (one per thread) while
        no commit follows: a process that searches again and again keeps what its
        readers have loaded (opening a searcher and reading the offsets of the stored
        stories cost ~15 ms a search on 100,000 stories). A commit, from this process
        or another, is seen at the next call, which opens a new searcher. Until then
        the files of segments merged away stay open (their space is freed on close())."""
        kept = getattr(self._kept, "searcher", None)
        if kept is None or kept.is_closed \
                or kept.reader().generation() != self.ix.latest_generation():
            if kept is not None:
                kept.close()
            kept = self._kept.searcher = self.searcher()
            for reader, _ in kept.reader().leaf_readers():
                _remember_term_lookups(reader)
        yield kept

    def close(self) -> None:
        """Close the searcher reading() keeps for this thread."""
        kept = getattr(self._kept, "searcher", None)
        if kept is not None:
            kept.close()
            self._kept.searcher = None

    def doc_count(self) -> int:
        return self.ix.doc_count()

    # -- reading ------------------------------------------------------------------

    def get(self, story_id: str) -> dict:
        """The whole record of one story, body included, keys in FIELDS order."""
        with self.searcher() as s:
            fields = s.document(id=story_id)
        if fields is None:
            raise errors.WireError(f"no story with id {story_id} in {self.dirname} "
                                   "(ids are in the output of wire search --format json)")
        return record_of(fields, body=True)

    def versions(self, story_id: str) -> list[dict]:
        """The versions of a story (itself included), oldest first."""
        with self.searcher() as s:
            fields = s.document(id=story_id)
            if fields is None:
                raise errors.WireError(f"no story with id {story_id} in {self.dirname} "
                                       "(ids are in the output of wire search --format json)")
            group = fields.get("version") or story_id
            records = [record_of(f, body=False) for f in s.documents(version=group)]
        keep = ("id", "title", "published", "updated", "agencies", "source", "path")
        records.sort(key=lambda r: (to_utc(r["published"]) is None,
                                    to_utc(r["published"]) or datetime.min, r["id"]))
        return [{k: r[k] for k in keep} for r in records]

    def stats(self) -> dict:
        """Stories, first and last publication date, counts by agency and language."""
        agencies: dict[str, int] = {}
        languages: dict[str, int] = {}
        first = last = None  # (utc datetime, original string)
        undated = 0
        with self.searcher() as s:
            for fields in s.all_stored_fields():
                rec = fields.get("record") or {}
                for name in rec.get("agencies") or []:
                    agencies[name] = agencies.get(name, 0) + 1
                lang = rec.get("language")
                if lang:
                    languages[lang] = languages.get(lang, 0) + 1
                when = to_utc(rec.get("published"))
                if when is None:
                    undated += 1
                    continue
                if first is None or when < first[0]:
                    first = (when, rec["published"])
                if last is None or when > last[0]:
                    last = (when, rec["published"])
            total = s.doc_count()
        by_count = lambda d: dict(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))
        return {"index": self.dirname, "stories": total,
                "first": first[1] if first else None, "last": last[1] if last else None,
                "undated": undated, "agencies": by_count(agencies),
                "languages": by_count(languages)}

    # -- writing ------------------------------------------------------------------

    def update(self, paths: list[str], *, stories: list[Story] = (), wait: float = 10.0,
               progress=None, on_error=None, memory_mb: int | None = None,
               workers: int | None = None) -> IndexSummary:
        """Bring the index up to date with the files under ``paths`` and add ``stories``.

        New and changed files are parsed and their stories replace the old ones; files
        indexed before and now gone lose their stories; unchanged files are not read.
        ``memory_mb`` bounds the memory of the whole run (all processes): it sets how much
        story text goes into one segment. ``workers`` processes parse and build segments.
        """
        from ..pipeline import walk_files

        start = time.perf_counter()
        summary = IndexSummary()
        plan = BuildPlan.make(memory_mb, workers)

        def fail(path: str, reason: str) -> None:
            summary.failed += 1
            summary.errors.append((path, reason))
            if on_error:
                on_error(path, reason)

        from ..versions import SQL_VARIABLES, VersionGroups  # numpy: only when writing

        with WriteLock(self.dirname, wait) as lock, closing(_Manifest(self.dirname)) as manifest, \
                closing(VersionGroups.open(self.dirname)) as versions, \
                _Batch(self.ix, wait, versions) as batch:
            summary.interrupted = lock.interrupted
            _clear_debris(self.ix)
            # Segments half built by a killed run: never committed, so never referenced.
            shutil.rmtree(batch.build_dir, ignore_errors=True)

            # 1. Stat every file under the paths; keep those whose size or mtime changed.
            # Manifest rows are looked up SQL_VARIABLES files at a time, and only what
            # later steps need is kept of a file (not the whole manifest, not os.stat).
            todo, seen, loose, met = _Files(), set(), list(stories), []
            chars = 0  # of the paths in seen

            def sort_out() -> None:
                """The files met since the last call -> unchanged, or to do."""
                rows = manifest.get_many([key for _, key, _ in met])
                for file, key, st in met:
                    old = rows.get(key)
                    if old and old.size == st.st_size and old.mtime_ns == st.st_mtime_ns:
                        summary.unchanged += len(old.ids)
                    else:
                        todo.append(file, key, st, old)
                met.clear()

            for path in paths:
                if path == "-":  # stdin: a story from no file, replaced by id
                    found, reason = parse_or_reason("-")
                    if reason is not None:
                        fail(path, reason)
                    loose.extend(found)
                    continue
                try:
                    for file in walk_files([path]):
                        key = path_key(os.path.abspath(file))
                        if key == file:
                            key = file  # one string for both
                        if key in seen:
                            continue
                        try:
                            st = os.stat(file)
                        except OSError as e:  # e.g. a dangling link: gone, see step 2
                            fail(file, e.strerror or str(e))
                            continue
                        seen.add(key)
                        chars += len(key)
                        if not stat.S_ISREG(st.st_mode):  # a FIFO would block open() forever
                            fail(file, "not a regular file")
                            continue
                        met.append((file, key, st))
                        if len(met) == SQL_VARIABLES:
                            sort_out()
                except errors.ReadError as e:
                    fail(path, strip_path(path, e))
            sort_out()

            # 2. Files indexed before that are gone: drop their stories.
            for key in [key for key in manifest.paths() if key not in seen]:
                if not os.path.exists(key_path(key)):
                    old = manifest.get(key)
                    batch.delete_file(key)
                    batch.forget(old.ids)
                    manifest.delete(key)
                    summary.removed += len(old.ids)
            # A run killed between its index commit and its manifest commit leaves stories
            # of files the manifest does not list; those files may be gone since. Those
            # still here are read again, their stories replaced (_apply); no other file
            # the manifest does not list has stories in the index.
            unlisted: dict = {}
            if lock.interrupted:
                unlisted = _unlisted_files(self.ix, manifest)
                for key, count in unlisted.items():
                    if key not in seen and not os.path.exists(key_path(key)):
                        batch.delete_file(key)
                        summary.removed += count

            # 3. Read, hash and parse the new and changed files in batches, each built into
            # a segment (in worker processes when there are many); commit each batch's
            # deletions and segment together, then its manifest rows.
            plan.hold_files(len(seen), chars)
            split = _SplitFiles(unlisted)
            for files, folder, (segments, outcomes) in plan.run(todo, batch.build_dir,
                                                                 progress):
                for item, outcome in zip(files, outcomes):
                    if _part(item):
                        split.arrive(item, outcome, batch, manifest, summary, fail)
                    else:
                        self._apply(outcome, *item, batch, manifest, summary, fail,
                                    deleted=not _may_hold(item[3], item[1], unlisted))
                for segment, built_in in segments:
                    batch.add_segment(segment, built_in)
                _commit(batch, manifest)
                shutil.rmtree(folder, ignore_errors=True)
            # A split file that failed may have parts committed in earlier batches, and
            # the last batch's part: now all are committed, its deletion reaches them.
            for key in split.purge:
                batch.delete_file(key)

            # 4. Stories from no tracked file (stdin, API callers): replace by id.
            for story in _dedupe(loose):
                if batch.has_id(story.id):
                    summary.updated += 1
                else:
                    summary.added += 1
                batch.delete_id(story.id)
                batch.add(story, file_key=None)

            _commit(batch, manifest)
            # The list of files is done with: its memory (~600 MB for a million files)
            # back before a merge, which needs its own.
            todo.clear()
            seen.clear()
            batch.merge_if_needed(plan.workers)
            shutil.rmtree(batch.build_dir, ignore_errors=True)
            changed = summary.added or summary.updated or summary.removed
            if changed or not os.path.exists(os.path.join(self.dirname, SPELLING_NAME)):
                self._write_spelling()
            if changed or not os.path.exists(os.path.join(self.dirname, VERSION_MAP_NAME)):
                self._write_version_map()
        summary.seconds = time.perf_counter() - start
        return summary

    def _write_spelling(self) -> None:
        """The index's spelling list (query.write_spelling), for the searches' first
        correction in each letter. Only an aid: a list that cannot be written is left to
        the searches, which merge the term tables themselves."""
        from ..query import write_spelling
        try:
            with self.ix.searcher() as searcher:
                write_spelling(searcher)
        except OSError:
            pass

    def _write_version_map(self) -> None:
        """The index's version map (query.write_version_map), so that a search process
        reads every story's group instead of building it. Only an aid, as the spelling
        list is."""
        from ..query import write_version_map
        try:
            with self.ix.searcher() as searcher:
                write_version_map(searcher)
        except OSError:
            pass

    @staticmethod
    def _apply(outcome, file, key, st, old, batch, manifest, summary, fail, *,
               deleted: bool = False):
        """Record what a worker made of one file: deletions, manifest row, counts.
        ``deleted``: the index holds none of the file's old stories (deleted already,
        as a split file's are, or never there: a file the manifest does not list, unless
        a killed run left its stories, see update)."""
        kind = outcome[0]
        if kind == "failed":
            fail(file, outcome[1])
            if old:  # the file changed into something unreadable: its old stories are stale
                batch.delete_file(key)
                batch.forget(old.ids)
                manifest.delete(key)
                summary.removed += len(old.ids)
            return
        digest = outcome[1]
        if kind == "same":
            # Touched but not changed: remember the new mtime so the next run skips it.
            manifest.put(key, st.st_size, st.st_mtime_ns, digest, old.ids)
            summary.unchanged += len(old.ids)
            return
        new_ids = outcome[2]
        for label, reason in outcome[3] if len(outcome) > 3 else ():
            fail(label, reason)    # a broken member of an archive, a bad line of a feed
        # Delete by file first: a changed file's old stories, or those a killed run left
        # of a "new" one (see update). The deletion only reaches committed segments,
        # never the batch's new one. A deletion looks the file up in every segment: done
        # for every new file, it was most of the main process's work at a million
        # stories (200 segments and more: half a core).
        if not deleted:
            batch.delete_file(key)
        manifest.put(key, st.st_size, st.st_mtime_ns, digest, new_ids)
        old_ids = set(old.ids) if old else set()
        batch.forget(old_ids - set(new_ids))
        summary.updated += len(old_ids.intersection(new_ids))
        summary.added += len(set(new_ids) - old_ids)
        summary.removed += len(old_ids - set(new_ids))


def _may_hold(old, key: str, unlisted) -> bool:
    """Whether the index may hold stories of the file ``key`` before a run builds it: the
    manifest lists it (``old``, its row), or a run that did not finish left some
    (``unlisted``, see WireIndex.update)."""
    return bool(old) or key in unlisted


class _SplitFiles:
    """The outcomes of the files built in parts (BuildPlan.split), merged as they arrive.

    A part's batch is committed when it comes back, like any other: the first part that
    holds stories deletes the file's old stories (the deletion reaches the segments
    committed before, not the parts' new ones); the manifest row waits for the last part,
    so that a run killed in between leaves the file to be read again. The file fails if a
    part fails, if the parts read different contents (the file changed meanwhile) or if
    none holds a story; its parts already committed are then deleted after the last
    batch (``purge``), and the next run reads it again."""

    def __init__(self, unlisted):
        self.pending: dict[str, dict] = {}
        self.purge: list[str] = []
        self.unlisted = unlisted  # files a killed run left stories of (see update)

    def arrive(self, item, outcome, batch, manifest, summary, fail) -> None:
        file, key, st, old = item[:4]
        parts = _part(item)[1]
        p = self.pending.setdefault(key, {"left": parts, "kinds": set(), "digests": set(),
                                          "ids": [], "problems": [], "reason": None,
                                          "deleted": False})
        kind = outcome[0]
        p["kinds"].add(kind)
        if kind == "failed":
            p["reason"] = p["reason"] or outcome[1]
        else:
            p["digests"].add(outcome[1])
        if kind == "part":
            if outcome[2] and not p["deleted"]:
                if _may_hold(old, key, self.unlisted):
                    batch.delete_file(key)
                p["deleted"] = True
            p["ids"].extend(outcome[2])
            p["problems"].extend(outcome[3])
        p["left"] -= 1
        if p["left"]:
            return
        del self.pending[key]
        merged = self.merged(p, file)
        if merged[0] == "failed":
            self.purge.append(key)
            batch.forget(set(p["ids"]) - set(old.ids if old else ()))
        WireIndex._apply(merged, file, key, st, old, batch, manifest, summary, fail,
                         deleted=p["deleted"])

    @staticmethod
    def merged(p: dict, file: str) -> tuple:
        """The whole file's outcome from its parts' (``file``: its path)."""
        if p["reason"]:
            return ("failed", p["reason"])
        if len(p["digests"]) > 1 or len(p["kinds"]) > 1:
            return ("failed", "changed while it was being read")
        digest = next(iter(p["digests"]))
        if p["kinds"] == {"same"}:
            return ("same", digest)
        if p["ids"]:
            return ("parsed", digest, p["ids"], p["problems"])
        from ..formats.base import fail
        from ..pipeline import no_story
        failed = [fail(label, reason) for label, reason in p["problems"]]
        return ("failed", strip_path(file, no_story(file, failed)))


# -- building segments --------------------------------------------------------------

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


#: Term lookups a kept reader remembers per segment (then it starts again).
TERM_LOOKUPS_KEPT = 100_000


def _remember_term_lookups(reader) -> None:
    """Make a segment reader remember where its term table holds each term looked up.

    Every term a search names is looked up in the segment's on-disk hash table four or
    five times (is it there, its statistics, its postings, its size for the OR's tree),
    each lookup several small reads: ~40 % of a broad search once its lists are decoded.
    All go through the table's ``ranges_for_key``; segment files never change, so its
    answers stay true for the reader's life. Readers of another kind are left alone."""
    table = getattr(getattr(reader, "_terms", None), "_tindex", None)
    lookup = getattr(table, "ranges_for_key", None)
    if lookup is None or "ranges_for_key" in vars(table):
        return
    found: dict = {}

    def ranges_for_key(key):
        ranges = found.get(key)
        if ranges is None:
            if len(found) >= TERM_LOOKUPS_KEPT:
                found.clear()
            ranges = found[key] = tuple(lookup(key))
        return iter(ranges)

    table.ranges_for_key = ranges_for_key
    # Every read of the table (a lookup makes three or four) through a memory map: a
    # slice instead of a seek and a read through Python's file object, ~6 µs each.
    mapped = mapped_file(table.dbfile)
    if mapped is not None:
        def get(position, length):
            return mapped[position:position + length]

        table.dbfile.get = get


def mapped_file(dbfile):
    """The whole of a segment file Whoosh reads through ``dbfile`` (a StructFile over a
    file of its own), memory-mapped, and kept with it: segment files are never rewritten.
    None for a part of a compound segment (Whoosh holds those in memory already) or a
    file that cannot be mapped (an empty one)."""
    kept = vars(dbfile).get("_wire_mapped", False)
    if kept is not False:
        return kept
    mapped = None
    try:
        file = dbfile.file
        if type(file) is io.BufferedReader:
            mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    except (AttributeError, OSError, ValueError):
        mapped = None
    dbfile._wire_mapped = mapped
    return mapped


def _die_with_parent() -> None:
    """A worker of a killed run must not go on building into the index folder: ask
    Linux to kill it with its parent (elsewhere it stops at the next task it asks for)."""
    try:
        import ctypes
        import signal
        PR_SET_PDEATHSIG = 1
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def _read_file(file: str, old_sha1: str | None, part: tuple[int, int] | None = None) -> tuple:
    """A file read once and hashed, and unless its content is ``old_sha1``'s, the
    documents whose stories are to be built (``part``: ``(part, parts)`` of a large
    file, see BuildPlan.split): ``(kind, sha1, documents, errors)``, kind "parsed" for a
    whole file and "part" for a part, errors the ReadErrors of the parts that could not
    be read (a zip member, a JSON line); or ``("same", sha1)``, or ``("failed", reason)``.
    The digest is that of the bytes parsed: the main process compares the parts'."""
    from ..pipeline import part_documents
    from ..read import file_bytes
    try:
        data = file_bytes(file)
    except errors.ReadError as e:
        return ("failed", strip_path(file, e))
    digest = hashlib.sha1(data).hexdigest()
    if old_sha1 == digest:
        return ("same", digest)
    number, parts = part or (0, 1)
    try:
        documents, failed = part_documents(file, data, number, parts)
    except Exception as e:  # a reader bug must not stop the run or show a traceback
        return ("failed", f"parser failed: {type(e).__name__}: {' '.join(str(e).split())}")
    return ("part" if part else "parsed", digest, documents, failed)


#: What a story costs the segment being built beyond its text, in characters of text:
#: a document's id, path and stored fields, its lengths and the postings of its own terms
#: take ~3-6 KB whatever its length (100,000 one-line briefs in one file peaked at 1 GB).
STORY_OVERHEAD_CHARS = 512
#: A batch's stories may weigh this much more than the batch's bytes before its segment
#: is split: the plan counts files' bytes (text and headers), not the overhead above.
#: Single stories of 600 words weigh ~12 % over their files' bytes; 25 % keeps them whole.
SEGMENT_ALLOWANCE = 1.25


class _Segments:
    """The segments a batch builds in its folder: one, unless its stories weigh more than
    ``limit`` (their text, plus STORY_OVERHEAD_CHARS each, over SEGMENT_ALLOWANCE): a
    file larger than a batch (a big feed, an archive, text compressed on disk), or very
    many very short stories. Then a new segment is started each time the one being built
    reaches that weight, so none holds more than the memory the plan gave the batch."""

    def __init__(self, folder: str, limit: int | None = None, collect=None):
        self.folder, self.collect = folder, collect
        self.limit = None if limit is None else limit * SEGMENT_ALLOWANCE
        self.done: list = []  # (segment, the folder it was built in)
        self._start(folder)

    def _start(self, folder: str) -> None:
        from .segments import SegmentBuilder
        self.builder, self.builder_folder, self.weight = SegmentBuilder(WireSchema(), folder), \
            folder, 0

    def add(self, story: Story, doc: dict) -> None:
        """Add one story's document (ValueError, and nothing added, if Whoosh could not
        write it)."""
        weight = len(story.body or "") + len(story.title or "") + STORY_OVERHEAD_CHARS
        if self.limit is not None and self.builder.doc_count \
                and self.weight + weight > self.limit:
            self._finish_one()
            self.builder = None
            if self.collect:  # a finished builder is cycles: without this, 34 of them
                self.collect()  # stayed until the batch's end (667 MB under 256)
            self._start(os.path.join(self.folder, f"part-{len(self.done)}"))
        # prepared by the builder that adds it: a builder numbers the words it meets
        self.builder.add_prepared(self.builder.prepare(doc))
        self.weight += weight

    def _finish_one(self) -> None:
        if self.builder.doc_count:
            self.done.append((self.builder.finish(), self.builder_folder))

    def finish(self) -> list:
        """The batch's segments, as ``(segment, folder)``, none when no story was added."""
        self._finish_one()
        return self.done


#: The outcomes of reading a file that hold documents: a whole file, a part of one.
PARSED = ("parsed", "part")


class _FileBuild:
    """One file's stories as a batch builds them: its documents (``read``, from
    _read_file) made into stories a few at a time (``stories``), each added to the
    segments or refused (``add``), then the file's outcome (``outcome``)."""

    def __init__(self, file: str, key: str, read: tuple):
        self.file, self.key, self.read = file, key, read
        self.kept: list[str] = []
        self.refused: list[tuple[str, str]] = []
        self.failed: list = []  # ReadErrors: parts not read, documents not parsed

    def stories(self):
        """The file's stories, each built when asked for (the errors kept aside), its
        documents let go of as they are built."""
        if self.read[0] not in PARSED:
            return
        kind, digest, documents, failed = self.read
        self.read = (kind, digest, None, None)
        self.failed = list(failed)
        from ..pipeline import build_stories
        for item in build_stories(_released(documents)):
            if isinstance(item, errors.ReadError):
                self.failed.append(item)
            else:
                yield item

    def add(self, segments: "_Segments", story: Story, group: str | None) -> None:
        try:  # a story Whoosh cannot write is refused alone, like a bad line of a feed
            segments.add(story, story_document(story, self.key, group))
            self.kept.append(story.id)
        except ValueError as e:
            self.refused.append((story.path, f"cannot index: {e}"))

    def outcome(self) -> tuple:
        """``("parsed", sha1, story ids, problems)`` (``"part"`` for a part, even with no
        story: the sum of the parts decides), or why none was kept: what parse_file
        says of a file with no story, or the first refusal."""
        kind = self.read[0]
        if kind not in PARSED:
            return self.read
        if self.kept or kind == "part":
            return (kind, self.read[1], self.kept,
                    [_problem(self.file, e) for e in self.failed] + self.refused)
        if self.refused:
            return ("failed", self.refused[0][1])
        from ..pipeline import no_story
        return ("failed", strip_path(self.file, no_story(self.file, self.failed)))


def _released(items: list):
    """The items of a list, each dropped from it as it is taken."""
    for i in range(len(items)):
        item, items[i] = items[i], None
        yield item


@contextmanager
def _collector():
    """Garbage collection for building a segment: only where it can find something.

    A batch's postings are millions of long-lived lists; Python's collector walks every
    one of them on each full collection, which cost about a third of segment building
    (bench: 3.4 -> 2.3 ms per story without it). Automatic collection is off inside; the
    caller calls the function it gets every few hundred files (or stories), which
    collects what the files since the last call left (parsing can leave cycles) and then
    freezes the survivors, so that no later collection walks them again.
    """
    was_enabled = gc.isenabled()
    gc.disable()

    def collect():
        gc.collect()
        gc.freeze()

    try:
        yield collect
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()


def _build_numbered(item):
    n, task = item
    return n, build_batch(task)


#: Stories that join their version groups together, in one transaction (see versions.py):
#: a commit writes every page the batch's band keys (random) touched, so larger groups
#: share more pages. With 2,000 stories, 256 took 0.36 ms a story where 64 took 0.54
#: (bench/version_speed.py); with 100,000 stories already assigned, 1,024 took 0.58 ms
#: where 256 took 1.1 (the same inserts into SQLite alone). A group holds the database
#: from the other workers for a few tenths of a second. A group is whole files: this many
#: stories or files, whichever comes first (the group's stories are parsed before any is
#: built, so a group of 1,024 feed files of 100 stories held 100 times as many).
GROUP_STORIES = 1024


def build_batch(task, on_file=None) -> tuple:
    """Read, hash and parse a batch of files and build their stories into a segment (more
    than one if they weigh more than the batch's bytes allow: see _Segments).

    Runs in a worker process; the stories join their version groups (whose database the
    workers share) GROUP_STORIES at a time, in file order. ``task``: the build folder,
    the index folder, the files as ``(path, key, old sha1, part)``, and the batch's bytes
    (None: no limit); ``part`` is None for a whole file, or ``(part, parts)`` for one of
    the parts of a large file (BuildPlan.split). Returns the segments as ``(segment,
    folder it was built in)`` and one outcome per file: ``("failed", reason)``,
    ``("same", sha1)`` for a file whose content did not change, or ``("parsed", sha1,
    story ids, problems)``; for a part, ``("part", sha1, story ids, problems)``, empty
    when the part holds no story. ``on_file()`` is called
    after each file is read.
    """
    from ..versions import VersionGroups

    folder, index_dir, files, limit = task
    outcomes = []
    with closing(VersionGroups.open(index_dir)) as versions, _collector() as collect:
        segments = _Segments(folder, limit, collect)

        def build(group: list) -> None:
            """A group of files read: their stories built from their documents and
            joined to their version groups GROUP_STORIES at a time (a big file in many
            such steps, small ones several to a step), added to the segments, then each
            file's outcome."""
            builds = [_FileBuild(file, key, r) for file, key, r in group]
            group.clear()
            pending: list = []

            def flush() -> None:
                groups = versions_of(versions, [story for _, story in pending])
                for (fb, story), version in zip(pending, groups, strict=True):
                    fb.add(segments, story, version)
                pending.clear()

            for fb in builds:
                for story in fb.stories():
                    pending.append((fb, story))
                    if len(pending) >= GROUP_STORIES:
                        flush()
            if pending:
                flush()
            outcomes.extend(fb.outcome() for fb in builds)
            # Once per group, not per step: a collection freezes what is alive, and a
            # segment builder frozen before it is finished is never collected after.
            collect()

        group, stories = [], 0
        for file, key, old_sha1, part in files:
            r = _read_file(file, old_sha1, part)
            group.append((file, key, r))
            stories += len(r[2]) if r[0] in PARSED else 1
            if on_file:
                on_file()
            if stories >= GROUP_STORIES:
                build(group)
                stories = 0
        if group:
            build(group)
        # Still inside: writing the segment allocates while every posting is alive.
        built = segments.finish()
    return built, outcomes


# -- documents ----------------------------------------------------------------------

def version_of(versions, story: Story) -> str:
    """The story's version group, assigned now (see versions.py)."""
    return versions_of(versions, [story])[0]


def versions_of(versions, stories: list[Story]) -> list[str]:
    """The stories' version groups, assigned now, one after another (see versions.py)."""
    published = []
    for story in stories:
        when = to_utc(story.published)
        published.append(when.replace(tzinfo=timezone.utc).timestamp() if when else None)
    return versions.assign_many(stories, published)


def story_document(story: Story, file_key: str | None, version: str | None = None) -> dict:
    """The Whoosh document for a story (fields with no value are left out).

    ``version`` is its version group (see versions.py); alone, a story is its own group.
    """
    doc = {"id": story.id, "path": story.path or "", "record": story.to_dict(body=False),
           "version": version or story.id,
           "title": story.title or "", "body": story.body or ""}
    if file_key:
        doc["file"] = file_key
    for name in DATE_FIELDS:
        when = to_utc(getattr(story, name))
        if when is not None:
            doc[name] = when
    for name in NAME_FIELDS:
        values = getattr(story, name) or []
        if values:
            doc[name] = "\n".join(values)
    if story.language:
        doc["language"] = story.language
    doc.update(derived_fields(story))
    return {k: v for k, v in doc.items() if v != ""}


def record_of(fields: dict, *, body: bool) -> dict:
    """Stored fields -> the Story record as plain data, keys in FIELDS order."""
    rec = fields.get("record") or {}
    out = {name: rec.get(name, _EMPTY.get(name)) for name in FIELDS if name != "body"}
    if body:
        out["body"] = fields.get("body", "")
    return out


_EMPTY = Story().to_dict()


def to_utc(value: str | None) -> datetime | None:
    """An ISO 8601 string -> naive UTC datetime (Whoosh drops zones); None if unreadable.

    >>> to_utc("2023-11-09T10:16:00+09:00")
    datetime.datetime(2023, 11, 9, 1, 16)
    >>> to_utc("2023-11-09T10:16:00")
    datetime.datetime(2023, 11, 9, 10, 16)
    """
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc).replace(tzinfo=None)
    return when


def _dedupe(stories) -> list[Story]:
    """Last story wins for each id: Whoosh cannot replace a document added by the same writer."""
    return list({s.id: s for s in stories}.values())


def parse_or_reason(file: str) -> tuple[list[Story], str | None]:
    """A file's stories (deduplicated by id), or why there are none."""
    stories, reason, _ = parse_parts(file)
    return stories, reason


def parse_parts(file: str) -> tuple[list[Story], str | None, list[tuple[str, str]]]:
    """A file's stories (deduplicated by id), or why there are none, plus the parts that
    failed while others were read: ``(label, reason)`` for a broken zip member or JSON line."""
    from ..pipeline import parse_file
    problems: list[tuple[str, str]] = []

    try:
        stories = _dedupe(parse_file(file, on_error=lambda e: problems.append(_problem(file, e))))
    except errors.ReadError as e:
        return [], strip_path(file, e), []
    except Exception as e:  # a parser bug must not stop the run or show a traceback
        return [], f"parser failed: {type(e).__name__}: {' '.join(str(e).split())}", []
    return (stories, None, problems) if stories else ([], "no story found", [])


def _problem(file: str, err: errors.ReadError) -> tuple[str, str]:
    """``(label, reason)`` for a part of ``file`` that failed (a zip member, a JSON line)."""
    label = getattr(err, "path", None) or file
    return label, getattr(err, "reason", None) or strip_path(label, err)


def _commit(batch, manifest) -> None:
    """Commit a batch. Removed files leave the manifest before the index commit, new and
    changed ones enter it after: a kill in between leaves the index holding stories the
    manifest does not list (the next run finds and fixes them, see _unlisted_files),
    never the manifest vouching for stories the index lacks (no run would redo them)."""
    manifest.commit()
    batch.commit()
    manifest.write_pending()
    manifest.commit()
    test_hook("commit-end")


def _unlisted_files(ix, manifest) -> dict[str, int]:
    """Source files with stories in the index but not in the manifest -> story count."""
    out = {}
    with ix.searcher() as s:
        for key in s.reader().field_terms("file"):
            if manifest.get(key) is None:
                count = sum(1 for _ in s.document_numbers(file=key))  # live stories only
                if count:
                    out[key] = count
    return out


def has_index(dirname: str) -> bool:
    """True when the folder holds a Whoosh table of contents. Cheaper and safer than
    whoosh's exists_in, which opens the index (and unpickles its schema) to find out."""
    try:
        return any(TOC_RE.match(n) for n in os.listdir(dirname))
    except OSError:
        return False


def _open_dir(dirname: str):
    """Open the Whoosh index in a folder; a foreign or unreadable one raises a WireError."""
    try:
        ix = whoosh_index.open_dir(dirname)
    except whoosh_index.IndexVersionError:
        raise _schema_error(dirname) from None
    except FOREIGN_SCHEMA_ERRORS:
        # The TOC pickles the schema: classes another version of wire named may be gone.
        raise _schema_error(dirname) from None
    except (OSError, ValueError, EOFError, whoosh_index.IndexError) as e:
        raise errors.WireError(f"cannot open the index in {dirname}: {e}") from None
    _check_schema(dirname, ix)
    return ix


def _check_schema(dirname: str, ix) -> None:
    if set(ix.schema.names()) != set(WireSchema().names()) \
            or schema_version(dirname) not in (None, str(SCHEMA_VERSION)):
        raise _schema_error(dirname)


def schema_version(dirname: str) -> str | None:
    """The schema version the manifest records, or None (no manifest yet)."""
    if not os.path.exists(os.path.join(dirname, MANIFEST_NAME)):
        return None
    try:
        with closing(_Manifest(dirname)) as manifest:
            return manifest.get_meta("schema_version")
    except sqlite3.DatabaseError:
        return "unreadable"


def _schema_error(dirname: str) -> errors.SchemaVersionError:
    return errors.SchemaVersionError(
        f"the index in {dirname} was built by another version of wire (schema "
        f"{schema_version(dirname) or 'unknown'}, this version reads {SCHEMA_VERSION}); "
        f"rebuild it: wire index --rebuild --index {dirname} PATH...")


def _clear_debris(ix) -> list[str]:
    """Under the write lock: delete what a killed writer left (temporary TOCs, the posting
    pool, segment files no TOC names). Returns the names of the temporary files deleted."""
    whoosh_lock = ix.lock("WRITELOCK")
    if not whoosh_lock.acquire(False):
        return []  # a writer other than wire is at work: its files are not debris
    try:
        gone = clear_temp_files(ix.storage.folder)
        toc = ix._read_toc()  # Whoosh's own cleanup after a commit, run now for a killed one
        whoosh_index.clean_files(ix.storage, ix.indexname, toc.generation, toc.segments)
    finally:
        whoosh_lock.release()
    return gone


# -- writer -------------------------------------------------------------------------

@contextmanager
def _own_random():
    """Fresh randomness for Whoosh's segment names, the caller's random state kept.

    Whoosh names a new segment with the global ``random`` module. A program that seeds it
    (``random.seed(0)``; hypothesis does for every example) would name the segment of its
    next run like the last one, and Whoosh fails with an AssertionError on commit."""
    state = random.getstate()
    random.seed(os.urandom(16))
    try:
        yield
    finally:
        random.setstate(state)


class _Batch:
    """A Whoosh writer opened on first use and committed in batches.

    A batch is the deletions made through the writer, the segments built for it (see
    ``build_batch``) and, for stdin and API stories, documents added to the writer itself;
    one commit makes all of them visible. Deletes go through the writer's searcher (one
    per writer, not one per call), which sees only committed segments, never the batch's;
    it is opened by the first deletion or lookup (a run of new files makes none: opened
    for each batch, it read every segment's tables, 200 of them at a million stories)."""

    def __init__(self, ix, wait: float, versions=None):
        self.ix, self.wait, self.versions = ix, wait, versions  # versions.VersionGroups
        self.writer = None
        self._searcher = None
        self.pending = 0
        self.added_ids: set[str] = set()
        self.segments: list = []  # (segment, build folder) to commit with the batch
        self.build_dir = os.path.join(ix.storage.folder, BUILD_DIR)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if self.writer is not None and exc_type is not None:
            self.writer.cancel()
            self.writer = None

    def _open(self):
        if self.writer is None:
            try:
                with _own_random():
                    self.writer = self.ix.writer(timeout=self.wait, delay=LOCK_POLL,
                                                 limitmb=WRITER_LIMIT_MB)
            except LockError:
                folder = self.ix.storage.folder
                raise errors.IndexLockedError(
                    f"the index in {folder} is locked by a program other than wire "
                    f"(waited {self.wait:g}s for {folder}/MAIN_WRITELOCK); wait for it to "
                    "finish, or try again with a longer --wait") from None
            self._searcher = None
            self.added_ids = set()
        return self.writer

    @property
    def searcher(self):
        """The writer's searcher (see the class)."""
        self._open()
        if self._searcher is None:
            self._searcher = self.writer.searcher()
        return self._searcher

    def has_id(self, story_id: str) -> bool:
        self._open()
        return story_id in self.added_ids or self.searcher.document_number(id=story_id) is not None

    def delete_file(self, key: str) -> None:
        self._open().delete_by_term("file", key, searcher=self.searcher)

    def delete_id(self, story_id: str) -> None:
        self._open().delete_by_term("id", story_id, searcher=self.searcher)

    def add(self, story: Story, file_key: str | None) -> None:
        if story.id in self.added_ids:
            return  # the same id from two sources in one batch: the first one stays
        version = version_of(self.versions, story) if self.versions is not None else None
        self._open().add_document(**story_document(story, file_key, version))
        self.added_ids.add(story.id)
        self.pending += 1

    def forget(self, ids) -> None:
        """Stories leaving the index leave their version groups too."""
        if self.versions is not None:
            self.versions.forget(ids)

    def add_segment(self, segment, folder: str) -> None:
        """A segment built in ``folder`` (by ``build_batch``), committed with the batch."""
        self._open()
        self.segments.append((segment, folder))

    def commit(self, merge: int = 0) -> None:
        """Commit deletions, built segments and added documents together; with ``merge``
        (the processes it may take), also merge the smallest segments (_merge_small)."""
        from .segments import move_segment

        if self.writer is None:
            return
        new = [segment for segment, _ in self.segments]
        for segment, folder in self.segments:
            # Until the TOC names them, moved files are orphans the next run deletes.
            move_segment(segment, folder, self.ix.storage.folder)

        def policy(writer, segments):
            out = list(segments) + new
            if merge:
                out = _merge_small(writer, out, self.build_dir, merge)
            return out

        test_hook("commit-start")
        self.writer.commit(mergetype=policy)
        self.writer = self._searcher = None
        self.pending = 0
        self.segments = []
        test_hook("index-committed")

    def merge_if_needed(self, workers: int = 1) -> None:
        """After a run: more than MAX_SEGMENTS segments (many small runs, or a build of
        many batches) are merged, by up to ``workers`` processes."""
        if len(self.ix._segments()) > MAX_SEGMENTS:
            self._open()
            self.commit(merge=max(1, workers))


def _merge_small(writer, segments: list, build_dir: str, workers: int = 1) -> list:
    """More than MAX_SEGMENTS segments: the smallest are merged into one, as many as
    leave MAX_SEGMENTS (segments.merge_segments, which streams their postings: no
    limit on their size). Many runs, or a build of more batches than that, must not
    leave many segments: every word of a search is looked up in each. Deleted stories
    are left out. A crash before the TOC is written leaves the old segments in place and
    the merged one unreferenced. A large merge is shared out among ``workers``
    processes."""
    from .segments import merge_segments, move_segment

    excess = len(segments) - MAX_SEGMENTS
    if excess <= 0:
        return segments
    smallest = sorted(segments, key=lambda seg: seg.doc_count())[:excess + 1]
    chosen = [seg for seg in segments if seg in smallest]  # stories kept in index order
    folder = os.path.join(build_dir, "merge")
    merged = merge_segments(writer.storage, writer.schema, chosen, folder, workers=workers)
    keep = [seg for seg in segments if seg not in chosen]
    if merged is not None:
        move_segment(merged, folder, writer.storage.folder)
        keep.append(merged)
    shutil.rmtree(folder, ignore_errors=True)
    return keep


# -- manifest -----------------------------------------------------------------------

class _Stat(NamedTuple):
    """What a run keeps of a file's os.stat."""
    st_size: int
    st_mtime_ns: int


class _Files:
    """A run's new and changed files, as the build plan reads them: item ``n`` is
    ``(file, key, _Stat, old manifest row)``. Kept as columns, each item made when it is
    read: as tuples they took ~130 bytes a file more (130 MB at a million files)."""

    def __init__(self):
        self.files: list[str] = []
        self.keys: dict[int, str] = {}  # n -> key, for the files whose key is not the path
        self.sizes, self.mtimes = array("q"), array("q")
        self.olds: dict[int, object] = {}  # n -> manifest row, for changed files

    def append(self, file: str, key: str, st, old) -> None:
        n = len(self.files)
        self.files.append(file)
        if key is not file and key != file:
            self.keys[n] = key
        self.sizes.append(st.st_size)
        self.mtimes.append(st.st_mtime_ns)
        if old is not None:
            self.olds[n] = old

    def __len__(self) -> int:
        return len(self.files)

    def __getitem__(self, n):
        if isinstance(n, slice):
            return [self[i] for i in range(*n.indices(len(self)))]
        file = self.files[n]
        if n < 0:
            n += len(self.files)
        return (file, self.keys.get(n, file), _Stat(self.sizes[n], self.mtimes[n]),
                self.olds.get(n))

    def __iter__(self):
        return map(self.__getitem__, range(len(self.files)))

    def clear(self) -> None:
        self.__init__()


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


class _Entry:
    """A manifest row: a file's size, mtime, hash and story ids (read when asked for)."""
    __slots__ = ("size", "mtime_ns", "sha1", "_ids")

    def __init__(self, size, mtime_ns, sha1, ids):
        self.size, self.mtime_ns, self.sha1, self._ids = size, mtime_ns, sha1, ids

    @property
    def ids(self) -> list[str]:
        return json.loads(self._ids)


class _Manifest:
    """path, size, mtime, content hash and story ids of every indexed file."""

    def __init__(self, dirname: str):
        self.db = sqlite3.connect(os.path.join(dirname, MANIFEST_NAME))
        self.pending: dict[str, tuple] = {}
        self.db.executescript(
            "CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER,"
            " mtime_ns INTEGER, sha1 TEXT, ids TEXT);"
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);")

    def get(self, path: str) -> _Entry | None:
        """The committed row of a file (rows put since are not seen before write_pending)."""
        return self.get_many([path]).get(path)

    def load(self) -> dict[str, _Entry]:
        """Every row (for ``wire check``; a run looks rows up one by one)."""
        rows = self.db.execute("SELECT path, size, mtime_ns, sha1, ids FROM files")
        return {path: _Entry(*rest) for path, *rest in rows}

    def get_many(self, paths: list[str]) -> dict[str, _Entry]:
        """``get`` for at most versions.SQL_VARIABLES paths, in one query: path -> row."""
        if not paths:
            return {}
        rows = self.db.execute("SELECT path, size, mtime_ns, sha1, ids FROM files WHERE path "
                               f"IN ({','.join('?' * len(paths))})", paths)
        return {path: _Entry(*rest) for path, *rest in rows}

    def paths(self):
        """Every file's path, one at a time."""
        return (path for (path,) in self.db.execute("SELECT path FROM files"))

    def put(self, path, size, mtime_ns, sha1, ids) -> None:
        """Held back until ``write_pending``, after the index commit (see _commit)."""
        self.pending[path] = (path, size, mtime_ns, sha1, json.dumps(ids))

    def write_pending(self) -> None:
        self.db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)",
                            list(self.pending.values()))
        self.pending.clear()

    def delete(self, path) -> None:
        self.pending.pop(path, None)
        self.db.execute("DELETE FROM files WHERE path = ?", (path,))

    def get_meta(self, key):
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key, value) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def commit(self) -> None:
        self.db.commit()

    def close(self) -> None:
        self.db.close()
