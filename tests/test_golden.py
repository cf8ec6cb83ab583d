"""Golden stories: every tests/fixtures/stories/*.<ext> parsed against its .expected.json.

The expected files are checked truth, not snapshots. A case the parser gets wrong keeps its
right value and is listed in XFAIL with the reason.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.pipeline import parse_file

STORIES = Path(__file__).parent / "fixtures" / "stories"
CASES = sorted(p for p in STORIES.iterdir()
               if p.is_file() and not p.name.endswith(".expected.json")
               and p.with_name(p.name.split(".")[0] + ".expected.json").exists())
XFAIL: dict[str, str] = {}


def _expected(path: Path) -> dict:
    return json.loads(path.with_name(path.name.split(".")[0] + ".expected.json").read_text("utf-8"))


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_golden_story(path: Path):
    if path.name in XFAIL:
        pytest.xfail(XFAIL[path.name])
    expected = _expected(path)
    stories = parse_file(str(path))
    story = stories[expected.pop("index", 1) - 1].to_dict()
    body = story["body"]
    for text in [expected.pop("body_startswith", None)]:
        if text is not None:
            assert body.startswith(text), f"body starts {body[:80]!r}"
    for text in expected.pop("body_includes", []):
        assert text in body
    for text in expected.pop("body_excludes", []):
        assert text not in body, f"boilerplate left in body: {text!r}"
    got = {k: story[k] for k in expected}
    assert got == expected


def test_there_are_golden_stories():
    assert len(CASES) >= 20
