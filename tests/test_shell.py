"""Shell habits: python -m search_cli, --version on every command, completion scripts."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

import indexer
from search_cli import cli


def run_module(*args, env=None, **kw):
    return subprocess.run([sys.executable, "-m", "search_cli", *args], capture_output=True,
                          text=True, env=dict(os.environ, **(env or {})), timeout=60, **kw)


def test_python_m_search_cli_runs_the_cli(tmp_path):
    result = run_module("--help")
    assert result.returncode == 0 and "Usage: wire" in result.stdout
    result = run_module("search", "Seoul", "--index", str(tmp_path / "none"))
    assert result.returncode == 1 and "no index in" in result.stderr


@pytest.mark.parametrize("args", [[], *[[name] for name in sorted(cli.commands)]])
def test_version_on_every_command(runner, args):
    result = runner.invoke(cli, [*args, "--version"])
    assert result.exit_code == 0 and result.stdout.endswith(f" {indexer.__version__}\n")


def test_version_of_plain_search():
    """The `search` console script names itself."""
    result = subprocess.run([sys.executable, "-c", "import search_cli; search_cli.search_main()",
                             "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout == f"search {indexer.__version__}\n"


@pytest.mark.parametrize("shell,marker", [("bash", "complete -o nosort -F"),
                                          ("zsh", "#compdef wire"),
                                          ("fish", "complete --no-files --command wire")])
def test_completion_scripts(shell, marker):
    result = run_module(env={"_WIRE_COMPLETE": f"{shell}_source"})
    assert result.returncode == 0 and marker in result.stdout


# (words typed so far, the word being completed, a completion expected, why)
COMPLETIONS = [
    (["wire"], "se", "search", "commands"),
    (["wire", "search"], "--so", "--sort", "search options"),
    (["wire", "search", "--format"], "t", "tsv", "format choices"),
    (["wire", "search", "Seoul", "--fields"], "title,pub", "title,published", "--fields names after a comma"),
    (["wire", "index"], "--wa", "--watch", "index options"),
]


@pytest.mark.parametrize("words,incomplete,expected,why", COMPLETIONS, ids=[c[3] for c in COMPLETIONS])
def test_bash_completion_answers(words, incomplete, expected, why):
    result = run_module(env={"_WIRE_COMPLETE": "bash_complete",
                             "COMP_WORDS": " ".join(words + [incomplete]),
                             "COMP_CWORD": str(len(words))})
    assert result.returncode == 0
    assert f"plain,{expected}" in result.stdout.splitlines(), result.stdout


def test_a_closed_pipe_ends_quietly(tmp_path):
    """`wire search ... | head`: when the reader goes away, exit 141 without an error."""
    index = str(tmp_path / "index")
    indexer.add_stories([indexer.Story(id=f"s{n}", title=f"Storm report {n}", agencies=["dpa"],
                                       body="KIEL (dpa) - Storm.") for n in range(50)],
                        index=indexer.open_index(index, create=True))
    proc = subprocess.Popen([sys.executable, "-m", "search_cli", "search", "storm", "--all",
                             "--format", "ids", "--index", index],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader is gone before the first line
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141
    assert stderr == ""
