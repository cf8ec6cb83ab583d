#!/usr/bin/env python3
"""Fuzz the parser for a bounded time: any bytes, under any story file name, must give
Stories or ReadErrors (a reason for the user), never another exception; and the same
bytes as a search query must give results or a QueryError (exit 2), never a traceback.

    python bench/fuzz_parse.py [--seconds 300] [--crashes DIR]

Uses atheris (coverage-guided, `pip install atheris`) when it is installed, seeded with
samples/ and tests/fixtures/; otherwise a hypothesis-driven loop over mutated samples.
Each input that raises is saved to DIR (default bench/fuzz-crashes/) with the traceback
beside it, and the run goes on; turn each into a row of tests/test_fuzz_regressions.py.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import indexer  # noqa: E402
from indexer.errors import QueryError, ReadError  # noqa: E402
from indexer.pipeline import iter_parse, parse_text  # noqa: E402
from indexer.story import Story  # noqa: E402

#: File names the fuzzer writes its input under: the first input byte picks one, so the
#: extension-based readers are fuzzed too.
NAMES = ["story.txt", "page.html", "feed.json", "item.xml", "mail.eml", "reut.sgm",
         "story.txt.gz", "bundle.zip", "feed.jsonl", "story.nitf", "feed.rss", "x.tar"]
SEED_DIRS = [ROOT / "samples", ROOT / "tests" / "fixtures"]
#: Largest input tried: big enough for a whole story page, small enough to run fast.
MAX_INPUT = 64 * 1024


def check_one(data: bytes, workdir: str) -> None:
    """Parse ``data`` as a file (named by its first byte) and as text; raise on a bug."""
    if not data:
        return
    name = NAMES[data[0] % len(NAMES)]
    path = os.path.join(workdir, name)
    with open(path, "wb") as fh:
        fh.write(data[1:])
    first = [_item_key(x) for x in iter_parse(path)]
    second = [_item_key(x) for x in iter_parse(path)]
    assert first == second, "parsing the same file twice gave different results"
    text = data[1:].decode("utf-8", "replace")
    story = parse_text(text)
    assert isinstance(story, Story) and story.id
    for query in (text[:200], text[:200].split("\n", 1)[0]):
        try:
            indexer.search(query, index=_search_index(workdir), limit=3)
        except QueryError:
            pass


_INDEXES: dict = {}


def _search_index(workdir: str):
    """An index of the sample stories, built once per work folder, for the query half."""
    if workdir not in _INDEXES:
        _INDEXES[workdir] = indexer.open_index(os.path.join(workdir, "index"), create=True)
        indexer.index_paths([str(ROOT / "samples")], index=_INDEXES[workdir])
    return _INDEXES[workdir]


def _item_key(item):
    if isinstance(item, ReadError):
        return ("error", str(item))
    if isinstance(item, Story):
        return ("story", item.id, item.title, item.body)
    raise AssertionError(f"iter_parse gave a {type(item).__name__}")


def save_crash(data: bytes, crashes: Path) -> Path:
    crashes.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1(data).hexdigest()[:12]
    out = crashes / f"crash-{digest}.bin"
    out.write_bytes(data)
    (crashes / f"crash-{digest}.txt").write_text(traceback.format_exc())
    return out


def seeds() -> list[bytes]:
    """Sample stories and format fixtures, each led by the byte that picks its own kind of name."""
    found = []
    for folder in SEED_DIRS:
        for p in sorted(folder.rglob("*")):
            if not p.is_file() or p.name.endswith(".expected.json") or p.stat().st_size > MAX_INPUT:
                continue
            kind = next((i for i, n in enumerate(NAMES) if p.name.endswith(n.split(".", 1)[1])), 0)
            found.append(bytes([kind]) + p.read_bytes())
    return found


def mutate(data: bytes, rng: random.Random) -> bytes:
    """Byte flips, inserted junk, cut and spliced pieces: what damaged files look like."""
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(6)
        pos = rng.randrange(len(b) + 1)
        if op == 0 and b:
            b[min(pos, len(b) - 1)] = rng.randrange(256)
        elif op == 1:
            b[pos:pos] = rng.choice([b"\x00", b"\xff\xfe", b"\xc3", b"<", b"</div>", b"{", b'"',
                                     b"\n\n", b" (Reuters) - ", b"&#0;", b"\r", "\u2028".encode(),
                                     rng.randbytes(rng.randint(1, 16))])
        elif op == 2:
            del b[pos:pos + rng.randint(1, 64)]
        elif op == 3:
            b = b[:pos]
        elif op == 4 and b:
            start = rng.randrange(len(b))
            b[pos:pos] = b[start:start + rng.randint(1, 200)] * rng.randint(1, 20)
        else:
            b[:1] = bytes([rng.randrange(len(NAMES))])
    return bytes(b[:MAX_INPUT])


def run_random(seconds: float, crashes: Path, seed: int) -> tuple[int, list[Path]]:
    rng = random.Random(seed)
    corpus = seeds()
    found, n = [], 0
    deadline = time.monotonic() + seconds
    with tempfile.TemporaryDirectory() as workdir:
        while time.monotonic() < deadline:
            data = mutate(rng.choice(corpus), rng)
            n += 1
            try:
                check_one(data, workdir)
            except Exception:
                found.append(save_crash(data, crashes))
                print(f"crash #{len(found)} after {n} inputs: {found[-1]}", file=sys.stderr)
    return n, found


def run_atheris(seconds: float, crashes: Path) -> None:
    import atheris

    workdir = tempfile.mkdtemp(prefix="wire-fuzz-")
    corpus_dir = tempfile.mkdtemp(prefix="wire-fuzz-corpus-")
    for i, data in enumerate(seeds()):
        Path(corpus_dir, f"seed-{i:04d}").write_bytes(data)

    def target(data: bytes) -> None:
        try:
            check_one(data, workdir)
        except Exception:
            print(f"crash saved: {save_crash(data, crashes)}", file=sys.stderr)

    atheris.Setup([sys.argv[0], f"-max_total_time={int(seconds)}", f"-max_len={MAX_INPUT}",
                   "-rss_limit_mb=4096", corpus_dir], target)
    atheris.Fuzz()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=300)
    ap.add_argument("--crashes", type=Path, default=ROOT / "bench" / "fuzz-crashes")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-atheris", action="store_true", help="use the mutation loop")
    args = ap.parse_args(argv)
    if importlib.util.find_spec("atheris") is None:
        args.no_atheris = True
    if not args.no_atheris:
        __import__("atheris").instrument_all()  # coverage of everything imported so far
        run_atheris(args.seconds, args.crashes)
        return 0
    n, found = run_random(args.seconds, args.crashes, args.seed)
    print(f"{n} inputs in {args.seconds:g}s; {len(found)} crashes"
          + (f" saved in {args.crashes}" if found else ""), file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
