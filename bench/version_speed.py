#!/usr/bin/env python3
"""Version-group assignment speed (issue 6): milliseconds per story, prints figures, asserts nothing.

    python bench/version_speed.py [--dir CORPUS] [--runs 3] [--batch N] [--groups OUT.json]

Parses the corpus once (bench/generate.py makes one), then assigns every story a version
group into a fresh database, ``--runs`` times, and prints the median time per story:
one ``assign`` per story, or ``assign_many`` over ``--batch`` stories at a time when the
installed wire has it (``--batch 1``: per-story ``assign``). Parsing is not timed.
``--groups`` writes the groups of the last run, to compare two versions of wire. The
machine may be shared: quote medians; CPU time (this process's) varies less with load.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from contextlib import closing

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))


def load_stories(folder: str) -> list:
    from indexer.index import parse_parts
    stories = []
    for root, _, names in sorted(os.walk(folder)):
        for name in sorted(names):
            found, reason, _ = parse_parts(os.path.join(root, name))
            if reason is None:
                stories.extend(found)
    return stories


def assign_all(stories: list, published: list, batch: int) -> tuple[float, float, list[str]]:
    """Wall and CPU seconds to assign every story, and the groups."""
    from indexer.versions import VersionGroups
    with tempfile.TemporaryDirectory() as folder, closing(VersionGroups.open(folder)) as versions:
        start, cpu = time.perf_counter(), time.process_time()
        if batch <= 1:
            groups = [versions.assign(s, p) for s, p in zip(stories, published)]
        else:
            groups = []
            for i in range(0, len(stories), batch):
                groups += versions.assign_many(stories[i:i + batch], published[i:i + batch])
        return time.perf_counter() - start, time.process_time() - cpu, groups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", default="/tmp/gen2k")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--batch", type=int, default=256)
    parser.add_argument("--groups")
    args = parser.parse_args()
    from datetime import timezone

    from indexer.index import to_utc
    from indexer.versions import VersionGroups
    batch = args.batch if hasattr(VersionGroups, "assign_many") else 1
    stories = load_stories(args.dir)
    published = []
    for story in stories:
        when = to_utc(story.published)
        published.append(when.replace(tzinfo=timezone.utc).timestamp() if when else None)
    times, cpu_times = [], []
    for _ in range(args.runs):
        seconds, cpu, groups = assign_all(stories, published, batch)
        times.append(seconds * 1000 / len(stories))
        cpu_times.append(cpu * 1000 / len(stories))
    print(f"{len(stories)} stories, batch {batch}: {statistics.median(times):.3f} ms/story "
          f"(runs: {', '.join(f'{t:.3f}' for t in times)}), CPU "
          f"{statistics.median(cpu_times):.3f} ms/story; "
          f"{len(set(groups))} groups, {sum(g != s.id for g, s in zip(groups, stories))} joined")
    if args.groups:
        with open(args.groups, "w") as out:
            json.dump(dict(zip((s.id for s in stories), groups)), out)


if __name__ == "__main__":
    main()
