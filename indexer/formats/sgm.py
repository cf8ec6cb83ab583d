"""Reuters-21578 SGML reader: many <REUTERS> stories per file, fields from their own tags."""
from __future__ import annotations

import html
import re
from typing import Iterator

from .base import Document, ReadError

SGM_STORY_RE = re.compile(rb"<REUTERS\b[^>]*>(.*?)</REUTERS>", re.S)
SGM_TAG_RE = {t: re.compile(rf"<{t}>(.*?)</{t}>".encode(), re.S)
              for t in ("DATE", "TITLE", "AUTHOR", "DATELINE", "BODY")}
SGM_CHAR_REF_RE = re.compile(r"&#(\d+);")


def sniff_sgm(head: str) -> bool:
    return head.startswith(("<!DOCTYPE lewis", "<REUTERS "))


def _sgm_text(raw: bytes | None) -> str:
    if raw is None:
        return ""
    s = raw.decode("latin-1")
    # The collection writes control characters as references (&#3; ends every body).
    s = SGM_CHAR_REF_RE.sub(lambda m: "" if int(m.group(1)) < 32 or 127 <= int(m.group(1)) < 160
                            else chr(int(m.group(1))), s)
    return html.unescape(s)


def read_sgm(data: bytes, path: str, key: str) -> Iterator[Document | ReadError]:
    """Reuters-21578 SGML: TITLE, AUTHOR, DATELINE and BODY become the text, DATE the date.

    Stories are always numbered (``reut2-000.sgm#1``), even in a file holding one.
    """
    from ..normalize import parse_date
    for n, m in enumerate(SGM_STORY_RE.finditer(data), 1):
        inner = m.group(1)
        tags = {t: rx.search(inner) for t, rx in SGM_TAG_RE.items()}
        get = {t: _sgm_text(x.group(1)) if x else "" for t, x in tags.items()}
        lines = [get["TITLE"].strip(), get["AUTHOR"].strip()]
        text = "\n".join(x for x in lines if x) + "\n" + get["DATELINE"] + get["BODY"]
        meta = {}
        if get["DATE"].strip():
            meta["published"] = parse_date(get["DATE"].strip())
        yield Document(path=f"{path}#{n}", key=f"{key}#{n}", text=text, meta=meta)
