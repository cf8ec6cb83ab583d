#!/usr/bin/env python3
"""Parsing speed on one core: stories per second through the whole parse pipeline.

    python bench/parse_speed.py [DIR] [--limit 2000] [--repeat 3] [--startup 5]

DIR defaults to a corpus generated on the fly with bench/generate.py (600-word stories).
Files are read into memory first, so the figure is parse cost only (no disk). Prints the
median of --repeat runs and the words per story, so figures from different corpora compare.

--startup N also starts N fresh interpreters that import the parser and parse DIR's first
story, and prints the median time that takes: what every index worker pays before its first
story (imports, the language model, date tables; wire's cache is used if it exists).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, ROOT)

from indexer import read  # noqa: E402
from indexer.pipeline import build_story  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", nargs="?")
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--startup", type=int, default=0, metavar="N")
    args = ap.parse_args(argv)
    folder = args.dir
    if folder is None:
        folder = tempfile.mkdtemp(prefix="wire-parse-bench-")
        import generate
        generate.main([folder, "--count", str(args.limit)])
    docs, files = [], []
    for path in read.walk_files([folder]):
        files.append(path)
        docs.extend(read.read_documents(path))
        if len(docs) >= args.limit:
            break
    docs = docs[:args.limit]
    words = statistics.mean(len(d.text.split()) for d in docs)
    build_story(docs[0])                       # warm caches (month tables, langid model)
    rates = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        for d in docs:
            build_story(d)
        rates.append(len(docs) / (time.perf_counter() - t))
    med = statistics.median(rates)
    print(f"stories: {len(docs)}  words/story: {words:.0f}")
    print(f"parse: median {med:,.0f} stories/s over {args.repeat} runs "
          f"(min {min(rates):,.0f}, max {max(rates):,.0f}); {med * words:,.0f} words/s")
    if args.startup:
        times = [startup_ms(files[0]) for _ in range(args.startup)]
        print(f"start-up: median {statistics.median(times):,.0f} ms over {args.startup} processes "
              f"(min {min(times):,.0f}, max {max(times):,.0f}): import, then the first story")
    return 0


STARTUP_CODE = """
import sys, time
t = time.perf_counter()
sys.path.insert(0, sys.argv[1])
from indexer import read
from indexer.pipeline import build_story
for doc in read.read_documents(sys.argv[2]):
    build_story(doc)
    break
print((time.perf_counter() - t) * 1000)
"""


def startup_ms(path: str) -> float:
    """Milliseconds a fresh interpreter takes to import the parser and parse one story."""
    out = subprocess.run([sys.executable, "-c", STARTUP_CODE, ROOT, path], check=True,
                         capture_output=True, text=True).stdout
    return float(out.split()[-1])


if __name__ == "__main__":
    sys.exit(main())
