"""Archive readers: .gz / .bz2 / .xz of any form, .zip and .tar(.gz) of many files.

A member's stories are labelled ``archive.zip!inner/path`` (and ``...!inner/feed.jsonl#2``);
a member that cannot be read becomes one ReadError item and the others are still read.
Sizes and counts are capped so a small bomb cannot fill memory.
"""
from __future__ import annotations

import io
import re
from typing import Iterator

from ..walk import skip_member  # noqa: F401 (re-exported: the rule for members too)
from .base import MAX_FILE_BYTES, Document, ReadError, fail

MAX_MEMBER_BYTES = MAX_FILE_BYTES      # a member is read like a file, with the file's limit
MAX_ARCHIVE_BYTES = 1024 * 2**20       # all members of one archive together (bounds a zip bomb)
MAX_MEMBERS = 100_000                  # more entries than this is not an archive of stories
MAX_DEPTH = 3                          # archives inside archives inside archives, and no deeper
TAR_MAGIC_AT = 257                     # "ustar" sits at this offset of a tar header
COMPRESSED_SUFFIX_RE = re.compile(r"\.(?:gz|gzip|bz2|xz|lzma|z)$", re.IGNORECASE)
OFFICE_MARKERS = ("[Content_Types].xml", "mimetype", "META-INF/manifest.xml")


def sniff_zip(data: bytes) -> bool:
    return data.startswith((b"PK\x03\x04", b"PK\x05\x06"))


def sniff_tar(data: bytes) -> bool:
    return data[TAR_MAGIC_AT:TAR_MAGIC_AT + 5] == b"ustar"


def sniff_compressed(data: bytes) -> bool:
    return data.startswith((b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00"))


#: Text compresses about this much with bzip2 or xz, whose streams do not say their size.
TEXT_RATIO = 5


def content_bytes(path: str, size: int) -> int:
    """About how many bytes reading the file at ``path`` (``size`` on disk) yields: its
    members' sizes for a zip, the size a gzip trailer states, a guess for bzip2 and xz,
    ``size`` for anything else (or when the file cannot be read now: reading it will say)."""
    import struct
    import zipfile
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
            if sniff_zip(head):
                with zipfile.ZipFile(fh) as zf:
                    inner = sum(info.file_size for info in zf.infolist())
                return max(size, min(inner, MAX_ARCHIVE_BYTES))
            if head.startswith(b"\x1f\x8b"):  # ISIZE: the last member's size, mod 4 GB
                fh.seek(-4, 2)
                return max(size, struct.unpack("<I", fh.read(4))[0])
    except (OSError, zipfile.BadZipFile, ValueError, struct.error):
        return size
    if sniff_compressed(head):
        return min(size * TEXT_RATIO, MAX_FILE_BYTES)
    return size


def _decompressor(data: bytes):
    import bz2
    import lzma
    import zlib
    if data.startswith(b"\x1f\x8b"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS), "gzip"
    if data.startswith(b"BZh"):
        return bz2.BZ2Decompressor(), "bzip2"
    return lzma.LZMADecompressor(), "xz"


def decompress(data: bytes, limit: int, label: str) -> bytes:
    """The decompressed bytes, at most ``limit``; ReadError when there are more, or on bad data."""
    import lzma
    import zlib
    out = bytearray()
    rest = data
    while rest:
        d, kind = _decompressor(rest)
        try:
            if kind == "gzip":
                chunk = d.decompress(rest, limit + 1 - len(out))
            else:
                chunk = d.decompress(rest, max_length=limit + 1 - len(out))
        except (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError) as e:
            raise fail(label, f"corrupt {kind} data ({e})") from None
        out += chunk
        if len(out) > limit:
            raise fail(label, f"decompresses to more than {limit // 2**20} MB; not read")
        if not d.eof:
            raise fail(label, f"truncated {kind} data")
        tail = d.unused_data
        # Concatenated gzip members ("cat a.gz b.gz") decompress to one stream.
        rest = tail if tail and sniff_compressed(tail) else b""
    return bytes(out)


def read_compressed(data: bytes, path: str, key: str, depth: int = 0) -> Iterator[Document | ReadError]:
    """A compressed file: a tarball's members, or the one file inside, under the file's own label."""
    head = decompress_head(data, TAR_MAGIC_AT + 8, path)
    if sniff_tar(head):
        yield from read_tar(data, path, key, depth)
        return
    inner = decompress(data, MAX_MEMBER_BYTES, path)
    from .. import read
    yield from read.read_bytes(inner, path, key, depth=depth + 1,
                               name=COMPRESSED_SUFFIX_RE.sub("", path))


def decompress_head(data: bytes, n: int, label: str) -> bytes:
    import lzma
    import zlib
    d, kind = _decompressor(data)
    try:
        return d.decompress(data, n) if kind == "gzip" else d.decompress(data, max_length=n)
    except (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError) as e:
        raise fail(label, f"corrupt {kind} data ({e})") from None


class _Budget:
    """Counts members and bytes across one archive and stops it at the caps."""

    def __init__(self, label: str):
        self.label, self.members, self.bytes = label, 0, 0

    def take(self, size: int) -> None:
        self.members += 1
        self.bytes += size
        if self.members > MAX_MEMBERS:
            raise fail(self.label, f"more than {MAX_MEMBERS} members; the rest not read")
        if self.bytes > MAX_ARCHIVE_BYTES:
            raise fail(self.label, f"members add up to more than {MAX_ARCHIVE_BYTES // 2**20} MB; "
                                   "the rest not read")


def _members(path: str, key: str, name: str, content: bytes, depth: int):
    from .. import read
    label = f"{path}!{name}"
    if depth + 1 > MAX_DEPTH:
        yield fail(label, f"archive nested more than {MAX_DEPTH} deep; not read")
        return
    yield from read.read_bytes(content, label, f"{key}!{name}", depth=depth + 1)


def read_zip(data: bytes, path: str, key: str, depth: int = 0) -> Iterator[Document | ReadError]:
    import zipfile
    import zlib
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
        raise fail(path, f"not a readable zip archive ({e})") from None
    names = {i.filename for i in infos}
    if any(m in names for m in OFFICE_MARKERS):
        raise fail(path, "an office document or e-book (zip inside), not an archive of stories; "
                         "save it as text or HTML")
    budget = _Budget(path)
    for info in infos:
        if info.is_dir() or skip_member(info.filename):
            continue
        label = f"{path}!{info.filename}"
        if info.file_size > MAX_MEMBER_BYTES:
            budget.take(0)
            yield fail(label, f"member too large ({info.file_size // 2**20} MB)")
            continue
        try:
            with zf.open(info) as fh:
                content = fh.read(MAX_MEMBER_BYTES + 1)
        except RuntimeError as e:              # encrypted members
            yield fail(label, f"cannot read member ({e})")
            continue
        except (zipfile.BadZipFile, zlib.error, NotImplementedError, EOFError, OSError,
                ValueError) as e:
            yield fail(label, f"damaged member ({e})")
            continue
        try:
            budget.take(len(content))
        except ReadError as e:
            yield e
            return
        if len(content) > MAX_MEMBER_BYTES:
            yield fail(label, f"member decompresses to more than {MAX_MEMBER_BYTES // 2**20} MB")
            continue
        yield from _members(path, key, info.filename, content, depth)


def read_tar(data: bytes, path: str, key: str, depth: int = 0) -> Iterator[Document | ReadError]:
    """A tar archive, plain or compressed, read as a stream (members in archive order)."""
    import tarfile
    budget = _Budget(path)
    try:
        tf = tarfile.open(fileobj=io.BytesIO(data), mode="r|*")
    except (tarfile.TarError, OSError, EOFError) as e:
        raise fail(path, f"not a readable tar archive ({e})") from None
    try:
        for info in tf:
            if not info.isfile() or skip_member(info.name):
                continue
            label = f"{path}!{info.name}"
            if info.size > MAX_MEMBER_BYTES:
                budget.take(0)
                yield fail(label, f"member too large ({info.size // 2**20} MB)")
                continue
            try:
                budget.take(info.size)
            except ReadError as e:
                yield e
                return
            fh = tf.extractfile(info)
            content = fh.read() if fh is not None else b""
            yield from _members(path, key, info.name, content, depth)
    except (tarfile.TarError, OSError, EOFError) as e:
        yield fail(path, f"archive damaged after the stories above ({e})")
