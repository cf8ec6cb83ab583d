"""Wires the stages: file -> raw text -> clean text -> fields -> Story. (STUB: being rewritten)"""
from __future__ import annotations

import os
from typing import Iterable, Iterator

from .story import Story, make_id
from .errors import ReadError


def walk_files(paths: Iterable[str]) -> Iterator[str]:
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        yield os.path.join(root, f)
        else:
            yield p


def parse_text(text: str, path: str = "-", key: str | None = None) -> Story:
    lines = text.strip().splitlines()
    title = lines[0].strip() if lines else None
    return Story(id=make_id(key or path), path=path, title=title, body="\n".join(lines[1:]))


def parse_file(path: str) -> list[Story]:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            text = fh.read()
    except OSError as e:
        raise ReadError(f"{path}: {e.strerror or e}") from None
    return [parse_text(text, path, os.path.abspath(path))]
