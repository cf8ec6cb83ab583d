"""wire's cache of derived data: same values from the cache as without it, and safe to lose."""
from __future__ import annotations

import os

from indexer import cache, normalize, regex_cache


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


def test_old_entries_of_a_kind_are_pruned_when_a_new_one_is_written(monkeypatch, tmp_path):
    """Another source's entry of the same kind goes once it is STALE_DAYS old; a recent
    one (another installed wire may still read it) and other kinds stay."""
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    old_days = (cache.STALE_DAYS + 1) * 86400
    stale_file = cache.entry_path("test", ["v0"], ".json")
    recent_file = cache.entry_path("test", ["v1"], ".json")
    other_kind = cache.entry_path("tested", ["v0"], ".json")
    for path in (stale_file, recent_file, other_kind):
        cache.cached_json(*(("tested", ["v0"]) if path == other_kind else
                            ("test", ["v0" if path == stale_file else "v1"])), lambda: [0])
    import time
    for path in (stale_file, other_kind):
        os.utime(path, (time.time() - old_days,) * 2)
    stale_folder = cache.entry_path("model", ["v0"])
    assert cache.write_folder(stale_folder, lambda d: open(os.path.join(d, "m"), "w").close())
    os.utime(stale_folder, (time.time() - old_days,) * 2)

    cache.cached_json("test", ["v2"], lambda: [2])
    assert not os.path.exists(stale_file)
    assert os.path.exists(recent_file) and os.path.exists(other_kind)
    new_folder = cache.entry_path("model", ["v1"])
    assert cache.write_folder(new_folder, lambda d: open(os.path.join(d, "m"), "w").close())
    assert not os.path.exists(stale_folder) and os.path.isdir(new_folder)


# The parser's compiled patterns (indexer/regex_cache.py), checked in fresh processes, as
# each `wire` process loads them once: one cache folder per test, holding the user's
# other entries (language model, gazetteer) by link so that they are not built again.
def _regex_cache_env(tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir()
    real = cache.cache_dir()
    if os.path.isdir(real):
        for name in os.listdir(real):
            if not name.startswith(("regex-", ".tmp-")):
                os.symlink(os.path.join(real, name), folder / name)
    return {**os.environ, cache.CACHE_ENV: str(folder)}, folder


_PARSE_AND_REPORT = """
import json, re, sys
from indexer import regex_cache, parse_paths
regex_cache.load()
kept = len(regex_cache._state["entries"])
stories = [s.to_dict() for s in parse_paths([sys.argv[1]])]
print(json.dumps({"kept": kept, "rewrites": regex_cache.save(), "stories": stories}))
"""


def _parse_in_fresh_process(env, folder):
    import json
    import subprocess
    import sys
    done = subprocess.run([sys.executable, "-c", _PARSE_AND_REPORT, str(folder)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_kept_patterns_parse_as_freshly_compiled_ones(tmp_path):
    """A first process compiles the patterns and writes them; the next builds them from
    the file, compiles nothing more worth writing, and parses every story the same."""
    env, folder = _regex_cache_env(tmp_path)
    samples = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "samples")
    first = _parse_in_fresh_process(env, samples)
    assert first["kept"] == 0 and first["rewrites"]
    files = [f for f in os.listdir(folder) if f.startswith("regex-")]
    assert len(files) == 1
    again = _parse_in_fresh_process(env, samples)
    assert again["kept"] > 500 and not again["rewrites"]
    assert again["stories"] == first["stories"] and len(first["stories"]) > 40


def test_a_damaged_pattern_file_only_costs_time(tmp_path):
    env, folder = _regex_cache_env(tmp_path)
    samples = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "samples")
    first = _parse_in_fresh_process(env, samples)
    (path,) = [folder / f for f in os.listdir(folder) if f.startswith("regex-")]
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2])          # cut short, as by a full disk
    again = _parse_in_fresh_process(env, samples)
    assert again["kept"] == 0 and again["rewrites"] and again["stories"] == first["stories"]
    path.write_bytes(b"\x00" * 64)                    # not marshal data at all
    assert _parse_in_fresh_process(env, samples)["stories"] == first["stories"]


def test_a_few_long_patterns_missing_from_the_file_are_written(tmp_path):
    """A new version of the parser that changed a few of its long word lists: fewer new
    patterns than MIN_NEW, but each costs every process its compilation, so the first
    process writes them and the next compiles nothing worth writing."""
    import marshal
    env, folder = _regex_cache_env(tmp_path)
    samples = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "samples")
    first = _parse_in_fresh_process(env, samples)
    (path,) = [folder / f for f in os.listdir(folder) if f.startswith("regex-")]
    entries = marshal.loads(path.read_bytes())
    longest = sorted(entries, key=lambda key: len(key[0]), reverse=True)[:3]
    assert all(len(pattern) >= regex_cache.LONG_PATTERN_CHARS for pattern, _ in longest)
    path.write_bytes(marshal.dumps({k: v for k, v in entries.items() if k not in longest}))
    again = _parse_in_fresh_process(env, samples)
    assert again["rewrites"] and again["stories"] == first["stories"]
    assert set(longest) <= set(marshal.loads(path.read_bytes()))
    assert not _parse_in_fresh_process(env, samples)["rewrites"]
