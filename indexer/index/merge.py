"""Segments of an index -> one segment of their live stories, streamed from their files.

No story is rebuilt from text (merge_segments says how); merge_read.py reads the segments
being merged.
"""
from __future__ import annotations

import functools
import os
import pickle
import shutil
import sys
from collections import defaultdict

from whoosh.codec.whoosh3 import W3Codec, W3Segment
from whoosh.filedb.filestore import FileStorage

from . import merge_read, w3, words  # their settings read as w3.NAME: tests change them
from .merge_read import _open_sources
from .segments import (_NAMES, _SINGLE_OF, SEGMENT_ID_CHARS, SEGMENT_ID_LEN, BuildStorage,
                       _fast_fields, _numbered_fields)
from .w3 import _imports, _layout, _Lists, _postings, _TableSink

#: A numbered field's list longer than this is encoded block by block (_postings), not
#: with the chunk's arrays: blocks.py takes ~350 bytes a posting at its peak, and a word
#: of most of a million stories made a merge's peak 300 MB higher. Its bytes differ from
#: the builder's by the pickler's memo marks, which readers never need.
MERGE_LONG_LIST = 1 << 16


def merge_segments(storage, schema, sources: list, folder: str, indexname: str = "MAIN",
                   workers: int = 1):
    """The live stories of ``sources`` (segments of the index in ``storage``, in that
    order) -> one new segment built in ``folder``, or None when none is left.

    Nothing is rebuilt from text: stored fields, lengths and columns are copied story by
    story, and each term's posting lists are read from every source's files in term
    order (one k-way merge of the term tables a field), their story numbers renumbered
    past the deleted stories and encoded again as SegmentBuilder encodes them, a chunk of
    terms at a time. Memory is a chunk's postings, the field lengths of each story and
    the new term table's offsets, whatever the segments' size: a merge is not limited to
    what a batch holds. The result is the segment SegmentBuilder makes of the same
    stories in the same order, file for file (a test compares them); only its total field
    lengths are estimates when stories were deleted, from their length bytes.

    With ``workers`` > 1 and a merge of at least MERGE_PARALLEL_BYTES, the fields are
    shared out (_field_groups): other processes merge theirs into part files, which are
    then copied into the segment's postings file and term table in field order.
    """
    if any(field.vector for field in schema):
        raise ValueError("term vectors are not merged")  # wire's schema has none
    np = _imports()[0]
    readers = _open_sources(storage, sources)
    try:
        total = 0
        for source in readers:
            total = source.number_from(np, total)
        if not total:
            return None
        os.makedirs(folder, exist_ok=True)
        target = BuildStorage(folder)
        codec = W3Codec(blocklimit=w3.BLOCK_LIMIT, compression=w3.COMPRESSION)
        segid = "".join(_NAMES.choice(SEGMENT_ID_CHARS) for _ in range(SEGMENT_ID_LEN))
        segment = W3Segment(codec, indexname, segid=segid)
        names = sorted(set().union(*(source.fieldmap for source in readers)))
        groups = _field_groups(readers, names, workers)
        parts = [os.path.join(folder, f"part{n}") for n in range(len(groups))]
        children = [_start_part(storage.folder, schema, sources, group, part, total)
                    for group, part in zip(groups[1:], parts[1:])]
        try:
            lengths = _merge_documents(np, schema, codec, target, segment, readers, total)
            fieldwriter = codec.field_writer(target, segment)
            if children:
                with _PartSink(parts[0]) as sink:
                    _merge_fields(np, schema, readers, groups[0], lengths, sink)
                for child in children:
                    child.join()
                    if child.exitcode != 0:
                        raise RuntimeError(f"a process merging segments failed (exit code "
                                           f"{child.exitcode})")
                _assemble_parts(np, schema, names, groups, parts, fieldwriter)
            else:
                _merge_fields(np, schema, readers, names, lengths, _TableSink(fieldwriter))
            fieldwriter.close()
        finally:
            for child in children:
                if child.is_alive():
                    child.kill()
                child.join()
        segment.set_doc_count(total)
        shutil.rmtree(os.path.join(folder, "tmp"), ignore_errors=True)
        for part in parts if children else ():
            for ext in (".pst", ".rows", ".fields"):
                _remove(part + ext)
        return segment
    finally:
        for source in readers:
            source.close()


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass


def _merge_fields(np, schema, readers, names, lengths, sink) -> None:
    """The posting lists and term table rows of the fields ``names`` (sorted), merged
    from ``readers`` into ``sink`` (_TableSink, _PartSink)."""
    import heapq
    import itertools

    _, blocks, layout = _layout()
    numbered = set(_numbered_fields(schema, _fast_fields(schema)))
    for name in names:
        field = schema[name]
        fixed = field.format.fixed_value_size()
        field_lengths = lengths.get(name)
        runs = [source.terms(name, k) for k, source in enumerate(readers)
                if name in source.fieldmap]
        chunk = _MergeChunk(np, blocks, layout, fixed) if name in numbered else None
        plain = None  # field_lengths as a list, for _postings: made when first needed
        lists, started = _Lists(sink), False
        for tbytes, entries in itertools.groupby(heapq.merge(*runs), key=_first):
            ids, weights, values = _merged_postings(np, readers, entries, fixed)
            if not len(ids):
                continue
            if not started:
                sink.start(name, field)
                started = True
            if chunk is not None and len(ids) <= MERGE_LONG_LIST:
                chunk.add(tbytes, ids, weights, values)
                if chunk.postings >= words.CHUNK_POSTINGS:
                    chunk.write(field_lengths, sink)
                continue
            if chunk is not None and chunk.postings:  # a list of most stories: the
                chunk.write(field_lengths, sink)  # chunk's terms first, then it alone
            if type(ids) is not list:
                ids, weights = ids.tolist(), weights.tolist()
            if plain is None and field_lengths is not None:
                plain = field_lengths.tolist()
            lists.add(tbytes, *_postings(ids, weights, _value_list(values, fixed, len(ids)),
                                         fixed, plain, lists.offset))
            if chunk is not None:
                lists.flush()
        if not started:
            continue
        if chunk is not None and chunk.postings:
            chunk.write(field_lengths, sink)
        lists.flush()
        sink.finish()


class _PartSink:
    """Merged fields into part files (``<path>.pst``, postings from offset 0; ``.rows``,
    pickled ``(keys, term infos)``; ``.fields``, each field's postings extent and count
    of rows records), for _assemble_parts."""

    def __init__(self, path: str):
        self.path = path
        self.postfile = open(path + ".pst", "wb")
        self.rowsfile = open(path + ".rows", "wb")
        self.fields: list = []
        self.offset = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.postfile.close()
        self.rowsfile.close()
        if exc[0] is None:
            with open(self.path + ".fields", "wb") as f:
                pickle.dump(self.fields, f)

    def start(self, name, field):
        self.fields.append([name, self.offset, None, 0])

    def write(self, data: bytes):
        self.postfile.write(data)
        self.offset += len(data)

    def rows(self, keys: list, packed: bytes):
        pickle.dump((keys, packed), self.rowsfile, pickle.HIGHEST_PROTOCOL)
        self.fields[-1][3] += 1

    def finish(self):
        self.fields[-1][2] = self.offset


def _field_groups(readers, names: list, workers: int) -> list[list[str]]:
    """``names`` shared out among up to ``workers`` processes (the first is the caller),
    each group sorted, by the fields' sizes in the sources: a field's postings bytes
    plus twice its term table bytes (a term costs more than its bytes). One group for a
    merge smaller than MERGE_PARALLEL_BYTES: a process costs ~1 s to start."""
    if workers < 2 or len(names) < 2:
        return [names]
    sizes = dict.fromkeys(names, 0)
    for source in readers:
        for name, (postings, table) in source.field_sizes().items():
            sizes[name] += postings + 2 * table
    if sum(sizes.values()) < MERGE_PARALLEL_BYTES:
        return [names]
    groups: list[list[str]] = [[] for _ in range(min(workers, len(names)))]
    loads = [0] * len(groups)
    for name in sorted(names, key=lambda n: -sizes[n]):
        least = loads.index(min(loads))
        groups[least].append(name)
        loads[least] += sizes[name]
    return [sorted(group) for group in groups if group]


#: A merge at least this large (postings and term tables, _field_groups) is shared out
#: among the workers the run has: ~60,000 stories.
MERGE_PARALLEL_BYTES = 256 << 20


def _start_part(index_folder: str, schema, sources: list, names: list, path: str, total: int):
    """A process merging the fields ``names`` into part files at ``path`` (_merge_part).
    Spawned, as the build's workers are; it is given the settings tests change."""
    import multiprocessing

    settings = {module.__name__: {name: getattr(module, name) for name in settable}
                for module, settable in _PART_SETTINGS}
    ctx = multiprocessing.get_context("spawn")
    process = ctx.Process(target=_merge_part,
                          args=(index_folder, schema, sources, names, path, total, settings),
                          daemon=True)
    process.start()
    return process


#: The settings tests change, by the module that holds them.
_PART_SETTINGS = ((w3, ("BLOCK_LIMIT", "COMPRESSION", "MIN_COMPRESS_BYTES", "ARRAY_BLOCK_MIN",
                        "RAW_LIST_SHARE", "RAW_LIST_MIN", "WRITE_CHUNK")),
                  (words, ("CHUNK_POSTINGS",)),
                  (merge_read, ("MERGE_LIST_MIN", "MERGE_READ", "MERGE_READ_BYTES",
                                "MERGE_READ_MIN")),
                  (sys.modules[__name__], ("MERGE_LONG_LIST",)))


def _merge_part(index_folder, schema, sources, names, path, total, settings) -> None:
    from .worker import _die_with_parent

    _die_with_parent()  # as the build's workers: a killed run's merge stops with it
    for module, values in settings.items():
        vars(sys.modules[module]).update(values)
    np = _imports()[0]
    readers = _open_sources(FileStorage(index_folder), sources)
    try:
        base = 0
        for source in readers:
            base = source.number_from(np, base)
        lengths = _merged_lengths(np, readers, total, names)
        with _PartSink(path) as sink:
            _merge_fields(np, schema, readers, names, lengths, sink)
    finally:
        for source in readers:
            source.close()


def _assemble_parts(np, schema, names: list, groups: list, paths: list, fieldwriter) -> None:
    """The parts' fields into the segment, in field order: each field's postings copied
    into the postings file, its term infos' offsets moved by where they land."""
    blocks = _layout()[1]
    owner = {name: n for n, group in enumerate(groups) for name in group}
    extents = []
    for path in paths:
        with open(path + ".fields", "rb") as f:
            extents.append({row[0]: row[1:] for row in pickle.load(f)})
    postings = [open(path + ".pst", "rb") for path in paths]
    rows = [open(path + ".rows", "rb") for path in paths]
    try:
        sink = _TableSink(fieldwriter)
        for name in names:
            n = owner[name]
            if name not in extents[n]:
                continue
            start, end, count = extents[n][name]
            sink.start(name, schema[name])
            shift = sink.offset - start
            source = postings[n]
            source.seek(start)
            left = end - start
            while left:
                data = source.read(min(left, 1 << 20))
                if not data:
                    raise OSError(f"{paths[n]}.pst is shorter than its fields say")
                sink.write(data)
                left -= len(data)
            for _ in range(count):
                keys, packed = pickle.load(rows[n])
                infos = np.frombuffer(packed, dtype=blocks.TERM_INFO).copy()
                infos["offset"] += shift
                sink.rows(keys, infos.tobytes())
            sink.finish()
    finally:
        for f in postings + rows:
            f.close()


def _first(entry):
    return entry[0]


def _merged_postings(np, readers, entries, fixed):
    """One term's postings from each source that has it (``entries``, in source order),
    renumbered and joined: lists when every part is, numpy arrays else."""
    parts = [readers[k].postings(np, info, fixed) for _, k, info in entries]
    if len(parts) == 1:
        return parts[0]
    if fixed is None:
        values = [value for part in parts for value in part[2]]
    else:
        values = b"".join([part[2] for part in parts]) if fixed else None
    if all(type(part[0]) is list for part in parts):
        ids, weights = [], []
        for part in parts:
            ids += part[0]
            weights += part[1]
        return ids, weights, values
    return (np.concatenate([np.asarray(part[0], dtype=np.int64) for part in parts]),
            np.concatenate([np.asarray(part[1], dtype=np.float64) for part in parts]),
            values)


def _value_list(values, fixed, n: int) -> list:
    """Values as _postings takes them: one a posting. A word's one position is the
    builder's shared value (_SINGLE), which a block's pickle writes once and then refers
    to: the same bytes as the builder's."""
    if fixed is None:
        get = _SINGLE_OF.get
        return [get(value, value) for value in values]
    if not fixed:
        return [None] * n
    return [values[i:i + fixed] for i in range(0, len(values), fixed)]


class _MergeChunk:
    """Merged terms of a numbered field (_numbered_fields) gathered for blocks.py, which
    encodes them as _Words.posting_lists does. Short lists are gathered in Python lists,
    made arrays once a run of them ends."""

    def __init__(self, np, blocks, layout, fixed):
        self.np, self.blocks, self.layout, self.fixed = np, blocks, layout, fixed
        self.keys, self.counts = [], []
        self.ids, self.weights, self.values = [], [], []  # arrays
        self.short_ids, self.short_weights = [], []
        self.postings = 0

    def add(self, tbytes, ids, weights, values):
        self.keys.append(tbytes)
        self.counts.append(len(ids))
        if type(ids) is list:
            self.short_ids += ids
            self.short_weights += weights
        else:
            self._arrays()
            self.ids.append(ids)
            self.weights.append(weights)
        if self.fixed is None:
            self.values += values
        else:
            self.values.append(values)
        self.postings += len(ids)

    def _arrays(self):
        if self.short_ids:
            self.ids.append(self.np.array(self.short_ids, dtype=self.np.int64))
            self.weights.append(self.np.array(self.short_weights, dtype=self.np.float64))
            self.short_ids, self.short_weights = [], []

    def write(self, lengths, sink) -> None:
        np, blocks = self.np, self.blocks
        self._arrays()
        counts = np.array(self.counts, dtype=np.int64)
        terms = np.repeat(np.arange(len(counts)), counts)
        docs = np.concatenate(self.ids)
        weights = np.concatenate(self.weights)
        if self.fixed is None:
            values = blocks.from_list(self.values)
        else:
            values = np.frombuffer(b"".join(self.values), dtype=">u4").astype(np.int64)
        data, infos, starts = blocks.posting_lists(self.layout, terms, docs, weights, values,
                                                   lengths, sink.offset)
        sink.write(data)
        sink.rows(self.keys, infos.tobytes())
        self.keys, self.counts, self.ids, self.weights, self.values = [], [], [], [], []
        self.postings = 0


def _merge_documents(np, schema, codec, storage, segment, readers, total) -> dict:
    """The per-document part of merge_segments: each live story's stored fields, field
    lengths and column values, through W3's per-document writer as SegmentBuilder
    writes them (stored fields copied as they are stored: pickled and compressed).
    Returns each field's lengths by new story number (what the posting blocks' length
    bytes are made from), for the fields that have any."""
    from whoosh.codec.whoosh3 import STORED_COLUMN
    from whoosh.columns import VarBytesColumn

    perdoc = codec.per_document_writer(storage, segment)
    stored_out = perdoc._get_column("_stored")._child  # CompressedBytesColumn's writer
    lengths: dict[str, np.ndarray] = {}
    totals: dict[str, float] = {}
    columns = [(name, field.column_type) for name, field in schema.items()
               if field.column_type]
    for source in readers:
        reader = source.perdoc
        alive = np.flatnonzero(source.live)
        stored = reader.column_reader("_stored", STORED_COLUMN)._child
        field_lengths = _source_lengths(np, source, schema.names())
        for name, decoded in field_lengths.items():
            # totals stay exact for what is kept whole; a deleted story's is estimated
            totals[name] = totals.get(name, 0) + source.segment._fieldlengths.get(name, 0) \
                - int(decoded[~source.live].sum())
        _place_lengths(np, lengths, field_lengths, source, alive, total)
        present = [(name, column, reader.column_reader(name, column))
                   for name, column in columns if reader.has_column(name)]
        sized = [(name, schema[name], decoded.tolist())
                 for name, decoded in sorted(field_lengths.items())]
        raw = functools.partial(VarBytesColumn.Reader.__getitem__, stored)
        add_raw = functools.partial(VarBytesColumn.Writer.add, stored_out)
        for old in alive.tolist():
            docnum = perdoc._doccount
            perdoc.start_doc(docnum)
            for name, field, values in sized:
                if values[old]:
                    perdoc.add_field(name, field, None, values[old])
            for name, column, col in present:
                perdoc.add_column_value(name, column, col[old])
            fields = raw(old)
            if fields:
                add_raw(docnum, fields)
            perdoc.finish_doc()
    perdoc.close()
    segment._fieldlengths = defaultdict(int, {name: max(value, 0)
                                              for name, value in totals.items() if value})
    return lengths


def _source_lengths(np, source, names) -> dict:
    """Each field's lengths in one source (of its ``names`` that have any), by its
    story numbers: as W3 reads them, from the length bytes."""
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN
    from whoosh.util.numeric import byte_to_length

    decode = np.array([byte_to_length(b) for b in range(256)], dtype=np.int64)
    count, out = len(source.live), {}
    for name in names:
        lenfield = f"_{name}_len"
        if source.perdoc.has_column(lenfield):
            col = source.perdoc.column_reader(lenfield, LENGTHS_COLUMN)
            out[name] = decode[np.fromiter(col, dtype=np.int64, count=count)]
    return out


def _place_lengths(np, lengths: dict, field_lengths: dict, source, alive, total: int) -> None:
    """One source's lengths into the merged segment's, by new story number."""
    new = alive + source.base if source.new is None else source.new[alive]
    for name, decoded in field_lengths.items():
        merged = lengths.get(name)
        if merged is None:
            merged = lengths[name] = np.zeros(total, dtype=np.int32)  # 4 bytes a story
        merged[new] = decoded[alive]


def _merged_lengths(np, readers, total: int, names) -> dict:
    """_merge_documents' lengths, for a part's fields alone."""
    lengths: dict = {}
    for source in readers:
        _place_lengths(np, lengths, _source_lengths(np, source, names), source,
                       np.flatnonzero(source.live), total)
    return lengths
