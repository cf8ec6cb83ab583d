"""Files wire derives from its dependencies' data and keeps between runs: where, and how written.

Each entry is named by a hash of what it was derived from, so a new version of the source
gives a new name and a stale entry is never read. Entries are written whole or not at all
(worker processes may race to write the same one), and every read failure means "rebuild":
the cache only ever saves time. The folder is ``$WIRE_CACHE_DIR``, else
``$XDG_CACHE_HOME/wire``, else ``~/.cache/wire``.
"""
from __future__ import annotations

import hashlib
import json
import os
from typing import Callable

CACHE_ENV = "WIRE_CACHE_DIR"
#: When an entry is written, the entries of the same kind from other sources (an older
#: wire, an older model) are deleted once they are this many days old: the language
#: model alone takes ~84 MB. Younger ones may still serve another installed version.
STALE_DAYS = 14


def cache_dir() -> str:
    """The folder wire keeps rebuildable files in."""
    base = os.environ.get(CACHE_ENV)
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        base = os.path.join(xdg, "wire")
    return base


def entry_path(kind: str, source: list, suffix: str = "") -> str:
    """Where the entry of `kind` derived from `source` (JSON-able facts about it) lives."""
    digest = hashlib.sha1(json.dumps(source, sort_keys=True).encode()).hexdigest()[:16]
    return os.path.join(cache_dir(), f"{kind}-{digest}{suffix}")


def write_folder(path: str, fill: Callable[[str], None]) -> bool:
    """Create the folder `path` by letting `fill` write into a fresh temporary folder, then
    renaming it into place; False when it could not be written (or another process won)."""
    import shutil
    import tempfile
    parent = os.path.dirname(path)
    try:
        os.makedirs(parent, exist_ok=True)
        tmp = tempfile.mkdtemp(prefix=".tmp-", dir=parent)
    except OSError:
        return False
    try:
        fill(tmp)
        os.rename(tmp, path)
    except OSError:
        return False
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    prune_stale(path)
    return True


def prune_stale(path: str) -> None:
    """Delete the entries of ``path``'s kind, other than it, older than STALE_DAYS."""
    import shutil
    import time
    folder, name = os.path.split(path)
    kind = name.rsplit("-", 1)[0]
    cutoff = time.time() - STALE_DAYS * 86400
    try:
        others = [n for n in os.listdir(folder)
                  if n != name and not n.startswith(".") and n.rsplit("-", 1)[0] == kind]
    except OSError:
        return
    for other in others:
        full = os.path.join(folder, other)
        try:
            if os.lstat(full).st_mtime >= cutoff:
                continue
            if os.path.isdir(full) and not os.path.islink(full):
                shutil.rmtree(full)
            else:
                os.unlink(full)
        except OSError:
            pass  # in use elsewhere or already gone: the cache only ever saves time


def cached_json(kind: str, source: list, build: Callable[[], object]):
    """`build()`'s value, read from the cache when an entry for `source` exists.

    The value is given back as JSON reads it (tuples as lists, keys as strings) whether or
    not it came from the cache, so callers see the same thing either way.
    """
    path = entry_path(kind, source, ".json")
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        pass
    text = json.dumps(build(), ensure_ascii=False)
    import tempfile
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=os.path.dirname(path))
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, path)
        except OSError:
            os.unlink(tmp)
        else:
            prune_stale(path)
    except OSError:
        pass
    return json.loads(text)
