"""Stories -> index: create/open the Whoosh index, update it incrementally from files, commit.

Which files were indexed, and as what, is kept in a manifest (SQLite, inside the index
folder): for each source file its absolute path, size, mtime, content hash and story ids.
A re-run stats every file; only files whose size or mtime changed are read, and only those
whose content hash changed are parsed again. Each story is indexed with its source file
in the ``file`` field, so replacing or removing a file's stories is one delete by term.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import random
import sqlite3
import stat
import time
from contextlib import closing, contextmanager
from datetime import datetime, timezone

from whoosh import index as whoosh_index
from whoosh.index import LockError

from . import errors
from .api import DEFAULT_WAIT, IndexSummary, strip_path
from .paths import key_path, path_key
from .recovery import TOC_RE, WriteLock, clear_temp_files, is_index_entry, test_hook
from .schema import NAME_FIELDS, SCHEMA_VERSION, WireSchema
from .story import DATE_FIELDS, FIELDS, Story

#: The manifest's file name inside the index folder (Whoosh leaves foreign files alone).
MANIFEST_NAME = "wire-manifest.sqlite"
#: Commit after this many added stories, so a crash loses at most one batch of work
#: (the manifest is written after each commit; the next run redoes the rest).
BATCH_STORIES = int(os.environ.get("WIRE_TEST_BATCH_STORIES") or 2000)  # env: crash tests
#: Memory the Whoosh writer may use for its posting buffer before spilling to disk.
WRITER_LIMIT_MB = 256
#: Seconds between attempts to take Whoosh's write lock (held only by non-wire writers:
#: wire runs queue on recovery.WriteLock first).
LOCK_POLL = 0.2
#: What unpickling a schema from another version of wire or Whoosh raises.
FOREIGN_SCHEMA_ERRORS = (AttributeError, ImportError, TypeError, pickle.UnpicklingError)
#: Read files in chunks of this size when hashing them.
HASH_CHUNK = 1 << 20


class WireIndex:
    """An index folder: the Whoosh index plus the manifest of indexed files."""

    def __init__(self, dirname: str, ix):
        self.dirname = dirname
        self.ix = ix

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
        return self.ix.searcher()

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
               progress=None, on_error=None) -> IndexSummary:
        """Bring the index up to date with the files under ``paths`` and add ``stories``.

        New and changed files are parsed and their stories replace the old ones; files
        indexed before and now gone lose their stories; unchanged files are not read.
        """
        from .pipeline import walk_files

        start = time.perf_counter()
        summary = IndexSummary()

        def fail(path: str, reason: str) -> None:
            summary.failed += 1
            summary.errors.append((path, reason))
            if on_error:
                on_error(path, reason)

        with WriteLock(self.dirname, wait) as lock, closing(_Manifest(self.dirname)) as manifest, \
                _Batch(self.ix, wait) as batch:
            summary.interrupted = lock.interrupted
            _clear_debris(self.ix)
            known = manifest.load()

            # 1. Stat every file under the paths; keep those whose size or mtime changed.
            todo, seen, loose = [], set(), list(stories)
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
                        if key in seen:
                            continue
                        try:
                            st = os.stat(file)
                        except OSError as e:  # e.g. a dangling link: gone, see step 2
                            fail(file, e.strerror or str(e))
                            continue
                        seen.add(key)
                        if not stat.S_ISREG(st.st_mode):  # a FIFO would block open() forever
                            fail(file, "not a regular file")
                            continue
                        old = known.get(key)
                        if old and old.size == st.st_size and old.mtime_ns == st.st_mtime_ns:
                            summary.unchanged += len(old.ids)
                        else:
                            todo.append((file, key, st, old))
                except errors.ReadError as e:
                    fail(path, strip_path(path, e))

            # 2. Files indexed before that are gone: drop their stories.
            for key, old in known.items():
                if key not in seen and not os.path.exists(key_path(key)):
                    batch.delete_file(key)
                    manifest.delete(key)
                    summary.removed += len(old.ids)
            # A run killed between its index commit and its manifest commit leaves stories
            # of files the manifest does not list; those files may be gone since.
            if lock.interrupted:
                for key, count in _unlisted_files(self.ix, known).items():
                    if key not in seen and not os.path.exists(key_path(key)):
                        batch.delete_file(key)
                        summary.removed += count

            # 3. Read, hash and parse the new and changed files, committing in batches.
            for done, (file, key, st, old) in enumerate(todo, 1):
                self._update_file(file, key, st, old, batch, manifest, summary, fail)
                if batch.pending >= BATCH_STORIES:
                    _commit(batch, manifest)
                if progress:
                    progress(done, len(todo))

            # 4. Stories from no tracked file (stdin, API callers): replace by id.
            for story in _dedupe(loose):
                if batch.has_id(story.id):
                    summary.updated += 1
                else:
                    summary.added += 1
                batch.delete_id(story.id)
                batch.add(story, file_key=None)

            _commit(batch, manifest)
        summary.seconds = time.perf_counter() - start
        return summary

    def _update_file(self, file, key, st, old, batch, manifest, summary, fail):
        try:
            digest = _hash_file(file)
        except OSError as e:
            fail(file, e.strerror or str(e))
            return
        if old and old.sha1 == digest:
            # Touched but not changed: remember the new mtime so the next run skips it.
            manifest.put(key, st.st_size, st.st_mtime_ns, digest, old.ids)
            summary.unchanged += len(old.ids)
            return
        stories, reason = parse_or_reason(file)
        if reason is not None:
            fail(file, reason)
            if old:  # the file changed into something unreadable: its old stories are stale
                batch.delete_file(key)
                manifest.delete(key)
                summary.removed += len(old.ids)
            return
        new_ids = [s.id for s in stories]
        # Always delete by file first: after a crash between the index commit and the
        # manifest commit, a "new" file may already have stories in the index.
        batch.delete_file(key)
        for story in stories:
            batch.add(story, file_key=key)
        manifest.put(key, st.st_size, st.st_mtime_ns, digest, new_ids)
        old_ids = set(old.ids) if old else set()
        summary.updated += len(old_ids.intersection(new_ids))
        summary.added += len(set(new_ids) - old_ids)
        summary.removed += len(old_ids - set(new_ids))


# -- documents ----------------------------------------------------------------------

def story_document(story: Story, file_key: str | None) -> dict:
    """The Whoosh document for a story (fields with no value are left out)."""
    doc = {"id": story.id, "path": story.path or "", "record": story.to_dict(body=False),
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
    from .pipeline import parse_file
    try:
        stories = _dedupe(parse_file(file))
    except errors.ReadError as e:
        return [], strip_path(file, e)
    except Exception as e:  # a parser bug must not stop the run or show a traceback
        return [], f"parser failed: {type(e).__name__}: {' '.join(str(e).split())}"
    return (stories, None) if stories else ([], "no story found")


def _hash_file(path: str) -> str:
    h = hashlib.sha1()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(HASH_CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


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


def _unlisted_files(ix, known) -> dict[str, int]:
    """Source files with stories in the index but not in the manifest -> story count."""
    out = {}
    with ix.searcher() as s:
        for key in s.reader().field_terms("file"):
            if key not in known:
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

    Deletes go through the writer's searcher (one per writer, not one per call)."""

    def __init__(self, ix, wait: float):
        self.ix, self.wait = ix, wait
        self.writer = None
        self.pending = 0
        self.added_ids: set[str] = set()

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
            self.searcher = self.writer.searcher()
            self.added_ids = set()
        return self.writer

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
        self._open().add_document(**story_document(story, file_key))
        self.added_ids.add(story.id)
        self.pending += 1

    def commit(self) -> None:
        if self.writer is not None:
            test_hook("commit-start")
            self.writer.commit()
            self.writer = None
            self.pending = 0
            test_hook("index-committed")


# -- manifest -----------------------------------------------------------------------

class _Entry:
    __slots__ = ("size", "mtime_ns", "sha1", "ids")

    def __init__(self, size, mtime_ns, sha1, ids):
        self.size, self.mtime_ns, self.sha1 = size, mtime_ns, sha1
        self.ids = json.loads(ids)


class _Manifest:
    """path, size, mtime, content hash and story ids of every indexed file."""

    def __init__(self, dirname: str):
        self.db = sqlite3.connect(os.path.join(dirname, MANIFEST_NAME))
        self.pending: dict[str, tuple] = {}
        self.db.executescript(
            "CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER,"
            " mtime_ns INTEGER, sha1 TEXT, ids TEXT);"
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);")

    def load(self) -> dict[str, _Entry]:
        rows = self.db.execute("SELECT path, size, mtime_ns, sha1, ids FROM files")
        return {path: _Entry(*rest) for path, *rest in rows}

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
