"""Matching documents -> one group per story (its versions shown once); the version map.

Groups come from every document's version key, or from the version map's arrays: a run
that changes the index writes them into a file that searches read.
"""
from __future__ import annotations

import json
import os
import sys
from array import array
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from .vector import VersionArrays


@dataclass
class VersionState:
    """Every document's version group, and the members of the groups with several.

    Built once per index state (its segments and their deletions) and kept: asking the
    index how many documents share each matching story's group cost one term lookup per
    segment per story, most of the time of a broad search.
    """
    keys: Sequence[bytes] | None  # docnum -> version key (b"" for none)
    members: dict | None  # key -> docnums not deleted, for keys held by two or more
    arrays: "VersionArrays | None" = None  # the same as arrays, once needed
    # (a state read from the index's version map has its arrays only, until a search
    # needs the keys)


def version_groups(keys: list, deleted: set) -> VersionState:
    """The VersionState of every document's version key (b"" for none) in docnum order,
    ``deleted`` naming the documents deleted."""
    # Nearly every story is its own single version: count in C, then place only the
    # few keys held twice.
    shared = {key for key, n in Counter(keys).items() if n > 1 and key}
    members: dict = {}
    for docnum, key in enumerate(keys):
        if key in shared and docnum not in deleted:
            members.setdefault(key, []).append(docnum)
    # A tuple of bytes, and tuples for the groups: kept for the index state, and Python's
    # garbage collector leaves tuples of bytes and ints out of its full collections.
    return VersionState(tuple(keys), {key: tuple(docs) for key, docs in members.items()
                                      if len(docs) > 1})


# A broad search needs every story's version group: built from the version column of
# every segment, ~45 ms a 100,000 stories in Python (half of a cold search's time on a
# million), and again in each process. A run that changes the index writes the groups as
# arrays into the index folder (index.VERSION_MAP_NAME); a search reads them, in a few
# milliseconds, when they were written for the segments and deletions it sees.

# The file: VERSION_MAP_HEAD, a line of JSON (the state, see query._state_id, and the
# arrays' lengths), then each document's group and each group's newest version as
# little-endian int32 (what vector.VersionArrays holds).
VERSION_MAP_HEAD = b"wire version map 1\n"
#: Where it is written before it replaces the last one (hidden, as spelling.SPELLING_TEMP).
VERSION_MAP_TEMP = ".wire-version-map.tmp"


def write_version_map(path: str, state_id: tuple, arrays: VersionArrays) -> None:
    """Write ``arrays`` at ``path`` as the version map of the index state ``state_id``
    (see above), through a hidden file beside it (VERSION_MAP_TEMP)."""
    folder = os.path.dirname(path)
    head = {"state": [list(entry) for entry in state_id], "documents": len(arrays.group),
            "groups": len(arrays.newest)}
    temp = os.path.join(folder, VERSION_MAP_TEMP)
    with open(temp, "wb") as out:
        out.write(VERSION_MAP_HEAD + json.dumps(head).encode("utf-8") + b"\n")
        out.write(arrays.group.astype("<i4").tobytes())
        out.write(arrays.newest.astype("<i4").tobytes())
    os.replace(temp, path)


def _map_values(path: str, state_id: tuple, doc_count: int) -> tuple | None:
    """``(data, start, documents, groups)`` of the version map file at ``path`` if it was
    written for ``state_id``, an index state of ``doc_count`` documents: its bytes, where
    its values start, and how many of each; None for another state, or no file, or one
    that cannot be read."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return None
    line_end = data.find(b"\n", len(VERSION_MAP_HEAD))
    if not data.startswith(VERSION_MAP_HEAD) or line_end < 0:
        return None
    try:
        head = json.loads(data[len(VERSION_MAP_HEAD):line_end])
        state, documents, groups = head["state"], int(head["documents"]), int(head["groups"])
    except (ValueError, KeyError, TypeError):
        return None
    if state != [list(entry) for entry in state_id] or documents != doc_count \
            or len(data) != line_end + 1 + 4 * (documents + groups):
        return None
    return data, line_end + 1, documents, groups


def read_version_map(path: str, state_id: tuple, doc_count: int) -> VersionArrays | None:
    """The VersionArrays of the version map file at ``path`` if it was written for
    ``state_id``, an index state of ``doc_count`` documents; None for another state, or
    no file, or one that cannot be read."""
    found = _map_values(path, state_id, doc_count)
    if found is None:
        return None
    data, start, documents, groups = found
    import numpy as np
    values = np.frombuffer(data, dtype="<i4", offset=start)
    group, newest = values[:documents], values[documents:].astype(np.int64)
    if len(newest) and (newest.min() < 0 or newest.max() >= documents) or \
            len(group) and (group.min() < -2 or group.max() >= groups):
        return None
    return VersionArrays.from_arrays(group, newest)


@dataclass
class VersionLists:
    """The version map's arrays as Python's own arrays (``array("i")``): what a search
    that has not loaded numpy collapses by (collapse_by_lists), read in ~1 ms where
    building the map from the index's version column took ~45 ms a 100,000 stories."""
    group: Sequence[int]
    newest: Sequence[int]


def read_version_lists(path: str, state_id: tuple, doc_count: int) -> VersionLists | None:
    """read_version_map without numpy."""
    found = _map_values(path, state_id, doc_count)
    values = array("i")
    if found is None or values.itemsize != 4:
        return None
    data, start, documents, groups = found
    values.frombytes(data[start:])
    if sys.byteorder != "little":
        values.byteswap()
    group, newest = values[:documents], values[documents:]
    if len(newest) and (min(newest) < 0 or max(newest) >= documents) or \
            len(group) and (min(group) < -2 or max(group) >= groups):
        return None
    return VersionLists(group, newest)


def newest_first(members: list, candidates: list[int], published) -> list:
    """A group's matches led by its newest version (one of ``candidates``, matching or
    not), which carries the group's best score."""
    if len(candidates) < 2:
        return members
    newest = max(candidates, key=lambda d: (published(d), -d))
    best = max(m[1] or 0.0 for m in members)
    return [(newest, best)] + [m for m in members if m[0] != newest]


def collapse_by_arrays(matches, arrays) -> list[list] | None:
    """query.collapse_versions from the version map's arrays (kept for the index state, as a
    broad search or the map file left them), where there are no keys: each match's group
    and each group's newest version, with no lookup in the index. None if a match has no
    version key."""
    np = sys.modules["numpy"]
    numbers = arrays.group[np.fromiter((m[0] for m in matches), dtype=np.int64,
                                       count=len(matches))].tolist()
    return _grouped(matches, numbers, arrays.newest)


def collapse_by_lists(matches, lists: VersionLists) -> list[list] | None:
    """collapse_by_arrays from VersionLists."""
    group = lists.group
    return _grouped(matches, [group[m[0]] for m in matches], lists.newest)


def _grouped(matches, numbers: list[int], newest) -> list[list] | None:
    """The groups of ``matches``, each match's group number given (-1: a story with one
    version, -2: no version key, when the answer is None) and each group's newest version."""
    if -2 in numbers:
        return None
    out, groups = [], {}
    for match, number in zip(matches, numbers):
        if number == -1:
            out.append([match])
        else:
            groups.setdefault(number, []).append(match)
    for number, members in groups.items():
        latest = int(newest[number])
        best = max(m[1] or 0.0 for m in members)
        out.append([(latest, best)] + [m for m in members if m[0] != latest])
    return out
