"""The index stage: stories -> the Whoosh index (create/open, incremental update, commit).

Everything that writes the index is in this package; with schema.py and query.py it holds
all of wire's Whoosh code.

- handle.py     WireIndex: open or create an index folder, read it, update it from files
- manifest.py   which files the index holds stories of, and as what (SQLite)
- plan.py       a run's new and changed files in batches, and who builds them
- worker.py     a batch of files read, parsed and built into segments (worker processes)
- documents.py  a story as a Whoosh document, and its stored record back
- commit.py     deletions and built segments committed through the Whoosh writer
- segments.py   wire's own segment writer: Whoosh documents -> a W3 segment
- words.py      the numbered fields (body, stemmed text) of a segment being written
- w3.py         posting lists, positions and term table rows in Whoosh's W3 format
- merge.py      segments -> one segment of their live stories (merge_read.py reads them)
"""
from .commit import _Batch
from .documents import record_of, story_document, to_utc, versions_of
from .handle import SPELLING_NAME, VERSION_MAP_NAME, WireIndex, mapped_file
from .manifest import MANIFEST_NAME, _Manifest
from .plan import SPLIT_MIN_BYTES, BuildPlan
from .worker import _FileBuild, _Segments, parse_or_reason, parse_parts

__all__ = [
    "WireIndex", "BuildPlan", "MANIFEST_NAME", "SPELLING_NAME", "VERSION_MAP_NAME",
    "SPLIT_MIN_BYTES", "mapped_file", "parse_or_reason", "parse_parts", "record_of",
    "story_document", "to_utc", "versions_of",
    # for check.py and the tests
    "_Batch", "_FileBuild", "_Manifest", "_Segments",
]
