"""Files -> manifest rows: which source files an index holds stories of, and as what.

The manifest is an SQLite file in the index folder (see handle.py); a run keeps its new
and changed files in columns (_Files) for the build plan.
"""
from __future__ import annotations

import json
import os
import sqlite3
from array import array
from typing import NamedTuple

#: The manifest's file name inside the index folder (Whoosh leaves foreign files alone).
MANIFEST_NAME = "wire-manifest.sqlite"
#: Rows ``get_many`` looks up in one query (a statement's values, at most: SQLite's
#: limit before 3.32, as versions.SQL_VARIABLES).
LOOKUP_ROWS = 999


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


class _Entry:
    """A manifest row: a file's size, mtime, hash and story ids (read when asked for)."""
    __slots__ = ("size", "mtime_ns", "sha1", "_ids")

    def __init__(self, size, mtime_ns, sha1, ids):
        self.size, self.mtime_ns, self.sha1, self._ids = size, mtime_ns, sha1, ids

    @property
    def ids(self) -> list[str]:
        return json.loads(self._ids)

    @property
    def count(self) -> int:
        """``len(self.ids)`` without decoding the list: a re-run counts every unchanged
        file's stories, and json.loads was a tenth of its time. Story ids are hex
        (story.make_id), so each is two quotes."""
        return self._ids.count('"') // 2


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
        """``get`` for at most LOOKUP_ROWS paths, in one query: path -> row."""
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
