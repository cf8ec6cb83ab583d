#!/usr/bin/env python3
"""Indexing speed and memory by archive layout: prints figures, asserts nothing.

    python bench/layout_speed.py [--count 10000] [--dir CORPUS] [--work DIR]
                                 [--per-feed 100] [--memory-mb MB] [--rounds 1]

The same generated stories (bench/generate.py, one a file, made once into --dir) are
written four ways and each built with ``wire index`` into a fresh index:
  files      the stories one a file, as generated;
  feeds      JSON Lines files of --per-feed stories each (a day's feed dump);
  one feed   a single JSON Lines file holding every story;
  zip        a single zip of the story files.
For each: stories/s, wall and CPU seconds (all processes), peak memory of the process
tree, segments. With --rounds N the layouts are built N times, alternating, and the
medians printed. The machine may be shared: read ratios and medians.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from index_speed import LAST_CPU, generated_corpus, run_measured  # noqa: E402

LAYOUTS = ("files", "feeds", "one feed", "zip")


def story_files(corpus: str) -> list[str]:
    return sorted(os.path.join(root, name) for root, _, names in os.walk(corpus)
                  for name in names if name.endswith(".txt"))


def feed_record(path: str) -> str:
    """A generated story as a feed record: its first line the headline, the rest the body
    (time line, byline, dateline, credits and all, for the parser to find)."""
    with open(path, encoding="utf-8") as fh:
        title, _, body = fh.read().partition("\n")
    return json.dumps({"headline": title, "body": body}, ensure_ascii=False)


def write_layouts(corpus: str, work: str, per_feed: int) -> dict[str, str]:
    """The folders to index, one per layout (written once into ``work``)."""
    files = story_files(corpus)
    out = {"files": corpus}
    for name, size in (("feeds", per_feed), ("one feed", len(files))):
        folder = os.path.join(work, "layout-" + name.replace(" ", "-"))
        out[name] = folder
        if os.path.isdir(folder):
            continue
        os.makedirs(folder + ".tmp", exist_ok=True)
        for start in range(0, len(files), size):
            with open(os.path.join(folder + ".tmp", f"feed-{start // size:05d}.jsonl"), "w",
                      encoding="utf-8") as fh:
                fh.writelines(feed_record(p) + "\n" for p in files[start:start + size])
        os.replace(folder + ".tmp", folder)
    folder = os.path.join(work, "layout-zip")
    out["zip"] = folder
    if not os.path.isdir(folder):
        os.makedirs(folder + ".tmp", exist_ok=True)
        with zipfile.ZipFile(os.path.join(folder + ".tmp", "archive.zip"), "w",
                             zipfile.ZIP_DEFLATED) as zf:
            for p in files:
                zf.write(p, os.path.relpath(p, corpus))
        os.replace(folder + ".tmp", folder)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--dir", help="corpus folder (generated there if missing)")
    ap.add_argument("--work", help="folder for the layouts and indexes (default: temporary)")
    ap.add_argument("--per-feed", type=int, default=100)
    ap.add_argument("--memory-mb", type=int)
    ap.add_argument("--rounds", type=int, default=1)
    args = ap.parse_args(argv)

    corpus = generated_corpus(args.dir, args.count)
    work = args.work or tempfile.mkdtemp(prefix="wire-layouts-")
    os.makedirs(work, exist_ok=True)
    folders = write_layouts(corpus, work, args.per_feed)
    n = len(story_files(corpus))
    wire = [sys.executable, "-m", "search_cli", "index"]
    env = dict(os.environ, PYTHONPATH=ROOT)
    opts = ["--memory-mb", str(args.memory_mb)] if args.memory_mb else []
    print(f"corpus: {corpus} ({n:,} stories), cores: {os.cpu_count()}, "
          f"load: {os.getloadavg()[0]:.1f}, memory: {args.memory_mb or 'default (1024)'} MB",
          flush=True)

    results: dict[str, list[tuple]] = {name: [] for name in LAYOUTS}
    for _ in range(args.rounds):
        for name in LAYOUTS:
            ix = os.path.join(work, "index-" + name.replace(" ", "-"))
            shutil.rmtree(ix, ignore_errors=True)
            wall, peak, done = run_measured(wire + [folders[name], "--index", ix] + opts, env)
            if done.returncode != 0:
                print(f"{name}: wire index exited {done.returncode}: {done.stderr[-500:]}")
            segments = len([f for f in os.listdir(ix) if f.endswith(".trm")])
            results[name].append((wall, LAST_CPU["seconds"], peak, segments))
            print(f"  {name:<9} {n / wall:>7,.0f} stories/s  {wall:6.1f} s wall "
                  f"{LAST_CPU['seconds']:6.1f} s CPU  peak {peak:,.0f} MB  {segments} segments",
                  flush=True)

    print("\n| layout | stories/s | wall s | CPU s | peak MB | segments |")
    print("|---|---|---|---|---|---|")
    for name in LAYOUTS:
        wall, cpu, peak, segs = (statistics.median(r[i] for r in results[name]) for i in range(4))
        print(f"| {name} | {n / wall:,.0f} | {wall:.1f} | {cpu:.1f} | {peak:,.0f} | {segs:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
