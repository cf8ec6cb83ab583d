"""Version groups: the fast hashing gives datasketch's values bit for bit."""
from __future__ import annotations

import hashlib
import random
import zlib

import numpy as np
from datasketch import MinHash
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.versions import BANDS, NUM_PERM, ROWS, WORD_RE, band_keys, shingles, signature, words

DAY = 86400.0
# Invented words, some with letters str.lower() and \w treat specially: a capital sigma
# (lowercased by context), a dotted capital I (one letter lowercases to two), a Kelvin
# sign (lowercases to ASCII), a superscript digit (a word character, not ASCII).
VOCAB = ("harbour dock strike pay offer union week port ships anchor talks minister "
         "budget vote late night river flood rain town Über straße Ölpreis café naïve "
         "ΣΟΦΙΑ ΟΔΟΣ İzmir \u212aelvin x\u00b2 Déjà-vu l'été O'Neil").split()
# Characters between words: ASCII and other punctuation and spaces, as copy has them.
SEPARATORS = [" ", " ", " ", ", ", ". ", "\n\n", " \u2014 ", " \u00ab", "\u00bb ", "\u2019s ",
              "\u00a0", " (", ") ", "\t", "_", "-"]


def random_text(rng: random.Random, n_words: int) -> str:
    out = []
    for _ in range(n_words):
        word = rng.choice(VOCAB)
        out.append(word.upper() if rng.random() < 0.05 else word)
        out.append(rng.choice(SEPARATORS))
    return "".join(out)


# -- hashing -----------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=()), max_size=80))
def test_words_are_the_regex_words_of_the_lowercased_text(text):
    assert words(text) == [w.encode("utf-8", "surrogatepass")
                           for w in WORD_RE.findall(text.lower())]


def test_words_of_invented_copy():
    rng = random.Random(3)
    for _ in range(300):
        text = random_text(rng, rng.randint(0, 60))
        assert words(text) == [w.encode("utf-8") for w in WORD_RE.findall(text.lower())], text


def reference_signature(shingle_set) -> np.ndarray:
    """What wire computed with datasketch before it did the same with numpy."""
    m = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=zlib.crc32, scheme="affine32")
    m.update_batch(list(shingle_set))
    return m.hashvalues.astype(np.uint32)


def reference_band_keys(sig: np.ndarray) -> list[int]:
    raw = sig.tobytes()
    width = ROWS * 4
    return [int.from_bytes(hashlib.blake2b(bytes([b]) + raw[b * width:(b + 1) * width],
                                           digest_size=8).digest(), "big") >> 1
            for b in range(BANDS)]


def test_signatures_and_band_keys_are_datasketchs_bit_for_bit():
    # Stored signatures and band keys stay valid only if these never change.
    rng = random.Random(1)
    for _ in range(400):
        found = shingles(random_text(rng, 3), random_text(rng, rng.randint(0, 700)))
        sig = signature(found)
        expected = reference_signature(found)
        assert sig.dtype == np.uint32 and sig.shape == (NUM_PERM,)
        assert sig.tobytes() == expected.tobytes()
        assert band_keys(sig) == reference_band_keys(expected)
