"""Story text -> term numbers: a segment's numbered fields (the body and the stemmed text).

Nine postings in ten are in these two fields. Each story's words are kept as numbers
(_Words, _StemWords) and turned into posting lists with numpy when the segment is written
(blocks.py), a chunk of terms at a time.
"""
from __future__ import annotations

from array import array

from ..schema import ELISION_RES, WORD_RE, StemTokenizer, _stem_words, stemmer_for
from .w3 import _imports, _layout, _wide_positions


class _Numbers(dict):
    """A word -> its number, numbering a new word when first asked for it (``missing``):
    ``map(numbers.__getitem__, words)`` numbers a story's words in C, and Python runs
    only for words the segment has not seen."""

    def __init__(self, missing):
        super().__init__()
        self.missing = missing

    def __missing__(self, word):
        number = self[word] = self.missing(word)
        return number


class _Lexicon(_Numbers):
    """A word as written -> its number in the segment, shared by the numbered fields: a
    story's words are looked up once (a dict lookup a word, in C), and each field maps
    the numbers to its own terms with numpy (``_TermMap``), where a second dict lookup a
    word cost ~0.15 ms a story. "The" and "the" are two entries: no story's text is
    lowercased (a word is, once, when a field first meets it)."""

    def __init__(self):
        self.spelled: list[str] = []  # number -> the word as written
        super().__init__(self._new)

    def _new(self, word: str) -> int:
        self.spelled.append(word)
        return len(self.spelled) - 1

    def numbers(self, words: list[str]):
        """The words' numbers, an int32 numpy array."""
        np = _imports()[0]
        return np.frombuffer(array("i", map(self.__getitem__, words)), dtype=np.int32)


class _TermMap:
    """A lexicon number -> a field's number for that word (``number_of(word)``, asked
    once a word), as a numpy array grown with the lexicon; -1 where not asked yet."""

    def __init__(self, lexicon: _Lexicon, number_of):
        self.lexicon, self.number_of = lexicon, number_of
        self.values = None  # made at the first map

    def map(self, ids):
        np = _imports()[0]
        values = self.values
        size = len(self.lexicon.spelled)
        if values is None or len(values) < size:
            grown = np.full(max(1024, 2 * size), -1, dtype=np.int32)
            if values is not None:
                grown[:len(values)] = values
            values = self.values = grown
        out = values[ids]
        if len(out) and out.min() < 0:
            spelled, number_of = self.lexicon.spelled, self.number_of
            for i in np.unique(ids[out < 0]).tolist():
                values[i] = number_of(spelled[i])
            out = values[ids]
        return out


class _Words:
    """A positions field (FoldAnalyzer's words), kept as each story's term numbers in
    order: position i is item i. The same terms as ``FoldAnalyzer.terms``: a word as
    written is lowercased and folded (and stemmed) once, when the segment first meets
    it."""

    def __init__(self, lexicon: _Lexicon, fold):
        self.fold = fold  # a lowercased word -> its term
        self.terms: dict[str, int] = {}  # term -> number
        self.names: list[str] = []  # number -> term
        self.lexicon = lexicon
        # a word's lexicon number -> its term's number
        self.words = _TermMap(lexicon, self._number)
        self.docs, self.counts, self.tokens = array("i"), array("i"), array("i")

    def _number(self, word: str) -> int:
        return self._term(self.fold(word.lower()))

    def _term(self, term: str) -> int:
        """A term's number, numbering it when new."""
        number = self.terms.get(term)
        if number is None:
            number = self.terms[term] = len(self.names)
            self.names.append(term)
        return number

    def numbers(self, value: str, found: dict):
        """A story's text -> its term numbers (int32 numpy array); its words' lexicon
        numbers are left in ``found``."""
        ids = found[value] = self.lexicon.numbers(WORD_RE.findall(value))
        return self.words.map(ids)

    def add(self, docnum: int, numbers) -> int:
        """Keep a story's numbers; its length in the field."""
        self.docs.append(docnum)
        self.counts.append(len(numbers))
        self.tokens.frombytes(numbers.tobytes())
        return len(numbers)

    def _ranks(self) -> tuple:
        """Each term number's place in the terms' sorted order, and the sorted terms (str
        order is UTF-8 byte order, as W3 wants)."""
        np = _imports()[0]
        order = sorted(range(len(self.names)), key=self.names.__getitem__)
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        return rank, [self.names[i] for i in order]

    def _chunks(self):
        """The field's postings, sorted by term then story, in runs of whole terms of about
        CHUNK_POSTINGS: ``(term ranks, docs, counts, Positions values)`` each."""
        np, blocks, layout = _layout()
        counts = np.frombuffer(self.counts, dtype=np.int32)
        docnums = np.frombuffer(self.docs, dtype=np.int32)
        firsts = np.cumsum(counts, dtype=np.int64) - counts  # each story's first word
        ranks = self._rank.astype(np.int32)[np.frombuffer(self.tokens, dtype=np.int32)]
        self.tokens = array("i")  # done with: its memory back for what follows
        for where, key in _by_rank(np, blocks, ranks, len(self._rank)):
            story = np.searchsorted(firsts, where, side="right") - 1
            docs = docnums[story].astype(np.int64)
            places = where - firsts[story]
            del where, story
            starts = np.flatnonzero(np.r_[True, (key[1:] != key[:-1]) | (docs[1:] != docs[:-1])])
            ends = np.append(starts[1:], len(key))
            for first, last in _chunk_bounds(np, key[starts], CHUNK_POSTINGS):
                at, to = int(starts[first]), int(ends[last - 1])
                local = starts[first:last] - at
                freqs = ends[first:last] - starts[first:last]
                chunk = places[at:to]
                deltas = np.diff(chunk, prepend=0)
                deltas[local] = chunk[local]
                yield (key[starts[first:last]].astype(np.int64), docs[starts[first:last]],
                       freqs, blocks.position_values(layout, freqs, deltas, local,
                                                     _wide_positions))

    def posting_lists(self, lengths, boost, sink) -> None:
        """Write the field's posting lists and their term table rows to ``sink``
        (_TableSink), a chunk at a time."""
        np, blocks, layout = _layout()
        self._rank, names = self._ranks()
        lengths = None if lengths is None else np.array(lengths, dtype=np.int64)
        for terms, docs, freqs, values in self._chunks():
            weights = freqs.astype(np.float64)
            if boost != 1:
                weights *= boost
            data, infos, starts = blocks.posting_lists(layout, terms, docs, weights, values,
                                                       lengths, sink.offset)
            sink.write(data)
            sink.rows([names[r].encode("utf-8") for r in terms[starts].tolist()],
                      infos.tobytes())


#: Postings encoded at a time (blocks.posting_lists; a chunk is whole terms, so one may
#: hold more): its arrays take ~350 bytes a posting at their peak (measured with
#: tracemalloc), so a chunk takes ~25 MB however large the batch.
CHUNK_POSTINGS = 1 << 16


#: Words sorted at a time: a segment's words are cut into runs of whole terms of about
#: this many, each sorted alone, so the sort's arrays (~40 bytes a word) stay small
#: however large the batch.
SORT_WORDS = 1 << 19


def _by_rank(np, blocks, ranks, count: int):
    """Runs of whole ranks of about SORT_WORDS words: ``(indexes, ranks)`` of each run's
    words, sorted by rank and, within a rank, as they came."""
    per = np.bincount(ranks, minlength=count)
    run_of = (np.cumsum(per) - per) // SORT_WORDS  # ascends with the rank
    run_of = run_of.astype(np.uint16 if len(run_of) and run_of[-1] < 1 << 16 else np.int64)
    runs = run_of[ranks]
    for run in np.unique(run_of[per > 0]):
        where = np.flatnonzero(runs == run)
        key = ranks[where]
        order = blocks.stable_order(key)
        yield where[order], key[order]


def _chunk_bounds(np, terms, limit: int) -> list[tuple[int, int]]:
    """``(first, end)`` ranges of postings, each of whole terms (``terms`` ascending)
    and of ``limit`` postings or fewer unless one term holds more."""
    n = len(terms)
    firsts = np.flatnonzero(np.r_[True, terms[1:] != terms[:-1]])
    out, start = [], 0
    while start < n:
        if start + limit >= n:
            end = n
        else:
            j = int(np.searchsorted(firsts, start + limit, side="right")) - 1
            if firsts[j] > start:
                end = int(firsts[j])
            else:  # one term of more than `limit` postings
                k = int(np.searchsorted(firsts, start, side="right"))
                end = int(firsts[k]) if k < len(firsts) else n
        out.append((start, end))
        start = end
    return out


#: The only characters whose lowercase is not one character of the same kind (word
#: character, dot or neither) whatever their neighbours.
CONTEXT_LOWERCASE = ("\u0130", "\u03a3")


class _StemWords(_Words):
    """A frequency field of StemTokenizer's terms, kept as each story's word numbers:
    a word (in its story's language, lowercased when first met) has the stem terms
    ``stemmer_for`` gives it, none for a stop word, two for some; they are counted at
    the end."""

    def __init__(self, lexicon: _Lexicon):
        super().__init__(lexicon, fold=None)
        # language -> a word's lexicon number -> its word number here
        self.by_language: dict[str | None, _TermMap] = {}
        self.stems: list[tuple[int, ...]] = []  # word number -> its terms' numbers
        self.widths = array("i")  # word number -> how many

    def _language(self, lang):
        stem, term = stemmer_for(lang), self._term
        stems, widths = self.stems, self.widths

        def number(word):
            found = tuple(map(term, stem(word.lower())))
            stems.append(found)
            widths.append(len(found))
            return len(stems) - 1

        words = self.by_language[lang] = _TermMap(self.lexicon, number)
        return words

    def numbers(self, value: str, found: dict):
        """A story's tagged text -> its word numbers. Text in a language without elisions
        is split as written, and a title and body the body's field split already are not
        split again (``found``): lowercasing changes no word's extent, and a word is
        lowercased when first met, the same as lowercasing the text. Two letters are the
        exceptions (a test checks every code point): "İ" lowercases to two characters,
        "Σ" by its neighbours."""
        lang, text = StemTokenizer._split(value)
        numbers = self.by_language.get(lang) or self._language(lang)
        lexicon = self.lexicon
        if (lang or "") not in ELISION_RES and (
                text.isascii() or not any(c in text for c in CONTEXT_LOWERCASE)):
            head, _, rest = text.partition("\n")
            body = found.get(rest)
            if body is None:
                ids = lexicon.numbers(WORD_RE.findall(text))
            else:
                ids = _imports()[0].concatenate(
                    (lexicon.numbers(WORD_RE.findall(head)), body))
        else:
            ids = lexicon.numbers(_stem_words(lang, text))
        return numbers.map(ids)

    def add(self, docnum: int, numbers) -> int:
        super().add(docnum, numbers)
        np = _imports()[0]
        return int(np.frombuffer(self.widths, dtype=np.int32)[numbers].sum())

    def _chunks(self):
        np, blocks, _ = _imports()
        counts = np.frombuffer(self.counts, dtype=np.int32)
        tokens = np.frombuffer(self.tokens, dtype=np.int32)
        widths = np.frombuffer(self.widths, dtype=np.int32)
        firsts = (np.cumsum(widths, dtype=np.int64) - widths).astype(np.int32)
        flat = np.fromiter((n for terms in self.stems for n in terms), dtype=np.int32,
                           count=int(widths.sum(dtype=np.int64)))
        each = widths[tokens]  # a word's stems
        # each story's first stem: its words' stems counted
        starts = np.cumsum(counts, dtype=np.int64) - counts
        per_story = np.add.reduceat(each, starts, dtype=np.int64) if len(starts) else starts
        story_firsts = np.cumsum(per_story) - per_story
        # each stem's place in flat: its word's first, plus its rank among the word's;
        # int32 throughout (a batch holds far fewer than 2**31 words), a few arrays the
        # size of the batch's words at a time
        shift = firsts[tokens]
        del tokens
        self.tokens = array("i")
        before = np.cumsum(each, dtype=np.int32)
        before -= each  # the word's first stem among all stems
        shift -= before
        del before
        at = np.repeat(shift, each)
        del shift, each
        at += np.arange(len(at), dtype=np.int32)
        ranks = self._rank.astype(np.int32)[flat[at]]
        del at
        docnums = np.frombuffer(self.docs, dtype=np.int32)
        for where, key in _by_rank(np, blocks, ranks, len(self._rank)):
            docs = docnums[np.searchsorted(story_firsts, where, side="right") - 1]
            del where
            starts = np.flatnonzero(np.r_[True, (key[1:] != key[:-1]) | (docs[1:] != docs[:-1])])
            freqs = np.diff(np.append(starts, len(key)))
            terms, docs = key[starts].astype(np.int64), docs[starts].astype(np.int64)
            for first, last in _chunk_bounds(np, terms, CHUNK_POSTINGS):
                yield terms[first:last], docs[first:last], freqs[first:last], freqs[first:last]
