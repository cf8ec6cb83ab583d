"""Read-stage guards: the bytes or text of a plain-text file -> why it is not a story, or None.

Folders of wire copy also hold images, PDFs, dumps and damaged files. Each test here
names what it found, so ``wire index`` can print one line per refused file and go on.
Every limit is far above real copy: the longest wire stories run to a few thousand words.
"""
from __future__ import annotations

import re

#: A plain-text story larger than this is a dump or a log, not copy (long-form wire
#: features stay under 200 KB); refusing it keeps parse time and memory bounded.
MAX_STORY_BYTES = 4 * 1024 * 1024
#: Characters without any sentence punctuation after which text is not prose: about
#: 5,000 words. Tables of figures break it with decimal points.
MAX_UNPUNCTUATED_CHARS = 30_000
#: Sentence and clause ends in the scripts wire copy is written in.
SENTENCE_PUNCT_RE = re.compile(r"[.!?;:\u3002\uff01\uff1f\uff1b\u0964\u061f\u06d4]")

#: File signatures of formats that are never story text -> what to call them.
BINARY_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive or office document",
    b"\x1f\x8b": "a gzip archive",
    b"BZh": "a bzip2 archive",
    b"\xfd7zXZ\x00": "an xz archive",
    b"7z\xbc\xaf\x27\x1c": "a 7-zip archive",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "an old Microsoft Office document",
    b"\x7fELF": "a program",
    b"SQLite format 3\x00": "an SQLite database",
    b"OggS": "an audio file",
    b"ID3": "an MP3 file",
}
#: C0 control bytes that text does not use (tab, newlines, form feed and escape excepted),
#: but the framing ones below.
CONTROL_BYTES_RE = re.compile(rb"[\x05-\x08\x0e-\x1a\x1c-\x1f]")
#: Share of control bytes above which a file is binary: random bytes have about 8 % of them.
MAX_CONTROL_SHARE = 0.02
#: SOH, STX, ETX, EOT: feeds frame every item with them (ANPA 1312, IPTC 7901), and a
#: capture of short items (a one-line flash is 150 bytes) has more than 2 % of them.
FRAMING_BYTES_RE = re.compile(rb"[\x01-\x04]")
#: Share of framing bytes above which a file is binary: four per item of 80 bytes.
MAX_FRAMING_SHARE = 0.05
#: Bytes looked at for the control-byte share.
CONTROL_SAMPLE = 65536
#: Well-formed UTF-8 sequences of two to four bytes. Text in a legacy 8-bit encoding
#: almost never forms one by chance ("Ã©" would have to appear in cp1252 copy).
UTF8_MULTIBYTE_RE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                               rb"|[\xf0-\xf4][\x80-\xbf]{3}")
#: Bytes that cannot start or continue any UTF-8 sequence here (lead bytes of
#: sequences that failed to decode are counted one by one).
UTF8_BAD_RE = re.compile(rb"[\x80-\xff]")


def refuse_bytes(data: bytes, max_bytes: int = MAX_STORY_BYTES) -> str | None:
    """Why these bytes are not a plain-text story (or, with a larger ``max_bytes``, a file
    of many: a wire-feed capture), or None.

    >>> refuse_bytes(b"%PDF-1.7 ...")
    'a PDF document, not text'
    >>> refuse_bytes(b"Title\\n\\nSEOUL (Reuters) - Talks \\x00 resumed.")
    'NUL byte at offset 31: a binary file, or damaged text'
    >>> refuse_bytes("Séoul: talks resume.".encode("cp1252")) is None   # legacy encoding
    True
    >>> refuse_bytes("Séoul: talks resume.".encode("utf-16-le")) is None  # NULs, but UTF-16
    True
    >>> refuse_bytes(bytes(range(1, 32)) * 10)
    '210 control bytes in its first 310: a binary file, not text'
    >>> refuse_bytes(b"\\x01\\x02FLASH: the river dam upstream of the town has burst, the mayor's office says.\\x03\\x04" * 9) is None
    True
    >>> refuse_bytes("Séoul: talks resume, ".encode() + b"\\xff\\xfe trailing.")
    'invalid UTF-8 at byte 22 in a UTF-8 file (damaged, or two encodings mixed); re-save it as UTF-8'
    """
    for magic, kind in BINARY_MAGIC.items():
        if data.startswith(magic):
            return f"{kind}, not text"
    if len(data) > max_bytes:
        return too_large(len(data))
    utf16 = looks_utf16(data)
    if not utf16 and b"\x00" in data:
        return f"NUL byte at offset {data.index(0)}: a binary file, or damaged text"
    sample = data[:CONTROL_SAMPLE]
    controls = len(CONTROL_BYTES_RE.findall(sample)) if not utf16 else 0
    if controls > max(8, len(sample) * MAX_CONTROL_SHARE):
        return f"{controls} control bytes in its first {len(sample):,}: a binary file, not text"
    framing = len(FRAMING_BYTES_RE.findall(sample)) if not utf16 else 0
    if framing > max(8, len(sample) * MAX_FRAMING_SHARE):
        return f"{framing} control bytes in its first {len(sample):,}: a binary file, not text"
    bad = _utf8_damage(data) if not utf16 else None
    if bad is not None:
        return (f"invalid UTF-8 at byte {bad} in a UTF-8 file (damaged, or two encodings "
                "mixed); re-save it as UTF-8")
    return None


def too_large(size: int) -> str:
    """Why a text of ``size`` bytes is not one story.

    >>> too_large(5 * 2**20)
    '5 MB of text is too large for one story (the limit is 4 MB)'
    """
    return (f"{size / 2**20:.0f} MB of text is too large for one story "
            f"(the limit is {MAX_STORY_BYTES // 2**20} MB)")


def refuse_text(text: str) -> str | None:
    """Why this decoded text is not a story, or None.

    >>> refuse_text("word " * 10_000)
    'no sentence punctuation in 50,000 characters: not prose'
    >>> refuse_text("A sentence. " * 10_000) is None
    True
    """
    if len(text) <= MAX_UNPUNCTUATED_CHARS:
        return None        # (no run can be longer than the text: most stories stop here)
    longest = max(map(len, SENTENCE_PUNCT_RE.split(text)), default=0)
    if longest > MAX_UNPUNCTUATED_CHARS:
        return f"no sentence punctuation in {longest:,} characters: not prose"
    return None


def looks_utf16(data: bytes) -> bool:
    """A byte-order mark, or a NUL in every other byte of mostly-ASCII text (as clean reads it)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    head = data[:4096]
    return len(head) >= 4 and max(head[0::2].count(0), head[1::2].count(0)) > len(head) // 4


def _utf8_damage(data: bytes) -> int | None:
    """Offset of the first invalid byte of mostly-UTF-8 data; None for valid UTF-8 or a
    legacy encoding (where most non-ASCII bytes fail to decode), or a cut last character."""
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError as e:
        first = e.start
        if e.reason == "unexpected end of data":
            return None  # a file cut inside its last character
    good = UTF8_MULTIBYTE_RE.findall(data)
    if not good:
        return None
    good_bytes = sum(map(len, good))
    non_ascii = len(UTF8_BAD_RE.findall(data))
    # Mostly valid sequences: UTF-8 with damage. Mostly invalid: a legacy encoding.
    return first if good_bytes * 2 >= non_ascii else None
