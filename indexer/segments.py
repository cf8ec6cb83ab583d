"""Whoosh documents -> a finished Whoosh segment, written through Whoosh's own codec (W3).

Whoosh's writer sends every posting through a Python tuple, an external sort and a
per-posting ``add`` with type checks; at ~300 distinct words per story that was most of
indexing time (py-spy: posting pool, ``add_postings`` and ``_write_block`` ~60 %). Here a
batch of documents is inverted in memory (field -> word -> doc numbers, frequencies,
encoded positions) and each posting list is written as whole blocks in the W3 block format,
so the per-posting work is a few list appends and C-level packing. Stored fields, field
lengths and sortable columns go through Whoosh's own per-document writer unchanged.

The result is an ordinary W3 segment: ``index.WireIndex`` adds it to the index's table of
contents and Whoosh opens and searches it like any other (tests compare every posting,
stored field and length with what Whoosh's own writer makes of the same documents).
A segment is built in a private folder, so that Whoosh's clean-up of unreferenced files
cannot touch it, and moved into the index only when it is committed.
"""
from __future__ import annotations

import os
import pickle
import random
import shutil
import sys
import zlib
from array import array
from operator import sub

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3Segment, W3TermInfo
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile
from whoosh.formats import Frequency, Positions
from whoosh.system import pack_int, pack_uint, pack_ushort
from whoosh.util.numeric import length_to_byte

#: Postings per block and zlib level: W3Codec's defaults, so blocks look like its own.
BLOCK_LIMIT = 128
COMPRESSION = 3
#: Blocks whose pickle is shorter than this are stored uncompressed (the block header says
#: so and W3's reader honours it): one zlib call costs more than the block on a rare word,
#: and rare words are most of a vocabulary.
MIN_COMPRESS_BYTES = 512
#: The pickle protocol W3 uses for blocks and position lists.
PICKLE_PROTOCOL = 2
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
    """Positions.encode: a count, then the pickled position deltas."""
    return pack_uint(len(positions)) + pickle.dumps(
        list(map(sub, positions, [0] + positions[:-1])), PICKLE_PROTOCOL)


_SINGLE = [_encode_positions([p]) for p in range(SINGLE_POSITIONS_CACHED)]


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
        self.postings_count = 0
        # field -> term -> [doc numbers, frequencies, encoded values]
        self.postings: dict[str, dict] = {}
        # field -> per-document length (0 where the document lacks the field)
        self.lengths: dict[str, list[int]] = {}
        self._fast = {}
        for name, field in schema.items():
            fmt = getattr(field, "format", None)
            if (field.indexed and hasattr(getattr(field, "analyzer", None), "terms")
                    and type(fmt) in (Positions, Frequency) and not field.vector
                    and not field.separate_spelling()):
                self._fast[name] = type(fmt) is Positions

    def add(self, doc: dict) -> None:
        """Add one document (see ``prepare``)."""
        self.add_prepared(self.prepare(doc))

    def prepare(self, doc: dict) -> list:
        """Analyse a document without adding it: raises ValueError for a value Whoosh could
        not write (text that is not valid Unicode), so a caller can check every story of a
        file before adding any."""
        inverted = []
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
                    terms = field.analyzer.terms(value)
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
            if terms is not None:
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

    def _add_terms(self, name, field, docnum, terms: dict[str, list[int]]) -> int:
        table = self.postings.get(name)
        if table is None:
            table = self.postings[name] = {}
        positions = self._fast[name]
        single = _SINGLE
        length = 0
        for word, where in terms.items():
            freq = len(where)
            length += freq
            if not positions:
                value = pack_uint(freq)
            elif freq == 1 and where[0] < SINGLE_POSITIONS_CACHED:
                value = single[where[0]]
            else:
                value = _encode_positions(where)
            post = table.get(word)
            if post is None:
                table[word] = ([docnum], [freq], [value])
            else:
                post[0].append(docnum)
                post[1].append(freq)
                post[2].append(value)
        self.postings_count += len(terms)
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
                table[btext] = ([docnum], [weight], [value or b""])
            else:
                post[0].append(docnum)
                post[1].append(weight)
                post[2].append(value or b"")
        self.postings_count += len(items)
        return length if field.scorable else 0

    # -- writing ------------------------------------------------------------------------

    def finish(self):
        """Write the segment's files; returns the Whoosh segment (doc count set)."""
        self.perdoc.close()
        fieldwriter = self.codec.field_writer(self.storage, self.segment)
        postfile = fieldwriter._postfile
        tindex = fieldwriter._tindex
        offset = postfile.tell()
        for name in sorted(self.postings):
            field = self.schema[name]
            fieldwriter.start_field(name, field)
            prefix = pack_ushort(fieldwriter._fieldid)
            table = self.postings[name]
            lengths = self.lengths.get(name)
            if lengths is not None:
                lengths.extend([0] * (self.doc_count - len(lengths)))
            fixed = field.format.fixed_value_size()
            fast = name in self._fast
            boost = field.format.field_boost
            for key in sorted(table):  # str order is UTF-8 byte order, as W3 wants
                ids, second, values = table[key]
                btext = key.encode("utf-8") if fast else key
                weights = [f * boost for f in second] if fast else second
                info, offset = _write_postings(postfile, offset, ids, weights, values, fixed,
                                               lengths)
                tindex.add(prefix + btext, info.to_bytes())
            fieldwriter.finish_field()
            table.clear()
        fieldwriter.close()
        self.segment.set_doc_count(self.doc_count)
        shutil.rmtree(os.path.join(self.folder, "tmp"), ignore_errors=True)
        return self.segment


def _write_postings(postfile, start, ids, weights, values, fixed, lengths):
    """One posting list in W3's block format at offset ``start`` of ``postfile`` (see
    W3PostingsWriter._write_block); returns its term info and the offset after it."""
    info = W3TermInfo()
    parts = [WHOOSH3_HEADER_MAGIC]
    write = parts.append
    total = len(ids)
    minlength = None
    maxlength = 0
    maxweight = 0
    for first in range(0, total, BLOCK_LIMIT):
        last = min(first + BLOCK_LIMIT, total)
        bids = ids[first:last]
        bweights = weights[first:last]
        if lengths is not None:
            blens = [lengths[i] for i in bids]
            bmin, bmax = min(blens), max(blens)
            if not bmin:
                bmin = None
        else:
            bmin, bmax = None, 0
        bmaxweight = max(bweights)
        if bmin is not None and (minlength is None or bmin < minlength):
            minlength = bmin
        maxlength = max(maxlength, bmax)
        maxweight = max(maxweight, bmaxweight)
        if all(w == 1.0 for w in bweights):
            mini_weights = None
        elif all(w == bweights[0] for w in bweights):
            mini_weights = float(bweights[0])
        else:
            mini_weights = tuple(float(w) for w in bweights)
        if fixed is None or fixed < 0:
            mini_values = tuple(values[first:last])
        elif fixed == 0:
            mini_values = None
        else:
            mini_values = b"".join(values[first:last])
        deltas = tuple(map(sub, bids, [0] + bids[:-1]))
        data = pickle.dumps((deltas, mini_weights, mini_values), PICKLE_PROTOCOL)
        comp = COMPRESSION if len(data) >= MIN_COMPRESS_BYTES else 0
        if comp:
            data = zlib.compress(data, comp)
        blockinfo = pickle.dumps((len(bids), bids[-1], bmaxweight, comp,
                                  length_to_byte(bmin), length_to_byte(bmax)), PICKLE_PROTOCOL)
        size = len(blockinfo) + len(data)
        write(pack_int(-size if last == total else size))
        write(blockinfo)
        write(data)
    info._weight = float(sum(weights))
    info._df = total
    info._minlength = minlength
    info._maxlength = maxlength
    info._maxweight = maxweight
    info._minid = ids[0]
    info._maxid = ids[-1]
    out = b"".join(parts)
    postfile.write(out)
    info.set_extent(start, len(out))
    return info, start + len(out)


def segment_files(folder: str, segment) -> list[str]:
    """The names of a segment's files in ``folder``."""
    prefix = segment.segment_id() + "."
    return [name for name in os.listdir(folder) if name.startswith(prefix)]


def move_segment(segment, src: str, dst: str) -> None:
    """Move a built segment's files from its build folder into the index folder."""
    for name in segment_files(src, segment):
        os.replace(os.path.join(src, name), os.path.join(dst, name))
