"""Index rebuild: source paths -> a fresh index built beside the old one, swapped in whole.

The new index is built in a hidden sibling folder ``.<name>.rebuild`` while the old one
keeps answering searches; only a complete build is swapped in, and the old index is
deleted after. On Linux the swap is one atomic ``renameat2(RENAME_EXCHANGE)``, so a
search sees either the old index or the new one, never none. Elsewhere it is two
renames, and a search between them finds no index for a moment.

The old index's write lock is held from start to end: no ``wire index`` run can add to
the old index while its replacement is built (that work would be lost in the swap).
A rebuild that is killed leaves its hidden folder; the next rebuild deletes it.
"""
from __future__ import annotations

import ctypes
import errno
import os
import shutil

from . import errors
from .recovery import WriteLock, is_index_entry

#: renameat2() flag: exchange the two paths atomically (linux/fs.h).
RENAME_EXCHANGE = 2
#: renameat2() "current directory" file descriptor (fcntl.h).
AT_FDCWD = -100


def rebuild_index(dirname: str, paths, *, wait: float, progress=None, on_error=None,
                  **build_options):
    """Build a fresh index of ``paths`` and put it in place of the one in ``dirname``."""
    from .index import WireIndex

    dirname = os.path.normpath(dirname)
    parent, name = os.path.split(os.path.abspath(dirname))
    fresh = os.path.join(parent, f".{name}.rebuild")
    old = os.path.join(parent, f".{name}.old")
    if os.path.exists(dirname) and not os.path.isdir(dirname):
        raise errors.WireError(f"{dirname} is a file, not an index folder")
    if os.path.isdir(dirname) and not _looks_like_index(dirname):
        raise errors.WireError(f"{dirname} holds files that are not an index; refusing to "
                               "replace it (give the index folder with --index)")
    os.makedirs(dirname, exist_ok=True)
    with WriteLock(dirname, wait):
        for leftover in (fresh, old):  # a killed rebuild's, safe to delete under the lock
            _remove_index_tree(leftover)
        summary = WireIndex.open(fresh, create=True, wait=wait).update(
            list(paths), wait=wait, progress=progress, on_error=on_error, **build_options)
        _swap(fresh, dirname, old)
    # After the swap ``fresh`` holds the old index (or ``old`` does, without exchange).
    _remove_index_tree(fresh)
    _remove_index_tree(old)
    return summary


def _swap(new: str, target: str, old: str) -> None:
    """Put ``new`` at ``target``: exchange them atomically where the OS can."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        renameat2 = None
    if renameat2 is not None:
        if renameat2(AT_FDCWD, os.fsencode(new), AT_FDCWD, os.fsencode(target),
                     RENAME_EXCHANGE) == 0:
            return
        err = ctypes.get_errno()
        if err not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):  # else: no exchange here
            raise OSError(err, os.strerror(err), target)
    os.rename(target, old)
    os.rename(new, target)
    os.rename(old, new)  # so the caller finds the old index where the exchange puts it


def _looks_like_index(folder: str) -> bool:
    return all(is_index_entry(n) for n in os.listdir(folder))


def _remove_index_tree(folder: str) -> None:
    """Delete a folder only if everything in it is index files (never anyone's stories)."""
    if os.path.isdir(folder) and _looks_like_index(folder):
        shutil.rmtree(folder, ignore_errors=True)
