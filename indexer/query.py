"""User text + filters -> Whoosh query; Whoosh hits -> plain dicts with highlighted snippets.

The query language is Whoosh's parser with plugins swapped: field prefixes are checked
against our names (``city:`` means the ``cities`` field; an unknown prefix is an error, not
text), ``-word`` is NOT, single quotes are plain text (French: ``l'Ukraine``), and
``date:`` is read here, by day, month or year, because Whoosh's own date plugin widens an
ISO date to its whole year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence
from datetime import date, datetime, timedelta

from whoosh import highlight, query
from whoosh.qparser import QueryParser, plugins, syntax
from whoosh.qparser.taggers import RegexTagger

from . import paging
from .errors import QueryError
from .index import record_of
from .schema import FOLD
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
#: Fields searched by a word with no prefix. Names are included so that a reporter's
#: or a city's name finds the story even when the body does not repeat it.
KNOWN_PREFIXES = ("title: body: city: agency: reporter: editor: translator: photographer: "
                  "lang: date:")
DEFAULT_FIELDS = ("title", "body", "cities", "agencies", "reporters", "editors",
                  "translators", "photographers")
#: Fields whose words can be highlighted in a snippet (all share the FOLD analysis).
TEXT_FIELDS = frozenset(DEFAULT_FIELDS + ("language",))
SORTS = ("relevance", "newest", "oldest")

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
#: A date written as a year, a month or a day: the period it names.
PARTIAL_DATE_RE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?$")
DATE_RANGE_SEP = ".."

#: Snippets: up to this many fragments of about this many characters, with this much
#: context around a matched word -- two lines on a terminal.
SNIPPET_FRAGMENTS = 2
SNIPPET_MAXCHARS = 160
SNIPPET_SURROUND = 60
#: Characters of body shown when no query word occurs in it (a title or filter match).
SNIPPET_LEAD_CHARS = 200


# -- dates ----------------------------------------------------------------------------

def parse_period(value: str) -> tuple[datetime, datetime]:
    """The days a date names, as ``[start, end)`` in naive UTC.

    ``2023`` is the year, ``2023-11`` the month, ``2023-11-09`` the day; anything else
    python-dateutil reads (``9 Nov 2023``, ``11/09/2023``) is that whole day.

    >>> parse_period("2023-11")
    (datetime.datetime(2023, 11, 1, 0, 0), datetime.datetime(2023, 12, 1, 0, 0))
    >>> parse_period("2023-12-31")[1]
    datetime.datetime(2024, 1, 1, 0, 0)
    """
    text = value.strip()
    m = PARTIAL_DATE_RE.match(text)
    try:
        if m:
            y, mo, d = int(m["y"]), m["m"], m["d"]
            if mo is None:
                return datetime(y, 1, 1), datetime(y + 1, 1, 1)
            if d is None:
                start = datetime(y, int(mo), 1)
                return start, (start + timedelta(days=32)).replace(day=1)
            start = datetime(y, int(mo), int(d))
            return start, start + timedelta(days=1)
        from dateutil import parser as dateutil_parser
        day = dateutil_parser.parse(text, default=datetime(2000, 1, 1)).date()
    except (ValueError, OverflowError):
        raise QueryError(f"unreadable date {value!r} (write it as YYYY-MM-DD, YYYY-MM or YYYY)") from None
    start = datetime.combine(day, datetime.min.time())
    return start, start + timedelta(days=1)


def date_range_query(fieldname: str, spec: str) -> query.Query:
    """``2023-11-01..2023-11-30``, ``2023-11..``, ``..2023-12-31`` or one period -> DateRange."""
    if not spec:
        raise QueryError("date: needs a date, e.g. date:2023-11-09 or date:2023-11-01..2023-11-30")
    if DATE_RANGE_SEP in spec:
        first, _, last = spec.partition(DATE_RANGE_SEP)
        if not first and not last:
            raise QueryError(f"date range {spec!r} has no dates (e.g. date:2023-11..)")
        start = parse_period(first)[0] if first else None
        end = parse_period(last)[1] if last else None
    else:
        start, end = parse_period(spec)
    if start and end and start >= end:
        raise QueryError(f"date range {spec!r} ends before it starts")
    return query.DateRange(fieldname, start, end, endexcl=True)


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


def make_parser(schema) -> QueryParser:
    """Whoosh's parser with our plugins: words ANDed across DEFAULT_FIELDS."""
    qp = QueryParser(None, schema, group=syntax.AndGroup)
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


# -- filters ----------------------------------------------------------------------------

def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [v for v in value if v is not None]


def _day_bound(value, *, end: bool) -> datetime | None:
    """--since/--until value (a str dateutil reads, a date or a datetime) -> whole-day bound."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        start = datetime.combine(value, datetime.min.time())
        return start + timedelta(days=1) if end else start
    start, stop = parse_period(str(value))
    return stop if end else start


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
                lang=_as_list(lang), since=_day_bound(since, end=False),
                until=_day_bound(until, end=True))
        if f.since and f.until and f.since >= f.until:
            raise QueryError(f"--since {since} is after --until {until}")
        return f

    def __bool__(self) -> bool:
        return any([self.city, self.reporter, self.agency, self.lang, self.since, self.until])

    def query(self) -> query.Query | None:
        parts = []
        for option, fieldname in FILTER_FIELDS.items():
            values = getattr(self, option)
            if values:
                parts.append(query.Or([_name_query(fieldname, option, v) for v in values]))
        if self.since or self.until:
            parts.append(query.DateRange("published", self.since, self.until, endexcl=True))
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
    return query.Phrase(fieldname, words)


# -- searching --------------------------------------------------------------------------

def prepare_search(searcher, text: str, filters: Filters, sort: str = "relevance"):
    """Check a search and build its parts: ``(query, filter query, highlight terms, sort)``.

    ``sort`` comes back as the order actually used: a search with only filters has nothing
    to rank by, so relevance becomes newest first.
    """
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r} (choose {', '.join(SORTS)})")
    q = parse_query(text, searcher.schema)
    fq = filters.query()
    if q is None and fq is None:
        raise QueryError("empty query: give words to search for, or a filter such as --city"
                         if not (text or "").strip() else
                         f"nothing to search for in {text!r}: give words or a filter")
    terms = highlight_terms(q, searcher.reader()) if q is not None else set()
    if q is None:
        q = query.Every()
    if sort == "relevance" and not terms:
        sort = "newest"  # nothing to rank by (only filters): newest first reads best
    return q, fq, terms, sort


def count_matches(searcher, text: str, filters: Filters) -> int:
    """How many stories match, without ranking or reading any of them."""
    q, fq, _, _ = prepare_search(searcher, text, filters)
    return len(searcher.search(q, filter=fq, limit=None, scored=False))


def run_search(searcher, text: str, filters: Filters, *, sort: str = "relevance",
               limit: int | None = 10, offset: int = 0, after: str | None = None,
               marks=("[", "]"), fields: Sequence[str] = HIT_FIELDS) -> dict:
    """Run a search; hits come back as plain dicts, built inside the searcher block.

    Hits are in one deterministic order (the sort, then the story id); ``after`` (a
    ``next_cursor`` from an earlier page of the same search) starts the page after that hit.
    """
    if limit is not None and limit < 0 or offset < 0:
        raise QueryError("--limit and --offset cannot be negative")
    if after and offset:
        raise QueryError("--after and --offset cannot be combined: a cursor already says "
                         "where the page starts")
    q, fq, terms, sort = prepare_search(searcher, text, filters, sort)
    search_id = paging.fingerprint(text, filters, sort)
    cursor = None
    if after:
        cursor = paging.Cursor.decode(after)
        paging.check_cursor(cursor, sort, search_id)
    scored = sort == "relevance"
    try:
        results = searcher.search(q, filter=fq, limit=None, scored=scored)
    except query.QueryError as e:  # e.g. lang:"en fr": a phrase in a field without positions
        raise QueryError(f"cannot search {text!r}: {e}") from None
    if scored:
        entries = [(paging.primary_key(sort, score, None), docnum)
                   for docnum, score in results.items()]
    elif not len(results):
        entries = []  # an empty index has no column to read
    else:
        dates = searcher.reader().column_reader("published", translate=False)
        entries = [(paging.primary_key(sort, None, dates[docnum]), docnum)
                   for docnum, _ in results.items()]
    stored: dict[int, dict] = {}

    def ids(docnums):
        for docnum in docnums:
            if docnum not in stored:
                stored[docnum] = searcher.stored_fields(docnum)
        return {docnum: (stored[docnum].get("record") or {}).get("id") or "" for docnum in docnums}

    page, more = paging.take_page(entries, ids, after=cursor, offset=offset, limit=limit)
    ids([docnum for _, _, docnum in page])
    hits = [hit_dict(stored[docnum], -key[0] if scored else None, terms, marks, fields)
            for key, _, docnum in page]
    next_cursor = None
    if more and page:
        key, story_id, _ = page[-1]
        next_cursor = paging.Cursor(sort, key, story_id, search_id).encode()
    return {"format_version": FORMAT_VERSION, "query": text, "sort": sort,
            "total": len(results), "offset": offset, "hits": hits, "next_cursor": next_cursor}


def highlight_terms(q: query.Query, reader) -> set[str]:
    """Words the query looks for (expanded wildcards included), leaving out NOT parts."""
    words: set[str] = set()

    def walk(node):
        if isinstance(node, query.Not):
            return
        if isinstance(node, query.AndNot):
            walk(node.a)
            return
        if node.is_leaf():
            if node.field() not in TEXT_FIELDS:
                return  # dates, Every: nothing to highlight (and ranges must not expand)
            for _, text in node.expanded_terms(reader, phrases=True):
                words.add(text.decode("utf-8") if isinstance(text, bytes) else text)
            return
        for child in node.children():
            walk(child)

    walk(q)
    return words


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


def make_snippet(body: str, terms: set[str], marks=("[", "]")) -> str:
    """The passages of ``body`` around the query words, the words wrapped in ``marks``.

    >>> make_snippet("SEOUL (Reuters) - Blinken se dit très préoccupé.", {"preoccupe"})
    'SEOUL (Reuters) - Blinken se dit très [préoccupé]'
    >>> make_snippet("Ein Satz. " * 40 + "Die Straße ist zu. " + "Noch ein Satz. " * 40,
    ...              {"strasse"}, ("<b>", "</b>")).split("Die ")[1]
    '<b>Straße</b> ist zu. Noch ein Satz. Noch ein Satz. Noch ein Satz. Noch ein Satz. Noch ein …'
    """
    snippet = ""
    if body and terms:
        fragmenter = highlight.ContextFragmenter(maxchars=SNIPPET_MAXCHARS,
                                                 surround=SNIPPET_SURROUND)
        snippet = highlight.highlight(body, terms, FOLD, fragmenter, _MarkFormatter(marks),
                                      top=SNIPPET_FRAGMENTS)
    if not snippet:
        lead = " ".join(body[:SNIPPET_LEAD_CHARS * 2].split())
        if len(lead) > SNIPPET_LEAD_CHARS:
            lead = lead[:SNIPPET_LEAD_CHARS].rsplit(" ", 1)[0] + " …"
        return lead
    return " ".join(snippet.split())


def hit_dict(fields: dict, score: float | None, terms: set[str], marks,
             wanted: Sequence[str] = HIT_FIELDS) -> dict:
    """Stored fields -> the hit: the ``wanted`` Story fields plus score and snippet.

    Only what is wanted is built: no snippet unless ``snippet`` is asked for.
    """
    out = record_of(fields, body="body" in wanted)
    out["score"] = round(score, 4) if score is not None else None
    if "snippet" in wanted:
        out["snippet"] = make_snippet(fields.get("body", ""), terms, marks)
    return {name: out[name] for name in wanted}
