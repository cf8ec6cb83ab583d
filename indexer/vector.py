"""The numpy side of searching: no Whoosh here (query.py reads the index and hands over
plain values).

- PostingsCache: decoded posting lists kept by a long-running process, within a budget;
- decode_positions, decode_places: many Whoosh position values decoded at once;
  places_in, held_in: the places of some documents, and those another word holds;
- nothing, only, intersected, array_union: a segment's matches and scores as arrays (a
  flag and a score a document), combined as Whoosh's matchers combine them;
- VersionArrays: each story's version group, to collapse matches into stories;
- edit_distances: Damerau-Levenshtein distances of one word to many, for did-you-mean.

numpy is passed in (``np``) rather than imported: a fresh ``wire search`` for a narrow
word never loads it.
"""
from __future__ import annotations

import pickle
import struct
import threading

from .paging import UNDATED

#: The big-endian count that starts a position value (Whoosh's pack_uint).
_COUNT_SIZE = struct.calcsize("!I")


class PostingsCache:
    """Keys naming a term's list in one segment -> a tuple of numpy arrays decoded from
    it (ids, weights and block table; or ids, counts and positions), least recently
    used out first once ``budget`` bytes are held. Segment files are never rewritten, so
    an entry stays true while its segment lives; the segment's deletions are applied
    after (Whoosh's FilterMatcher over them)."""

    def __init__(self, budget: int):
        self.budget, self.used, self.entries = budget, 0, {}
        self.lock = threading.Lock()  # threads may search one index object at once

    def get(self, key):
        with self.lock:
            value = self.entries.pop(key, None)
            if value is not None:
                self.entries[key] = value  # now the most recent
            return value

    def put(self, key, value) -> None:
        size = _entry_bytes(value)
        if size > self.budget:
            return
        with self.lock:
            if key in self.entries:
                return
            while self.used + size > self.budget:
                old = self.entries.pop(next(iter(self.entries)))
                self.used -= _entry_bytes(old)
            self.entries[key] = value
            self.used += size


#: What an entry of PostingsCache holds besides its arrays' data (the arrays, the tuple,
#: the key and its place in the dict), counted against the budget: a short list's
#: entry is mostly this.
ENTRY_OVERHEAD = 400


def _entry_bytes(value) -> int:
    return ENTRY_OVERHEAD + sum(a.nbytes for a in value)


def decode_positions(np, values):
    """Positions.decode_positions of many values at once: ``(counts, positions)``.

    A value is a big-endian count, then the pickled position deltas: wire's bytes object
    (``C<n>`` and a byte a delta, then ``.``), or a protocol 2 list (Whoosh's writer may
    leave off the final STOP): ``\\x80\\x02]q\\x00(``, a ``K<byte>`` per delta below 256
    (Whoosh) or an ``M<2 bytes>`` per delta (wire, when one is 256 or more), ``e.``; or
    ``\\x80\\x02]q\\x00K<byte>a.`` for one. Those are read with numpy from the joined
    bytes; others are unpickled one by one. ``values``: a list of bytes, or pack_values'
    arrays.
    """
    if not value_count(values):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int32)
    counts, ends, deltas = _position_deltas(np, values)
    running = np.cumsum(deltas, dtype=np.int64)
    running -= np.repeat(np.concatenate([[0], running[ends[:-1] - 1]]), counts)
    return counts, running.astype(np.int32)


def decode_places(np, docnums, values):
    """Each position of ``values`` (the postings of ``docnums``, ascending; a list of
    bytes or pack_values' arrays) as one int64: its document in the high 32 bits, the
    position in the low ones; ascending. What ``(np.repeat(docnums, counts) << 32) +
    positions`` gives from decode_positions, with one running sum, in place: each
    value's first delta is taken from the previous value's last place instead of from 0."""
    if not value_count(values):
        return np.zeros(0, dtype=np.int64)
    counts, ends, deltas = _position_deltas(np, values)
    if not counts.all():  # a posting without positions: no first delta to carry it
        counts, positions = decode_positions(np, values)
        return (np.repeat(np.asarray(docnums, dtype=np.int64), counts) << 32) + positions
    # _position_deltas' arrays are its own: an int64 one is changed in place
    steps = deltas.astype(np.int64, copy=False)
    begins = ends - counts
    docs = np.asarray(docnums, dtype=np.int64) << 32
    sums = np.add.reduceat(steps, begins)  # each value's last position
    steps[begins[1:]] += docs[1:] - (docs[:-1] + sums[:-1])
    steps[0] += docs[0]
    return np.cumsum(steps, out=steps)


def pack_values(np, values: list) -> tuple:
    """Encoded values as arrays, ``(data, starts, lengths)``: every value's bytes one
    after another (uint8), where each starts and its length. The values a phrase wants
    of a common word's are taken from them with array operations (take_values), and a
    cache entry holds them in ~1.3 bytes a position, against 8 decoded."""
    lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
    return (np.frombuffer(b"".join(values), dtype=np.uint8), np.cumsum(lengths) - lengths,
            lengths)


def take_values(np, packed: tuple, indexes) -> tuple:
    """The values at ``indexes`` (ascending) of pack_values' arrays, packed on their
    own."""
    data, starts, lengths = packed
    lengths = lengths[indexes]
    return data[ranges(np, starts[indexes], lengths)], np.cumsum(lengths) - lengths, lengths


def ranges(np, firsts, lengths):
    """Every index of the ranges from ``firsts[i]``, ``lengths[i]`` long, one range after
    another: a running sum of ones, each range's first step jumping to its start."""
    firsts = np.asarray(firsts, dtype=np.int64)
    lengths = np.asarray(lengths, dtype=np.int64)
    kept = lengths > 0
    firsts, lengths = firsts[kept], lengths[kept]
    total = int(lengths.sum())
    if not total:
        return np.zeros(0, dtype=np.int64)
    steps = np.ones(total, dtype=np.int64)
    begins = np.cumsum(lengths) - lengths
    steps[0] = firsts[0]
    steps[begins[1:]] = firsts[1:] - (firsts[:-1] + lengths[:-1] - 1)
    return np.cumsum(steps, out=steps)


def value_count(values) -> int:
    """How many values: a list of bytes, or pack_values' arrays."""
    return len(values[1]) if isinstance(values, tuple) else len(values)


def places_in(np, places, docnums):
    """The places (decode_places' kind) of the documents ``docnums`` (ascending)."""
    docs = np.asarray(docnums, dtype=np.int64) << 32
    lo = np.searchsorted(places, docs)
    hi = np.searchsorted(places, docs + (1 << 32))
    return places[ranges(np, lo, hi - lo)]


#: Looking places up one by one (a binary search each) beats merging the two sorted
#: arrays when the other holds more than this many times as many.
MERGE_SHARE = 8


def held_in(np, wanted, other):
    """The values of ``wanted`` that ``other`` holds (both ascending, without repeats).

    Two common words of a phrase have places in most stories: a binary search for each
    of a million places jumps about memory, where sorting the two arrays together (a
    stable sort merges two sorted runs in one pass) and keeping the values met twice
    takes half the time (a million places in 800,000: 14.6 -> 6.9 ms; "ba la" warm on
    100,000 stories: 38-46 -> 30-32 ms)."""
    if len(other) > MERGE_SHARE * len(wanted):
        found = np.minimum(np.searchsorted(other, wanted), len(other) - 1)
        return wanted[other[found] == wanted]
    both = np.concatenate((wanted, other))
    both.sort(kind="stable")
    return both[:-1][both[1:] == both[:-1]]


def _position_deltas(np, values):
    """``(counts, ends, deltas)`` of position values (see decode_positions): each value's
    count, where its deltas end in ``deltas`` (a running sum of the counts), and every
    delta, one value after another (uint8 when all are one byte, else wider); arrays of
    its own, which the caller may change.

    Three layouts are read with numpy from the joined bytes: wire's (index/w3.py), the
    deltas as pickled bytes, ``C<n>`` or ``B<n: 4 bytes>`` then one byte a delta, then
    ``.``; a protocol 2 list of ``K<byte>`` opcodes (Whoosh's, see decode_positions); and
    one of ``M<2 bytes>`` opcodes (wire's for a delta of 256 or more). Any other value
    is unpickled."""
    data, starts, lengths = values if isinstance(values, tuple) else pack_values(np, values)
    last = len(data) - 1

    def byte(offsets):
        return data[np.minimum(offsets, last)].astype(np.int64)

    def value(index: int) -> bytes:
        return data[starts[index]:starts[index] + lengths[index]].tobytes()

    counts = (byte(starts) << 24) | (byte(starts + 1) << 16) | (byte(starts + 2) << 8) \
        | byte(starts + 3)
    stop = byte(starts + lengths - 1) == ord(".")
    h = starts + _COUNT_SIZE
    opcode = byte(h)
    short = (opcode == ord("C")) & (byte(h + 1) == counts) & (lengths == _COUNT_SIZE + 3 + counts)
    long = (opcode == ord("B")) & (lengths == _COUNT_SIZE + 6 + counts) & (
        (byte(h + 1) | (byte(h + 2) << 8) | (byte(h + 3) << 16) | (byte(h + 4) << 24)) == counts)
    ends = np.cumsum(counts)
    total = int(ends[-1])
    # Wire's layout (nearly every value of an index it wrote): each value's deltas are
    # one run of bytes, taken in one pass over the data.
    runs = (counts > 0) & stop & (short | long)
    rest = np.flatnonzero(~runs)
    in_runs = data[_run_bytes(np, len(data), starts, lengths, short, long, runs, counts, rest)]
    if not len(rest):
        return counts, ends, in_runs
    if len(rest) * SPLICE_POSITIONS <= total:
        return counts, ends, _spliced(np, value, counts, ends, runs, in_runs, rest)
    # The others, as lists: from each value's first delta, every second (K) or third
    # (M) byte, its opcode before it. Offsets in a value of no layout are meaningless,
    # and only kept inside the data.
    counts_rest, h_rest, one = counts[rest], h[rest], counts[rest] == 1
    first = h_rest + np.where(one, 5, 6)  # the first opcode
    wide = byte(first) == ord("M")
    stride = np.where(wide, 3, 2)
    listed = ((counts_rest > 0)
              & (lengths[rest] == _COUNT_SIZE + np.where(one, 6, 7) + stride * counts_rest
                 + stop[rest])
              & (byte(h_rest) == 0x80) & (byte(h_rest + 1) == 2) & (byte(h_rest + 2) == ord("]"))
              & (byte(h_rest + 3) == ord("q")) & (byte(h_rest + 4) == 0)
              & (one | (byte(h_rest + 5) == ord("("))))
    ends_rest = np.cumsum(counts_rest)
    at = np.repeat(first + 1 - stride * (ends_rest - counts_rest), counts_rest)
    at += np.repeat(stride, counts_rest) * np.arange(int(ends_rest[-1]))
    np.clip(at, 1, max(last - 1, 1), out=at)
    wide_at = np.repeat(wide, counts_rest)
    expected = np.where(wide_at, ord("M"), ord("K"))
    odd = np.flatnonzero(data[at - 1] != expected)
    listed[np.searchsorted(ends_rest, odd, side="right")] = False
    found = data[at].astype(np.uint16)
    if wide.any():
        found |= (data[at + 1].astype(np.uint16) << 8) * wide_at
        deltas = np.empty(total, dtype=np.uint16)
    else:
        deltas = np.empty(total, dtype=np.uint8)
    placed = np.repeat(runs, counts)
    deltas[placed] = in_runs
    deltas[~placed] = found
    slow = rest[~listed].tolist()
    if slow:  # other values: as Whoosh reads them
        deltas = deltas.astype(np.int64)
        begins = ends - counts
        for index in slow:
            deltas[begins[index]:ends[index]] = _unpickled(value(index), counts[index])
    return counts, ends, deltas


def _run_bytes(np, size: int, starts, lengths, short, long, runs, counts, rest):
    """A flag per byte of the joined values: is it a delta of a value in wire's layout
    (``runs``)? Its values' few other bytes (count, opcode and length before the deltas,
    the STOP after) and every byte of the ``rest`` are cleared in a mask of ones: a
    running sum over every byte (marking where runs start and end) cost twice as much."""
    if len(rest) > SPLICE_MASK_VALUES:  # many values of other layouts: mark the runs
        starts_at = np.where(short, starts + _COUNT_SIZE + 2, starts + _COUNT_SIZE + 5)[runs]
        marks = np.zeros(size + 1, dtype=np.int8)
        marks[starts_at] = 1
        marks[starts_at + counts[runs]] = -1
        return np.cumsum(marks[:-1], dtype=np.int8).view(bool)
    keep = np.ones(size, dtype=bool)
    for kind, head in ((short & runs, _COUNT_SIZE + 2), (long & runs, _COUNT_SIZE + 5)):
        first = starts[kind]
        if len(first):
            keep[(first[:, None] + np.arange(head)).ravel()] = False
            keep[first + head + counts[kind]] = False  # the STOP
    for first, length in zip(starts[rest].tolist(), lengths[rest].tolist()):
        keep[first:first + length] = False
    return keep


def _unpickled(value: bytes, count: int) -> list:
    """A position value's deltas, as Whoosh reads them (its writer may leave off the
    final STOP)."""
    codes = pickle.loads(value[_COUNT_SIZE:] if value[-1:] == b"." else
                         value[_COUNT_SIZE:] + b".")
    if len(codes) != count:
        raise ValueError("a position list whose length is not its count")
    return list(codes)


#: Up to this many values of other layouts in a list, their bytes are cleared one value
#: at a time from _run_bytes' mask (a few hundred nanoseconds each).
SPLICE_MASK_VALUES = 2048

#: A value not in wire's runs of bytes is unpickled alone (a few microseconds) when a
#: list holds at least this many positions for each such value; otherwise they all go
#: through the list path (K and M opcodes), whose masks over every delta cost a few
#: nanoseconds a position.
SPLICE_POSITIONS = 512


def _spliced(np, value, counts, ends, runs, in_runs, odd):
    """The deltas of every value (int64): the runs of bytes of wire's layout
    (``in_runs``, one value after another) with the ``odd`` values (not in it: a list,
    for a delta of 256 or more, or a layout of Whoosh's; ``value(i)`` gives value i's
    bytes) unpickled and put in their places, copied into one array slice by slice."""
    out = np.empty(int(ends[-1]), dtype=np.int64)
    in_run = np.where(runs, counts, 0)
    run_before = (np.cumsum(in_run) - in_run)[odd].tolist()
    done = taken = 0  # deltas placed; deltas of in_runs placed
    for index, before, end, count in zip(odd.tolist(), run_before, ends[odd].tolist(),
                                         counts[odd].tolist()):
        begin = end - count
        out[done:begin] = in_runs[taken:before]
        out[begin:end] = _unpickled(value(index), count)
        done, taken = end, before
    out[done:] = in_runs[taken:]
    return out


def nothing(np, count, lengths):
    """query._dense of a NullMatcher: nothing matches (and every score is 0.0)."""
    return np.zeros(count, dtype=bool), (np.zeros(count) if lengths is not None else None)


def intersected(np, parts: list, scored: bool) -> tuple:
    """make_binary_tree(IntersectionMatcher, ...) of ``parts``, its sums in its order."""
    if len(parts) == 1:
        return parts[0]
    half = len(parts) // 2
    (pa, sa), (pb, sb) = intersected(np, parts[:half], scored), \
        intersected(np, parts[half:], scored)
    both = pa & pb
    return both, (only(np, both, sa + sb) if scored else None)


def array_union(np, parts, count, boost, scored):
    """ArrayUnionMatcher's matches and scores: a[i] += m.score() * boost, branch by
    branch, keeping a document whose sum is above 0 (every one, unscored)."""
    present, scores = np.zeros(count, dtype=bool), np.zeros(count)
    for part_present, part_scores in parts:
        present |= part_present
        if scored:
            scores = scores + part_scores * boost
    if not scored:
        return present, None
    present &= scores > 0
    return present, only(np, present, scores)


def only(np, present, scores):
    """The scores of the matching documents, 0.0 elsewhere: what every array pair keeps,
    so that a union adding a branch's scores adds nothing for what it does not match
    (an AND or a phrase leaves the sum of its words where it does not match)."""
    return np.where(present, scores, 0.0)


class VersionArrays:
    """VersionState as arrays: each document's group (-1: a story with one version, -2:
    no version key) and each group's newest version (collapse_versions' choice)."""

    def __init__(self, np, keys: list, members: dict, published):
        group = np.full(len(keys), -1, dtype=np.int64)
        empty = [docnum for docnum, key in enumerate(keys) if not key]
        group[empty] = -2
        newest = []
        for number, group_members in enumerate(members.values()):
            group[list(group_members)] = number
            newest.append(max(group_members, key=lambda d: (_published_value(published[d]), -d)))
        self.group = group
        self.newest = np.array(newest, dtype=np.int64)

    @classmethod
    def from_arrays(cls, group, newest) -> "VersionArrays":
        """The arrays as a version map file holds them (query.write_version_map)."""
        arrays = cls.__new__(cls)
        arrays.group, arrays.newest = group, newest
        return arrays

    def held(self, np, docnum: int) -> int | None:
        """How many documents (not deleted) share ``docnum``'s group; None for a
        document without a version key."""
        number = int(self.group[docnum])
        if number < 0:
            return 1 if number == -1 else None
        sizes = getattr(self, "_sizes", None)
        if sizes is None:
            group = self.group
            sizes = self._sizes = np.bincount(group[group >= 0], minlength=len(self.newest))
        return int(sizes[number])

    def collapse(self, np, docs, scores):
        """One ``(docnum, score)`` per story: a story with several versions as its newest
        version with its best matching score. None if a match has no version key."""
        group = self.group[docs]
        if (group == -2).any():
            return None
        single = group == -1
        if single.all():
            return docs, scores
        shared, place = np.unique(group[~single], return_inverse=True)
        out_docs = np.concatenate([docs[single], self.newest[shared]])
        if scores is None:
            return out_docs, None
        best = np.full(len(shared), -np.inf)
        np.maximum.at(best, place, scores[~single])
        return out_docs, np.concatenate([scores[single], best])


def _published_value(value: int) -> int:
    return -1 if value == UNDATED else value


def edit_distances(np, word: str, words: list[str]):
    """The Damerau-Levenshtein distance (optimal string alignment, what
    whoosh.support.levenshtein computes) of ``word`` to each of ``words``, as an array:
    the table filled cell by cell for every word at once."""
    n = len(words)
    lengths = np.fromiter(map(len, words), dtype=np.int64, count=n)
    width = int(lengths.max()) if n else 0
    codes = np.frombuffer("".join(words).encode("utf-32-le"), dtype=np.uint32)
    other = np.full((n, width + 1), -1, dtype=np.int64)  # a column of padding on the right
    row = np.repeat(np.arange(n), lengths)
    other[row, np.arange(len(codes)) - np.repeat(np.cumsum(lengths) - lengths, lengths)] = codes
    typed = [ord(c) for c in word]
    before, last = None, np.tile(np.arange(width + 1), (n, 1))
    for i, a in enumerate(typed, 1):
        here = np.empty_like(last)
        here[:, 0] = i
        same = other == a
        for j in range(1, width + 1):
            cell = np.minimum(np.minimum(last[:, j], here[:, j - 1]) + 1,
                              last[:, j - 1] + ~same[:, j - 1])
            if i > 1 and j > 1:  # a swap of two neighbours
                swap = same[:, j - 2] & (other[:, j - 1] == typed[i - 2]) & ~same[:, j - 1]
                cell = np.where(swap, np.minimum(cell, before[:, j - 2] + 1), cell)
            here[:, j] = cell
        before, last = last, here
    return last[np.arange(n), lengths] if len(typed) else lengths
