"""Whoosh loads without the three modules wire never uses (indexer/light_imports.py).

Each check runs in a fresh interpreter: what a module imports is decided once a process."""
import subprocess
import sys

import pytest


def run(code: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


COSTLY = ("asyncio", "urllib.request", "http.client", "cached_property", "whoosh.lang.morph_en")


def test_searching_and_building_import_none_of_the_costly_modules(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Harbour strike\n\nGDANSK, May 3 (PAP) - Dock workers stopped the cranes "
                     "on Friday over a pay offer.\n", encoding="utf-8")
    code = f"""
import sys, functools, indexer
from indexer import light_imports
summary = indexer.index_paths([{str(tmp_path)!r}], index={str(tmp_path / 'ix')!r}, workers=1)
hits = indexer.search("cranes", index={str(tmp_path / 'ix')!r})["hits"]
import whoosh.reading
print(len(hits), whoosh.reading.cached_property is functools.cached_property,
      light_imports._Finder in sys.meta_path,
      *[m for m in {COSTLY!r} if m in sys.modules])
"""
    assert run(code) == ["1", "True", "False"]


def test_the_costly_modules_are_real_when_imported_afterwards(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("copied", encoding="utf-8")
    code = f"""
import indexer.query, whoosh.compat, whoosh.query.terms
import urllib.request, cached_property, whoosh.lang.morph_en
from indexer.light_imports import _StandIn
print(not isinstance(urllib.request, _StandIn), hasattr(urllib.request, "urlopen"),
      hasattr(cached_property, "threaded_cached_property"),
      whoosh.query.terms.variations("rendering") == whoosh.lang.morph_en.variations("rendering"))
# Whoosh's own urlretrieve, a stand-in that hands over to the real one
whoosh.compat.urlretrieve({source.as_uri()!r}, {str(tmp_path / 'b.txt')!r})
print(open({str(tmp_path / 'b.txt')!r}).read())
"""
    assert run(code) == ["True", "True", "True", "True", "copied"]


def test_a_stand_in_asked_for_another_name_answers_from_the_real_module():
    code = """
import sys
from indexer.light_imports import _StandIn
stand_in = sys.modules["urllib.request"] = _StandIn("urllib.request")
opener = stand_in.build_opener  # not the name it holds: the real module is imported
import urllib.request
print(opener is urllib.request.build_opener, not isinstance(urllib.request, _StandIn))
"""
    assert run(code) == ["True", "True"]


@pytest.mark.parametrize("first", ["whoosh.reading", "cached_property"])
def test_nothing_changes_when_the_program_imported_them_first(first):
    code = f"""
import sys, functools, {first}
import indexer.query, whoosh.reading
print(whoosh.reading.cached_property is functools.cached_property, "asyncio" in sys.modules)
"""
    assert run(code) == ["False", "True"]
