"""wire: parse, index and search archives of news wire stories.

The public API; the ``wire`` command line is built on it. Importing this package does not
import Whoosh or the parser: they load on first use.
"""
__version__ = "0.1.0"

from .api import (DEFAULT_INDEX, IndexSummary, add_stories, check_index, default_index_dir,
                  get_story, index_paths, index_stats, open_index, parse_file, parse_paths,
                  parse_text, rebuild_index, search, walk_files)
from .errors import (IndexLockedError, NoIndexError, QueryError, ReadError,
                     SchemaVersionError, WireError)
from .story import FIELDS, Story, make_id

__all__ = [
    "__version__", "Story", "FIELDS", "make_id",
    "open_index", "search", "get_story", "index_stats", "add_stories", "index_paths",
    "rebuild_index", "check_index",
    "parse_file", "parse_paths", "parse_text", "walk_files", "default_index_dir", "DEFAULT_INDEX",
    "IndexSummary",
    "WireError", "ReadError", "NoIndexError", "IndexLockedError", "SchemaVersionError",
    "QueryError",
]
