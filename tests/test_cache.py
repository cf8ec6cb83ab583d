"""wire's cache of derived data: same values from the cache as without it, and safe to lose."""
from __future__ import annotations

import os

from indexer import cache, normalize


def test_cached_json_gives_the_built_value_then_the_stored_one(monkeypatch, tmp_path):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"months": [[1, "janvier"]], "n": (1, 2)}

    first = cache.cached_json("test", ["v1"], build)
    again = cache.cached_json("test", ["v1"], build)
    assert first == again == {"months": [[1, "janvier"]], "n": [1, 2]}
    assert len(calls) == 1
    cache.cached_json("test", ["v2"], build)           # another source: another entry
    assert len(calls) == 2


def test_damaged_or_unwritable_cache_only_costs_time(monkeypatch, tmp_path):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    path = cache.entry_path("test", ["v1"], ".json")
    cache.cached_json("test", ["v1"], lambda: [1])
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('{"trunc')
    assert cache.cached_json("test", ["v1"], lambda: [1]) == [1]
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker))
    assert cache.cached_json("test", ["v1"], lambda: [2]) == [2]
    assert not os.path.isdir(blocker)


def test_cached_month_names_are_babels(monkeypatch, tmp_path):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    normalize._cldr_names.cache_clear()
    try:
        built = normalize._cldr_names()
        normalize._cldr_names.cache_clear()
        assert normalize._cldr_names() == built == cache.cached_json(
            "unused", [], normalize._read_cldr_names)
    finally:
        normalize._cldr_names.cache_clear()
