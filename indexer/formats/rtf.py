"""RTF reader: a story saved from a word processor (.rtf) -> its plain text, one paragraph per
``\\par``, for the plain-text rules (striprtf does the RTF itself)."""
from __future__ import annotations

import re

from .base import fail

RTF_START = b"{\\rtf"
# The code page the file's 8-bit escapes (\'93) are in: "\ansicpg1252"; Windows-1252 when
# unnamed, as WordPad and Word write western text.
RTF_CODEPAGE_RE = re.compile(rb"\\ansicpg(\d{3,5})")
DEFAULT_CODEPAGE = "cp1252"


def sniff_rtf(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(RTF_START)


def rtf_text(data: bytes, path: str) -> str:
    """The text of an RTF file, its paragraphs apart by a blank line.

    >>> rtf_text(rb"{\\rtf1\\ansi\\ansicpg1252 {\\b Dam opens}\\par LIMA (Reuters) - It opened.\\par\\'93Good,\\'94 he said.\\par}", "a.rtf")
    'Dam opens\\n\\nLIMA (Reuters) - It opened.\\n\\n“Good,” he said.'
    """
    from striprtf.striprtf import rtf_to_text
    m = RTF_CODEPAGE_RE.search(data[:2048])
    codepage = f"cp{int(m[1])}" if m else DEFAULT_CODEPAGE
    try:
        "".encode(codepage)
    except LookupError:
        codepage = DEFAULT_CODEPAGE
    try:
        text = rtf_to_text(data.decode("latin-1"), encoding=codepage, errors="replace")
    except Exception as e:  # striprtf's errors on broken groups and escapes
        raise fail(path, f"not readable RTF ({type(e).__name__})") from None
    # (a \par is a paragraph: the plain-text rules read paragraphs apart by blank lines)
    return "\n\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
