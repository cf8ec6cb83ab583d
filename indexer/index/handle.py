"""Stories -> index: create/open the Whoosh index, update it incrementally from files, commit.

Which files were indexed, and as what, is kept in a manifest (SQLite, inside the index
folder): for each source file its absolute path, size, mtime, content hash and story ids.
A re-run stats every file; only files whose size or mtime changed are read, and only those
whose content hash changed are parsed again. Each story is indexed with its source file
in the ``file`` field, so replacing or removing a file's stories is one delete by term.

WireIndex is the handle on an index folder; the parts of a run are in the modules beside
this one: the manifest (manifest.py), the build plan (plan.py), the worker processes
(worker.py), the commits (commit.py).
"""
from __future__ import annotations

import io
import mmap
import os
import pickle
import shutil
import sqlite3
import stat
import threading
import time
from contextlib import closing, contextmanager
from datetime import datetime

from whoosh import index as whoosh_index

from .. import errors
from ..api import DEFAULT_WAIT, CompactSummary, IndexSummary, strip_path
from ..paths import key_path, path_key
from ..recovery import TOC_RE, WriteLock, clear_temp_files, is_index_entry
from ..schema import SCHEMA_VERSION, WireSchema, weighting
from ..story import Story
from .commit import _Batch, _clear_debris, _commit, _unlisted_files
from .documents import record_of, to_utc
from .manifest import LOOKUP_ROWS, MANIFEST_NAME, _Files, _Manifest
from .plan import BuildPlan, _part
from .worker import _dedupe, parse_or_reason

#: The spelling list (query.write_spelling).
SPELLING_NAME = "wire-spelling.npz"
#: Every story's version group (query.write_version_map).
VERSION_MAP_NAME = "wire-version-map.bin"
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
            segments = len(s.reader().leaf_readers()) if total else 0
        by_count = lambda d: dict(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))
        return {"index": self.dirname, "stories": total,
                "first": first[1] if first else None, "last": last[1] if last else None,
                "undated": undated, "agencies": by_count(agencies),
                "languages": by_count(languages), "segments": segments,
                "bytes": folder_bytes(self.dirname)}

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
        from ..walk import walk_files

        start = time.perf_counter()
        summary = IndexSummary()
        plan = BuildPlan.make(memory_mb, workers)

        def fail(path: str, reason: str) -> None:
            summary.failed += 1
            summary.errors.append((path, reason))
            if on_error:
                on_error(path, reason)

        with WriteLock(self.dirname, wait) as lock, closing(_Manifest(self.dirname)) as manifest, \
                closing(_VersionsWhenNeeded(self.dirname)) as versions, \
                _Batch(self.ix, wait, versions) as batch:
            summary.interrupted = lock.interrupted
            _clear_debris(self.ix)
            # Segments half built by a killed run: never committed, so never referenced.
            shutil.rmtree(batch.build_dir, ignore_errors=True)

            # 1. Stat every file under the paths; keep those whose size or mtime changed.
            # Manifest rows are looked up LOOKUP_ROWS files at a time, and only what
            # later steps need is kept of a file (not the whole manifest, not os.stat).
            todo, seen, loose, met = _Files(), set(), list(stories), []
            chars = 0  # of the paths in seen

            def sort_out() -> None:
                """The files met since the last call -> unchanged, or to do."""
                rows = manifest.get_many([key for _, key, _ in met])
                for file, key, st in met:
                    old = rows.get(key)
                    if old and old.size == st.st_size and old.mtime_ns == st.st_mtime_ns:
                        summary.unchanged += old.count
                    else:
                        todo.append(file, key, st, old)
                met.clear()

            for path in paths:
                path = os.fspath(path)
                if path == "-":  # stdin: a story from no file, replaced by id
                    found, reason = parse_or_reason("-")
                    if reason is not None:
                        fail(path, reason)
                    loose.extend(found)
                    continue
                # A file's absolute path from its folder's, once a folder rather than
                # once a file (abspath was a tenth of a re-run): walk_files yields
                # ``path`` itself, or ``path`` joined with names below it.
                top = os.path.abspath(path)
                simple = os.path.normpath(path) == path and not path.endswith(os.sep)
                try:
                    for file in walk_files([path]):
                        key = path_key(top + file[len(path):] if simple
                                       else os.path.abspath(file))
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
                        if len(met) == LOOKUP_ROWS:
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
            changed = summary.added or summary.updated or summary.removed
            spell = changed or not os.path.exists(os.path.join(self.dirname, SPELLING_NAME))
            if spell and batch.merge_due():
                # the run's segments' words first: a merge of segments without deletions
                # then carries the list over (query.write_spelling)
                self._write_spelling()
            batch.merge_if_needed(plan.workers)
            shutil.rmtree(batch.build_dir, ignore_errors=True)
            if spell:
                self._write_spelling(batch.merged_from)
            if changed or not os.path.exists(os.path.join(self.dirname, VERSION_MAP_NAME)):
                self._write_version_map()
        summary.seconds = time.perf_counter() - start
        return summary

    def compact(self, *, wait: float = DEFAULT_WAIT, memory_mb: int | None = None,
                workers: int | None = None) -> CompactSummary:
        """Merge all the index's segments into one of its live stories (_Batch.compact).

        For an archive that has stopped growing: each segment costs every word of a
        search a lookup. Searches go on meanwhile, on the old segments until the commit.
        An earlier run that did not finish writing is left for ``wire index`` to
        complete: only a run over the files knows what its batch held."""
        start = time.perf_counter()
        plan = BuildPlan.make(memory_mb, workers)
        with WriteLock(self.dirname, wait) as lock, _Batch(self.ix, wait) as batch:
            if lock.interrupted:
                raise errors.WireError(
                    f"an earlier run did not finish writing {self.dirname} "
                    f"({lock.interrupted}); run wire index on your folders again to "
                    "complete it, then compact")
            _clear_debris(self.ix)
            shutil.rmtree(batch.build_dir, ignore_errors=True)
            done = CompactSummary(segments_before=len(self.ix._segments()),
                                  bytes_before=folder_bytes(self.dirname))
            self._write_spelling()  # (usually there already: carried over the merge)
            batch.compact(plan.workers)
            shutil.rmtree(batch.build_dir, ignore_errors=True)
            self._write_spelling(batch.merged_from)
            self._write_version_map()
        done.segments_after = len(self.ix._segments())
        done.stories = self.ix.doc_count()
        done.bytes_after = folder_bytes(self.dirname)
        done.seconds = time.perf_counter() - start
        return done

    def _write_spelling(self, merged_from: dict | None = None) -> None:
        """The index's spelling list (query.write_spelling; ``merged_from``: the run's
        merges, _Batch.merged_from), for the searches' first correction in each letter.
        Only an aid: a list that cannot be written is left to the searches, which merge
        the term tables themselves."""
        from ..query import write_spelling
        try:
            with self.ix.searcher() as searcher:
                write_spelling(searcher, merged_from)
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


class _VersionsWhenNeeded:
    """The index's versions.VersionGroups, opened at first use: a run over unchanged files
    uses none, and opening them imports numpy (0.1-0.4 s, a tenth of such a run)."""

    def __init__(self, dirname: str):
        self.dirname, self.groups = dirname, None

    def __getattr__(self, name):
        if self.groups is None:
            from ..versions import VersionGroups
            self.groups = VersionGroups.open(self.dirname)
        return getattr(self.groups, name)

    def close(self) -> None:
        if self.groups is not None:
            self.groups.close()


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


def folder_bytes(dirname: str) -> int:
    """The bytes of the files directly in an index folder (an index has no subfolders
    but a run's build folder)."""
    total = 0
    with os.scandir(dirname) as entries:
        for entry in entries:
            try:
                if entry.is_file(follow_symlinks=False):
                    total += entry.stat(follow_symlinks=False).st_size
            except OSError:  # deleted meanwhile: a commit's clean-up
                pass
    return total


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
