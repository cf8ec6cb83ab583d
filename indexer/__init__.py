"""wire: parse, index and search archives of news wire stories.

The public API; the ``wire`` command line is built on it. Importing this package does not
import Whoosh or the parser: they load on first use.
"""
__version__ = "0.1.0"

from . import light_imports

light_imports.install()  # before anything imports Whoosh: see light_imports

from .api import (DEFAULT_INDEX, CompactSummary, IndexSummary, add_stories, check_index,
                  compact_index, count, default_index_dir, explain, get_story, index_paths, index_stats, open_index,
                  parse_file, parse_paths, parse_text, rebuild_index, search, search_all,
                  search_pages, select_fields, similar, story_versions, walk_files)
from .errors import (IndexLockedError, NoIndexError, QueryError, ReadError,
                     SchemaVersionError, WireError)
from .story import FIELDS, FORMAT_VERSION, HIT_FIELDS, Story, make_id
from .watch import watch_paths

__all__ = [
    "__version__", "Story", "FIELDS", "HIT_FIELDS", "FORMAT_VERSION", "make_id",
    # searching
    "open_index", "search", "search_pages", "search_all", "count", "select_fields",
    "explain", "similar", "story_versions", "get_story", "index_stats",
    # indexing
    "add_stories", "index_paths", "watch_paths", "rebuild_index", "check_index",
    "compact_index", "default_index_dir", "DEFAULT_INDEX",
    "IndexSummary", "CompactSummary",
    # parsing
    "parse_file", "parse_paths", "parse_text", "walk_files",
    # errors
    "WireError", "ReadError", "NoIndexError", "IndexLockedError", "SchemaVersionError",
    "QueryError",
]
