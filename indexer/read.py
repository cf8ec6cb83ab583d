"""Read stage: files and formats -> Documents (raw text plus the metadata the format itself gives).

Each reader takes a source label and bytes and yields Documents; `read_documents` picks the
reader by content first and extension second, so a feed saved as .txt is still read as a feed.
"""
from __future__ import annotations

import html
import os
import re
import sys
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from . import clean
from .errors import ReadError

MAX_FILE_BYTES = 64 * 1024 * 1024   # larger files are not stories; refusing them bounds memory


@dataclass
class Document:
    """One story's text as found in a source, before parsing."""
    path: str                       # label shown to users: file, file#N, archive.zip!inner
    key: str                        # what the id is made from (absolute label)
    text: str = ""
    meta: dict = field(default_factory=dict)   # Story fields the format states outright


def walk_files(paths: Iterable[str]) -> Iterator[str]:
    """Files under the paths, folders recursively in sorted order, hidden entries skipped.

    `-` passes through (stdin). A path that does not exist raises ReadError.
    """
    for p in paths:
        if p == "-":
            yield p
        elif os.path.isdir(p):
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith(".") and not f.upper().startswith("README") \
                            and not f.endswith((".expected.json", "~")):
                        yield os.path.join(root, f)
        elif os.path.exists(p):
            yield p
        else:
            raise ReadError(f"{p}: no such file or folder")


def read_documents(path: str) -> Iterator[Document]:
    """The Documents in one file (`-` reads stdin)."""
    if path == "-":
        data = sys.stdin.buffer.read()
        key = "stdin:" + clean.decode_bytes(data)[:4096]
        yield from read_bytes(data, "-", key)
        return
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            raise ReadError(f"{path}: file too large ({size // 2**20} MB; the limit is "
                            f"{MAX_FILE_BYTES // 2**20} MB)")
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as e:
        raise ReadError(f"{path}: {e.strerror or e}") from None
    yield from read_bytes(data, path, os.path.abspath(path))


def read_bytes(data: bytes, path: str, key: str) -> Iterator[Document]:
    if not data.strip():
        raise ReadError(f"{path}: empty file")
    reader = pick_reader(data, path)
    yield from reader(data, path, key)


def pick_reader(data: bytes, path: str) -> Callable[[bytes, str, str], Iterator[Document]]:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    for sniff, reader in SNIFFERS:
        if sniff(head, path.lower()):
            return reader
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")) \
            and data[1:4096:2].count(0) < 1000:
        raise ReadError(f"{path}: binary file, not text")
    return read_plain


def read_plain(data: bytes, path: str, key: str) -> Iterator[Document]:
    """A plain-text story file: one story."""
    text = clean.decode_bytes(data)
    if "\x00" in text or _looks_binary(text):
        raise ReadError(f"{path}: binary file, not text")
    yield Document(path=path, key=key, text=text)


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    bad = sum(1 for c in sample if c == "\ufffd" or (ord(c) < 32 and c not in "\n\t\f"))
    return bad > len(sample) * 0.1


# ---------------------------------------------------------------- Reuters-21578 SGML

SGM_STORY_RE = re.compile(rb"<REUTERS\b[^>]*>(.*?)</REUTERS>", re.S)
SGM_TAG_RE = {t: re.compile(rf"<{t}>(.*?)</{t}>".encode(), re.S)
              for t in ("DATE", "TITLE", "AUTHOR", "DATELINE", "BODY")}
SGM_NEWID_RE = re.compile(rb'NEWID="(\d+)"')


def _sgm_text(raw: bytes | None) -> str:
    if raw is None:
        return ""
    s = raw.decode("latin-1")
    s = re.sub(r"&#(\d+);", lambda m: "" if int(m.group(1)) < 32 or 127 <= int(m.group(1)) < 160
               else chr(int(m.group(1))), s)
    return html.unescape(s)


def read_sgm(data: bytes, path: str, key: str) -> Iterator[Document]:
    """Reuters-21578 SGML: many <REUTERS> stories, fields from their own tags."""
    for n, m in enumerate(SGM_STORY_RE.finditer(data), 1):
        inner = m.group(1)
        tags = {t: rx.search(inner) for t, rx in SGM_TAG_RE.items()}
        get = {t: _sgm_text(x.group(1)) if x else "" for t, x in tags.items()}
        lines = [get["TITLE"].strip(), get["AUTHOR"].strip()]
        text = "\n".join(x for x in lines if x) + "\n" + get["DATELINE"] + get["BODY"]
        meta = {}
        if get["DATE"].strip():
            from .normalize import parse_date
            meta["published"] = parse_date(get["DATE"].strip())
        label = f"{path}#{n}"
        yield Document(path=label, key=f"{key}#{n}", text=text, meta=meta)


# (sniff(head_bytes, lowercase_path) -> bool, reader), tried in order.
SNIFFERS: list[tuple[Callable[[bytes, str], bool], Callable]] = [
    (lambda head, p: p.endswith(".sgm") or head.startswith(b"<!DOCTYPE lewis"), read_sgm),
]
