"""Which files a run reads: folders walked in sorted order, hidden entries, wire index
folders and files that are not stories (``skip_member``) left out.

Kept apart from the read stage, which loads the parser: a run over unchanged files only
walks and looks its files up in the manifest, and importing the parser was a quarter
of its time.
"""
from __future__ import annotations

import os
from typing import Iterable, Iterator

from .errors import fail


#: A folder holding this file is a wire index (index.manifest.MANIFEST_NAME), never a story folder:
#: `wire index .` (or `--watch .`) with the index in ./index must not read its own files.
INDEX_MARKER = "wire-manifest.sqlite"


def walk_files(paths: Iterable[str]) -> Iterator[str]:
    """Files under the paths, folders recursively in sorted order, hidden entries and wire
    index folders skipped.

    `-` passes through (stdin). A path that does not exist raises ReadError.
    """
    for p in paths:
        if p == "-":
            yield p
        elif os.path.isdir(p):
            if is_index_dir(p):
                continue
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                                 and not is_index_dir(os.path.join(root, d)))
                for f in sorted(files):
                    if not skip_member(f):
                        yield os.path.join(root, f)
        elif os.path.exists(p):
            yield p
        else:
            raise fail(p, "no such file or folder")


def is_index_dir(path: str) -> bool:
    return os.path.isfile(os.path.join(path, INDEX_MARKER))


def skip_member(name: str) -> bool:
    """Members that are not stories: folders, hidden files, macOS forks, READMEs, test truth."""
    if "/" in name or "\\" in name:
        parts = name.replace("\\", "/").split("/")
        base = parts[-1]
        if any(p.startswith(".") for p in parts if p) or parts[0] == "__MACOSX":
            return True
    else:  # a bare name, as a folder walk meets every file: no lists to build
        base = name
        if name.startswith(".") or name == "__MACOSX":
            return True
    return (not base or base.upper().startswith("README")
            or base.endswith((".expected.json", "~")) or base in ("Thumbs.db", "desktop.ini"))
