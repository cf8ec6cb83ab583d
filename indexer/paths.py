"""File names as the index stores them and as people read them: paths in, safe strings out.

POSIX file names are bytes. Python hands the ones that are not UTF-8 over as str with
lone surrogates (PEP 383), which SQLite, Whoosh and a UTF-8 terminal all refuse to encode.
So a path gets two forms: a *key* that is valid UTF-8 and turns back into the same path
(stored in the manifest and the index), and a *label* that fits on one line of a
terminal (shown in messages and in a story's ``path``).
"""
from __future__ import annotations

import os

#: Prefix of a key holding the hex of a file name's bytes. Absolute paths start with
#: "/" (or a drive letter), so a key starting with this cannot be a plain path.
HEX_KEY_PREFIX = "fs-hex:"


def path_key(path: str) -> str:
    """A UTF-8-safe string for a file path that ``key_path`` turns back into the path.

    >>> path_key("/news/Séoul.txt")
    '/news/Séoul.txt'
    >>> path_key(os.fsdecode(b"/news/bad\\xffname.txt"))
    'fs-hex:2f6e6577732f626164ff6e616d652e747874'
    >>> key_path(path_key(os.fsdecode(b"/a\\xff"))) == os.fsdecode(b"/a\\xff")
    True
    """
    if path.isascii():  # most paths: the key is the path itself
        return path
    raw = os.fsencode(path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return HEX_KEY_PREFIX + raw.hex()


def key_path(key: str) -> str:
    """The file path a ``path_key`` stands for."""
    if key.startswith(HEX_KEY_PREFIX):
        return os.fsdecode(bytes.fromhex(key[len(HEX_KEY_PREFIX):]))
    return key


def path_label(path: str) -> str:
    """A file path fit for one line of output: undecodable bytes as \\xNN, controls escaped.

    >>> path_label("new\\nline.txt")
    'new\\\\nline.txt'
    >>> path_label(os.fsdecode(b"bad\\xffname.txt"))
    'bad\\\\xffname.txt'
    >>> path_label("with space.txt")
    'with space.txt'
    """
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii")
                   for c in text)
