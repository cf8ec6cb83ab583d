"""blocks.py, the whole-field posting list writer, against w3._postings, the
posting-by-posting writer it stands in for: the same blocks (info and unpickled data) and
the same term infos for any postings."""
from __future__ import annotations

import io
import pickle
import random
import struct
import zlib
from array import array

import numpy as np
import pytest

from indexer import blocks, postings
from indexer.index import w3, words
from indexer.index.w3 import _encode_positions, _layout, _postings
from whoosh.system import pack_uint


def _raw_blocks(data: bytes):
    """Each block of a posting list: (last?, its info, its data inflated)."""
    out, pos = [], 4
    while True:
        size = struct.unpack_from("!i", data, pos)[0]
        stream = io.BytesIO(data)
        stream.seek(pos + 4)
        info = pickle.load(stream)
        end = pos + 4 + abs(size)
        raw = data[stream.tell():end]
        out.append((size < 0, info, zlib.decompress(raw) if info[3] else raw))
        if size < 0:
            return out
        pos = end


def _blocks(data: bytes):
    """A posting list's blocks: (last?, info without its compression flag, data)."""
    return [(last, info[:3] + info[4:],
             tuple(list(v) if isinstance(v, array) else v for v in pickle.loads(raw)))
            for last, info, raw in _raw_blocks(data)]


def _random_postings(rng, terms: int, docs: int, positions: bool):
    """{term: [(doc, positions or count)]}, some terms in every document."""
    out = {}
    for t in range(terms):
        n = rng.choice([1, 1, 2, 3, 7, 40, docs])
        chosen = sorted(rng.sample(range(docs), min(n, docs)))
        rows = []
        for d in chosen:
            if positions:
                count = rng.choice([1, 1, 2, 5, 300])
                places, at = [], rng.choice([0, 3, 200, 300, 70_000])
                for _ in range(count):
                    places.append(at)
                    at += rng.choice([1, 2, 30, 255, 256, 1000, 66_000])
                rows.append((d, places))
            else:
                rows.append((d, rng.choice([1, 1, 2, 3, 9])))
        out[t] = rows
    # a term whose heaviest posting is in its last block alone
    out[terms] = [(d, [d] if positions else 1) for d in range(docs - 1)] + [
        (docs - 1, list(range(0, 40, 2)) if positions else 20)]
    return out


@pytest.mark.parametrize("positions", [True, False])
@pytest.mark.parametrize("seed", range(4))
def test_posting_lists_equal_the_posting_by_posting_writer(monkeypatch, positions, seed):
    monkeypatch.setattr(w3, "BLOCK_LIMIT", 16)
    monkeypatch.setattr(w3, "ARRAY_BLOCK_MIN", 8)
    rng = random.Random(seed)
    docs = 60
    table = _random_postings(rng, 30, docs, positions)
    lengths = [rng.choice([0, 1, 5, 80, 5000, 200_000]) for _ in range(docs)] if seed % 2 else None
    if lengths is not None:
        for rows in table.values():
            for d, where in rows:
                lengths[d] = max(lengths[d], 1)  # a document holding a word has a length
    boost = 1.0 if seed < 2 else 1.5

    terms, ids, freqs, deltas, starts = [], [], [], [], []
    for t, rows in table.items():
        for d, where in rows:
            terms.append(t)
            ids.append(d)
            if positions:
                starts.append(len(deltas))
                deltas.extend(b - a for a, b in zip([0] + where[:-1], where))
                freqs.append(len(where))
            else:
                freqs.append(where)
    freqs = np.array(freqs, dtype=np.int64)
    np_, _, layout = _layout()
    values = (blocks.position_values(layout, freqs, np.array(deltas, dtype=np.int64),
                                     np.array(starts, dtype=np.int64),
                                     w3._wide_positions)
              if positions else freqs)
    offset = 1000
    data, infos, firsts = blocks.posting_lists(
        layout, np.array(terms, dtype=np.int64), np.array(ids, dtype=np.int64),
        freqs * boost, values, None if lengths is None else np.array(lengths), offset)

    assert len(infos) == len(table)
    at = offset
    for info, (t, rows) in zip(infos, table.items()):
        got = data[info["offset"] - offset:info["offset"] - offset + info["length"]]
        assert info["offset"] == at
        at += info["length"]
        if positions:
            old_values = [_encode_positions(where) for _, where in rows]
            weights = [len(where) * boost for _, where in rows]
        else:
            old_values = [pack_uint(n) for _, n in rows]
            weights = [n * boost for _, n in rows]
        old_info, old_data = _postings([d for d, _ in rows], weights, old_values,
                                       None if positions else 4, lengths, 0)
        assert _blocks(got) == _blocks(old_data)
        # a block of arrays is laid out as postings._block_head reads its start
        for _, block_info, raw in _raw_blocks(got):
            count = block_info[0]
            ids, weights, _ = pickle.loads(raw)
            head = postings._block_head(np, raw, count)
            assert (head is not None) == (count >= w3.ARRAY_BLOCK_MIN)
            if head is not None:
                assert head[0].tolist() == list(ids)
                assert (head[1] if head[1] is None or isinstance(head[1], float)
                        else head[1].tolist()) == (weights if not isinstance(weights, array)
                                                   else list(weights))
        # the term info, but for where the list is and how long (pickles differ)
        assert info.tobytes()[:-12] == old_info[:-12]


def test_stable_order_equals_a_stable_argsort():
    rng = np.random.default_rng(5)
    for high in (10, 60_000, 300_000, 1 << 31):
        keys = rng.integers(0, high, 5000).astype(np.int64)
        assert (blocks.stable_order(keys) == np.argsort(keys, kind="stable")).all()
    assert len(blocks.stable_order(np.zeros(0, dtype=np.int64))) == 0


def test_pieces_join_group_keep_and_spread():
    a = blocks.from_list([b"ab", b"", b"c"])
    b = blocks.const(b"-", 3)
    assert blocks.materialize(blocks.join(a, b)).tobytes() == b"ab--c-"
    assert blocks.materialize(blocks.keep(blocks.join(b, a), np.array([True, False, True]))
                              ).tobytes() == b"-ab-c"
    grouped = blocks.group(blocks.join(a, b), np.array([0, 1]))
    assert grouped.lens.tolist() == [3, 3]
    assert blocks.materialize(blocks.join(blocks.const(b"<", 2), grouped)).tobytes() == \
        b"<ab-<-c-"
    spread = blocks.spread(blocks.from_list([b"x", b"yz"]), np.array([1, 3]), 4)
    assert blocks.materialize(blocks.join(b.__class__(
        np.ones(4, dtype=np.int64), np.frombuffer(b"0123", dtype=np.uint8)), spread)
    ).tobytes() == b"01x23yz"


def test_term_table_equals_whoosh_ordered_hash_writer():
    """w3._add_terms_in_order and its hash tables against Whoosh's own writer,
    byte for byte: keys of two fields in two calls, positions past 65,535 (the index
    array widens), buckets with collisions."""
    from whoosh.filedb.filetables import OrderedHashWriter, md5_hash
    from whoosh.filedb.structfile import StructFile

    rng = random.Random(7)
    rows = sorted({(bytes([0, f]) + bytes(rng.choices(b"abcdefgh", k=rng.randint(1, 9))),
                    bytes(rng.randint(0, 255) for _ in range(rng.choice([3, 35, 200]))))
                   for f in (1, 2) for _ in range(900)})
    rows = list({key: value for key, value in rows}.items())  # one value a key

    def written(add):
        stream = io.BytesIO()
        writer = OrderedHashWriter(StructFile(stream))
        writer.dbfile.close = lambda: None  # keep the bytes readable
        add(writer)
        writer.close()
        return stream.getvalue()

    def whoosh_add(writer):
        for key, value in rows:
            writer.add(key, value)

    def wire_add(writer):
        half = sum(1 for key, _ in rows if key[1] == 1)
        w3._add_terms_in_order(writer, rows[:half])
        w3._add_terms_in_order(writer, rows[half:])

    assert len(rows) > 1000 and sum(len(k) + len(v) for k, v in rows) > 65536
    assert written(wire_add) == written(whoosh_add)
    assert all(w3._hash_key(key) == md5_hash(key) for key, _ in rows)


def test_chunk_bounds_cut_between_terms():
    terms = np.array([0, 0, 0, 1, 2, 2, 3, 3, 3, 3, 3, 4])
    for limit in (1, 2, 3, 4, 5, 100):
        bounds = words._chunk_bounds(np, terms, limit)
        assert bounds[0][0] == 0 and bounds[-1][1] == len(terms)
        assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
        for first, end in bounds:
            assert first < end
            assert end == len(terms) or terms[end] != terms[end - 1]  # whole terms
            # over the limit only when it is one term
            assert end - first <= limit or len(set(terms[first:end].tolist())) == 1
    assert words._chunk_bounds(np, terms, 4) == [(0, 4), (4, 6), (6, 11), (11, 12)]


def test_lowercasing_by_character_but_for_two():
    """words._StemWords splits text as written and lowercases word by word, which is
    lowercasing the text but for CONTEXT_LOWERCASE: every other character lowercases to
    one character, a word character to a word character, a dot to a dot, whatever its
    neighbours."""
    import re
    import sys
    word = re.compile(r"\w")
    odd = set()
    for cp in range(sys.maxunicode + 1):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        low = c.lower()
        if (len(low) != 1 or bool(word.match(c)) != bool(word.match(low))
                or (c == ".") != (low == ".")
                or any(s.lower() != "".join(ch.lower() for ch in s)
                       for s in ("A" + c + "A", c + "'A", "A" + c))):
            odd.add(c)
    assert odd == set(words.CONTEXT_LOWERCASE)
