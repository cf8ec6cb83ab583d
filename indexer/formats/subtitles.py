"""Subtitle files of a news bulletin saved as text (SubRip .srt, WebVTT): the cues' numbers and
timecodes dropped and their lines run together as the text, under the lines the file opens
with (the programme, when it went out, the item's label, its reporter)."""
from __future__ import annotations

import re

from .. import vocab
from .base import Part

# A cue's timing line: "00:00:03,900 --> 00:00:08,200" (SubRip), "00:04.300 --> 00:08.900 align:start" (WebVTT).
CUE_TIMING_RE = re.compile(r"^(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}(?:\s.*)?$")
MIN_CUES = 2
# WebVTT's own header lines, no part of the story: "WEBVTT", "Kind: captions", "Language: fr", "NOTE".
VTT_HEADER_RE = re.compile(r"^(?:WEBVTT\b.*|NOTE|(?:Kind|Language|Region|Style)\s*:.*)$")
# The file's label over the item's headline: "Item: ...", "Sujet : ...", "Beitrag: ...".
ITEM_LABEL_RE = re.compile(r"^(?P<label>[^\W\d_][^\W\d_ ]{1,11})\s?:\s+(?P<value>\S.*)$")
ITEM_LABELS = frozenset(vocab.SUBTITLE_ITEM_LABELS)


def subtitle_part(text: str) -> Part | None:
    """The story in a subtitle file, or None when the text is none (two cue timings at least).

    >>> p = subtitle_part("Item: Ferry strike ends\\n\\n1\\n00:00:00,400 --> 00:00:03,800\\nThe strike is over\\n"
    ...                   "and ferries sail.\\n\\n2\\n00:00:03,900 --> 00:00:06,000\\nCrews return today.\\n")
    >>> p.text, p.meta
    ('Item: Ferry strike ends\\n\\nThe strike is over and ferries sail. Crews return today.', {'title': 'Ferry strike ends'})
    >>> subtitle_part("Ports reopen\\n\\nThe ports reopened on Monday.") is None
    True
    """
    if " --> " not in text:
        return None
    lines = text.strip().split("\n")
    timings = [i for i, s in enumerate(lines) if "-->" in s and CUE_TIMING_RE.match(s.strip())]
    if len(timings) < MIN_CUES:
        return None
    first = timings[0]
    if first and lines[first - 1].strip().isdigit():
        first -= 1              # SubRip's number over the first cue
    head = [s.strip() for s in lines[:first] if not VTT_HEADER_RE.match(s.strip())]
    cues: list[str] = []
    cue_lines = set(timings)
    for i in range(timings[0], len(lines)):
        s = lines[i].strip()
        if i in cue_lines or not s or s.isdigit() and i + 1 in cue_lines:
            continue            # the timing, the blank between cues, the next cue's number
        cues.append(s)
    meta = {}
    for s in head:
        m = ITEM_LABEL_RE.match(s) if ":" in s else None
        if m and m["label"].casefold() in ITEM_LABELS:
            meta["title"] = m["value"].strip()
            break
    header = "\n".join(s for s in head if s).strip()
    body = " ".join(cues)
    return Part(text=(header + "\n\n" + body).strip(), meta=meta)
