"""A segment's files -> what a merge reads of them: terms in order, postings renumbered.

Each segment being merged (merge.py) is read in order, its term table and postings
through a window of its file, its stories renumbered past those deleted.
"""
from __future__ import annotations

import pickle
import struct
import zlib
from array import array

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3TermInfo
from whoosh.system import pack_ushort

#: An ordered hash file's record head (filetables._lengths): key length, value length.
_RECORD = struct.Struct("!II")
#: A term info's list extent after its statistics (W3TermInfo.to_bytes).
_EXTENT = struct.Struct("!qi")
_STATS_SIZE = W3TermInfo._struct.size
#: A term info's document frequency (after its flags and weight).
_DOC_FREQ = struct.Struct("!I")
_INT = struct.Struct("!i")
#: Posting lists of at most this many stories are merged as Python lists; longer ones
#: with numpy, which costs more than it saves on a short list (most of a vocabulary is
#: words of one or two stories).
MERGE_LIST_MIN = 48


def _open_sources(storage, sources: list) -> list:
    window = min(MERGE_READ, max(MERGE_READ_MIN, MERGE_READ_BYTES // (2 * len(sources) or 1)))
    return [_SourceSegment(storage, seg, window) for seg in sources]


class _SourceSegment:
    """What merge_segments reads of one segment: its deletions, stored fields, columns,
    term table and postings, and its stories' new numbers. Files are read, not mapped:
    a map's pages stay resident (see query._term_spans)."""

    def __init__(self, storage, segment, window: int):
        from whoosh.filedb.filetables import OrderedHashReader

        self.segment = segment
        self.storage = (segment.open_compound_file(storage) if segment.is_compound()
                        else storage)
        name = segment.make_filename(W3Codec.TERMS_EXT)
        self.tindex = OrderedHashReader(self.storage.open_file(name),
                                        self.storage.file_length(name))
        self.fieldmap = self.tindex.extras["fieldmap"]
        postings = segment.make_filename(W3Codec.POSTS_EXT)
        self.postfile = _Window(self.storage.open_file(postings), window)
        self.postings_size = self.storage.file_length(postings)
        self.termfile = _Window(self.storage.open_file(name), window)
        self.perdoc = W3Codec().per_document_reader(self.storage, segment)
        self.base = 0
        self.new = None  # with deletions: old number -> new, -1 for a deleted story
        self.new_list = None

    def number_from(self, np, base: int) -> int:
        """Numbers this segment's live stories from ``base``; the next free number."""
        self.base = base
        self.live = np.ones(self.segment.doc_count_all(), dtype=bool)
        deleted = list(self.segment.deleted_docs())
        if not deleted:
            return base + len(self.live)
        self.live[np.array(deleted, dtype=np.int64)] = False
        self.new = np.cumsum(self.live, dtype=np.int64) - 1 + base
        self.new[~self.live] = -1
        self.new_list = self.new.tolist()
        return base + int(self.live.sum())

    def field_sizes(self) -> dict:
        """Each field's bytes here: ``(postings, term table)``. A field's records are one
        run of the term table, and its lists one run of the postings file (written in
        field order), from its first term's list to the next field's."""
        firsts = []
        for name, num in self.fieldmap.items():
            pos = self.tindex.closest_key_pos(pack_ushort(num))
            if pos is None:
                continue
            keylen, datalen = _RECORD.unpack(self.termfile.get(pos, 8))
            record = self.termfile.get(pos + 8, keylen + datalen)
            if record[:2] != pack_ushort(num) or record[keylen] or datalen < _STATS_SIZE + 12:
                continue
            firsts.append((_EXTENT.unpack_from(record, keylen + _STATS_SIZE)[0], pos, name))
        firsts.sort()
        ends = [(offset, pos) for offset, pos, _ in firsts[1:]]
        ends.append((self.postings_size, self.tindex.endofdata))
        return {name: (end - offset, max(0, end_pos - pos))
                for (offset, pos, name), (end, end_pos) in zip(firsts, ends)}

    def terms(self, name: str, k: int):
        """``(term bytes, k, term info bytes)`` of the field's terms, in order."""
        prefix = pack_ushort(self.fieldmap[name])
        pos = self.tindex.closest_key_pos(prefix)
        if pos is None:
            return
        end, get = self.tindex.endofdata, self.termfile.get
        while pos < end:
            keylen, datalen = _RECORD.unpack(get(pos, 8))
            record = get(pos + 8, keylen + datalen)
            if record[:2] != prefix:
                return
            yield record[2:keylen], k, record[keylen:]
            pos += 8 + keylen + datalen

    def postings(self, np, info: bytes, fixed):
        """A term's postings here, renumbered, deleted stories left out: new ids,
        weights and values (a list of bytes; for a fixed size, all of them joined; for
        none, None). Ids and weights are lists for a short list, numpy arrays else."""
        # (W3 never inlines a list in its term info: its writer's test for it is
        # "fewer than 1 posting", and the setter it would call is misnamed.)
        offset, length = _EXTENT.unpack_from(info, _STATS_SIZE)
        buf = self.postfile.get(offset, length)
        if _DOC_FREQ.unpack_from(info, 5)[0] > MERGE_LIST_MIN:
            ids, weights, values = _decode_list(np, buf, fixed)
            if self.new is None:
                return ids + self.base, weights, values
            new = self.new[ids]
            keep = new >= 0
            if keep.all():
                return new, weights, values
            return new[keep], weights[keep], _kept_values(np, values, fixed, keep)
        ids, weights, values = _decode_short(buf, fixed)
        if self.new is None:
            base = self.base
            return [i + base for i in ids], weights, values
        new = self.new_list
        ids = [new[i] for i in ids]
        if -1 not in ids:
            return ids, weights, values
        keep = [n for n, i in enumerate(ids) if i >= 0]
        if fixed is None:
            values = [values[n] for n in keep]
        elif fixed:
            values = b"".join([values[n * fixed:(n + 1) * fixed] for n in keep])
        return [ids[n] for n in keep], [weights[n] for n in keep], values

    def close(self):
        for f in (self.tindex, self.postfile, self.termfile, self.perdoc):
            try:
                f.close()
            except Exception:  # noqa: BLE001 - already closed
                pass


class _Window:
    """Reads of a file that mostly move forward, served from one read of ``size`` bytes
    at a time: a merge reads each segment's term table and postings in order."""

    def __init__(self, dbfile, size: int):
        self.dbfile, self.size = dbfile, size
        self.start, self.data = 0, b""

    def get(self, pos: int, length: int) -> bytes:
        at = pos - self.start
        if at < 0 or at + length > len(self.data):
            self.start = pos
            self.data = self.dbfile.get(pos, max(length, self.size))
            at = 0
        return self.data[at:at + length]

    def close(self):
        self.dbfile.close()


#: Bytes read at a time from each merged segment's term table and postings: MERGE_READ,
#: less when many segments are merged at once, so that their windows take at most
#: MERGE_READ_BYTES together (a million stories' build merges ~300), but not less than
#: MERGE_READ_MIN.
MERGE_READ = 1 << 20
MERGE_READ_BYTES = 64 << 20
MERGE_READ_MIN = 64 << 10


def _blocks_of(buf: bytes):
    """A posting list's blocks (W3's block format, any writer's): ``(count, (id
    deltas, weights, values))`` each. A block's deltas start from 0: its first is its
    first id."""
    import io

    stream = io.BytesIO(buf)
    pos = len(WHOOSH3_HEADER_MAGIC)
    while True:
        size = _INT.unpack_from(buf, pos)[0]
        stream.seek(pos + 4)
        info = pickle.load(stream)
        end = pos + 4 + abs(size)
        data = buf[stream.tell():end]
        yield info[0], pickle.loads(zlib.decompress(data) if info[3] else data)
        if size < 0:
            return
        pos = end


def _decode_short(buf: bytes, fixed):
    """_decode_list as lists, for a short list."""
    from itertools import accumulate

    ids, weights, values = [], [], []
    for count, (deltas, w, v) in _blocks_of(buf):
        ids += accumulate(deltas)
        if w is None or isinstance(w, float):
            weights += [1.0 if w is None else w] * count
        else:
            weights += map(float, w)
        if fixed is None:
            values += v
        elif fixed:
            values.append(v)
    if fixed is not None:
        values = b"".join(values) if fixed else None
    return ids, weights, values


def _decode_list(np, buf: bytes, fixed):
    """A posting list's ids (int64), weights (float64) and values (a list of bytes; for
    a fixed size, all of them joined; for none, None)."""
    ids, weights, values = [], [], []
    for count, (deltas, w, v) in _blocks_of(buf):
        if isinstance(deltas, array) and deltas.itemsize == 4:
            deltas = np.frombuffer(deltas, dtype=np.uint32 if deltas.typecode in "IL"
                                   else np.int32)
        ids.append(np.cumsum(np.asarray(deltas, dtype=np.int64)))
        if w is None or isinstance(w, float):
            weights.append(np.full(count, 1.0 if w is None else w))
        else:
            weights.append(np.asarray(w, dtype=np.float64))
        if fixed is None:
            values.extend(v)
        elif fixed:
            values.append(v)
    ids = ids[0] if len(ids) == 1 else np.concatenate(ids)
    weights = weights[0] if len(weights) == 1 else np.concatenate(weights)
    if fixed is not None:
        values = b"".join(values) if fixed else None
    return ids, weights, values


def _kept_values(np, values, fixed, keep):
    if fixed is None:
        return [values[i] for i in np.flatnonzero(keep).tolist()]
    if not fixed:
        return None
    return np.frombuffer(values, dtype=np.uint8).reshape(-1, fixed)[keep].tobytes()
