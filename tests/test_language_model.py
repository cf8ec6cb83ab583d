"""The fast language classifier gives py3langid's own scores, and its cache is safe to lose."""
from __future__ import annotations

import os

import pytest

from indexer import cache, language, normalize

# (text, why): invented lines in several scripts, cases and shapes.
TEXTS = [
    ("The harbour authority said cranes would stand idle until the strike ended.", "English"),
    ("QTR NET LOSS 1,204,000 DLRS VS PROFIT 310,000 DLRS", "ALL-CAPS results line"),
    ("La mairie a fermé trois écoles après les inondations de la nuit.", "French, accents"),
    ("Die Stadtwerke erhöhen die Preise für Fernwärme zum ersten März.", "German, umlauts"),
    ("Los agricultores bloquearon las carreteras del norte durante dos días.", "Spanish"),
    ("Os bombeiros controlaram o incêndio na madrugada de sábado.", "Portuguese"),
    ("Депутаты отклонили поправки к закону о выборах.", "Russian, Cyrillic"),
    ("Οι αγρότες διαμαρτυρήθηκαν έξω από το υπουργείο.", "Greek"),
    ("المزارعون احتجوا أمام مبنى الوزارة صباح اليوم", "Arabic"),
    ("農家が省庁の前で抗議した。", "Japanese"),
    ("市政府周五关闭了三所学校。", "Chinese"),
    ("농민들이 정부 청사 앞에서 시위를 벌였다.", "Korean"),
    ("e\u0301cole caf\u00e9 \ud800 tab\tend", "decomposed accent, lone surrogate, tab"),
    ("1987 1988 -- 12.5 pct / 3.4 pct", "digits and punctuation only"),
    ("", "empty"),
]


def _rows(table):
    assert len({t for t, _ in table}) == len(table), "duplicate input rows"
    return pytest.mark.parametrize("text", [t for t, _ in table], ids=[w for _, w in table])


@pytest.fixture(scope="module")
def library():
    return language._library(normalize._iso639_1)


@pytest.fixture(scope="module")
def cache_folder(tmp_path_factory):
    folder = str(tmp_path_factory.mktemp("langcache") / "model")
    built = language.load_identifier(normalize._iso639_1, folder)
    assert isinstance(built, language.FastIdentifier)
    return folder


@_rows(TEXTS)
def test_cached_model_scores_like_py3langid(text, library, cache_folder):
    fast = language.load_identifier(normalize._iso639_1, cache_folder)
    assert fast.rank(text) == library.rank(text)
    assert fast.classify(text) == library.classify(text)[0]


def test_walk_falls_back_when_window_rule_fails(library, cache_folder, monkeypatch):
    fast = language.load_identifier(normalize._iso639_1, cache_folder)
    walks = []
    walk = fast._walk
    monkeypatch.setattr(fast, "_walk", lambda b: walks.append(1) or walk(b))
    fast.window = 2          # too short: the one-step check catches it and walks byte by byte
    for text, _ in TEXTS:
        assert fast.rank(text) == library.rank(text), text
    assert walks
    walks.clear()
    fast.window = language.FastIdentifier.load(cache_folder, language.encode_text).window
    assert [fast.classify(text) for text, _ in TEXTS] and not walks


def test_damaged_cache_is_rebuilt(tmp_path, library, cache_folder):
    folder = str(tmp_path / "model")
    os.mkdir(folder)
    for name in os.listdir(cache_folder):           # links, not copies: the files are large
        os.link(os.path.join(cache_folder, name), os.path.join(folder, name))
    os.remove(os.path.join(folder, "table.npy"))
    with open(os.path.join(folder, "table.npy"), "wb") as fh:
        fh.write(b"\x93NUMPY cut short")
    fast = language.load_identifier(normalize._iso639_1, folder)
    assert fast.rank(TEXTS[0][0]) == library.rank(TEXTS[0][0])
    assert language.FastIdentifier.load(folder, language.encode_text).table.shape[0] > 1000


def test_unwritable_cache_still_classifies(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    fast = language.load_identifier(normalize._iso639_1, str(blocker / "model"))
    assert fast.classify("Le conseil municipal a voté le budget mardi soir.") == "fr"


def test_cache_folder_follows_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    assert cache.cache_dir() == str(tmp_path)
    monkeypatch.delenv(cache.CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == str(tmp_path / "xdg" / "wire")
