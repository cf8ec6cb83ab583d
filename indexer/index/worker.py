"""A batch of files -> its segments and each file's outcome (in worker processes).

Also a file's stories in-process (parse_parts), for stdin and API callers.
"""
from __future__ import annotations

import gc
import hashlib
import os
from contextlib import closing, contextmanager

from .. import errors
from ..api import strip_path
from ..schema import WireSchema
from ..story import Story
from .documents import story_document, versions_of


def _die_with_parent() -> None:
    """A worker of a killed run must not go on building into the index folder: ask
    Linux to kill it with its parent (elsewhere it stops at the next task it asks for)."""
    try:
        import ctypes
        import signal
        PR_SET_PDEATHSIG = 1
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def _read_file(file: str, old_sha1: str | None, part: tuple[int, int] | None = None) -> tuple:
    """A file read once and hashed, and unless its content is ``old_sha1``'s, the
    documents whose stories are to be built (``part``: ``(part, parts)`` of a large
    file, see BuildPlan.split): ``(kind, sha1, documents, errors)``, kind "parsed" for a
    whole file and "part" for a part, errors the ReadErrors of the parts that could not
    be read (a zip member, a JSON line); or ``("same", sha1)``, or ``("failed", reason)``.
    The digest is that of the bytes parsed: the main process compares the parts'."""
    from ..pipeline import part_documents
    from ..read import file_bytes
    try:
        data = file_bytes(file)
    except errors.ReadError as e:
        return ("failed", strip_path(file, e))
    digest = hashlib.sha1(data).hexdigest()
    if old_sha1 == digest:
        return ("same", digest)
    number, parts = part or (0, 1)
    try:
        documents, failed = part_documents(file, data, number, parts)
    except Exception as e:  # a reader bug must not stop the run or show a traceback
        return ("failed", f"parser failed: {type(e).__name__}: {' '.join(str(e).split())}")
    return ("part" if part else "parsed", digest, documents, failed)


#: What a story costs the segment being built beyond its text, in characters of text:
#: a document's id, path and stored fields, its lengths and the postings of its own terms
#: take ~3-6 KB whatever its length (100,000 one-line briefs in one file peaked at 1 GB).
STORY_OVERHEAD_CHARS = 512
#: A batch's stories may weigh this much more than the batch's bytes before its segment
#: is split: the plan counts files' bytes (text and headers), not the overhead above.
#: Single stories of 600 words weigh ~12 % over their files' bytes; 25 % keeps them whole.
SEGMENT_ALLOWANCE = 1.25


class _Segments:
    """The segments a batch builds in its folder: one, unless its stories weigh more than
    ``limit`` (their text, plus STORY_OVERHEAD_CHARS each, over SEGMENT_ALLOWANCE): a
    file larger than a batch (a big feed, an archive, text compressed on disk), or very
    many very short stories. Then a new segment is started each time the one being built
    reaches that weight, so none holds more than the memory the plan gave the batch."""

    def __init__(self, folder: str, limit: int | None = None, collect=None):
        self.folder, self.collect = folder, collect
        self.limit = None if limit is None else limit * SEGMENT_ALLOWANCE
        self.done: list = []  # (segment, the folder it was built in)
        self._start(folder)

    def _start(self, folder: str) -> None:
        from .segments import SegmentBuilder
        self.builder, self.builder_folder, self.weight = SegmentBuilder(WireSchema(), folder), \
            folder, 0

    def add(self, story: Story, doc: dict) -> None:
        """Add one story's document (ValueError, and nothing added, if Whoosh could not
        write it)."""
        weight = len(story.body or "") + len(story.title or "") + STORY_OVERHEAD_CHARS
        if self.limit is not None and self.builder.doc_count \
                and self.weight + weight > self.limit:
            self._finish_one()
            self.builder = None
            if self.collect:  # a finished builder is cycles: without this, 34 of them
                self.collect()  # stayed until the batch's end (667 MB under 256)
            self._start(os.path.join(self.folder, f"part-{len(self.done)}"))
        # prepared by the builder that adds it: a builder numbers the words it meets
        self.builder.add_prepared(self.builder.prepare(doc))
        self.weight += weight

    def _finish_one(self) -> None:
        if self.builder.doc_count:
            self.done.append((self.builder.finish(), self.builder_folder))

    def finish(self) -> list:
        """The batch's segments, as ``(segment, folder)``, none when no story was added."""
        self._finish_one()
        return self.done


#: The outcomes of reading a file that hold documents: a whole file, a part of one.
PARSED = ("parsed", "part")


class _FileBuild:
    """One file's stories as a batch builds them: its documents (``read``, from
    _read_file) made into stories a few at a time (``stories``), each added to the
    segments or refused (``add``), then the file's outcome (``outcome``)."""

    def __init__(self, file: str, key: str, read: tuple):
        self.file, self.key, self.read = file, key, read
        self.kept: list[str] = []
        self.refused: list[tuple[str, str]] = []
        self.failed: list = []  # ReadErrors: parts not read, documents not parsed

    def stories(self):
        """The file's stories, each built when asked for (the errors kept aside), its
        documents let go of as they are built."""
        if self.read[0] not in PARSED:
            return
        kind, digest, documents, failed = self.read
        self.read = (kind, digest, None, None)
        self.failed = list(failed)
        from ..pipeline import build_stories
        for item in build_stories(_released(documents)):
            if isinstance(item, errors.ReadError):
                self.failed.append(item)
            else:
                yield item

    def add(self, segments: "_Segments", story: Story, group: str | None) -> None:
        try:  # a story Whoosh cannot write is refused alone, like a bad line of a feed
            segments.add(story, story_document(story, self.key, group))
            self.kept.append(story.id)
        except ValueError as e:
            self.refused.append((story.path, f"cannot index: {e}"))

    def outcome(self) -> tuple:
        """``("parsed", sha1, story ids, problems)`` (``"part"`` for a part, even with no
        story: the sum of the parts decides), or why none was kept: what parse_file
        says of a file with no story, or the first refusal."""
        kind = self.read[0]
        if kind not in PARSED:
            return self.read
        if self.kept or kind == "part":
            return (kind, self.read[1], self.kept,
                    [_problem(self.file, e) for e in self.failed] + self.refused)
        if self.refused:
            return ("failed", self.refused[0][1])
        from ..pipeline import no_story
        return ("failed", strip_path(self.file, no_story(self.file, self.failed)))


def _released(items: list):
    """The items of a list, each dropped from it as it is taken."""
    for i in range(len(items)):
        item, items[i] = items[i], None
        yield item


@contextmanager
def _collector():
    """Garbage collection for building a segment: only where it can find something.

    A batch's postings are millions of long-lived lists; Python's collector walks every
    one of them on each full collection, which cost about a third of segment building
    (bench: 3.4 -> 2.3 ms per story without it). Automatic collection is off inside; the
    caller calls the function it gets every few hundred files (or stories), which
    collects what the files since the last call left (parsing can leave cycles) and then
    freezes the survivors, so that no later collection walks them again.
    """
    was_enabled = gc.isenabled()
    gc.disable()

    def collect():
        gc.collect()
        gc.freeze()

    try:
        yield collect
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()


def _build_numbered(item):
    n, task = item
    return n, build_batch(task)


#: Stories that join their version groups together, in one transaction (see versions.py):
#: a commit writes every page the batch's band keys (random) touched, so larger groups
#: share more pages. With 2,000 stories, 256 took 0.36 ms a story where 64 took 0.54
#: (bench/version_speed.py); with 100,000 stories already assigned, 1,024 took 0.58 ms
#: where 256 took 1.1 (the same inserts into SQLite alone). A group holds the database
#: from the other workers for a few tenths of a second. A group is whole files: this many
#: stories or files, whichever comes first (the group's stories are parsed before any is
#: built, so a group of 1,024 feed files of 100 stories held 100 times as many).
GROUP_STORIES = 1024


def build_batch(task, on_file=None) -> tuple:
    """Read, hash and parse a batch of files and build their stories into a segment (more
    than one if they weigh more than the batch's bytes allow: see _Segments).

    Runs in a worker process; the stories join their version groups (whose database the
    workers share) GROUP_STORIES at a time, in file order. ``task``: the build folder,
    the index folder, the files as ``(path, key, old sha1, part)``, and the batch's bytes
    (None: no limit); ``part`` is None for a whole file, or ``(part, parts)`` for one of
    the parts of a large file (BuildPlan.split). Returns the segments as ``(segment,
    folder it was built in)`` and one outcome per file: ``("failed", reason)``,
    ``("same", sha1)`` for a file whose content did not change, or ``("parsed", sha1,
    story ids, problems)``; for a part, ``("part", sha1, story ids, problems)``, empty
    when the part holds no story. ``on_file()`` is called
    after each file is read.
    """
    from ..versions import VersionGroups

    folder, index_dir, files, limit = task
    outcomes = []
    with closing(VersionGroups.open(index_dir)) as versions, _collector() as collect:
        segments = _Segments(folder, limit, collect)

        def build(group: list) -> None:
            """A group of files read: their stories built from their documents and
            joined to their version groups GROUP_STORIES at a time (a big file in many
            such steps, small ones several to a step), added to the segments, then each
            file's outcome."""
            builds = [_FileBuild(file, key, r) for file, key, r in group]
            group.clear()
            pending: list = []

            def flush() -> None:
                groups = versions_of(versions, [story for _, story in pending])
                for (fb, story), version in zip(pending, groups, strict=True):
                    fb.add(segments, story, version)
                pending.clear()

            for fb in builds:
                for story in fb.stories():
                    pending.append((fb, story))
                    if len(pending) >= GROUP_STORIES:
                        flush()
            if pending:
                flush()
            outcomes.extend(fb.outcome() for fb in builds)
            # Once per group, not per step: a collection freezes what is alive, and a
            # segment builder frozen before it is finished is never collected after.
            collect()

        group, stories = [], 0
        for file, key, old_sha1, part in files:
            r = _read_file(file, old_sha1, part)
            group.append((file, key, r))
            stories += len(r[2]) if r[0] in PARSED else 1
            if on_file:
                on_file()
            if stories >= GROUP_STORIES:
                build(group)
                stories = 0
        if group:
            build(group)
        # Still inside: writing the segment allocates while every posting is alive.
        built = segments.finish()
    return built, outcomes


def _dedupe(stories) -> list[Story]:
    """Last story wins for each id: Whoosh cannot replace a document added by the same writer."""
    return list({s.id: s for s in stories}.values())


def parse_or_reason(file: str) -> tuple[list[Story], str | None]:
    """A file's stories (deduplicated by id), or why there are none."""
    stories, reason, _ = parse_parts(file)
    return stories, reason


def parse_parts(file: str) -> tuple[list[Story], str | None, list[tuple[str, str]]]:
    """A file's stories (deduplicated by id), or why there are none, plus the parts that
    failed while others were read: ``(label, reason)`` for a broken zip member or JSON line."""
    from ..pipeline import parse_file
    problems: list[tuple[str, str]] = []

    try:
        stories = _dedupe(parse_file(file, on_error=lambda e: problems.append(_problem(file, e))))
    except errors.ReadError as e:
        return [], strip_path(file, e), []
    except Exception as e:  # a parser bug must not stop the run or show a traceback
        return [], f"parser failed: {type(e).__name__}: {' '.join(str(e).split())}", []
    return (stories, None, problems) if stories else ([], "no story found", [])


def _problem(file: str, err: errors.ReadError) -> tuple[str, str]:
    """``(label, reason)`` for a part of ``file`` that failed (a zip member, a JSON line)."""
    label = getattr(err, "path", None) or file
    return label, getattr(err, "reason", None) or strip_path(label, err)
