#!/usr/bin/env python3
"""Score `wire parse` on saved HTML pages against a gold JSONL file (the shared scorer's format).

    python bench/html_eval.py GOLD.jsonl [--limit N] [--show-errors K]

GOLD.jsonl holds {"id", "text": <the page>, "ext": ".html", "gold": {...}} per page, as
../shared/eval/score_fields.py reads it; this script only fills in the command, the
extension and the issue's targets (title 95, published day 95, reporters F1 85, language 98),
so `exit 1` means a target was missed.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SHARED = Path(os.environ.get("WIRE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
SCORER = SHARED / "eval" / "score_fields.py"
# Issue 4's targets for held-out pages; the scorer's --min names.
TARGETS = ("title=95", "published=95", "reporters-F1=85", "language=98")


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__, file=sys.stderr)
        return 2
    if not SCORER.exists():
        print(f"Error: no scorer at {SCORER} (set WIRE_SHARED)", file=sys.stderr)
        return 2
    cmd = [sys.executable, str(SCORER), "--gold", argv[0], "--ext", ".html",
           "--cmd", f"{sys.executable} -m search_cli parse --format jsonl"]
    for t in TARGETS:
        cmd += ["--min", t]
    return subprocess.call(cmd + argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
