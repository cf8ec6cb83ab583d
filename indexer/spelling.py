"""Term bytes from the index's tables -> sorted words with story counts (did-you-mean).

The spelling list holds those of every first letter in one file, written by a run that
changes the index and read by searches.
"""
from __future__ import annotations

import json
import os


def term_rows(np, spans):
    """query._term_spans' keys as one array of fixed-width bytes (``S<longest>``, NUL-padded:
    sorted as the keys sort) and their doc frequencies; None if a key holds a NUL."""
    data, starts, ends, freqs = spans
    if not len(starts):
        return np.zeros(0, dtype="S1"), freqs
    raw = np.frombuffer(data, dtype=np.uint8)
    width = int((ends - starts).max())
    at = starts[:, None] + np.arange(width)
    inside = at < ends[:, None]
    rows = np.where(inside, raw[np.minimum(at, len(raw) - 1)], 0).astype(np.uint8)
    if (rows[inside] == 0).any():
        return None
    return np.ascontiguousarray(rows).view(f"S{width}").ravel(), freqs


def merge_rows(np, rows: list, freqs: list) -> tuple:
    """The distinct words of ``rows`` (term_rows' arrays, one a term table) ascending
    (``S<longest>``), and the sum of each one's ``freqs`` (int64). Their bytes are laid
    side by side and merged with np.unique, no Python object made for a term before it
    is known distinct."""
    if not rows:
        return np.zeros(0, dtype="S1"), np.zeros(0, dtype=np.int64)
    width = max(r.dtype.itemsize for r in rows)
    distinct, where = np.unique(np.concatenate([r.astype(f"S{width}") for r in rows]),
                                return_inverse=True)
    totals = np.bincount(where.ravel(), weights=np.concatenate(freqs), minlength=len(distinct))
    return distinct, totals.astype(np.int64)


# -- the spelling list ---------------------------------------------------------------------
#
# A first correction in a first letter merged that letter's terms from every segment's
# tables (three fields a segment: 11-20 ms a letter on 100,000 stories, and a fresh
# process pays it at each search with a typo). A run that changes the index writes the
# merged terms of query.SPELL_FIELDS, of every first letter, into the index folder; a search
# takes a letter's words from it when it was written for the segments the search sees.

# The list (index.SPELLING_NAME) is an .npz of ``words`` (S, ascending), ``counts``
# (their stories, summed over the fields: what query._merged_terms gives) and ``state``
# (JSON of the segments it was made from, see query._spelling_state).

#: Where it is written before it replaces the last one (a hidden name: index folders
#: hold nothing else, see recovery.is_index_entry).
SPELLING_TEMP = ".wire-spelling.tmp"


def join_rows(np, words: list, counts: list) -> tuple:
    """merge_rows' arrays of successive first letters -> one pair of arrays, in order."""
    width = max((w.dtype.itemsize for w in words), default=1)
    words = np.concatenate([w.astype(f"S{width}") for w in words]) if words \
        else np.zeros(0, dtype="S1")
    counts = np.concatenate(counts) if counts else np.zeros(0, dtype=np.int64)
    return words, counts


def write_list(np, path: str, words, counts, state: dict) -> None:
    """Write the spelling list of ``state`` at ``path``: ``words`` and ``counts`` (join_rows,
    add_rows), through a hidden file beside it (SPELLING_TEMP)."""
    temp = os.path.join(os.path.dirname(path), SPELLING_TEMP)
    with open(temp, "wb") as out:
        np.savez(out, words=words, counts=counts, state=np.array(json.dumps(state)))
    os.replace(temp, path)


def read_list(np, path: str, state: dict) -> tuple | None:
    """``(words, counts)`` of the spelling list at ``path`` if it was made for ``state``;
    None for another state, or no list, or one that cannot be read."""
    saved = read_saved(np, path)
    if saved is None or saved[2] != state:
        return None
    return saved[:2]


def read_saved(np, path: str) -> tuple | None:
    """``(words, counts, state)`` of the spelling list at ``path``, whatever its state;
    None for no list, or one that cannot be read."""
    import zipfile  # not at the top: a search without a correction never needs it
    try:
        with np.load(path) as data:
            state = json.loads(data["state"].item())
            words, counts = data["words"], data["counts"]
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
        return None
    if words.dtype.kind != "S" or counts.shape != words.shape or not isinstance(state, dict):
        return None
    return words, counts, state


def add_rows(np, words, counts, more, more_counts) -> tuple:
    """merge_rows of a merged list (``words`` ascending, distinct, and ``counts``) and
    another (``more``, ``more_counts``), without sorting the first again: each of
    ``more`` is found in ``words`` by binary search, its count added or the word put
    in its place. A run adding a segment to 100,000 stories merged ~1.2 million words
    again (1.7 s) for the few thousand the segment brings."""
    width = max(words.dtype.itemsize, more.dtype.itemsize)
    words, more = words.astype(f"S{width}", copy=False), more.astype(f"S{width}", copy=False)
    counts = counts.astype(np.int64)  # a copy: the caller's array is left as it was
    at = np.searchsorted(words, more)
    found = np.zeros(len(more), dtype=bool)
    inside = at < len(words)
    found[inside] = words[at[inside]] == more[inside]
    counts[at[found]] += more_counts[found]  # distinct words: each place at most once
    new = ~found
    return (np.insert(words, at[new], more[new]),
            np.insert(counts, at[new], more_counts[new].astype(np.int64)))


def words_with_prefix(np, words, counts, prefix: bytes) -> tuple | None:
    """The words of a spelling list (read_list's arrays) that start with ``prefix``
    and their counts, as lists; None for a prefix it cannot bound (empty, or ending in
    byte 0xFF)."""
    if not prefix or prefix[-1] == 0xFF:
        return None
    low, high = np.searchsorted(words, [prefix, prefix[:-1] + bytes((prefix[-1] + 1,))])
    return words[low:high].tolist(), counts[low:high].tolist()
