"""The Whoosh schema and analyzers: how each Story field is indexed and what is stored.

Searchable fields carry the Story field names. Two internal fields serve the index itself:
``file`` (the source file a story came from, so a changed or deleted file drops all of its
stories with one term) and ``record`` (the Story without its body, exactly as parsed, so
results and ``wire show`` print dates and names as the source wrote them).
"""
from __future__ import annotations

from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer
from whoosh.fields import DATETIME, ID, STORED, TEXT, SchemaClass
from whoosh.support.charset import accent_map

#: Bump when the schema or the analysis changes: an index written with another
#: version must be rebuilt, not silently searched with the wrong analysis.
SCHEMA_VERSION = 1

#: A query word in the title says more about what a story is about than one deep
#: in the body: the demo query ranks the story titled with its words first.
TITLE_BOOST = 2.0

#: Whoosh's accent map folds "é" to "e" but leaves some letters that readers type
#: spelled out ("Straße" -> "strasse", "cœur" -> "coeur").
FOLD_MAP = dict(accent_map)
FOLD_MAP.update({ord("ß"): "ss", ord("œ"): "oe", ord("æ"): "ae", ord("þ"): "th"})

#: Words: runs of letters/digits, keeping inner dots ("U.S."). Hyphens and apostrophes
#: split ("Soo-hyang" -> soo, hyang; "l'Ukraine" -> l, ukraine), the same way at index
#: and query time, so `reporter:choi` and `reporter:"soo-hyang choi"` both match.
WORD_PATTERN = r"\w+(\.?\w+)*"

#: Story fields held as lists of names; each is indexed as searchable text.
NAME_FIELDS = ("agencies", "cities", "reporters", "editors", "translators", "photographers")


def fold_analyzer():
    """Tokenize, lowercase and fold accents; no stemming and no stop words.

    The language-neutral base: issue 5 adds language-aware stemming as a further
    filter (or a stemmed copy of title/body) without changing this analysis.

    >>> [t.text for t in fold_analyzer()("Préoccupé par la CORÉE du Nord")]
    ['preoccupe', 'par', 'la', 'coree', 'du', 'nord']
    """
    return RegexTokenizer(WORD_PATTERN) | LowercaseFilter() | CharsetFilter(FOLD_MAP)


FOLD = fold_analyzer()


def _name_field():
    # Phrase positions so "soo-hyang choi" matches as a phrase; a name that analyses to
    # several words is searched as a phrase, not as unrelated words.
    return TEXT(analyzer=FOLD, phrase=True, multitoken_query="phrase")


class WireSchema(SchemaClass):
    id = ID(unique=True)
    file = ID()
    path = ID()
    record = STORED()
    title = TEXT(analyzer=FOLD, field_boost=TITLE_BOOST, multitoken_query="phrase")
    # Stored for snippets: highlighting re-analyses the stored text.
    body = TEXT(analyzer=FOLD, stored=True, multitoken_query="phrase")
    # Naive datetimes in UTC: Whoosh drops the zone, so offsets are applied before indexing.
    published = DATETIME(sortable=True)
    updated = DATETIME()
    agencies = _name_field()
    cities = _name_field()
    reporters = _name_field()
    editors = _name_field()
    translators = _name_field()
    photographers = _name_field()
    language = TEXT(analyzer=FOLD, phrase=False)
