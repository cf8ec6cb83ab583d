"""A whole field's posting lists encoded at once with numpy, in Whoosh's W3 block format.

index.segments.SegmentBuilder inverts most fields story by story, a few Python steps per
posting. The two big ones, the body's words with their positions and the stemmed copy
of title and body, hold nine postings in ten; for them the builder keeps only each
story's word numbers (one C-level ``map`` a story), and this module turns a whole
segment's worth into posting lists with array operations: sort the words, cut the
postings, their position deltas, the blocks of BLOCK_LIMIT postings, each block's pickled
(ids, weights, values) and its pickled info, the term infos. Python runs once per block
that is compressed and once per term of the term table, not once per posting.

The bytes are the pickles index/w3.py writes posting by posting (Whoosh unpickles
both), less the pickler's memo marks, which a reader never needs. Whoosh-free: the
caller passes its format's constants (``Layout``).

Byte strings of many items are held as ``Pieces``: each item's length, and its bytes
(all items' one after another, or a row of a table each). Joining pieces item by item,
grouping consecutive items into one and dropping items only describe the result;
``materialize`` lays it out, moving each byte once.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass

import numpy as np


class Pieces:
    """n byte strings, ``lens[i]`` bytes each: either ``data``, every item's bytes one
    after another, or ``table``, a uint8 matrix whose row i starts with item i (written
    a column at a time: items of a few bytes each are most of a posting list)."""
    __slots__ = ("lens", "data", "table")

    def __init__(self, lens: np.ndarray, data: np.ndarray | None = None,
                 table: np.ndarray | None = None):
        self.lens, self.data, self.table = lens, data, table


class _Node:
    """Pieces made of other pieces, laid out only by ``materialize``: each byte is moved
    once, however deep the nesting (building each level's bytes moved them once a
    level)."""
    __slots__ = ("lens", "kind", "parts", "arg")

    def __init__(self, lens, kind, parts, arg=None):
        self.lens, self.kind, self.parts, self.arg = lens, kind, parts, arg


def const(value: bytes, n: int) -> Pieces:
    """The same bytes for n items."""
    row = np.frombuffer(value, dtype=np.uint8)
    return Pieces(np.full(n, len(value), dtype=np.int64),
                  table=np.broadcast_to(row, (n, len(value))))


def rows(table: np.ndarray, lens: np.ndarray) -> Pieces:
    """Item i is the first ``lens[i]`` bytes of row i of ``table`` (a uint8 matrix)."""
    return Pieces(np.asarray(lens, dtype=np.int64), table=table)


def fixed(values: np.ndarray) -> Pieces:
    """Each value of an array as its bytes (the array's dtype says how)."""
    size = values.dtype.itemsize
    return Pieces(np.full(len(values), size, dtype=np.int64),
                  table=np.ascontiguousarray(values).view(np.uint8).reshape(-1, size))


def from_list(values: list[bytes]) -> Pieces:
    return Pieces(np.fromiter(map(len, values), dtype=np.int64, count=len(values)),
                  np.frombuffer(b"".join(values), dtype=np.uint8))


def keep(p, flags: np.ndarray) -> _Node:
    """The items where ``flags`` is true; the others empty."""
    return _Node(np.where(flags, p.lens, 0), "keep", p, flags)


def spread(p, where: np.ndarray, n: int) -> _Node:
    """``p``'s items as items ``where`` (ascending) of n; the others empty."""
    lens = np.zeros(n, dtype=np.int64)
    lens[where] = p.lens
    return _Node(lens, "spread", p, where)


def group(p, starts: np.ndarray) -> _Node:
    """Consecutive items joined: group g is items ``starts[g]`` up to the next start (each
    group holds one item at least)."""
    return _Node(np.add.reduceat(p.lens, starts) if len(p.lens) else p.lens[:0], "group",
                 p, starts)


def join(*parts) -> _Node:
    """Item i is item i of each part, one after another."""
    lens = parts[0].lens.copy()
    for p in parts[1:]:
        lens += p.lens
    return _Node(lens, "join", parts)


def materialize(p) -> np.ndarray:
    """All items' bytes, one after another."""
    out = np.empty(int(p.lens.sum()), dtype=np.uint8)
    _place(p, np.cumsum(p.lens) - p.lens, None, out)
    return out


def _place(p, at: np.ndarray, alive, out: np.ndarray) -> None:
    """Write p's items into ``out``, item i from ``at[i]``, those ``alive`` (all: None)."""
    if isinstance(p, Pieces):
        if p.table is not None:
            table, lens = p.table, p.lens
            if alive is not None:
                at, table, lens = at[alive], table[alive], lens[alive]
            whole = bool((lens == table.shape[1]).all())
            for j in range(table.shape[1]):
                if whole:
                    out[at + j] = table[:, j]
                else:
                    some = lens > j
                    out[at[some] + j] = table[some, j]
            return
        if not p.data.size:
            return
        firsts = np.cumsum(p.lens) - p.lens
        dest = np.repeat(at - firsts, p.lens) + np.arange(p.data.size)
        if alive is None:
            out[dest] = p.data
        else:
            live = np.repeat(alive, p.lens)
            out[dest[live]] = p.data[live]
    elif p.kind == "join":
        at = at.copy()
        for part in p.parts:
            _place(part, at, alive, out)
            at += part.lens
    elif p.kind == "keep":
        _place(p.parts, at, p.arg if alive is None else alive & p.arg, out)
    elif p.kind == "spread":
        _place(p.parts, at[p.arg], None if alive is None else alive[p.arg], out)
    else:  # group
        child, starts = p.parts, p.arg
        if not len(child.lens):
            return
        sizes = np.diff(np.append(starts, len(child.lens)))
        before = np.cumsum(child.lens) - child.lens
        _place(child, np.repeat(at - before[starts], sizes) + before,
               None if alive is None else np.repeat(alive, sizes), out)


# -- pickle opcodes --------------------------------------------------------------------

def p_ints(values: np.ndarray) -> Pieces:
    """Non-negative ints below 2**31 as pickle writes them: BININT1 (``K`` and a byte),
    BININT2 (``M`` and two) or BININT (``J`` and four, little-endian)."""
    values = np.asarray(values, dtype=np.int64)
    table = np.empty((len(values), 5), dtype=np.uint8)
    table[:, 1:] = values.astype("<u4").view(np.uint8).reshape(-1, 4)
    small, mid = values < 256, values < 65536
    table[:, 0] = np.where(small, ord("K"), np.where(mid, ord("M"), ord("J")))
    return rows(table, np.where(small, 2, np.where(mid, 3, 5)))


def p_floats(values: np.ndarray) -> Pieces:
    """Floats as BINFLOAT: ``G`` and eight big-endian bytes."""
    table = np.empty((len(values), 9), dtype=np.uint8)
    table[:, 0] = ord("G")
    table[:, 1:] = np.asarray(values, dtype=">f8").view(np.uint8).reshape(-1, 8)
    return Pieces(np.full(len(values), 9, dtype=np.int64), table=table)


def p_bytes_head(lengths: np.ndarray) -> Pieces:
    """The opcode before a bytes object of each length: SHORT_BINBYTES (``C`` and a
    byte) below 256, else BINBYTES (``B`` and four little-endian bytes)."""
    lengths = np.asarray(lengths, dtype=np.int64)
    table = np.empty((len(lengths), 5), dtype=np.uint8)
    table[:, 1:] = lengths.astype("<u4").view(np.uint8).reshape(-1, 4)
    short = lengths < 256
    table[:, 0] = np.where(short, ord("C"), ord("B"))
    return rows(table, np.where(short, 2, 5))


def p_bytes(p: Pieces) -> Pieces:
    """Each item pickled as a bytes object."""
    return join(p_bytes_head(p.lens), p)


#: TUPLE1, TUPLE2, TUPLE3, and TUPLE (after a MARK) for more.
_TUPLE_ENDS = np.frombuffer(b"t\x85\x86\x87", dtype=np.uint8)


def p_tuples(items: Pieces, starts: np.ndarray, counts: np.ndarray) -> Pieces:
    """Groups of pickled items as pickled tuples (each group one item at least)."""
    many = counts > 3
    marks = Pieces(many.astype(np.int64),
                   table=np.broadcast_to(np.uint8(ord("(")), (len(many), 1)))
    ends = Pieces(np.ones(len(counts), dtype=np.int64),
                  table=_TUPLE_ENDS[np.where(many, 0, counts)][:, None])
    return join(marks, group(items, starts), ends)


def be_uint(values: np.ndarray) -> Pieces:
    """Whoosh's pack_uint: four big-endian bytes."""
    return fixed(np.asarray(values, dtype=">u4"))


def le_uint(values: np.ndarray) -> Pieces:
    return fixed(np.asarray(values, dtype="<u4"))


# -- position values -------------------------------------------------------------------

def position_values(layout: "Layout", counts: np.ndarray, deltas: np.ndarray,
                    starts: np.ndarray, slow) -> Pieces:
    """Each posting's Positions value as index.w3._encode_positions makes it, for postings
    of ``counts`` positions whose deltas (the first from 0) are ``deltas``, posting i's
    from ``starts[i]``. A posting with a delta of 65,536 or more is left to ``slow(its
    deltas)``."""
    n = len(counts)
    top = np.maximum.reduceat(deltas, starts) if n else deltas
    short, huge = top < 256, top >= 65536
    wide = ~short & ~huge
    each_short = np.repeat(short, counts)
    each_wide = np.repeat(wide, counts)
    payload = np.empty((len(deltas), 3), dtype=np.uint8)
    payload[:, 0] = np.where(each_wide, ord("M"), deltas & 0xFF)
    payload[:, 1] = np.where(each_wide, deltas & 0xFF, 0)
    payload[:, 2] = (deltas >> 8) & 0xFF
    payload = group(rows(payload, np.where(each_short, 1, np.where(each_wide, 3, 0))), starts)
    # heads: SHORT_BINBYTES or BINBYTES of the deltas; or a list's start, with a MARK
    # for more than one
    head = np.zeros((n, 6), dtype=np.uint8)
    long_bytes = short & (counts >= 256)
    head[:, 0] = np.where(long_bytes, ord("B"), ord("C"))
    head[:, 1:5] = counts.astype("<u4").view(np.uint8).reshape(-1, 4)
    head[wide] = np.frombuffer(layout.list_head + b"(", dtype=np.uint8)
    head_lens = np.where(short, np.where(long_bytes, 5, 2),
                         np.where(wide, np.where(counts > 1, 6, 5), 0))
    tail = np.empty((n, 2), dtype=np.uint8)
    tail[:, 0] = np.where(short, ord("."), np.where(counts > 1, ord("e"), ord("a")))
    tail[:, 1] = ord(".")
    tail_lens = np.where(short, 1, np.where(wide, 2, 0))
    values = join(keep(be_uint(counts), ~huge), rows(head, head_lens), payload,
                  rows(tail, tail_lens))
    if huge.any():
        which = np.flatnonzero(huge)
        ends = np.append(starts[1:], len(deltas))
        values = join(values, spread(from_list(
            [slow(deltas[starts[i]:ends[i]].tolist()) for i in which]), which, n))
    return values


def stable_order(keys: np.ndarray) -> np.ndarray:
    """``np.argsort(keys, kind="stable")`` for keys from 0 to 2**32: numpy sorts 16-bit
    keys by radix, so two passes of those (low half, then high) beat one of int64 (23
    against 53-74 ms for 1.2 million keys)."""
    if not len(keys) or keys.min() < 0 or keys.max() >= 1 << 32:
        return np.argsort(keys, kind="stable")
    order = np.argsort(keys.astype(np.uint16), kind="stable")  # the low 16 bits
    high = (keys >> 16).astype(np.uint16)
    if high.any():
        high = high[order]
        order = order[np.argsort(high, kind="stable")]
    return order


# -- posting lists ---------------------------------------------------------------------

@dataclass
class Layout:
    """What index/w3.py writes: W3's list header, postings a block, the zlib level and
    the pickle size from which a block is compressed, the size from which a block's ids
    and weights are arrays and those arrays' pickled heads, Whoosh's length-byte table,
    the start of a position list pickled as a list (index.w3._wide_positions)."""
    header: bytes
    block_limit: int
    compression: int
    min_compress: int
    array_min: int
    ids_head: bytes
    weights_head: bytes
    length_table: np.ndarray  # whoosh.util.numeric._length_byte_cache
    list_head: bytes
    # a positions list of at least raw_share of the segment's documents (and raw_min
    # postings) keeps its blocks uncompressed; 0: every block as min_compress says
    raw_share: float = 0.0
    raw_min: int = 0


#: Pickle protocol 3's first opcode, which starts a block's data and ``ids_head``.
PROTO = b"\x80\x03"

#: W3TermInfo.to_bytes: its struct (``!BfIBBfII``), then the list's offset and length.
TERM_INFO = np.dtype([("flags", "u1"), ("weight", ">f4"), ("docs", ">u4"), ("minlen", "u1"),
                      ("maxlen", "u1"), ("maxweight", ">f4"), ("first", ">u4"),
                      ("last", ">u4"), ("offset", ">i8"), ("length", ">i4")])


def length_bytes(layout: Layout, lengths: np.ndarray) -> np.ndarray:
    """Whoosh's length_to_byte of each length."""
    return np.minimum(np.searchsorted(layout.length_table, lengths, side="left"), 255)


def posting_lists(layout: Layout, terms: np.ndarray, docs: np.ndarray, weights: np.ndarray,
                  values: Pieces | np.ndarray, lengths: np.ndarray | None,
                  offset: int) -> tuple[bytes, np.ndarray, np.ndarray]:
    """Postings sorted by term then document -> (the postings file's bytes for them, to
    be written at ``offset``; each term's info, TERM_INFO records; the index of each
    term's first posting).

    ``terms``: each posting's term number (ascending); ``docs``: its document;
    ``weights``: its weight; ``values``: each posting's Positions value, or for a
    Frequency field each posting's count (its value is ``pack_uint(count)``, and W3 joins
    a block's values: fixed size 4);
    ``lengths``: the field's length in each document, None when it is not scored.
    """
    n = len(terms)
    term_starts = np.flatnonzero(np.r_[True, terms[1:] != terms[:-1]])
    term_counts = np.diff(np.append(term_starts, n))
    nterms = len(term_starts)
    limit = layout.block_limit
    # blocks: each term's postings cut every `limit`
    per_term = (term_counts + limit - 1) // limit
    block_term = np.repeat(np.arange(nterms), per_term)
    first_block = np.cumsum(per_term) - per_term
    nth = np.arange(len(block_term)) - first_block[block_term]
    starts = term_starts[block_term] + nth * limit
    ends = np.minimum(starts + limit, term_starts[block_term] + term_counts[block_term])
    counts = ends - starts
    last_block = nth == per_term[block_term] - 1
    nblocks = len(starts)
    # id deltas, each block's from 0
    deltas = np.diff(docs, prepend=0)
    deltas[starts] = docs[starts]
    # weights
    top = np.maximum.reduceat(weights, starts)
    bottom = np.minimum.reduceat(weights, starts)
    same = top == bottom
    ones = same & (top == 1)
    big = counts >= layout.array_min
    ids = join(  # after the PROTO that starts every block's data (and ids_head)
        keep(join(const(layout.ids_head[len(PROTO):], nblocks), le_uint(4 * counts),
                  group(le_uint(deltas), starts), const(b"tR", nblocks)), big),
        keep(p_tuples(p_ints(deltas), starts, counts), ~big))
    spread_w = ~same
    wpart = join(
        keep(const(b"N", nblocks), ones),
        keep(p_floats(top), same & ~ones),
        keep(join(const(layout.weights_head, nblocks), le_uint(8 * counts),
                  group(fixed(weights.astype("<f8")), starts), const(b"tR", nblocks)),
             spread_w & big),
        keep(p_tuples(p_floats(weights), starts, counts), spread_w & ~big))
    if isinstance(values, np.ndarray):  # W3 joins fixed-size values into one bytes object
        vpart = p_bytes(group(be_uint(values), starts))
    else:
        vpart = p_tuples(p_bytes(values), starts, counts)
    data = join(const(PROTO, nblocks), ids, wpart, vpart, const(b"\x87.", nblocks))
    # compression, block by block, for the larger ones
    data = Pieces(data.lens, materialize(data))
    squeeze = data.lens >= layout.min_compress
    if layout.raw_share and lengths is not None and not isinstance(values, np.ndarray):
        common = term_counts >= max(layout.raw_min, layout.raw_share * len(lengths))
        squeeze &= ~common[block_term]
    comp = np.zeros(nblocks, dtype=np.int64)
    if squeeze.any():
        which = np.flatnonzero(squeeze)
        raw = data.data.tobytes()
        at = np.cumsum(data.lens) - data.lens
        level = layout.compression
        packed = [zlib.compress(raw[a:a + size], level)
                  for a, size in zip(at[which].tolist(), data.lens[which].tolist())]
        data = join(keep(data, ~squeeze), spread(from_list(packed), which, nblocks))
        comp[which] = level
    # lengths: the smallest (0 when none) and largest of each block's documents
    if lengths is not None:
        doc_lengths = lengths[docs]
        low = np.minimum.reduceat(doc_lengths, starts)
        high = np.maximum.reduceat(doc_lengths, starts)
        low_byte = length_bytes(layout, low)  # 0 for 0, as for None
        high_byte = length_bytes(layout, high)
    else:
        low = high = low_byte = high_byte = np.zeros(nblocks, dtype=np.int64)
    info = join(const(PROTO + b"(", nblocks), p_ints(counts), p_ints(docs[ends - 1]),
                p_floats(top), p_ints(comp), p_ints(low_byte), p_ints(high_byte),
                const(b"t.", nblocks))
    size = info.lens + data.lens
    record = join(fixed(np.where(last_block, -size, size).astype(">i4")), info, data)
    out = join(const(layout.header, nterms), group(record, first_block))
    # term infos
    infos = np.zeros(nterms, dtype=TERM_INFO)
    infos["weight"] = np.add.reduceat(weights, term_starts)
    infos["docs"] = term_counts
    if lengths is not None:
        lows = np.where(low > 0, low, np.iinfo(np.int64).max)
        term_low = np.minimum.reduceat(lows, first_block)
        infos["minlen"] = np.where(term_low < np.iinfo(np.int64).max,
                                   length_bytes(layout, term_low), 0)
        infos["maxlen"] = length_bytes(layout, np.maximum.reduceat(high, first_block))
    infos["maxweight"] = np.maximum.reduceat(top, first_block)
    infos["first"] = docs[term_starts]
    infos["last"] = docs[np.append(term_starts[1:], n) - 1]
    infos["offset"] = offset + np.cumsum(out.lens) - out.lens
    infos["length"] = out.lens
    return materialize(out).tobytes(), infos, term_starts
