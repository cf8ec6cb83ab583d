"""Story text + query terms -> the words that match them and the passages around them.

A word matches folded as written, or by a stem in the story's language. Passages are
plain offsets: query.py makes Whoosh's snippet fragments of them.
"""
from __future__ import annotations

import bisect
import re
import threading
from itertools import accumulate, compress

from .schema import FOLD_MAP, fold, stemmer_for

#: Passages of about this many characters, with this much context around a matched word.
SNIPPET_MAXCHARS = 160
SNIPPET_SURROUND = 60

#: WORD_PATTERN's words as the one group of a split: text between words, a word, text
#: between words, and so on (the same words finditer finds: ``\.?\w+`` repeated after
#: ``\w+`` adds dots alone).
WORD_SPLIT = re.compile(r"(\w+(?:\.\w+)*)")


#: Words of stories -> (folded, *stems) per language, kept across searches: a snippet
#: needs the forms of every distinct word of a story (some 300), and most recur from story
#: to story.
_WORD_FORMS: dict = {}
#: A language's table is emptied when it holds more words than this.
WORD_FORMS_MAX = 200_000


class _Forms:
    """One language's story words -> their forms (folded as written, then its stems),
    kept for the words that may match a query: a story's words are folded all at once
    (one translate of the joined words), and only those whose folded first letter some
    query term starts with are stemmed and looked at. Stemming every new word of every
    hit was most of a snippet's time on a search's first meeting with its stories (~3 µs
    a word, ~300 words a story); few words share a first letter with the query's terms.

    The first letter of a word's stems is its own, folded, for every Snowball stemmer
    wire uses but two (checked on ~60,000 words a language, and by
    ``tests/test_languages.py`` on each locale's own words):
    Dutch strips the prefix "ge-" and Turkish turns a short stem's last "b" into "p" (the
    one-letter stem "p" of "bunu"); their words are all looked at.

    The table holds strings alone (a word's forms joined by _JOIN), never tuples: a
    dict of strings is never tracked by Python's garbage collector, while one given a
    tuple is walked, entry by entry, at every full collection that follows (~80,000
    words after the 200 searches of the main set on 100,000 stories: 14 ms a
    collection, mid-search). For the same reason the words are stemmed without the
    stemmer's cache (this table is the cache)."""

    def __init__(self, lang: str | None):
        self.stem = stemmer_for(lang).function
        self.by_first_letter = lang not in FIRST_LETTER_CHANGED
        self.table: dict[str, str] = {}
        self.lock = threading.Lock()  # threads may search at once

    def matching(self, words: set, terms: frozenset) -> dict:
        """Each of ``words`` that matches ``terms`` -> the form it matched in: folded as
        written, else the first of its stems that matches."""
        table, join = self.table, _JOIN
        words = list(words)
        lowered = list(map(str.lower, words))
        if self.by_first_letter:
            # fold(word) is word.lower().translate(FOLD_MAP), a character at a time
            folded = join.join(lowered).translate(FOLD_MAP).split(join)
            firsts = {term[:1] for term in terms}
            picked = [(w, low) for w, low, f in zip(words, lowered, folded) if f[:1] in firsts]
        else:
            picked = list(zip(words, lowered))
        matched = {}
        with self.lock:
            for word, low in picked:
                forms = table.get(word)
                if forms is None:
                    forms = table[word] = join.join((fold(low),) + self.stem(low))
                for form in forms.split(join):
                    if form in terms:
                        matched[word] = form
                        break
        return matched


#: Languages whose stemmer may change a word's first letter (see _Forms).
FIRST_LETTER_CHANGED = frozenset({"nl", "tr"})


#: Between the forms (or words) _Forms keeps in one string: never in a word.
_JOIN = "\x1f"


def _forms_table(lang: str | None) -> _Forms:
    """The kept forms of ``lang``'s words."""
    forms = _WORD_FORMS.get(lang)
    if forms is None or len(forms.table) > WORD_FORMS_MAX:
        forms = _WORD_FORMS[lang] = _Forms(lang)
    return forms


def matching_forms(words, terms: frozenset, lang: str | None) -> dict:
    """Each of ``words`` that matches ``terms`` -> the form it matched in: folded as
    written, else the first of its stems that matches."""
    if not isinstance(words, (set, frozenset)):
        words = set(words)
    return _forms_table(lang).matching(words, terms)


def find_passages(text: str, terms: frozenset, lang: str | None, charlimit: int):
    """The passages ContextFragmenter(SNIPPET_MAXCHARS, SNIPPET_SURROUND).fragment_tokens
    finds over the words of ``text`` (query._match_tokens), stepping only through the
    words of the passages: ``(start, end, matches)`` each, a match ``(form, start, end)``
    for a word that matched ``terms`` in that form. None for the texts the fragmenter
    treats apart: longer than its ``charlimit``, or with a word longer than a passage.

    Outside a passage a word only joins the queue of possible passage starts, of which
    the fragmenter takes the first within ``surround`` characters of the last word before
    a match: that one is found by bisection, and the words before it are skipped.
    """
    maxchars = SNIPPET_MAXCHARS
    # Split in C: the words, and where each starts and ends from the running sum of the
    # parts' lengths (no match object per word).
    parts = WORD_SPLIT.split(text)
    words = parts[1::2]
    bounds = list(accumulate(map(len, parts)))
    starts, ends = bounds[0:-1:2], bounds[1::2]
    if len(text) > charlimit or max(map(len, words), default=0) > maxchars:
        return None
    return _passages(words, starts, ends, matching_forms(set(words), terms, lang))


def _passages(words: list, starts: list, ends: list, forms: dict):
    """find_passages' passages, from the words, their places and the forms they matched in."""
    maxchars, surround = SNIPPET_MAXCHARS, SNIPPET_SURROUND
    hits = list(compress(range(len(words)), map(forms.__contains__, words)))
    hit_set = set(hits)
    first, countdown, tks, currentlen = None, -1, [], 0
    reset = 0  # the words from here on are queued as passage starts (until a match)
    i, h, n = 0, 0, len(words)
    while i < n:
        if countdown < 0:  # between passages: on to the next match
            while h < len(hits) and hits[h] < i:
                h += 1
            if h == len(hits):
                break
            i = hits[h]
            k = bisect.bisect_left(starts, ends[i - 1] - surround, reset, i) \
                if i > reset else i
            start, end = starts[i], ends[i]
            countdown = surround
            if k < i:
                first = starts[k]
            else:
                first = start
                countdown += surround
            tks.append((forms[words[i]], starts[i], ends[i]))
        else:  # in a passage: as the fragmenter does, word by word
            start, end = starts[i], ends[i]
            if currentlen + end - start > maxchars:
                countdown = 0
            elif i in hit_set:
                countdown = surround
                if first is None:
                    first = start
                    countdown += surround
                tks.append((forms[words[i]], starts[i], ends[i]))
        currentlen += end - start
        countdown -= end - start
        if countdown <= 0:
            yield first, end, tks
            first, tks, currentlen, reset = None, [], 0, i + 1
        i += 1
    if tks:
        yield first, ends[-1], tks
