"""Deletions and built segments -> the index's next commit (the Whoosh writer); merges.

A run commits each batch (deletions, the segments its workers built, stdin and API
stories) in one Whoosh commit, then the batch's manifest rows (_commit says in which order,
and why).
"""
from __future__ import annotations

import os
import random
import shutil
from contextlib import contextmanager

from whoosh import index as whoosh_index
from whoosh.index import LockError

from .. import errors
from ..recovery import clear_temp_files, test_hook
from ..story import Story
from .documents import story_document, version_of

#: Segments in the index after a run, as far as the memory option allows merging them:
#: every segment adds a term lookup to every query. Up to SEGMENT_SLACK more are left
#: while no MERGE_FACTOR of them are of a size (next_merge).
MAX_SEGMENTS = 12
SEGMENT_SLACK = 4
#: Segments merged together when they are of one size (the same power of it).
MERGE_FACTOR = 4
#: Segments are built here, inside the index folder (same file system, so committing
#: one is a rename) but under a dot-name, which Whoosh's clean-up of unused files skips.
BUILD_DIR = ".wire-build"
#: Memory the Whoosh writer may use for its posting buffer (stdin and API stories only).
WRITER_LIMIT_MB = 64
#: Seconds between attempts to take Whoosh's write lock (held only by non-wire writers:
#: wire runs queue on recovery.WriteLock first).
LOCK_POLL = 0.2


def _commit(batch, manifest) -> None:
    """Commit a batch. Removed files leave the manifest before the index commit, new and
    changed ones enter it after: a kill in between leaves the index holding stories the
    manifest does not list (the next run finds and fixes them, see _unlisted_files),
    never the manifest vouching for stories the index lacks (no run would redo them)."""
    manifest.commit()
    batch.commit()
    manifest.write_pending()
    manifest.commit()
    test_hook("commit-end")


def _unlisted_files(ix, manifest) -> dict[str, int]:
    """Source files with stories in the index but not in the manifest -> story count."""
    out = {}
    with ix.searcher() as s:
        for key in s.reader().field_terms("file"):
            if manifest.get(key) is None:
                count = sum(1 for _ in s.document_numbers(file=key))  # live stories only
                if count:
                    out[key] = count
    return out


def _clear_debris(ix) -> list[str]:
    """Under the write lock: delete what a killed writer left (temporary TOCs, the posting
    pool, segment files no TOC names). Returns the names of the temporary files deleted."""
    whoosh_lock = ix.lock("WRITELOCK")
    if not whoosh_lock.acquire(False):
        return []  # a writer other than wire is at work: its files are not debris
    try:
        gone = clear_temp_files(ix.storage.folder)
        toc = ix._read_toc()  # Whoosh's own cleanup after a commit, run now for a killed one
        whoosh_index.clean_files(ix.storage, ix.indexname, toc.generation, toc.segments)
    finally:
        whoosh_lock.release()
    return gone


@contextmanager
def _own_random():
    """Fresh randomness for Whoosh's segment names, the caller's random state kept.

    Whoosh names a new segment with the global ``random`` module. A program that seeds it
    (``random.seed(0)``; hypothesis does for every example) would name the segment of its
    next run like the last one, and Whoosh fails with an AssertionError on commit."""
    state = random.getstate()
    random.seed(os.urandom(16))
    try:
        yield
    finally:
        random.setstate(state)


class _Batch:
    """A Whoosh writer opened on first use and committed in batches.

    A batch is the deletions made through the writer, the segments built for it (see
    ``build_batch``) and, for stdin and API stories, documents added to the writer itself;
    one commit makes all of them visible. Deletes go through the writer's searcher (one
    per writer, not one per call), which sees only committed segments, never the batch's;
    it is opened by the first deletion or lookup (a run of new files makes none: opened
    for each batch, it read every segment's tables, 200 of them at a million stories)."""

    def __init__(self, ix, wait: float, versions=None):
        self.ix, self.wait, self.versions = ix, wait, versions  # versions.VersionGroups
        self.writer = None
        self._searcher = None
        self.pending = 0
        self.added_ids: set[str] = set()
        self.segments: list = []  # (segment, build folder) to commit with the batch
        self.build_dir = os.path.join(ix.storage.folder, BUILD_DIR)
        #: merged segment id -> its sources' (segment id, documents), for a merge of
        #: segments without deletions (its words' story counts are theirs summed: the
        #: spelling list carries over, query.write_spelling)
        self.merged_from: dict = {}

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if self.writer is not None and exc_type is not None:
            self.writer.cancel()
            self.writer = None

    def _open(self):
        if self.writer is None:
            try:
                with _own_random():
                    self.writer = self.ix.writer(timeout=self.wait, delay=LOCK_POLL,
                                                 limitmb=WRITER_LIMIT_MB)
            except LockError:
                folder = self.ix.storage.folder
                raise errors.IndexLockedError(
                    f"the index in {folder} is locked by a program other than wire "
                    f"(waited {self.wait:g}s for {folder}/MAIN_WRITELOCK); wait for it to "
                    "finish, or try again with a longer --wait") from None
            self._searcher = None
            self.added_ids = set()
        return self.writer

    @property
    def searcher(self):
        """The writer's searcher (see the class)."""
        self._open()
        if self._searcher is None:
            self._searcher = self.writer.searcher()
        return self._searcher

    def has_id(self, story_id: str) -> bool:
        self._open()
        return story_id in self.added_ids or self.searcher.document_number(id=story_id) is not None

    def delete_file(self, key: str) -> None:
        self._open().delete_by_term("file", key, searcher=self.searcher)

    def delete_id(self, story_id: str) -> None:
        self._open().delete_by_term("id", story_id, searcher=self.searcher)

    def add(self, story: Story, file_key: str | None) -> None:
        if story.id in self.added_ids:
            return  # the same id from two sources in one batch: the first one stays
        version = version_of(self.versions, story) if self.versions is not None else None
        self._open().add_document(**story_document(story, file_key, version))
        self.added_ids.add(story.id)
        self.pending += 1

    def forget(self, ids) -> None:
        """Stories leaving the index leave their version groups too."""
        if self.versions is not None:
            self.versions.forget(ids)

    def add_segment(self, segment, folder: str) -> None:
        """A segment built in ``folder`` (by ``build_batch``), committed with the batch."""
        self._open()
        self.segments.append((segment, folder))

    def commit(self, merge: int = 0, everything: bool = False) -> None:
        """Commit deletions, built segments and added documents together; with ``merge``
        (the processes it may take), also merge the smallest segments (_merge_small), or
        with ``everything`` all of them (_merge_all)."""
        from .segments import move_segment

        if self.writer is None:
            return
        new = [segment for segment, _ in self.segments]
        for segment, folder in self.segments:
            # Until the TOC names them, moved files are orphans the next run deletes.
            move_segment(segment, folder, self.ix.storage.folder)

        def policy(writer, segments):
            out = list(segments) + new
            if merge:
                merger = _merge_all if everything else _merge_small
                out = merger(writer, out, self.build_dir, merge, self.merged_from)
            return out

        test_hook("commit-start")
        self.writer.commit(mergetype=policy)
        self.writer = self._searcher = None
        self.pending = 0
        self.segments = []
        test_hook("index-committed")

    def merge_due(self) -> bool:
        """More than MAX_SEGMENTS segments: merge_if_needed may merge some."""
        return len(self.ix._segments()) > MAX_SEGMENTS

    def merge_if_needed(self, workers: int = 1) -> None:
        """After a run: more than MAX_SEGMENTS segments (many small runs, or a build of
        many batches) are merged as _merge_small says, by up to ``workers`` processes."""
        if self.merge_due():
            self._open()
            self.commit(merge=max(1, workers))

    def compact(self, workers: int = 1) -> None:
        """Merge every segment into one (_merge_all), by up to ``workers`` processes."""
        self._open()
        self.commit(merge=max(1, workers), everything=True)


def next_merge(sizes: list[int], cap: int, factor: int, slack: int) -> list[int]:
    """Which of the segments of these ``sizes`` (live stories, in index order) to merge
    next, by position (ascending); [] for none.

    Over ``cap``: first the segments with no live story left (dropped: nothing to
    merge). Over ``cap + slack`` (a build of many batches), the smallest, as many as
    leave ``cap``: each of their stories is written once more. Over ``cap`` only, the
    ``factor`` smallest of the smallest size (a power of ``factor``) that has as many,
    below the largest segment's size: a build's segments, all of that size, are not
    merged four at a time by the next run that adds a few (65 s for 40,000 stories).

    Merging the smallest every time made a daily run of 1,000 stories merge them with
    the last runs' (by then the smallest segment): simulated from ten segments of
    10,000, ~17,000 stories merged a run after 200 runs and ~50,000 after 1,000 (a merge
    writes ~2 ms a story); this way ~3,200-3,900 and ~4,800-7,600, half the runs merging
    nothing, and 12 segments on average (tests/test_engine.py simulates both)."""
    if len(sizes) <= cap:
        return []
    empty = [n for n, size in enumerate(sizes) if size == 0]
    if empty:
        return empty
    by_size = sorted(range(len(sizes)), key=lambda n: sizes[n])
    if len(sizes) > cap + slack:
        return sorted(by_size[:len(sizes) - cap + 1])
    levels: dict = {}
    for n in by_size:
        levels.setdefault(_level(sizes[n], factor), []).append(n)
    top = _level(max(sizes), factor)
    for level, members in sorted(levels.items()):
        if len(members) >= factor and level < top:
            return sorted(members[:factor])
    return []


def _level(size: int, factor: int) -> int:
    """The power of ``factor`` a size is of: sizes of one level differ at most factor-fold."""
    level = 0
    while size >= factor:
        size //= factor
        level += 1
    return level


def _merge_small(writer, segments: list, build_dir: str, workers: int = 1,
                 merged_from: dict | None = None) -> list:
    """More than MAX_SEGMENTS segments: those next_merge chooses are merged, a group at a
    time, until it chooses none (segments.merge_segments, which streams their postings:
    no limit on their size). Many runs, or a build of more batches than that, must not
    leave many segments: every word of a search is looked up in each. Deleted stories
    are left out. A crash before the TOC is written leaves the old segments in place and
    the merged ones unreferenced. A large merge is shared out among ``workers``
    processes."""
    while True:
        group = next_merge([seg.doc_count() for seg in segments], MAX_SEGMENTS,
                           MERGE_FACTOR, SEGMENT_SLACK)
        if not group:
            return segments
        segments = _merge_chosen(writer, segments, [segments[n] for n in group],
                                 build_dir, workers, merged_from)


def _merge_all(writer, segments: list, build_dir: str, workers: int = 1,
               merged_from: dict | None = None) -> list:
    """wire compact: all the segments -> one of their live stories. Each segment costs
    every word of a search a term lookup, and every term its own table entry: on 100,000
    stories, 12 segments merged into one searched ~40 % faster and took 30 % less disk.
    One segment is merged alone only to drop its deleted stories."""
    if len(segments) > 1 or (segments and segments[0].has_deletions()):
        return _merge_chosen(writer, segments, list(segments), build_dir, workers, merged_from)
    return segments


def _merge_chosen(writer, segments: list, chosen: list, build_dir: str, workers: int,
                  merged_from: dict | None = None) -> list:
    """``segments`` with ``chosen`` (in index order) merged into one, put last; noted in
    ``merged_from`` when none of them had deletions."""
    from .merge import merge_segments
    from .segments import move_segment

    folder = os.path.join(build_dir, "merge")
    merged = merge_segments(writer.storage, writer.schema, chosen, folder, workers=workers)
    keep = [seg for seg in segments if seg not in chosen]
    if merged is not None:
        move_segment(merged, folder, writer.storage.folder)
        keep.append(merged)
        if merged_from is not None and not any(seg.has_deletions() for seg in chosen):
            merged_from[merged.segment_id()] = [(seg.segment_id(), seg.doc_count_all())
                                                for seg in chosen]
    shutil.rmtree(folder, ignore_errors=True)
    return keep
