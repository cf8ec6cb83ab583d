"""Posting lists -> bytes in Whoosh's W3 format: blocks, position values, term table rows.

wire writes a W3 segment's postings file and term table itself (segments.py, merge.py),
a term at a time here (_postings) or a chunk of terms at a time with numpy (blocks.py,
from _layout); Whoosh reads the result as its own. The settings here say how lists are
laid out: postings per block, zlib level, which blocks hold arrays, which lists stay
uncompressed.
"""
from __future__ import annotations

import functools
import pickle
import struct
import sys
import types
import zlib
from array import array
from hashlib import md5
from operator import sub

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.system import pack_int, pack_uint, pack_ushort
from whoosh.util.numeric import _length_byte_cache, length_to_byte

from ..postings import BLOCK_IDS_HEAD, BLOCK_WEIGHTS_HEAD

#: Postings per block (W3Codec's default is 128; its reader takes any count a block's
#: header gives). A search reads a common word's whole list, and per block it pays a
#: header, a zlib call and an unpickling: lists of 512-posting blocks read in 13 % less
#: time (10,000 stories, 8 common words in four fields), the index is 2 % smaller, and
#: stepping searches (Whoosh's matchers) took the same time. zlib level: W3's default.
BLOCK_LIMIT = 512
COMPRESSION = 3
#: Blocks whose pickle is shorter than this are stored uncompressed (the block header says
#: so and W3's reader honours it): one zlib call costs more than the block on a rare word,
#: and rare words are most of a vocabulary.
MIN_COMPRESS_BYTES = 512
#: The pickle protocol of blocks. W3 writes protocol 2, where every bytes value (a
#: position list) is pickled as a call to ``_codecs.encode``; protocol 3 stores bytes as
#: they are: six times faster to write and to read (Whoosh reads any protocol), and
#: about half the size for position blocks.
PICKLE_PROTOCOL = 3
#: Position lists with a delta of 256 or more are pickled as a list of ints, W3's
#: protocol 2 (see _encode_positions).
POSITIONS_PROTOCOL = 2
#: Blocks of at least this many postings hold their ids and weights as arrays
#: (_block_data); smaller ones as W3 pickles them, tuples, which take fewer bytes for a
#: few postings (an array's pickle starts with 50 bytes of reconstructor).
ARRAY_BLOCK_MIN = 128
#: The positions of a word in at least this share of a segment's stories (and in at
#: least RAW_LIST_MIN) are stored uncompressed: a phrase with such a word inflates its
#: whole list, the largest part of a search's first meeting with a common word (on
#: 100,000 generated stories: 18 ms of zlib for "ba", in 71 % of them, and 14 ms to
#: decode its positions), and skipping zlib here also saves the build compressing them.
#: Compressed, such lists were ~a tenth of the postings' bytes; raw, they take about three
#: times that (the index +9 % on 10,000 and on 100,000 stories).
RAW_LIST_SHARE = 0.2
RAW_LIST_MIN = BLOCK_LIMIT
#: Posting lists gathered before one write to the postings file.
WRITE_CHUNK = 4096


def _encode_positions(positions: list[int]) -> bytes:
    """Positions.encode's value, read by its decode_positions: a count, then the pickled
    position deltas, which that function iterates (``loads(value[4:] + b".")``). Deltas
    all below 256 (nearly every list: a word's occurrences are close together) are
    pickled as a bytes object, one byte each, which iterates as the same ints: a
    ``SHORT_BINBYTES`` (or ``BINBYTES``) opcode and the bytes, half the size of a list
    of ``BININT1`` opcodes (posting blocks of common words 19 % smaller once compressed,
    22 % faster to inflate and unpickle). Others are pickled as a list, as Whoosh does,
    but with every delta below 65,536 as a ``BININT2`` (Whoosh's pickle takes one byte
    for those below 256): three bytes a delta, which numpy reads in bulk
    (vector._position_deltas). A third of a mid-frequency word's lists have one, mostly
    its first position: a story's first use of a word past its 256th.

    >>> _encode_positions([3, 5, 51])
    b'\\x00\\x00\\x00\\x03C\\x03\\x03\\x02..'
    >>> _encode_positions([300, 301])
    b'\\x00\\x00\\x00\\x02\\x80\\x02]q\\x00(M,\\x01M\\x01\\x00e.'
    """
    deltas = list(map(sub, positions, [0] + positions[:-1]))
    try:
        data = bytes(deltas)
    except ValueError:  # a delta of 256 or more
        return _wide_positions(deltas)
    # The STOP always: Whoosh adds one only to a value that does not end in b"." (a
    # delta of 46 would).
    if len(data) < 256:
        return _SHORT_HEADS[len(data)] + data + b"."
    return b"".join((pack_uint(len(data)), b"B", struct.pack("<I", len(data)), data, b"."))


def _wide_positions(deltas: list[int]) -> bytes:
    """A position value whose deltas are pickled as a protocol 2 list of ``BININT2``
    opcodes (``M`` and two little-endian bytes), or as Whoosh pickles them when one is
    65,536 or more."""
    n = len(deltas)
    try:
        raw = struct.pack(f"<{n}H", *deltas)
    except struct.error:
        return pack_uint(n) + pickle.dumps(deltas, POSITIONS_PROTOCOL)
    codes = bytearray(3 * n)
    codes[0::3] = b"M" * n
    codes[1::3] = raw[0::2]
    codes[2::3] = raw[1::2]
    if n == 1:  # an APPEND, as pickle writes a list of one
        return b"".join((pack_uint(1), _LIST_HEAD, codes, b"a."))
    return b"".join((pack_uint(n), _LIST_HEAD, b"(", codes, b"e."))


#: A protocol 2 pickle's start of a list: its PROTO, EMPTY_LIST and BINPUT opcodes.
_LIST_HEAD = b"\x80\x02]q\x00"
#: The count and SHORT_BINBYTES opcode of each short position value.
_SHORT_HEADS = [pack_uint(n) + b"C" + bytes((n,)) for n in range(256)]


class _TableSink:
    """Merged fields straight into the new segment's postings file and term table."""

    def __init__(self, fieldwriter):
        self.fieldwriter = fieldwriter
        self.postfile = fieldwriter._postfile
        self.offset = self.postfile.tell()
        self.add_terms = functools.partial(_add_terms_in_order, fieldwriter._tindex)
        self.prefix = b""

    def start(self, name, field):
        self.fieldwriter.start_field(name, field)
        self.prefix = pack_ushort(self.fieldwriter._fieldid)

    def write(self, data: bytes):
        self.postfile.write(data)
        self.offset += len(data)

    def rows(self, keys: list, packed: bytes):
        """``keys`` (less the field's prefix) and their term infos, _TERM_INFO each."""
        prefix, size = self.prefix, _TERM_INFO.size
        self.add_terms([(prefix + key, packed[at:at + size])
                        for key, at in zip(keys, range(0, len(packed), size))])

    def finish(self):
        self.fieldwriter.finish_field()


class _Lists:
    """Posting lists encoded a term at a time (_postings), given to a sink WRITE_CHUNK
    lists at a time: ``add(key, info, data)`` with the list encoded at ``offset``."""

    def __init__(self, sink):
        self.sink = sink
        self.keys, self.infos, self.data = [], [], []
        self.held = 0

    @property
    def offset(self) -> int:
        """Where the next list goes in the postings file."""
        return self.sink.offset + self.held

    def add(self, key: bytes, info: bytes, data: bytes) -> None:
        self.keys.append(key)
        self.infos.append(info)
        self.data.append(data)
        self.held += len(data)
        if len(self.data) >= WRITE_CHUNK:
            self.flush()

    def flush(self) -> None:
        if self.data:
            self.sink.write(b"".join(self.data))
            self.sink.rows(self.keys, b"".join(self.infos))
            self.keys, self.infos, self.data = [], [], []
            self.held = 0


def _postings(ids, weights, values, fixed, lengths, offset) -> tuple[bytes, bytes]:
    """One posting list in W3's block format (see W3PostingsWriter._write_block), to be
    written at ``offset`` of the postings file: its term info (W3TermInfo.to_bytes) and
    its bytes. A positions list of a common word (RAW_LIST_SHARE) keeps its blocks
    uncompressed, as blocks.posting_lists keeps them."""
    total = len(ids)
    raw = fixed is None and lengths is not None \
        and total >= max(RAW_LIST_MIN, RAW_LIST_SHARE * len(lengths))
    if total == 1:  # a word in one story (most of a vocabulary): one short block
        docnum, weight = ids[0], weights[0]
        length = lengths[docnum] if lengths is not None else 0
        data = pickle.dumps(((docnum,), None if weight == 1 else float(weight),
                             _block_values(values, fixed)), PICKLE_PROTOCOL)
        comp = COMPRESSION if len(data) >= MIN_COMPRESS_BYTES else 0
        if comp:
            data = zlib.compress(data, comp)
        blockinfo = pickle.dumps((1, docnum, float(weight), comp, _length_byte(length or None),
                                  _length_byte(length)), PICKLE_PROTOCOL)
        size = len(blockinfo) + len(data)
        out = b"".join((WHOOSH3_HEADER_MAGIC, pack_int(-size), blockinfo, data))
        byte = _length_byte(length)
        return _TERM_INFO.pack(0, float(weight), 1, byte if length else 0, byte, float(weight),
                               docnum, docnum, offset, len(out)), out
    if total <= BLOCK_LIMIT:  # one block, nothing to slice
        blocks = ((ids, weights, values, True),)
    else:
        blocks = ((ids[first:first + BLOCK_LIMIT], weights[first:first + BLOCK_LIMIT],
                   values[first:first + BLOCK_LIMIT], first + BLOCK_LIMIT >= total)
                  for first in range(0, total, BLOCK_LIMIT))
    parts = [WHOOSH3_HEADER_MAGIC]
    write = parts.append
    minlength = None
    maxlength = 0
    maxweight = 0
    byte_of = _length_byte
    for bids, bweights, bvalues, last in blocks:
        if lengths is not None:
            blens = [lengths[i] for i in bids]
            bmin, bmax = min(blens), max(blens)
            if not bmin:
                bmin = None
        else:
            bmin, bmax = None, 0
        bmaxweight = float(max(bweights))
        if bmin is not None and (minlength is None or bmin < minlength):
            minlength = bmin
        if bmax > maxlength:
            maxlength = bmax
        if bmaxweight > maxweight:
            maxweight = bmaxweight
        first_weight = bweights[0]
        if bweights.count(first_weight) == len(bweights):
            mini_weights = None if first_weight == 1 else float(first_weight)
        else:
            mini_weights = tuple(map(float, bweights))
        if len(bids) >= ARRAY_BLOCK_MIN:
            data = _block_data(bids, mini_weights, _block_values(bvalues, fixed))
        else:
            deltas = tuple(map(sub, bids, [0] + bids[:-1]))
            data = pickle.dumps((deltas, mini_weights, _block_values(bvalues, fixed)),
                                PICKLE_PROTOCOL)
        comp = COMPRESSION if len(data) >= MIN_COMPRESS_BYTES and not raw else 0
        if comp:
            data = zlib.compress(data, comp)
        blockinfo = pickle.dumps((len(bids), bids[-1], bmaxweight, comp,
                                  byte_of(bmin), byte_of(bmax)), PICKLE_PROTOCOL)
        size = len(blockinfo) + len(data)
        write(pack_int(-size if last else size))
        write(blockinfo)
        write(data)
    out = b"".join(parts)
    return _TERM_INFO.pack(0, float(sum(weights)), total,
                           0 if minlength is None else byte_of(minlength), byte_of(maxlength),
                           maxweight, ids[0], ids[-1], offset, len(out)), out


def _block_data(ids: list[int], weights, values) -> bytes:
    """A block's data as W3 unpickles it, ``(id deltas, weights, values)``, with the
    deltas, and the weights when they differ, as arrays (W3 iterates and indexes them as
    it does its own tuples and arrays): a pickled array is its bytes, so a search that
    wants no values reads the ids and weights by inflating the start of the block alone
    and takes them with numpy (postings.decode_list). Protocol 3, laid out by hand:

    ``PROTO``, the ids (BLOCK_IDS_HEAD, the length and the uint32 deltas, ``tR``), the
    weights (``N``, a ``G`` float, or BLOCK_WEIGHTS_HEAD, the length and the float64s,
    ``tR``), the values as pickle writes them, ``TUPLE3``, ``STOP``.

    >>> import pickle
    >>> pickle.loads(_block_data([3, 5, 9], (1.0, 2.0, 1.0), (b"a", b"b", b"c")))
    (array('I', [3, 2, 4]), array('d', [1.0, 2.0, 1.0]), (b'a', b'b', b'c'))
    """
    deltas = array("I", map(sub, ids, [0] + ids[:-1]))  # 4 bytes on CPython's platforms
    if weights is None:
        weighed = b"N"
    elif isinstance(weights, float):
        weighed = _FLOAT.pack(b"G", weights)
    else:
        weighed = array("d", weights)
        if _SWAP:
            weighed.byteswap()
        weighed = b"".join((BLOCK_WEIGHTS_HEAD, _SIZE.pack(len(weighed) * 8), weighed, b"tR"))
    if _SWAP:
        deltas.byteswap()
    return b"".join((BLOCK_IDS_HEAD, _SIZE.pack(len(deltas) * 4), deltas, b"tR", weighed,
                     pickle.dumps(values, PICKLE_PROTOCOL)[2:-1], b"\x87."))


_SIZE = struct.Struct("<I")
#: A BINFLOAT opcode: one weight for the whole block.
_FLOAT = struct.Struct(">cd")
#: Arrays hold native values: swapped to little-endian on a big-endian machine.
_SWAP = sys.byteorder == "big"


def _block_values(values, fixed):
    """A block's values as W3 minifies them: all of them, none, or fixed-size joined."""
    if fixed is None or fixed < 0:
        return tuple(values)
    if fixed == 0:
        return None
    return b"".join(values)


#: W3TermInfo.to_bytes for a posting list in the postings file: its statistics
#: (W3TermInfo._struct), then the list's offset (pack_long) and length (pack_int).
_TERM_INFO = struct.Struct(W3TermInfo._struct.format + "qi")


def _length_byte(length) -> int:
    """length_to_byte, from a table for the common lengths."""
    if length is None:
        return 0
    if length < LENGTH_BYTES_CACHED:
        return _LENGTH_BYTES[length]
    return length_to_byte(length)


LENGTH_BYTES_CACHED = 4096
_LENGTH_BYTES = [length_to_byte(n) for n in range(LENGTH_BYTES_CACHED)]


def _add_terms_in_order(tindex, rows) -> None:
    """``OrderedHashWriter.add(key, value)`` for each row, keys ascending: the same file,
    laid out with arrays and written at once, without a method call, a ``tell()`` and
    three writes per term; and the hash tables written the same, faster
    (_write_hash_tables)."""
    if not rows:
        return
    if rows[0][0] <= tindex.lastkey:
        raise ValueError(f"Keys must increase: {tindex.lastkey!r}..{rows[0][0]!r}")
    np, blocks, _ = _imports()
    keys = [key for key, _ in rows]
    values = [value for _, value in rows]
    sizes = np.empty(len(rows), dtype=[("key", ">i4"), ("value", ">i4")])
    sizes["key"] = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
    sizes["value"] = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
    records = blocks.join(blocks.fixed(sizes), blocks.from_list(keys), blocks.from_list(values))
    dbfile = tindex.dbfile
    positions = (dbfile.tell() + np.cumsum(records.lens) - records.lens).tolist()
    dbfile.write(blocks.materialize(records).tobytes())
    index = tindex.index  # a GrowableArray: widened as its append would (positions ascend)
    try:
        array(index.typecode, positions[-1:])
    except OverflowError:
        index._retype(positions[-1])
    index.array.extend(positions)
    if "_write_hashes" not in vars(tindex):
        if any(tindex.buckets):
            raise ValueError("terms were added to this table one by one")
        tindex._write_hashes = types.MethodType(_write_hash_tables, tindex)
        tindex.wire_entries = []
    # (hashes, positions) in the order added, as arrays: a list of tuples per term is
    # ~100 bytes a term held until the table is closed
    tindex.wire_entries.append((np.fromiter(map(_hash_key, keys), dtype=np.uint32,
                                            count=len(keys)),
                                np.array(positions, dtype=np.int64)))
    tindex.lastkey = keys[-1]


def _hash_key(key: bytes) -> int:
    """filetables.md5_hash (the term table's hash): the low 32 bits of the key's MD5, in
    one call fewer than parsing its hex digest."""
    return int.from_bytes(md5(key, usedforsecurity=False).digest()[12:], "big")


def _write_hash_tables(tindex) -> None:
    """HashWriter._write_hashes, the same bytes: each of the 256 buckets' table of twice
    its entries' slots, an entry in the first free slot from ``(hash >> 8) % slots``,
    in the order added; written a table at a time, not a slot at a time."""
    np = _imports()[0]
    dbfile = tindex.dbfile
    hashes = np.concatenate([h for h, _ in tindex.wire_entries])
    positions = np.concatenate([p for _, p in tindex.wire_entries])
    tindex.wire_entries = []
    buckets = hashes & 255
    order = np.argsort(buckets, kind="stable")  # by bucket, then as added
    ends = np.searchsorted(buckets[order], np.arange(1, 257)).tolist()
    hashes, positions = hashes[order], positions[order]
    start = 0
    for end in ends:
        # Python ints a bucket at a time: for the whole table they took 72 bytes a term
        # at once (500 MB for the 7 million terms of a million stories' merged segment)
        entries = zip(hashes[start:end].tolist(), positions[start:end].tolist())
        slots = 2 * (end - start)
        start = end
        tindex.directory.append((dbfile.tell(), slots))
        if not slots:
            continue
        hashes_at, places = [0] * slots, [0] * slots  # no key is at 0: the header is
        for h, pos in entries:
            slot = (h >> 8) % slots
            while places[slot]:
                slot = slot + 1 if slot + 1 < slots else 0
            hashes_at[slot], places[slot] = h, pos
        table = np.empty(slots, dtype=[("hash", ">u4"), ("pos", ">i8")])
        table["hash"], table["pos"] = hashes_at, places
        dbfile.write(table.tobytes())


def _layout():
    """numpy, blocks and what blocks.posting_lists is to write: the lists _postings
    writes posting by posting (the settings as they are now: tests change them). numpy
    and blocks are imported here, when a segment is written: searching imports this
    module, and a narrow search never loads numpy."""
    np, blocks, table = _imports()
    return np, blocks, blocks.Layout(
        header=WHOOSH3_HEADER_MAGIC, block_limit=BLOCK_LIMIT, compression=COMPRESSION,
        min_compress=MIN_COMPRESS_BYTES, array_min=ARRAY_BLOCK_MIN, ids_head=BLOCK_IDS_HEAD,
        weights_head=BLOCK_WEIGHTS_HEAD, length_table=table, list_head=_LIST_HEAD,
        raw_share=RAW_LIST_SHARE, raw_min=RAW_LIST_MIN)


@functools.lru_cache(maxsize=None)
def _imports():
    import numpy as np

    from .. import blocks
    return np, blocks, np.array(_length_byte_cache, dtype=np.int64)
