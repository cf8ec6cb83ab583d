"""A term's posting list as stored (bytes) -> numpy arrays of its documents and weights.

The bytes are Whoosh's W3 blocks, or the blocks wire writes (index/w3.py); each posting's
encoded value is read too when asked for.
"""
from __future__ import annotations

import io
import pickle
import struct
import zlib
from array import array

#: The start of a block wire writes (index/w3.py's _block_data), read here to take its ids
#: and weights without unpickling the values.
#: array.array's pickle (protocol 3) up to its typecode: the reconstructor, then the
#: array type.
_ARRAY_HEAD = b"carray\n_array_reconstructor\n(carray\narray\nX\x01\x00\x00\x00"
#: A block's data up to its ids' length: PROTO 3, an array of uint32 (typecode ``I``,
#: machine format 6: little-endian), its bytes as a BINBYTES.
BLOCK_IDS_HEAD = b"\x80\x03" + _ARRAY_HEAD + b"IK\x06B"
#: The weights' array up to its length: float64 (``d``, machine format 16: little-endian).
BLOCK_WEIGHTS_HEAD = _ARRAY_HEAD + b"dK\x10B"

#: The big-endian int before the list's blocks (a header tag) and before each block (its
#: length): whoosh.system's _int_struct.
_INT = struct.Struct("!i")

#: What decoding a posting block this path does not understand can raise.
UNREADABLE_BLOCKS = (struct.error, zlib.error, pickle.UnpicklingError, EOFError, ValueError,
                     TypeError, IndexError, KeyError, AttributeError)


def decode_list(np, buf, *, scored: bool, values: list | None = None):
    """All postings of a term's list, ``buf`` (its bytes, header tag first): ids (int64)
    and, if ``scored``, weights (float64); each posting's encoded value is added to
    ``values`` when given.

    Whoosh's block layout (codec/whoosh3.py): a header tag, then blocks of a length (<0
    for the last), a pickled info tuple (count, last id, max weight, compression, min and
    max length) and the pickled (id deltas, weights, values) data, zlib-compressed when
    the info says so. Each block's deltas start from 0, so the first is its first id.
    Without ``values``, a block wire wrote (w3._block_data) is inflated only as far
    as its ids and weights.
    """
    view = memoryview(buf)
    stream = io.BytesIO(buf)
    pos = _INT.size  # past the header tag
    deltas, weights, last_ids = [], [], []
    while True:
        size = _INT.unpack_from(buf, pos)[0]
        stream.seek(pos + _INT.size)
        info = pickle.load(stream)
        end = pos + _INT.size + abs(size)
        block = view[stream.tell():end]
        count = info[0]
        last_ids.append(info[1])
        head = None
        if values is None:
            if info[3]:
                start = zlib.decompressobj().decompress(block, _head_size(count))
            else:
                start = block
            head = _block_head(np, start, count)
        if head is None:
            data = pickle.loads(zlib.decompress(block) if info[3] else block)
            if values is not None:
                values.extend(data[2])
            head = (np.frombuffer(data[0], dtype=np.uint32) if isinstance(data[0], array)
                    else np.array(data[0], dtype=np.int64)), data[1]
        deltas.append(head[0])
        if scored:
            w = head[1]
            if w is None or isinstance(w, float):  # every posting the same weight
                weights.append(np.full(count, 1.0 if w is None else w))
            elif isinstance(w, array):
                weights.append(np.frombuffer(w, dtype=np.float32 if w.typecode == "f"
                                             else np.dtype(w.typecode)).astype(np.float64))
            elif isinstance(w, np.ndarray):
                weights.append(w)
            else:
                weights.append(np.array(w, dtype=np.float64))
        if size < 0:
            break
        pos = end
    if len(deltas) > 1:  # each block's first delta from the previous block's last id
        starts = np.cumsum([0] + [len(d) for d in deltas[:-1]])
        ids = np.concatenate(deltas).astype(np.int64)
        ids[starts[1:]] -= np.array(last_ids[:-1], dtype=np.int64)
    else:
        ids = deltas[0].astype(np.int64)
    ids = np.cumsum(ids)
    if not scored:
        return ids, None
    return ids, np.concatenate(weights)


_IDS_AT = len(BLOCK_IDS_HEAD)
_WEIGHTS_HEAD = BLOCK_WEIGHTS_HEAD
_SIZE = struct.Struct("<I")
_BLOCK_FLOAT = struct.Struct(">d")


def _head_size(count: int) -> int:
    """The most bytes a block's data of ``count`` postings (w3._block_data) takes
    up to the end of its weights."""
    return _IDS_AT + 4 + 4 * count + 2 + len(_WEIGHTS_HEAD) + 4 + 8 * count + 2


def _block_head(np, data, count: int):
    """``(id deltas, weights)`` from the start of a block's data as w3._block_data
    lays it out (uint32 and float64 arrays; None or a float: one weight for all), or None
    when the block is laid out otherwise."""
    if bytes(data[:_IDS_AT]) != BLOCK_IDS_HEAD or len(data) < _IDS_AT + 4 \
            or _SIZE.unpack_from(data, _IDS_AT)[0] != 4 * count:
        return None
    at = _IDS_AT + 4 + 4 * count
    if bytes(data[at:at + 2]) != b"tR" or len(data) < at + 3:
        return None
    deltas = np.frombuffer(data, dtype="<u4", count=count, offset=_IDS_AT + 4)
    at += 2
    kind = data[at]
    if kind == ord("N"):
        return deltas, None
    if kind == ord("G") and len(data) >= at + 9:
        return deltas, _BLOCK_FLOAT.unpack_from(data, at + 1)[0]
    at_weights = at + len(_WEIGHTS_HEAD) + 4
    if bytes(data[at:at + len(_WEIGHTS_HEAD)]) != _WEIGHTS_HEAD \
            or len(data) < at_weights + 8 * count \
            or _SIZE.unpack_from(data, at + len(_WEIGHTS_HEAD))[0] != 8 * count:
        return None
    return deltas, np.frombuffer(data, dtype="<f8", count=count, offset=at_weights)
