"""Story <-> Whoosh document: the fields a story is indexed with; its stored record back."""
from __future__ import annotations

from datetime import datetime, timezone

from ..schema import NAME_FIELDS, derived_fields
from ..story import DATE_FIELDS, FIELDS, Story


def version_of(versions, story: Story) -> str:
    """The story's version group, assigned now (see versions.py)."""
    return versions_of(versions, [story])[0]


def versions_of(versions, stories: list[Story]) -> list[str]:
    """The stories' version groups, assigned now, one after another (see versions.py)."""
    published = []
    for story in stories:
        when = to_utc(story.published)
        published.append(when.replace(tzinfo=timezone.utc).timestamp() if when else None)
    return versions.assign_many(stories, published)


def story_document(story: Story, file_key: str | None, version: str | None = None) -> dict:
    """The Whoosh document for a story (fields with no value are left out).

    ``version`` is its version group (see versions.py); alone, a story is its own group.
    """
    doc = {"id": story.id, "path": story.path or "", "record": story.to_dict(body=False),
           "version": version or story.id,
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
    doc.update(derived_fields(story))
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
