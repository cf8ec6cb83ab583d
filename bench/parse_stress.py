#!/usr/bin/env python3
"""Time the parser on stories with long runs put into them: where a field rule's regex
would try every split of a long run, one story takes seconds or minutes, and a whole
build waits on it.

    python bench/parse_stress.py [--seed 1] [--size 20000] [--slow 0.5]

Each story of samples/ and tests/fixtures/ is parsed as it is (the baseline, in the same
run), then once for each way of spoiling it (MUTATIONS): a run of spaces, of blank lines,
of one long word, of figures, of brackets, a repeated dateline, ... put at the top, under
its first or second line, in its middle or above its last line (the place drawn from the
seed). It prints, per mutation, the median and the worst time and the story of the worst,
the ratio of the median to the baseline's, and every parse slower than --slow seconds.
Nothing is asserted: a slow shape found here gets a fix and a row in
tests/test_hostile.py (PADDED).

Two shapes it found in the twentieth round: 20,000 spaces inside a line (63 s for a mail,
quadratic in the run) and a line of 3,000 figures without a full stop (1.4 s; 5.5 s for
6,000). Both now take milliseconds.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indexer.pipeline import parse_text  # noqa: E402

SEED_DIRS = [ROOT / "samples", ROOT / "tests" / "fixtures"]
SEED_SUFFIXES = {".txt", ".html", ".htm", ".eml"}
WORDS = ["alpha", "Beta", "GAMMA", "(x)", "-", "said", "2024", "Paris,", "|", "By"]


def _seeds() -> list[tuple[str, str]]:
    seeds = []
    for folder in SEED_DIRS:
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() in SEED_SUFFIXES and path.is_file():
                text = path.read_text("utf-8", errors="replace")
                if text.strip():
                    seeds.append((str(path.relative_to(ROOT)), text))
    return seeds


def _runs(size: int, rng: random.Random) -> dict[str, str]:
    """Each mutation's run, about ``size`` characters long."""
    words = size // 7
    return {
        "spaces": " " * size,
        "nbsp": "\u00a0 " * (size // 2),
        "tabs": "\t" * size,
        "blank lines": "\n" * size,
        "long word": "QUJD" * (size // 4),
        "figures": " ".join(str(rng.randrange(10**6)) for _ in range(words)),
        "mixed words": " ".join(rng.choice(WORDS) for _ in range(words)),
        "capitals": " ".join(["THE"] * (size // 4)),
        "title case": " ".join(["Word"] * (size // 5)),
        "brackets": "(" * size,
        "dashes": "-" * size,
        "pipes": "| " * (size // 2),
        "quotes": '"' * size,
        "full stops": ". " * (size // 2),
        "commas": "Paris, " * (size // 7),
        "colons": "Label: " * (size // 7),
        "datelines": "SEOUL (Reuters) - " * (size // 18),
        "byline": "By " + ", ".join(["Ann Lee"] * (size // 9)),
        "dates": "March 5, 2024 " * (size // 14),
        "short lines": "Short line\n" * (size // 11),
    }


def _places(text: str) -> list[int]:
    """Where a run may go: the top, under the first or second line, the middle, above
    the last line."""
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    picks = [0, starts[min(1, len(starts) - 1)], starts[min(2, len(starts) - 1)],
             starts[len(starts) // 2], starts[-1]]
    return sorted(set(picks))


def _time(text: str) -> float:
    start = time.perf_counter()
    parse_text(text, "stress.txt")
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=1, help="draws the runs' places and figures")
    ap.add_argument("--size", type=int, default=20_000, help="characters in each run")
    ap.add_argument("--slow", type=float, default=0.5, help="list every parse over this many seconds")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    seeds = _seeds()
    runs = _runs(args.size, rng)
    parse_text("warm up\n\nSEOUL (Reuters) - The parser's tables are built.", "warm.txt")
    base = [_time(text) for _, text in seeds]
    base_median = statistics.median(base)
    print(f"{len(seeds)} stories, runs of ~{args.size:,} characters, seed {args.seed}")
    print(f"baseline (as they are): median {base_median * 1000:.1f} ms, worst {max(base) * 1000:.1f} ms\n")
    print(f"{'mutation':<14}{'median ms':>10}{'x base':>8}{'worst ms':>10}  worst story")
    slow = []
    for name, run in runs.items():
        times = []
        for label, text in seeds:
            at = rng.choice(_places(text))
            spoiled = text[:at] + run + ("\n" if name in ("byline", "capitals", "title case") else "") + text[at:]
            took = _time(spoiled)
            times.append((took, label, at))
            if took > args.slow:
                slow.append((took, name, label, at))
        worst = max(times)
        median = statistics.median(t for t, _, _ in times)
        print(f"{name:<14}{median * 1000:>10.1f}{median / base_median:>8.1f}{worst[0] * 1000:>10.1f}  "
              f"{worst[1]} (at {worst[2]})")
    print(f"\nparses over {args.slow} s: {len(slow)}")
    for took, name, label, at in sorted(slow, reverse=True):
        print(f"  {took:8.2f} s  {name:<14} {label} (at {at})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
