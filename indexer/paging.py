"""Result order and paging: matching documents + sort -> one deterministic order -> one page.

Every sort ends in the story id, so two stories with the same score or the same date never
swap places between runs. A cursor names the last hit of a page by its sort key and id; the
next page starts right after that key, so walking a result set page by page gives every match
once and in order, however deep, and even when stories are added or removed in between.

Nothing here knows Whoosh: the caller passes ``(primary key, docnum)`` pairs and a function
that gives the id of a document.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import heapq
import itertools
import json
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from .errors import QueryError

#: Bump when the cursor's content changes; an old cursor then gives a clear usage error.
CURSOR_VERSION = 1
#: Whoosh's column value for a story with no ``published`` date (the largest uint64).
UNDATED = 2 ** 64 - 1

Key = tuple


def primary_key(sort: str, score: float | None, published: int | None) -> Key:
    """The sort key before the id tie-break; smaller comes first.

    Undated stories come last in both date orders (neither newest nor oldest).

    >>> primary_key("relevance", 2.5, None)
    (-2.5,)
    >>> primary_key("newest", None, 100) < primary_key("newest", None, 50) < primary_key("newest", None, UNDATED)
    True
    >>> primary_key("oldest", None, 50) < primary_key("oldest", None, 100) < primary_key("oldest", None, UNDATED)
    True
    """
    if sort == "relevance":
        return (-float(score or 0.0),)
    if published is None or published == UNDATED:
        return (1, 0)
    return (0, -published if sort == "newest" else published)


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: after the hit with this sort key and id, in this search."""
    sort: str
    key: Key
    id: str
    search: str  # fingerprint of the query, filters and sort the cursor was made by

    def encode(self) -> str:
        """Opaque, URL- and shell-safe text.

        >>> c = Cursor("newest", (0, -5), "abc", "f00d")
        >>> Cursor.decode(c.encode()) == c
        True
        """
        data = json.dumps([CURSOR_VERSION, self.sort, list(self.key), self.id, self.search],
                          separators=(",", ":"))
        return base64.urlsafe_b64encode(data.encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, text: str) -> "Cursor":
        """Read a cursor; anything that is not one of ours is a QueryError.

        >>> Cursor.decode("bm90IGEgY3Vyc29y")
        Traceback (most recent call last):
        ...
        indexer.errors.QueryError: --after 'bm90IGEgY3Vyc29y' is not a cursor (use the next_cursor of a --format json search)
        """
        try:
            raw = base64.urlsafe_b64decode(text.strip() + "=" * (-len(text.strip()) % 4))
            version, sort, key, story_id, search = json.loads(raw)
            if version != CURSOR_VERSION:
                raise QueryError("--after: the cursor comes from another version of wire; "
                                 "start the walk again without --after")
            if not (isinstance(sort, str) and isinstance(story_id, str) and isinstance(search, str)
                    and isinstance(key, list)
                    and all(isinstance(k, (int, float)) and not isinstance(k, bool) for k in key)):
                raise ValueError
        except QueryError:
            raise
        except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
            raise QueryError(f"--after {text!r} is not a cursor "
                             "(use the next_cursor of a --format json search)") from None
        return cls(sort, tuple(key), story_id, search)


def fingerprint(text: str, filters, sort: str) -> str:
    """A short digest of what was searched, so a cursor is not used with another search.

    >>> fingerprint("a", None, "newest") == fingerprint("a", None, "newest") != fingerprint("b", None, "newest")
    True
    """
    data = json.dumps([" ".join((text or "").split()), repr(filters), sort])
    return hashlib.sha1(data.encode()).hexdigest()[:12]


def check_cursor(cursor: Cursor, sort: str, search: str) -> None:
    if cursor.sort != sort or cursor.search != search:
        raise QueryError("--after: the cursor belongs to another search; give the same query, "
                         "filters and --sort as the search that printed it")


def take_page(entries: Iterable[tuple[Key, int]], ids: Callable[[Sequence[int]], dict[int, str]],
              *, after: Cursor | None = None, offset: int = 0,
              limit: int | None = None) -> tuple[list[tuple[Key, str, int]], bool]:
    """The ``(key, id, docnum)`` of one page in final order, and whether more hits follow.

    Only the groups of equal keys that the page touches are ordered by id, so ``ids`` is
    asked for few documents however large the result set is.

    >>> names = {1: "b", 2: "a", 3: "c", 4: "d"}
    >>> lookup = lambda docs: {d: names[d] for d in docs}
    >>> entries = [((-1.0,), 1), ((-1.0,), 2), ((-2.0,), 3), ((-0.5,), 4)]
    >>> [i for _, i, _ in take_page(entries, lookup)[0]]
    ['c', 'a', 'b', 'd']
    >>> page, more = take_page(entries, lookup, offset=1, limit=2)
    >>> [i for _, i, _ in page], more
    (['a', 'b'], True)
    >>> page, more = take_page(entries, lookup, after=Cursor("relevance", (-1.0,), "a", ""))
    >>> [i for _, i, _ in page], more
    (['b', 'd'], False)
    """
    ordered = sorted(reachable(entries, after=after, offset=offset, limit=limit))
    page: list[tuple[Key, str, int]] = []
    skip = offset
    more = False
    for key, group in itertools.groupby(ordered, key=lambda e: e[0]):
        docs = [docnum for _, docnum in group]
        if after is not None and key < after.key:
            continue
        if limit is not None and len(page) >= limit:
            more = True
            break
        if after is None or key != after.key:
            if skip >= len(docs):
                skip -= len(docs)  # wholly before the page: no need to know its ids
                continue
        named = ids(docs)
        members = sorted((named[d], d) for d in docs)
        if after is not None and key == after.key:
            members = [(i, d) for i, d in members if i > after.id]
        if skip:
            dropped = min(skip, len(members))
            members, skip = members[dropped:], skip - dropped
        room = len(members) if limit is None else limit - len(page)
        page.extend((key, i, d) for i, d in members[:room])
        if len(members) > room:
            more = True
            break
    return page, more


def reachable(entries: Iterable[tuple[Key, int]], *, after: Cursor | None = None,
              offset: int = 0, limit: int | None = None) -> list[tuple[Key, int]]:
    """The entries a page can reach: the first ``offset + limit + 1`` in key order (one
    more than the page, to tell whether more follow), with every entry that ties with
    the last of them, and never anything before the cursor's key.

    Sorting every match to show ten is most of the work of a broad search; picking the
    few smallest is linear. Ties at the edge are kept whole because their order is
    decided by id, which the caller looks up only for the groups a page touches.

    >>> entries = [((-1.0,), 1), ((-1.0,), 2), ((-2.0,), 3), ((-0.5,), 4)]
    >>> sorted(reachable(entries, limit=1))
    [((-2.0,), 3), ((-1.0,), 1), ((-1.0,), 2)]
    >>> reachable(entries, after=Cursor("relevance", (-1.0,), "a", ""), limit=0)
    [((-1.0,), 1), ((-1.0,), 2), ((-0.5,), 4)]
    """
    entries = list(entries)
    if limit is None:
        return entries
    if after is not None:
        entries = [e for e in entries if e[0] >= after.key]
        reach = limit + 1 + sum(1 for e in entries if e[0] == after.key)
    else:
        reach = offset + limit + 1
    if len(entries) <= reach:
        return entries
    edge = heapq.nsmallest(reach, entries)[-1][0]
    return [e for e in entries if e[0] <= edge]


#: The largest int64: the array form of an undated story's key (it sorts after every date).
_LAST = 2 ** 63 - 1


def key_array(np, sort: str, scores=None, published=None):
    """primary_key of many stories as one numpy array with the same order: -score for
    relevance; for the date orders -published or published, and _LAST when undated."""
    if sort == "relevance":
        return -scores
    undated = published == UNDATED
    dated = published.astype(np.int64)
    return np.where(undated, _LAST, -dated if sort == "newest" else dated)


def array_key(sort: str, value) -> Key:
    """One value of key_array back to primary_key's tuple.

    >>> array_key("newest", -5), array_key("oldest", _LAST), array_key("relevance", -2.5)
    ((0, -5), (1, 0), (-2.5,))
    """
    if sort == "relevance":
        return (float(value),)
    return (1, 0) if value == _LAST else (0, int(value))


def key_value(sort: str, key: Key):
    """A cursor's key as a value of key_array, or None for a key key_array never gives."""
    if sort == "relevance":
        return float(key[0]) if len(key) == 1 else None
    if key == (1, 0):
        return _LAST
    if len(key) == 2 and key[0] == 0 and isinstance(key[1], int):
        return key[1]
    return None


def reachable_array(np, keys, *, after_value=None, offset: int = 0, limit: int | None = None):
    """reachable() over key_array values: the positions of the entries a page can reach
    (every entry tied with the last of them included), found without sorting them all."""
    positions = np.arange(len(keys)) if after_value is None else np.flatnonzero(keys >= after_value)
    if limit is None:
        return positions
    if after_value is not None:
        reach = limit + 1 + int(np.count_nonzero(keys[positions] == after_value))
    else:
        reach = offset + limit + 1
    if len(positions) <= reach:
        return positions
    candidates = keys[positions]
    edge = np.partition(candidates, reach - 1)[reach - 1]
    return positions[candidates <= edge]
