"""User text + filters -> Whoosh query; Whoosh hits -> plain dicts with highlighted snippets.

The query language is Whoosh's parser with plugins swapped: field prefixes are checked
against our names (``city:`` means the ``cities`` field; an unknown prefix is an error, not
text), ``-word`` is NOT, single quotes are plain text (French: ``l'Ukraine``), and
``date:`` is read by day, month or year (periods.py), because Whoosh's own date plugin
widens an ISO date to its whole year.
"""
from __future__ import annotations

import bisect
import os
import pickle
import re
import struct
import sys
import threading
from array import array
from dataclasses import dataclass, field
from datetime import datetime
from itertools import accumulate
from typing import NamedTuple, Sequence

from whoosh import columns, formats, highlight, matching, query, scoring
from whoosh.analysis import Token
from whoosh.codec.whoosh3 import (LENGTHS_COLUMN, STORED_COLUMN, W3LeafMatcher,
                                  W3PerDocReader, _lenfield)
from whoosh.filedb.filetables import _lengths as _TERM_LENGTHS
from whoosh.fields import TEXT
from whoosh.qparser import QueryParser, plugins, syntax
from whoosh.qparser.taggers import RegexTagger
from whoosh.reading import TermNotFound
from whoosh.query.spans import Span, SpanNear2
from whoosh.support.levenshtein import distance
from whoosh.system import _INT_SIZE
from whoosh.util.numeric import byte_to_length

from . import collapse, paging, passages, spelling, vector
from .errors import QueryError
from .facets import FACETS, count_values
from .index import SPELLING_NAME, VERSION_MAP_NAME, mapped_file, record_of
from .periods import day_bound, parse_date_range
from .postings import UNREADABLE_BLOCKS, decode_list
from .schema import (FOLD, LOWER, NAME_FIELDS, WORD_PATTERN, WireSchema, fold, stemmer_for,
                     tag_language)
from .story import FORMAT_VERSION, HIT_FIELDS

#: Query prefix -> schema field. Singular prefixes read naturally (``reporter:yoon``);
#: the Story field names work too.
FIELD_ALIASES = {
    "title": "title", "body": "body",
    "city": "cities", "cities": "cities",
    "agency": "agencies", "agencies": "agencies",
    "reporter": "reporters", "reporters": "reporters",
    "editor": "editors", "editors": "editors",
    "translator": "translators", "translators": "translators",
    "photographer": "photographers", "photographers": "photographers",
    "lang": "language", "language": "language",
}
#: Prefixes that take a date or a date range rather than words.
DATE_PREFIXES = {"date": "published", "published": "published", "updated": "updated"}
#: Fields searched by a word with no prefix. Names (``names``: every name list in one
#: field) are included so that a reporter's or a city's name finds the story even when
#: the body does not repeat it.
KNOWN_PREFIXES = ("title: body: city: agency: reporter: editor: translator: photographer: "
                  "lang: date:")
DEFAULT_FIELDS = ("title", "body", "names")
#: The exact fields whose words are also searched in a stemmed copy (see schema.py).
STEM_FIELDS = {"title": "title_stem", "body": "text_stem"}
#: What a word's match is worth in each field (multiplies its BM25 score), for a word
#: with no field prefix. The stemmed text (title and body as one text, in the story's
#: language) carries the ranking, like one BM25 document; the exact body adds a share,
#: so that a form found as written ranks above one found by its stem; the exact title
#: adds a flat bonus for a headline holding the word (no length discount: TITLE_B = 0).
#: Measured with bench/relevance.py on Reuters-21578 (see the README for the table).
DEFAULT_WEIGHTS = {"title": 0.5, "body": 0.2, "text_stem": 1.0, "names": 1.0}
#: The same with a field prefix (``title:`` ``body:``): as written, and by stem.
PREFIX_WEIGHTS = {"title": 1.0, "title_stem": 0.7, "body": 1.0, "text_stem": 0.7}
#: Language detection misfiles a few stories of a one-language archive (Reuters-21578:
#: 47 of 20,841, in 17 languages). A language with fewer stories than this share of the
#: index is taken for noise when choosing the languages to stem a query word in (its
#: stories still match the exact word); --lang always counts.
MIN_LANGUAGE_SHARE = 0.002
#: Fields whose words can be highlighted in a snippet.
TEXT_FIELDS = frozenset(DEFAULT_FIELDS + NAME_FIELDS + ("language",)
                        + tuple(STEM_FIELDS.values()))
SORTS = ("relevance", "newest", "oldest", "recent")
#: --sort recent: relevance, with a story's score halved every RECENCY_HALF_LIFE_DAYS it
#: is older than the newest match (the newest match, not today: an archive of 1987 is
#: all old), down to RECENCY_FLOOR of it, so a much better old story still ranks.
RECENCY_HALF_LIFE_DAYS = 30
RECENCY_FLOOR = 0.5
#: Whoosh's sortable dates count microseconds (whoosh.util.times.datetime_to_long).
_TICKS_PER_DAY = 1_000_000 * 86_400
#: Fewer hits than this and the search also suggests a corrected query.
FEW_HITS = 3
#: Matches between attempts to simplify a matcher (drop its finished branches): Whoosh's
#: own collector uses 10.
MATCHER_REPLACE_EVERY = 10
#: Version maps kept for the index states searched last (a long-running process moves on
#: to a new state at each commit it sees).
VERSION_STATES_KEPT = 2
#: A search matching fewer than this share of the index looks its version groups up in
#: the index one by one (~100 us each over 8 segments); more, and it builds the map of
#: every document's group (~50 ms per 100,000 stories; read from the run's version map
#: file in a few ms when there is one), kept for the next searches.
VERSION_MAP_SHARE = 1 / 250

# Filters from options: option name -> schema field.
FILTER_FIELDS = {"city": "cities", "reporter": "reporters", "agency": "agencies",
                 "lang": "language"}

#: Not inside a word ("10:16", "e-mail:" are no fields), but right after a NOT minus.
_TERM_START = r"(?<![\w.])(?<!\w-)"
#: A field prefix: letters then a colon.
FIELD_PREFIX_RE = _TERM_START + r"(?P<text>[A-Za-z_]+):(?=\S)"
#: A date term: ``date:2023-11``, ``date:2023-11-01..2023-11-30``, ``date:..2023-12-31``.
DATE_TERM_RE = (_TERM_START + r"(?P<prefix>(?i:" + "|".join(DATE_PREFIXES) + r")):"
                r"(?P<text>[^\s()]*)")
#: NOT as a word, or a minus sign starting a term (``-word``, ``-"a phrase"``, ``-city:x``).
NOT_RE = r"(^|(?<=(\s|[()])))(NOT(?=\s)|-(?=[^\s-]))"
#: A query's tokens for the shape check (parse_query): a quoted phrase, a bracket, or a
#: run of anything else.
QUERY_TOKEN_RE = re.compile(r'"[^"]*"|[()]|[^\s()"]+')
#: A known field's prefix with nothing right after it: "title: Seoul", "city:" (date
#: prefixes have their own message, periods.parse_period's).
EMPTY_PREFIX_RE = re.compile(r"(?i)^(?:" + "|".join(sorted(FIELD_ALIASES, key=len, reverse=True)) + r"):$")
#: The operators, and what may stand on the side of one where a word belongs.
BINARY_OPERATORS = frozenset(("AND", "OR"))
OPERATORS = BINARY_OPERATORS | {"NOT"}

#: Snippets: up to this many fragments (passages of passages.SNIPPET_MAXCHARS) -- two lines
#: on a terminal.
SNIPPET_FRAGMENTS = 2
#: Characters of body shown when no query word occurs in it (a title or filter match).
SNIPPET_LEAD_CHARS = 200


# -- dates ----------------------------------------------------------------------------

def date_range_query(fieldname: str, spec: str) -> query.Query:
    """``2023-11-01..2023-11-30``, ``2023-11..``, ``..2023-12-31`` or one period -> DateRange."""
    start, end = parse_date_range(spec)
    return ColumnDateRange(fieldname, start, end, endexcl=True)


class ColumnDateRange(query.DateRange):
    """A date range matched by reading the field's sortable column, not its numeric terms.

    Whoosh turns a date range into an OR of dozens of numeric terms per segment and reads
    every document they hold before the rest of the query is looked at (a six-month range
    over 100,000 stories: the slowest kind of query, ~230 ms median). The column is read
    lazily instead: only the documents the rest of the query reaches are checked. The
    documents and scores are DateRange's (its constant score: ``boost``), and so is the
    size estimate, so an AND builds the same matcher tree and sums scores in the same order.
    A field without a column (``updated``) is matched the Whoosh way.
    """

    def matcher(self, searcher, context=None):
        reader = searcher.reader()
        if (context is not None and context.needs_current) or not reader.is_atomic() \
                or not reader.has_column(self.fieldname):
            return super().matcher(searcher, context)  # DateRange's own scoring path
        lo = self.start if self.start is not None else 0
        if self.startexcl:
            lo += 1
        hi = self.end if self.end is not None else paging.UNDATED
        if self.end is not None and not self.endexcl:
            hi += 1
        deleted = reader.is_deleted if reader.has_deletions() else None
        # ListMatcher(all_weights=boost) is what DateRange's ConstantScoreQuery gives.
        score = self.boost or 1.0
        m = _ColumnRangeMatcher(column_numbers(reader, self.fieldname), lo, hi, deleted,
                                score)
        m.reader = reader  # its deleted_docs_set, for the array path
        return m

    def estimate_size(self, ixreader):
        """DateRange's estimate (it expands the range into the field's terms: ~4 ms a
        segment), kept per index state: an AND of three or more orders its branches by
        it, so it must stay the same."""
        estimate = super().estimate_size
        return _RANGE_SIZES.get(_reader_state(ixreader),
                                (self.fieldname, self.start, self.end, self.startexcl,
                                 self.endexcl), lambda: estimate(ixreader))

    def docs(self, searcher):
        return self.matcher(searcher, searcher.boolean_context()).all_ids()


class _PerState:
    """Values derived from an index state (its segments and their deletions: see
    _reader_state), kept for the ``states`` states used last. A commit makes a new
    state; the values of the old ones go with them."""

    def __init__(self, states: int = 1):
        self.states, self.kept = states, {}  # state -> {key: value}, most recent last
        self.lock = threading.Lock()

    def get(self, state, key, build):
        """The value of ``key`` in ``state``, from ``build()`` the first time (every
        time when there is no state to name)."""
        if state is None:
            return build()
        with self.lock:
            values = self.kept.pop(state, None)
            if values is None:
                values = {}
                while len(self.kept) >= self.states:
                    self.kept.pop(next(iter(self.kept)))
            self.kept[state] = values
            if key in values:
                return values[key]
        value = build()
        with self.lock:
            return values.setdefault(key, value)


#: ColumnDateRange size estimates: the index and each of its segments is a state.
_RANGE_SIZES = _PerState(states=64)


def column_numbers(reader, fieldname) -> Sequence[int]:
    """The raw values of a numeric column of one segment, one per document.

    Read in one piece: the column is a packed array of big-endian numbers, and reading it
    value by value costs a function call and a struct unpack each.
    """
    col = reader.column_reader(fieldname, translate=False)
    count = reader.doc_count_all()
    if type(col) is columns.NumericColumn.Reader and col._typecode == "Q":
        values = array("Q")
        values.frombytes(col._dbfile.get(col._basepos, col._count * 8))
        if sys.byteorder == "little":
            values.byteswap()
        if len(values) < count:  # documents after the last stored value have the default
            values.extend([col._default] * (count - len(values)))
        return values
    return list(col)


def index_numbers(searcher, fieldname) -> list[int]:
    """A numeric column's raw values for every document of the index (docnum order).

    One read per segment: looking values up one by one through Whoosh's multi-segment
    reader cost ~2 us each, and a date sort looks up every match.
    """
    values: list[int] = []
    for sub, _ in searcher.leaf_searchers():
        reader = sub.reader()
        if reader.has_column(fieldname):
            values.extend(column_numbers(reader, fieldname))
        else:
            default = searcher.schema[fieldname].column_type.default_value()
            values.extend([default] * reader.doc_count_all())
    return values


class _ColumnRangeMatcher(matching.Matcher):
    """Documents whose column value is in ``[lo, hi)``, found by scanning forward."""

    def __init__(self, values, lo, hi, deleted, score, start=0):
        self._values, self._lo, self._hi = values, lo, hi
        self._deleted, self._score = deleted, score
        self._i = self._seek(start)

    def _seek(self, i):
        values, lo, hi, deleted = self._values, self._lo, self._hi, self._deleted
        n = len(values)
        while i < n:
            if lo <= values[i] < hi and not (deleted and deleted(i)):
                return i
            i += 1
        return n

    def is_active(self):
        return self._i < len(self._values)

    def id(self):
        return self._i

    def next(self):
        self._i = self._seek(self._i + 1)

    def skip_to(self, id):
        if not self.is_active():
            raise matching.ReadTooFar
        if id > self._i:
            self._i = self._seek(id)

    def reset(self):
        self._i = self._seek(0)

    def copy(self):
        return self.__class__(self._values, self._lo, self._hi, self._deleted, self._score,
                              self._i)

    def replace(self, minquality=0):
        if not self.is_active() or (minquality and self._score < minquality):
            return matching.NullMatcher()
        return self

    def all_ids(self):
        while self.is_active():
            yield self._i
            self.next()

    def supports_block_quality(self):
        return False

    def max_quality(self):
        return self._score

    block_quality = max_quality

    def supports(self, astype):
        return False

    def value(self):
        return ""

    def weight(self):
        return self._score

    def score(self):
        return self._score


# -- the parser -------------------------------------------------------------------------

class _DateNode(syntax.SyntaxNode):
    def __init__(self, q):
        self.q = q

    def r(self):
        return repr(self.q)

    def query(self, parser):
        return self.q


class DatePlugin(plugins.TaggingPlugin):
    """``date:`` terms become DateRange queries on ``published`` (see ``date_range_query``)."""
    priority = -1  # before the field tagger, which would take "date:" for a field name
    expr = DATE_TERM_RE

    def create(self, parser, match):
        fieldname = DATE_PREFIXES[match.group("prefix").lower()]
        return _DateNode(date_range_query(fieldname, match.group("text")))


class StrictFieldsPlugin(plugins.FieldsPlugin):
    """Field prefixes from FIELD_ALIASES; any other prefix is an error, not text."""

    class FieldnameTagger(RegexTagger):
        def create(self, parser, match):
            name = match.group("text")
            fieldname = FIELD_ALIASES.get(name.lower())
            if fieldname is None:
                raise QueryError(f"unknown field {name + ':'!r} (fields: {KNOWN_PREFIXES})")
            return syntax.FieldnameNode(fieldname, match.group(0))

    def __init__(self):
        super().__init__(expr=FIELD_PREFIX_RE, remove_unknown=False)


def query_schema(schema):
    """The schema the parser analyses with: title and body lowercased but not folded.

    Folding waits until ``expand_query``, which stems the word as written first.
    """
    qs = WireSchema()
    for name in STEM_FIELDS:
        qs.remove(name)
        qs.add(name, TEXT(analyzer=LOWER, multitoken_query="phrase"))
    return qs


def make_parser(schema) -> QueryParser:
    """Whoosh's parser with our plugins: words ANDed across DEFAULT_FIELDS."""
    qp = QueryParser(None, query_schema(schema), group=syntax.AndGroup)

    qp.remove_plugin_class(plugins.SingleQuotePlugin)  # apostrophes are text: "l'Ukraine"
    qp.remove_plugin_class(plugins.FieldsPlugin)
    qp.remove_plugin_class(plugins.OperatorsPlugin)
    # Only the documented operators: AND, OR, NOT. ANDNOT/ANDMAYBE/REQUIRE are plain words
    # (REQUIRE also trips an assertion in Whoosh's matcher).
    operators = plugins.OperatorsPlugin(Not=NOT_RE, AndNot=None, AndMaybe=None, Require=None)
    qp.add_plugins([StrictFieldsPlugin(), operators, DatePlugin(),
                    plugins.MultifieldPlugin(DEFAULT_FIELDS)])
    return qp


_PARSERS: dict[int, QueryParser] = {}


def parse_query(text: str, schema) -> query.Query | None:
    """The user's query text -> a Whoosh query, or None when it holds nothing to search.

    Raises QueryError for an unbalanced quote, an unknown field or an unreadable date.
    """
    if not text or not text.strip():
        return None
    if text.count('"') % 2:
        raise QueryError(f"unbalanced quote in {text!r}: close the phrase with \"")
    _check_shape(text)
    parser = _PARSERS.get(id(schema))
    if parser is None:
        parser = _PARSERS[id(schema)] = make_parser(schema)
    try:
        q = parser.parse(text)
    except QueryError:
        raise
    except Exception:  # Whoosh's parser fails on some operator tangles ("NOT OR AND")
        raise QueryError(f"cannot read the query {text!r}: check its operators "
                         "(AND, OR, NOT) and brackets") from None
    if q is query.NullQuery or isinstance(q, query.qcore._NullQuery):
        return None
    return q


def _check_shape(text: str) -> None:
    """Raise QueryError where Whoosh's parser would quietly read the query as something
    else: an unclosed or unopened bracket (it closes or drops it), an operator with no
    word on one side ("OR Seoul", "Blinken AND": it searches the word "or", "and"), a
    field prefix with no word right after it ("title: Seoul", "city:": it searches the
    words "title", "city").

    >>> _check_shape('(Seoul OR Tokyo) NOT -Busan title:Blinken city:"New York" title:(a b)')
    >>> _check_shape("Blinken AND")
    Traceback (most recent call last):
    ...
    indexer.errors.QueryError: 'AND' needs a word on each side in 'Blinken AND' (write 'and' to search for the word)
    """
    found = list(QUERY_TOKEN_RE.finditer(text))
    tokens = [m.group() for m in found]
    depth = 0
    for token in tokens:
        depth += (token == "(") - (token == ")")
        if depth < 0:
            raise QueryError(f"unbalanced bracket in {text!r}: a ')' closes no '('")
    if depth:
        raise QueryError(f"unbalanced bracket in {text!r}: close the group with ')'")
    for i, token in enumerate(tokens):
        end = found[i].end()
        if EMPTY_PREFIX_RE.match(token) and (end == len(text) or text[end].isspace()):
            raise QueryError(f"{token} needs a word right after it, with no space, in {text!r} "
                             f"(e.g. {token}Seoul or {token}\"New York\")")
        if token not in OPERATORS:
            continue
        before = tokens[i - 1] if i else "("
        after = tokens[i + 1] if i + 1 < len(tokens) else ")"
        if after in (")",) or after in BINARY_OPERATORS or (
                token in BINARY_OPERATORS and (before == "(" or before in OPERATORS)):
            side = "after it" if token == "NOT" else "on each side"
            raise QueryError(f"{token!r} needs a word {side} in {text!r} "
                             f"(write {token.lower()!r} to search for the word)")


# -- language-aware expansion ---------------------------------------------------------------
#
# A query's language is unknown (and short queries defeat language detection), so each
# word is stemmed in every language it could be meant in: the --lang languages when
# given, else the languages of the stories in the index. "concerns" becomes
# title:concerns OR body:concerns OR text_stem:concern (en) OR text_stem:concerns (fr)
# OR names:concerns; each story's stem field holds stems of its own language only, so
# a foreign stem rarely meets anything, and the exact word still ranks an exact match
# first.

def query_languages(reader, lang_filter=()) -> tuple:
    """The languages to stem query words in; None stands for stories with no language."""
    if lang_filter:
        return tuple(sorted({fold(code) for code in lang_filter}))
    return _LANGUAGES.get(_reader_state(reader), None, lambda: _query_languages(reader))


#: query_languages of the index state searched last (walking the language terms of
#: every segment cost ~4 ms a search).
_LANGUAGES = _PerState()


def _query_languages(reader) -> tuple:
    total = reader.doc_count()
    counts = {code.decode("utf-8"): reader.doc_frequency("language", code)
              for code in reader.lexicon("language")}
    langs = sorted(code for code, n in counts.items() if n >= MIN_LANGUAGE_SHARE * total)
    untagged = total - sum(counts.values())
    return tuple(langs) + ((None,) if untagged >= MIN_LANGUAGE_SHARE * total or not langs else ())


def word_forms(word: str, langs) -> tuple[str, list[str]]:
    """A lowercased query word -> (its exact folded form, its stems in ``langs``).

    >>> word_forms("élections", ("en", "es", "fr"))
    ('elections', ['election', 'elect', 'elections'])
    """
    stems: list[str] = []
    for lang in langs:
        for stem in stemmer_for(lang)(word):
            if stem not in stems:
                stems.append(stem)
    return fold(word), stems


def expand_query(q: query.Query, langs) -> query.Query:
    """Fold title/body words and add each plain word's stems in the stem fields.

    A word with no prefix (the parser's title OR body OR names) becomes one group
    weighted by DEFAULT_WEIGHTS; a ``title:``/``body:`` word is searched as written and
    by its stem (PREFIX_WEIGHTS). Phrases, prefixes and wildcards stay exact (folded):
    a phrase means these words.

    The walk is module functions, not nested ones: a nested function that calls itself
    is a reference cycle, left for the garbage collector at every search.
    """
    return _expanded(q, langs).normalize()


def _expanded(node, langs):
    if node.is_leaf():
        if type(node) is query.Phrase:
            node = AdjacentPhrase.of(node)
        if node.field() == "cities" and type(node) in (query.Term, AdjacentPhrase):
            return _city_names(node)
        if node.field() not in STEM_FIELDS:
            return node
        weight = node.boost * PREFIX_WEIGHTS[node.fieldname]
        if type(node) is query.Term:
            stem_field = STEM_FIELDS[node.fieldname]
            words = [query.Term(node.fieldname, fold(node.text), boost=weight)]
            words += _stem_terms_of(stem_field, node.text,
                                    node.boost * PREFIX_WEIGHTS[stem_field], langs)
            return words[0] if len(words) == 1 else query.Or(words)
        node.boost = weight
        if isinstance(node, query.Phrase):
            node.words = [fold(w) for w in node.words]
        elif isinstance(node, query.TermRange):
            node.start = fold(node.start) if node.start else node.start
            node.end = fold(node.end) if node.end else node.end
        elif isinstance(getattr(node, "text", None), str):
            node.text = fold(node.text)
        return node
    if isinstance(node, query.Or):
        group = _default_word(node, langs)
        if group is not None:
            return group
    return node.apply(lambda child: _expanded(child, langs))


def _city_names(node):
    """``city:Rome`` -> the city under each of its names (normalize.city_variants), as
    the --city filter takes it."""
    from .normalize import city_variants
    variants = city_variants(node.text if type(node) is query.Term else " ".join(node.words))
    if len(variants) == 1:
        return node
    return query.Or([_name_query("cities", "city", v) for v in variants], boost=node.boost)


def _stem_terms_of(field: str, word: str, weight: float, langs) -> list:
    return [query.Term(field, stem, boost=weight) for stem in word_forms(word, langs)[1]]


def _default_word(node, langs):
    """title:w OR body:w OR names:w, as the parser builds a word with no prefix."""
    terms = {child.fieldname: child for child in node.children() if type(child) is query.Term}
    if set(terms) != set(DEFAULT_FIELDS) or len(terms) != len(node.subqueries) \
            or terms["title"].text != terms["body"].text:
        return None
    word, boost = terms["title"].text, terms["title"].boost
    words = [query.Term(field, fold(word), boost=boost * DEFAULT_WEIGHTS[field])
             for field in STEM_FIELDS]
    words += _stem_terms_of("text_stem", word, boost * DEFAULT_WEIGHTS["text_stem"], langs)
    names = terms["names"]
    words.append(query.Term("names", names.text, boost=names.boost * DEFAULT_WEIGHTS["names"]))
    return query.Or(words)


# -- filters ----------------------------------------------------------------------------

def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [v for v in value if v is not None]


@dataclass
class Filters:
    """Filters that narrow a search without scoring it. Each name list matches any of its names."""
    city: list[str] = field(default_factory=list)
    reporter: list[str] = field(default_factory=list)
    agency: list[str] = field(default_factory=list)
    lang: list[str] = field(default_factory=list)
    since: datetime | None = None  # inclusive, naive UTC
    until: datetime | None = None  # exclusive, naive UTC: the day after the --until day

    @classmethod
    def build(cls, *, city=None, reporter=None, agency=None, lang=None, since=None,
              until=None) -> "Filters":
        f = cls(city=_as_list(city), reporter=_as_list(reporter), agency=_as_list(agency),
                lang=_as_list(lang), since=day_bound(since, end=False),
                until=day_bound(until, end=True))
        if f.since and f.until and f.since >= f.until:
            raise QueryError(f"--since {since} is after --until {until}")
        return f

    def __bool__(self) -> bool:
        return any([self.city, self.reporter, self.agency, self.lang, self.since, self.until])

    def query(self) -> query.Query | None:
        parts = []
        for option, fieldname in FILTER_FIELDS.items():
            values = getattr(self, option)
            if option == "city" and values:  # "Rome" also finds ROMA and ROM datelines
                from .normalize import city_variants
                values = list(dict.fromkeys(v for value in values for v in city_variants(value)))
            if values:
                parts.append(query.Or([_name_query(fieldname, option, v) for v in values]))
        if self.since or self.until:
            parts.append(ColumnDateRange("published", self.since, self.until, endexcl=True))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else query.And(parts)


def _name_query(fieldname: str, option: str, value: str) -> query.Query:
    """A name as a phrase of its folded words: "Hye-jin Yoon" -> hye jin yoon."""
    words = [t.text for t in FOLD(value)]
    if not words:
        raise QueryError(f"--{option} {value!r} has no letters or digits to search for")
    if len(words) == 1:
        return query.Term(fieldname, words[0])
    if fieldname == "language":  # one code, indexed without positions: no phrase can match
        raise QueryError(f"--{option} {value!r} is not a language code (e.g. en, fr, de)")
    return AdjacentPhrase(fieldname, words)


class AdjacentPhrase(query.Phrase):
    """``query.Phrase`` whose words must stand next to each other (slop 1, the only kind
    wire builds), checked on the position lists themselves.

    Whoosh checks a phrase through span queries: a ``Span`` object for every position of
    every word in every candidate story, then a binary search per span. A two-word phrase
    of common words ran ~45 µs a candidate (1.7 s for 34,000 candidates in a 100,000-story
    index). Here a candidate's first-word positions are kept where the next word sits one
    further along, with a set lookup: the same stories, the same spans (first to last
    word), the same scores (the words' intersection scores them in both cases).
    """

    @classmethod
    def of(cls, phrase: query.Phrase) -> "AdjacentPhrase":
        return cls(phrase.fieldname, phrase.words, slop=phrase.slop, boost=phrase.boost,
                   char_ranges=phrase.char_ranges)

    def matcher(self, searcher, context=None):
        terms = self.terms_in(searcher)
        if terms is None:
            return super().matcher(searcher, context)
        if not terms:
            return matching.NullMatcher()
        if getattr(_UNREAD, "phrases", False):  # see _dense_query: read as arrays later
            m = _AdjacentMatcher.__new__(_AdjacentMatcher)
            m.unread = (terms, searcher, context)
        else:
            m = _AdjacentMatcher([term.matcher(searcher, context) for term in terms])
        if self.boost != 1.0:
            m = matching.WrappingMatcher(m, boost=self.boost)
        return m

    def terms_in(self, searcher) -> list | None:
        """The phrase's words as Term queries of the searcher's segment; [] when a word
        is in no story (nothing matches); None for a phrase Whoosh's Phrase matches."""
        field = searcher.schema[self.fieldname] if self.fieldname in searcher.schema else None
        fmt = getattr(field, "format", None)
        if self.slop != 1 or not self.words or type(fmt) is not formats.Positions:
            return None
        reader = searcher.reader()
        terms = []
        for word in self.words:
            try:
                btext = field.to_bytes(word)
            except ValueError:
                return []
            if (self.fieldname, btext) not in reader:  # a word no story has: no match
                return []
            terms.append(query.Term(self.fieldname, btext))
        return terms


#: While set (``phrases``), AdjacentPhrase makes matchers that hold their words unread.
_UNREAD = threading.local()


def _positions(matcher):
    """A word's positions in the current story: Positions.decode_positions with the
    running sum in C (a count, then the pickled deltas; Whoosh's own writer may leave
    off the pickle's final STOP)."""
    value = matcher.value()
    if not value.endswith(b"."):
        value += b"."
    return accumulate(pickle.loads(value[_INT_SIZE:]))


class _AdjacentMatcher(SpanNear2.SpanNear2Matcher):
    """SpanNear2's matcher for slop 1, ordered, at least one apart: its spans from
    position lists (see AdjacentPhrase)."""

    def __init__(self, ms):
        super().__init__(ms, slop=1, ordered=True, mindist=1)

    def copy(self):
        return self.__class__([m.copy() for m in self.ms])

    def _get_spans(self):
        ms = self.ms
        starts = list(_positions(ms[0]))
        for offset in range(1, len(ms)):
            follow = set(_positions(ms[offset]))
            starts = [start for start in starts if start + offset in follow]
            if not starts:
                return []
        last = len(ms) - 1
        return [Span(start, start + last) for start in starts]


# -- searching --------------------------------------------------------------------------

def prepare_search(searcher, text: str, filters: Filters, sort: str = "relevance"):
    """Check a search and build its parts: ``(query, filter query, highlight terms, sort)``.

    ``sort`` comes back as the order actually used: a search with only filters has nothing
    to rank by, so relevance becomes newest first.
    """
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r} (choose {', '.join(SORTS)})")
    q = parse_query(text, searcher.schema)
    if q is not None:
        q = expand_query(q, query_languages(searcher.reader(), filters.lang))
    fq = filters.query()
    if q is None and fq is None:
        raise QueryError("empty query: give words to search for, or a filter such as --city"
                         if not (text or "").strip() else
                         f"nothing to search for in {text!r}: give words or a filter")
    terms = highlight_terms(q, searcher.reader()) if q is not None else set()
    if q is None:
        q = query.Every()
    if sort in ("relevance", "recent") and not terms:
        sort = "newest"  # nothing to rank by (only filters): newest first reads best
    return q, fq, terms, sort


def count_matches(searcher, text: str, filters: Filters, *, all_versions: bool = False) -> int:
    """How many stories match (each story once, whatever its versions), without ranking
    or reading any of them."""
    q, _, _, _ = prepare_search(searcher, text, filters)
    matches = collect_matches(searcher, q, filters.query(), scored=False)
    if all_versions or not matches:
        return len(matches)
    state = version_state(searcher, len(matches))
    keys = state.keys if state is not None else version_column(searcher.reader())
    return len({keys[docnum] for docnum, _ in matches})


def collect_matches(searcher, q: query.Query, fq: query.Query | None, *,
                    scored: bool) -> list[tuple[int, float | None]]:
    """``(docnum, score)`` of every document matching ``q`` and the filter ``fq``, in one
    pass per segment; the score is None unless ``scored``.

    What ``searcher.search(q, filter=fq, limit=None)`` finds, with the same scores, but
    the filter is stepped through beside the query (each skipping to the other's next
    document) instead of being gathered whole first: a filter such as a year or an
    agency holds a large share of the archive, and reading all of it cost more than the
    search it narrowed.
    """
    weighting = searcher.weighting
    final = weighting.final if scored and weighting.use_final else None
    context = searcher.context() if scored else searcher.context(weighting=None)
    if scored:
        _numpy_if_worth_it(searcher, q)  # for _scored
    out: list[tuple[int, float | None]] = []
    for sub, offset in searcher.leaf_searchers():
        m = q.matcher(sub, context)
        f = fq.matcher(sub, sub.boolean_context()) if fq is not None else None
        if f is not None and not f.is_active():
            continue  # nothing in this segment passes the filter
        if not scored:
            ids = branch_ids(m)
            if ids is not None:
                out.extend(_filtered(dict.fromkeys(ids), f, offset))
                continue
            if f is None:
                out.extend((offset + docnum, None) for docnum in m.all_ids())
                continue
        if scored and final is None:
            scores = branch_scores(m, lengths=_FieldLengths(sub.reader()))
            if scores is not None:
                out.extend(_filtered(scores, f, offset))
                continue
        countdown = 0
        while m.is_active():
            if countdown == 0:  # drop finished branches, as Whoosh's collector does
                m = m.replace(0)
                if not m.is_active():
                    break
                countdown = MATCHER_REPLACE_EVERY
            countdown -= 1
            docnum = m.id()
            if f is not None:
                if f.id() < docnum:
                    f.skip_to(docnum)
                    if not f.is_active():
                        break
                if f.id() != docnum:
                    m.skip_to(f.id())
                    continue
            if scored:
                score = m.score()
                if final is not None:
                    score = final(searcher, offset + docnum, score)
                out.append((offset + docnum, score))
            else:
                out.append((offset + docnum, None))
            m.next()
    return out


# Scoring branch by branch. Stepping a matcher tree scores one document at a time, each
# step a cascade of calls through every node (measured: ~15 us a document for a word
# searched in four fields). For the trees plain words build (unions and intersections of
# term postings, boosts), each term's postings are scored in one loop and the branches
# combined by document: the sums are the ones the tree makes, in its order (a + b), so
# the scores are the same to the last bit. Other branches (phrases, NOT, dates) are
# stepped as before, skipping to the documents the rest of the tree holds.

def branch_scores(m, only=None, lengths=None) -> dict | None:
    """docnum -> score of every document the matcher matches (of ``only``, a sorted list
    of documents, when given), or None for a matcher that can only be stepped through.
    The matcher is used up only when scores come back."""
    if not _can_score(m):
        return None
    return _scores(m, only, lengths or (lambda fieldname: None))


def branch_ids(m) -> set | None:
    """The documents a matcher matches, unscored, read list by list like branch_scores;
    None for a matcher that can only be stepped through."""
    if not _can_score(m, scored=False):
        return None
    return _ids(m)


def _ids(m) -> set:
    kind = type(m)
    if kind is matching.UnionMatcher:
        return _ids(m.a) | _ids(m.b)
    if kind is matching.IntersectionMatcher:
        a_ok, b_ok = (_can_score(m.a, scored=False, moved=True),
                      _can_score(m.b, scored=False, moved=True))
        if a_ok and b_ok:
            return _ids(m.a) & _ids(m.b)
        known, other = (_ids(m.a), m.b) if a_ok else (_ids(m.b), m.a)
        return set(_also_in(sorted(known), other))
    if kind is matching.FilterMatcher:
        ids, exclude = m._ids, m._exclude
        return {d for d in _ids(m.child) if (d in ids) != exclude}
    if kind is matching.WrappingMatcher:
        return _ids(m.child)
    if isinstance(m, matching.NullMatcherClass) or not m.is_active():
        return set()
    out = set()
    while m.is_active():
        if m._ids is None:
            m._read_ids()
        out.update(m._ids)
        m._next_block()
    return out


def _can_score(m, scored=True, moved=False) -> bool:
    """Whether a branch can be read list by list. ``moved``: it lies under an AND, where
    postings before a list's current place cannot match (see _is_postings)."""
    kind = type(m)
    if kind is matching.UnionMatcher:
        return _can_score(m.a, scored, moved) and _can_score(m.b, scored, moved)
    if kind is matching.IntersectionMatcher:  # the other branch is stepped
        return _can_score(m.a, scored, True) or _can_score(m.b, scored, True)
    if kind is matching.WrappingMatcher or kind is matching.FilterMatcher:
        return _can_score(m.child, scored, moved)
    return (isinstance(m, matching.NullMatcherClass) or not m.is_active()
            or _is_bm25_postings(m, moved) or (not scored and _is_postings(m, moved)))


def _size(m) -> float:
    """Bytes of postings under a branch (of an AND): which side of it to read whole."""
    kind = type(m)
    if kind is matching.UnionMatcher:
        return _size(m.a) + _size(m.b)
    if kind is matching.IntersectionMatcher:
        return min(_size(m.a), _size(m.b))
    if kind is matching.WrappingMatcher or kind is matching.FilterMatcher:
        return _size(m.child)
    if isinstance(m, matching.NullMatcherClass) or not m.is_active():
        return 0
    if not _is_bm25_postings(m, moved=True):
        return float("inf")
    length = m._length  # (bytes,) as the term info gives it
    return length[0] if isinstance(length, tuple) else length


def _scores(m, only, lengths) -> dict:
    kind = type(m)
    if kind is matching.UnionMatcher:
        a, b = _scores(m.a, only, lengths), _scores(m.b, only, lengths)
        if not a:
            return b
        for docnum, score in b.items():
            a[docnum] = a[docnum] + score if docnum in a else score
        return a
    if kind is matching.IntersectionMatcher:
        a_ok, b_ok = _can_score(m.a, moved=True), _can_score(m.b, moved=True)
        if a_ok and b_ok:
            if _size(m.a) <= _size(m.b):
                a = _scores(m.a, only, lengths)
                b = _scores(m.b, sorted(a), lengths)
            else:
                b = _scores(m.b, only, lengths)
                a = _scores(m.a, sorted(b), lengths)
            return {docnum: score + b[docnum] for docnum, score in a.items() if docnum in b}
        if a_ok:
            return _intersect_stepped(_scores(m.a, only, lengths), m.b, stepped_first=False)
        return _intersect_stepped(_scores(m.b, only, lengths), m.a, stepped_first=True)
    if kind is matching.WrappingMatcher or kind is matching.FilterMatcher:
        child, boost = _scores(m.child, only, lengths), m.boost
        if kind is matching.FilterMatcher:
            ids, exclude = m._ids, m._exclude
            return {d: s * boost for d, s in child.items() if (d in ids) != exclude}
        return {d: s * boost for d, s in child.items()}
    if isinstance(m, matching.NullMatcherClass) or not m.is_active():
        return {}
    return _postings_scores(m, only, lengths(m._term[0]) if m._term else None)


def _is_postings(m, moved=False) -> bool:
    """A term's postings (Whoosh's codec matcher) read from the start, or from the start
    of its current block when ``moved`` allows: an AND moves its branches to their first
    shared document when it is made, and a document before that is in no other branch,
    so reading from there finds the same matches."""
    return type(m).__name__ == "W3LeafMatcher" and (moved or getattr(m, "_i", None) == 0)


def _is_bm25_postings(m, moved=False) -> bool:
    return _is_postings(m, moved) and type(m.scorer) is scoring.BM25FScorer


def _postings_scores(m, only, raw) -> dict:
    """Each posting's score as the scorer gives it: BM25 of its weight and field length
    (``raw``: the segment's length bytes, else the scorer's own lookup)."""
    ids, weights = [], []
    wanted = set(only) if only is not None else None
    i = 0
    while m.is_active():
        if wanted is not None:
            # Only blocks holding a wanted document are decoded; the others are passed
            # on their header (Whoosh's skip_to does the same, one document at a time).
            if i == len(only):
                break
            if m._maxid < only[i]:
                m._next_block()
                continue
            i = bisect.bisect_right(only, m._maxid, i)
        if m._ids is None:
            m._read_ids()
        if m._weights is None:
            m._read_weights()
        if wanted is None:
            ids.extend(m._ids)
            weights.extend(m._weights)
        else:
            for docnum, weight in zip(m._ids, m._weights):
                if docnum in wanted:
                    ids.append(docnum)
                    weights.append(weight)
        m._next_block()
    return _scored(m.scorer, ids, weights, raw)


#: Posting lists of at least this many postings are scored with numpy, once it is loaded.
VECTOR_MIN_POSTINGS = 512
#: A search whose words hold at least this many postings loads numpy for it: importing it
#: (~60 ms in a fresh process) costs less than scoring that many postings one by one.
VECTOR_IMPORT_POSTINGS = 100_000


def _scored(scorer, ids, weights, raw) -> dict:
    """docnum -> BM25 of each posting. Long lists are scored with numpy when it is loaded
    (see VECTOR_IMPORT_POSTINGS): Whoosh's bm25() over arrays, the same operations in the
    same order, each rounded as Python rounds it (IEEE doubles, no fused steps), so every
    score is the same to the last bit."""
    score = scorer._score
    if raw is None:
        return {docnum: score(weight, scorer.dfl(docnum)) for docnum, weight in zip(ids, weights)}
    np = sys.modules.get("numpy")
    if np is not None and len(ids) >= VECTOR_MIN_POSTINGS:
        scores = _bm25_vector(np, scorer, ids, np.array(weights, dtype=np.float64), raw)
        if scores is not None:
            return dict(zip(ids, scores.tolist()))
    return {docnum: score(weight, _BYTE_LENGTHS[raw[docnum]])
            for docnum, weight in zip(ids, weights)}


def _bm25_vector(np, scorer, ids, tf, raw):
    """Whoosh's bm25() of each posting (``tf``: their weights, float64; ``raw``: the
    segment's length bytes) over arrays: the same operations in the same order, so the
    same doubles. None when a posting has no length (the scorer then takes its own)."""
    fl = _lengths_vector(np)[np.frombuffer(raw, dtype=np.uint8)[ids]]
    if np.isnan(fl).any():
        return None
    idf, avgfl, B, K1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
    return idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))


def _numpy_if_worth_it(searcher, q):
    """numpy, imported for a search whose words hold VECTOR_IMPORT_POSTINGS postings or
    more when no search has imported it yet; None for a narrower one in a fresh process."""
    np = sys.modules.get("numpy")
    if np is None and _postings_estimate(q, searcher.reader()) >= VECTOR_IMPORT_POSTINGS:
        import numpy as np
    return np


def _postings_estimate(q, reader) -> int:
    """How many postings a search reads, at least: its query's estimate (for an AND, its
    rarest part), or, when more, its words' postings together (a phrase reads every word's
    list and positions, where Whoosh estimates the rarest word's), a phrase's counted
    PHRASE_POSTINGS_WEIGHT times."""
    size = q.estimate_size(reader)
    if size < VECTOR_IMPORT_POSTINGS:
        size = max(size, _words_postings(q, reader))
    return size


#: Stepping through a phrase's postings costs about this many times a word's: each
#: document holding its words has their positions read and compared. Fresh processes on
#: 100,000 stories, stepped against numpy loaded: phrases of 90,000 postings 182 vs 126 ms,
#: of 35,000 53 vs 86 ms; words alone break even near 55,000.
PHRASE_POSTINGS_WEIGHT = 2


def _words_postings(q, reader) -> int:
    """The postings of a query's words, each phrase's weighed (see _postings_estimate)."""
    if isinstance(q, query.Phrase) or q.is_leaf():
        weight = PHRASE_POSTINGS_WEIGHT if isinstance(q, query.Phrase) else 1
        return weight * sum(reader.doc_frequency(fieldname, text)
                            for fieldname, text in q.iter_all_terms())
    return sum(_words_postings(child, reader) for child in q.children())


def _lengths_vector(np):
    """_BYTE_LENGTHS as a numpy array (NaN for no length)."""
    global _LENGTHS_VECTOR
    if _LENGTHS_VECTOR is None:
        _LENGTHS_VECTOR = np.array([np.nan] + _BYTE_LENGTHS[1:], dtype=np.float64)
    return _LENGTHS_VECTOR


_LENGTHS_VECTOR = None

#: Whoosh keeps a field's length in one byte per document; 0 means none (its lookup
#: then gives None, which no posting meets: a document with a posting has a length).
_BYTE_LENGTHS = [None] + [byte_to_length(b) for b in range(1, 256)]


class _FieldLengths:
    """fieldname -> the length bytes of every document in one segment (decoded with
    _BYTE_LENGTHS, what the scorer's ``doc_field_length`` gives), read in one piece; None
    when the segment keeps lengths some other way. A lookup per posting cost a seek and
    a read."""

    def __init__(self, reader):
        self.reader, self.tables = reader, {}

    def __call__(self, fieldname):
        if fieldname not in self.tables:
            self.tables[fieldname] = self._table(fieldname)
        return self.tables[fieldname]

    def _table(self, fieldname):
        cached = getattr(getattr(self.reader, "_perdoc", None), "_cached_reader", None)
        if cached is None:
            return None
        col = cached(_lenfield(fieldname), LENGTHS_COLUMN)
        if type(col) is not columns.NumericColumn.Reader or col._typecode != "B":
            return None  # no length column (the scorer's default applies) or another kind
        raw = col._dbfile.get(col._basepos, col._count)
        return raw + bytes(max(0, self.reader.doc_count_all() - len(raw)))


def _intersect_stepped(scores: dict, other, *, stepped_first: bool) -> dict:
    """The documents of ``scores`` that the matcher ``other`` also matches, the two
    scores added in the tree's order (``other`` is its first branch if ``stepped_first``)."""
    out = {}
    for docnum in _also_in(sorted(scores), other):
        out[docnum] = (other.score() + scores[docnum] if stepped_first
                       else scores[docnum] + other.score())
    return out


def _also_in(docnums, other):
    """The documents of ``docnums`` (ascending) that the matcher ``other`` matches,
    stepping it to each; it stands on a document while that document is yielded."""
    for docnum in docnums:
        if not other.is_active():
            return
        if other.id() < docnum:
            other.skip_to(docnum)
            if not other.is_active():
                return
        if other.id() == docnum:
            yield docnum


def _filtered(scores: dict, f, offset: int):
    """(global docnum, score) of the scored documents that the filter matcher passes."""
    if f is None:
        return [(offset + docnum, score) for docnum, score in scores.items()]
    out = []
    for docnum in sorted(scores):
        if f.id() < docnum:
            f.skip_to(docnum)
            if not f.is_active():
                break
        if f.id() == docnum:
            out.append((offset + docnum, scores[docnum]))
    return out


# -- whole-list search with arrays ------------------------------------------------------
# A broad search matches most of the archive, and every step above still costs Python
# work per matching story: a dict entry per posting, a tuple per match, a sort key per
# group. With numpy loaded, the same trees are read into one array per segment (a score
# and a flag per document), combined with the same additions in the same order (so the
# scores are the same to the last bit), and only the stories a page can reach become
# Python objects (_ranked_entries). Trees with a branch that can only be stepped (NOT,
# Whoosh's own Phrase) and searches with facets or the recency sort keep the paths above.

def dense_matches(searcher, q: query.Query, fq: query.Query | None, *, scored: bool):
    """``(docnums, scores)`` of every document matching ``q`` and the filter ``fq``, as
    numpy arrays (docnums ascending; scores None unless ``scored``): what collect_matches
    finds, with the same scores. None when numpy is not loaded (a narrow search in a
    fresh process does not pay its import) or some branch can only be stepped."""
    np = _numpy_if_worth_it(searcher, q)
    if np is None:
        return None
    weighting = searcher.weighting
    if scored and weighting.use_final:
        return None
    try:
        return _dense_matches(np, searcher, q, fq, scored=scored)
    except UNREADABLE_BLOCKS:
        # Blocks this reader does not know how to take apart (a posting list written
        # some other way): Whoosh's matchers read them, or report what is wrong.
        return None


def _dense_matches(np, searcher, q, fq, *, scored: bool):
    context = searcher.context() if scored else searcher.context(weighting=None)
    docs, scores = [], []
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        count = reader.doc_count_all()
        segment = _segment_id(reader)
        f = None
        if fq is not None:
            f = _dense_query(np, fq, sub, sub.boolean_context(), count, None, segment)
            if f is None:
                return None
            if not f[0].any():
                continue
        lengths = _FieldLengths(reader) if scored else None
        m = _dense_query(np, q, sub, context, count, lengths, segment)
        if m is None:
            return None
        present = m[0] if f is None else m[0] & f[0]
        found = np.flatnonzero(present)
        docs.append(found + offset)
        if scored:
            scores.append(m[1][found])
    docs = np.concatenate(docs) if docs else np.zeros(0, dtype=np.int64)
    if not scored:
        return docs, None
    return docs, (np.concatenate(scores) if scores else np.zeros(0, dtype=np.float64))


def _dense_query(np, q, searcher, context, count, lengths, segment):
    """_dense of the query's matcher in one segment, without building the matchers that
    would read postings as they are made: an OR in a segment of 5,000 stories or fewer
    is Whoosh's ArrayUnionMatcher, which scores every posting of its branches one by one
    when it is made (most of the time of a broad search, with a small new segment). Such
    an OR, and an AND of two (whose sum is the same either way round), are combined here
    as their matchers would; any other query builds its matcher."""
    if type(q) is AdjacentPhrase:
        terms = q.terms_in(searcher)
        if terms is not None:
            return _dense_phrase(np, terms, searcher, context, count, lengths, segment,
                                 boost=q.boost)
    if type(q) is query.Term:
        part = _dense_term(np, q, searcher, context, count, lengths, segment)
        if part is not None:
            return part
    subs = getattr(q, "subqueries", ())
    if lengths is None and type(q) in (query.And, query.Or):
        # Unscored (a filter): the matches alone, which no tree order changes.
        parts = [_dense_query(np, sub, searcher, context, count, None, segment)
                 for sub in subs]
        if not parts or any(part is None for part in parts):
            return None if parts else (np.zeros(count, dtype=bool), None)
        present = parts[0][0].copy()
        for part, _ in parts[1:]:
            present = present & part if type(q) is query.And else present | part
        return present, None
    if len(subs) > 1 and (type(q) is query.Or and _preloads(q, searcher, context)
                          or type(q) is query.And and len(subs) == 2):
        parts = []
        for sub in subs:
            part = _dense_query(np, sub, searcher, context, count, lengths, segment)
            if part is None:
                return None
            parts.append(part)
        if type(q) is query.And:  # scored: unscored ones were combined above
            (pa, sa), (pb, sb) = parts
            both = pa & pb
            return both, vector.only(np, both, (sa + sb) * q.boost if q.boost != 1.0 else sa + sb)
        return vector.array_union(np, parts, count, q.boost, lengths is not None)
    if len(subs) > 1 and (type(q) is query.And or type(q) is query.Or and not q.scale
                          and len(subs) < q.TOO_MANY_CLAUSES
                          and q.matcher_type in (q.AUTO_MATCHER, q.DEFAULT_MATCHER)):
        # Whoosh's tree of unions (DefaultOr) or intersections, without its matchers
        part = _dense_tree(np, q, subs, searcher, context, count, lengths, segment)
        if part is not None:
            return part
    if type(q) is query.Or and len(subs) > 1 \
            and q.matcher_type in (q.AUTO_MATCHER, q.DEFAULT_MATCHER) \
            and any(type(sub) is AdjacentPhrase for sub in subs) \
            and all(type(sub) in (query.Term, AdjacentPhrase) for sub in subs):
        # The OR's tree of unions as Whoosh makes it, but its phrases' matchers left
        # unread: making one steps to its first match, candidate by candidate. Only
        # unions lie above them, which read nothing when made.
        _UNREAD.phrases = True
        try:
            m = q.matcher(searcher, context)
        finally:
            _UNREAD.phrases = False
        return _dense(np, m, count, lengths, segment)
    return _dense(np, q.matcher(searcher, context), count, lengths, segment)


# A search looks each of its words up in every segment and field, and Whoosh makes a
# matcher and a scorer for each (a posting list's header read, the term's statistics
# looked up again): with 12 segments, a third of a search's time where its lists were
# already decoded and kept. A term whose list the cache holds is scored from it here, and
# Whoosh's trees of unions and intersections are combined over arrays in the shape and
# order Whoosh builds them: the same documents, the same scores to the last bit.

#: (segment, field, term bytes) -> (documents holding the term in the segment, where its
#: posting list starts and its length; None when the segment has no such term or keeps
#: its postings in the term table). Segments never change, so an entry stays true while
#: its segment lives; the table is emptied when it holds TERM_ENTRIES_MAX (~270 bytes an
#: entry; a search of three words in 12 segments makes ~180).
_TERM_ENTRIES: dict = {}
TERM_ENTRIES_MAX = 100_000


def _term_entry(reader, segment, fieldname: str, btext: bytes) -> tuple:
    """``(doc frequency, postings offset or None, postings length)`` of a term in one
    segment."""
    key = (segment, fieldname, btext)
    entry = _TERM_ENTRIES.get(key)
    if entry is None:
        try:
            info = reader.term_info(fieldname, btext)
        except TermNotFound:
            entry = (0, None, 0)
        else:
            entry = (info.doc_frequency(),) + ((None, 0) if info.is_inlined() else info.extent())
        if len(_TERM_ENTRIES) >= TERM_ENTRIES_MAX:
            _TERM_ENTRIES.clear()
        _TERM_ENTRIES[key] = entry
    return entry


class _BM25Terms(NamedTuple):
    """What _bm25_vector takes of a BM25FScorer."""
    idf: float
    avgfl: float
    B: float
    K1: float


def _bm25_terms(weighting, searcher, fieldname: str, btext: bytes) -> _BM25Terms | None:
    """The BM25FScorer ``weighting.scorer`` would make for the term in a segment of
    ``searcher``'s (global statistics from the parent searcher), or None for a field or a
    model it would score some other way."""
    if not isinstance(weighting, scoring.BM25F) \
            or type(weighting).scorer is not scoring.BM25F.scorer \
            or not searcher.schema[fieldname].scorable:
        return None
    parent = searcher.get_parent()
    B = weighting._field_B[fieldname] if fieldname in weighting._field_B else weighting.B
    return _BM25Terms(parent.idf(fieldname, btext), _avg_length(parent, fieldname), B,
                      weighting.K1)


def _avg_length(searcher, fieldname: str) -> float:
    """searcher.avg_field_length(fieldname) or 1, kept on the searcher: asked for each
    word of a search in each segment, it sums every segment's lengths each time."""
    try:
        kept = searcher._wire_avg_lengths
    except AttributeError:
        kept = {}
        try:
            searcher._wire_avg_lengths = kept
        except AttributeError:
            pass
    value = kept.get(fieldname)
    if value is None:
        value = kept[fieldname] = searcher.avg_field_length(fieldname) or 1
    return value


def _dense_term(np, q, searcher, context, count, lengths, segment):
    """_dense of ``q.matcher`` (a Term in one segment) without making it: its list
    read from where the term table says (and kept), or from the cache. None where the
    matcher's way is needed: postings kept in the term table, another codec, a field or
    model scored some other way."""
    if segment is None or q.minquality:
        return None
    if q.fieldname not in searcher.schema:
        return vector.nothing(np, count, lengths)
    try:
        btext = searcher.schema[q.fieldname].to_bytes(q.text)
    except ValueError:
        return vector.nothing(np, count, lengths)
    reader = searcher.reader()
    frequency, start, size = _term_entry(reader, segment, q.fieldname, btext)
    if not frequency:
        return vector.nothing(np, count, lengths)
    postfile = getattr(getattr(reader, "_terms", None), "_postfile", None)
    if start is None or type(reader._terms).__name__ != "W3TermsReader" or postfile is None:
        return None
    ids, weights = _cached_postings(np, _ListRef(postfile, start, size, (q.fieldname, btext)),
                                       segment)
    present = np.zeros(count, dtype=bool)
    present[ids] = True
    scores = None
    if lengths is not None:
        weighting = context.weighting if context is not None else searcher.weighting
        terms = _bm25_terms(weighting, searcher, q.fieldname, btext)
        raw = lengths(q.fieldname) if terms is not None else None
        part = _bm25_vector(np, terms, ids, weights, raw) if raw is not None else None
        if part is None:
            return None
        scores = np.zeros(count)
        scores[ids] = part
    deleted = reader.deleted_docs_set  # SegmentReader.postings' FilterMatcher
    if deleted:
        present[np.fromiter(deleted, dtype=np.int64, count=len(deleted))] = False
        if scores is not None:
            scores = vector.only(np, present, scores)
    if q.boost != 1.0 and scores is not None:  # Term.matcher's WrappingMatcher
        scores = vector.only(np, present, scores * q.boost)
    return present, scores


class _ListRef:
    """Where a term's posting list lies, as _read_postings reads it from a W3LeafMatcher
    (without making one: its header and first block read, a scorer set up)."""
    __slots__ = ("_postfile", "_startoffset", "_length", "_term")

    def __init__(self, postfile, startoffset: int, length: int, term: tuple):
        self._postfile, self._startoffset, self._length, self._term = \
            postfile, startoffset, length, term


def _estimate_size(q, reader, segment) -> int:
    """``q.estimate_size(reader)``, a Term's from _term_entry."""
    if type(q) is query.Term and segment is not None and q.fieldname in reader.schema:
        try:
            btext = reader.schema[q.fieldname].to_bytes(q.text)
        except ValueError:
            return 0
        return _term_entry(reader, segment, q.fieldname, btext)[0]
    return q.estimate_size(reader)


def _matcher_kind(q, searcher, context, segment):
    """The class of ``q.matcher(searcher, context)`` in one segment, found without
    making it; None for a query this does not follow. make_weighted_tree sorts
    ``(weight, matcher)`` pairs, and at equal weights Whoosh's matchers compare by class
    (a subclass's ``__gt__`` answers first, so a boosted term's WrappingMatcher sorts
    before a FilterMatcher): the order of equal weights, and with it the order in which
    scores are added, follows these classes."""
    kind = type(q)
    if kind is query.Term:
        fieldname = q.fieldname
        if fieldname not in searcher.schema:
            return matching.NullMatcherClass
        try:
            btext = searcher.schema[fieldname].to_bytes(q.text)
        except ValueError:
            return matching.NullMatcherClass
        reader = searcher.reader()
        frequency, start, _ = _term_entry(reader, segment, fieldname, btext)
        if not frequency:
            return matching.NullMatcherClass
        if q.boost != 1.0:
            return matching.WrappingMatcher
        if reader.deleted_docs_set:
            return matching.FilterMatcher
        return W3LeafMatcher if start is not None else matching.ListMatcher
    if kind is AdjacentPhrase:
        terms = q.terms_in(searcher)
        if terms is None:
            return None
        if not terms:
            return matching.NullMatcherClass
        return matching.WrappingMatcher if q.boost != 1.0 else _AdjacentMatcher
    if kind is query.Or or kind is query.And:
        subs = q.subqueries
        if not subs:
            return matching.NullMatcherClass
        if len(subs) == 1:
            return _matcher_kind(subs[0], searcher, context, segment)
        if kind is query.Or:
            if q.scale or q.matcher_type not in (q.AUTO_MATCHER, q.DEFAULT_MATCHER):
                return None
            if _preloads(q, searcher, context):
                return matching.ArrayUnionMatcher
        if q.boost != 1.0:
            return matching.WrappingMatcher
        return matching.UnionMatcher if kind is query.Or else matching.IntersectionMatcher
    return None


def _dense_tree(np, q, subs, searcher, context, count, lengths, segment):
    """_dense of the matcher DefaultOr (an OR) or And makes in one segment: the
    branches joined two by two as make_weighted_tree joins them, then the query's boost.
    Its sort and insort run here on stand-ins of the matchers' classes (see
    _matcher_kind), so that branches of equal weight are joined in Whoosh's order: the
    lightest by estimated size first, an AND's largest. Scored only."""
    reader = searcher.reader()
    union = type(q) is query.Or
    parts: dict = {}
    stand_ins: list = []  # kept alive while their ids name parts
    pairs = []
    for sub in subs:
        part = _dense_query(np, sub, searcher, context, count, lengths, segment)
        kind = _matcher_kind(sub, searcher, context, segment) if part is not None else None
        if kind is None:
            return None
        stand_in = kind.__new__(kind)
        stand_ins.append(stand_in)
        parts[id(stand_in)] = part
        size = _estimate_size(sub, reader, segment)
        pairs.append((size if union else 0 - size, stand_in))
    joiner = matching.UnionMatcher if union else matching.IntersectionMatcher
    pairs.sort()
    while len(pairs) > 1:
        a, b = pairs.pop(0), pairs.pop(0)
        (pa, sa), (pb, sb) = parts.pop(id(a[1])), parts.pop(id(b[1]))
        if union:
            joined = (pa | pb, sa + sb)
        else:
            both = pa & pb
            joined = (both, vector.only(np, both, sa + sb))
        stand_in = joiner.__new__(joiner)
        stand_ins.append(stand_in)
        parts[id(stand_in)] = joined
        bisect.insort(pairs, (a[0] + b[0], stand_in))
    present, scores = parts[id(pairs[0][1])]
    if q.boost != 1.0:
        scores = vector.only(np, present, scores * q.boost)
    return present, scores


def _dense_phrase(np, terms, searcher, context, count, lengths, segment, *, boost=1.0):
    """_dense of AdjacentPhrase's matcher (times ``boost``) without making it (making
    a span matcher steps to its first match, reading the positions of every candidate
    before it): its words' intersection, summed as make_binary_tree nests it, where
    the words stand together."""
    if not terms:
        return _dense(np, matching.NullMatcher(), count, lengths, segment)
    ms = [term.matcher(searcher, context) for term in terms]
    held = _read_phrase_words(np, _phrase_leaves(ms), segment)
    parts = [_dense(np, m, count, lengths, segment) for m in ms]
    if any(part is None for part in parts):
        return None

    present, scores = vector.intersected(np, parts, lengths is not None)
    adjacent = _adjacent_docs(np, ms, present, segment, held)
    if adjacent is None:
        return None
    present = present & adjacent
    if lengths is None:
        return present, None
    # (SpanNear2's own WrappingMatcher multiplies by 1.0), then the phrase's boost
    if boost != 1.0:
        scores = scores * boost
    return present, vector.only(np, present, scores)


def _preloads(q, searcher, context) -> bool:
    """Whether Or._matcher makes an ArrayUnionMatcher (its AUTO choice)."""
    if q.matcher_type == q.ARRAY_MATCHER:
        return True
    if q.matcher_type != q.AUTO_MATCHER:
        return False
    needs_current = context.needs_current if context else True
    return not (len(q.subqueries) < q.TOO_MANY_CLAUSES
                and (needs_current or q.scale or len(q.subqueries) == 2
                     or searcher.doc_count_all() > 5000))


def _dense(np, m, count: int, lengths, segment=None):
    """``(matches, scores)`` of one segment's matcher as arrays of ``count`` (scores None
    when ``lengths`` is None: unscored), mirroring _scores: unions and intersections add
    the branches' scores in the tree's order (a document a branch does not match holds
    0.0 there, which changes no sum), boosts multiply. None for a branch that can only
    be stepped."""
    kind = type(m)
    if kind is matching.UnionMatcher or kind is matching.IntersectionMatcher:
        a = _dense(np, m.a, count, lengths, segment)
        b = _dense(np, m.b, count, lengths, segment) if a is not None else None
        if b is None:
            return None
        if kind is matching.UnionMatcher:
            return a[0] | b[0], (a[1] + b[1] if lengths is not None else None)
        present = a[0] & b[0]
        return present, (vector.only(np, present, a[1] + b[1]) if lengths is not None else None)
    if kind is matching.ArrayUnionMatcher:  # Whoosh's OR in a small segment
        parts = []
        for sub in m._submatchers:
            part = _dense(np, sub, count, lengths, segment)
            if part is None:
                return None
            parts.append(part)
        return vector.array_union(np, parts, count, m._boost, lengths is not None)
    if kind is matching.WrappingMatcher or kind is matching.FilterMatcher:
        child = _dense(np, m.child, count, lengths, segment)
        if child is None:
            return None
        present, scores = child
        if kind is matching.FilterMatcher:
            listed = np.zeros(count, dtype=bool)
            listed[np.fromiter(m._ids, dtype=np.int64)] = True
            present = present & (~listed if m._exclude else listed)
        if lengths is not None:
            scores = vector.only(np, present, scores * m.boost)
        return present, scores
    # Leaves are read from their first posting whatever the matcher has read (an AND
    # moves its branches to their first shared document; an ArrayUnionMatcher reads
    # them through), so a used-up matcher is read as any other.
    if isinstance(m, matching.NullMatcherClass):
        return np.zeros(count, dtype=bool), (np.zeros(count) if lengths is not None else None)
    if kind is _ColumnRangeMatcher:
        values = np.frombuffer(m._values, dtype=np.uint64) if isinstance(m._values, array) \
            else np.array(m._values, dtype=np.uint64)
        present = (values >= m._lo) & (values < m._hi)
        if m._deleted is not None:
            reader = getattr(m, "reader", None)
            if reader is not None:
                present[np.fromiter(reader.deleted_docs_set, dtype=np.int64)] = False
            else:
                present &= ~np.fromiter(map(m._deleted, range(count)), dtype=bool,
                                        count=count)
        return present, (np.where(present, float(m._score), 0.0) if lengths is not None
                         else None)
    if kind is _AdjacentMatcher and hasattr(m, "unread"):
        return _dense_phrase(np, *m.unread, count, lengths, segment)
    if kind is _AdjacentMatcher:  # a phrase: its words' intersection, where adjacent
        child = _dense(np, m.child, count, lengths, segment)
        if child is None:
            return None
        adjacent = _adjacent_docs(np, m.ms, child[0], segment)
        if adjacent is None:
            return None
        present = child[0] & adjacent
        return present, (vector.only(np, present, child[1] * m.boost) if lengths is not None
                         else None)
    if type(m).__name__ != "W3LeafMatcher":
        return None
    if lengths is not None and type(m.scorer) is not scoring.BM25FScorer:
        return None
    ids, weights = _cached_postings(np, m, segment)
    present = np.zeros(count, dtype=bool)
    present[ids] = True
    if lengths is None:
        return present, None
    raw = lengths(m._term[0]) if m._term else None
    part = _bm25_vector(np, m.scorer, ids, weights, raw) if raw is not None else None
    if part is None:  # no length bytes, or a posting without a length: the scorer's way
        part = _scored(m.scorer, ids.tolist(), weights.tolist(), raw)
        part = np.array([part[d] for d in ids.tolist()], dtype=np.float64)
    scores = np.zeros(count)
    scores[ids] = part
    return present, scores


def _segment_id(reader):
    """What names a segment's files for good (they never change once written), or None."""
    try:
        return reader.segment().segment_id()
    except AttributeError:
        return None


#: Decoded posting lists kept by a long-running process, at most this many bytes: a
#: common word's list is mostly zlib-compressed positions, and inflating it was most of
#: the time of a broad search. Lists shorter than POSTINGS_CACHE_MIN are read each time.
#: Short lists are kept too: a term whose list is kept is scored without making its
#: matcher (_dense_term), in each of the segments.
POSTINGS_CACHE_BYTES = 256 * 2**20
POSTINGS_CACHE_MIN = 1


_POSTINGS = vector.PostingsCache(POSTINGS_CACHE_BYTES)


def _cached_postings(np, m, segment):
    """_read_postings through the cache: ids and weights."""
    key = (segment, m._term, m._startoffset) if segment is not None else None
    hit = _POSTINGS.get(key) if key is not None else None
    if hit is not None:
        return hit
    return _keep_postings(np, key, *_read_postings(np, m, scored=True))


def _keep_postings(np, key, ids, weights):
    """_cached_postings' value of a list just read, kept in the cache when long enough."""
    value = (ids, weights)
    if key is not None and len(ids) >= POSTINGS_CACHE_MIN:
        _POSTINGS.put(key, value)
    return value


def _read_postings(np, m, *, scored: bool, values: list | None = None):
    """All postings of a term, from its first block whatever the matcher has read: its
    list read in one piece and decoded (postings.decode_list)."""
    length = m._length[0] if isinstance(m._length, tuple) else m._length
    return decode_list(np, m._postfile.get(m._startoffset, length), scored=scored,
                       values=values)


def _read_phrase_words(np, leaves, segment) -> dict:
    """The encoded values (positions) of each phrase word's postings, packed
    (vector.pack_values), by its list's offset: from the cache, or read here once, the
    list's ids and weights kept too (_keep_postings), and its values kept. Words whose
    places the cache holds, decoded whole, are left out. _adjacent_docs takes their
    positions from these values, whether it decodes whole lists or the candidates'."""
    held: dict = {}
    for leaf in leaves or ():
        listed = (segment, leaf._term, leaf._startoffset) if segment is not None else None
        if leaf._startoffset in held or listed is not None \
                and _POSTINGS.get(listed + ("places",)) is not None:
            continue
        packed = _POSTINGS.get(listed + ("values",)) if listed is not None else None
        if packed is None:
            values: list = []
            ids, weights = _read_postings(np, leaf, scored=True, values=values)
            if listed is not None and _POSTINGS.get(listed) is None:
                _keep_postings(np, listed, ids, weights)
            packed = vector.pack_values(np, values)
            if listed is not None and len(ids) >= POSTINGS_CACHE_MIN:
                _POSTINGS.put(listed + ("values",), packed)
        held[leaf._startoffset] = packed
    return held


def _cached_places(np, m, segment, values: list | None = None):
    """Where a term stands (Whoosh's Positions format): one int64 a position, its
    document in the high 32 bits and its position in the low ones, ascending; through the
    cache like _cached_postings, decoded from ``values`` (every posting's, as read) when
    given. None for a format this cannot read."""
    key = (segment, m._term, m._startoffset, "places") if segment is not None else None
    hit = _POSTINGS.get(key) if key is not None else None
    if hit is not None:
        return hit[0]
    if values is None:
        values = []
        ids, _ = _read_postings(np, m, scored=False, values=values)
    else:
        ids = _cached_postings(np, m, segment)[0]
    if type(m.format) is not formats.Positions or vector.value_count(values) != len(ids):
        return None
    places = vector.decode_places(np, ids, values)
    if key is not None and len(ids) >= POSTINGS_CACHE_MIN:
        _POSTINGS.put(key, (places,))
    return places


def _phrase_leaves(ms) -> list | None:
    """The posting lists (W3LeafMatcher, positions kept) of a phrase's words' matchers,
    or None if one is something else."""
    leaves = []
    for leaf in ms:
        while type(leaf) is matching.FilterMatcher:  # deletions: candidates hold them
            leaf = leaf.child
        if type(leaf).__name__ != "W3LeafMatcher" or type(leaf.format) is not formats.Positions:
            return None
        leaves.append(leaf)
    return leaves


def _adjacent_docs(np, ms, candidates, segment, held: dict | None = None):
    """The documents of ``candidates`` (a flag per document; every word is in each)
    where the words of ``ms`` (their term matchers, in phrase order) stand one after
    the other: _get_spans of _AdjacentMatcher over arrays. Word k places at (document,
    position - k); a document matches where one place is held by every word. None if
    a word's positions cannot be read.

    A word's places come from its whole list, decoded and kept (see _POSTINGS): the
    rarest word's, in the candidates, are looked up in the others' (a place before a
    document's first position falls in the previous document's high positions, which
    no word holds). For a phrase with few candidates against its words' postings, they
    come from the candidates' values alone, for the documents still in play, taken
    from ``held``: the words' values, packed, by their list's offset
    (_read_phrase_words)."""
    leaves = _phrase_leaves(ms)
    if leaves is None:
        return None
    held = held or {}
    docnums = np.flatnonzero(candidates)
    postings = sum(len(_cached_postings(np, leaf, segment)[0]) for leaf in leaves)
    few = len(docnums) * PHRASE_FEW_SHARE < postings and not all(
        _POSTINGS.get((segment, leaf._term, leaf._startoffset, "places"))
        for leaf in leaves)
    out = np.zeros(len(candidates), dtype=bool)
    if not few:
        places = [_cached_places(np, leaf, segment, held.get(leaf._startoffset))
                  for leaf in leaves]
        if any(p is None for p in places):
            return None
        order = sorted(range(len(places)), key=lambda k: len(places[k]))
        starts = places[order[0]] - order[0]
        starts = starts[candidates[starts >> 32]]
        for offset in order[1:]:
            other = places[offset]
            if not len(starts) or not len(other):
                starts = starts[:0]
                break
            starts = vector.held_in(np, starts + offset, other) - offset
        out[starts >> 32] = True
        return out
    starts = None
    for offset, leaf in enumerate(leaves):
        if not len(docnums):
            break
        kept = _POSTINGS.get((segment, leaf._term, leaf._startoffset, "places"))
        if kept is not None and kept[0] is not None:  # the word's places, all decoded
            places = vector.places_in(np, kept[0], docnums) - offset
        else:
            packed = held.get(leaf._startoffset)
            if packed is None:  # not read by _read_phrase_words: every word's now
                packed = _read_phrase_words(np, [leaf], segment)[leaf._startoffset]
            ids = _cached_postings(np, leaf, segment)[0]
            packed = vector.take_values(np, packed, np.searchsorted(ids, docnums))
            places = vector.decode_places(np, docnums, packed) - offset
        starts = places if starts is None else vector.held_in(np, starts, places)
        docnums = starts >> 32  # ascending: each document once
        docnums = docnums[np.r_[True, docnums[1:] != docnums[:-1]]] if len(docnums) else docnums
    out[docnums] = True
    return out


#: A phrase whose words' postings number more than this many times its candidates (the
#: stories holding every word) decodes the candidates' positions alone, taken from its
#: words' values (vector.take_values); otherwise its words' places are decoded whole
#: and kept.
PHRASE_FEW_SHARE = 4


def run_search(searcher, text: str, filters: Filters, *, sort: str = "relevance",
               limit: int | None = 10, offset: int = 0, after: str | None = None,
               marks=("[", "]"), fields: Sequence[str] = HIT_FIELDS,
               all_versions: bool = False, facets: Sequence[str] = ()) -> dict:
    """Run a search; hits come back as plain dicts, built inside the searcher block.

    Hits are in one deterministic order (the sort, then the story id); ``after`` (a
    ``next_cursor`` from an earlier page of the same search) starts the page after that hit.
    Each story is listed once, as its newest matching version, with ``versions`` (how
    many the index holds), unless ``all_versions``. ``facets`` (names from FACETS) adds
    counts over every matching story; with few hits, ``suggestion`` is a corrected query.
    """
    if limit is not None and limit < 0 or offset < 0:
        raise QueryError("--limit and --offset cannot be negative")
    if after and offset:
        raise QueryError("--after and --offset cannot be combined: a cursor already says "
                         "where the page starts")
    unknown = [name for name in facets if name not in FACETS]
    if unknown:
        raise QueryError(f"unknown facet {unknown[0]!r} (choose {', '.join(FACETS)})")
    q, fq, terms, sort = prepare_search(searcher, text, filters, sort)
    search_id = paging.fingerprint(text, (filters, all_versions), sort)
    cursor = None
    if after:
        cursor = paging.Cursor.decode(after)
        paging.check_cursor(cursor, sort, search_id)
    scored = sort in ("relevance", "recent")
    ranked = groups = None
    try:
        arrays = (dense_matches(searcher, q, fq, scored=scored)
                  if not facets and sort != "recent" else None)
        if arrays is not None:
            ranked = _ranked_entries(searcher, arrays, sort, all_versions=all_versions,
                                     cursor=cursor, offset=offset, limit=limit)
        if ranked is None:
            matches = (collect_matches(searcher, q, fq, scored=scored) if arrays is None
                       else list(zip(arrays[0].tolist(), arrays[1].tolist() if scored
                                     else [None] * len(arrays[0]))))
    except query.QueryError as e:  # e.g. lang:"en fr": a phrase in a field without positions
        raise QueryError(f"cannot search {text!r}: {e}") from None
    if ranked is not None:
        entries, total = ranked
    else:
        reader = searcher.reader()
        groups = ([[m] for m in matches] if all_versions
                  else collapse_versions(matches, searcher))
        if sort == "recent":
            groups = prefer_recent(groups, reader)
        if scored:
            entries = [(paging.primary_key("relevance", group[0][1], None), group[0][0])
                       for group in groups]
        elif not groups:
            entries = []
        else:
            dates = index_numbers(searcher, "published")
            entries = [(paging.primary_key(sort, None, dates[group[0][0]]), group[0][0])
                       for group in groups]
        total = len(groups)
    stored: dict[int, dict] = {}
    quick_stored_fields(searcher)

    def ids(docnums):
        for docnum in docnums:
            if docnum not in stored:
                stored[docnum] = searcher.stored_fields(docnum)
        return {docnum: (stored[docnum].get("record") or {}).get("id") or "" for docnum in docnums}

    page, more = paging.take_page(entries, ids, after=cursor, offset=offset, limit=limit)
    ids([docnum for _, _, docnum in page])
    hits = [hit_dict(stored[docnum], -key[0] if scored else None, terms, marks, fields,
                     searcher=searcher, docnum=docnum)
            for key, _, docnum in page]
    next_cursor = None
    if more and page:
        key, story_id, _ = page[-1]
        next_cursor = paging.Cursor(sort, key, story_id, search_id).encode()
    out = {"format_version": FORMAT_VERSION, "query": text, "sort": sort,
           "total": total, "offset": offset, "hits": hits, "next_cursor": next_cursor}
    if facets:
        out["facets"] = count_facets(searcher, [group[0][0] for group in groups], facets)
    if total < FEW_HITS and terms and not after and not offset:
        suggestion = suggest_query(searcher, text, filters, total)
        if suggestion:
            out["suggestion"] = suggestion
    return out


def _ranked_entries(searcher, arrays, sort: str, *, all_versions: bool, cursor, offset: int,
                    limit: int | None):
    """``(entries, total)`` from dense_matches' arrays: the ``(primary key, docnum)`` of
    the stories a page can reach (what take_page needs; see paging.reachable) and how
    many stories match, each story once unless ``all_versions``. The same as collapsing,
    keying and cutting the list of every match, which cost most of a broad search.
    None where the lists are cheaper or needed: few matches with no version map built,
    matches without a version key, a cursor key the arrays cannot hold."""
    np = sys.modules["numpy"]
    docs, scores = arrays
    after_value = None
    if cursor is not None:
        after_value = paging.key_value(sort, cursor.key)
        if after_value is None:
            return None
    if not all_versions:
        groups = version_arrays(searcher, len(docs))
        if groups is None:
            return None
        collapsed = groups.collapse(np, docs, scores)
        if collapsed is None:
            return None
        docs, scores = collapsed
    if sort == "relevance":
        keys = paging.key_array(np, sort, scores=scores)
    else:
        keys = paging.key_array(np, sort, published=published_array(searcher)[docs])
    reach = paging.reachable_array(np, keys, after_value=after_value, offset=offset,
                                   limit=limit)
    entries = [(paging.array_key(sort, key), docnum)
               for key, docnum in zip(keys[reach].tolist(), docs[reach].tolist())]
    return entries, len(docs)


def version_arrays(searcher, matches: int) -> vector.VersionArrays | None:
    """The VersionArrays of version_state (kept with it), or None when there is none."""
    state = version_state(searcher, matches, keys=False)
    if state is None:
        return None
    if state.arrays is None:
        state.arrays = vector.VersionArrays(sys.modules["numpy"], state.keys, state.members,
                                            index_numbers(searcher, "published"))
    return state.arrays


_PUBLISHED = _PerState()


def published_array(searcher):
    """index_numbers(searcher, "published") as a numpy array, kept per index state."""
    np = sys.modules["numpy"]
    return _PUBLISHED.get(_state_id(searcher), None, lambda: np.array(
        index_numbers(searcher, "published"), dtype=np.uint64))


# -- versions, recency, facets -------------------------------------------------------------

_VERSION_STATES: dict[tuple, collapse.VersionState] = {}


def version_state(searcher, matches: int, *, keys: bool = True) -> collapse.VersionState | None:
    """The version map of the index as the searcher sees it, or None when none is kept
    and ``matches`` groups are cheaper to look up one by one (see VERSION_MAP_SHARE).
    Without ``keys``, a state of arrays alone will do: the one the index's version map
    file holds (write_version_map), when it was written for this state."""
    state_id = _state_id(searcher)
    state = _VERSION_STATES.get(state_id) if state_id is not None else None
    if state is None or keys and state.keys is None:
        if matches < VERSION_MAP_SHARE * searcher.doc_count_all():
            return None
        listed = None
        if state is None and not keys and state_id is not None:
            listed = _read_version_map(searcher, state_id)
        if listed is not None:
            state = collapse.VersionState(None, None, listed)
        else:
            arrays = state.arrays if state is not None else None
            state = _build_version_state(searcher.leaf_searchers())
            state.arrays = arrays
        if state_id is not None:
            _VERSION_STATES.pop(state_id, None)
            while len(_VERSION_STATES) >= VERSION_STATES_KEPT:
                _VERSION_STATES.pop(next(iter(_VERSION_STATES)))
            _VERSION_STATES[state_id] = state
    return state


#: An index of fewer stories gets no file: building its map costs less than reading one.
VERSION_MAP_DOCS = 2000


def write_version_map(searcher) -> bool:
    """Write the version map of the index ``searcher`` sees into its folder, unless the
    one there was made for the same state. True when one was written."""
    folder, state_id = _index_folder(searcher), _state_id(searcher)
    if folder is None or state_id is None or searcher.doc_count_all() < VERSION_MAP_DOCS:
        return False
    if _read_version_map(searcher, state_id) is not None:
        return False
    import numpy as np
    state = _build_version_state(searcher.leaf_searchers())
    arrays = vector.VersionArrays(np, state.keys, state.members,
                                  index_numbers(searcher, "published"))
    del state
    collapse.write_version_map(os.path.join(folder, VERSION_MAP_NAME), state_id, arrays)
    return True


def _read_version_map(searcher, state_id: tuple) -> vector.VersionArrays | None:
    """The VersionArrays of the index's version map file if it was written for
    ``state_id``; None for another state, or no file, or one that cannot be read."""
    folder = _index_folder(searcher)
    if folder is None:
        return None
    return collapse.read_version_map(os.path.join(folder, VERSION_MAP_NAME), state_id,
                                     searcher.doc_count_all())


def _state_id(searcher) -> tuple | None:
    """What names the index state a searcher sees: its segments and their deletions
    (kept on the searcher, whose reader never changes: hits ask it one by one)."""
    try:
        return searcher._wire_state
    except AttributeError:
        pass
    state = _reader_state(searcher.reader())
    try:
        searcher._wire_state = state
    except AttributeError:  # a searcher that takes no attributes: asked every time
        pass
    return state


def _reader_state(reader) -> tuple | None:
    """_state_id of a reader."""
    try:
        return tuple((leaf.segment().segment_id(), leaf.doc_count_all(),
                      leaf.segment().deleted_count()) for leaf, _ in reader.leaf_readers())
    except AttributeError:  # a reader without segments: nothing to key a cache on
        return None


def _build_version_state(leaves) -> collapse.VersionState:
    keys: list = []
    deleted: set = set()
    for sub, offset in leaves:
        reader = sub.reader()
        count = reader.doc_count_all()
        if reader.has_column("version"):
            keys.extend(_column_bytes(version_column(reader), count))
        else:
            keys.extend([b""] * count)
        if reader.has_deletions():
            deleted.update(offset + d for d in range(count) if reader.is_deleted(d))
    return collapse.version_groups(keys, deleted)


class _QuickOffsets:
    """A variable-length column's reader that sums the lengths into offsets in C.

    Whoosh writes a column's offsets only past 32,768 documents, and its reader derives
    them otherwise with a Python loop over every document of the segment: opening the
    version column of a 100,000-story index cost ~5 ms, in every search with few
    matches (collapse_versions' lookups) and every count, and the stored fields' column
    ~3.5 ms a segment in a fresh process's first hits. The values read are the same."""

    def _read_offsets_and_lengths(self):
        dbfile, lastbyte = self._dbfile, self._basepos + self._length - 1
        code = chr(dbfile.get_byte(lastbyte))
        if code == "X":  # offsets written: Whoosh reads them as one array
            columns.VarBytesColumn.Reader._read_offsets_and_lengths(self)
            return
        count = self._doccount
        self._lengths = dbfile.get_array(lastbyte - struct.calcsize(code) * count, code,
                                         count)
        offsets = array("L", [0])
        offsets.extend(accumulate(self._lengths))
        offsets.pop()
        self._offsets = offsets


class _QuickVarBytes(columns.VarBytesColumn):
    """VarBytesColumn read through _QuickOffsets (the version column)."""

    class Reader(_QuickOffsets, columns.VarBytesColumn.Reader):
        pass


class _QuickCompressedBytes(columns.CompressedBytesColumn):
    """CompressedBytesColumn read through _QuickOffsets."""

    class Reader(_QuickOffsets, columns.CompressedBytesColumn.Reader):
        pass


#: W3's column of stored fields (whoosh3.STORED_COLUMN), read through _QuickOffsets.
QUICK_STORED_COLUMN = columns.PickleColumn(
    _QuickCompressedBytes(module=getattr(STORED_COLUMN._child, "_module", "zlib")))


def quick_stored_fields(searcher) -> None:
    """Give each segment of ``searcher`` that has not read a stored field yet the stored
    column's reader through _QuickOffsets, before a search reads its hits' fields: the
    same values, read where W3 would read them (its perdoc reader's kept readers)."""
    for sub, _ in searcher.leaf_searchers():
        perdoc = getattr(sub.reader(), "_perdoc", None)
        if isinstance(perdoc, W3PerDocReader) and "_stored" not in perdoc._readers \
                and type(STORED_COLUMN._child) is columns.CompressedBytesColumn \
                and perdoc.has_column("_stored"):
            perdoc._readers["_stored"] = perdoc.column_reader("_stored", QUICK_STORED_COLUMN)


def version_column(reader):
    """The version column of ``reader`` (the index's or a segment's), raw bytes a
    document, through _QuickVarBytes when the schema's column is Whoosh's VarBytesColumn."""
    if type(reader.schema["version"].column_type) is columns.VarBytesColumn:
        return reader.column_reader("version", column=_QuickVarBytes(), translate=False)
    return reader.column_reader("version", translate=False)


def _column_bytes(col, count) -> list:
    """The values of a variable-length bytes column of one segment, read in one piece."""
    if isinstance(col, columns.VarBytesColumn.Reader):  # Whoosh's or _QuickVarBytes'
        offsets, lengths = col._offsets, col._lengths
        data = col._dbfile.get(col._basepos, (offsets[-1] + lengths[-1]) if count else 0)
        return [data[o:o + n] for o, n in zip(offsets, lengths)]
    return list(col)


def _published_key(reader):
    """docnum -> the raw sortable publication key (larger is newer; undated: -1)."""
    column = reader.column_reader("published", translate=False)
    return lambda docnum: -1 if column[docnum] == paging.UNDATED else column[docnum]


def collapse_versions(matches, searcher) -> list[list]:
    """(docnum, score) of every match -> one group per story: [(newest docnum, best
    score), then the other matching versions]. A group ranks by its best matching version
    and shows the story's newest version (the latest ``published``), matching or not: an
    update that no longer uses the query's words is still the story's latest word."""
    if not matches:
        return []
    kept = _VERSION_STATES.get(_state_id(searcher))
    if (kept is None or kept.keys is None) \
            and len(matches) >= VERSION_MAP_SHARE * searcher.doc_count_all():
        # many matches, no keys kept: the map's arrays, or the map file read without
        # numpy, rather than building every document's key (~45 ms a 100,000 stories)
        if kept is not None and kept.arrays is not None:
            groups = collapse.collapse_by_arrays(matches, kept.arrays)
        else:
            lists = _version_lists(searcher)
            groups = collapse.collapse_by_lists(matches, lists) if lists is not None else None
        if groups is not None:
            return groups
    state = version_state(searcher, len(matches))
    if state is None:
        groups = (collapse.collapse_by_arrays(matches, kept.arrays)
                  if kept is not None and kept.arrays is not None else None)
        return groups if groups is not None else _collapse_by_lookup(matches, searcher)
    keys, members_of = state.keys, state.members
    # Most stories have one version: they are their own group, with nothing to look up.
    out = [[match] for match in matches if keys[match[0]] not in members_of
           and keys[match[0]]]
    if len(out) == len(matches):
        return out
    groups: dict = {}
    for match in matches:
        key = keys[match[0]]
        if key in members_of or not key:
            groups.setdefault(key, []).append(match)
    published = _published_key(searcher.reader())
    for key, members in groups.items():
        candidates = members_of.get(key) or [m[0] for m in members]
        out.append(collapse.newest_first(members, candidates, published))
    return out


_VERSION_LISTS = _PerState()


def _version_lists(searcher) -> collapse.VersionLists | None:
    """The index's version map file read without numpy, kept per index state; None when
    there is no file for this state."""
    state_id, folder = _state_id(searcher), _index_folder(searcher)
    if state_id is None or folder is None:
        return None
    return _VERSION_LISTS.get(state_id, None, lambda: collapse.read_version_lists(
        os.path.join(folder, VERSION_MAP_NAME), state_id, searcher.doc_count_all()))


def _collapse_by_lookup(matches, searcher) -> list[list]:
    """collapse_versions for a few matches: each group's size asked of the index."""
    reader = searcher.reader()
    version = version_column(reader)
    published = _published_key(reader)
    groups: dict[str, list] = {}
    for match in matches:
        groups.setdefault(version[match[0]].decode("utf-8"), []).append(match)
    out = []
    for key, members in groups.items():
        candidates = [m[0] for m in members]
        if reader.doc_frequency("version", key) > len(members):  # versions that did not match
            candidates = list(searcher.document_numbers(version=key))
        out.append(collapse.newest_first(members, candidates, published))
    return out


def prefer_recent(groups, reader) -> list[list]:
    """Relevance with a story's score decaying by age (RECENCY_HALF_LIFE_DAYS)."""
    if not groups:
        return groups
    published = _published_key(reader)
    keys = [published(group[0][0]) for group in groups]
    dated = [k for k in keys if k >= 0]
    newest = max(dated) if dated else 0

    def weight(key):
        if key < 0:
            return RECENCY_FLOOR
        age_days = (newest - key) / _TICKS_PER_DAY
        return RECENCY_FLOOR + (1 - RECENCY_FLOOR) * 0.5 ** (age_days / RECENCY_HALF_LIFE_DAYS)

    return [[(group[0][0], (group[0][1] or 0.0) * weight(key))] + group[1:]
            for group, key in zip(groups, keys)]


def count_facets(searcher, docnums, names) -> dict:
    """Counts of each facet's values over the stories; most frequent first, dates in order."""
    return count_values((searcher.stored_fields(docnum).get("record") or {}
                         for docnum in docnums), names)


def highlight_terms(q: query.Query, reader) -> set[str]:
    """Words the query looks for (expanded wildcards included), leaving out NOT parts."""
    words: set[str] = set()
    _highlight_walk(q, reader, words)
    return words


def _highlight_walk(node, reader, words: set) -> None:
    if isinstance(node, query.Not):
        return
    if isinstance(node, query.AndNot):
        _highlight_walk(node.a, reader, words)
        return
    if node.is_leaf():
        if node.field() not in TEXT_FIELDS:
            return  # dates, Every: nothing to highlight (and ranges must not expand)
        for _, text in node.expanded_terms(reader, phrases=True):
            words.add(text.decode("utf-8") if isinstance(text, bytes) else text)
        return
    for child in node.children():
        _highlight_walk(child, reader, words)


class _MarkFormatter(highlight.Formatter):
    """Query words wrapped in marks; "…" where a passage is cut from the text around it."""
    between = " "

    def __init__(self, marks):
        self.pre, self.post = marks

    def format(self, fragments, replace=False):
        return super().format(fragments, replace=replace).replace(" … … ", " … ")

    def format_fragment(self, fragment, replace=False):
        text = super().format_fragment(fragment, replace=replace)
        if fragment.startchar > 0:
            text = "… " + text
        if fragment.endchar < len(fragment.text.rstrip(" .!?\"'»”)\n")):
            text += " …"
        return text

    def format_token(self, text, token, replace=False):
        return f"{self.pre}{highlight.get_text(text, token, replace)}{self.post}"


_WORD = re.compile(WORD_PATTERN)


def _match_tokens(text: str, terms: frozenset, lang: str | None):
    """The tokens highlight() marks, each in the form it matched the query in: folded
    as written, else a stem in the story's language (so "concerned" is marked for a
    query that looked for "concern"); a word that does not match, folded.

    What highlight() gets from RegexTokenizer(WORD_PATTERN), a filter giving each token
    that form, and set_matched_filter (one Token, reused), with each distinct word
    analysed once: a body repeats its words, and the per-token filters were most of a
    snippet's time."""
    words = set(passages.WORD_SPLIT.split(text)[1::2])
    matched = passages.matching_forms(words, terms, lang)
    t = Token(False, True, removestops=False, mode="query")
    for match in _WORD.finditer(text):
        word = match.group(0)
        form = matched.get(word)
        t.text, t.boost, t.stopped = form or fold(word), 1.0, False
        t.startchar, t.endchar = match.span()
        t.matched = form is not None
        yield t


def _context_fragments(text: str, terms: frozenset, lang: str | None):
    """ContextFragmenter(SNIPPET_MAXCHARS, SNIPPET_SURROUND).fragment_tokens over
    _match_tokens: the same fragments, made of passages.find_passages' (the fragmenter's
    own for the texts it treats apart)."""
    found = passages.find_passages(text, terms, lang, highlight.ContextFragmenter().charlimit)
    if found is None:  # the fragmenter's edge cases
        fragmenter = highlight.ContextFragmenter(maxchars=passages.SNIPPET_MAXCHARS,
                                                 surround=passages.SNIPPET_SURROUND)
        yield from fragmenter.fragment_tokens(text, _match_tokens(text, terms, lang))
        return
    for first, end, matches in found:
        yield highlight.mkfrag(text, [_matched_token(*match) for match in matches],
                               startchar=first, endchar=end)


def _matched_token(form: str, startchar: int, endchar: int) -> Token:
    """The Token of a word that matched the query in ``form``, as _match_tokens gives it."""
    t = Token(False, True, removestops=False, mode="query")
    t.text, t.boost, t.stopped, t.matched = form, 1.0, False, True
    t.startchar, t.endchar = startchar, endchar
    return t


def make_snippet(body: str, terms: set[str], marks=("[", "]"), lang: str | None = None) -> str:
    """The passages of ``body`` around the query words, the words wrapped in ``marks``.

    Words are found as written (folded) and, in the story's language, by their stem.

    >>> make_snippet("SEOUL (Reuters) - Blinken se dit très préoccupé.", {"preoccupe"})
    'SEOUL (Reuters) - Blinken se dit très [préoccupé]'
    >>> make_snippet("Il s'est dit préoccupé.", {"preoccup"}, lang="fr")
    "Il s'est dit [préoccupé]"
    >>> make_snippet("Ein Satz. " * 40 + "Die Straße ist zu. " + "Noch ein Satz. " * 40,
    ...              {"strasse"}, ("<b>", "</b>")).split("Die ")[1]
    '<b>Straße</b> ist zu. Noch ein Satz. Noch ein Satz. Noch ein Satz. Noch ein Satz. Noch ein …'
    """
    snippet = ""
    if body and terms:
        # highlight.highlight(), its analyzer and matched filter in one step
        fragments = _context_fragments(body, frozenset(terms), lang)
        fragments = highlight.top_fragments(fragments, SNIPPET_FRAGMENTS,
                                            highlight.BasicFragmentScorer(), highlight.FIRST)
        snippet = _MarkFormatter(marks)(body, fragments)
    if not snippet:
        lead = " ".join(body[:SNIPPET_LEAD_CHARS * 2].split())
        if len(lead) > SNIPPET_LEAD_CHARS:
            lead = lead[:SNIPPET_LEAD_CHARS].rsplit(" ", 1)[0] + " …"
        return lead
    return " ".join(snippet.split())


def versions_held(searcher, group: str, *, own: bool, docnum: int | None = None) -> int:
    """How many stories of the index hold the version key ``group`` (``own``: one of
    them is the hit asking, document ``docnum`` when given, so there is at least one).
    From the version map when a search has built it for this index state (a key it does
    not list is held once), or from its arrays by the hit's document (a term lookup in
    every segment cost ~0.3 ms a hit), else asked of the index."""
    state = _VERSION_STATES.get(_state_id(searcher)) if own else None
    if state is not None and state.members is not None:
        members = state.members.get(group.encode("utf-8"))
        return len(members) if members else 1
    if state is not None and state.arrays is not None and docnum is not None:
        held = state.arrays.held(sys.modules["numpy"], docnum)
        if held is not None:
            return held
    return sum(1 for _ in searcher.document_numbers(version=group))


def hit_dict(fields: dict, score: float | None, terms: set[str], marks,
             wanted: Sequence[str] = HIT_FIELDS, *, searcher=None,
             docnum: int | None = None) -> dict:
    """Stored fields -> the hit: the ``wanted`` Story fields plus score, snippet and
    versions (how many versions of the story the index holds; needs the searcher, and
    is quicker told the hit's ``docnum``).

    Only what is wanted is built: no snippet unless ``snippet`` is asked for.
    """
    out = record_of(fields, body="body" in wanted)
    out["score"] = round(score, 4) if score is not None else None
    if "snippet" in wanted:
        out["snippet"] = make_snippet(fields.get("body", ""), terms, marks, out.get("language"))
    if "versions" in wanted:
        out["versions"] = (versions_held(searcher, fields.get("version") or out["id"],
                                         own=bool(fields.get("version")), docnum=docnum)
                           if searcher is not None else None)
    return {name: out[name] for name in wanted}


# -- did you mean ---------------------------------------------------------------------------

#: Words shorter than this are not corrected: too many real words lie one edit away.
SPELL_MIN_LENGTH = 4
#: Farthest correction, in edits (Damerau-Levenshtein); nearer ones are tried first.
SPELL_MAX_EDITS = 2
#: A correction must be this many times more frequent in the index than the word typed:
#: a rare spelling that occurs (a typo in one story) is still worth correcting.
SPELL_GAIN = 5
#: Fields whose words corrections are drawn from.
SPELL_FIELDS = ("title", "body", "names")


def query_words(q: query.Query) -> list[tuple[str, tuple]]:
    """(word as parsed, fields) of each plain word of a parsed query, NOT parts left out."""
    found: list = []
    _query_words_walk(q, found)
    return found


def _query_words_walk(node, found: list) -> None:
    if isinstance(node, query.Not):
        return
    if isinstance(node, query.Or):
        fields = {c.fieldname for c in node.subqueries if type(c) is query.Term}
        if fields == set(DEFAULT_FIELDS) and len(fields) == len(node.subqueries):
            found.append((next(c.text for c in node.subqueries if c.fieldname == "title"),
                          SPELL_FIELDS))
            return
    if type(node) is query.Term and node.fieldname in TEXT_FIELDS:
        found.append((node.text, (node.fieldname,)))
        return
    if not node.is_leaf():
        for child in node.children():
            _query_words_walk(child, found)


def correct_word(searcher, word: str, fields) -> str | None:
    """The index's likeliest intended word for ``word``, or None when it looks right."""
    folded = fold(word)
    if len(folded) < SPELL_MIN_LENGTH:
        return None
    # every word of the fields with its first letter, and how many stories hold it
    # (reader.doc_frequency, summed over the fields)
    found = _prefix_words(searcher, tuple(fields), folded[:1], len(folded))
    freq = found.get
    have = freq(folded, 0)
    # every word within the edit limit's length (no nearer one can be farther in
    # length: the list holds no others), then each one's distance
    words = set(found)
    if len(words) >= VECTOR_DISTANCES:
        import numpy as np
        ordered = sorted(words)
        near = dict(zip(ordered, vector.edit_distances(np, folded, ordered).tolist()))
    else:
        near = {word: distance(word, folded, limit=SPELL_MAX_EDITS) for word in words}
    for edits in range(1, SPELL_MAX_EDITS + 1):
        # reader.terms_within(f, folded, edits, prefix=1) over the fields, from a kept
        # list of the words (Whoosh merges every segment's terms at each call)
        candidates = {word for word, k in near.items() if k <= edits}
        candidates.discard(folded)
        scored = sorted(((freq(c), c) for c in candidates), key=lambda x: (-x[0], x[1]))
        if scored and scored[0][0] >= max(1, SPELL_GAIN * have):
            return scored[0][1]
    return None


#: Word lists kept for corrections: (fields, first letter, length) -> {word: stories},
#: per state.
_PREFIX_WORDS = _PerState()
#: From this many stories a correction loads numpy (if the search has not) to cut the
#: term tables: a first correction on 100,000 stories walked them in 80-165 ms where numpy
#: takes ~50 ms, and correct_word loads numpy for the distances anyway. A cold `search`
#: with a correction: 125-133 -> 50 ms past the import (~45 ms); on 2,000 stories even.
SPELL_NUMPY_DOCS = 2000


def _prefix_words(searcher, fieldnames: tuple, prefix: str, length: int) -> dict[str, int]:
    """Every word of the fields (text fields, their terms UTF-8 text) that starts with
    ``prefix`` (what Whoosh's expand_prefix gives) and whose length is within
    SPELL_MAX_EDITS of ``length``, with its doc_frequency in the index summed over the
    fields.

    The words of a prefix are read once for the index state, every length at once, from
    each segment's term table, and kept by length: cutting the tables is most of the
    cost whatever the lengths kept (all of "m" on 100,000 stories: 51 ms, those of 10 to
    14 letters: 41), and kept by prefix and length a search met a new pair in most of
    its corrections."""
    by_length = _PREFIX_WORDS.get(_state_id(searcher), (fieldnames, prefix),
                                  lambda: _words_by_length(searcher, fieldnames, prefix))
    found: dict[str, int] = {}
    for n in range(length - SPELL_MAX_EDITS, length + SPELL_MAX_EDITS + 1):
        found.update(by_length.get(n, ()))
    return found


def _words_by_length(searcher, fieldnames: tuple, prefix: str) -> dict[int, dict[str, int]]:
    """_prefix_words' words of every length: length -> {word: stories}."""
    wanted = prefix.encode("utf-8")
    readers = [sub.reader() for sub, _ in searcher.leaf_searchers()]
    lists = [(reader, fieldname) for reader in readers for fieldname in fieldnames]
    np = sys.modules.get("numpy")
    if np is None and searcher.doc_count_all() >= SPELL_NUMPY_DOCS:
        import numpy as np
    merged = None
    if np is not None and fieldnames == SPELL_FIELDS:
        merged = _listed_words(np, searcher, wanted)
    if merged is None and np is not None:
        merged = _merged_terms(np, lists, wanted)
    if merged is not None:
        keys, totals = merged
        found = dict(zip(keys, totals))
    else:
        found: dict[bytes, int] = {}
        for reader, fieldname in lists:
            terms = _terms_with_prefix(reader, fieldname, wanted)
            if terms is None:
                terms = [(text, reader.doc_frequency(fieldname, text))
                         for text in reader.expand_prefix(fieldname, prefix)]
            get = found.get
            for text, n in terms:
                found[text] = get(text, 0) + n
        keys = sorted(found)
    words = b"\n".join(keys).decode("utf-8").split("\n") if keys else []
    if len(words) != len(keys):
        words = [text.decode("utf-8") for text in keys]  # a term holding a newline
    out: dict[int, dict[str, int]] = {}
    for word, key in zip(words, keys):
        n = len(word)
        if n not in out:
            out[n] = {}
        out[n][word] = found[key]
    return out


def _merged_terms(np, lists, prefix: bytes) -> tuple | None:
    """The distinct terms starting with ``prefix`` in ``lists``, (segment reader, field)
    pairs (_prefix_spans), in order, and the sum of each one's doc frequencies, as lists
    (_merged_arrays); None when a segment's table cannot be cut that way."""
    merged = _merged_arrays(np, lists, prefix)
    if merged is None:
        return None
    return merged[0].tolist(), merged[1].tolist()


def _merged_arrays(np, lists, prefix: bytes, read: bool = False) -> tuple | None:
    """_merged_terms as arrays: the terms (``S<longest>``, ascending) and their summed
    doc frequencies (int64), merged as rows of bytes (spelling.merge_rows)."""
    rows, freqs = [], []
    for reader, fieldname in lists:
        spans = _prefix_spans(np, reader, fieldname, prefix, read)
        found = spelling.term_rows(np, spans) if spans is not None else None
        if found is None:
            return None
        rows.append(found[0])
        freqs.append(found[1])
    return spelling.merge_rows(np, rows, freqs)


# -- the spelling list ---------------------------------------------------------------------
#
# Every first letter's words, merged once by a run that changes the index, for the
# searches of its state (spelling.py: why, and the file).

#: Spelling lists read, per index state.
_SPELLING = _PerState()


def _spelling_state(searcher) -> dict | None:
    """What a spelling list is valid for: SPELL_FIELDS and each segment with its
    documents (doc frequencies count deleted documents too, so deletions change none)."""
    state = _state_id(searcher)
    if state is None:
        return None
    return {"fields": list(SPELL_FIELDS),
            "segments": sorted([segment, docs] for segment, docs, _ in state)}


def _segment_key(reader) -> tuple | None:
    """A segment's reader -> its ``(segment id, documents)`` as _spelling_state lists them."""
    state = _reader_state(reader)
    return state[0][:2] if state else None


def _index_folder(searcher) -> str | None:
    folder = getattr(getattr(getattr(searcher, "_ix", None), "storage", None), "folder", None)
    if folder is not None:
        return folder
    for sub, _ in searcher.leaf_searchers():
        return getattr(getattr(sub.reader(), "_storage", None), "folder", None)
    return None


def write_spelling(searcher, merged_from: dict | None = None) -> bool:
    """Write the spelling list of the index ``searcher`` sees into its folder, unless the
    one there was made for the same segments. True when a list was written. An index of
    fewer than SPELL_NUMPY_DOCS stories gets none: its corrections read the tables
    without numpy, which the list needs.

    A list made for some of the segments, none of its own since merged away (a run that
    only added segments), is extended with the words of the others (spelling.add_rows):
    what merging every segment again gives, as counts do not change when stories are
    deleted. Segments it was made for that were merged without deletions (``merged_from``:
    merged segment id -> its sources' ``(id, documents)``) count as the merged one, whose
    words' counts are theirs summed. Otherwise every segment's words are merged."""
    folder, state = _index_folder(searcher), _spelling_state(searcher)
    if folder is None or state is None or searcher.doc_count_all() < SPELL_NUMPY_DOCS:
        return False
    import numpy as np
    path = os.path.join(folder, SPELLING_NAME)
    saved = spelling.read_saved(np, path)
    if saved is not None and saved[2] == state:
        return False
    leaves = [sub.reader() for sub, _ in searcher.leaf_searchers()]
    base = None
    if saved is not None and saved[2].get("fields") == state["fields"]:
        had = {tuple(seg) for seg in saved[2].get("segments", ()) if isinstance(seg, list)}
        for merged, sources in (merged_from or {}).items():  # in the order they were merged
            sources = {tuple(source) for source in sources}
            if sources <= had:
                had = (had - sources) | {(merged, sum(docs for _, docs in sources))}
        keys = [_segment_key(reader) for reader in leaves]  # as _spelling_state's
        if had and had <= set(keys):
            base = saved[:2]
            leaves = [reader for reader, key in zip(leaves, keys) if key not in had]
    lists = [(reader, fieldname) for reader in leaves for fieldname in SPELL_FIELDS]
    # Merged a first byte at a time, as searches merge them: all at once, the terms of
    # every segment side by side (1.2 million on 100,000 stories, ten times that on a
    # million) would take more memory than a run is allowed.
    leads: set = set()
    for reader, fieldname in lists:
        spans = _prefix_spans(np, reader, fieldname, b"", read=True)
        if spans is None:  # a table this cannot cut: searches merge it themselves
            return False
        data, starts, ends, _ = spans
        starts = starts[starts < ends]
        if len(starts):
            leads.update(np.unique(np.frombuffer(data, dtype=np.uint8)[starts]).tolist())
    words, counts = [], []
    for lead in sorted(leads):
        merged = _merged_arrays(np, lists, bytes((lead,)), read=True)
        if merged is None:
            return False
        words.append(merged[0])
        counts.append(merged[1])
    words, counts = spelling.join_rows(np, words, counts)
    if base is not None:
        words, counts = spelling.add_rows(np, *base, words, counts)
    spelling.write_list(np, path, words, counts, state)
    return True


def _listed_words(np, searcher, prefix: bytes) -> tuple | None:
    """_merged_terms of SPELL_FIELDS and ``prefix`` (not empty) from the index's
    spelling list, or None when it has none for the state the searcher sees."""
    def load():
        folder, state = _index_folder(searcher), _spelling_state(searcher)
        if folder is None or state is None:
            return None
        return spelling.read_list(np, os.path.join(folder, SPELLING_NAME), state)

    listed = _SPELLING.get(_state_id(searcher), "list", load)
    if listed is None:
        return None
    return spelling.words_with_prefix(np, *listed, prefix)


#: Candidate words from which correct_word measures distances with numpy.
VECTOR_DISTANCES = 300


#: Bytes of the term table read at a time while walking its keys.
TERMS_CHUNK = 1 << 18


#: Where a W3 term info holds the term's doc frequency (a flags byte and a float before
#: it; W3TermInfo.read_doc_freq), and its form.
_DOC_FREQ_AT = 5
_DOC_FREQ = struct.Struct("!I")


def _terms_with_prefix(reader, fieldname: str, prefix: bytes) -> list[tuple] | None:
    """``(term, doc_frequency)`` of each term reader.expand_prefix gives, in order, for
    one W3 segment: cut out of its term table through the table's index array when
    numpy is loaded (_prefix_spans), else walking its records (a length pair, the
    key, the term info; in key order) in chunks (Whoosh reads each record with three
    calls through its file object). None for another kind of reader."""
    np = sys.modules.get("numpy")
    spans = _prefix_spans(np, reader, fieldname, prefix) if np is not None else None
    if spans is not None:
        data, starts, ends, freqs = spans
        return list(zip([data[b:e] for b, e in zip(starts.tolist(), ends.tolist())],
                        freqs.tolist()))
    try:
        terms = reader._terms
        tindex, key = terms._tindex, terms._keycoder(fieldname, prefix)
        dbfile, end = tindex.dbfile, tindex.endofdata
        pos = tindex.closest_key_pos(key)
    except (AttributeError, TypeError):
        return None
    out: list[tuple] = []
    head, need = _TERM_LENGTHS.size, _DOC_FREQ_AT + _DOC_FREQ.size
    buf, base = b"", pos
    while pos is not None and pos < end:
        if pos + head > base + len(buf):
            buf, base = dbfile.get(pos, min(TERMS_CHUNK, end - pos)), pos
        keylen, datalen = _TERM_LENGTHS.unpack_from(buf, pos - base)
        if pos + head + keylen + need > base + len(buf):
            buf, base = dbfile.get(pos, min(max(TERMS_CHUNK, head + keylen + need),
                                            end - pos)), pos
        at = pos - base + head
        record = buf[at:at + keylen]
        if not record.startswith(key):
            break
        out.append((record[len(key) - len(prefix):],
                    _DOC_FREQ.unpack_from(buf, at + keylen + _DOC_FREQ_AT)[0]))
        pos += head + keylen + datalen
    return out


#: numpy types of an ordered hash file's index array (Whoosh reads it big-endian).
_INDEX_TYPES = {"B": ">u1", "H": ">u2", "i": ">i4", "I": ">u4", "q": ">i8"}


def _term_spans(np, tindex, low: bytes, high: bytes, skip: int = 0,
                read: bool = False) -> tuple | None:
    """Where the keys ``low <= key < high`` of a segment's term table (an ordered hash
    file of W3 term infos) are, in order, the keys less their first ``skip`` bytes:
    ``(data, starts, ends, doc frequencies)``, the data bytes-like (the table's file or
    a piece of it), the rest int64 arrays. From the table's index array, the position of
    every record in key order: the range's ends are found by bisection, as
    closest_key_pos finds one, and its records cut out of one read, with no walk from
    record to record. None for a table without that array.

    ``read``: the table is read through its file even when it can be mapped, so that
    what is read leaves the process's memory with the data: a map's pages stay resident,
    and the kernel maps 16 around each one touched (a pass over every table at a million
    stories held 1.5 GB of them)."""
    try:
        kind = _INDEX_TYPES[tindex.extras["indextype"]]
        base, count, size = tindex.indexbase, tindex.indexlen, tindex.indexsize
    except (AttributeError, KeyError, TypeError):
        return None
    head = _TERM_LENGTHS.size
    mapped = _mapped(tindex) if not read else None
    if mapped is not None:  # the file in memory: bisection without a read per probe
        index = np.frombuffer(mapped, dtype=kind, count=count, offset=base)

        def key_of(i):
            pos = int(index[i])
            return mapped[pos + head:pos + head + _TERM_LENGTHS.unpack_from(mapped, pos)[0]]
    else:
        dbfile, key_at, get_pos = tindex.dbfile, tindex.key_at, tindex._get_pos

        def key_of(i):
            return key_at(get_pos(base + i * size))

    def first_at_least(key):
        lo, hi = 0, count
        while lo < hi:
            mid = (lo + hi) // 2
            if key_of(mid) < key:
                lo = mid + 1
            else:
                hi = mid
        return lo

    lo = first_at_least(low)
    hi = first_at_least(high)
    if lo >= hi:
        nothing = np.zeros(0, dtype=np.int64)
        return b"", nothing, nothing, nothing
    if mapped is not None:
        positions = index[lo:hi].astype(np.int64)
        start, buf = 0, mapped
    else:
        positions = np.frombuffer(dbfile.get(base + lo * size, (hi - lo) * size),
                                  dtype=kind).astype(np.int64)
        start, last = int(positions.min()), int(positions.max())
        tail = _TERM_LENGTHS.unpack(dbfile.get(last, head))[0]
        buf = dbfile.get(start, last - start + head + tail + _DOC_FREQ_AT + _DOC_FREQ.size)
    raw = np.frombuffer(buf, dtype=np.uint8)

    def uint(offsets):  # big-endian, as Whoosh packs them
        return ((raw[offsets].astype(np.int64) << 24) | (raw[offsets + 1].astype(np.int64) << 16)
                | (raw[offsets + 2].astype(np.int64) << 8) | raw[offsets + 3])

    at = positions - start
    begins = at + head
    ends = begins + uint(at)
    return buf, begins + skip, ends, uint(ends + _DOC_FREQ_AT)


def _prefix_spans(np, reader, fieldname: str, prefix: bytes,
                  read: bool = False) -> tuple | None:
    """_term_spans of a W3 segment's terms of a field that start with ``prefix`` (b"":
    all of the field's), less the field's key prefix; None for another kind of reader."""
    try:
        terms = reader._terms
        tindex, key = terms._tindex, terms._keycoder(fieldname, prefix)
    except (AttributeError, TypeError):
        return None
    if key[-1] == 0xFF:
        return None
    return _term_spans(np, tindex, key, key[:-1] + bytes((key[-1] + 1,)),
                       skip=len(key) - len(prefix), read=read)


def _mapped(tindex):
    """The whole file of a segment's term table, memory-mapped (index.mapped_file), or
    None: a table that does not start its file, or a file not mapped. Reading through
    Whoosh's file object costs two system calls a read."""
    if getattr(tindex, "startoffset", None) != 0:
        return None
    return mapped_file(tindex.dbfile)


def _same_case(typed: str, word: str) -> str:
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def suggest_query(searcher, text: str, filters: Filters, total: int) -> str | None:
    """A corrected query built from the index's own words, if it finds more stories.

    ``Blinkin Seoul`` -> ``Blinken Seoul``.
    """
    parsed = parse_query(text, searcher.schema)
    if parsed is None:
        return None
    suggestion = text
    for word, fields in query_words(parsed):
        fixed = correct_word(searcher, word, fields)
        if fixed is None:
            continue
        pattern = re.compile(r"(?<![\w])" + re.escape(word) + r"(?![\w])", re.IGNORECASE)
        suggestion = pattern.sub(lambda m: _same_case(m.group(0), fixed), suggestion)
    if suggestion == text:
        return None
    q, fq, _, _ = prepare_search(searcher, suggestion, filters)
    arrays = dense_matches(searcher, q, fq, scored=False)
    found = len(arrays[0]) if arrays is not None else len(collect_matches(searcher, q, fq,
                                                                          scored=False))
    return suggestion if found > total else None


# -- explain ----------------------------------------------------------------------------------

def describe(node: query.Query) -> str:
    """A query as text, dates as dates (Whoosh prints them as raw numbers).

    >>> describe(date_range_query("published", "2023-11"))
    'published:[2023-11-01 TO 2023-12-01)'
    """
    if isinstance(node, query.DateRange):
        day = lambda d: d.isoformat(sep=" ").removesuffix(" 00:00:00") if d else "*"
        return f"{node.fieldname}:[{day(node.startdate)} TO {day(node.enddate)})"
    if isinstance(node, query.Not):
        return f"NOT {describe(node.query)}"
    if isinstance(node, (query.And, query.Or)):
        joint = " AND " if isinstance(node, query.And) else " OR "
        return "(" + joint.join(describe(child) for child in node.subqueries) + ")"
    return str(node)


def explain_search(searcher, text: str, filters: Filters) -> dict:
    """How a query is understood: languages, each part with its fields and terms, filters.

    Returns ``{"query", "languages", "parsed", "filters", "terms"}``; ``parsed`` is the
    searched query as text (Whoosh's notation: field:term^weight, AND/OR/NOT).
    """
    langs = query_languages(searcher.reader(), filters.lang)
    q, fq, terms, _ = prepare_search(searcher, text, filters)
    parsed = parse_query(text, searcher.schema)
    return {"query": text, "languages": [lang or "(none)" for lang in langs],
            "parsed": describe(q), "filters": describe(fq) if fq is not None else None,
            "words": [{"word": word, "fields": list(fields), "exact": fold(word),
                       "stems": word_forms(word, langs)[1]
                       if set(fields) & set(STEM_FIELDS) else []}
                      for word, fields in (query_words(parsed) if parsed is not None else [])],
            "terms": sorted(terms)}



# -- similar stories --------------------------------------------------------------------------

#: Key terms of a story that make the query for stories like it.
SIMILAR_TERMS = 12


def similar_stories(searcher, story_id: str, *, limit: int | None = 10, marks=("[", "]"),
                    fields: Sequence[str] = HIT_FIELDS) -> dict:
    """Stories like one story: its most distinctive stems, searched; its versions left out."""
    docnum = searcher.document_number(id=story_id)
    if docnum is None:
        raise QueryError(f"no story with id {story_id} (ids are in wire search --format json)")
    stored = searcher.stored_fields(docnum)
    record = stored.get("record") or {}
    text = tag_language(record.get("language"),
                        f"{record.get('title') or ''}\n{stored.get('body', '')}")
    keys = searcher.key_terms_from_text("text_stem", text, numterms=SIMILAR_TERMS)
    out = {"format_version": FORMAT_VERSION, "query": f"similar:{story_id}", "total": 0,
           "hits": []}
    if not keys:
        return out
    q = query.Or([query.Term("text_stem", term, boost=weight) for term, weight in keys])
    own = query.Term("version", stored.get("version") or story_id)
    results = searcher.search(q, mask=own, limit=None)
    groups = collapse_versions(list(results.items()), searcher)
    groups.sort(key=lambda g: -(g[0][1] or 0.0))
    terms = {term for term, _ in keys}
    out["total"] = len(groups)
    out["hits"] = [hit_dict(searcher.stored_fields(g[0][0]), g[0][1], terms, marks, fields,
                            searcher=searcher, docnum=g[0][0]) for g in groups[:limit]]
    return out
