"""Stories -> version groups: near-duplicates found with MinHash, their LSH bands kept in SQLite.

Wire copy comes in versions: a first take and its updates, a write-through, the same story
on several sites. Each story gets a group key when it is indexed: the key of the most
similar story already indexed, if it is similar enough, else its own id. Searches show a
group once; ``wire show ID --versions`` lists it.

Signatures and bands live in an SQLite file in the index folder (VERSIONS_NAME, tables
``version_stories`` and ``version_runs``), so a run only hashes the stories it adds: a
new story finds its candidates in the sorted runs of band keys and joins their group;
nothing is recomputed. Worker processes building segments share the file: each batch of
assignments (``assign_many``) is one short write transaction, so a story sees every story
assigned before it, in its batch or in any process.
A run killed before its index commit leaves rows for stories the index lacks; they are
harmless (a story re-indexed first forgets its own row) and dropped when their stories
are removed.
"""
from __future__ import annotations

import array
import hashlib
import os
import re
import sqlite3
import zlib
from typing import NamedTuple

import numpy as np

#: Words per shingle: three-word runs tell a reworded sentence from a shared one, and
#: survive an update that inserts a paragraph (every other run of three is kept).
SHINGLE_WORDS = 3
#: Hash functions in a signature: enough to estimate a similarity to about ±0.05.
NUM_PERM = 96
#: LSH: BANDS bands of ROWS hashes. Two stories become candidates when any band agrees:
#: at similarity 0.5 that happens 98.6% of the time, at 0.2 only 23%
#: (1 - (1 - s**ROWS) ** BANDS).
BANDS, ROWS = 32, 3
#: Two stories are versions of one when their shingle sets overlap this much (Jaccard):
#: an update that adds a third to a story stays above it, two stories on one subject
#: written apart fall far below (measured on the samples: < 0.1).
SAME_STORY_JACCARD = 0.5
#: ... or when this much of the shorter one is inside the longer one (a first take and
#: the full story), estimated from the Jaccard and the two sizes.
SAME_STORY_CONTAINMENT = 0.8
#: ... or, for stories long enough that shared wording is no template, this much: a
#: write-through rewords half its sentences (Reuters-21578: "NYSE REVIEWS PROGRAM
#: TRADING" / "NYSE TO REVIEW PROGRAM TRADING"), while short templated items
#: (dividends, options listings) stay apart.
REWRITE_JACCARD = 0.4
REWRITE_MIN_SHINGLES = 50
#: Versions of a story are published within this many days of each other; the same
#: wording a week apart is a recurring report (weekly bill auctions), not an update.
#: Undated stories are not held to it.
SAME_STORY_DAYS = 3
#: Fewer shingles than this is too little text to call two stories the same: brief
#: tables and one-line notices share their whole wording with unrelated ones.
MIN_SHINGLES = 12

#: The file in the index folder (beside the manifest; Whoosh leaves foreign files alone).
VERSIONS_NAME = "wire-versions.sqlite"
#: Values bound to one statement, at most (SQLite's limit is 32,766 since 3.32; 999 before).
SQL_VARIABLES = 999
#: Seconds a process waits for another's assignment to finish (they take milliseconds).
BUSY_TIMEOUT = 60

WORD_RE = re.compile(r"\w+")
#: ``version_stories``: a row per story with a signature, numbered by ``n``, which is never
#: used again (AUTOINCREMENT), so an entry left by a story that is gone names no other.
#: ``version_runs``: the LSH bands, as runs of (band key, story number) entries in key
#: order, one blob each: a batch writes one run, and the runs are merged now and then
#: (``_add_run``); their numbers are not used again either, so a process that read a run
#: before knows it by its number. A B-tree of one row per band and story, as before, took
#: 32 inserts at random places a story, and cost five times as much at 100,000 stories as
#: at none.
SCHEMA = """
CREATE TABLE IF NOT EXISTS version_stories (
    n INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, grp TEXT, size INTEGER,
    sig BLOB, published REAL);
CREATE TABLE IF NOT EXISTS version_runs (run INTEGER PRIMARY KEY AUTOINCREMENT, size INTEGER,
                                         keys BLOB, ns BLOB);
"""
#: The tables of databases written before: ``versions`` (version_stories without ``n``)
#: and ``version_bands`` (key, id): moved into the new ones when such a database is opened.
OLD_TABLES = ("versions", "version_bands")
#: A run's arrays: the low 32 bits of band keys (two thirds of the memory of whole keys)
#: and story numbers.
KEY, NUMBER = np.uint32, np.uint32
#: Entries a merge may make, at most (8 MB of arrays). Larger runs are not merged again,
#: nor kept in memory: a lookup reads each (~2 ms for 1M entries, and ~2.5 ms to find a
#: batch's 32,000 keys in them). A process keeps twice this at most, and a merge makes as
#: much again, however large the index (index.plan.VERSION_MB). 1M entries: 32,768 stories.
MAX_MERGE_ENTRIES = 1 << 20


#: Characters that end a word (not WORD_RE's) beyond ASCII: curly quotes, dashes, no-break
#: spaces. Turned into spaces before ASCII is handled byte by byte (WORD_BYTES).
NON_ASCII_BREAK_RE = re.compile(r"[^\x00-\x7f\w]")
#: UTF-8 bytes -> themselves, or a space for an ASCII byte that is no word character
#: (bytes of other characters are kept: NON_ASCII_BREAK_RE has taken the breaks out).
WORD_BYTES = bytes(c if c >= 128 or chr(c).isalnum() or chr(c) == "_" else ord(" ")
                   for c in range(256))


def words(text: str) -> list[bytes]:
    """``text``'s words, lowercased, in UTF-8: ``WORD_RE.findall(text.lower())``, faster.

    >>> [word.decode() for word in words("Le Monde, 3 mai: «Noël» à ATHÈNES.")]
    ['le', 'monde', '3', 'mai', 'noël', 'à', 'athènes']
    """
    # Two C passes instead of a regex match and an encoding per word (a sixth of the cost).
    text = text.lower()
    if not text.isascii():
        text = NON_ASCII_BREAK_RE.sub(" ", text)
    return text.encode("utf-8").translate(WORD_BYTES).split()


def shingles(title: str, body: str) -> set[bytes]:
    """The story's SHINGLE_WORDS-word runs, lowercased.

    >>> sorted(shingles("", "Rain fell on Paris. Rain fell"))
    [b'fell on paris', b'on paris rain', b'paris rain fell', b'rain fell on']
    """
    found = words(f"{title}\n{body}")
    return set(map(b" ".join, zip(*(found[i:] for i in range(SHINGLE_WORDS)))))


def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) of datasketch 2's MinHash permutations h -> a*h + b mod 2**32 (its
    "affine32" scheme), drawn the way it draws them: the same seed gives the same values."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


#: Drawn once per process (datasketch draws them again for every MinHash it makes).
PERM_A, PERM_B = _permutations(NUM_PERM, seed=1)
#: The signature of no shingles (datasketch's initial values).
EMPTY_SIGNATURE = np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)


def signature(shingle_set: set[bytes]) -> np.ndarray:
    """The MinHash signature of a shingle set (NUM_PERM 32-bit values).

    The values of datasketch's ``MinHash(num_perm=NUM_PERM, seed=1, hashfunc=zlib.crc32)``
    after ``update_batch(shingle_set)``, bit for bit (tests/test_versions.py checks it),
    so databases built with it stay valid; computed over all shingles at once.
    """
    if not shingle_set:
        return EMPTY_SIGNATURE.copy()
    # CRC-32 (C, stable across runs) instead of datasketch's default SHA-1: hashing the
    # shingles was two thirds of the cost, and MinHash needs spread, not secrecy.
    h = np.frombuffer(array.array("I", map(zlib.crc32, shingle_set)), dtype=np.uint32)
    # datasketch's premix: the MurmurHash3 finalizer (fmix32), wrapping in 32 bits.
    h = h ^ (h >> np.uint32(16))
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    permuted = np.multiply.outer(h, PERM_A)
    permuted += PERM_B
    return permuted.min(axis=0)


#: One hash state per band, its band number already fed in (copying one is cheaper than
#: making one).
BAND_HASHES = [hashlib.blake2b(bytes([band]), digest_size=8) for band in range(BANDS)]


def band_keys(sig: np.ndarray) -> list[int]:
    """One stable 63-bit key per band (Python's hash() changes from run to run): the
    first 8 bytes of BLAKE2b over the band number and the band's values."""
    raw = sig.tobytes()
    width = ROWS * 4
    digests = []
    for band, start in enumerate(range(0, BANDS * width, width)):
        h = BAND_HASHES[band].copy()
        h.update(raw[start:start + width])
        digests.append(h.digest())
    return (np.frombuffer(b"".join(digests), dtype=">u8") >> np.uint64(1)).tolist()


def same_story(jaccard: float, size_a: int, size_b: int) -> bool:
    """Jaccard estimate and shingle counts -> are these two versions of one story?

    >>> same_story(0.6, 100, 120), same_story(0.3, 30, 100), same_story(0.3, 100, 100)
    (True, True, False)
    >>> same_story(0.45, 80, 90), same_story(0.45, 30, 40)
    (True, False)
    """
    if jaccard >= SAME_STORY_JACCARD:
        return True
    if jaccard >= REWRITE_JACCARD and min(size_a, size_b) >= REWRITE_MIN_SHINGLES:
        return True
    smaller = min(size_a, size_b)
    if not smaller:
        return False
    shared = jaccard * (size_a + size_b) / (1 + jaccard)
    return shared / smaller >= SAME_STORY_CONTAINMENT


class Sketch(NamedTuple):
    """What assigning a story needs of it, computed before any transaction."""
    id: str
    size: int  # distinct shingles
    sig: np.ndarray | None  # None: too short to compare (fewer than MIN_SHINGLES)
    keys: list[int]  # band keys
    published: float | None  # UTC timestamp


def sketch(story, published: float | None = None) -> Sketch:
    """A story's shingle count, signature and band keys."""
    found = shingles(story.title or "", story.body or "")
    if len(found) < MIN_SHINGLES:
        return Sketch(story.id, len(found), None, [], published)
    sig = signature(found)
    return Sketch(story.id, len(found), sig, band_keys(sig), published)


class Member(NamedTuple):
    """A story with a group: a row of ``versions``, or one assigned in this batch."""
    id: str
    group: str
    size: int
    sig: np.ndarray
    published: float | None
    keys: list[int] | tuple = ()  # band keys, of a story of this batch (stored: not read)


def best_group(story: Sketch, candidates: list[Member]) -> str | None:
    """The group of the candidate most similar to ``story`` that is a version of it (the
    first of equally similar ones), or None."""
    best, best_j = None, -1.0
    window = SAME_STORY_DAYS * 86400
    for other in candidates:
        if story.published is not None and other.published is not None \
                and abs(story.published - other.published) > window:
            continue
        # A count over NUM_PERM: the float np.mean gave, so ties fall as they did.
        j = int(np.count_nonzero(other.sig == story.sig)) / len(story.sig)
        if j > best_j and same_story(j, story.size, other.size):
            best, best_j = other.group, j
    return best


class VersionGroups:
    """Assigns version groups, keeping signatures and LSH band runs in an SQLite database."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        #: Runs read so far that are still merged, by number: (band keys in order, story
        #: numbers). A run never changes once written (a merge writes a new one and drops
        #: its two), so a process reads each once, and then only the runs other processes
        #: add. Runs too large to merge are read when needed and not kept, and this holds
        #: 2 * MAX_MERGE_ENTRIES entries at most, however large the index (``_keep``).
        self._runs: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self._write(self._prepare)

    @classmethod
    def open(cls, index_dir: str) -> "VersionGroups":
        """The version groups of the index in ``index_dir`` (created on first use)."""
        db = sqlite3.connect(os.path.join(index_dir, VERSIONS_NAME), timeout=BUSY_TIMEOUT,
                             isolation_level=None)  # transactions are explicit below
        db.execute("PRAGMA journal_mode=WAL")  # readers never wait for the one writer
        # No fsync per assignment: rows lost to a power cut are recomputed when their
        # stories are indexed again, and the index commit itself stays durable.
        db.execute("PRAGMA synchronous=NORMAL")
        return cls(db)

    def close(self) -> None:
        self.db.close()

    def _write(self, work, *args):
        """``work(*args)`` in one write transaction, whole or not at all."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            result = work(*args)
        except BaseException:
            self.db.execute("ROLLBACK")
            self._runs.clear()  # it may hold a run the rollback took back
            raise
        self.db.execute("COMMIT")
        return result

    def _prepare(self) -> None:
        for statement in SCHEMA.split(";"):
            if statement.strip():
                self.db.execute(statement)
        if self.db.execute("SELECT 1 FROM sqlite_master WHERE name = ?",
                           (OLD_TABLES[1],)).fetchone():
            self._migrate()

    def _migrate(self) -> None:
        """Moves a database of OLD_TABLES into version_stories and one run."""
        self.db.execute("INSERT INTO version_stories (id, grp, size, sig, published) SELECT "
                        "id, grp, size, sig, published FROM versions WHERE sig IS NOT NULL "
                        "ORDER BY rowid")
        keys, numbers = [], []
        for n, sig in self.db.execute("SELECT n, sig FROM version_stories"):
            keys += band_keys(np.frombuffer(sig, np.uint32))
            numbers += [n] * BANDS
        self._add_run(keys, numbers)
        for table in OLD_TABLES:
            self.db.execute(f"DROP TABLE {table}")

    def assign(self, story, published: float | None = None) -> str:
        """The story's group key (recorded, so later stories can join its group).

        ``published``: its publication time as a UTC timestamp, if known.
        """
        return self.assign_many([story], [published])[0]

    def assign_many(self, stories, published=None) -> list[str]:
        """The stories' group keys: those ``assign`` gives one story after another, in
        one write transaction (a story sees those before it in ``stories`` and every
        story other processes assigned before the transaction).

        ``published``: their publication times as UTC timestamps (None: unknown).
        """
        if published is None:
            published = [None] * len(stories)
        # Hashing is the slow part: done before the transaction, which holds the lock.
        sketches = [sketch(story, when) for story, when in zip(stories, published, strict=True)]
        if not sketches:
            return []
        return self._write(self._assign, sketches)

    def _assign(self, sketches: list[Sketch]) -> list[str]:
        # Everything the batch can meet is read first: its own stories' old rows and the
        # stories that share a band with any of them; then the batch is assigned in
        # memory, in order, and written back. ``members`` holds each story's current
        # row, so one that a later story replaces (re-indexed: same id) stops matching.
        old_ids = {row[0] for row in self._select(
            "SELECT id FROM version_stories WHERE id IN ({})", {s.id for s in sketches})}
        wanted = {key for s in sketches for key in s.keys}
        # Runs hold a key's low 32 bits: the stories they give are checked against the
        # full keys, recomputed from their signatures. Entries of stories that are gone
        # (forgotten, or indexed again under a new number) find no row.
        members = {row[0]: Member(row[0], row[1], row[2], np.frombuffer(row[3], np.uint32),
                                  row[4])
                   for row in self._select("SELECT id, grp, size, sig, published FROM "
                                           "version_stories WHERE n IN ({})",
                                           self._band_matches(wanted).tolist())}
        by_key: dict[int, list[Member]] = {}
        for m in members.values():
            for key in wanted.intersection(band_keys(m.sig)):
                by_key.setdefault(key, []).append(m)
        added: dict[str, Member] = {}
        groups = []
        for s in sketches:
            members.pop(s.id, None)  # re-indexed: its old row is forgotten first
            added.pop(s.id, None)
            if s.sig is None:
                groups.append(s.id)
                continue
            found = {m.id: m for key in s.keys for m in by_key.get(key, ())
                     if members.get(m.id) is m}
            # In id order, the order SQLite's IN (subquery) lookup gave: the first of
            # equally similar stories wins.
            group = best_group(s, [found[i] for i in sorted(found)]) or s.id
            members[s.id] = added[s.id] = Member(s.id, group, s.size, s.sig, s.published,
                                                 s.keys)
            for key in s.keys:
                by_key.setdefault(key, []).append(added[s.id])
            groups.append(group)
        self._forget(old_ids)
        keys, numbers = [], []
        for m in added.values():
            n = self.db.execute("INSERT INTO version_stories (id, grp, size, sig, published) "
                                "VALUES (?, ?, ?, ?, ?)", (m.id, m.group, m.size,
                                                           m.sig.tobytes(), m.published)).lastrowid
            keys += m.keys
            numbers += [n] * len(m.keys)
        if keys:
            self._add_run(keys, numbers)
        return groups

    def _select(self, sql: str, values):
        """Rows of ``sql`` with its ``IN ({})`` filled with ``values``, a chunk at a time."""
        values = list(values)
        for start in range(0, len(values), SQL_VARIABLES):
            chunk = values[start:start + SQL_VARIABLES]
            yield from self.db.execute(sql.format(",".join("?" * len(chunk))), chunk)

    # -- runs ------------------------------------------------------------------------

    def _run_list(self) -> list[tuple[int, int]]:
        """(run, entries) of every run, oldest first; runs merged away leave the cache."""
        runs = self.db.execute("SELECT run, size FROM version_runs ORDER BY run").fetchall()
        live = {run for run, _ in runs}
        for run in [run for run in self._runs if run not in live]:
            del self._runs[run]
        return runs

    def _run(self, run: int, size: int) -> tuple[np.ndarray, np.ndarray]:
        got = self._runs.get(run)
        if got is None:
            keys, numbers = self.db.execute("SELECT keys, ns FROM version_runs WHERE run = ?",
                                            (run,)).fetchone()
            got = np.frombuffer(keys, KEY), np.frombuffer(numbers, NUMBER)
            self._keep(run, got)
        return got

    def _keep(self, run: int, arrays: tuple[np.ndarray, np.ndarray]) -> None:
        """Keeps a run read or written if it may still be merged and the runs kept stay
        under 2 * MAX_MERGE_ENTRIES entries; others are read again when needed."""
        size = len(arrays[0])
        if _merges(size) and \
                sum(len(keys) for keys, _ in self._runs.values()) + size <= 2 * MAX_MERGE_ENTRIES:
            self._runs[run] = arrays

    def _band_matches(self, keys) -> np.ndarray:
        """The story numbers of every run's entries with the low 32 bits of a key in
        ``keys`` (each number once)."""
        wanted = np.unique(_low_bits(keys))
        found = [np.empty(0, NUMBER)]
        for run, size in self._run_list():
            run_keys, run_numbers = self._run(run, size)
            first = np.searchsorted(run_keys, wanted, "left")
            count = np.searchsorted(run_keys, wanted, "right") - first
            hit = count > 0
            if not hit.any():
                continue
            first, count = first[hit], count[hit]
            # Each hit's entries: its first, then the next count - 1.
            at = np.repeat(first - (np.cumsum(count) - count), count) + np.arange(count.sum())
            found.append(run_numbers[at])
        return np.unique(np.concatenate(found))

    def _add_run(self, keys: list[int], numbers: list[int]) -> None:
        """Writes a run of these entries (full keys), then merges the newest two runs
        while the older holds no more entries than the newer and the two fit in
        MAX_MERGE_ENTRIES: a binary counter up to that size, so an entry is rewritten
        log2(MAX_MERGE_ENTRIES / batch entries) times at most. A merge drops the entries
        of stories that are gone."""
        keys, numbers = _low_bits(keys), np.array(numbers, NUMBER)
        order = np.argsort(keys, kind="stable")
        self._insert_run(keys[order], numbers[order])
        runs = self._run_list()
        while len(runs) >= 2 and runs[-2][1] <= runs[-1][1] \
                and _merges(runs[-2][1] + runs[-1][1]):
            keys, numbers = _merge(self._run(*runs[-2]), self._run(*runs[-1]))
            if len(numbers):
                live = np.fromiter((n for (n,) in self.db.execute(
                    "SELECT n FROM version_stories WHERE n BETWEEN ? AND ? ORDER BY n",
                    (int(numbers.min()), int(numbers.max())))), NUMBER)
                at = np.searchsorted(live, numbers)
                keep = at < len(live)
                keep[keep] = live[at[keep]] == numbers[keep]
                keys, numbers = keys[keep], numbers[keep]
            self.db.execute("DELETE FROM version_runs WHERE run IN (?, ?)",
                            (runs[-2][0], runs[-1][0]))
            self._insert_run(keys, numbers)
            runs = self._run_list()

    def _insert_run(self, keys: np.ndarray, numbers: np.ndarray) -> None:
        run = self.db.execute("INSERT INTO version_runs (size, keys, ns) VALUES (?, ?, ?)",
                              (len(keys), keys.data, numbers.data)).lastrowid
        self._keep(run, (keys, numbers))

    def band_rows(self) -> list[tuple[int, str]]:
        """(band key's low 32 bits, story id) for every band of every story, in order:
        what a lookup can find (entries of stories that are gone are left out)."""
        ids = dict(self.db.execute("SELECT n, id FROM version_stories"))
        return sorted((key, ids[n]) for run in self._run_list()
                      for key, n in zip(*(a.tolist() for a in self._run(*run))) if n in ids)

    # -- forgetting --------------------------------------------------------------------

    def forget(self, ids) -> None:
        """Drop stories that left the index, so no new story joins them."""
        self._write(self._forget, ids)

    def _forget(self, ids) -> None:
        # Their run entries stay until a merge drops them: they name no row meanwhile.
        self.db.executemany("DELETE FROM version_stories WHERE id = ?",
                            [(story_id,) for story_id in set(ids)])


def _merges(size: int) -> bool:
    """Is a run of ``size`` entries small enough to be merged (and kept in memory)?"""
    return size <= MAX_MERGE_ENTRIES


def _low_bits(keys) -> np.ndarray:
    """Band keys -> their low 32 bits, as runs keep them."""
    return (np.fromiter(keys, np.int64, len(keys)) & 0xFFFFFFFF).astype(KEY)


def _merge(older: tuple[np.ndarray, np.ndarray],
           newer: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Two runs as one, in key order (the older's entries first among equal keys)."""
    (old_keys, old_numbers), (new_keys, new_numbers) = older, newer
    total = len(old_keys) + len(new_keys)
    at = np.searchsorted(old_keys, new_keys, "right") + np.arange(len(new_keys))
    keys, numbers = np.empty(total, KEY), np.empty(total, NUMBER)
    rest = np.ones(total, bool)
    rest[at] = False
    keys[at], numbers[at] = new_keys, new_numbers
    keys[rest], numbers[rest] = old_keys, old_numbers
    return keys, numbers
