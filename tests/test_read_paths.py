"""The fast read path (issue 6): each part is checked against the Whoosh call it replaces.

Dates are matched from the ``published`` column instead of Whoosh's numeric terms; the
filter is stepped beside the query instead of gathered first; version groups come from a
map of the index; a page is picked from the few smallest entries instead of a full sort.
"""
from __future__ import annotations

import os
import pickle
import random
import subprocess
import sys
from collections import Counter
from contextlib import closing
from datetime import datetime, timedelta
from itertools import accumulate

import pytest
from whoosh import query as whoosh_query

import indexer
from indexer import collapse, paging, passages, postings, vector
from indexer import query as wire_query
from indexer.index import SPELLING_NAME, VERSION_MAP_NAME, segments
from indexer.index import w3 as wire_w3
from indexer.query import ColumnDateRange, Filters, collect_matches, prepare_search

from conftest import build_index, corpus_stories, hit_ids


@pytest.fixture(scope="module")
def changed_index(tmp_path_factory):
    """The corpus, then two stories replaced (their old documents are deleted, not
    merged away) and three near-identical versions of one story added."""
    path = build_index(tmp_path_factory, "changed", corpus_stories())
    ix = indexer.open_index(path)
    stories = {s.id: s for s in corpus_stories()}
    stories["tz"].published = "2023-12-01T00:59:59+01:00"  # still 11-30 in UTC
    stories["kyiv"].published = "2022-03-01T00:00:00"
    body = ("GENEVA (Reuters) - Negotiators from both sides met again on Monday to discuss "
            "a ceasefire along the disputed border, officials said, after a week in which ")
    versions = [indexer.Story(id=f"geneva-{n}", path=f"en/geneva-{n}.txt",
                              title="Border talks resume in Geneva", language="en",
                              agencies=["Reuters"], cities=["Geneva"],
                              published=f"2023-11-2{n}T0{n}:00:00+00:00",
                              body=body + "fighting had slowed. " * (n + 1))
                for n in range(1, 4)]
    indexer.add_stories([stories["tz"], stories["kyiv"]] + versions, index=ix)
    return path


def whoosh_docs(searcher, q):
    return set(searcher.docs_for_query(q))


# (since, until, why) -- bounds as Filters holds them: naive UTC, until exclusive
DAY_BOUNDS = [
    (datetime(2023, 11, 30), datetime(2023, 12, 1), "one day: 23:59 in, 00:00 next day out"),
    (datetime(2023, 12, 1), None, "open end: undated stories stay out"),
    (None, datetime(2023, 11, 9, 10, 16), "open start, end exclusive at a story's minute"),
    (datetime(2023, 11, 9, 9, 16), datetime(2023, 11, 9, 9, 17), "one minute: +01:00 story in UTC"),
    (datetime(2022, 3, 1), datetime(2022, 3, 2), "a replaced story: its old date is deleted"),
    (datetime(1990, 1, 1), datetime(1990, 1, 2), "a day with no stories"),
]
assert len({row[:2] for row in DAY_BOUNDS}) == len(DAY_BOUNDS), "duplicate rows"


@pytest.mark.parametrize("since,until,why", DAY_BOUNDS, ids=[r[2] for r in DAY_BOUNDS])
@pytest.mark.parametrize("endexcl", [True, False])
def test_column_date_range_matches_whoosh_date_range(changed_index, since, until, why, endexcl):
    with indexer.open_index(changed_index).searcher() as s:
        assert s.reader().has_deletions()
        expected = whoosh_docs(s, whoosh_query.DateRange("published", since, until,
                                                         endexcl=endexcl))
        got = whoosh_docs(s, ColumnDateRange("published", since, until, endexcl=endexcl))
    assert got == expected, why


def test_column_date_range_random_ranges(changed_index):
    rng = random.Random(5)
    with indexer.open_index(changed_index).searcher() as s:
        for _ in range(200):
            start = datetime(2022, 1, 1) + timedelta(minutes=rng.randrange(3 * 365 * 24 * 60))
            end = start + timedelta(minutes=rng.randrange(1, 200 * 24 * 60))
            for a, b in ((start, end), (None, end), (start, None)):
                assert whoosh_docs(s, ColumnDateRange("published", a, b, endexcl=True)) == \
                    whoosh_docs(s, whoosh_query.DateRange("published", a, b, endexcl=True))


# (query text, filter options, why)
SEARCHES = [
    ("Blinken", {}, "words, no filter"),
    ("Blinken", {"since": "2023-11-09", "until": "2023-11-09"}, "words and a day"),
    ("Blinken date:2023-11", {"city": "Seoul"}, "date term and a name filter"),
    ("date:2023", {"agency": ["Reuters", "dpa"]}, "only dates and names"),
    ("-date:2023 date:2022..2024", {}, "NOT a date"),
    ('"military cooperation" OR Budget', {"lang": "de"}, "phrase OR word, language filter"),
    ("Border talks", {"since": "2023-11-22"}, "versions, some filtered out"),
    ("Seoul", {"reporter": "Hye-jin Yoon"}, "a phrase filter"),
    ("nothingmatchesthis", {"city": "Seoul"}, "no match"),
]


@pytest.mark.parametrize("text,options,why", SEARCHES, ids=[s[2] for s in SEARCHES])
@pytest.mark.parametrize("scored", [True, False])
def test_collect_matches_equals_whoosh_search(changed_index, text, options, why, scored):
    with indexer.open_index(changed_index).searcher() as s:
        filters = Filters.build(**options)
        q, fq, _, _ = prepare_search(s, text, filters)
        results = s.search(q, filter=fq, limit=None, scored=scored)
        expected = sorted(results.items()) if len(results) else []
        assert sorted(collect_matches(s, q, fq, scored=scored), key=lambda m: m[0]) == expected


@pytest.mark.parametrize("text,options,why", SEARCHES, ids=[s[2] for s in SEARCHES])
def test_version_map_and_lookups_give_the_same_search(changed_index, monkeypatch, text,
                                                        options, why):
    """The same results from the map built by the search, from the map file a run
    writes (its arrays alone, until a search needs the keys) and from lookups."""
    def searches():
        out = []
        for sort in ("relevance", "newest", "oldest", "recent"):
            out.append(indexer.search(text, index=changed_index, sort=sort, limit=None,
                                      **options))
            out.append(indexer.search(text, index=changed_index, sort=sort, limit=None,
                                      facets=["year"], **options))
        out.append(indexer.count(text, index=changed_index, **options))
        return out

    results = []
    for share in (0.0, float("inf")):  # always the map; never the map
        monkeypatch.setattr(wire_query, "VERSION_MAP_SHARE", share)
        monkeypatch.setattr(wire_query, "_VERSION_STATES", {})
        results.append(searches())
    assert results[0] == results[1]
    monkeypatch.setattr(wire_query, "VERSION_MAP_SHARE", 0.0)
    monkeypatch.setattr(wire_query, "_VERSION_STATES", {})
    monkeypatch.setattr(wire_query, "VERSION_MAP_DOCS", 1)
    listed = os.path.join(changed_index, VERSION_MAP_NAME)
    try:
        with indexer.open_index(changed_index).searcher() as s:
            assert wire_query.write_version_map(s)
            state = wire_query.version_state(s, 1, keys=False)
            assert state.keys is None  # read from the file, not built
        assert searches() == results[0]
    finally:
        os.remove(listed)


def test_a_run_writes_the_version_map_of_its_index_state(tmp_path, monkeypatch):
    """A run that changes the index writes every story's version group (the arrays a
    broad search would build); one that changes nothing leaves the file; a file written
    for another state (a story's file deleted since), or torn, is not read, and the
    searches build the map themselves."""
    import numpy
    monkeypatch.setattr(wire_query, "VERSION_MAP_DOCS", 1)
    monkeypatch.setattr(wire_query, "VERSION_MAP_SHARE", 0.0)
    corpus, path = tmp_path / "corpus", str(tmp_path / "index")
    corpus.mkdir()
    body = ("ROME (AP) - Rescue teams searched collapsed farm buildings through the night "
            "after the storm flattened orchards across three valleys, the regional "
            "civil protection office said on Sunday. ")
    for n in range(3):  # three versions of one story, the newest in the middle
        (corpus / f"storm-{n}.txt").write_text(
            f"Storm hits valleys\n\nPublished: 2024-05-0{(1, 3, 2)[n]}\n\n"
            f"{body}{'Roads stayed closed. ' * (n + 1)}\n", encoding="utf-8")
    for n, story in enumerate(corpus_stories()):
        (corpus / f"{n}.txt").write_text(f"{story.title}\n\n{story.body}\n", encoding="utf-8")
    listed = os.path.join(path, VERSION_MAP_NAME)

    def arrays(**kept):
        """The index's map, from the file when ``kept`` is empty, else built."""
        monkeypatch.setattr(wire_query, "_VERSION_STATES", {})
        with indexer.open_index(path).searcher() as s:
            if kept:
                state = wire_query._build_version_state(s.leaf_searchers())
                return vector.VersionArrays(numpy, state.keys, state.members,
                                            wire_query.index_numbers(s, "published"))
            return wire_query._read_version_map(s, wire_query._state_id(s))

    def same(a, b):
        return a.group.tolist() == b.group.tolist() and a.newest.tolist() == b.newest.tolist()

    indexer.index_paths([str(corpus)], index=path)
    first, built = arrays(), arrays(built=True)
    assert same(first, built) and (first.group >= 0).sum() == 3 and len(first.newest) == 1
    assert os.path.basename(indexer.search("storm valleys", index=path)["hits"][0]["path"]) \
        == "storm-1.txt"
    mtime = os.stat(listed).st_mtime_ns
    indexer.index_paths([str(corpus)], index=path)  # nothing changed: the file stays
    assert os.stat(listed).st_mtime_ns == mtime
    saved = open(listed, "rb").read()

    os.remove(corpus / "storm-1.txt")  # a deletion: a new state, a new file
    indexer.index_paths([str(corpus)], index=path)
    assert open(listed, "rb").read() != saved
    assert same(arrays(), arrays(built=True))
    hit = indexer.search("storm valleys", index=path)["hits"][0]
    assert os.path.basename(hit["path"]) == "storm-2.txt" and hit["versions"] == 2
    expected = indexer.search("storm valleys", index=path, limit=None)
    for text in (saved, saved[:len(saved) // 2], b"not a map"):
        with open(listed, "wb") as out:  # another state's file, torn, or none at all
            out.write(text)
        assert arrays() is None
        assert indexer.search("storm valleys", index=path, limit=None) == expected


def test_versions_collapse_to_the_newest(changed_index):
    result = indexer.search("Border talks Geneva", index=changed_index)
    assert hit_ids(result) == ["geneva-3"]
    assert result["hits"][0]["versions"] == 3


def test_version_map_is_rebuilt_for_a_new_index_state(tmp_path, monkeypatch):
    monkeypatch.setattr(wire_query, "VERSION_MAP_SHARE", 0.0)
    path = str(tmp_path / "index")
    stories = corpus_stories()
    indexer.add_stories(stories, index=indexer.open_index(path, create=True))
    assert indexer.count("Blinken", index=path) == 3
    indexer.add_stories([indexer.Story(id="late", path="late.txt", title="Blinken again",
                                       language="en", body="Blinken spoke again.")],
                        index=path)
    assert indexer.count("Blinken", index=path) == 4


def naive_page(entries, names, *, after=None, offset=0, limit=None):
    """take_page's contract, the slow way: sort everything by key then id."""
    rows = sorted((key, names[d], d) for key, d in entries)
    if limit == 0:  # an empty page: more follow if any entry is at or past the cursor's key
        return [], any(after is None or r[0] >= after.key for r in rows)
    if after is not None:
        rows = [r for r in rows if (r[0], r[1]) > (after.key, after.id)]
    rows = rows[offset:]
    if limit is None:
        return rows, False
    return rows[:limit], len(rows) > limit


def test_take_page_equals_a_full_sort():
    rng = random.Random(9)
    for _ in range(300):
        n = rng.randrange(0, 40)
        names = {d: f"id{rng.randrange(1000):03d}-{d}" for d in range(n)}
        entries = [((-float(rng.randrange(5)),), d) for d in range(n)]
        lookup = lambda docs: {d: names[d] for d in docs}
        limit = rng.choice([None, 0, 1, 3, 10])
        offset = rng.randrange(0, 8)
        assert paging.take_page(entries, lookup, offset=offset, limit=limit) == \
            naive_page(entries, names, offset=offset, limit=limit)
        if n:
            key, d = rng.choice(entries)
            cursor = paging.Cursor("relevance", key, names[d], "")
            assert paging.take_page(entries, lookup, after=cursor, limit=limit) == \
                naive_page(entries, names, after=cursor, limit=limit)


# -- phrases ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def repetitive_index(tmp_path_factory):
    """Stories of a six-word vocabulary: every phrase has many candidates, repeats,
    overlaps ("ka ka ka") and near misses, in two segments with a deletion."""
    rng = random.Random(17)
    vocab = "ka lo mi ne su ta".split()

    def story(n):
        words = [rng.choice(vocab) for _ in range(rng.randrange(1, 60))]
        return indexer.Story(id=f"rep-{n}", path=f"rep/{n}.txt", title=" ".join(words[:4]),
                             language="en", cities=[rng.choice(["Le Havre", "Havre", "Le Mans"])],
                             published="2024-01-01T00:00:00+00:00", body=" ".join(words))

    with pytest.MonkeyPatch.context() as mp:  # lists of many blocks, as long ones have
        mp.setattr(wire_w3, "BLOCK_LIMIT", 16)
        mp.setattr(wire_w3, "ARRAY_BLOCK_MIN", 8)  # blocks of arrays, short ones of tuples
        # a segment as `wire index` builds one, then Whoosh's writer's
        path = build_segment_index(tmp_path_factory, "repetitive", [story(n) for n in range(150)])
        ix = indexer.open_index(path)
        indexer.add_stories([story(n) for n in range(140, 220)], index=ix)  # replaces 140-149
    return path


def build_segment_index(tmp_path_factory, name: str, stories: list) -> str:
    """A real index whose one segment is built as `wire index` builds them (SegmentBuilder,
    version groups from the index's database), not by Whoosh's writer."""
    from whoosh import index as whoosh_index
    from indexer.index import story_document, versions_of
    from indexer.schema import WireSchema
    from indexer.versions import VersionGroups
    root = tmp_path_factory.mktemp(name)
    path, build = str(root / "index"), str(root / "build")
    indexer.open_index(path, create=True)
    builder = segments.SegmentBuilder(WireSchema(), build)
    with closing(VersionGroups.open(path)) as versions:
        for story, group in zip(stories, versions_of(versions, stories)):
            builder.add(story_document(story, None, group))
    segment = builder.finish()
    segments.move_segment(segment, build, path)
    whoosh_index.open_dir(path).writer().commit(
        mergetype=lambda writer, old: list(old) + [segment])
    return path


def test_adjacent_phrase_matches_whoosh_phrase(repetitive_index):
    rng = random.Random(3)
    vocab = "ka lo mi ne su ta".split()
    with indexer.open_index(repetitive_index).searcher() as s:
        assert s.reader().has_deletions()
        for _ in range(150):
            words = [rng.choice(vocab) for _ in range(rng.randrange(1, 5))]
            field = rng.choice(["body", "title"])
            ours = wire_query.AdjacentPhrase(field, words)
            theirs = whoosh_query.Phrase(field, words)
            m_ours, m_theirs = ours.matcher(s), theirs.matcher(s)
            got, expected = [], []
            for m, out in ((m_ours, got), (m_theirs, expected)):
                while m.is_active():
                    out.append((m.id(), m.score(), [(sp.start, sp.end) for sp in m.spans()]))
                    m.next()
            assert got == expected, words
        # a word no story has, and names (a phrase filter on a name field)
        assert not wire_query.AdjacentPhrase("body", ["ka", "zz"]).matcher(s).is_active()
        assert whoosh_docs(s, wire_query.AdjacentPhrase("cities", ["le", "havre"])) == \
            whoosh_docs(s, whoosh_query.Phrase("cities", ["le", "havre"]))


def test_searches_use_the_adjacent_phrase(repetitive_index):
    with indexer.open_index(repetitive_index).searcher() as s:
        q, fq, _, _ = prepare_search(s, '"ka lo" city:"le havre"', Filters.build(city="Le Mans"))
        kinds = set()

        def walk(node):
            kinds.add(type(node).__name__)
            for child in node.children():
                walk(child)
        walk(q)
        walk(fq)
    assert "AdjacentPhrase" in kinds and "Phrase" not in kinds


def _leaf(m):
    while hasattr(m, "child"):  # a story deleted in the segment wraps the list in a filter
        m = m.child
    return m


def test_an_and_is_read_list_by_list_even_after_it_moved_its_branches(repetitive_index):
    """Making an AND moves its branches to their first shared story; the lists are still
    read whole from there (what they skipped is in no other branch), with the scores
    stepping gives."""
    vocab = "ka lo mi ne su ta".split()
    with indexer.open_index(repetitive_index).searcher() as s:
        sub, _ = s.leaf_searchers()[0]
        moved = 0
        for a in vocab:
            for b in vocab:
                if a == b:
                    continue
                q = whoosh_query.And([whoosh_query.Term("title", a), whoosh_query.Term("title", b)])
                m = q.matcher(sub, s.context())
                if not m.is_active():
                    continue
                moved += any(_leaf(child)._i > 0 for child in (m.a, m.b))
                scores = wire_query.branch_scores(m)
                assert scores is not None, (a, b)
                stepped, m = {}, q.matcher(sub, s.context())
                while m.is_active():
                    stepped[m.id()] = m.score()
                    m.next()
                assert scores == stepped, (a, b)
        assert moved, "no AND moved its branches: the case is not tested"


def test_vector_scores_equal_the_scorers_to_the_last_bit(repetitive_index, monkeypatch):
    """Long posting lists are scored with numpy: the same bm25() floats as one by one."""
    import numpy  # noqa: F401 -- loaded, as after a broad search
    with indexer.open_index(repetitive_index).searcher() as s:
        for sub, _ in s.leaf_searchers():
            lengths = wire_query._FieldLengths(sub.reader())
            for field in ("body", "title", "text_stem"):
                for word in ["ka", "lo", "mi", "ne", "su", "ta"]:
                    q = whoosh_query.Term(field, word)
                    results = []
                    for threshold in (0, 10**12):  # numpy always, numpy never
                        monkeypatch.setattr(wire_query, "VECTOR_MIN_POSTINGS", threshold)
                        results.append(wire_query.branch_scores(q.matcher(sub, s.context()),
                                                                lengths=lengths))
                    assert results[0], (field, word)
                    assert results[0] == results[1], (field, word)
                    assert all(type(v) is float for v in results[0].values())


@pytest.mark.parametrize("import_at, loaded", [(10**9, False), (1, True)])
def test_numpy_is_loaded_only_for_a_search_that_pays_for_it(repetitive_index, import_at,
                                                              loaded):
    """A fresh process (`wire search`) loads numpy only when the search's postings are
    many: for a narrow search the import would cost more than it saves."""
    assert _fresh_search_loads_numpy(repetitive_index, "ka lo", import_at) == loaded


def _fresh_search_loads_numpy(index, text: str, import_at: int) -> bool:
    """Whether a search in a fresh process loads numpy, with VECTOR_IMPORT_POSTINGS set."""
    code = ("import sys, indexer, indexer.query as q; "
            f"q.VECTOR_IMPORT_POSTINGS = {import_at}; "
            f"indexer.search({text!r}, index={str(index)!r}); "
            "print('numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    return {"True": True, "False": False}[out]


def test_a_phrase_loads_numpy_for_all_its_words_postings(repetitive_index):
    """Whoosh estimates a phrase by its rarest word, but reading it decodes every word's
    list and positions: a fresh process loads numpy by their sum, weighed (stepping
    compares positions in each document), and the same words without quotes by their
    sum alone."""
    with indexer.open_index(repetitive_index).searcher() as s:
        q, _, _, _ = prepare_search(s, '"ka lo"', Filters())
        rarest = q.estimate_size(s.reader())
        together = wire_query._postings_estimate(q, s.reader())
        postings = sum(s.reader().doc_frequency(f, t) for f, t in q.iter_all_terms())
        assert together == wire_query.PHRASE_POSTINGS_WEIGHT * postings > postings
        words, _, _, _ = prepare_search(s, 'ka lo', Filters())
        assert wire_query._postings_estimate(words, s.reader()) == sum(
            s.reader().doc_frequency(f, t) for f, t in words.iter_all_terms())
    assert together > rarest
    assert _fresh_search_loads_numpy(repetitive_index, '"ka lo"', (rarest + together) // 2)


# -- whole lists as arrays -------------------------------------------------------------------

def _as_dict(arrays, scored):
    docs, scores = arrays
    return dict(zip(docs.tolist(), scores.tolist() if scored else [None] * len(docs)))


def _array_searches():
    """Query shapes the array path reads: words in every field, ORs of two and of many,
    ANDs of two and three, boosts, field prefixes, date terms, NOT (stepped), phrases."""
    words = "ka lo mi ne su ta".split()
    rng = random.Random(23)
    texts = words + ["ka lo", "ka OR lo", "ka lo mi", "ka OR lo OR mi OR ne", "title:ka",
                     "title:ka^3 body:lo", "ka -lo", '"ka lo"', '"ka lo" mi',
                     "ka date:2024", "date:2024", "zz", "ka zz", "ka OR zz", "city:havre",
                     "(ka lo) OR mi", '"ka lo" OR "mi ne su"', '"ka ka ka"', '"lo zz"',
                     'title:"ka lo" OR body:"ne ka"', '"ka lo"^2 OR su']
    texts += [" ".join(rng.sample(words, rng.randrange(1, 4))) for _ in range(20)]
    texts += [" OR ".join(rng.sample(words, rng.randrange(2, 5))) for _ in range(10)]
    filters = [{}, {"city": "Le Havre"}, {"since": "2024-01-01"}, {"until": "2023-12-31"},
               {"lang": "en", "city": ["Havre", "Le Mans"]}]
    return [(text, filters[i % len(filters)]) for i, text in enumerate(texts)]


@pytest.mark.parametrize("scored", [True, False])
@pytest.mark.parametrize("few_shares", [(0,), (10**9, 0), (10**9,)],
                         ids=["phrase-few", "phrase-few-whole", "phrase-arrays"])
@pytest.mark.parametrize("fresh", [True, False], ids=["lists-read-now", "lists-kept"])
def test_dense_matches_equal_collect_matches(repetitive_index, monkeypatch, scored,
                                             few_shares, fresh):
    """The arrays hold the documents and scores that stepping the matchers finds, to the
    last bit, in segments with deletions, with Whoosh's small-segment OR
    (ArrayUnionMatcher) and its weighted tree of unions both (terms read through their
    matchers or straight from the term table), a phrase's positions read candidate by
    candidate (taken from the words' values, or from their places decoded whole and
    kept by the search before) or whole, from lists just read or from the cache."""
    import numpy  # noqa: F401 -- the array path runs once numpy is loaded
    read = 0
    with indexer.open_index(repetitive_index).searcher() as s:
        assert s.reader().has_deletions()
        for text, options in _array_searches():
            q, fq, _, _ = prepare_search(s, text, Filters.build(**options))
            for matcher_type in (None, whoosh_query.Or.DEFAULT_MATCHER):
                if matcher_type is not None:  # the tree a segment of over 5,000 gets
                    for node in _nodes(q):
                        if isinstance(node, whoosh_query.Or):
                            node.matcher_type = matcher_type
                if fresh:  # nothing kept: a phrase's words are read with their values
                    monkeypatch.setattr(wire_query, "_POSTINGS", vector.PostingsCache(1 << 28))
                for few_share in few_shares:  # the last search's arrays are compared
                    monkeypatch.setattr(wire_query, "PHRASE_FEW_SHARE", few_share)
                    arrays = wire_query.dense_matches(s, q, fq, scored=scored)
                expected = dict(collect_matches(s, q, fq, scored=scored))
                if arrays is None:
                    continue
                read += 1
                assert _as_dict(arrays, scored) == expected, (text, options, matcher_type)
                assert list(arrays[0]) == sorted(expected)
    assert read >= 60, "too few searches went through the arrays"


def _nodes(q):
    yield q
    for child in q.children():
        yield from _nodes(child)


def test_dense_matches_steps_nothing_it_cannot_read(repetitive_index):
    import numpy  # noqa: F401
    with indexer.open_index(repetitive_index).searcher() as s:
        for text in ("ka -lo", "ka OR -lo"):  # a NOT: stepped, as before
            q, fq, _, _ = prepare_search(s, text, Filters())
            assert wire_query.dense_matches(s, q, fq, scored=True) is None, text


def test_posting_lists_read_whole_equal_the_matchers(repetitive_index, tmp_path):
    """_read_postings decodes a list as Whoosh's matcher steps it: in wire's segments, and
    in a stock Whoosh index (zlib-compressed blocks, a block of one posting)."""
    import numpy
    from whoosh import fields, index as whoosh_index

    stock = tmp_path / "stock"
    stock.mkdir()
    schema = fields.Schema(body=fields.TEXT())
    ix = whoosh_index.create_in(str(stock), schema)
    rng = random.Random(4)
    with ix.writer() as w:
        for n in range(700):
            w.add_document(body=" ".join(rng.choice(["ka", "lo", "mi", "zz"] if n % 7
                                                    else ["ka", "once%d" % n])
                                         for _ in range(rng.randrange(1, 90))))
    checked = compressed = 0
    layouts = Counter()  # the types of a list's first block's ids and weights
    for path in (repetitive_index, str(stock)):
        ix = whoosh_index.open_dir(path)
        with ix.searcher() as s:
            for sub, _ in s.leaf_searchers():
                reader = sub.reader()
                for field in ("body", "title"):
                    if field not in reader.schema or not reader.schema[field].scorable:
                        continue
                    for text in list(reader.lexicon(field))[:40]:
                        m = reader.postings(field, text)
                        while hasattr(m, "child"):
                            m = m.child
                        ids, weights = wire_query._read_postings(numpy, m, scored=True)
                        m = reader.postings(field, text)
                        while hasattr(m, "child"):
                            m = m.child
                        compressed += bool(m._compression)
                        m._read_data()
                        layouts[type(m._data[0]).__name__, type(m._data[1]).__name__] += 1
                        expected = []
                        while m.is_active():
                            expected.append((m.id(), m.weight()))
                            m.next()
                        assert list(zip(ids.tolist(), weights.tolist())) == expected
                        checked += 1
    assert checked > 50 and compressed, (checked, compressed)
    # wire's arrays (w3._block_data: read without inflating the values), W3's tuples
    assert {("array", "array"), ("tuple", "NoneType"), ("tuple", "tuple"),
            ("tuple", "float")} <= set(layouts), layouts


@pytest.mark.parametrize("weights", [None, 2.5, "varied"])
def test_block_ids_and_weights_read_from_its_start_alone(weights):
    """A block wire writes (w3._block_data) gives, from only as much of its data as
    _head_size allows, inflated, the ids and weights W3 unpickles from the whole; a block
    laid out otherwise gives None."""
    import zlib
    import numpy
    rng = random.Random(8)
    for count in (1, 9, 300, 512):
        ids = sorted(rng.sample(range(10 ** 6), count))
        given = [float(rng.randrange(1, 9)) for _ in ids] if weights == "varied" else weights
        values = tuple(bytes(rng.randrange(256) for _ in range(rng.randrange(5, 40)))
                       for _ in ids)
        data = wire_w3._block_data(ids, given, values)
        expected = pickle.loads(data)
        assert expected[2] == values
        start = zlib.decompressobj().decompress(zlib.compress(data), postings._head_size(count))
        assert len(start) < len(data) or count == 1  # the values are left inflated
        deltas, found = postings._block_head(numpy, start, count)
        assert deltas.tolist() == list(expected[0]) == [b - a for a, b in zip([0] + ids, ids)]
        if weights == "varied":
            assert found.tolist() == list(expected[1]) == given
        else:
            assert found == expected[1] == weights
        w3 = pickle.dumps((tuple(expected[0]), expected[1], values), 2)  # W3's own layout
        assert postings._block_head(numpy, w3, count) is None
        assert postings._block_head(numpy, data, count + 1) is None


def test_the_postings_cache_keeps_results_and_its_budget(repetitive_index, monkeypatch):
    import numpy  # noqa: F401
    cache = vector.PostingsCache(4000)
    monkeypatch.setattr(wire_query, "_POSTINGS", cache)
    monkeypatch.setattr(wire_query, "POSTINGS_CACHE_MIN", 1)
    with indexer.open_index(repetitive_index).searcher() as s:
        q, fq, _, _ = prepare_search(s, "ka lo mi", Filters())
        first = _as_dict(wire_query.dense_matches(s, q, fq, scored=True), True)
        assert cache.entries and cache.used <= 4000
        again = _as_dict(wire_query.dense_matches(s, q, fq, scored=True), True)
        assert first == again == dict(collect_matches(s, q, fq, scored=True))
    assert cache.used == sum(vector.ENTRY_OVERHEAD + sum(a.nbytes for a in v)
                             for v in cache.entries.values()) <= 4000


SEARCH_OPTIONS = [{}, {"sort": "newest"}, {"sort": "oldest"}, {"limit": 3, "offset": 2},
                  {"limit": None}, {"all_versions": True}, {"limit": 0}]


@pytest.mark.parametrize("index_name", ["changed_index", "repetitive_index"])
def test_searches_are_the_same_with_and_without_arrays(request, monkeypatch, index_name):
    """Whole results (hits, order, totals, cursors and the pages they lead to) through
    the arrays and through the lists of every match."""
    import numpy  # noqa: F401
    path = request.getfixturevalue(index_name)
    texts = ["Blinken", "Border talks", "Geneva OR Seoul", "date:2023", "ka", "ka OR lo",
             "ka lo mi", "title:ka", "\"ka lo\"", "\"Border talks\" OR ka"]
    options = [dict(o, **f) for o in SEARCH_OPTIONS for f in ({}, {"city": "Le Havre"},
                                                              {"since": "2023-11-01"})]
    runs = []
    for arrays in (True, False):
        if not arrays:
            monkeypatch.setattr(wire_query, "dense_matches", lambda *a, **k: None)
        results = []
        for text in texts:
            for o in options:
                result = indexer.search(text, index=path, **o)
                results.append(result)
                pages = 0
                while result["next_cursor"] and pages < 5 and o.get("limit"):
                    result = indexer.search(text, index=path, after=result["next_cursor"],
                                            **{k: v for k, v in o.items() if k != "offset"})
                    results.append(result)
                    pages += 1
        runs.append(results)
    assert runs[0] == runs[1]
    assert sum(r["total"] for r in runs[0]) > 100


# -- snippets --------------------------------------------------------------------------------

def test_snippets_equal_whoosh_highlight_with_the_analyzer(changed_index):
    """make_snippet marks words in one loop; Whoosh's highlight() with a tokenizer and a
    filter that gives each word its matched form marks the same, in the same passages."""
    from whoosh import highlight
    from whoosh.analysis import Filter, RegexTokenizer
    from indexer.schema import WORD_PATTERN, fold, stemmer_for

    class MatchFilter(Filter):
        def __init__(self, lang, terms):
            self.stem, self.terms = stemmer_for(lang), terms

        def __call__(self, tokens):
            for t in tokens:
                word = t.text.lower()
                text = fold(word)
                if text not in self.terms:
                    text = next((s for s in self.stem(word) if s in self.terms), text)
                t.text = text
                yield t

    def reference(body, terms, marks, lang):
        fragmenter = highlight.ContextFragmenter(maxchars=passages.SNIPPET_MAXCHARS,
                                                 surround=passages.SNIPPET_SURROUND)
        analyzer = RegexTokenizer(WORD_PATTERN) | MatchFilter(lang, frozenset(terms))
        snippet = highlight.highlight(body, terms, analyzer, fragmenter,
                                      wire_query._MarkFormatter(marks),
                                      top=wire_query.SNIPPET_FRAGMENTS)
        return " ".join(snippet.split())

    rng = random.Random(8)
    bodies = [s.body for s in corpus_stories()]
    # and the fragmenter's corners: passages cut at maxchars, words longer than the
    # surround, a countdown ending exactly at 0, a word past maxchars, a text past its
    # char limit
    vocab = ["a", "bb", "ccc", "dddd", "eeeee", "ff", "g" * 19, "h" * 20, "i" * 21,
             "j" * 35, "U.S", "kk.ll", "Préoccupé", "Straße", "straße", "mm"]
    for n in range(60):
        words = [rng.choice(vocab) for _ in range(rng.randrange(1, 400))]
        seps = [rng.choice([" ", "  ", ", ", ". ", "\n", " - "]) for _ in words]
        bodies.append("".join(w + sep for w, sep in zip(words, seps)))
    bodies.append("bb " * 12000 + "ccc dddd")
    bodies.append("a bb " + "x" * 250 + " ccc a bb")
    words = sorted({w for b in bodies for w in b.split() if w.isalpha()}) + vocab * 20
    checked = 0
    for body in bodies * 8:
        lang = rng.choice([None, "en", "fr", "de", "nl", "tr", "ru"])
        terms = {fold(w) for w in rng.sample(words, 3)}
        terms |= {s for w in rng.sample(words, 2) for s in stemmer_for(lang)(w.lower())}
        marks = rng.choice([("[", "]"), ("<b>", "</b>")])
        expected = reference(body, terms, marks, lang)
        got = wire_query.make_snippet(body, terms, marks, lang)
        if expected:
            assert got == expected, (body[:60], terms)
            checked += 1
    assert checked > 100


def test_context_fragments_equal_the_fragmenter():
    """Fragment by fragment, on random texts whose words end passages at every corner
    (the countdown reaching exactly 0 makes an empty fragment: kept, as Whoosh does)."""
    from whoosh import highlight
    rng = random.Random(1)
    vocab = ["a", "bb", "ccc", "dddd", "eeeee", "ff", "g" * 19, "h" * 20, "i" * 21,
             "j" * 35, "U.S", "kk.ll", "mm", "n" * 7, "o" * 9]
    empty = 0
    for _ in range(3000):
        words = [rng.choice(vocab) for _ in range(rng.randrange(1, 120))]
        # dots and dashes between words too: "bb.ccc" is one word, "bb..ccc" two
        text = "".join(w + rng.choice([" ", "  ", ", ", "\n", ".", "..", "-", "’", ". "])
                       for w in words)
        terms = frozenset(rng.sample([v.lower() for v in vocab], rng.randrange(1, 5)))
        fragmenter = highlight.ContextFragmenter(maxchars=passages.SNIPPET_MAXCHARS,
                                                 surround=passages.SNIPPET_SURROUND)

        def described(fragments):
            return [(f.startchar, f.endchar, [(t.startchar, t.endchar, t.text)
                                              for t in f.matches]) for f in fragments]
        expected = described(fragmenter.fragment_tokens(
            text, wire_query._match_tokens(text, terms, None)))
        assert described(wire_query._context_fragments(text, terms, None)) == expected, text
        empty += sum(1 for f in expected if not f[2])
    assert empty, "no empty fragment: the corner is not tested"


def test_versions_held_from_the_map_equal_the_index(changed_index, monkeypatch):
    monkeypatch.setattr(wire_query, "VERSION_MAP_SHARE", 0.0)
    monkeypatch.setattr(wire_query, "_VERSION_STATES", {})
    with indexer.open_index(changed_index).searcher() as s:
        wire_query.version_state(s, 1)  # built, as a broad search builds it
        assert wire_query._VERSION_STATES
        counts = set()
        for docnum in s.document_numbers():
            fields = s.stored_fields(docnum)
            key = fields.get("version")
            if not key:
                continue
            expected = sum(1 for _ in s.document_numbers(version=key))
            assert wire_query.versions_held(s, key, own=True) == expected
            counts.add(expected)
    assert counts >= {1, 3}, counts


def test_versions_held_from_the_arrays_equal_the_index(changed_index, monkeypatch):
    """A state read from the version map file holds arrays alone: a hit's versions are
    counted from them by its document, as many as the index holds."""
    import numpy as np
    monkeypatch.setattr(wire_query, "_VERSION_STATES", {})
    with indexer.open_index(changed_index).searcher() as s:
        built = wire_query._build_version_state(s.leaf_searchers())
        arrays = vector.VersionArrays(np, built.keys, built.members,
                                      wire_query.index_numbers(s, "published"))
        wire_query._VERSION_STATES[wire_query._state_id(s)] = \
            collapse.VersionState(None, None, arrays)
        counts = Counter()
        for docnum in s.document_numbers():
            key = s.stored_fields(docnum).get("version")
            expected = sum(1 for _ in s.document_numbers(version=key))
            assert wire_query.versions_held(s, key, own=True, docnum=docnum) == expected
            counts[expected] += 1
    assert counts[3] == 3 and counts[1], counts


def test_few_matches_collapse_by_the_arrays_as_by_lookups(changed_index, monkeypatch):
    """With the version map's arrays kept (a broad search or the map file left them), a
    search with few matches groups them from the arrays: the same groups, each led by
    its newest version with the best score, as asking the index group by group."""
    import numpy as np
    monkeypatch.setattr(wire_query, "_VERSION_STATES", {})
    monkeypatch.setattr(wire_query, "VERSION_MAP_SHARE", 1.0)  # any count is few here
    rng = random.Random(5)

    def canonical(groups):
        return sorted((g[0], sorted(g[1:])) for g in groups)

    with indexer.open_index(changed_index).searcher() as s:
        built = wire_query._build_version_state(s.leaf_searchers())
        arrays = vector.VersionArrays(np, built.keys, built.members,
                                      wire_query.index_numbers(s, "published"))
        docs = list(s.document_numbers())
        shared = [d for d in docs if arrays.group[d] >= 0]
        assert len(shared) == 3
        for trial in range(40):
            picked = sorted(set(rng.sample(docs, rng.randint(1, len(docs))))
                            | set(shared[:trial % 4]))
            matches = [(d, rng.random()) for d in picked]
            by_arrays = collapse.collapse_by_arrays(matches, arrays)
            assert canonical(by_arrays) == canonical(wire_query._collapse_by_lookup(matches, s))
        wire_query._VERSION_STATES[wire_query._state_id(s)] = \
            collapse.VersionState(None, None, arrays)
        matches = [(d, 1.0 + n) for n, d in enumerate(shared[:2])]
        groups = wire_query.collapse_versions(matches, s)  # few: no keys built, arrays used
        assert wire_query._VERSION_STATES[wire_query._state_id(s)].keys is None
        newest = max(shared, key=lambda d: s.stored_fields(d)["record"]["published"])
        assert groups[0][0] == (newest, 2.0) and len(groups) == 1


def test_many_matches_collapse_by_the_map_file_without_keys(changed_index, monkeypatch):
    """A search with many matches and no map kept (a fresh process) collapses by the
    index's version map file, read without numpy, instead of building every document's
    key: the same groups in the same order as the keys give, and no keys built."""
    monkeypatch.setattr(wire_query, "VERSION_MAP_DOCS", 1)
    listed = os.path.join(changed_index, VERSION_MAP_NAME)
    rng = random.Random(7)
    try:
        with indexer.open_index(changed_index).searcher() as s:
            assert wire_query.write_version_map(s)
            docs = list(s.document_numbers())
            built = wire_query._build_version_state(s.leaf_searchers())
            lists = collapse.read_version_lists(listed, wire_query._state_id(s),
                                                s.doc_count_all())
            assert list(lists.group) == wire_query.version_arrays(s, len(docs)).group.tolist()
            for trial in range(30):
                picked = sorted(rng.sample(docs, rng.randint(1, len(docs))))
                matches = [(d, rng.random()) for d in picked]
                monkeypatch.setattr(wire_query, "_VERSION_STATES", {})
                monkeypatch.setattr(wire_query, "_VERSION_LISTS", wire_query._PerState())
                monkeypatch.setattr(wire_query, "VERSION_MAP_SHARE", 0.0)  # every count is many
                by_file = wire_query.collapse_versions(matches, s)
                assert wire_query._VERSION_STATES == {}  # no keys built
                wire_query._VERSION_STATES[wire_query._state_id(s)] = built
                assert by_file == wire_query.collapse_versions(matches, s), trial
    finally:
        os.remove(listed)


@pytest.mark.parametrize("damage", ["state", "length", "group"])
def test_a_version_map_file_that_does_not_fit_is_not_read_without_numpy(changed_index,
                                                                       monkeypatch, damage):
    monkeypatch.setattr(wire_query, "VERSION_MAP_DOCS", 1)
    listed = os.path.join(changed_index, VERSION_MAP_NAME)
    try:
        with indexer.open_index(changed_index).searcher() as s:
            assert wire_query.write_version_map(s)
            state, count = wire_query._state_id(s), s.doc_count_all()
        assert collapse.read_version_lists(listed, state, count) is not None
        data = open(listed, "rb").read()
        if damage == "state":
            state = state[:-1] + ((state[-1][0], state[-1][1] + 1, state[-1][2]),)
        elif damage == "length":
            data = data[:-4]
        else:  # the first document's group number past the groups the head names
            start = data.index(b"\n", len(collapse.VERSION_MAP_HEAD)) + 1
            data = data[:start] + (10 ** 6).to_bytes(4, "little") + data[start + 4:]
        open(listed, "wb").write(data)
        assert collapse.read_version_lists(listed, state, count) is None
    finally:
        os.remove(listed)


def test_the_quick_version_column_reads_what_whoosh_reads(changed_index, tmp_path):
    from whoosh.columns import VarBytesColumn
    from whoosh.filedb.filestore import FileStorage
    with indexer.open_index(changed_index).searcher() as s:
        readers = [s.reader()] + [leaf for leaf, _ in s.reader().leaf_readers()]
        for reader in readers:
            count = reader.doc_count_all()
            whoosh_column = reader.column_reader("version", translate=False)
            quick = wire_query.version_column(reader)
            assert [quick[d] for d in range(count)] == [whoosh_column[d] for d in range(count)]
            assert any(quick[d] for d in range(count))
            if reader.is_atomic():  # a segment's values in one piece, from the offsets
                assert wire_query._column_bytes(quick, count) == list(whoosh_column)
    # a column written with its offsets (Whoosh does past 32,768 documents) is read as is
    values = [b"", b"alpha", b"", b"beta-2", b"gamma"] * 7
    storage = FileStorage(str(tmp_path))
    for cutoff in (0, 2 ** 15):
        with storage.create_file("col") as f:
            writer = VarBytesColumn(write_offsets_cutoff=cutoff).writer(f)
            for docnum, value in enumerate(values):
                if value:
                    writer.add(docnum, value)
            writer.finish(len(values))
        length = storage.file_length("col")
        with storage.open_file("col") as f:
            quick = wire_query._QuickVarBytes().reader(f, 0, length, len(values))
            assert quick.had_stored_offsets == (cutoff == 0)
            assert [quick[d] for d in range(len(values))] == values


def test_the_quick_stored_column_reads_what_whoosh_reads(changed_index):
    """Each segment's stored fields read through _QuickOffsets equal W3's own reader's,
    and a search that installed it returns the same hits."""
    from whoosh.codec.whoosh3 import STORED_COLUMN
    before = indexer.search("harbour OR port OR talks", index=changed_index, limit=None)
    with indexer.open_index(changed_index).searcher() as s:
        leaves = [sub.reader()._perdoc for sub, _ in s.leaf_searchers()]
        for perdoc in leaves:
            quick = perdoc.column_reader("_stored", wire_query.QUICK_STORED_COLUMN)
            plain = perdoc.column_reader("_stored", STORED_COLUMN)
            count = perdoc.doc_count_all()
            assert [quick[d] for d in range(count)] == [plain[d] for d in range(count)]
        wire_query.quick_stored_fields(s)
        assert all(type(p._readers["_stored"]._child) is wire_query._QuickCompressedBytes.Reader
                   for p in leaves)
    assert indexer.search("harbour OR port OR talks", index=changed_index, limit=None) == before
    assert before["total"] > 1


def test_a_kept_searcher_sees_every_commit(tmp_path):
    """reading() keeps one searcher while the index does not change, and a new commit
    (through this index object or another) is searched at the next call."""
    path = str(tmp_path / "index")
    ix = indexer.open_index(path, create=True)
    indexer.add_stories(corpus_stories()[:3], index=ix)
    with ix.reading() as first:
        pass
    with ix.reading() as again:
        assert again is first
    before = indexer.count("date:1900..2100", index=ix)
    other = indexer.open_index(path)  # as another process would
    indexer.add_stories([indexer.Story(id="late", path="late.txt", title="Late story",
                                       language="en", body="A late story arrives.",
                                       published="2024-05-01T00:00:00+00:00")],
                        index=other)
    assert indexer.search("late", index=ix)["total"] == 1
    assert indexer.count("date:1900..2100", index=ix) == before + 1
    with ix.reading() as third:
        assert third is not first and first.is_closed
    ix.close()
    assert third.is_closed


@pytest.mark.parametrize("with_numpy, listed", [(True, False), (False, False), (True, True)],
                         ids=["merged-arrays", "merged-dicts", "spelling-list"])
def test_correction_candidates_equal_whoosh_terms_within(tmp_path_factory, monkeypatch,
                                                        with_numpy, listed):
    """correct_word's word lists give the words reader.terms_within gives, and each
    word's doc_frequency over the index's segments (one written by wire, one by
    Whoosh), merged as arrays (numpy loaded) or in a dict, or, for the three fields a
    plain word searches, read from the spelling list the run wrote."""
    from whoosh.support.levenshtein import distance
    import numpy
    monkeypatch.setitem(sys.modules, "numpy", numpy if with_numpy else None)
    monkeypatch.setattr(wire_query, "_PREFIX_WORDS", wire_query._PerState())
    monkeypatch.setattr(wire_query, "_SPELLING", wire_query._PerState())
    if listed:  # a list for this small index, as a run writes one from 2,000 stories
        monkeypatch.setattr(wire_query, "SPELL_NUMPY_DOCS", 1)
    rng = random.Random(12)
    stories = corpus_stories()
    path = build_segment_index(tmp_path_factory, "corrections", stories[::2])
    ix = indexer.open_index(path)
    indexer.add_stories(stories[1::2] + stories[:6], index=ix)  # some in both segments
    assert os.path.exists(os.path.join(path, SPELLING_NAME)) == listed
    with ix.searcher() as s:
        assert len(s.leaf_searchers()) > 1
        if listed:
            assert wire_query._listed_words(numpy, s, b"b")[0]
        if with_numpy:
            readers = [sub.reader() for sub, _ in s.leaf_searchers()]
            assert wire_query._merged_terms(numpy, [(r, "body") for r in readers], b"b")[0]
        reader = s.reader()
        vocab = [w.decode() for w in reader.lexicon("body")]
        checked = 0
        for _ in range(60):
            word = list(rng.choice(vocab))
            for _ in range(rng.randrange(0, 3)):  # typos: drop, double or swap a letter
                i = rng.randrange(len(word))
                op = rng.randrange(3)
                if op == 0 and len(word) > 1:
                    del word[i]
                elif op == 1:
                    word.insert(i, word[i])
                elif i + 1 < len(word):
                    word[i], word[i + 1] = word[i + 1], word[i]
            word = "".join(word)
            for field in ("title", "body", "names"):
                for edits in (1, 2):
                    expected = set(reader.terms_within(field, word, edits, prefix=1))
                    found = wire_query._prefix_words(s, (field,), word[:1], len(word))
                    assert all(abs(len(w) - len(word)) <= 2 for w in found)
                    got = {w for w in found if distance(w, word, limit=2) <= edits}
                    assert got == expected, (field, word, edits)
                    assert all(found[w] == reader.doc_frequency(field, w) for w in got)
                    checked += bool(expected)
            # all fields at once: the words of each, their stories summed
            fields = ("title", "body", "names")
            found = wire_query._prefix_words(s, fields, word[:1], len(word))
            expected = {w.decode(): sum(reader.doc_frequency(f, w) for f in fields)
                        for f in fields for w in reader.expand_prefix(f, word[:1])
                        if abs(len(w.decode()) - len(word)) <= 2}
            assert found == expected
    assert checked > 50


def test_a_run_writes_the_spelling_list_of_its_segments(tmp_path, monkeypatch):
    """A run that changes the index writes the merged words of title, body and names
    (what the first correction in a letter would merge from every segment); a run that
    changes nothing leaves it; a list made for other segments, or unreadable, is not
    used, and corrections are the same either way."""
    import numpy
    monkeypatch.setattr(wire_query, "SPELL_NUMPY_DOCS", 1)
    stories = corpus_stories()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n, story in enumerate(stories[:-1]):
        (corpus / f"{n}.txt").write_text(f"{story.title}\n\n{story.body}\n", encoding="utf-8")
    path = str(tmp_path / "index")
    listed = os.path.join(path, SPELLING_NAME)

    def corrections():
        """Each letter's words, and corrections of typos, from fresh caches."""
        monkeypatch.setattr(wire_query, "_PREFIX_WORDS", wire_query._PerState())
        monkeypatch.setattr(wire_query, "_SPELLING", wire_query._PerState())
        with indexer.open_index(path).searcher() as s:
            words = {c: wire_query._prefix_words(s, wire_query.SPELL_FIELDS, c, 6)
                     for c in "abcdefghijklmnopqrstuvwxyz"}
            typos = {w: wire_query.correct_word(s, w, wire_query.SPELL_FIELDS)
                     for w in ("blinkin", "seuol", "minstry", "goverment", "xqzt")}
            return words, typos, s.reader()

    indexer.index_paths([str(corpus)], index=path)
    first = os.stat(listed).st_mtime_ns
    with indexer.open_index(path).searcher() as s:
        lists = [(sub.reader(), f) for sub, _ in s.leaf_searchers() for f in wire_query.SPELL_FIELDS]
        for prefix in (b"a", b"s", b"\xc3\xa9", b"0"):
            assert wire_query._listed_words(numpy, s, prefix) == \
                wire_query._merged_terms(numpy, lists, prefix)
    with_list = corrections()
    assert sum(map(len, with_list[0].values())) > 50 and any(with_list[1].values())
    saved = open(listed, "rb").read()

    indexer.index_paths([str(corpus)], index=path)  # nothing changed: the list stays
    assert os.stat(listed).st_mtime_ns == first

    (corpus / "new.txt").write_text(f"{stories[-1].title}\n\n{stories[-1].body}\n",
                                    encoding="utf-8")
    indexer.index_paths([str(corpus)], index=path)  # a new segment: a new list
    assert open(listed, "rb").read() != saved
    fresh = corrections()
    os.remove(listed)
    assert corrections()[:2] == fresh[:2]  # merged by the search: the same
    with open(listed, "wb") as out:  # the first run's list, for other segments
        out.write(saved)
    with indexer.open_index(path).searcher() as s:
        assert wire_query._listed_words(numpy, s, b"a") is None
    assert corrections()[:2] == fresh[:2]
    with open(listed, "wb") as out:  # not a list at all
        out.write(b"PK\x03\x04 torn")
    assert corrections()[:2] == fresh[:2]


def test_spelling_rows_added_to_a_list_equal_them_merged_again():
    """add_rows (a list extended with another's words) gives what merge_rows gives
    for both together: shared words summed, new ones in their places, wider words
    than the list's, words before its first and after its last, and none at all."""
    import numpy
    from indexer import spelling
    rng = random.Random(5)
    letters = "abcé\u0436"
    for trial in range(60):
        def rows():
            words = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 9))).encode()
                     for _ in range(rng.randint(0, 40))}
            words = numpy.array(sorted(words), dtype="S") if words else numpy.zeros(0, "S1")
            return words, numpy.array([rng.randint(1, 9) for _ in words], dtype=numpy.int64)
        (old, old_counts), (more, more_counts) = rows(), rows()
        expected = spelling.merge_rows(numpy, [old, more], [old_counts, more_counts])
        got = spelling.add_rows(numpy, old, old_counts, more, more_counts)
        assert got[0].tolist() == expected[0].tolist(), trial
        assert got[1].tolist() == expected[1].tolist(), trial
    old, counts = numpy.array([b"b", b"d"]), numpy.array([1, 2], dtype=numpy.int64)
    spelling.add_rows(numpy, old, counts, numpy.array([b"d"]), numpy.array([5]))
    assert counts.tolist() == [1, 2]


class _SpellingRuns:
    """Runs over a corpus folder with a spelling list from 1 story on, the words each
    extension of the list added (spelling.add_rows' calls), and the list checked
    against the one merged from every segment again."""

    def __init__(self, tmp_path, monkeypatch):
        from indexer import spelling
        self.spelling = spelling
        monkeypatch.setattr(wire_query, "SPELL_NUMPY_DOCS", 1)
        self.added = []
        real_add_rows = spelling.add_rows
        monkeypatch.setattr(spelling, "add_rows",
                            lambda *a: self.added.append(len(a[3])) or real_add_rows(*a))
        self.stories = corpus_stories()
        self.corpus = tmp_path / "corpus"
        self.corpus.mkdir()
        self.path = str(tmp_path / "index")
        self.listed = os.path.join(self.path, SPELLING_NAME)

    def write(self, first: int, end: int | None = None) -> None:
        for n, story in enumerate(self.stories[first:end], first):
            (self.corpus / f"{n}.txt").write_text(f"{story.title}\n\n{story.body}\n",
                                                  encoding="utf-8")

    def run(self) -> None:
        indexer.index_paths([str(self.corpus)], index=self.path)

    def merged_again(self) -> tuple:
        """The list equals the one write_spelling merges from every segment (which
        replaces it): its state, and the segments the index has."""
        import numpy
        saved = self.spelling.read_saved(numpy, self.listed)
        os.remove(self.listed)
        with indexer.open_index(self.path).searcher() as s:
            assert wire_query.write_spelling(s)
            segments = len(s.leaf_searchers())
        again = self.spelling.read_saved(numpy, self.listed)
        assert saved[0].tolist() == again[0].tolist()
        assert saved[1].tolist() == again[1].tolist()
        assert saved[2] == again[2]
        return again[2], segments


def test_a_run_that_adds_segments_extends_the_spelling_list(tmp_path, monkeypatch):
    """A run that only adds segments extends the list made for the others with their
    words (not merging every segment's again: 1.7 s of a +1,000 run on 100,000 stories);
    the result is the list merged from every segment, word for word and count for
    count. After a merge of segments holding a deleted story every segment is merged
    again."""
    runs = _SpellingRuns(tmp_path, monkeypatch)
    third = len(runs.stories) // 3
    runs.write(0, third)
    runs.run()
    assert not runs.added
    runs.merged_again()
    runs.write(third, 2 * third)  # new words, new segment
    os.remove(runs.corpus / "0.txt")  # a deletion: counts stay until a merge drops it
    runs.run()
    assert len(runs.added) == 1 and runs.added[0] > 0
    assert len(runs.merged_again()[0]["segments"]) == 2
    runs.write(2 * third)
    runs.run()
    assert len(runs.added) == 2
    runs.merged_again()
    indexer.compact_index(index=runs.path)  # one segment, none of the list's: merged again
    assert len(runs.added) == 2
    assert len(runs.merged_again()[0]["segments"]) == 1


def test_a_merge_without_deletions_carries_the_spelling_list_over(tmp_path, monkeypatch):
    """A run that merges segments holding no deleted story adds its own segment's words
    to the list first, then carries the list over the merge (the merged segment's words
    are counted in as many stories as in its sources together) instead of merging every
    segment's words again; so does `wire compact`. The list is the full merge's, word
    for word and count for count."""
    from indexer.index import commit as wire_commit
    monkeypatch.setattr(wire_commit, "MAX_SEGMENTS", 2)
    monkeypatch.setattr(wire_commit, "SEGMENT_SLACK", 0)
    runs = _SpellingRuns(tmp_path, monkeypatch)
    third = len(runs.stories) // 3
    for run in range(3):
        runs.write(run * third, (run + 1) * third)
        runs.run()
        if run:
            assert runs.merged_again()[1] == 2
    # run 2 extended the list; run 3 extended it with its segment, then carried it over
    # the merge of two segments into one: nothing more to add
    added = runs.added
    assert len(added) == 3 and added[0] > 0 and added[1] > 0 and added[2] == 0
    indexer.compact_index(index=runs.path)
    assert len(added) == 4 and added[3] == 0
    assert runs.merged_again()[1] == 1


@pytest.mark.parametrize("mask_values", [0, vector.SPLICE_MASK_VALUES])
def test_positions_decoded_in_bulk_equal_whoosh_decode_positions(monkeypatch, mask_values):
    """Values from wire's writer and from Whoosh's Positions.encode, with and without
    the final STOP, one position or many, deltas of one byte and of two and four.
    ``mask_values``: the other layouts' bytes cleared one value at a time, or (0) wire's
    runs marked and summed."""
    import numpy
    monkeypatch.setattr(vector, "SPLICE_MASK_VALUES", mask_values)
    from whoosh.formats import Positions
    from indexer.index.w3 import _encode_positions
    rng = random.Random(6)
    values, expected = [], []
    for _ in range(3000):
        n = rng.choice([1, 1, 2, 3, 8, 40, 300])
        gaps = [rng.choice([1, 2, 7, 46, 200, 255, 256, 300, 70000] if n < 300 else [1, 46, 99])
                for _ in range(n)]
        gaps[0] = rng.choice([0, 1, 46, 255, 256, 5000, 100000])
        positions = list(accumulate(gaps))
        if rng.random() < 0.5:
            value = _encode_positions(positions)  # wire's: small deltas as bytes
        else:
            value = Positions().encode(positions)
            if rng.random() < 0.3:
                value = value[:-1]  # Whoosh's writer may leave off the final STOP
        assert Positions().decode_positions(value) == positions
        values.append(value)
        expected.append(positions)
    layouts = {v[4:5] for v in values}
    assert {b"C", b"B", b"\x80"} <= layouts, layouts
    assert any(v[4:].startswith(b"\x80\x02]q\x00(M") for v in values)  # wire's wide lists
    counts, flat = vector.decode_positions(numpy, values)
    assert counts.tolist() == [len(p) for p in expected]
    assert flat.tolist() == [p for ps in expected for p in ps]
    # only wire's layout (an index wire wrote): read as runs of bytes
    ours = [(v, p) for v, p in zip(values, expected) if v[4:5] in (b"C", b"B")]
    counts, flat = vector.decode_positions(numpy, [v for v, _ in ours])
    assert flat.tolist() == [q for _, ps in ours for q in ps]
    # wire's layout and a few values of others: those unpickled alone, put in place
    wide = [(v, p) for v, p in zip(values, expected) if v[4:5] == b"\x80"][:3]
    few = ours[:1] + wide[:1] + ours[1:len(ours) // 2] + wide[1:] + ours[len(ours) // 2:]
    assert len(wide) * vector.SPLICE_POSITIONS <= sum(len(p) for _, p in few)
    counts, flat = vector.decode_positions(numpy, [v for v, _ in few])
    assert flat.tolist() == [q for _, ps in few for q in ps]
    assert vector.decode_positions(numpy, [])[0].tolist() == []
    # as places: (document << 32) + position, documents ascending with gaps
    docs = list(accumulate(rng.choice([1, 1, 3, 1000]) for _ in values))
    assert vector.decode_places(numpy, docs, values).tolist() == \
        [(d << 32) + p for d, ps in zip(docs, expected) for p in ps]
    assert vector.decode_places(numpy, [], []).tolist() == []
    # packed (vector.pack_values), whole or some of them taken (take_values): the same
    packed = vector.pack_values(numpy, values)
    assert vector.decode_places(numpy, docs, packed).tolist() == \
        [(d << 32) + p for d, ps in zip(docs, expected) for p in ps]
    some = sorted(rng.sample(range(len(values)), 400))
    taken = vector.take_values(numpy, packed, numpy.array(some))
    assert [taken[0][a:a + n].tobytes() for a, n in zip(taken[1], taken[2])] == \
        [values[i] for i in some]
    assert vector.decode_places(numpy, [docs[i] for i in some], taken).tolist() == \
        [(docs[i] << 32) + p for i in some for p in expected[i]]
    assert vector.decode_places(numpy, [], vector.take_values(numpy, packed, [])).tolist() == []


def test_threads_searching_one_index_object_agree(changed_index, monkeypatch):
    """Each thread keeps its own searcher; the shared caches stay whole (a budget so
    small that entries are evicted all the time)."""
    import threading
    import numpy  # noqa: F401
    monkeypatch.setattr(wire_query, "_POSTINGS", vector.PostingsCache(3000))
    monkeypatch.setattr(wire_query, "POSTINGS_CACHE_MIN", 1)
    ix = indexer.open_index(changed_index)
    texts = ["Blinken", "Border talks", "Geneva OR Seoul", '"Border talks"', "date:2023"]
    expected = {t: indexer.search(t, index=changed_index, limit=None) for t in texts}
    failures = []

    def run():
        try:
            for _ in range(15):
                for t in texts:
                    if indexer.search(t, index=ix, limit=None) != expected[t]:
                        failures.append(t)
        except Exception as e:  # noqa: BLE001 -- reported below
            failures.append(repr(e))

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures, failures[:3]
    assert wire_query._POSTINGS.used <= 3000


def test_vector_distances_equal_whoosh_damerau_levenshtein():
    import numpy
    from whoosh.support.levenshtein import damerau_levenshtein
    rng = random.Random(2)
    alphabet = "abcé"
    for _ in range(300):
        word = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 8)))
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 9)))
                 for _ in range(50)]
        assert vector.edit_distances(numpy, word, words).tolist() == \
            [damerau_levenshtein(w, word) for w in words], word


@pytest.mark.parametrize("with_numpy,mapped", [(True, True), (True, False), (False, False)],
                         ids=["index-array-mapped", "index-array-read", "walk"])
def test_terms_with_prefix_equal_expand_prefix(changed_index, tmp_path_factory, monkeypatch,
                                              with_numpy, mapped):
    """A segment's words with a prefix, cut out by its term table's index array (numpy
    loaded; the file memory-mapped or read) or walked record by record, are Whoosh's
    expand_prefix, with its doc_frequency: in compound segments (Whoosh's writer, held in
    memory) and in one of files (wire's)."""
    import numpy
    monkeypatch.setitem(sys.modules, "numpy", numpy if with_numpy else None)
    checked = files = accents = 0
    scripts = [indexer.Story(id=f"script-{n}", path=f"ru/{n}.txt", language=lang, title=title,
                             body=body, published="2024-02-01T00:00:00+00:00")
               for n, (lang, title, body) in enumerate([
                   ("ru", "Москва и Минск", "Переговоры в Москве продолжились, сообщил мэр."),
                   ("ko", "서울 회담", "서울에서 회담이 열렸다 서울시 대변인이 말했다"),
                   ("el", "Σύνοδος στη Λευκωσία", "Οι υπουργοί συναντήθηκαν στη Λευκωσία χθες.")])]
    wire_built = build_segment_index(tmp_path_factory, "segment-corpus",
                                     corpus_stories() + scripts)
    for path in (changed_index, wire_built):
        with indexer.open_index(path).searcher() as s:
            for sub, _ in s.leaf_searchers():
                reader = sub.reader()
                if not mapped:
                    reader._terms._tindex.dbfile._wire_mapped = None  # a file not mapped
                files += wire_query._mapped(reader._terms._tindex) is not None
                for field in ("title", "body", "names", "cities"):
                    words = sorted(reader.lexicon(field))
                    starts = {w.decode()[:n] for w in words[::7] for n in (1, 2, 3)}
                    for prefix in ["", "b", "s", "se", "zz", "é", "\U0010ffff", *starts]:
                        got = wire_query._terms_with_prefix(reader, field, prefix.encode())
                        assert [t for t, _ in got] == sorted(reader.expand_prefix(field, prefix))
                        assert [n for _, n in got] == [reader.doc_frequency(field, t)
                                                       for t, _ in got]
                        checked += len(got)
                    for word in (w.decode() for w in words if not w.isascii()):
                        # a word with accents: kept by its length in characters
                        # ("é" is two bytes), for corrections of words that long
                        near = wire_query._prefix_words(s, (field,), word[:1], len(word))
                        assert word in near
                        assert all(abs(len(w) - len(word)) <= 2 for w in near)
                        accents += 1
    assert files == (1 if mapped else 0)  # wire's segment: its own files
    assert accents > 5
    assert checked > 100


def test_query_languages_follow_the_index_state(tmp_path):
    """The languages a query is stemmed in are kept per index state: stories of a new
    language added through the same index object are stemmed for at the next search."""
    path = str(tmp_path / "index")
    ix = indexer.open_index(path, create=True)
    indexer.add_stories([indexer.Story(id=f"en-{n}", path=f"en-{n}.txt", title="Storm",
                                       language="en", body="A storm hit the port.")
                         for n in range(3)], index=ix)
    assert indexer.explain("storms", index=ix)["languages"] == ["en"]
    indexer.add_stories([indexer.Story(id=f"de-{n}", path=f"de-{n}.txt", title="Sturm",
                                       language="de", body="Ein Sturm traf den Hafen.")
                         for n in range(3)], index=ix)
    assert indexer.explain("storms", index=ix)["languages"] == ["de", "en"]


def test_kept_date_range_estimates_equal_date_ranges(changed_index):
    with indexer.open_index(changed_index).searcher() as s:
        for since, until, _ in DAY_BOUNDS:
            for reader in [s.reader()] + [sub.reader() for sub, _ in s.leaf_searchers()]:
                ours = ColumnDateRange("published", since, until, endexcl=True)
                theirs = whoosh_query.DateRange("published", since, until, endexcl=True)
                assert ours.estimate_size(reader) == ours.estimate_size(reader) == \
                    theirs.estimate_size(reader)


def test_values_kept_per_state_follow_the_states():
    kept = wire_query._PerState(states=2)
    calls = []

    def build(value):
        calls.append(value)
        return value

    assert kept.get(("s1",), "k", lambda: build(1)) == 1
    assert kept.get(("s1",), "k", lambda: build(9)) == 1        # kept
    assert kept.get(("s2",), "k", lambda: build(2)) == 2        # another state
    assert kept.get(("s3",), "k", lambda: build(3)) == 3        # s1 is dropped...
    assert kept.get(("s1",), "k", lambda: build(4)) == 4        # ...so built again
    assert kept.get(None, "k", lambda: build(5)) == 5           # no state: never kept
    assert calls == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("writer", ["whoosh", "wire"])
def test_kept_readers_remember_term_lookups(changed_index, tmp_path_factory, monkeypatch,
                                            writer):
    """A kept searcher's segments remember where their term tables hold each term, and
    read a table that is a file of its own through a memory map: the same answers as a
    fresh reader for terms present and absent, asked twice, also after the memory starts
    again (a small limit here)."""
    from whoosh import index as whoosh_index
    from indexer.index import handle as wire_handle
    monkeypatch.setattr(wire_handle, "TERM_LOOKUPS_KEPT", 7)
    rng = random.Random(4)
    path = changed_index
    if writer == "wire":  # a segment of wire's (files of its own) and one of Whoosh's
        stories = corpus_stories()
        path = build_segment_index(tmp_path_factory, "kept-lookups", stories[::2])
        indexer.add_stories(stories[1::2], index=indexer.open_index(path))
    ix = indexer.open_index(path)
    ix.close()
    with ix.reading() as kept, whoosh_index.open_dir(path).searcher() as fresh:
        leaves = [r for r, _ in kept.reader().leaf_readers()]
        assert len(leaves) > 1
        assert all("ranges_for_key" in vars(r._terms._tindex) for r in leaves)
        mapped = sum("get" in vars(r._terms._tindex.dbfile) for r in leaves)
        assert mapped == (1 if writer == "wire" else 0)
        terms = rng.sample(list(fresh.reader().all_terms()), 150)
        terms += [(field, text + b"zq") for field, text in terms[:30]]
        for field, text in terms * 2:
            a, b = kept.reader(), fresh.reader()
            assert ((field, text) in a) == ((field, text) in b)
            assert a.doc_frequency(field, text) == b.doc_frequency(field, text)
            assert a.frequency(field, text) == b.frequency(field, text)
            if (field, text) in b:
                assert list(a.postings(field, text).all_ids()) == \
                    list(b.postings(field, text).all_ids())


def test_a_search_leaves_no_reference_cycles(changed_index):
    """A search frees what it made as it returns: a nested function calling itself (the
    query walks, the phrase's tree of intersections) was a cycle holding the segments'
    length tables, ~750 objects a search left for the collector, whose full passes then
    freed them in the middle of a later search (14-18 ms, twice in 200 searches)."""
    import gc
    import types
    ix = indexer.open_index(changed_index)
    searches = ["Geneva border talks", '"border talks" Geneva', "title:talks OR sirens",
                "talks -Geneva", "Blinkin Seuol", "shipp* city:london", '"red sea" route']
    for text in searches:  # caches filled first: what they keep is not garbage
        indexer.search(text, index=ix)
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for text in searches:
            indexer.search(text, index=ix, sort="newest")
            indexer.search(text, index=ix)
        gc.collect()
        ours = [o for o in gc.garbage
                if isinstance(o, types.FunctionType) and o.__module__.startswith("indexer")
                or type(o).__module__.startswith("indexer")]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert ours == []


def test_kept_values_stay_out_of_full_garbage_collections(changed_index, monkeypatch):
    """What a long-running search process keeps (stems, the version map, snippets' word
    forms) is held in dicts of strings and tuples, which Python's collector stops
    walking once it has seen them (the word forms: strings alone, never walked): each
    full collection walked every entry of the functools and PyStemmer caches, 20-50 ms
    in the middle of a search on 100,000 stories."""
    import gc
    monkeypatch.setattr(passages, "_WORD_FORMS", {})
    from indexer.schema import fold, remembered
    calls = []
    twice = remembered(lambda word: calls.append(word) or (word * 2,), size=3)
    assert [twice(w) for w in "abab"] == [("aa",), ("bb",), ("aa",), ("bb",)]
    assert calls == ["a", "b"]  # each word computed once
    twice("c"), twice("d"), twice("a")  # the fourth word empties it: "a" again
    assert calls == ["a", "b", "c", "d", "a"]
    stem = wire_query.stemmer_for("en")
    ix = indexer.open_index(changed_index)
    indexer.search("Geneva border talks", index=ix)
    assert stem("talks") == ("talk",)
    state = wire_query._VERSION_STATES[next(iter(wire_query._VERSION_STATES))]
    gc.collect()
    assert "talks" in stem.kept and not gc.is_tracked(stem.kept)
    assert not gc.is_tracked(state.keys) and not gc.is_tracked(state.members)
    # a snippet's word forms (some 80,000 after 200 searches on 100,000 stories): as a
    # set a form, each full collection walked them all (a p95 of 26-29 ms, 22 without),
    # and so it did as tuples: a dict given a tuple is tracked again until the next
    # full collection. Strings alone: never tracked, even as searches add words.
    # Only the words whose folded first letter starts a query term are kept (and
    # stemmed): "Geneva border talks" looks at words in g, b and t.
    forms = passages._forms_table("en")
    assert forms.table and all(fold(word)[:1] in "gbt" for word in forms.table)
    assert "Negotiators" not in forms.table
    word = next(iter(forms.table))
    assert forms.table[word].split(passages._JOIN) == \
        [fold(word), *stem.function(word.lower())]
    assert not gc.is_tracked(forms.table)
    known = len(forms.table)
    stem.kept.clear()
    indexer.search("sirens OR shipping OR chip", index=ix)
    assert len(forms.table) > known and "sounded" in forms.table  # the Kyiv story's
    assert not gc.is_tracked(forms.table)
    assert "sirens" in stem.kept and "sounded" not in stem.kept  # query words alone
