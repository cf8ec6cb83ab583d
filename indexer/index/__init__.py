"""The index stage: stories -> the Whoosh index (create/open, incremental update, commit).

Everything that writes the index is in this package; with schema.py and query.py it holds
all of wire's Whoosh code.

- handle.py    WireIndex: open or create an index folder, read it, update it from files
- segments.py  wire's own W3 segment writer and the merger of segments
"""
from .handle import (MANIFEST_NAME, SPELLING_NAME, SPLIT_MIN_BYTES, VERSION_MAP_NAME,
                     BuildPlan, WireIndex, _Batch, _FileBuild, _Manifest, _Segments,
                     mapped_file, parse_or_reason, parse_parts, record_of, story_document,
                     to_utc, versions_of)

__all__ = [
    "WireIndex", "BuildPlan", "MANIFEST_NAME", "SPELLING_NAME", "VERSION_MAP_NAME",
    "SPLIT_MIN_BYTES", "mapped_file", "parse_or_reason", "parse_parts", "record_of",
    "story_document", "to_utc", "versions_of",
    # for check.py and the tests
    "_Batch", "_FileBuild", "_Manifest", "_Segments",
]
