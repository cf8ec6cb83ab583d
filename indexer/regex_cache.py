"""The parser's regexes kept compiled between runs: ~1 s of every process that parses.

The parser compiles some 700 patterns when it is imported, many of them long word lists
(vocab.py's agencies, roles, boilerplate), and its HTML readers ~400 more when a page
comes: `re` spends 1-3 s on them in every `wire parse` or `wire index` process and in
each of its workers, more than parsing a hundred stories. `re` compiles in two steps:
parsing a pattern and generating its code, in Python (the cost), then `_sre.compile`,
which builds the Pattern object from that code in microseconds.

``load()`` (called by the parser's modules before their patterns) builds Pattern objects
from the code kept in the cache (indexer/cache.py's folder) and puts them into `re`'s own
cache, where every ``re.compile`` of the same pattern and flags then finds them; it also
raises that cache's size, which would otherwise drop the oldest of so many patterns. At
exit, if the process compiled at least MIN_NEW patterns the file lacked (or one long
one), the file is written again with them (their code generated once more, ~1-2 s, on a first run only).

This uses CPython's internals (``re._cache``, ``re._parser``, ``re._compiler._code`` and
``_sre.compile``, as ``re._compiler.compile`` calls them), which change between versions:
the file is named by the interpreter's exact version and `_sre`'s MAGIC, so one version
never reads another's code, and where the internals are not what this expects (another
version, another implementation) nothing is cached and ``re`` compiles as usual.
Everything read is checked on the way; any failure means "compile as usual".
"""
from __future__ import annotations

import atexit
import re
import sys

#: re's cache size while the parser runs: every pattern it compiles stays.
CACHE_SIZE = 4096
#: New patterns a process must have compiled before it writes the file again: a search's
#: few patterns built for one query never make it write.
MIN_NEW = 20
#: ...or one pattern this long: a word list of vocab.py that a new version of the parser
#: changed (a dozen such, 54,000 characters, took 0.19 s of every process, and being
#: fewer than MIN_NEW were never written).
LONG_PATTERN_CHARS = 1000

_state: dict = {}


def _internals():
    """(re._parser, re._compiler._code, _sre.compile), or None where they are not there."""
    try:
        import _sre
        from re import _compiler, _parser
        if sys.implementation.name != "cpython" or not isinstance(re._cache, dict) \
                or not isinstance(re._MAXCACHE, int):
            return None
        return _parser, _compiler._code, _sre.compile
    except (ImportError, AttributeError):
        return None


def _path() -> str:
    import _sre

    from . import cache
    return cache.entry_path("regex", [sys.version, _sre.MAGIC, _sre.CODESIZE], ".marshal")


def load() -> None:
    """Put the kept patterns into re's cache (once a process); write new ones at exit."""
    if _state:
        return
    _state["entries"] = {}
    parts = _internals()
    if parts is None:
        return
    re._MAXCACHE = max(re._MAXCACHE, CACHE_SIZE)
    _, _, build = parts
    import array
    import marshal
    try:
        with open(_path(), "rb") as fh:
            entries = marshal.load(fh)
        for (pattern, flags), (final_flags, code, groups, groupindex, indexgroup) in entries.items():
            key = (str, pattern, flags)
            if key not in re._cache:
                re._cache[key] = build(pattern, final_flags, array.array("I", code).tolist(),
                                       groups, groupindex, indexgroup)
    except Exception:        # no file yet, or a damaged one: compile as usual
        entries = {}
    _state["entries"] = entries
    atexit.register(save)


def save() -> bool:
    """Write the file again when this process compiled MIN_NEW patterns it lacked, or one
    of LONG_PATTERN_CHARS; True if written."""
    parts = _internals()
    entries = _state.get("entries")
    if parts is None or entries is None:
        return False
    new = [(pattern, flags) for (kind, pattern, flags) in list(re._cache)
           if kind is str and (pattern, flags) not in entries]
    if len(new) < MIN_NEW and not any(len(pattern) >= LONG_PATTERN_CHARS for pattern, _ in new):
        return False
    parse, code_of, _ = parts
    import array
    import marshal
    import os
    import tempfile

    from . import cache
    merged = dict(entries)
    for pattern, flags in new:
        try:
            p = parse.parse(pattern, flags)
            groupindex = dict(p.state.groupdict)
            indexgroup = [None] * p.state.groups
            for name, i in groupindex.items():
                indexgroup[i] = name
            merged[(pattern, flags)] = (flags | p.state.flags, array.array("I", code_of(p, flags)).tobytes(),
                                        p.state.groups - 1, groupindex, tuple(indexgroup))
        except Exception:
            continue
    if len(merged) > CACHE_SIZE:     # (the patterns of older versions go first)
        used = {(pattern, flags) for (kind, pattern, flags) in re._cache if kind is str}
        merged = dict(sorted(merged.items(), key=lambda kv: kv[0] not in used)[:CACHE_SIZE])
    path = _path()
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=os.path.dirname(path))
        try:
            with os.fdopen(fd, "wb") as fh:
                marshal.dump(merged, fh)
            os.replace(tmp, path)
        except (OSError, ValueError):
            os.unlink(tmp)
            return False
    except OSError:
        return False
    _state["entries"] = merged
    cache.prune_stale(path)
    return True
