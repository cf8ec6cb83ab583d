"""Stories -> version groups: near-duplicates found with MinHash, their LSH bands kept in SQLite.

Wire copy comes in versions: a first take and its updates, a write-through, the same story
on several sites. Each story gets a group key when it is indexed: the key of the most
similar story already indexed, if it is similar enough, else its own id. Searches show a
group once; ``wire show ID --versions`` lists it.

Signatures and bands live in an SQLite file in the index folder (VERSIONS_NAME, tables
``versions`` and ``version_bands``), so a run only hashes the stories it adds: a new
story finds its candidates with one indexed lookup and joins their group; nothing is
recomputed. Worker processes building segments share the file: each batch of assignments
(``assign_many``) is one short write transaction, so a story sees every story assigned
before it, in its batch or in any process.
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
SCHEMA = """
CREATE TABLE IF NOT EXISTS versions (id TEXT PRIMARY KEY, grp TEXT, size INTEGER, sig BLOB,
                                     published REAL);
CREATE TABLE IF NOT EXISTS version_bands (key INTEGER, id TEXT);
CREATE INDEX IF NOT EXISTS version_bands_key ON version_bands (key);
"""
# Databases written before 2026-11-29 also index version_bands by id; SQLite keeps that
# index up to date, and _forget no longer needs it (a story's band rows are found by its
# keys, recomputed from its signature): one B-tree less to insert every band row into.


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
    """Assigns version groups, keeping signatures and LSH bands in an SQLite database."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        with db:
            db.executescript(SCHEMA)

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
        self.db.execute("BEGIN IMMEDIATE")
        try:
            groups = self._assign(sketches)
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")
        return groups

    def _assign(self, sketches: list[Sketch]) -> list[str]:
        # Everything the batch can meet is read first: its own stories' old rows and the
        # stories that share a band with any of them; then the batch is assigned in
        # memory, in order, and written back. ``members`` holds each story's current
        # row, so one that a later story replaces (re-indexed: same id) stops matching.
        old_ids = {row[0] for row in self._select("SELECT id FROM versions WHERE id IN ({})",
                                                  {s.id for s in sketches})}
        by_key: dict[int, list[Member]] = {}
        band_rows = list(self._select("SELECT key, id FROM version_bands WHERE key IN ({})",
                                      {key for s in sketches for key in s.keys}))
        members = {row[0]: Member(row[0], row[1], row[2], np.frombuffer(row[3], np.uint32),
                                  row[4])
                   for row in self._select("SELECT id, grp, size, sig, published FROM "
                                           "versions WHERE id IN ({})",
                                           {story_id for _, story_id in band_rows})}
        for key, story_id in band_rows:
            if story_id in members:
                by_key.setdefault(key, []).append(members[story_id])
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
        self.db.executemany("INSERT INTO versions VALUES (?, ?, ?, ?, ?)",
                            [(m.id, m.group, m.size, m.sig.tobytes(), m.published)
                             for m in added.values()])
        self.db.executemany("INSERT INTO version_bands VALUES (?, ?)",
                            [(key, m.id) for m in added.values() for key in m.keys])
        return groups

    def _select(self, sql: str, values):
        """Rows of ``sql`` with its ``IN ({})`` filled with ``values``, a chunk at a time."""
        values = list(values)
        for start in range(0, len(values), SQL_VARIABLES):
            chunk = values[start:start + SQL_VARIABLES]
            yield from self.db.execute(sql.format(",".join("?" * len(chunk))), chunk)

    def forget(self, ids) -> None:
        """Drop stories that left the index, so no new story joins them."""
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            self._forget(ids)

    def _forget(self, ids) -> None:
        # A story's band rows are those of its band keys, which its signature gives.
        found = list(self._select("SELECT id, sig FROM versions WHERE id IN ({})", set(ids)))
        self.db.executemany("DELETE FROM version_bands WHERE key = ? AND id = ?",
                            [(key, story_id) for story_id, sig in found
                             for key in band_keys(np.frombuffer(sig, np.uint32))])
        self.db.executemany("DELETE FROM versions WHERE id = ?",
                            [(story_id,) for story_id, _ in found])
