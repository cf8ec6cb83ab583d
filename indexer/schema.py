"""The Whoosh schema and analyzers: how each Story field is indexed and what is stored.

Searchable fields carry the Story field names. Two internal fields serve the index itself:
``file`` (the source file a story came from, so a changed or deleted file drops all of its
stories with one term) and ``record`` (the Story without its body, exactly as parsed, so
results and ``wire show`` print dates and names as the source wrote them). Everything
indexed can be rebuilt from what is stored (``record``, ``body``, ``file``): merging
segments relies on it.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from math import log

import Stemmer
from whoosh.analysis import LowercaseFilter, RegexTokenizer, Token, Tokenizer
from whoosh.fields import DATETIME, ID, STORED, TEXT, SchemaClass
from whoosh.lang.stopwords import stoplists
from whoosh.scoring import BM25F
from whoosh.support.charset import accent_map

#: Bump when the schema or the analysis changes: an index written with another
#: version must be rebuilt, not silently searched with the wrong analysis.
SCHEMA_VERSION = 3

#: Ranking: Whoosh's BM25F, per field. B is how much a long field is discounted; K1
#: how fast repeats of a word stop adding. Values from bench/relevance.py (see README).
BM25_B = 0.75
BM25_K1 = 1.2
#: Titles are a handful of words: a headline holding the word is the signal, whatever
#: its length (discounting longer ones ranked terse market-report headlines first).
TITLE_B = 0.0

#: Whoosh's accent map folds "é" to "e" but leaves some letters that readers type
#: spelled out ("Straße" -> "strasse", "cœur" -> "coeur").
FOLD_MAP = dict(accent_map)
FOLD_MAP.update({ord("ß"): "ss", ord("œ"): "oe", ord("æ"): "ae", ord("þ"): "th"})

#: Words: runs of letters/digits, keeping inner dots ("U.S."). Hyphens and apostrophes
#: split ("Hye-jin" -> soo, hyang; "l'Ukraine" -> l, ukraine), the same way at index
#: and query time, so `reporter:yoon` and `reporter:"hye-jin yoon"` both match.
WORD_PATTERN = r"\w+(\.?\w+)*"


#: Story fields held as lists of names; each is indexed as searchable text.
NAME_FIELDS = ("agencies", "cities", "reporters", "editors", "translators", "photographers")
#: Names in a list are indexed one per line, this many positions apart, so that a phrase
#: cannot run from one name into the next ("choi ju" in ["Hye-jin Yoon", "Do-yeon Han"]).
NAME_GAP = 100


#: WORD_PATTERN's words, whole, for ``findall``. Written without its optional dot: after a
#: greedy ``\w+`` the next character is never a word character, so ``\.?`` only matches
#: with its dot. The same words (a test checks), found in 0.09 ms a story instead of 0.11.
WORD_RE = re.compile(r"\w+(?:\.\w+)*")
#: Joins a text's words for one C-level lowercase+fold pass; no word holds it, and neither
#: lowercasing nor FOLD_MAP produces it (tests check both).
_JOIN = "\n"
#: Distinct words whose stem is remembered; a news vocabulary fits comfortably.
STEM_CACHE_SIZE = 200_000


def remembered(function, size: int = STEM_CACHE_SIZE):
    """``function`` of one string, its results kept in a plain dict, emptied when it
    holds ``size`` of them. Not functools.lru_cache: its entries are linked lists, which
    Python's garbage collector walks at every full collection (a long-running search
    process held 35,000 of them, and each full collection took 20-50 ms), where a dict of
    strings and tuples of strings is left out of collections altogether."""
    kept: dict = {}
    get = kept.get

    def call(word):
        found = get(word)
        if found is None:
            if len(kept) >= size:
                kept.clear()
            found = kept[word] = function(word)
        return found

    call.kept = kept
    call.function = function  # uncached, for callers that keep results their own way
    return call


class FoldAnalyzer(Tokenizer):
    """Words of a text, lowercased and accent-folded; optionally stemmed.

    Two ways in, one analysis. Whoosh calls the analyzer for queries and highlighting
    (tokens with positions and character offsets into the original text). Indexing calls
    ``terms()``, which gives the same words in a few C-level passes over the whole
    text: one regex ``findall``, one ``lower()`` and one ``translate()`` for all words at
    once, instead of a Python generator step per word per filter -- the writer's
    analysis was a quarter of indexing time (bench/index_speed.py). A test checks the
    two agree on every story of the corpus.

    ``stem`` (a function of one folded word) plugs in a further step, such as a
    language-aware stemmer; it is cached per distinct word.

    >>> [t.text for t in FoldAnalyzer()("Préoccupé par la CORÉE du Nord")]
    ['preoccupe', 'par', 'la', 'coree', 'du', 'nord']
    >>> FoldAnalyzer().terms("Straße, STRASSE und Strasse")
    {'strasse': [0, 1, 3], 'und': [2]}
    """

    def __init__(self, stem=None):
        self.stem = stem
        self._stem = remembered(stem) if stem else None

    def __eq__(self, other):
        return type(other) is type(self) and other.stem == self.stem

    def __getstate__(self):
        return {"stem": self.stem}  # the cache is rebuilt, never pickled into the index

    def __setstate__(self, state):
        self.__init__(**state)

    def words(self, value: str) -> list[str]:
        """The analysed words of ``value`` in order (position i is list index i)."""
        found = WORD_RE.findall(value)
        if not found:
            return found
        joined = _JOIN.join(found).lower()
        words = joined.split(_JOIN)
        if self._stem is None and joined.isascii():
            return words
        fold = {word: self._fold_lower(word) for word in set(words)}
        return [fold[word] for word in words]

    def terms(self, value: str, start_pos: int = 0) -> dict[str, list[int]]:
        """word -> its positions in ``value``, for the index writer.

        Folding and stemming run once per distinct word, and not at all on ASCII text
        without a stemmer (most English copy): ``translate`` costs as much as the regex.
        """
        found = WORD_RE.findall(value)
        if not found:
            return {}
        joined = _JOIN.join(found).lower()
        out: dict[str, list[int]] = {}
        for pos, word in enumerate(joined.split(_JOIN), start_pos):
            have = out.get(word)
            if have is None:
                out[word] = [pos]
            else:
                have.append(pos)
        if self._stem is None and joined.isascii():
            return out
        return self._refold(out)

    def _refold(self, terms: dict[str, list[int]]) -> dict[str, list[int]]:
        folded: dict[str, list[int]] = {}
        for word, positions in terms.items():
            key = self._fold_lower(word)
            have = folded.get(key)
            folded[key] = positions if have is None else sorted(have + positions)
        return folded

    def _fold_lower(self, word: str) -> str:
        """A lowercased word -> folded and stemmed (FOLD_MAP changes no lowercase ASCII)."""
        if not word.isascii():
            word = word.translate(FOLD_MAP)
        return self._stem(word) if self._stem is not None else word

    def _fold(self, word: str) -> str:
        return self._fold_lower(word.lower())

    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True, mode="",
                 **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        fold = self._fold
        if not tokenize:  # Whoosh asks for the whole value as one token (e.g. wildcards)
            t.original = value
            t.text = fold(value)
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        words = self.words(value)
        matches = WORD_RE.finditer(value) if chars or keeporiginal else None
        for pos, word in enumerate(words, start_pos):
            t.text = word
            t.boost = 1.0
            t.stopped = False
            if matches is not None:
                match = next(matches)
                t.original = match.group(0)
                if chars:
                    t.startchar = start_char + match.start()
                    t.endchar = start_char + match.end()
            if positions:
                t.pos = pos
            yield t


def fold_analyzer(stem=None) -> FoldAnalyzer:
    """Tokenize, lowercase and fold accents; no stemming and no stop words.

    The language-neutral analysis of the exact fields; the language-aware one is
    ``stem_terms``, indexed in separate stem fields.

    >>> [t.text for t in fold_analyzer()("Préoccupé par la CORÉE du Nord")]
    ['preoccupe', 'par', 'la', 'coree', 'du', 'nord']
    """
    return FoldAnalyzer(stem)


class NameListAnalyzer(FoldAnalyzer):
    r"""Folded words of a newline-separated list of names, NAME_GAP positions between names.

    >>> [(t.text, t.pos) for t in NameListAnalyzer()("Hye-jin Yoon\nDo-yeon Han", positions=True)]
    [('hye', 0), ('jin', 1), ('yoon', 2), ('do', 103), ('yeon', 104), ('han', 105)]
    >>> NameListAnalyzer().terms("Hye-jin Yoon\nDo-yeon Han")["do"]
    [103]
    """

    def __init__(self, stem=None, gap=NAME_GAP):
        super().__init__(stem)
        self.gap = gap

    def __eq__(self, other):
        return super().__eq__(other) and other.gap == self.gap

    def __getstate__(self):
        return {"stem": self.stem, "gap": self.gap}

    def terms(self, value: str, start_pos: int = 0) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        pos = start_pos
        for name in value.split("\n"):
            words = self.words(name)
            for offset, word in enumerate(words, pos):
                out.setdefault(word, []).append(offset)
            if words:
                pos += len(words) + self.gap
        return out

    def __call__(self, value, positions=False, chars=False, start_pos=0, start_char=0,
                 tokenize=True, **kwargs):
        if not tokenize:
            yield from super().__call__(value, positions=positions, chars=chars,
                                        start_pos=start_pos, start_char=start_char,
                                        tokenize=False, **kwargs)
            return
        pos, offset = start_pos, start_char
        for name in value.split("\n"):
            last = None
            for token in super().__call__(name, positions=positions, chars=chars,
                                          start_pos=pos, start_char=offset, **kwargs):
                if positions:
                    last = token.pos
                yield token
            if last is not None:
                pos = last + 1 + self.gap
            offset += len(name) + 1


#: Query words are parsed lowercased but not folded, so that they can be stemmed before
#: folding ("préoccupée" -> préoccup; folded first, "preoccupee" -> preoccupe, no match).
LOWER = RegexTokenizer(WORD_PATTERN) | LowercaseFilter()
FOLD = fold_analyzer()
NAME_FOLD = NameListAnalyzer()


def _name_field():
    # Phrase positions so "hye-jin yoon" matches as a phrase; a name that analyses to
    # several words is searched as a phrase, not as unrelated words.
    return TEXT(analyzer=NAME_FOLD, phrase=True, multitoken_query="phrase")


# -- language-aware analysis: the stemmed fields ---------------------------------------
#
# ``title`` and ``body`` hold every word as written (folded); ``title_stem`` and
# ``body_stem`` hold the same text analysed by the story's language: elided articles
# and stop words dropped, words reduced to their Snowball stem, then folded. A query
# word searches both, so "concerns" finds "concerned" through the stems while a story
# with "concerns" itself also matches the exact field and ranks above it.
#
# Whoosh analyses a field without seeing the rest of the document, so the language
# travels with the text: ``tag_language("fr", text)`` is what the stem fields receive.

#: ISO 639-1 -> Snowball algorithm (PyStemmer: the C Snowball, ~20x whoosh.lang.snowball).
SNOWBALL = {"en": "english", "fr": "french", "de": "german", "es": "spanish",
            "it": "italian", "pt": "portuguese", "nl": "dutch", "da": "danish",
            "sv": "swedish", "no": "norwegian", "fi": "finnish", "ru": "russian",
            "ro": "romanian", "hu": "hungarian", "tr": "turkish", "ca": "catalan"}
#: Articles and pronouns that elide before a vowel: "l'Ukraine", "qu'il", "dell'Italia".
ELISIONS = {
    "fr": ("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu",
           "quoiqu"),
    "it": ("l", "d", "dell", "all", "dall", "nell", "sull", "coll", "un", "quest", "quell",
           "c", "s"),
    "ca": ("l", "d", "m", "n", "s", "t"),
}
#: An elided article with its apostrophe (straight or typographic) before a word.
ELISION_RES = {lang: re.compile(r"(?<!\w)(?:" + "|".join(words) + r")['’](?=\w)")
               for lang, words in ELISIONS.items()}
#: Between the language code and the text in a stem field's value.
LANGUAGE_TAG_SEP = "\x1e"


def fold(text: str) -> str:
    """Lowercase and fold accents: the exact fields' form of a word.

    >>> fold("Préoccupée"), fold("Straße")
    ('preoccupee', 'strasse')
    """
    return text.lower().translate(FOLD_MAP)


def stopwords_for(lang: str | None) -> frozenset:
    """Stop words of a language, as written and folded ("à", "a"); empty when unknown."""
    return _STOPWORDS.get(lang or "", frozenset())


_STOPWORDS = {lang: frozenset(words) | frozenset(fold(w) for w in words)
              for lang, words in stoplists.items() if lang in SNOWBALL}


@functools.lru_cache(maxsize=None)
def stemmer_for(lang: str | None):
    """The per-language step: a lowercased word -> its stem-field terms (cached).

    A stop word gives no term; any other word its stem, folded. When folding first
    gives another stem ("preoccupee" typed without accents), that one is added too,
    so queries typed without accents still meet the stems. A language with no
    Snowball stemmer (or none) gives the folded word itself.

    >>> stemmer_for("fr")("préoccupations"), stemmer_for("fr")("préoccupée")
    (('preoccup',), ('preoccup', 'preoccupe'))
    >>> stemmer_for("en")("concerned"), stemmer_for("en")("the"), stemmer_for("ko")("서울")
    (('concern',), (), ('서울',))
    """
    stops = stopwords_for(lang)
    algorithm = SNOWBALL.get(lang or "")
    if algorithm is None:
        return remembered(lambda word: () if word in stops else (word.translate(FOLD_MAP),))
    # PyStemmer's own cache off (0): its entries are lists, and stem_word keeps the stems.
    stem = Stemmer.Stemmer(algorithm, 0).stemWord

    @remembered
    def stem_word(word: str) -> tuple[str, ...]:
        if word in stops:
            return ()
        first = stem(word).translate(FOLD_MAP)
        folded = word.translate(FOLD_MAP)
        if folded == word:
            return (first,)
        second = stem(folded)
        return (first,) if second == first else (first, second)

    return stem_word


def stem_terms(lang: str | None, text: str) -> list[str]:
    """Text in a language -> its stem-field terms, in order (one pass, no Token objects).

    >>> stem_terms("fr", "L'ONU s'est dite préoccupée par l'escalade")
    ['onu', 'dit', 'preoccup', 'preoccupe', 'escalad']
    """
    stem = stemmer_for(lang)
    return [term for word in _stem_words(lang, text) for term in stem(word)]


def _stem_words(lang: str | None, text: str) -> list[str]:
    """The words a stem field analyses: lowercased, elided articles dropped."""
    text = text.lower()
    elision = ELISION_RES.get(lang or "")
    if elision is not None:
        text = elision.sub("", text)
    return WORD_RE.findall(text)


def tag_language(lang: str | None, text: str) -> str:
    """The value a stem field is given: the story's language, then its text."""
    return f"{lang or ''}{LANGUAGE_TAG_SEP}{text}"


class StemTokenizer(Tokenizer):
    """``tag_language(lang, text)`` -> one Token per stem-field term (frequencies only).

    >>> [t.text for t in StemTokenizer()(tag_language("en", "Prices rose"))]
    ['price', 'rose']
    """

    def __eq__(self, other):
        return type(other) is type(self)

    @staticmethod
    def _split(value: str) -> tuple[str | None, str]:
        lang, sep, text = value.partition(LANGUAGE_TAG_SEP)
        return (lang or None, text) if sep else (None, value)

    def terms(self, value: str, start_pos: int = 0) -> dict[str, list[int]]:
        """term -> its positions, for the segment writer's fast path (index/segments.py).

        >>> StemTokenizer().terms(tag_language("en", "Prices rose as prices fell"))
        {'price': [0, 2], 'rose': [1], 'fell': [3]}
        """
        out: dict[str, list[int]] = {}
        for pos, term in enumerate(stem_terms(*self._split(value)), start_pos):
            have = out.get(term)
            if have is None:
                out[term] = [pos]
            else:
                have.append(pos)
        return out

    def counts(self, value: str) -> dict[str, int]:
        """term -> how often it occurs: all a frequency-only field needs, counted per
        distinct word (``Counter`` runs in C) rather than per word.

        >>> StemTokenizer().counts(tag_language("en", "Prices rose as prices fell"))
        {'price': 2, 'rose': 1, 'fell': 1}
        """
        lang, text = self._split(value)
        stem = stemmer_for(lang)
        out: dict[str, int] = {}
        for word, n in Counter(_stem_words(lang, text)).items():
            for term in stem(word):
                out[term] = out.get(term, 0) + n
        return out

    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True, mode="",
                 **kwargs):
        lang, text = self._split(value)
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for pos, term in enumerate(stem_terms(lang, text), start_pos):
            t.text, t.boost, t.stopped = term, 1.0, False
            if positions:
                t.pos = pos
            yield t


STEM = StemTokenizer()


def derived_fields(story) -> dict:
    """Fields of a story's document computed from its other fields (the index calls this).

    The stemmed copies of title and body, and ``names``: every name of every name list,
    one field so that a query word looks in one place for them instead of six.
    """
    out = {}
    names = [name for field in NAME_FIELDS for name in (getattr(story, field) or [])]
    if names:
        out["names"] = "\n".join(names)
    if story.title:
        out["title_stem"] = tag_language(story.language, story.title)
    if story.title or story.body:
        # Title and body as one text: a word's repeats across both saturate together,
        # as in one BM25 document (see README, "Ranking").
        out["text_stem"] = tag_language(story.language, f"{story.title or ''}\n{story.body or ''}")
    return out


class WireSchema(SchemaClass):
    id = ID(unique=True)
    # Stored: merges once rebuilt stories from their stored fields, and a changed schema
    # would make every existing index foreign.
    file = ID(stored=True)
    path = ID()
    record = STORED()
    # Title words weigh more than body words: query.TITLE_BOOST, applied at query time.
    title = TEXT(analyzer=FOLD, multitoken_query="phrase")
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
    # All the names above in one field: what a query word without a prefix searches.
    names = _name_field()
    # The language-aware copies of title and body (see stem_fields): no positions, so
    # phrases are matched on the exact fields only.
    title_stem = TEXT(analyzer=STEM, phrase=False)
    text_stem = TEXT(analyzer=STEM, phrase=False)
    # Near-duplicate group (see versions.py): every version of a story shares it.
    version = ID(stored=True, sortable=True)


#: A title word is as rare as it is in whole stories, not among titles: counted in titles
#: alone, any word a few headlines use looks rare, and one such word in a headline
#: outranks a story about all the query's words ("gross" in "Bundesbank gross reserves"
#: for "gross national product").
IDF_FIELDS = {"title": ("title", "body"), "title_stem": ("text_stem",)}


class WireBM25(BM25F):
    """Whoosh's BM25F, with the IDF of a title word taken from the stories' text."""

    def __init__(self, *args, rsj=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.rsj = rsj

    def idf(self, searcher, fieldname, text):
        parent = searcher.get_parent()
        n = max(parent.doc_frequency(name, text) for name in IDF_FIELDS.get(fieldname, (fieldname,)))
        total = parent.doc_count_all()
        if self.rsj:
            return log(1 + (total - n + 0.5) / (n + 0.5))
        return log(total / (n + 1)) + 1


def weighting():
    """The scoring model searches use."""
    return WireBM25(B=BM25_B, K1=BM25_K1, title_B=TITLE_B, title_stem_B=TITLE_B)
