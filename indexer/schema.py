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

from whoosh.analysis import Token, Tokenizer
from whoosh.fields import DATETIME, ID, STORED, TEXT, SchemaClass
from whoosh.support.charset import accent_map

#: Bump when the schema or the analysis changes: an index written with another
#: version must be rebuilt, not silently searched with the wrong analysis.
SCHEMA_VERSION = 2

#: A query word in the title says more about what a story is about than one deep
#: in the body: the demo query ranks the story titled with its words first.
TITLE_BOOST = 2.0

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


#: Compiled once; a non-capturing copy of WORD_PATTERN so ``findall`` gives whole words.
WORD_RE = re.compile(WORD_PATTERN.replace("(", "(?:"))
#: Joins a text's words for one C-level lowercase+fold pass; no word holds it, and neither
#: lowercasing nor FOLD_MAP produces it (tests check both).
_JOIN = "\n"
#: Distinct words whose stem is remembered; a news vocabulary fits comfortably.
STEM_CACHE_SIZE = 200_000


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
        self._stem = functools.lru_cache(STEM_CACHE_SIZE)(stem) if stem else None

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

    The language-neutral base: issue 5 adds language-aware stemming as a further
    step (the ``stem`` hook, or a stemmed copy of title/body) without changing this analysis.

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


FOLD = fold_analyzer()
NAME_FOLD = NameListAnalyzer()


def _name_field():
    # Phrase positions so "hye-jin yoon" matches as a phrase; a name that analyses to
    # several words is searched as a phrase, not as unrelated words.
    return TEXT(analyzer=NAME_FOLD, phrase=True, multitoken_query="phrase")


class WireSchema(SchemaClass):
    id = ID(unique=True)
    # Stored so that merging segments can rebuild a story's postings from stored fields.
    file = ID(stored=True)
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
