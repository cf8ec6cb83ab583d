"""Hostile input: a folder of junk beside good stories, indexed by the real `wire index`.

Each refused file gives one line on stderr naming it and the reason; the good stories are
indexed; the run ends with exit status 1; the index stays whole (`wire check` finds no
problem) and a second run changes nothing. Files with odd names are stories like any other.
"""
from __future__ import annotations

import json
import os
import random
import re
import shutil
import threading

import pytest

import indexer
from indexer import Story
from conftest import write_story
from indexer.paths import path_label
from wirerun import run_wire

GOOD = ["good-seoul.txt", "good-paris.txt", "nested/good-berlin.txt", "deep-story.html"]
STORY = ("Talks resume in Seoul\n2023-11-09 10:16 UTC\n\nBy Jane Doe\n\n"
         "SEOUL (Reuters) - Talks between the two delegations resumed on Thursday. ")


def _story_bytes(extra: bytes = b"", at: int | None = None) -> bytes:
    text = (STORY + "Officials said more meetings would follow. " * 150).encode("utf-8")
    at = len(text) // 2 if at is None else at
    return text[:at] + extra + text[at:]


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + random.Random(1).randbytes(3000)


def _pdf() -> bytes:  # a PDF with no NUL byte in it: only its signature gives it away
    return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + \
        bytes(random.Random(2).choice(range(32, 256)) for _ in range(3000)) + b"\n%%EOF\n"


def _random_bytes(nul: bool) -> bytes:
    data = random.Random(3).randbytes(8000)
    return data if nul else data.replace(b"\x00", b"\x01")


def _big_text() -> bytes:
    line = b"The minister said the talks would resume on Thursday in the capital. " * 10 + b"\n"
    return line * (50 * 2**20 // len(line) + 1)


def _unpunctuated() -> bytes:
    return "\n".join(f"word{i} alpha beta gamma delta epsilon zeta eta theta"
                     for i in range(10_000)).encode()


def _nested_html(story: bool = False) -> bytes:
    inner = b"<p>BERLIN (dpa) - The story sits under a thousand layers of markup.</p>" \
        if story else b""
    head = b"<head><title>Deeply nested story</title></head>" if story else b""
    return b"<html>" + head + b"<body>" + b"<div><span>" * 100_000 + inner + b"</body></html>"


# (file name, content, reason on stderr (regex), why)
HOSTILE = [
    ("empty.txt", b"", "empty file", "zero bytes"),
    ("blank.txt", b" \n\n\t \n", "empty file", "only white space"),
    ("photo.png", _png(), r"\.png files are not read", "an image under its own name"),
    ("photo.txt", _png(), "a PNG image, not text", "an image named like a story"),
    ("report.pdf", _pdf(), r"\.pdf files are not read", "a PDF under its own name"),
    ("report.txt", _pdf(), "a PDF document, not text", "a PDF named like a story, no NULs"),
    ("noise.txt", _random_bytes(nul=True), "binary file", "random bytes"),
    ("noise-no-nul.txt", _random_bytes(nul=False), "binary file", "random bytes without NULs"),
    ("nul-inside.txt", _story_bytes(b"\x00\x00", at=5000), r"NUL byte at offset 5000",
     "a story with NULs deep inside, past the first 4 KB"),
    ("bad-utf8.txt", _story_bytes(b"\xff\xfe\xc3\x28") + "Séoul, Corée.".encode(),
     r"invalid UTF-8 at byte \d+", "UTF-8 with invalid bytes in it"),
    ("huge.txt", None, "50 MB of text is too large for one story", "50 MB, made in the test"),
    ("paragraph.txt", _unpunctuated(), "no sentence punctuation in [\\d,]+ characters",
     "a 10,000-line paragraph with no punctuation"),
    ("nested.html", _nested_html(), "no story text found|nested too deeply",
     "100,000 levels of unclosed HTML tags"),
    ("cut.json", b'{"title": "Broken", "body": "SEOUL (Reuters) - Text", ', "not valid JSON",
     "truncated JSON"),
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply", "JSON nested 100,000 deep"),
    ("bad.xml", b"<?xml version='1.0'?>\n<nitf><<<", "not well-formed XML", "broken XML"),
    ("fifo.txt", "fifo", "not a regular file", "a named pipe: open() would block forever"),
    ("loop1.txt", "loop", "Too many levels of symbolic links", "a symlink loop"),
    ("loop2.txt", "loop", "Too many levels of symbolic links", "its other half"),
    ("dangling.txt", "dangling", "No such file or directory", "a symlink to nothing"),
]


def test_rows_are_unique():
    assert len({row[0] for row in HOSTILE}) == len(HOSTILE)


def make_hostile(folder):
    folder.mkdir(parents=True, exist_ok=True)
    for name, content, _, _ in HOSTILE:
        path = folder / name
        if content == "fifo":
            os.mkfifo(path)
        elif content == "loop":
            if not os.path.lexists(path):
                os.symlink("loop2.txt", folder / "loop1.txt")
                os.symlink("loop1.txt", folder / "loop2.txt")
        elif content == "dangling":
            os.symlink("nowhere.txt", path)
        elif content is None:
            path.write_bytes(_big_text())
        else:
            path.write_bytes(content)
    os.symlink("..", folder / "up")  # a folder link back up: not followed, not an error


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    src = root / "src"
    make_hostile(src)
    write_story(src, GOOD[0], "Talks resume in Seoul", body="Talks resumed on Thursday.")
    write_story(src, GOOD[1], "Budget vote in Paris", city="PARIS", agency="AFP",
                body="Deputies voted on the budget.")
    write_story(src, GOOD[2], "Storm hits Berlin", city="BERLIN", agency="dpa",
                body="A storm hit the city overnight.")
    (src / GOOD[3]).write_bytes(_nested_html(story=True))  # deep, but a story: read it
    (src / "legacy-cp1252.txt").write_bytes(
        "Café prices rise\n\nPARIS (AFP) - Le café coûte plus cher à Paris.\n".encode("cp1252"))
    index = root / "index"
    return src, index, run_wire("index", str(src), "--index", str(index), timeout=300)


def test_each_hostile_file_is_one_line_naming_it_and_why(hostile_run):
    src, _, result = hostile_run
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    for name, _, reason, why in HOSTILE:
        mine = [line for line in lines if line.startswith(f"{src / name}: ")]
        assert len(mine) == 1, (name, why, lines)
        assert re.search(reason, mine[0]), (name, why, mine[0])
    summary = lines[-1]
    assert f"{len(GOOD) + 1} added, 0 updated, 0 removed, {len(HOSTILE)} failed" in summary
    assert len(lines) == len(HOSTILE) + 1  # nothing else was said


def test_the_good_stories_are_indexed_and_the_index_is_whole(hostile_run):
    src, index, _ = hostile_run
    with indexer.open_index(str(index)).searcher() as s:
        paths = {fields["record"]["path"] for fields in s.all_stored_fields()}
    assert paths == {str(src / name) for name in GOOD + ["legacy-cp1252.txt"]}
    result = run_wire("search", "--index", str(index), "--since", "2000-01-01", "--format", "json")
    assert result.returncode == 0 and json.loads(result.stdout)["total"] == 3
    deep = run_wire("search", "title:nested", "--index", str(index), "--format", "json")
    assert [h["path"] for h in json.loads(deep.stdout)["hits"]] == [str(src / GOOD[3])]
    legacy = run_wire("search", "cafe", "--index", str(index), "--format", "json")
    assert json.loads(legacy.stdout)["total"] == 1  # cp1252 is read, not refused
    check = run_wire("check", "--index", str(index), str(src))
    assert check.returncode == 0, check.stdout
    assert check.stdout.count("note: refused: ") == len(HOSTILE)


def test_a_second_run_refuses_the_same_files_and_changes_nothing(hostile_run):
    src, index, _ = hostile_run
    again = run_wire("index", str(src), "--index", str(index), timeout=300)
    assert again.returncode == 1
    assert f"0 added, 0 updated, 0 removed, {len(HOSTILE)} failed, {len(GOOD) + 1} unchanged" \
        in again.stderr


ODD_NAMES = ["with space.txt", "new\nline.txt", os.fsdecode(b"bad\xffname.txt"),
             "tab\there.txt", "caf\u00e9 \u2014 na\u00efve.txt"]


def test_odd_file_names_are_indexed_and_shown_on_one_line(runner, tmp_path):
    src = tmp_path / "src"
    for n, name in enumerate(ODD_NAMES):
        write_story(src, name, f"Odd name story {n}", body=f"Story number {n} was filed.")
    (src / os.fsdecode(b"empty\xfe.txt")).write_bytes(b"")
    index = str(tmp_path / "index")
    result = run_wire("index", str(src), "--index", index)
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == f"{src}/empty\\xfe.txt: empty file" and len(lines) == 2
    assert f"{len(ODD_NAMES)} added" in lines[1]
    found = run_wire("search", "odd", "--index", index, "--format", "json", "--limit", "10")
    hits = json.loads(found.stdout)["hits"]
    assert sorted(h["path"] for h in hits) == sorted(path_label(str(src / n)) for n in ODD_NAMES)
    text = run_wire("search", "odd", "--index", index, "--limit", "10")
    assert text.returncode == 0 and "new\\nline.txt" in text.stdout
    again = run_wire("index", str(src), "--index", index)  # the manifest keys round-trip
    assert f"0 added, 0 updated, 0 removed, 1 failed, {len(ODD_NAMES)} unchanged" in again.stderr
    os.remove(src / os.fsdecode(b"bad\xffname.txt"))
    gone = run_wire("index", str(src), "--index", index)
    assert "1 removed" in gone.stderr
    assert run_wire("check", "--index", index).returncode == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode; the "
                    "FIFO, symlink-loop and dangling-link rows cover open() failing")
def test_a_file_without_read_permission(tmp_path):
    src = tmp_path / "src"
    write_story(src, "ok.txt", "Readable story", body="It can be read.")
    secret = write_story(src, "secret.txt", "Secret story", body="It cannot be read.")
    secret.chmod(0)
    result = run_wire("index", str(src), "--index", str(tmp_path / "index"))
    assert result.returncode == 1
    assert f"{secret}: Permission denied" in result.stderr.splitlines()
    assert "1 added" in result.stderr


def test_a_folder_that_disappears_mid_run(tmp_path):
    src = tmp_path / "src"
    for n in range(5):
        write_story(src, f"a/keep-{n}.txt", f"Kept story {n}", body="It stays.")
        write_story(src, f"b/vanish-{n}.txt", f"Vanishing story {n}", body="It goes.")
    errors = []

    def progress(done, total):  # after the first file is parsed, folder b goes away
        if done == 1:
            shutil.rmtree(src / "b")

    summary = indexer.index_paths([str(src)], index=str(tmp_path / "index"), progress=progress,
                                  on_error=lambda path, reason: errors.append((path, reason)))
    assert summary.added == 5 and summary.failed == 5
    assert sorted(errors) == [(str(src / "b" / f"vanish-{n}.txt"), "No such file or directory")
                              for n in range(5)]
    found = indexer.search("kept", index=str(tmp_path / "index"))
    assert found["total"] == 5
    assert indexer.check_index([str(src)], index=str(tmp_path / "index")).problems == []


def test_a_folder_replaced_by_a_file_while_indexing(tmp_path):
    """Another race: the walk saw a folder, the parser finds something else."""
    src = tmp_path / "src"
    for n in range(3):
        write_story(src, f"a/story-{n}.txt", f"Story {n}", body="Text.")
    swapped = threading.Event()

    def progress(done, total):
        if done == 1 and not swapped.is_set():
            shutil.rmtree(src / "a")
            (src / "a").write_text("not a folder any more")
            swapped.set()

    errors = []
    summary = indexer.index_paths([str(src)], index=str(tmp_path / "index"), progress=progress,
                                  on_error=lambda path, reason: errors.append(reason))
    assert summary.added == 1 and summary.failed == 2
    assert errors == ["Not a directory"] * 2


def test_lone_surrogates_in_a_feed_keep_every_story(tmp_path):
    """JSON may escape half of a UTF-16 pair alone, which no UTF-8 file can hold: the
    record is indexed with U+FFFD in its place, and the feed's other records with it
    (one such record cost the whole file before)."""
    src = tmp_path / "src"
    src.mkdir()
    records = [
        '{"headline": "Harbour reopens", "body": "KIEL (dpa) - The harbour reopened."}',
        '{"headline": "Grain \\ud800 prices", "author": ["Ana Ruiz", "\\udc80"],'
        ' "body": "MADRID (EFE) - Grain prices \\udfff rose again."}',
        '{"headline": "Bridge closed", "body": "LISBON (Lusa) - The bridge closed."}']
    (src / "feed.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    index = str(tmp_path / "index")
    errors = []
    summary = indexer.index_paths([str(src)], index=index,
                                  on_error=lambda path, reason: errors.append(reason))
    assert (summary.added, summary.failed, errors) == (3, 0, [])
    hit, = indexer.search("grain", index=index)["hits"]
    assert hit["title"] == "Grain \ufffd prices" and hit["reporters"] == ["Ana Ruiz"]
    assert indexer.search("rose", index=index)["hits"][0]["snippet"] == \
        "MADRID (EFE) - Grain prices \ufffd [rose] again"
    assert indexer.search("harbour OR bridge", index=index)["total"] == 2


# (what is put into a plain story, where, why): shapes that once made the field rules'
# regexes try every split of a long run, for seconds or minutes a story
PADDED = [
    (" " * 20_000, "in the dateline's line", "a page's padding: 63 s for such a mail before"),
    ("\u00a0 " * 10_000, "in the dateline's line", "'&nbsp; ' runs of a saved page"),
    ("QUJD" * 12_000, "under the lead", "a pasted image's base64, 48,000 letters as one word"),
    (" ".join(str(n * 7919 % 10**6) for n in range(3_000)), "under the lead",
     "a table's 3,000 figures on one line, no full stop"),
]


@pytest.mark.parametrize("run, where, why", PADDED, ids=[row[2] for row in PADDED])
def test_a_long_run_in_a_story_keeps_its_fields(tmp_path, run, where, why):
    """A story with a run of tens of thousands of characters in it is read with its
    fields, and its body keeps no run of more than eight spaces."""
    head = "Harbour cranes return to work\n\nBy Ana Ruiz\n\n"
    lead = "LISBON (Lusa) - Dock workers went back to the cranes on Tuesday after a week's strike."
    if where == "under the lead":
        text = head + lead + "\n\n" + run + "\n\nMore talks follow.\n"
    else:
        text = head + "LISBON" + run[:len(run) // 2] + lead[len("LISBON"):] + " More talks" + run + "follow.\n"
    story = indexer.parse_text(text, "padded.txt")
    assert (story.title, story.cities, story.agencies, story.reporters) == \
        ("Harbour cranes return to work", ["Lisbon"], ["Lusa"], ["Ana Ruiz"])
    assert "Dock workers went back" in story.body
    assert not re.search(r"[ \u00a0]{9}", story.body)


def test_a_story_that_cannot_be_written_is_refused_alone(tmp_path):
    """A story Whoosh cannot write (here made by hand, past the parser's mending) fails
    alone: the file's other stories go in, and it is named as a problem of the file; a
    file of that story alone fails. The words it had numbered before failing leave no
    trace in the segment."""
    from whoosh import index as whoosh_index
    from indexer.index import _FileBuild, _Segments, WireIndex
    from indexer.index.segments import move_segment
    good = Story(id="g1", path="feed.jsonl#1", title="Harbour reopens", body="It reopened.")
    bad = Story(id="b2", path="feed.jsonl#2", title="Grain \ud800", body="Barley prices rose.")
    segments = _Segments(str(tmp_path / "build"))
    feed = _FileBuild("feed.jsonl", "feed.jsonl", ("parsed", "sha", [], []))
    feed.add(segments, good, None)
    feed.add(segments, bad, None)
    outcome = feed.outcome()
    assert outcome[:3] == ("parsed", "sha", ["g1"])
    (label, reason), = outcome[3]
    assert label == "feed.jsonl#2" and reason.startswith("cannot index: field ")
    assert "is not valid text" in reason
    alone = _FileBuild("one.txt", "one.txt", ("parsed", "sha", [], []))
    alone.add(segments, bad, None)
    assert alone.outcome()[0] == "failed" and alone.outcome()[1].startswith("cannot index")
    (segment, folder), = segments.finish()
    assert segment.doc_count() == 1
    index = str(tmp_path / "index")
    WireIndex.open(index, create=True).close()
    ix = whoosh_index.open_dir(index)
    move_segment(segment, folder, index)
    ix.writer().commit(mergetype=lambda writer, segs: list(segs) + [segment])
    assert [h["id"] for h in indexer.search("reopened", index=index)["hits"]] == ["g1"]
    assert indexer.search("barley OR prices", index=index)["total"] == 0
