"""The same story in other bytes and spacing gives the same fields: every bundled sample story
rewritten as copies of it land in archives (Windows line ends, a BOM, blank lines on top,
spaces at line ends, no-break spaces round its dateline's dash, its language's legacy code
page) is parsed as the original is."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from indexer.pipeline import parse_file

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))
FIELDS = ("title", "published", "updated", "agencies", "cities", "reporters", "editors",
          "translators", "photographers", "language", "url", "body")
#: A language's legacy code page, as its old copy was saved.
CODE_PAGES = {"en": "cp1252", "fr": "cp1252", "de": "cp1252", "es": "cp1252", "it": "cp1252",
              "pt": "cp1252", "pl": "cp1250", "cs": "cp1250", "ru": "cp1251", "tr": "cp1254",
              "ja": "shift_jis", "ko": "euc_kr", "zh": "gb18030"}
SPACED_DASH_RE = re.compile(r"(?<=\)) (?=[-–—])|(?<=[-–—]) (?=\S)")


def _variants(text: str, language: str | None) -> dict[str, bytes]:
    out = {
        "crlf": text.replace("\n", "\r\n").encode(),
        "bom": b"\xef\xbb\xbf" + text.encode(),
        "blank lines on top, spaces at line ends": ("\n \n" + text.replace("\n", "  \n")).encode(),
        "no-break spaces round dashes": SPACED_DASH_RE.sub("\u00a0", text, count=3).encode(),
    }
    code_page = CODE_PAGES.get(language or "")
    if code_page and not text.isascii():
        try:
            out[code_page] = text.encode(code_page)
        except UnicodeEncodeError:
            pass
    return out


def _fields(path: Path) -> dict:
    (story,) = parse_file(str(path))
    return {name: getattr(story, name) for name in FIELDS}


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_a_sample_story_keeps_its_fields_in_other_bytes_and_spacing(sample, tmp_path):
    original = _fields(sample)
    assert original["title"] and original["body"]
    text = sample.read_text(encoding="utf-8")
    for name, data in _variants(text, original["language"]).items():
        copy = tmp_path / sample.name
        copy.write_bytes(data)
        assert _fields(copy) == original, name
