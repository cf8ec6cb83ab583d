"""Helpers for the parser's table tests: (input, expected, why) rows run as parameters."""
from __future__ import annotations

import pytest

from indexer.pipeline import parse_text


def rows(table):
    """``pytest.mark.parametrize`` over (text, expected, why) rows, each row's ``why`` its
    id; two rows with the same input are a mistake in the table."""
    inputs = [row[0] for row in table]
    assert len(inputs) == len(set(inputs)), "duplicate input rows"
    return pytest.mark.parametrize("text,expected,why", table, ids=[r[2] for r in table])


def parsed_fields(text: str, expected: dict) -> dict:
    """The fields of ``text``'s story that ``expected`` names."""
    story = parse_text(text)
    return {k: getattr(story, k) for k in expected}


def check_story(text: str, expected: dict):
    """Parse ``text`` and check the fields ``expected`` names; its ``body_has``, if any, is
    a passage the body must hold. The story, for further checks."""
    expected = dict(expected)
    body_has = expected.pop("body_has", None)
    story = parse_text(text)
    assert {k: getattr(story, k) for k in expected} == expected
    if body_has:
        assert body_has in story.body
    return story
