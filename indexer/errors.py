"""Library exceptions. The CLI maps them to exit codes; nothing here knows about click."""


class WireError(Exception):
    """Base class for errors the user should see as one clear message."""
    exit_code = 1


class ReadError(WireError):
    """A source file cannot be read or holds no story (the message names the file)."""


class NoIndexError(WireError):
    """There is no index where one was expected."""


class IndexLockedError(WireError):
    """Another process holds the index's write lock."""
    exit_code = 75  # EX_TEMPFAIL: try again later


class SchemaVersionError(WireError):
    """The index was written by an incompatible version of the schema."""


class QueryError(WireError):
    """The query or a filter cannot be understood (a usage error)."""
    exit_code = 2


def fail(label: str, reason: str) -> ReadError:
    """A ReadError for one file or part; ``.path`` and ``.reason`` keep the pieces apart.

    >>> e = fail("feed.jsonl#2", "not valid JSON")
    >>> str(e), e.path, e.reason
    ('feed.jsonl#2: not valid JSON', 'feed.jsonl#2', 'not valid JSON')
    """
    err = ReadError(f"{label}: {reason}")
    err.path, err.reason = label, reason
    return err
