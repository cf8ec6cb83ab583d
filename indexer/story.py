"""The Story record: the contract between the parse stages, the index, JSON output and tests."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

#: Story field names, in the contract's order. The same names are used by the
#: Whoosh schema, JSON output, CLI options, golden files and the README.
FIELDS = ("id", "path", "title", "published", "updated", "agencies", "dateline",
          "cities", "region", "reporters", "editors", "translators", "photographers",
          "language", "source", "url", "body")
LIST_FIELDS = ("agencies", "cities", "reporters", "editors", "translators", "photographers")
PERSON_FIELDS = ("reporters", "editors", "translators", "photographers")
DATE_FIELDS = ("published", "updated")
#: What a search hit carries by default: the Story fields without the body, then its
#: relevance score (null when sorted by date), a snippet around the query words and how
#: many versions of the story the index holds.
HIT_FIELDS = tuple(f for f in FIELDS if f != "body") + ("score", "snippet", "versions")
#: Every field ``--fields`` can choose, the body included.
SELECTABLE_FIELDS = FIELDS + ("score", "snippet", "versions")
#: The version of the machine output (search and stats JSON, the Story and hit records,
#: cursors). Adding a key is not a change; renaming, removing or retyping one bumps it.
FORMAT_VERSION = 1


@dataclass
class Story:
    """One wire story. Dates are ISO 8601 strings (with an offset when the source
    names a zone); people, cities and agencies are lists of names as a reader writes them."""
    id: str = ""
    path: str = ""
    title: str | None = None
    published: str | None = None
    updated: str | None = None
    agencies: list[str] = field(default_factory=list)
    dateline: str | None = None
    cities: list[str] = field(default_factory=list)
    region: str | None = None
    reporters: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    translators: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    language: str | None = None
    source: str | None = None
    url: str | None = None
    body: str = ""

    def to_dict(self, *, body: bool = True) -> dict:
        """The record as plain JSON-ready data, keys in contract order.

        >>> Story(id="x", title="T").to_dict(body=False)["title"]
        'T'
        """
        # dataclasses.asdict, without its deep copy of every value (strings need none):
        # 14 -> 1.2 us, 0.7 % of building the index
        d = {name: getattr(self, name) for name in FIELDS if body or name != "body"}
        for name in LIST_FIELDS:
            d[name] = list(d[name])
        return d

    @classmethod
    def from_dict(cls, data: dict) -> "Story":
        """Build a Story from a dict, ignoring keys that are not Story fields."""
        return cls(**{k: v for k, v in data.items() if k in FIELDS})


def make_id(key: str) -> str:
    """A stable id from a story's source key (absolute path label, or content for stdin).

    >>> make_id("/tmp/a.txt") == make_id("/tmp/a.txt")
    True
    >>> len(make_id("/tmp/a.txt"))
    16
    """
    return hashlib.sha1(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]
