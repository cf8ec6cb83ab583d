"""Helpers for tests that run the real `wire` command as separate processes."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def generate(out: Path, count: int, seed: int = 11, words: int = 80) -> Path:
    """A corpus of short synthetic stories written by bench/generate.py."""
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(out),
                    "--count", str(count), "--words", str(words), "--seed", str(seed)],
                   check=True, capture_output=True)
    return out


def wire_process(*args, env=None, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "search_cli", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def run_wire(*args, env=None, timeout=120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "search_cli", *args], env=env,
                          capture_output=True, text=True, timeout=timeout)


def parse_stories(folder: Path, stories) -> dict:
    """Stories written as files in ``folder`` (each ``(file name, text, ...)``), then parsed
    by one `wire parse --format jsonl` run: {file name: record}. A name ``file#N`` is the
    Nth story of the file ``file`` (a CSV's row N), its rows giving the file's text each."""
    names = [story[0] for story in stories]
    assert len(set(names)) == len(names), "two stories share a file name"
    files: dict[str, str] = {}
    for name, text, *_ in stories:
        assert files.setdefault(name.split("#", 1)[0], text) == text, "one file, two texts"
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = run_wire("parse", "--format", "jsonl", str(folder))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    return {r["path"].rsplit("/", 1)[-1]: r for r in records}


def cli_field_tests(stories, folder: str):
    """(fixture, test) for a module of end-to-end field rows ``(file name, text, {field:
    value}, why)``: the fixture parses every story by one `wire parse` run, the test checks
    each row's fields. A module binds both to names pytest collects::

        parsed, test_fields_through_the_cli = cli_field_tests(STORIES, "clippings")
    """
    import pytest

    @pytest.fixture(scope="module")
    def parsed(tmp_path_factory):
        """Every story parsed by one `wire parse` run: {file name: record}."""
        return parse_stories(tmp_path_factory.mktemp(folder), stories)

    @pytest.mark.parametrize("name, text, expected, why", stories, ids=[s[3] for s in stories])
    def test(parsed, name, text, expected, why):
        record = parsed[name]
        assert {k: record[k] for k in expected} == expected, why

    return parsed, test


class Run:
    """A `wire index` run whose stderr markers are watched as they arrive."""

    def __init__(self, args, env):
        self.proc = wire_process(*args, env=env)
        self.markers: list[str] = []
        self.lines: list[str] = []
        self.cond = threading.Condition()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for raw in self.proc.stderr:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            with self.cond:
                self.lines.append(line)
                if line.startswith("wire-test: "):
                    self.markers.append(line.split(": ", 1)[1])
                self.cond.notify_all()
        with self.cond:
            self.cond.notify_all()

    def wait_marker(self, name: str, nth: int, timeout: float = 60) -> bool:
        deadline = time.monotonic() + timeout
        with self.cond:
            while self.markers.count(name) < nth:
                if self.proc.poll() is not None and not self.reader.is_alive():
                    return False
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self.cond.wait(min(left, 0.05))
        return True

    def kill(self) -> str:
        """SIGKILL; returns the last marker seen before it (what the kill interrupted)."""
        with self.cond:
            last = self.markers[-1] if self.markers else "before the first commit"
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)
        self.reader.join(10)
        return last



    def finish(self, timeout: float = 120) -> int:
        """Let the run end by itself; its exit status."""
        code = self.proc.wait(timeout)
        self.reader.join(10)
        return code

    @property
    def stderr(self) -> str:
        with self.cond:
            return "\n".join(self.lines)
