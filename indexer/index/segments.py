"""Whoosh documents -> a finished Whoosh segment, written through Whoosh's own codec (W3).

Whoosh's writer sends every posting through a Python tuple, an external sort and a
per-posting ``add`` with type checks; at ~300 distinct words per story that was most of
indexing time (py-spy: posting pool, ``add_postings`` and ``_write_block`` ~60 %). Here a
batch of documents is inverted in memory and each posting list is written as whole blocks
in the W3 block format. The body and the stemmed text (nine postings in ten) are kept as
each story's word numbers (``_Words``, ``_StemWords``) and turned into posting lists with
numpy when the segment is written (blocks.py), a chunk of terms at a time; other fields
go through dicts (field -> word -> doc numbers, frequencies, encoded values), a few list
appends a posting. Stored fields, field lengths and sortable columns go through Whoosh's
own per-document writer unchanged.

The result is an ordinary W3 segment: ``index.WireIndex`` adds it to the index's table of
contents and Whoosh opens and searches it like any other (tests compare every posting,
stored field and length with what Whoosh's own writer makes of the same documents).
A segment is built in a private folder, so that Whoosh's clean-up of unreferenced files
cannot touch it, and moved into the index only when it is committed.
"""
from __future__ import annotations

import functools
import os
import pickle
import random
import shutil
import struct
import sys
import types
import zlib
from array import array
from collections import defaultdict
from hashlib import md5
from operator import sub

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3Segment, W3TermInfo
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile
from whoosh.formats import Frequency, Positions
from whoosh.system import pack_int, pack_uint, pack_ushort
from whoosh.util.numeric import _length_byte_cache, length_to_byte

from ..schema import (ELISION_RES, WORD_RE, FoldAnalyzer, StemTokenizer, _stem_words,
                     stemmer_for)

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
#: Segment ids as Whoosh makes them (base.Segment._random_id): 16 of these characters.
SEGMENT_ID_CHARS = "0123456789abcdefghijklmnopqrstuvwxyz"
SEGMENT_ID_LEN = 16
_NAMES = random.SystemRandom()
#: Positions of a word that occurs once are shared encoded values: most postings.
SINGLE_POSITIONS_CACHED = 4096


class BuildStorage(FileStorage):
    """A segment's private build folder; Whoosh's temporary files stay inside it.

    FileStorage would put them in ``<folder>/MAIN.tmp``, a name every writer on the index
    shares and removes when it finishes.
    """

    def temp_storage(self, name=None):
        return FileStorage(os.path.join(self.folder, "tmp")).create()

    def create_file(self, name, **kwargs):
        f = super().create_file(name, **kwargs)
        return _TrackedFile(f.file, name=f._name, onclose=f.onclose)


class _TrackedFile(StructFile):
    """A file being written that counts its own position: Whoosh's term table asks for
    ``tell()`` once per term, and a buffered file answers that with a system call."""

    def __init__(self, fileobj, **kwargs):
        super().__init__(fileobj, **kwargs)
        self._pos = fileobj.tell()

    def write(self, data):
        n = self.file.write(data)
        self._pos += n
        return n

    # StructFile writes these two straight to the wrapped file; count them too.
    def write_pickle(self, obj, protocol=-1):
        self.write(pickle.dumps(obj, protocol))

    def write_array(self, arry):
        if sys.byteorder == "little":  # Whoosh stores arrays big-endian
            arry = array(arry.typecode, arry)
            arry.byteswap()
        self.write(arry.tobytes())

    def tell(self):
        return self._pos

    def seek(self, *args):
        self._pos = self.file.seek(*args)
        return self._pos


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


_SINGLE = [_encode_positions([p]) for p in range(SINGLE_POSITIONS_CACHED)]
_SINGLE_OF = {value: value for value in _SINGLE}
#: Frequency.encode of small counts, shared.
PACKED_COUNTS_CACHED = 256
_PACKED_COUNTS = [pack_uint(n) for n in range(PACKED_COUNTS_CACHED)]


def _fast_fields(schema) -> dict[str, bool]:
    """The fields inverted from their analyzer's ``terms``: name -> whether with positions
    (else frequencies)."""
    fast = {}
    for name, field in schema.items():
        fmt = getattr(field, "format", None)
        if (field.indexed and hasattr(getattr(field, "analyzer", None), "terms")
                and type(fmt) in (Positions, Frequency) and not field.vector
                and not field.separate_spelling()):
            fast[name] = type(fmt) is Positions
    return fast


def _numbered_fields(schema, fast: dict[str, bool]) -> list[str]:
    """The fast fields kept as word numbers (``_Words``, ``_StemWords``), whose posting
    lists blocks.py encodes a chunk of terms at a time."""
    return [name for name, positions in fast.items()
            if type(schema[name].analyzer) is (FoldAnalyzer if positions else StemTokenizer)]


class SegmentBuilder:
    """Collects documents (dicts of field values, as for ``writer.add_document``) and
    writes them as one segment into ``folder``.

    Fields whose analyzer has a ``terms(value)`` method (the FoldAnalyzer family) are
    inverted directly; any other field goes through ``field.index(value)``, exactly as
    Whoosh's writer does it.
    """

    def __init__(self, schema, folder: str, indexname: str = "MAIN"):
        self.schema = schema
        self.folder = folder
        os.makedirs(folder, exist_ok=True)
        self.storage = BuildStorage(folder)
        self.codec = W3Codec(blocklimit=BLOCK_LIMIT, compression=COMPRESSION)
        # Named from the OS's randomness, not the random module: a caller that seeds it
        # (hypothesis does) would name two segments alike (see index._own_random).
        segid = "".join(_NAMES.choice(SEGMENT_ID_CHARS) for _ in range(SEGMENT_ID_LEN))
        self.segment = W3Segment(self.codec, indexname, segid=segid)
        self.perdoc = self.codec.per_document_writer(self.storage, self.segment)
        self.doc_count = 0
        # field -> term -> [doc number, frequency, encoded value, doc number, ...]: one
        # flat list per term, the fewest objects to allocate (and for the collector to
        # walk) per posting
        self.postings: dict[str, dict] = {}
        # field -> per-document length (0 where the document lacks the field)
        self.lengths: dict[str, list[int]] = {}
        self._fast = _fast_fields(schema)
        # The big fields, kept as word numbers and inverted at the end with numpy
        # (blocks.py); any other fast field through the dicts above.
        self._words: dict[str, _Words] = {}
        lexicon = _Lexicon()  # every numbered field's words as written, numbered once
        for name in _numbered_fields(schema, self._fast):
            positions = self._fast[name]
            self._words[name] = (_Words(lexicon, schema[name].analyzer._fold_lower) if positions
                                 else _StemWords(lexicon))

    def add(self, doc: dict) -> None:
        """Add one document (see ``prepare``)."""
        self.add_prepared(self.prepare(doc))

    def prepare(self, doc: dict) -> list:
        """Analyse a document without adding it: raises ValueError for a value Whoosh could
        not write (text that is not valid Unicode), so a caller can check every story of a
        file before adding any."""
        inverted = []
        found: dict[str, list[str]] = {}  # a text's words, for another field of the text
        for name in sorted(doc):
            value = doc[name]
            if value is None or name.startswith("_"):
                continue
            field = self.schema[name]
            if field.indexed:
                if name in self._fast:
                    if isinstance(value, str):
                        try:
                            value.encode("utf-8")
                        except UnicodeEncodeError as e:
                            raise ValueError(f"field {name} is not valid text: {e}") from None
                    words = self._words.get(name)
                    if words is not None:
                        inverted.append((name, field, value, words.numbers(value, found),
                                         None))
                        continue
                    if self._fast[name]:
                        terms = field.analyzer.terms(value)
                    else:  # frequency only: word -> count
                        counts = getattr(field.analyzer, "counts", None)
                        terms = counts(value) if counts else {
                            word: len(where) for word, where in field.analyzer.terms(value).items()}
                    inverted.append((name, field, value, terms, None))
                else:
                    inverted.append((name, field, value, None, list(field.index(value))))
            else:
                inverted.append((name, field, value, None, None))
        return inverted

    def add_prepared(self, inverted: list) -> None:
        docnum = self.doc_count
        perdoc = self.perdoc
        perdoc.start_doc(docnum)
        for name, field, value, terms, items in inverted:
            length = 0
            words = self._words.get(name)
            if words is not None:  # word numbers (see _Words)
                length = words.add(docnum, terms) if len(terms) else 0
                if not field.scorable:
                    length = 0
            elif terms is not None:
                length = self._add_terms(name, field, docnum, terms)
            elif items is not None:
                length = self._add_items(name, field, docnum, items)
            if length:
                lengths = self.lengths.get(name)
                if lengths is None:
                    lengths = self.lengths[name] = []
                lengths.extend([0] * (docnum - len(lengths)))
                lengths.append(length)
            perdoc.add_field(name, field, value if field.stored else None, length)
            column = field.column_type
            if column:
                perdoc.add_column_value(name, column, field.to_column_value(value))
        perdoc.finish_doc()
        self.doc_count += 1

    def _add_terms(self, name, field, docnum, terms: dict) -> int:
        """``terms``: word -> positions for a field with positions, word -> count else."""
        table = self.postings.get(name)
        if table is None:
            table = self.postings[name] = {}
        if not self._fast[name]:
            return self._add_counts(table, field, docnum, terms)
        single = _SINGLE
        length = 0
        for word, where in terms.items():
            freq = len(where)
            length += freq
            if freq == 1 and where[0] < SINGLE_POSITIONS_CACHED:
                value = single[where[0]]
            else:
                value = _encode_positions(where)
            post = table.get(word)
            if post is None:
                table[word] = [docnum, freq, value]
            else:
                post += (docnum, freq, value)
        return length if field.scorable else 0

    def _add_counts(self, table, field, docnum, counts: dict[str, int]) -> int:
        packed = _PACKED_COUNTS
        length = 0
        for word, freq in counts.items():
            length += freq
            value = packed[freq] if freq < PACKED_COUNTS_CACHED else pack_uint(freq)
            post = table.get(word)
            if post is None:
                table[word] = [docnum, freq, value]
            else:
                post += (docnum, freq, value)
        return length if field.scorable else 0

    def _add_items(self, name, field, docnum, items) -> int:
        table = self.postings.get(name)
        if table is None:
            table = self.postings[name] = {}
        length = 0
        for btext, freq, weight, value in items:
            length += freq
            post = table.get(btext)
            if post is None:
                table[btext] = [docnum, weight, value or b""]
            else:
                post += (docnum, weight, value or b"")
        return length if field.scorable else 0

    # -- writing ------------------------------------------------------------------------

    def finish(self):
        """Write the segment's files; returns the Whoosh segment (doc count set)."""
        self.perdoc.close()
        fieldwriter = self.codec.field_writer(self.storage, self.segment)
        sink = _TableSink(fieldwriter)
        words = {name: w for name, w in self._words.items() if w.docs}
        for name in sorted(set(self.postings) | set(words)):
            field = self.schema[name]
            sink.start(name, field)
            lengths = self.lengths.get(name)
            if lengths is not None:
                lengths.extend([0] * (self.doc_count - len(lengths)))
            if name in words:
                words[name].posting_lists(lengths, field.format.field_boost, sink)
                sink.finish()
                continue
            table = self.postings[name]
            fixed = field.format.fixed_value_size()
            fast = name in self._fast
            boost = field.format.field_boost
            lists = _Lists(sink)
            for key in sorted(table):  # str order is UTF-8 byte order, as W3 wants
                post = table[key]
                ids, second, values = post[0::3], post[1::3], post[2::3]
                weights = [f * boost for f in second] if fast and boost != 1 else second
                lists.add(key.encode("utf-8") if fast else key,
                          *_postings(ids, weights, values, fixed, lengths, lists.offset))
            lists.flush()
            sink.finish()
            table.clear()
        fieldwriter.close()
        self.segment.set_doc_count(self.doc_count)
        shutil.rmtree(os.path.join(self.folder, "tmp"), ignore_errors=True)
        return self.segment


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
    its bytes."""
    total = len(ids)
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
        comp = COMPRESSION if len(data) >= MIN_COMPRESS_BYTES else 0
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
    and takes them with numpy (query._read_postings). Protocol 3, laid out by hand:

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


#: array.array's pickle (protocol 3) up to its typecode: the reconstructor, then the
#: array type.
_ARRAY_HEAD = b"carray\n_array_reconstructor\n(carray\narray\nX\x01\x00\x00\x00"
#: A block's data up to its ids' length: PROTO 3, an array of uint32 (typecode ``I``,
#: machine format 6: little-endian), its bytes as a BINBYTES.
BLOCK_IDS_HEAD = b"\x80\x03" + _ARRAY_HEAD + b"IK\x06B"
#: The weights' array up to its length: float64 (``d``, machine format 16: little-endian).
BLOCK_WEIGHTS_HEAD = _ARRAY_HEAD + b"dK\x10B"
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


def segment_files(folder: str, segment) -> list[str]:
    """The names of a segment's files in ``folder``."""
    prefix = segment.segment_id() + "."
    return [name for name in os.listdir(folder) if name.startswith(prefix)]


def move_segment(segment, src: str, dst: str) -> None:
    """Move a built segment's files from its build folder into the index folder."""
    for name in segment_files(src, segment):
        os.replace(os.path.join(src, name), os.path.join(dst, name))


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


# -- merging segments ----------------------------------------------------------------

#: An ordered hash file's record head (filetables._lengths): key length, value length.
_RECORD = struct.Struct("!II")
#: A term info's list extent after its statistics (W3TermInfo.to_bytes).
_EXTENT = struct.Struct("!qi")
_STATS_SIZE = W3TermInfo._struct.size
#: A term info's document frequency (after its flags and weight).
_DOC_FREQ = struct.Struct("!I")
_INT = struct.Struct("!i")
#: A numbered field's list longer than this is encoded block by block (_postings), not
#: with the chunk's arrays: blocks.py takes ~350 bytes a posting at its peak, and a word
#: of most of a million stories made a merge's peak 300 MB higher. Its bytes differ from
#: the builder's by the pickler's memo marks, which readers never need.
MERGE_LONG_LIST = 1 << 16
#: Posting lists of at most this many stories are merged as Python lists; longer ones
#: with numpy, which costs more than it saves on a short list (most of a vocabulary is
#: words of one or two stories).
MERGE_LIST_MIN = 48


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
        codec = W3Codec(blocklimit=BLOCK_LIMIT, compression=COMPRESSION)
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


def _open_sources(storage, sources: list) -> list:
    window = min(MERGE_READ, max(MERGE_READ_MIN, MERGE_READ_BYTES // (2 * len(sources) or 1)))
    return [_SourceSegment(storage, seg, window) for seg in sources]


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
                if chunk.postings >= CHUNK_POSTINGS:
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

    settings = {name: globals()[name] for name in _PART_SETTINGS}
    ctx = multiprocessing.get_context("spawn")
    process = ctx.Process(target=_merge_part,
                          args=(index_folder, schema, sources, names, path, total, settings),
                          daemon=True)
    process.start()
    return process


_PART_SETTINGS = ("BLOCK_LIMIT", "COMPRESSION", "MIN_COMPRESS_BYTES", "ARRAY_BLOCK_MIN",
                  "RAW_LIST_SHARE", "RAW_LIST_MIN",
                  "CHUNK_POSTINGS", "MERGE_LIST_MIN", "MERGE_LONG_LIST", "MERGE_READ",
                  "MERGE_READ_BYTES", "MERGE_READ_MIN", "WRITE_CHUNK")


def _merge_part(index_folder, schema, sources, names, path, total, settings) -> None:
    from .worker import _die_with_parent

    _die_with_parent()  # as the build's workers: a killed run's merge stops with it
    globals().update(settings)
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
