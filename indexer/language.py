"""Language id for the normalize stage: a text sample -> py3langid's answer, computed faster.

py3langid scores a text by walking a byte automaton (one Python step per byte) to collect
n-gram features, then summing their naive-Bayes rows. Its model ships LZMA-compressed and
takes a few tenths of a second to load, in every worker process. This module gives the very
same answer (the same scores, bit for bit) more cheaply:

- The walk runs in numpy. The automaton's state after a byte depends only on the last
  `window` bytes (it is an Aho-Corasick automaton over n-grams at most that long), so every
  position's state is found at once by walking each position's window from the start state.
  Every state is then checked against the one-step rule (state[i] = move(state[i-1], byte[i]));
  that check is what makes the result exact, so a model that broke the window rule would
  only fall back to the byte-by-byte walk, never give another answer.
- The features are summed in the order py3langid sums them (first occurrence), with the
  same float32 arithmetic, so ties and near-ties come out the same.
- The model, restricted to the languages asked for, is cached once per machine as plain
  ``.npy`` files that load memory-mapped (shared between worker processes) in milliseconds.
  The cache is written only after the fast path has matched py3langid's own ranking on
  CHECK_TEXTS; otherwise py3langid itself is used. The cache is indexer/cache.py's folder;
  when it cannot be written each process builds the model in memory.
"""
from __future__ import annotations

import functools
import json
import os
import shutil
from typing import Callable

import numpy as np

from . import cache

CACHE_FORMAT = 1          # bump when the cached files change meaning
MAX_WINDOW = 16           # automata deeper than this are walked byte by byte (langid's is 6)

# Short texts in several scripts and cases (the automaton reads UTF-8 bytes; py3langid
# lowercases ALL-CAPS text first); written for this check, not taken from any corpus.
CHECK_TEXTS = (
    "",
    "12 345,67 -- 89",
    "The central bank kept its key rate unchanged on Thursday, as expected.",
    "SHARES CLOSED HIGHER AFTER THE RESULTS WERE PUBLISHED",
    "Le gouvernement a présenté mercredi un projet de loi sur l'énergie.",
    "Die Regierung will die Steuern im kommenden Jahr senken, sagte der Minister.",
    "El presidente viajará la próxima semana a la cumbre de Lima.",
    "Il governo ha approvato il decreto dopo una lunga riunione notturna.",
    "Правительство одобрило новый бюджет на следующий год.",
    "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.",
    "الحكومة أعلنت عن إجراءات جديدة لدعم الاقتصاد",
    "政府は来年度の予算案を閣議決定した。",
    "国务院周三宣布了新的经济刺激措施。",
    "정부는 내년 예산안을 발표했다.",
    "सरकार ने नई आर्थिक नीति की घोषणा की।",
    "Rząd przyjął projekt budżetu na przyszły rok.",
    "Hükümet yeni ekonomik önlemleri açıkladı.",
    "qtr net shr 12 cts vs 9 cts revs 4.5 mln vs 3.9 mln",
)


class FastIdentifier:
    """py3langid's classifier over numpy arrays: ``classify(text) -> language code``."""

    def __init__(self, arrays: dict, classes: list[str], aliases: list[tuple[int, int]],
                 window: int, floor: float, encode: Callable[[str], bytes]):
        self.moves = arrays["moves"]          # distinct 256-wide transition rows, flattened
        self.rowbase = arrays["rowbase"]      # state -> offset of its row in moves
        self.features = arrays["features"]    # state -> feature row in table, or -1
        self.table = arrays["table"]          # feature x language log-probabilities (float32)
        self.prior = arrays["prior"]          # language log-priors (float32)
        self.classes = classes
        self.aliases = aliases                # (first, duplicate) columns of one language
        self.window = window
        self.floor = floor
        self.encode = encode

    # -- building

    @classmethod
    def from_identifier(cls, ident, floor: float, encode) -> "FastIdentifier":
        """The arrays of a loaded py3langid LanguageIdentifier (already restricted)."""
        moves = np.asarray(ident.tk_nextmove)
        rowbase = np.asarray(ident.tk_row, dtype=np.intp) << 8
        features = np.asarray(ident.tk_output, dtype=np.intp)
        arrays = {
            "moves": moves,
            "rowbase": rowbase,
            "features": features,
            "table": np.ascontiguousarray(ident.nb_ptc, dtype=np.float32),
            "prior": np.asarray(ident.nb_pc, dtype=np.float32),
        }
        window = _depth(moves, rowbase)
        return cls(arrays, list(ident.nb_classes), [tuple(p) for p in ident._alias_pairs],
                   window, floor, encode)

    def save(self, folder: str) -> None:
        for name in ("moves", "rowbase", "features", "table", "prior"):
            np.save(os.path.join(folder, name + ".npy"), getattr(self, name))
        with open(os.path.join(folder, "meta.json"), "w", encoding="utf-8") as fh:
            json.dump({"classes": self.classes, "aliases": self.aliases,
                       "window": self.window, "floor": self.floor}, fh)

    @classmethod
    def load(cls, folder: str, encode) -> "FastIdentifier":
        with open(os.path.join(folder, "meta.json"), encoding="utf-8") as fh:
            meta = json.load(fh)
        # Memory-mapped: pages come from the OS cache, shared by every worker process.
        arrays = {name: np.asarray(np.load(os.path.join(folder, name + ".npy"), mmap_mode="r"))
                  for name in ("moves", "rowbase", "features", "table", "prior")}
        classes = meta["classes"]
        if arrays["table"].shape != (int(arrays["features"].max()) + 1, len(classes)) \
                or arrays["prior"].shape != (len(classes),) \
                or len(arrays["rowbase"]) != len(arrays["features"]):
            raise ValueError(f"inconsistent language model cache in {folder}")
        return cls(arrays, classes, [tuple(p) for p in meta["aliases"]], meta["window"],
                   meta["floor"], encode)

    # -- scoring

    def states(self, data: bytes):
        """The automaton's state after each byte of `data` (exactly py3langid's walk)."""
        moves, rowbase = self.moves, self.rowbase
        b = np.frombuffer(data, dtype=np.uint8).astype(np.intp)
        n = len(b)
        s = np.zeros(n, dtype=np.intp)
        # Step k feeds position i its byte i-k: each position walks its own window, the
        # first step from the start state for all.
        k = min(self.window, n) - 1
        if k >= 0:
            s[k:] = moves[b[:n - k] + rowbase[0]]
        for k in range(k - 1, -1, -1):
            at = rowbase[s[k:]]
            at += b[:n - k]
            s[k:] = moves[at]
        at = np.empty_like(s)
        if n:
            at[0] = rowbase[0]
            at[1:] = rowbase[s[:-1]]
        at += b
        if not np.array_equal(moves[at], s):
            s = self._walk(b)                 # the window rule does not hold: walk it
        return s

    def _walk(self, b):
        moves, rowbase = self.moves, self.rowbase
        out, state = [], 0
        for byte in b.tolist():
            state = int(moves[rowbase[state] + byte])
            out.append(state)
        return np.array(out, dtype=np.intp)

    def scores(self, text: str):
        """Per-language scores as py3langid's ``rank`` sees them (aliases folded)."""
        found = self.features[self.states(self.encode(text))]
        found = found[found >= 0]
        if len(found):
            ids, counts = _first_seen_counts(found)
            scores = np.log1p(counts.astype(np.float32)) @ np.take(self.table, ids, axis=0) \
                + self.prior
        else:
            scores = np.full(len(self.classes), self.floor, dtype=np.float32)
        for i, j in self.aliases:
            scores[i] = max(scores[i], scores[j])
            scores[j] = self.floor
        return scores

    def classify(self, text: str) -> str:
        return self.classes[int(self.scores(text).argmax())]

    def rank(self, text: str) -> list[tuple[str, float]]:
        merged: dict[str, float] = {}
        for lang, score in zip(self.classes, self.scores(text).tolist()):
            merged.setdefault(lang, score)
        return sorted(merged.items(), key=lambda kv: kv[1], reverse=True)


def _first_seen_counts(found):
    """Distinct values of `found` in order of first occurrence, with their counts (what
    py3langid's Counter holds, in its order: float32 sums depend on the order).

    >>> [a.tolist() for a in _first_seen_counts(np.array([7, 3, 7, 9, 3, 7]))]
    [[7, 3, 9], [3, 2, 1]]
    """
    n = len(found)
    shift = n.bit_length()
    # One plain sort of (value, position) packed in an int64 stands in for a stable argsort.
    keys = np.sort((found << shift) | np.arange(n))
    values = keys >> shift
    starts = np.empty(n, dtype=bool)
    starts[0] = True
    np.not_equal(values[1:], values[:-1], out=starts[1:])
    starts = starts.nonzero()[0]
    first = keys[starts] & ((1 << shift) - 1)
    counts = np.empty(len(starts), dtype=np.intp)
    counts[:-1] = starts[1:] - starts[:-1]
    counts[-1] = n - starts[-1]
    order = first.argsort()
    return values[starts[order]], counts[order]


def _depth(moves, rowbase) -> int:
    """Length of the longest n-gram the automaton tracks (its states' depth from the start)."""
    rows = moves.reshape(-1, 256)
    seen = np.zeros(len(rowbase), dtype=bool)
    seen[0] = True
    expanded = np.zeros(len(rows), dtype=bool)     # a row's targets are found once
    frontier, depth = np.array([0]), 0
    while depth <= MAX_WINDOW:
        todo = np.unique(rowbase[frontier] >> 8)
        todo = todo[~expanded[todo]]
        expanded[todo] = True
        reached = np.zeros(len(rowbase), dtype=bool)
        reached[rows[todo].ravel()] = True
        frontier = np.flatnonzero(reached & ~seen)
        if not len(frontier):
            break
        seen[frontier] = True
        depth += 1
    return max(1, min(depth, MAX_WINDOW))


class LibraryIdentifier:
    """py3langid itself, for when the fast path cannot be used."""

    def __init__(self, ident):
        self.ident = ident

    def classify(self, text: str) -> str:
        return self.ident.classify(text)[0]


def _library(languages: Callable[[list[str]], list[str]]):
    import py3langid
    from py3langid import langid
    py3langid.classify("warm up")           # loads the model into langid.IDENTIFIER
    ident = langid.IDENTIFIER
    ident.set_languages(languages(list(ident.nb_classes)))
    return ident


def _cache_path(tag: str) -> str | None:
    """The cache folder for the model: named after py3langid's code, its model file and `tag`."""
    import importlib.util
    spec = importlib.util.find_spec("py3langid")
    if spec is None or not spec.origin:
        return None
    pkg = os.path.dirname(spec.origin)
    source: list = [CACHE_FORMAT, tag]
    for rel in ("langid.py", os.path.join("data", "model.npz.xz")):
        st = os.stat(os.path.join(pkg, rel))
        source += [rel, st.st_size, st.st_mtime_ns]
    return cache.entry_path("langid", source)


def encode_text(text: str) -> bytes:
    """py3langid 0.4's text encoding (ALL-CAPS lowercased, NFC, UTF-8); checked against it."""
    import unicodedata
    if text.isupper():
        text = text.lower()
    return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")


@functools.lru_cache(maxsize=None)
def identifier(tag: str, languages: Callable[[list[str]], list[str]]):
    """A classifier for py3langid's model restricted by `languages` (named by `tag`), loaded
    once per process from the cache folder (built there on first use)."""
    try:
        folder = _cache_path(tag)
    except OSError:
        folder = None
    return load_identifier(languages, folder)


def load_identifier(languages: Callable[[list[str]], list[str]], folder: str | None):
    """The fast classifier from `folder`, else built from py3langid (and saved to `folder`
    once it has matched py3langid on CHECK_TEXTS), else py3langid itself."""
    if folder and os.path.isdir(folder):
        try:
            return FastIdentifier.load(folder, encode_text)
        except (OSError, ValueError, KeyError, TypeError):
            shutil.rmtree(folder, ignore_errors=True)       # damaged: rebuild it below
    ident = _library(languages)
    try:
        from py3langid import langid
        fast = FastIdentifier.from_identifier(ident, float(langid.RAW_FLOOR), encode_text)
        if any(fast.rank(t) != ident.rank(t) for t in CHECK_TEXTS):
            return LibraryIdentifier(ident)
    except (AttributeError, TypeError, ValueError, IndexError):
        return LibraryIdentifier(ident)                     # another py3langid layout
    if folder:
        cache.write_folder(folder, fast.save)
    return fast
