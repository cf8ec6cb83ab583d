"""The fast write path (issue 6): analyser, codec-level segments, workers, memory bound, merges.

Each fast part is checked against the slow thing it replaces: the analyser against Whoosh's
filter chain, a built segment against Whoosh's own writer, the worker pool against the
in-process path.
"""
from __future__ import annotations

import json
import os
import random
import shutil

import pytest
from whoosh import index as whoosh_index
from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer

import indexer
from indexer import versions
from indexer.index import BuildPlan, merge, merge_read, segments, story_document, w3, words
from indexer.index import commit as wire_commit
from indexer.index import handle as wire_handle
from indexer.index import manifest as wire_manifest
from indexer.index import plan as wire_plan
from indexer.index import worker as wire_worker
from indexer.index.segments import SegmentBuilder, move_segment
from indexer.index.w3 import BLOCK_LIMIT
from indexer.schema import _JOIN, FOLD, FOLD_MAP, NAME_FOLD, WORD_PATTERN, WireSchema

from conftest import corpus_stories, write_story
from search_cli import cli

#: The analysis before issue 6, kept here as the reference the fast analyser must equal.
REFERENCE = RegexTokenizer(WORD_PATTERN) | LowercaseFilter() | CharsetFilter(FOLD_MAP)

# (text, why)
TEXTS = [
    ("Préoccupé par la CORÉE du Nord", "accents and capitals"),
    ("Die Straße, STRASSE und Strasse", "ß spelled out; one word three ways"),
    ("U.S. officials met in Washington, D.C.", "inner dots kept"),
    ("Hye-jin Yoon l'Ukraine d’Europe", "hyphens and apostrophes split"),
    ("re\u0301sume\u0301 e\u0301te\u0301", "decomposed accents split words, as before"),
    ("ΟΔΟΣ Σίσυφος", "Greek final sigma lowercases by context"),
    ("İstanbul ŞİŞLİ", "dotted capital I lowercases to two characters"),
    ("cœur Æsir þing ÅLAND", "ligatures and letters spelled out"),
    ("2023-11-09 10:16 GMT+9, 4.5% and 1,000", "numbers"),
    ("", "empty"),
    ("   ...  —  ", "no words"),
]


@pytest.mark.parametrize("text, why", TEXTS, ids=[row[1] for row in TEXTS])
def test_fast_analysis_equals_the_reference_chain(text, why):
    expected = [(t.text, t.pos, t.startchar, t.endchar)
                for t in REFERENCE(text, positions=True, chars=True)]
    assert [(t.text, t.pos, t.startchar, t.endchar)
            for t in FOLD(text, positions=True, chars=True)] == expected, why
    assert FOLD.words(text) == [row[0] for row in expected], why
    terms: dict = {}
    for word, pos, _, _ in expected:
        terms.setdefault(word, []).append(pos)
    assert FOLD.terms(text) == terms, why


def test_no_duplicate_texts():
    assert len({row[0] for row in TEXTS}) == len(TEXTS)


def test_folding_leaves_lowercase_ascii_and_the_separator_alone():
    # terms() skips translate() on ASCII text and joins words with _JOIN.
    assert all(chr(c).lower().translate(FOLD_MAP) == chr(c).lower() for c in range(128))
    assert _JOIN not in "".join(v for v in FOLD_MAP.values() if v)


def test_name_list_positions_equal_the_token_stream():
    names = "Hye-jin Yoon\nDo-yeon Han\n\nJörg Müller"
    stream: dict = {}
    for t in NAME_FOLD(names, positions=True):
        stream.setdefault(t.text, []).append(t.pos)
    assert NAME_FOLD.terms(names) == stream


def test_stem_hook_applies_to_index_and_query_alike():
    from indexer.schema import FoldAnalyzer
    stemmed = FoldAnalyzer(stem=lambda w: w[:4])
    assert stemmed.terms("Préoccupations préoccupé") == {"preo": [0, 1]}
    assert [t.text for t in stemmed("Préoccupations")] == ["preo"]


def _postings(reader):
    """Every posting as Whoosh reads it: positions decoded (wire pickles a list of small
    deltas as bytes, Whoosh as a list of ints: different bytes, the same positions),
    other values as stored."""
    out = {}
    for fieldname in sorted(reader.schema.names()):
        if not reader.schema[fieldname].indexed:
            continue
        positions = reader.schema[fieldname].format.supports("positions")
        for term in reader.lexicon(fieldname):
            m = reader.postings(fieldname, term)
            rows = []
            while m.is_active():
                rows.append((m.id(), m.weight(), m.value_as("frequency"),
                             m.value_as("positions") if positions else m.value()))
                m.next()
            info = reader.term_info(fieldname, term)
            out[fieldname, term] = (rows, info.weight(), info.doc_frequency(),
                                    info.min_length(), info.max_length(), info.max_weight())
    return out


@pytest.mark.parametrize("chunk", [None, 5])
def test_built_segment_equals_whoosh_writers_segment(tmp_path, monkeypatch, chunk):
    """``chunk``: the big fields' postings encoded a few at a time (CHUNK_POSTINGS)."""
    if chunk:
        monkeypatch.setattr(words, "CHUNK_POSTINGS", chunk)
    stories = corpus_stories() * 1
    docs = [story_document(s, f"/archive/{s.id}.txt") for s in stories]
    a, b = _stock_and_built(tmp_path, docs)
    assert _postings(b) == _postings(a)
    assert list(b.all_stored_fields()) == list(a.all_stored_fields())
    for name in ("title", "body", "reporters", "cities"):
        assert b.field_length(name) == a.field_length(name)
        assert [b.doc_field_length(d, name) for d in range(len(docs))] == \
               [a.doc_field_length(d, name) for d in range(len(docs))]


@pytest.mark.parametrize("bodies, why", [
    (["Die Straße, STRASSE und Strasse", "strasse Straße"], "three spellings, one term"),
    (["L'ONU s'est dite préoccupée par l'escalade", "Préoccupations et préoccupée"],
     "elisions; a word with two stems"),
    (["the of and to", "The THE the"], "stop words alone: no stem terms"),
    (["alpha " * 300 + "beta", "beta alpha"], "300 positions: a long bytes value"),
    (["gamma " + "x " * 300 + "gamma " + "y " * 70_000 + "gamma"],
     "deltas of 256 and more, and of 65,536 and more"),
    (["", "word"], "an empty body"),
    (["ΟΔΟΣ Σίσυφος İstanbul ŞİŞLİ", "οδος Istanbul"], "final sigma; a capital I with a dot"),
    ([("ΟΔΟΣ'ΑΘΗΝΑ ΟΔΟΣ.ΑΘΗΝΑ", "el"), ("Straße İZMİR Ärger", "de")],
     "lowercasing by context in the stemmed copy"),
    (["U.S. Officials SAID the Talks ended.\nThe U.S. said so", "officials said"],
     "ASCII copy: words split as written, stems from the body's words"),
    ([("Jusqu'ici l'ONU a dit", "fr"), ("Viaggio d'Italia, quell'uomo", "it")],
     "ASCII copy in languages with elisions (not all of them stop words)"),
    ([("Sanctions hurt exporters", "en"), ("Sanctions hurt exporters", "fr"),
      ("Sanctions Exporters", "de")],
     "one spelling, three languages: the fields share one lexicon, the stems are per language"),
    ([" ".join(f"w{i}" for i in range(3000)), "w2999 w5 W5"],
     "more words than a field's map of the lexicon first holds"),
])
def test_built_segment_equals_whoosh_writers_segment_for_edge_words(tmp_path, monkeypatch,
                                                                    bodies, why):
    """The word-number path (words._Words, blocks.py) on words that fold or stem
    together, stop words, very long and very wide position lists; two postings encoded
    at a time."""
    monkeypatch.setattr(words, "CHUNK_POSTINGS", 2)
    bodies = [body if isinstance(body, tuple) else (body, "fr" if "é" in body else "en")
              for body in bodies]
    docs = [story_document(indexer.Story(id=f"s{n}", title=f"Title {n}", body=body,
                                         language=language), None)
            for n, (body, language) in enumerate(bodies)]
    a, b = _stock_and_built(tmp_path, docs)
    assert _postings(b) == _postings(a), why
    for name in ("body", "text_stem"):
        assert [b.doc_field_length(d, name) for d in range(len(docs))] == \
               [a.doc_field_length(d, name) for d in range(len(docs))], why


def _stock_and_built(tmp_path, docs):
    """Readers of the same documents written by Whoosh's writer and by SegmentBuilder."""
    stock = str(tmp_path / "stock")
    os.makedirs(stock)
    writer = whoosh_index.create_in(stock, WireSchema()).writer()
    for doc in docs:
        writer.add_document(**doc)
    writer.commit()
    built = str(tmp_path / "built")
    os.makedirs(built)
    ix = whoosh_index.create_in(built, WireSchema())
    builder = SegmentBuilder(WireSchema(), str(tmp_path / "build"))
    for doc in docs:
        builder.add(doc)
    segment = builder.finish()
    move_segment(segment, str(tmp_path / "build"), built)
    ix.writer().commit(mergetype=lambda writer, segments: list(segments) + [segment])
    return whoosh_index.open_dir(stock).reader(), whoosh_index.open_dir(built).reader()


def test_a_long_posting_list_spans_blocks(tmp_path):
    """More than one block per word (w3.BLOCK_LIMIT postings each): block
    boundaries, a short last block and its marker."""
    count = 2 * BLOCK_LIMIT + BLOCK_LIMIT // 3
    builder = SegmentBuilder(WireSchema(), str(tmp_path / "build"))
    for n in range(count):
        builder.add(story_document(indexer.Story(id=f"s{n}", title=f"common word {n}",
                                                 body="alpha beta " * (n % 5 + 1)), None))
    segment = builder.finish()
    os.makedirs(tmp_path / "ix")
    ix = whoosh_index.create_in(str(tmp_path / "ix"), WireSchema())
    move_segment(segment, str(tmp_path / "build"), str(tmp_path / "ix"))
    ix.writer().commit(mergetype=lambda writer, segments: list(segments) + [segment])
    with whoosh_index.open_dir(str(tmp_path / "ix")).searcher() as s:
        m = s.reader().postings("body", "beta")
        assert [m.value_as("frequency") for _ in [0]] == [1]
        assert list(s.reader().postings("title", "common").all_ids()) == list(range(count))
        assert indexer.search('"beta alpha"', index=str(tmp_path / "ix"))["total"] == \
            sum(1 for n in range(count) if n % 5)


def test_a_common_words_positions_are_stored_raw_and_read_alike(tmp_path):
    """A word in at least w3.RAW_LIST_SHARE of the stories (and RAW_LIST_MIN of
    them) keeps its position blocks uncompressed; a rarer word's large blocks are
    compressed; Whoosh reads both as it reads its own writer's, and phrases match."""
    count = w3.RAW_LIST_MIN + 200
    docs = [story_document(indexer.Story(
        id=f"s{n}", title=f"Story {n}",
        body="alpha beta " * (n % 7 + 3) + ("gamma delta " * 40 if n % 10 == 0 else ""),
        language="en"), None) for n in range(count)]
    stock, built = _stock_and_built(tmp_path, docs)
    assert _postings(built) == _postings(stock)

    def compressed(word):  # each block's compression, as Whoosh's matcher reads it
        m, flags = built.postings("body", word), []
        while True:
            flags.append(1 if m._compression else 0)
            if m._lastblock:
                return flags
            m._next_block()

    assert compressed("alpha") == [0, 0]          # in every story: two raw blocks
    assert compressed("gamma") == [1]             # in a tenth: its large block squeezed
    ix = str(tmp_path / "built")
    assert indexer.search('"beta alpha"', index=ix, limit=None)["total"] == count
    assert indexer.search('"delta gamma"', index=ix, limit=None)["total"] == count // 10 + 1


@pytest.mark.parametrize("long", [1 << 16, 2])
def test_a_merge_keeps_a_common_words_positions_raw(tmp_path, monkeypatch, long):
    """Merged segments keep the build's layout: a word in at least RAW_LIST_SHARE of
    the stories has raw position blocks, a rarer word's large block is compressed, on
    both of the merge's paths (``long``: lists longer than that encoded block by block,
    MERGE_LONG_LIST, as a common word's list of a large archive is). Phrases match."""
    monkeypatch.setattr(w3, "RAW_LIST_MIN", 4)
    monkeypatch.setattr(w3, "MIN_COMPRESS_BYTES", 64)
    monkeypatch.setattr(merge, "MERGE_LONG_LIST", long)
    index = str(tmp_path / "ix")
    for part in range(2):
        folder = tmp_path / f"part{part}"
        for n in range(20):
            write_story(folder, f"s{n}.txt", f"Story {part} {n}",
                        body="alpha beta " * (n % 7 + 3)
                        + ("gamma delta " * 40 if n % 10 == 0 else ""))
        monkeypatch.setattr(wire_commit, "MAX_SEGMENTS", 99 if part == 0 else 1)
        monkeypatch.setattr(wire_commit, "SEGMENT_SLACK", 0)  # the cap exact
        indexer.index_paths([str(folder)], index=index)
    ix = whoosh_index.open_dir(index)
    assert len(ix._segments()) == 1
    with ix.reader() as reader:
        def compressed(word):  # each block's compression, as Whoosh's matcher reads it
            m, flags = reader.postings("body", word), []
            while type(m).__name__ != "W3LeafMatcher":
                m = m.child
            while True:
                flags.append(1 if m._compression else 0)
                if m._lastblock:
                    return flags
                m._next_block()

        assert compressed("alpha") == [0]   # in every story: raw
        assert compressed("gamma") == [1]   # in a tenth: its large block squeezed
    assert indexer.search('"beta alpha"', index=index, limit=None)["total"] == 40
    assert indexer.search('"delta gamma"', index=index, limit=None)["total"] == 4


def _folder(tmp_path, count):
    folder = tmp_path / "stories"
    for n in range(count):
        write_story(folder, f"{n // 10}/s{n}.txt", f"Story number {n} about topic{n % 7}",
                    city=["SEOUL", "PARIS", "BERLIN"][n % 3],
                    body=f"Body of story {n} mentions topic{n % 7} and word{n % 11}.")
    return folder


def _snapshot(index):
    ix = indexer.open_index(index)
    with ix.searcher() as s:
        stored = sorted((f["record"]["id"], f["record"]["title"], f.get("file"), f.get("body"))
                        for f in s.all_stored_fields())
    queries = ["topic3", '"story number 12"', "city:paris word4", "date:2023-11", "-topic1 story"]
    return stored, {q: sorted(h["id"] for h in indexer.search(q, index=index, limit=None)["hits"])
                    for q in queries}


@pytest.fixture
def small_batches(monkeypatch):
    """Workers and several batches even for a few dozen small files."""
    monkeypatch.setattr(wire_plan, "POOL_MIN_FILES", 2)
    monkeypatch.setattr(wire_plan, "MIN_BATCH_BYTES", 1500)


def test_parallel_build_gives_the_same_index_as_serial(tmp_path, small_batches):
    folder = _folder(tmp_path, 60)
    serial = indexer.index_paths([str(folder)], index=str(tmp_path / "serial"), workers=1)
    parallel = indexer.index_paths([str(folder)], index=str(tmp_path / "parallel"), workers=2)
    assert serial.added == parallel.added == 60
    assert _snapshot(str(tmp_path / "parallel")) == _snapshot(str(tmp_path / "serial"))
    assert not os.path.exists(tmp_path / "parallel" / wire_commit.BUILD_DIR)


def _feed_files(folder, files: int, per_file: int) -> None:
    """``files`` JSON Lines feeds of ``per_file`` stories each, as a day's dump would be."""
    folder.mkdir()
    rng = random.Random(files * per_file)
    for f in range(files):
        with open(folder / f"day-{f}.jsonl", "w", encoding="utf-8") as out:
            for n in range(per_file):
                out.write(json.dumps({
                    "headline": f"Feed {f} story {n} on topic{n % 5}",
                    "datePublished": f"2023-11-{1 + n % 28:02d}T08:00:00Z",
                    "body": f"PARIS (AFP) - Story {n} of feed {f} reports on topic{n % 5}. "
                            + " ".join(f"w{rng.randrange(500)}" for _ in range(60))})
                          + "\n")


def test_a_few_large_feed_files_are_built_by_the_workers(tmp_path, monkeypatch):
    """Three feed files are too few files for the workers by count, but hold as many
    bytes as hundreds of single stories: the workers build them (two even batches, so
    two segments), the same index as one process builds; under POOL_MIN_BYTES, one."""
    monkeypatch.setattr(wire_plan, "MIN_BATCH_BYTES", 1000)
    folder = tmp_path / "feeds"
    _feed_files(folder, 3, 40)
    files = [(str(p), str(p), os.stat(p), None) for p in sorted(folder.glob("*.jsonl"))]
    total = sum(f[2].st_size for f in files)
    assert len(files) < wire_plan.POOL_MIN_FILES
    monkeypatch.setattr(wire_plan, "POOL_MIN_BYTES", total + 1)
    assert not BuildPlan.make(None, 2).parallel(files)
    serial = indexer.index_paths([str(folder)], index=str(tmp_path / "serial"), workers=2)
    monkeypatch.setattr(wire_plan, "POOL_MIN_BYTES", total)
    assert BuildPlan.make(None, 2).parallel(files)
    assert not BuildPlan.make(None, 1).parallel(files)
    assert not BuildPlan.make(None, 2).parallel(files[:1])
    parallel = indexer.index_paths([str(folder)], index=str(tmp_path / "parallel"), workers=2)
    assert serial.added == parallel.added == 120
    assert len(whoosh_index.open_dir(str(tmp_path / "serial"))._segments()) == 1
    assert len(whoosh_index.open_dir(str(tmp_path / "parallel"))._segments()) == 2
    assert _snapshot(str(tmp_path / "parallel")) == _snapshot(str(tmp_path / "serial"))
    assert indexer.search("topic3", index=str(tmp_path / "parallel"), limit=None)["total"] == 24


def test_a_feed_larger_than_a_batch_is_built_into_several_segments(tmp_path, monkeypatch):
    """One feed file holding more text than the memory option gives a batch: its stories
    are built into several segments (none over the batch's size), committed together,
    and the index is the one a single segment gives."""
    folder = tmp_path / "feeds"
    _feed_files(folder, 1, 60)
    whole = indexer.index_paths([str(folder)], index=str(tmp_path / "whole"), workers=1)
    monkeypatch.setattr(wire_plan, "MIN_BATCH_BYTES", 8000)
    split = indexer.index_paths([str(folder)], index=str(tmp_path / "split"), workers=1,
                                memory_mb=64)
    assert whole.added == split.added == 60 and split.failed == 0
    assert len(whoosh_index.open_dir(str(tmp_path / "whole"))._segments()) == 1
    segs = whoosh_index.open_dir(str(tmp_path / "split"))._segments()
    assert 3 <= len(segs) <= wire_commit.MAX_SEGMENTS
    assert sum(seg.doc_count() for seg in segs) == 60
    assert _snapshot(str(tmp_path / "split")) == _snapshot(str(tmp_path / "whole"))
    assert indexer.search("topic2", index=str(tmp_path / "split"), limit=None)["total"] == 12
    assert not os.path.exists(tmp_path / "split" / wire_commit.BUILD_DIR)
    again = indexer.index_paths([str(folder)], index=str(tmp_path / "split"), workers=1,
                                memory_mb=64)
    assert (again.added, again.unchanged) == (0, 60)


def test_very_many_very_short_stories_are_split_by_their_count(tmp_path, monkeypatch):
    """A story costs a segment more than its text (STORY_OVERHEAD_CHARS): a feed of
    one-line briefs whose text alone fits a batch is still built into several segments."""
    monkeypatch.setattr(wire_plan, "MIN_BATCH_BYTES", 8000)
    folder = tmp_path / "briefs"
    folder.mkdir()
    with open(folder / "briefs.jsonl", "w", encoding="utf-8") as out:
        for n in range(60):
            out.write(json.dumps({"headline": f"Brief {n}", "body": f"Quote{n} moved."}) + "\n")
    text = 60 * len("Brief 00Quote00 moved.")
    assert text < 8000 * wire_worker.SEGMENT_ALLOWANCE
    summary = indexer.index_paths([str(folder)], index=str(tmp_path / "ix"), workers=1,
                                  memory_mb=64)
    assert summary.added == 60
    segs = whoosh_index.open_dir(str(tmp_path / "ix"))._segments()
    weight = 8000 * wire_worker.SEGMENT_ALLOWANCE / (wire_worker.STORY_OVERHEAD_CHARS + 22)
    assert len(segs) == -(-60 // int(weight))
    assert indexer.search("quote7", index=str(tmp_path / "ix"))["total"] == 1


@pytest.fixture
def split_files(monkeypatch):
    """Files of a few KB are worth the workers and split into parts (a run's only file)."""
    monkeypatch.setattr(wire_plan, "POOL_MIN_BYTES", 1000)
    monkeypatch.setattr(wire_plan, "SPLIT_MIN_BYTES", 1000)


def _both(folder, tmp_path, name="ix"):
    """The same run by one process and by two workers: their summaries."""
    return [indexer.index_paths([str(folder)], index=str(tmp_path / f"{name}-{workers}"),
                                workers=workers) for workers in (1, 2)]


def test_one_large_feed_is_built_in_parts_by_the_workers(tmp_path, split_files):
    """A run's one large feed is built by both workers, each a part of its stories: the
    index is the one a single process builds, a bad line is reported once, a re-run
    reads nothing, and a changed feed replaces its stories the same way."""
    folder = tmp_path / "feeds"
    _feed_files(folder, 1, 60)
    feed = folder / "day-0.jsonl"
    lines = feed.read_text().splitlines(keepends=True)
    feed.write_text("".join(lines[:30] + ["{not json\n"] + lines[30:]))
    todo = [(str(feed), str(feed), os.stat(feed), None)]
    plan = BuildPlan.make(None, 2)
    assert plan.parallel(todo)
    items = plan.split(todo)
    assert [wire_plan._part(item) for item in items] == [(0, 2), (1, 2)]
    assert [len(b) for b in plan.batches(items)] == [1, 1]  # never both parts in one
    assert not BuildPlan.make(None, 1).parallel(todo)

    calls = []
    serial = indexer.index_paths([str(folder)], index=str(tmp_path / "ix-1"), workers=1)
    parallel = indexer.index_paths([str(folder)], index=str(tmp_path / "ix-2"), workers=2,
                                   progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 1)]  # progress counts files: a split one when its last part is in
    assert serial.added == parallel.added == 60
    assert serial.errors == parallel.errors == [(f"{feed}#31", serial.errors[0][1])]
    assert len(whoosh_index.open_dir(str(tmp_path / "ix-1"))._segments()) == 1
    assert len(whoosh_index.open_dir(str(tmp_path / "ix-2"))._segments()) == 2
    assert _snapshot(str(tmp_path / "ix-2")) == _snapshot(str(tmp_path / "ix-1"))
    again = indexer.index_paths([str(folder)], index=str(tmp_path / "ix-2"), workers=2)
    assert (again.added, again.unchanged) == (0, 60)

    # 15 stories fewer, one changed, 5 new: deleted and replaced as one process does
    lines = feed.read_text().splitlines(keepends=True)
    lines[3] = lines[3].replace("reports on", "now says nothing of")
    extra = [json.dumps({"headline": f"Late story {n}", "body": f"LONDON (Reuters) - "
                         f"Late word{n} arrives."}) + "\n" for n in range(5)]
    feed.write_text("".join(lines[:46] + extra))
    serial, parallel = [indexer.index_paths([str(folder)], index=str(tmp_path / f"ix-{w}"),
                                            workers=w) for w in (1, 2)]
    assert (parallel.added, parallel.updated, parallel.removed, parallel.failed) == \
        (serial.added, serial.updated, serial.removed, serial.failed) == (0, 50, 10, 1)
    assert _snapshot(str(tmp_path / "ix-2")) == _snapshot(str(tmp_path / "ix-1"))
    assert indexer.search('"now says nothing"', index=str(tmp_path / "ix-2"))["total"] == 1
    assert indexer.search("word3", index=str(tmp_path / "ix-2"))["total"] == 1


def test_a_file_is_split_by_what_it_holds_and_only_where_its_reading_fits(tmp_path,
                                                                          split_files):
    """Each worker building a part reads the whole file: a part weighs its share of what
    the file holds (a zip's members, not its compressed bytes) plus that reading, and a
    file whose reading would take more than half a batch is left whole."""
    import gzip
    import zipfile
    from indexer.formats.archive import content_bytes
    text = "".join(f"Line {n} of a long story about w{n % 97}.\n" for n in range(60000))
    plain, gz, zipped = tmp_path / "a.txt", tmp_path / "a.txt.gz", tmp_path / "a.zip"
    plain.write_text(text)
    gz.write_bytes(gzip.compress(text.encode()))
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("one.txt", text)
        zf.writestr("two.txt", text)
    size = len(text.encode())
    assert content_bytes(str(plain), size) == size
    assert content_bytes(str(gz), os.path.getsize(gz)) == size
    assert content_bytes(str(zipped), os.path.getsize(zipped)) == 2 * size
    assert os.path.getsize(zipped) < size // 4

    plan = BuildPlan(batch_bytes=16 * size, workers=2)
    zip_item = (str(zipped), "k", os.stat(zipped), None)
    items = plan.split([zip_item])
    assert [wire_plan._part(i) for i in items] == [(0, 2), (1, 2)]
    share = 2 * size // 2 + 2 * size * wire_plan.READ_BYTES_PER_FILE_BYTE \
        // wire_plan.MEMORY_PER_SOURCE_BYTE
    assert [wire_plan._bytes(i) for i in items] == [share, share]
    # smaller batches: more parts, each fitting beside the reading; then none at all
    # when the reading takes more than half a batch (3 / 8 of the 2 * size it holds)
    assert len(BuildPlan(batch_bytes=size * 8 // 5, workers=2).split([zip_item])) == 4
    assert BuildPlan(batch_bytes=size, workers=2).split([zip_item]) == [zip_item]


def test_a_split_archive_keeps_the_last_story_of_an_id(tmp_path, split_files):
    """A zip may hold one member name twice: whichever part each copy falls in, the index
    keeps the later one, as a single process does."""
    import warnings
    import zipfile
    folder = tmp_path / "zips"
    folder.mkdir()
    rng = random.Random(5)
    with warnings.catch_warnings(), zipfile.ZipFile(folder / "week.zip", "w") as zf:
        warnings.simplefilter("ignore")  # "Duplicate name": the point of the test
        for n, name in enumerate(["a.txt", "b.txt", "a.txt", "c.txt", "d.txt"]):
            words = " ".join(f"w{rng.randrange(300)}" for _ in range(200))
            zf.writestr(name, f"Member {name} copy {n}\n\nBERLIN (dpa) - Copy{n} {words}.")
    serial, parallel = _both(folder, tmp_path)
    assert serial.added == parallel.added == 4
    assert _snapshot(str(tmp_path / "ix-2")) == _snapshot(str(tmp_path / "ix-1"))
    for index in ("ix-1", "ix-2"):
        titles = [h["title"] for h in indexer.search("member", index=str(tmp_path / index),
                                                     limit=None)["hits"]]
        assert sorted(titles) == ["Member a.txt copy 2", "Member b.txt copy 1",
                                  "Member c.txt copy 3", "Member d.txt copy 4"]


def test_a_split_file_that_fails_fails_whole(tmp_path, split_files):
    """A large feed that turns into one no line of which reads: the parts' problems make
    the one process' message, and its old stories leave the index."""
    folder = tmp_path / "feeds"
    _feed_files(folder, 1, 40)
    feed = folder / "day-0.jsonl"
    _both(folder, tmp_path)
    feed.write_text("".join(f"{{broken line {n}\n" for n in range(400)))
    serial, parallel = _both(folder, tmp_path)
    assert serial.errors == parallel.errors
    assert len(parallel.errors) == 1 and parallel.errors[0][0] == str(feed)
    assert (parallel.removed, parallel.failed) == (serial.removed, serial.failed) == (40, 1)
    for index in ("ix-1", "ix-2"):
        assert indexer.open_index(str(tmp_path / index)).doc_count() == 0
    feed.write_text("")  # empty: part 0 reports it, part 1 has nothing to say
    serial, parallel = _both(folder, tmp_path, "empty")
    assert serial.errors == parallel.errors and parallel.errors[0][1] == "empty file"
    feed.write_text("{" + "x" * 2000 + "\n")  # one line, broken: named as one process names it
    serial, parallel = _both(folder, tmp_path, "one")
    assert serial.errors == parallel.errors and len(parallel.errors) == 1
    assert "not valid JSON" in parallel.errors[0][1]


def test_split_outcomes_merge_into_the_files(tmp_path):
    """The parts' outcomes -> the file's: a part that failed or read other bytes than
    the others (the file changed meanwhile) fails the file."""
    def merged(p):
        return wire_handle._SplitFiles.merged(p, "f")

    def parts(*outcomes):
        p = {"kinds": set(), "digests": set(), "ids": [], "problems": [], "reason": None}
        for o in outcomes:
            p["kinds"].add(o[0])
            if o[0] == "failed":
                p["reason"] = p["reason"] or o[1]
            else:
                p["digests"].add(o[1])
            if o[0] == "part":
                p["ids"] += o[2]
                p["problems"] += o[3]
        return p
    ok = ("part", "d1", ["a"], []), ("part", "d1", ["b"], [("f#3", "bad line")])
    assert merged(parts(*ok)) == ("parsed", "d1", ["a", "b"], [("f#3", "bad line")])
    assert merged(parts(ok[0], ("part", "d2", ["b"], []))) == \
        ("failed", "changed while it was being read")
    assert merged(parts(ok[0], ("same", "d1"))) == ("failed", "changed while it was being read")
    assert merged(parts(("same", "d1"), ("same", "d1"))) == ("same", "d1")
    assert merged(parts(ok[0], ("failed", "Permission denied"))) == ("failed", "Permission denied")
    assert merged(parts(("part", "d1", [], []), ("part", "d1", [], []))) == \
        ("failed", "no story found")


def test_a_files_stories_are_built_a_group_at_a_time(tmp_path, monkeypatch):
    """A file's documents are read whole, but its stories (some five times the text)
    are built GROUP_STORIES at a time and let go of once added: never the whole feed's
    alive at once, and the same index as one group."""
    import gc
    folder = tmp_path / "feeds"
    _feed_files(folder, 1, 120)
    whole = indexer.index_paths([str(folder)], index=str(tmp_path / "whole"), workers=1)
    monkeypatch.setattr(wire_worker, "GROUP_STORIES", 10)
    alive = []
    add = wire_worker._Segments.add

    def counting(self, story, doc):
        if len(alive) < 12 or story.id.endswith("0"):
            alive.append(sum(1 for o in gc.get_objects() if type(o) is indexer.Story))
        return add(self, story, doc)
    monkeypatch.setattr(wire_worker._Segments, "add", counting)
    small = indexer.index_paths([str(folder)], index=str(tmp_path / "small"), workers=1)
    assert whole.added == small.added == 120
    assert max(alive) <= 2 * 10 + 2 and len(alive) > 12
    assert _snapshot(str(tmp_path / "small")) == _snapshot(str(tmp_path / "whole"))


def test_version_groups_in_groups_of_stories_give_the_same_index(tmp_path, monkeypatch):
    """A batch parses and groups its files GROUP_STORIES stories at a time (feed files of
    many stories make small groups): groups of a few stories, cut inside and between
    files, give the index and the version groups one group gives."""
    folder = tmp_path / "feeds"
    _feed_files(folder, 3, 40)
    shutil.copy(folder / "day-0.jsonl", folder / "day-0-again.jsonl")  # versions to group
    whole = indexer.index_paths([str(folder)], index=str(tmp_path / "whole"), workers=1)
    monkeypatch.setattr(wire_worker, "GROUP_STORIES", 7)
    small = indexer.index_paths([str(folder)], index=str(tmp_path / "small"), workers=1)
    assert whole.added == small.added == 160
    assert _snapshot(str(tmp_path / "small")) == _snapshot(str(tmp_path / "whole"))

    def groups(index):
        with indexer.open_index(index).searcher() as s:
            return sorted((f["record"]["id"], f.get("version")) for f in s.all_stored_fields())
    found = groups(str(tmp_path / "whole"))
    assert found == groups(str(tmp_path / "small"))
    assert sum(1 for _, version in found if version) >= 40  # the copies joined a group


def test_memory_option_bounds_the_workers(tmp_path):
    """A worker costs WORKER_FLOOR_MB before its batch: a run gets no more workers than
    its memory holds, and one process (no pool) under two workers' worth."""
    assert [BuildPlan.make(mb, 2).workers for mb in (256, 512, 640, 1024, 4096)] == \
        [1, 1, 2, 2, 2]
    assert BuildPlan.make(None, 8).workers == (1024 - wire_plan.MAIN_BASE_MB) \
        // wire_plan.WORKER_FLOOR_MB == 3
    assert BuildPlan.make(4096, 8).workers == 8
    folder = _folder(tmp_path, 30)
    files = [(str(p), str(p), os.stat(p), None) for p in sorted(folder.rglob("*.txt"))]
    assert not BuildPlan.make(512, 2).parallel(files * 20)
    assert BuildPlan.make(1024, 2).parallel(files * 20)


def test_memory_option_has_a_floor_on_the_command_line(runner, tmp_path):
    result = runner.invoke(cli, ["index", "--memory-mb", "128", "--index", str(tmp_path / "ix"),
                                 str(tmp_path)])
    assert result.exit_code == 2
    assert "--memory-mb" in result.output and ">=256" in result.output


def test_memory_option_bounds_the_batch(tmp_path, small_batches):
    small, large = BuildPlan.make(256, 2), BuildPlan.make(4096, 2)
    assert small.batch_bytes < large.batch_bytes
    assert BuildPlan.make(64, 2).batch_bytes == wire_plan.MIN_BATCH_BYTES
    # The main process's list of files comes out of the batches once it outgrows its share.
    few, many = BuildPlan.make(1536, 2), BuildPlan.make(1536, 2)
    few.hold_files(10_000)
    many.hold_files(1_000_000)
    assert few.batch_bytes == BuildPlan.make(1536, 2).batch_bytes
    assert few.workers == many.workers == 2
    main_mb = wire_plan.MAIN_BASE_MB + 1_000_000 * wire_plan.MAIN_BYTES_PER_FILE / 2 ** 20
    taken = (main_mb - wire_plan.PROCESS_OVERHEAD_MB) * 2 ** 20 / wire_plan.MEMORY_PER_SOURCE_BYTE
    assert abs((few.batch_bytes - many.batch_bytes) * 2 - taken) < 2
    folder = _folder(tmp_path, 40)
    files = [(str(p), str(p), os.stat(p), None) for p in sorted(folder.rglob("*.txt"))]
    batches = BuildPlan(3000, 1).batches(files)
    assert len(batches) > 1
    assert all(sum(f[2].st_size for f in b) <= 3000 or len(b) == 1 for b in batches)
    # A run with a small memory option writes several segments and loses nothing.
    index = str(tmp_path / "index")
    assert indexer.index_paths([str(folder)], index=index, memory_mb=64, workers=1).added == 40
    ix = whoosh_index.open_dir(index)
    assert len(ix._segments()) > 1
    assert ix.doc_count() == 40


def _uneven_files(folder, count: int, fewest: int, most: int, seed: int) -> list:
    """``count`` stories of ``fewest`` to ``most`` words in ``folder``, as the build plan
    gets them: (path, key, stat, old hash)."""
    rng = random.Random(seed)
    folder.mkdir()
    for n in range(count):
        (folder / f"{n:04d}.txt").write_text("Title\n\n" + "word " * rng.randrange(fewest, most))
    return [(str(p), str(p), os.stat(p), None) for p in sorted(folder.glob("*.txt"))]


def test_the_runs_files_kept_as_columns_read_back_as_items(tmp_path):
    """_Files keeps a run's files as columns and gives back the items the plan was
    given: a key other than the path, a changed file's manifest row, an mtime before
    1970; the plan's batches are runs of those items, and a plan that splits nothing
    keeps the columns (no item is made for the whole run at once)."""
    files = _uneven_files(tmp_path / "cols", 30, 20, 300, 11)
    row = wire_manifest._Entry.__new__(wire_manifest._Entry)
    items = [(f, f if n % 3 else f"key-{n}", wire_manifest._Stat(st.st_size, st.st_mtime_ns - 10 ** 19
                                                             if n == 4 else st.st_mtime_ns),
              row if n % 5 == 0 else None) for n, (f, _, st, _) in enumerate(files)]
    todo = wire_manifest._Files()
    for item in items:
        todo.append(*item)
    assert list(todo) == items and todo[3:7] == items[3:7] and todo[-1] == items[-1]
    assert todo[4][2].st_mtime_ns < 0 and todo[1][1] is todo[1][0]
    plan = BuildPlan(sum(f[2].st_size for f in items) // 4, 2)
    assert plan.split(todo) is todo
    batches = plan.batches(todo)
    assert len(batches) > 1 and [f for b in batches for f in b] == items
    assert [b[0] for b in batches] == [items[sum(map(len, batches[:n]))] for n in range(len(batches))]
    todo.clear()
    assert len(todo) == 0 and list(todo) == []


def test_a_run_smaller_than_memory_makes_one_batch_per_worker(tmp_path):
    """Files of uneven sizes, far fewer bytes than a batch holds: two workers get two
    batches of about half each, and no third batch is left with the last file."""
    files = _uneven_files(tmp_path / "uneven", wire_plan.POOL_MIN_FILES + 37, 500, 2500, 9)
    total = sum(f[2].st_size for f in files)
    plan = BuildPlan.make(4096, 2)
    assert 2 * wire_plan.MIN_BATCH_BYTES < total < plan.batch_bytes / 4
    batches = plan.batches(files)
    assert len(batches) == 2
    assert [f for b in batches for f in b] == files
    assert all(abs(sum(f[2].st_size for f in b) - total / 2) <= max(f[2].st_size for f in files)
               for b in batches)


def test_a_run_of_many_batches_gives_each_worker_as_many(tmp_path, monkeypatch):
    """More files than one batch per worker holds: even batches, as many for each worker
    (a multiple of the workers), none over the memory's batch size."""
    monkeypatch.setattr(wire_plan, "MIN_BATCH_BYTES", 1000)
    files = _uneven_files(tmp_path / "many", wire_plan.POOL_MIN_FILES + 90, 20, 300, 10)
    total = sum(f[2].st_size for f in files)
    largest = max(f[2].st_size for f in files)
    for workers, batch_bytes in ((2, total // 7), (2, total // 2 + largest), (3, total // 5)):
        batches = BuildPlan(batch_bytes, workers).batches(files)
        assert [f for b in batches for f in b] == files
        assert len(batches) % workers == 0, (workers, batch_bytes, len(batches))
        sizes = [sum(f[2].st_size for f in b) for b in batches]
        assert max(sizes) <= batch_bytes
        assert max(sizes) - min(sizes) <= len(batches) * largest, sizes


def _simulate_runs(choose, runs: int, added: tuple = (500, 500)) -> tuple[list, list]:
    """Segment sizes of an index built as ten segments of 10,000 stories, after
    ``runs`` runs each adding segments of ``added`` stories, merged as ``choose``
    (sizes -> positions to merge, [] when done) says; and each run's stories merged."""
    sizes, merged = [10_000] * 10, []
    for _ in range(runs):
        sizes = sizes + list(added)
        done = 0
        while group := choose(sizes):
            assert group == sorted(set(group))
            assert len(group) >= 2 or sizes[group[0]] == 0
            total = sum(sizes[n] for n in group)
            sizes = [size for n, size in enumerate(sizes) if n not in group] + [total]
            done += total
        merged.append(done)
    return sizes, merged


def test_daily_runs_merge_segments_of_a_size_not_the_last_runs_again():
    """next_merge, run after run: a daily run of 1,000 stories (two segments) into
    100,000 keeps the index within MAX_SEGMENTS + SEGMENT_SLACK segments, and merges
    a fraction of what merging the smallest each time merged (those of the last runs
    again and again: ~17,000 stories a run after 200 runs), none of it in the first
    runs' merging the build's segments. A build of many batches is merged in one go,
    its smallest, down to MAX_SEGMENTS."""
    cap, factor, slack = (wire_commit.MAX_SEGMENTS, wire_commit.MERGE_FACTOR,
                          wire_commit.SEGMENT_SLACK)

    def smallest(sizes):  # the policy before: the smallest, as many as leave cap
        excess = len(sizes) - cap
        return sorted(sorted(range(len(sizes)), key=lambda n: sizes[n])[:excess + 1]) \
            if excess > 0 else []

    for added in ((500, 500), (1000,), (5000, 5000)):
        sizes, merged = _simulate_runs(
            lambda s: wire_commit.next_merge(s, cap, factor, slack), 200, added)
        _, before = _simulate_runs(smallest, 200, added)
        assert sum(sizes) == 100_000 + 200 * sum(added)
        assert len(sizes) <= cap + slack
        assert sum(merged) * (2 if added == (5000, 5000) else 3) < sum(before), added
        assert sorted(merged)[100] <= 2 * sum(added), added  # most runs: little or none
        if sum(added) <= 1000:  # the first month: no merge of four of the build's
            assert max(merged[:30]) <= 15_000, added
    # a build of 100 batches: one merge of the 89 smallest
    sizes = [10_000 + n for n in range(100)]
    group = wire_commit.next_merge(sizes, cap, factor, slack)
    assert group == list(range(89))
    assert wire_commit.next_merge(sizes[89:] + [1], cap, factor, slack) == []
    # a build's segments (the largest size) are not merged four at a time by the next
    # few runs; segments whose stories were all deleted go first, merged with nothing
    assert wire_commit.next_merge([10_000] * 10 + [1000, 499, 501], cap, factor, slack) == []
    assert wire_commit.next_merge([10_000] * 14, cap, factor, slack) == []
    assert wire_commit.next_merge([10_000] * 12 + [0, 20], cap, factor, slack) == [12]
    assert wire_commit.next_merge([10_000] * 10 + [900, 0, 499, 501, 300], cap, factor,
                                  slack) == [11]
    assert wire_commit.next_merge([10_000] * 10 + [900, 499, 501, 300], cap, factor,
                                  slack) == [10, 11, 12, 13]
    # within the cap nothing is merged; over it, only sizes of one level, the smallest
    assert wire_commit.next_merge([100, 3, 3, 3], 4, 2, 2) == []
    assert wire_commit.next_merge([100, 9, 3, 2, 3], 4, 2, 2) == [2, 3]
    assert wire_commit.next_merge([100, 9, 33, 2, 130], 4, 2, 2) == []
    assert wire_commit.next_merge([100, 9, 33, 2, 130, 1, 1], 4, 2, 2) == [1, 3, 5, 6]


def test_many_small_runs_are_merged_and_deletions_stay_deleted(tmp_path, monkeypatch):
    monkeypatch.setattr(wire_commit, "MAX_SEGMENTS", 3)
    monkeypatch.setattr(wire_commit, "SEGMENT_SLACK", 0)  # the cap exact
    folder = tmp_path / "stories"
    index = str(tmp_path / "index")
    for n in range(8):
        write_story(folder, f"s{n}.txt", f"Run {n} brings story{n}", body=f"Text of run {n}.")
        indexer.index_paths([str(folder)], index=index)
    (folder / "s2.txt").unlink()
    write_story(folder, "s5.txt", "Run five rewritten", body="Rewritten text.")
    summary = indexer.index_paths([str(folder)], index=index)
    assert (summary.removed, summary.updated) == (1, 1)
    ix = whoosh_index.open_dir(index)
    assert len(ix._segments()) <= 3 and ix.doc_count() == 7
    assert indexer.search("story2", index=index)["total"] == 0
    assert indexer.search("story5", index=index)["total"] == 0
    assert indexer.search("rewritten", index=index)["total"] == 1
    assert indexer.index_paths([str(folder)], index=index).unchanged == 7
    # Merged stories keep their file: changing one still replaces it.
    write_story(folder, "s0.txt", "Run zero rewritten", body="Zero again.")
    assert indexer.index_paths([str(folder)], index=index).updated == 1
    assert whoosh_index.open_dir(index).doc_count() == 7


def test_a_killed_runs_build_folder_is_cleared(tmp_path):
    folder = _folder(tmp_path, 3)
    index = str(tmp_path / "index")
    indexer.index_paths([str(folder)], index=index)
    stale = tmp_path / "index" / wire_commit.BUILD_DIR / "batch-000000"
    stale.mkdir(parents=True)
    (stale / "MAIN_deadbeef.pst").write_bytes(b"half a segment")
    write_story(folder, "new.txt", "A new story", body="New.")
    assert indexer.index_paths([str(folder)], index=index).added == 1
    assert not (tmp_path / "index" / wire_commit.BUILD_DIR).exists()
    assert whoosh_index.open_dir(index).doc_count() == 4


def test_a_run_looks_files_up_in_the_manifest_a_group_at_a_time(tmp_path, monkeypatch):
    """Files are sorted out against the manifest SQL_VARIABLES at a time: with groups of
    3, every file still lands as unchanged, changed, new or gone."""
    monkeypatch.setattr(versions, "SQL_VARIABLES", 3)
    folder = _folder(tmp_path, 20)
    index = str(tmp_path / "index")
    assert indexer.index_paths([str(folder)], index=index, workers=1).added == 20
    os.remove(folder / "0" / "s3.txt")
    changed = folder / "1" / "s14.txt"
    changed.write_text(changed.read_text() + "\nOne more line about topic9.\n")
    write_story(folder, "2/new.txt", "A new story about topic8", city="ROME",
                body="Its body mentions topic8.")
    summary = indexer.index_paths([str(folder)], index=index, workers=1)
    assert (summary.added, summary.updated, summary.removed, summary.unchanged) == (1, 1, 1, 18)
    assert indexer.index_paths([str(folder)], index=index, workers=1).unchanged == 20


def _segment_bytes(folder, segment) -> dict:
    """A segment's files by their name less the segment's id: name -> bytes."""
    prefix = segment.segment_id()
    return {name[len(prefix):]: open(os.path.join(folder, name), "rb").read()
            for name in segments.segment_files(folder, segment)}


def _merge_fixture(tmp_path, docs, cuts, delete=(), workers=1):
    """An index of SegmentBuilder segments holding ``docs`` cut at ``cuts``, the
    ``delete``d document numbers (over all parts) deleted; merged into one by
    merge_segments. -> (merged segment, its folder)."""
    schema = WireSchema()
    folder = str(tmp_path / "ix")
    os.makedirs(folder)
    ix = whoosh_index.create_in(folder, schema)
    built = []
    for n, (start, end) in enumerate(zip([0, *cuts], [*cuts, len(docs)])):
        builder = SegmentBuilder(schema, str(tmp_path / f"part{n}"))
        for doc in docs[start:end]:
            builder.add(doc)
        segment = builder.finish()
        move_segment(segment, str(tmp_path / f"part{n}"), folder)
        built.append((segment, start))
    for segment, start in built:
        for docnum in delete:
            if start <= docnum < start + segment.doc_count_all():
                segment.delete_document(docnum - start)
    merged = merge.merge_segments(ix.storage, schema, [s for s, _ in built],
                                  str(tmp_path / "merged"), workers=workers)
    return merged, str(tmp_path / "merged")


def _built_whole(tmp_path, docs):
    builder = SegmentBuilder(WireSchema(), str(tmp_path / "whole"))
    for doc in docs:
        builder.add(doc)
    return builder.finish(), str(tmp_path / "whole")


def _merge_docs():
    stories = corpus_stories()
    docs = [story_document(s, f"/archive/{n}/{s.id}.txt") for n, s in enumerate(stories)]
    # a word in more stories than a block holds, and lists that end in a short block
    docs += [story_document(indexer.Story(id=f"c{n}", title=f"common word {n}",
                                          body="alpha beta " * (n % 5 + 1) + f"w{n % 9}",
                                          language="en"), f"/c/{n}.txt")
             for n in range(40)]
    return docs


@pytest.mark.parametrize("chunk, short, workers", [(None, 48, 1), (3, 48, 1), (None, 0, 1),
                                                   (3, 0, 1), (3, 0, 2)])
def test_merged_segments_are_the_segment_built_from_their_stories(tmp_path, monkeypatch,
                                                                   chunk, short, workers):
    """merge_segments reads postings, stored fields, lengths and columns from the
    segments' files and encodes them again: the result is, file for file, the segment
    SegmentBuilder makes of the same stories in the same order. Blocks of 8 postings so
    that lists span blocks; ``chunk``: a few postings encoded at a time; ``short``: lists
    up to that many postings merged as Python lists, longer ones with numpy;
    ``workers``: fields shared out, another process merging its share into part files."""
    monkeypatch.setattr(merge, "MERGE_PARALLEL_BYTES", 0)
    monkeypatch.setattr(w3, "BLOCK_LIMIT", 8)
    monkeypatch.setattr(merge_read, "MERGE_LIST_MIN", short)
    if chunk:
        monkeypatch.setattr(words, "CHUNK_POSTINGS", chunk)
    docs = _merge_docs()
    merged, folder = _merge_fixture(tmp_path, docs, [5, len(docs) - 17], workers=workers)
    whole, whole_folder = _built_whole(tmp_path, docs)
    assert merged.doc_count_all() == len(docs)
    assert not [name for name in os.listdir(folder) if name.startswith("part")]
    got, want = _segment_bytes(folder, merged), _segment_bytes(whole_folder, whole)
    assert sorted(got) == sorted(want)
    for name in want:
        assert got[name] == want[name], name
    assert dict(merged._fieldlengths) == dict(whole._fieldlengths)


@pytest.mark.parametrize("short, workers", [(48, 1), (0, 1), (0, 2)])
def test_merging_leaves_deleted_stories_out(tmp_path, monkeypatch, short, workers):
    monkeypatch.setattr(w3, "BLOCK_LIMIT", 8)
    monkeypatch.setattr(merge_read, "MERGE_LIST_MIN", short)
    monkeypatch.setattr(merge, "MERGE_PARALLEL_BYTES", 0)
    docs = _merge_docs()
    gone = {0, 3, 6, len(docs) - 1, len(docs) - 20}
    merged, folder = _merge_fixture(tmp_path, docs, [7, 30], delete=gone, workers=workers)
    kept = [doc for n, doc in enumerate(docs) if n not in gone]
    whole, whole_folder = _built_whole(tmp_path, kept)
    got, want = _segment_bytes(folder, merged), _segment_bytes(whole_folder, whole)
    assert sorted(got) == sorted(want)
    for name in want:
        assert got[name] == want[name], name
    # the deleted stories' lengths are known only as length bytes: totals are close
    for name, value in whole._fieldlengths.items():
        assert merged._fieldlengths[name] == pytest.approx(value, rel=0.05), name


@pytest.mark.parametrize("short, long", [(48, 1 << 16), (0, 1 << 16), (0, 2)])
def test_merging_reads_segments_whoosh_wrote_itself(tmp_path, monkeypatch, short, long):
    """Stories given directly (add_stories) go through Whoosh's own writer: a compound
    segment, positions pickled Whoosh's way, blocks of 128. Merged with wire's segments,
    every posting, stored field and length reads as in an index that never merged;
    searches find the same. ``short``: as in the test above; ``long``: body and stemmed
    lists longer than that encoded block by block (MERGE_LONG_LIST)."""
    monkeypatch.setattr(merge_read, "MERGE_LIST_MIN", short)
    monkeypatch.setattr(merge, "MERGE_LONG_LIST", long)
    stories = corpus_stories()
    folder = tmp_path / "stories"
    for n, story in enumerate(stories[6:]):
        write_story(folder, f"f{n}.txt", story.title, body=story.body)

    def build(index, max_segments):
        monkeypatch.setattr(wire_commit, "MAX_SEGMENTS", max_segments)
        monkeypatch.setattr(wire_commit, "SEGMENT_SLACK", 0)  # the cap exact
        indexer.add_stories(stories[:3], index=index)
        indexer.index_paths([str(folder)], index=index)
        indexer.add_stories(stories[3:6], index=index)
        return whoosh_index.open_dir(index)

    merged = build(str(tmp_path / "merged"), 1)
    apart = build(str(tmp_path / "apart"), 99)
    assert len(merged._segments()) == 1 and len(apart._segments()) == 3
    assert any(seg.is_compound() for seg in apart._segments())
    with merged.reader() as a, apart.reader() as b:
        assert _postings(a) == _postings(b)
        assert list(a.all_stored_fields()) == list(b.all_stored_fields())
        for name in ("title", "body", "text_stem", "names"):
            assert a.field_length(name) == b.field_length(name)
    for query in ["seoul", '"air raid"', "budget", "date:2023"]:
        got = indexer.search(query, index=str(tmp_path / "merged"), limit=None)
        want = indexer.search(query, index=str(tmp_path / "apart"), limit=None)
        assert got["total"] and [h["id"] for h in got["hits"]] == \
            [h["id"] for h in want["hits"]], query


def test_a_run_over_very_many_files_gets_fewer_workers():
    """The main process holds the list of a run's files (MAIN_BYTES_PER_FILE each, and
    their paths): under 1024 MB, two million files of 60-character paths leave no room
    for two workers' floors (the build's processes reached 1.2-1.3 GB with too many
    workers), so one process builds; a million keep both workers."""
    plan = BuildPlan.make(1024, 2)
    plan.hold_files(1_000_000, 60_000_000)
    assert plan.workers == 2
    plan = BuildPlan.make(1024, 2)
    plan.hold_files(2_000_000, 120_000_000)
    assert plan.workers == 1
    main_mb = wire_plan.MAIN_BASE_MB + (2_000_000 * wire_plan.MAIN_BYTES_PER_FILE
                                         + 120_000_000) / 2 ** 20
    # what the one process's batch is left: the option less the main process's list
    assert main_mb + plan.batch_bytes * wire_plan.MEMORY_PER_SOURCE_BYTE / 2 ** 20 <= 1024
    plan = BuildPlan.make(1024, 2)  # long paths count: a million of 400 characters
    plan.hold_files(1_000_000, 400_000_000)
    assert plan.workers == 1
    plan = BuildPlan.make(2048, 2)
    plan.hold_files(2_000_000, 120_000_000)
    assert plan.workers == 2


def test_segments_larger_than_a_batch_are_merged(tmp_path, monkeypatch):
    """A merge streams posting lists (merge.merge_segments), so it is not bounded by
    what a batch holds: under 256 MB a batch is ~256 stories' worth of merge, and three
    runs of 150 stories with room for two segments end in two, all stories found."""
    monkeypatch.setattr(wire_commit, "MAX_SEGMENTS", 2)
    monkeypatch.setattr(wire_commit, "SEGMENT_SLACK", 0)  # the cap exact
    folder = tmp_path / "stories"
    index = str(tmp_path / "index")
    for run in range(3):
        for n in range(150):
            write_story(folder, f"r{run}/s{n}.txt", f"Run{run} story {n} about topic{n % 7}",
                        body=f"Body of story {n} of run {run}, word{n % 13}.")
        summary = indexer.index_paths([str(folder)], index=index, memory_mb=256)
        assert summary.added == 150
    ix = whoosh_index.open_dir(index)
    assert len(ix._segments()) == 2 and ix.doc_count() == 450
    assert max(seg.doc_count() for seg in ix._segments()) >= 300
    with ix.searcher() as searcher:  # (searches fold these near-duplicates into versions)
        assert searcher.doc_frequency("title", "topic3") == 3 * 21
        assert searcher.doc_frequency("body", "run") == 450
    assert indexer.search('"run2 story 17"', index=index)["total"] == 1
    assert indexer.index_paths([str(folder)], index=index, memory_mb=256).unchanged == 450
