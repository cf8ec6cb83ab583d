"""The Whoosh schema and analyzers: how each Story field is indexed and what is stored.

Searchable fields carry the Story field names. Two internal fields serve the index itself:
``file`` (the source file a story came from, so a changed or deleted file drops all of its
stories with one term) and ``record`` (the Story without its body, exactly as parsed, so
results and ``wire show`` print dates and names as the source wrote them).
"""
from __future__ import annotations

from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, Tokenizer
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
#: Names in a list are indexed one per line, this many positions apart, so that a phrase
#: cannot run from one name into the next ("choi ju" in ["Soo-hyang Choi", "Ju-min Park"]).
NAME_GAP = 100


def fold_analyzer():
    """Tokenize, lowercase and fold accents; no stemming and no stop words.

    The language-neutral base: issue 5 adds language-aware stemming as a further
    filter (or a stemmed copy of title/body) without changing this analysis.

    >>> [t.text for t in fold_analyzer()("Préoccupé par la CORÉE du Nord")]
    ['preoccupe', 'par', 'la', 'coree', 'du', 'nord']
    """
    return RegexTokenizer(WORD_PATTERN) | LowercaseFilter() | CharsetFilter(FOLD_MAP)


class NameListTokenizer(Tokenizer):
    r"""Words of a newline-separated list of names, with NAME_GAP positions between names.

    >>> [(t.text, t.pos) for t in NameListTokenizer()("Soo-hyang Choi\nJu-min Park", positions=True)]
    [('Soo', 0), ('hyang', 1), ('Choi', 2), ('Ju', 103), ('min', 104), ('Park', 105)]
    """

    def __init__(self, expression=WORD_PATTERN, gap=NAME_GAP):
        self.words = RegexTokenizer(expression)
        self.gap = gap

    def __eq__(self, other):
        return type(other) is type(self) and other.__dict__ == self.__dict__

    def __call__(self, value, positions=False, chars=False, start_pos=0, start_char=0,
                 **kwargs):
        pos, offset = start_pos, start_char
        for name in value.split("\n"):
            last = None
            for token in self.words(name, positions=positions, chars=chars, start_pos=pos,
                                    start_char=offset, **kwargs):
                if positions:
                    last = token.pos
                yield token
            if last is not None:
                pos = last + 1 + self.gap
            offset += len(name) + 1


FOLD = fold_analyzer()
NAME_FOLD = NameListTokenizer() | LowercaseFilter() | CharsetFilter(FOLD_MAP)


def _name_field():
    # Phrase positions so "soo-hyang choi" matches as a phrase; a name that analyses to
    # several words is searched as a phrase, not as unrelated words.
    return TEXT(analyzer=NAME_FOLD, phrase=True, multitoken_query="phrase")


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
