"""docs/api.md: its Python examples run, and it names every public function and option."""
from __future__ import annotations

import doctest
import pathlib
import re

import click

import indexer
from search_cli import cli

DOC = pathlib.Path(__file__).resolve().parent.parent / "docs" / "api.md"
README = DOC.parent.parent / "README.md"


def test_api_doc_examples_run():
    result = doctest.testfile(str(DOC), module_relative=False, encoding="utf-8",
                              optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    assert result.attempted > 40
    assert result.failed == 0


def test_readme_python_examples_run():
    result = doctest.testfile(str(README), module_relative=False, encoding="utf-8",
                              optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    assert result.attempted >= 8
    assert result.failed == 0


def test_api_doc_names_every_public_function():
    text = DOC.read_text(encoding="utf-8")
    for name in indexer.__all__:
        if callable(getattr(indexer, name)) and not isinstance(getattr(indexer, name), type):
            if name in ("make_id", "walk_files", "parse_paths", "default_index_dir"):
                continue  # helpers of the CLI, documented in their docstrings
            assert f"{name}" in text, name


def test_api_doc_names_every_scripting_option():
    text = DOC.read_text(encoding="utf-8")
    for command, options in [("search", ["--fields", "--format", "--count", "--offset",
                                         "--after", "--all", "--limit"]),
                             ("index", ["--watch", "--poll", "--settle", "--wait"])]:
        known = {o for p in cli.commands[command].params if isinstance(p, click.Option)
                 for o in p.opts}
        for option in options:
            assert option in known and option in text, (command, option)
    formats = next(p for p in cli.commands["search"].params if p.name == "fmt").type.choices
    for fmt in formats:
        assert re.search(rf"`{fmt}`|--format {fmt}\b|\b{fmt}\b", text), fmt
