"""Version groups: the fast hashing gives datasketch's values bit for bit, and a batch of
assignments gives the groups that one assignment after another gives."""
from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import zlib
from contextlib import closing

import numpy as np
import pytest
from datasketch import MinHash
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer import Story
from indexer import versions
from indexer.versions import (BANDS, MIN_SHINGLES, NUM_PERM, ROWS, SAME_STORY_DAYS, WORD_RE,
                              VersionGroups, band_keys, same_story, shingles, signature, words)

DAY = 86400.0
# Invented words, some with letters str.lower() and \w treat specially: a capital sigma
# (lowercased by context), a dotted capital I (one letter lowercases to two), a Kelvin
# sign (lowercases to ASCII), a superscript digit (a word character, not ASCII).
VOCAB = ("harbour dock strike pay offer union week port ships anchor talks minister "
         "budget vote late night river flood rain town Über straße Ölpreis café naïve "
         "ΣΟΦΙΑ ΟΔΟΣ İzmir \u212aelvin x\u00b2 Déjà-vu l'été O'Neil").split()
# Characters between words: ASCII and other punctuation and spaces, as copy has them.
SEPARATORS = [" ", " ", " ", ", ", ". ", "\n\n", " \u2014 ", " \u00ab", "\u00bb ", "\u2019s ",
              "\u00a0", " (", ") ", "\t", "_", "-"]


def random_text(rng: random.Random, n_words: int) -> str:
    out = []
    for _ in range(n_words):
        word = rng.choice(VOCAB)
        out.append(word.upper() if rng.random() < 0.05 else word)
        out.append(rng.choice(SEPARATORS))
    return "".join(out)


# -- hashing -----------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=()), max_size=80))
def test_words_are_the_regex_words_of_the_lowercased_text(text):
    assert words(text) == [w.encode("utf-8", "surrogatepass")
                           for w in WORD_RE.findall(text.lower())]


def test_words_of_invented_copy():
    rng = random.Random(3)
    for _ in range(300):
        text = random_text(rng, rng.randint(0, 60))
        assert words(text) == [w.encode("utf-8") for w in WORD_RE.findall(text.lower())], text


def reference_signature(shingle_set) -> np.ndarray:
    """What wire computed with datasketch before it did the same with numpy."""
    m = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=zlib.crc32, scheme="affine32")
    m.update_batch(list(shingle_set))
    return m.hashvalues.astype(np.uint32)


def reference_band_keys(sig: np.ndarray) -> list[int]:
    raw = sig.tobytes()
    width = ROWS * 4
    return [int.from_bytes(hashlib.blake2b(bytes([b]) + raw[b * width:(b + 1) * width],
                                           digest_size=8).digest(), "big") >> 1
            for b in range(BANDS)]


def test_signatures_and_band_keys_are_datasketchs_bit_for_bit():
    # Stored signatures and band keys stay valid only if these never change.
    rng = random.Random(1)
    for _ in range(400):
        found = shingles(random_text(rng, 3), random_text(rng, rng.randint(0, 700)))
        sig = signature(found)
        expected = reference_signature(found)
        assert sig.dtype == np.uint32 and sig.shape == (NUM_PERM,)
        assert sig.tobytes() == expected.tobytes()
        assert band_keys(sig) == reference_band_keys(expected)


# -- assignment --------------------------------------------------------------------------

#: The tables before runs: a row per story, a row per band of a story.
OLD_SCHEMA = """
CREATE TABLE versions (id TEXT PRIMARY KEY, grp TEXT, size INTEGER, sig BLOB, published REAL);
CREATE TABLE version_bands (key INTEGER, id TEXT);
CREATE INDEX version_bands_key ON version_bands (key);
"""


class ReferenceGroups:
    """The assignment before batches, one SQL transaction per story, with band rows in a
    B-tree as they were kept before runs, as the oracle; ``path``: its database file."""

    def __init__(self, path: str = ":memory:"):
        self.db = sqlite3.connect(path)
        self.db.executescript(OLD_SCHEMA)

    def assign(self, story, published=None) -> str:
        found = shingles(story.title or "", story.body or "")
        with self.db:
            self.forget(story.id)
            if len(found) < MIN_SHINGLES:
                return story.id
            sig = reference_signature(found)
            keys = reference_band_keys(sig)
            rows = self.db.execute(
                f"SELECT v.grp, v.size, v.sig, v.published FROM versions v WHERE v.id IN "
                f"(SELECT DISTINCT id FROM version_bands WHERE key IN "
                f"({','.join('?' * len(keys))}))", keys)
            best, best_j = None, -1.0
            for group, size, other_sig, other_published in rows:
                if published is not None and other_published is not None \
                        and abs(published - other_published) > SAME_STORY_DAYS * DAY:
                    continue
                j = float(np.mean(np.frombuffer(other_sig, dtype=np.uint32) == sig))
                if j > best_j and same_story(j, len(found), size):
                    best, best_j = group, j
            group = best or story.id
            self.db.execute("INSERT INTO versions VALUES (?, ?, ?, ?, ?)",
                            (story.id, group, len(found), sig.tobytes(), published))
            self.db.executemany("INSERT INTO version_bands VALUES (?, ?)",
                                [(key, story.id) for key in keys])
        return group

    def forget(self, story_id: str) -> None:
        self.db.execute("DELETE FROM version_bands WHERE id = ?", (story_id,))
        self.db.execute("DELETE FROM versions WHERE id = ?", (story_id,))


def story_stream(seed: int, count: int) -> list[tuple[Story, float | None]]:
    """Stories with versions of each other: updates, exact copies, first takes, copies
    a week later, short notices, and stories indexed again under the same id."""
    rng = random.Random(seed)
    made: list[tuple[Story, float | None]] = []
    for n in range(count):
        when = None if rng.random() < 0.15 else rng.uniform(0, 12) * DAY
        kind = rng.random()
        if made and kind < 0.5:
            base, base_when = rng.choice(made)
            body = base.body
            if kind < 0.15:
                body += random_text(rng, rng.randint(5, 60))  # an update
            elif kind < 0.25:
                body = body[:len(body) * 2 // 3]  # a first take
            elif kind < 0.35:
                cut = rng.randrange(len(body) + 1)
                body = body[:cut] + random_text(rng, 30) + body[cut:]  # reworded
            if rng.random() < 0.1:
                story_id = base.id  # the same story indexed again, changed
            else:
                story_id = f"s{rng.randrange(10 ** 6):06d}"
            if base_when is not None and when is not None and rng.random() < 0.5:
                when = base_when + rng.choice([-4, -2.9, -1, 0, 0.5, 2, 3.1, 7]) * DAY
            title = base.title
        else:
            story_id = f"s{rng.randrange(10 ** 6):06d}"
            title = random_text(rng, 5)
            body = random_text(rng, rng.choice([2, 8, 40, 120, 300]))
        made.append((Story(id=story_id, title=title, body=body), when))
    return made


def split(items: list, rng: random.Random) -> list[list]:
    out, start = [], 0
    while start < len(items):
        size = rng.choice([1, 2, 3, 7, 25, 100])
        out.append(items[start:start + size])
        start += size
    return out


@pytest.mark.parametrize("seed", range(6))
def test_batches_give_the_groups_of_one_story_at_a_time(tmp_path, seed):
    stream = story_stream(seed, 250)
    reference = ReferenceGroups()
    expected = [reference.assign(story, when) for story, when in stream]
    joined = sum(group != story.id for group, (story, _) in zip(expected, stream))
    assert joined > 20, "the stream must hold versions to find"

    with closing(VersionGroups.open(_folder(tmp_path, "one"))) as one:
        assert [one.assign(story, when) for story, when in stream] == expected
    with closing(VersionGroups.open(_folder(tmp_path, "many"))) as many:
        got = []
        for batch in split(stream, random.Random(seed)):
            got += many.assign_many([s for s, _ in batch], [w for _, w in batch])
        assert got == expected
        # The database is the one-at-a-time one: a later run finds the same groups.
        rows, bands = stored(many)
        runs = many.db.execute("SELECT count(*) FROM version_runs").fetchone()[0]
    assert rows == sorted(reference.db.execute("SELECT * FROM versions"))
    assert bands == reference_bands(reference)
    assert 1 <= runs <= len(split(stream, random.Random(seed))).bit_length(), \
        "merged as a binary counter"


def reference_bands(reference: ReferenceGroups) -> list[tuple[int, str]]:
    """The oracle's band rows as runs keep them: (the key's low 32 bits, id)."""
    return sorted((key & 0xFFFFFFFF, story_id)
                  for key, story_id in reference.db.execute("SELECT * FROM version_bands"))


def stored(groups: VersionGroups) -> tuple[list, list]:
    """A database's stories and the (band key, id) entries a lookup can find."""
    rows = sorted(groups.db.execute("SELECT id, grp, size, sig, published FROM version_stories"))
    return rows, groups.band_rows()


def _folder(tmp_path, name: str) -> str:
    path = tmp_path / name
    path.mkdir()
    return str(path)


STRIKE = random_text(random.Random(11), 200)
OTHER = random_text(random.Random(12), 200)
# (batch of (id, body, day), expected groups, why): one batch each, into an empty database.
BATCHES = [
    ([("a", STRIKE, 0), ("b", STRIKE + OTHER[:300], 0.5)], ["a", "a"],
     "an update joins the first take assigned before it in the same batch"),
    ([("a", STRIKE, 0), ("b", STRIKE, 7)], ["a", "b"],
     "the same text a week later is another story"),
    ([("a", STRIKE, 0), ("b", STRIKE, 5), ("c", STRIKE, 2.5)], ["a", "b", "a"],
     "equally similar groups: the first by id"),
    ([("b", STRIKE, 5), ("a", STRIKE, 0), ("c", STRIKE, 2.5)], ["b", "a", "a"],
     "... whatever the order they came in"),
    ([("a", STRIKE, 0), ("a", OTHER, 0), ("b", STRIKE, 0)], ["a", "a", "b"],
     "a story indexed again in the batch forgets its old text"),
    ([("a", STRIKE, 0), ("a", "too short", 0), ("b", STRIKE, 0)], ["a", "a", "b"],
     "... also when its new text is too short to compare"),
    ([("a", STRIKE, None), ("b", STRIKE, 30)], ["a", "a"], "undated stories have no window"),
]


def test_batch_table_has_no_duplicates():
    whys = [why for *_, why in BATCHES]
    assert len(whys) == len(set(whys))


@pytest.mark.parametrize("batch,expected,why", BATCHES, ids=[b[2] for b in BATCHES])
def test_batch(tmp_path, batch, expected, why):
    stories = [Story(id=i, title="", body=body) for i, body, _ in batch]
    published = [None if day is None else day * DAY for *_, day in batch]
    with closing(VersionGroups.open(str(tmp_path))) as groups:
        assert groups.assign_many(stories, published) == expected, why


def test_batch_sees_what_another_process_committed(tmp_path):
    first = Story(id="a", title="", body=STRIKE)
    with closing(VersionGroups.open(str(tmp_path))) as one, \
            closing(VersionGroups.open(str(tmp_path))) as two:
        assert one.assign_many([first]) == ["a"]
        assert two.assign_many([Story(id="b", title="", body=STRIKE + OTHER[:200]),
                                Story(id="c", title="", body=OTHER)]) == ["a", "c"]
        assert one.assign(Story(id="d", title="", body=OTHER)) == "c"


def test_batch_rolls_back_whole(tmp_path):
    bad = Story(id="b\ud800", title="", body=OTHER)  # no valid text: SQLite refuses it
    with closing(VersionGroups.open(str(tmp_path))) as groups:
        with pytest.raises(UnicodeEncodeError):
            groups.assign_many([Story(id="a", title="", body=STRIKE), bad])
        assert groups.db.execute("SELECT count(*) FROM version_stories").fetchone() == (0,)
        assert groups.db.execute("SELECT count(*) FROM version_runs").fetchone() == (0,)
        assert groups.assign_many([Story(id="c", title="", body=STRIKE)]) == ["c"]


def test_a_database_of_band_rows_is_moved_into_runs_and_goes_on_alike(tmp_path, seed=5):
    """A database written before runs (a row per band) is moved into runs when opened:
    the same stories and bands, and the groups it gives from then on are the oracle's."""
    stream = story_stream(seed, 240)
    first, rest = stream[:120], stream[120:]
    folder = _folder(tmp_path, "old")
    reference = ReferenceGroups()
    expected = [reference.assign(story, when) for story, when in stream]
    old = ReferenceGroups(os.path.join(folder, versions.VERSIONS_NAME))
    assert [old.assign(story, when) for story, when in first] == expected[:120]
    old_rows = sorted(old.db.execute("SELECT * FROM versions"))
    old_bands = reference_bands(old)
    old.db.close()
    with closing(VersionGroups.open(folder)) as moved:
        assert stored(moved) == (old_rows, old_bands)
        tables = {row[0] for row in moved.db.execute("SELECT name FROM sqlite_master")}
        assert not tables & set(versions.OLD_TABLES)
        got = []
        for batch in split(rest, random.Random(seed)):
            got += moved.assign_many([s for s, _ in batch], [w for _, w in batch])
        assert got == expected[120:]
    with closing(VersionGroups.open(folder)) as again:  # opened again: nothing to move
        assert stored(again) == (sorted(reference.db.execute("SELECT * FROM versions")),
                                 reference_bands(reference))


def test_forgotten_stories_match_nothing_and_leave_the_runs_at_a_full_merge(tmp_path, seed=3):
    stream = story_stream(seed, 200)
    reference = ReferenceGroups()
    with closing(VersionGroups.open(_folder(tmp_path, "runs"))) as groups:
        batches = split(stream, random.Random(seed))
        for n, batch in enumerate(batches):
            expected = [reference.assign(story, when) for story, when in batch]
            assert groups.assign_many([s for s, _ in batch], [w for _, w in batch]) == expected
            if n % 5 == 4:  # some stories leave the index
                gone = sorted({s.id for s, _ in stream[:len(batch) * n]})[n % 3::4]
                for story_id in gone:
                    reference.forget(story_id)
                reference.db.commit()
                groups.forget(gone)
                assert stored(groups) == (sorted(reference.db.execute("SELECT * FROM versions")),
                                          reference_bands(reference))
        entries = groups.db.execute("SELECT sum(size) FROM version_runs").fetchone()[0]
        assert entries >= len(stored(groups)[1]), "no live entry is lost"
        # A batch as large as all before: everything is merged into one run, which
        # drops the entries of stories that are gone.
        groups.assign_many([Story(id=f"z{n}", title="", body=random_text(random.Random(n), 30))
                            for n in range(len(stream))])
        assert groups.db.execute("SELECT count(*) FROM version_runs").fetchone()[0] == 1
        assert groups.db.execute("SELECT sum(size) FROM version_runs").fetchone()[0] \
            == len(stored(groups)[1])

def test_runs_past_the_merge_limit_are_kept_apart_and_still_found(tmp_path, monkeypatch):
    stream = story_stream(7, 250)
    reference = ReferenceGroups()
    expected = [reference.assign(story, when) for story, when in stream]
    monkeypatch.setattr(versions, "MAX_MERGE_ENTRIES", 300)  # about ten stories
    with closing(VersionGroups.open(_folder(tmp_path, "capped"))) as groups:
        got = []
        for start in range(0, len(stream), 5):  # a run of at most 5 * BANDS entries
            batch = stream[start:start + 5]
            got += groups.assign_many([s for s, _ in batch], [w for _, w in batch])
            sizes = [size for (size,) in groups.db.execute("SELECT size FROM version_runs")]
            assert max(sizes) <= 300
            # Runs that no longer merge are read when needed, not kept: memory is bounded.
            assert sum(len(keys) for keys, _ in groups._runs.values()) <= 2 * 300
        assert got == expected
        assert len(sizes) > 5
        assert stored(groups)[1] == reference_bands(reference)


def test_keys_alike_in_their_low_bits_are_told_apart_by_the_whole_key(tmp_path, monkeypatch):
    """Runs keep 32 bits of each key; stories they give are checked against whole keys.
    With 3 bits kept, nearly every story is a candidate of every other: same groups."""
    stream = story_stream(8, 150)
    reference = ReferenceGroups()
    expected = [reference.assign(story, when) for story, when in stream]
    monkeypatch.setattr(versions, "_low_bits",
                        lambda keys: (np.fromiter(keys, np.int64, len(keys)) & 7).astype(
                            versions.KEY))
    with closing(VersionGroups.open(_folder(tmp_path, "narrow"))) as groups:
        got = []
        for batch in split(stream, random.Random(8)):
            got += groups.assign_many([s for s, _ in batch], [w for _, w in batch])
    assert got == expected
