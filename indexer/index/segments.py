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

The posting lists' bytes are made in w3.py, the numbered fields' in words.py; merge.py
merges segments.
"""
from __future__ import annotations

import os
import pickle
import random
import shutil
import sys
from array import array

from whoosh.codec.whoosh3 import W3Codec, W3Segment
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile
from whoosh.formats import Frequency, Positions
from whoosh.system import pack_uint

from ..schema import FoldAnalyzer, StemTokenizer
from . import w3  # its settings read as w3.NAME: tests change them
from .w3 import _encode_positions, _Lists, _postings, _TableSink
from .words import _Lexicon, _StemWords, _Words

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
        self.codec = W3Codec(blocklimit=w3.BLOCK_LIMIT, compression=w3.COMPRESSION)
        # Named from the OS's randomness, not the random module: a caller that seeds it
        # (hypothesis does) would name two segments alike (see commit._own_random).
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


def segment_files(folder: str, segment) -> list[str]:
    """The names of a segment's files in ``folder``."""
    prefix = segment.segment_id() + "."
    return [name for name in os.listdir(folder) if name.startswith(prefix)]


def move_segment(segment, src: str, dst: str) -> None:
    """Move a built segment's files from its build folder into the index folder."""
    for name in segment_files(src, segment):
        os.replace(os.path.join(src, name), os.path.join(dst, name))
