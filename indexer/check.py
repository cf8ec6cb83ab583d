"""Index check: an index folder (and the source paths) -> findings, what is wrong and what to do.

`wire check` reads three things and compares them: the source files on disk, the manifest
(which files were indexed, with their size, mtime and story ids) and the index itself (which
stories it holds, under which file). A *problem* means the index does not match its
sources, or cannot be used; a *note* is worth knowing but needs nothing done.
"""
from __future__ import annotations

import os
import stat
from collections import Counter
from contextlib import closing
from dataclasses import asdict, dataclass, field

from . import errors, recovery
from .paths import key_path, path_key, path_label

#: How many findings of one kind are listed one by one before the rest are counted.
MAX_LISTED = 50


@dataclass
class Finding:
    kind: str       # schema, unreadable, missing, extra, duplicate, unlisted, gone, changed,
                    # unindexed; notes: loose, refused, debris, interrupted, busy
    where: str      # a file, a story id or the index folder
    detail: str
    problem: bool = True


@dataclass
class CheckReport:
    index: str
    stories: int = 0
    files: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def problems(self) -> list[Finding]:
        return [f for f in self.findings if f.problem]

    @property
    def notes(self) -> list[Finding]:
        return [f for f in self.findings if not f.problem]

    def to_dict(self) -> dict:
        return {"index": self.index, "stories": self.stories, "files": self.files,
                "ok": not self.problems,
                "problems": [asdict(f) for f in self.problems],
                "notes": [asdict(f) for f in self.notes]}


def check_index(dirname: str, paths=(), *, parse_unindexed: bool = True) -> CheckReport:
    """Compare the index in ``dirname`` with its manifest and with the files on disk.

    With ``paths``, files under them that the index lacks are reported too (each is
    parsed to tell a file wire refuses from one a run has not reached yet).
    Raises NoIndexError when there is no index at all.
    """
    from .index import MANIFEST_NAME, WireIndex, _Manifest

    report = CheckReport(index=dirname)
    add = report.findings.append
    _check_housekeeping(dirname, add)
    try:
        wix = WireIndex.open(dirname)
    except errors.NoIndexError:
        raise
    except errors.SchemaVersionError as e:
        add(Finding("schema", dirname, str(e)))
        return report
    except errors.WireError as e:
        add(Finding("unreadable", dirname, f"{e}; rebuild it: wire index --rebuild PATH..."))
        return report

    # 1. The index: each live story's id and source file (None for stdin/API stories).
    stories = _stories_by_file(wix)
    report.stories = sum(len(ids) for ids in stories.values())
    counts = Counter(i for ids in stories.values() for i in ids)
    for story_id, n in sorted(counts.items()):
        if n > 1:
            add(Finding("duplicate", story_id, f"story {story_id} is in the index {n} times; "
                        "rebuild: wire index --rebuild PATH..."))

    # 2. The manifest against the index.
    if not os.path.exists(os.path.join(dirname, MANIFEST_NAME)):
        add(Finding("unreadable", dirname, f"no manifest ({MANIFEST_NAME}): wire cannot tell "
                    "which files are indexed; rebuild: wire index --rebuild PATH..."))
        known = {}
    else:
        with closing(_Manifest(dirname)) as manifest:
            known = manifest.load()
    report.files = len(known)
    for key, entry in sorted(known.items()):
        have = stories.get(key, [])
        label = path_label(key_path(key))
        missing = [i for i in entry.ids if i not in have]
        extra = sorted(set(have) - set(entry.ids))
        if missing:
            add(Finding("missing", label, f"{len(missing)} of its {len(entry.ids)} stories "
                        f"are not in the index ({', '.join(missing[:3])}); run wire index "
                        "on it again (touch the file first), or wire index --rebuild"))
        if extra:
            add(Finding("extra", label, f"{len(extra)} stories in the index that the file "
                        f"no longer gives ({', '.join(extra[:3])}); run wire index PATH"))
    for key in sorted(k for k in stories if k is not None and k not in known):
        add(Finding("unlisted", path_label(key_path(key)),
                    f"{len(stories[key])} stories in the index from a file the manifest does "
                    "not list (left by a killed run); run wire index PATH"))
    if stories.get(None):
        add(Finding("loose", dirname, f"{len(stories[None])} stories from stdin or the API, "
                    "from no file (wire index cannot check or remove them)", problem=False))

    # 3. The manifest against the files on disk.
    for key, entry in sorted(known.items()):
        path = key_path(key)
        label = path_label(path)
        try:
            st = os.stat(path)
        except FileNotFoundError:
            add(Finding("gone", label, f"deleted since it was indexed; its {len(entry.ids)} "
                        "stories are still in the index; run wire index PATH"))
            continue
        except OSError as e:
            add(Finding("gone", label, f"cannot be read ({e.strerror}); run wire index PATH"))
            continue
        if (st.st_size, st.st_mtime_ns) != (entry.size, entry.mtime_ns):
            add(Finding("changed", label, "changed since it was indexed; run wire index PATH"))

    # 4. Files under the paths that the index lacks.
    if paths:
        _check_unindexed(paths, known, add, parse_unindexed)
    report.findings = _cap(report.findings)
    return report


def _stories_by_file(wix) -> dict:
    """file key (None for stories from no file) -> ids of the live stories, in the index."""
    by_doc: dict[int, str] = {}
    with wix.searcher() as s:
        reader = s.reader()
        if "file" in reader.indexed_field_names():
            for key in reader.field_terms("file"):
                for docnum in reader.postings("file", key).all_ids():  # deleted ones skipped
                    by_doc[docnum] = key
        out: dict = {}
        for docnum, fields in reader.iter_docs():
            story_id = (fields.get("record") or {}).get("id") or fields.get("id")
            out.setdefault(by_doc.get(docnum), []).append(story_id)
    return out


def _check_unindexed(paths, known, add, parse_unindexed: bool) -> None:
    from .index import parse_or_reason
    from .walk import walk_files

    for path in paths:
        try:
            files = list(walk_files([path]))
        except errors.ReadError as e:
            add(Finding("unindexed", path_label(path), str(e).split(": ", 1)[-1]))
            continue
        for file in files:
            if file == "-" or path_key(os.path.abspath(file)) in known:
                continue
            reason = "not a regular file"
            try:
                regular = stat.S_ISREG(os.stat(file).st_mode)
            except OSError as e:
                regular, reason = False, e.strerror or str(e)
            if regular and parse_unindexed:
                _, reason = parse_or_reason(file)
            if regular and reason is None:
                add(Finding("unindexed", path_label(file), "not in the index; run wire index PATH"))
            else:
                add(Finding("refused", path_label(file), f"wire cannot index it: {reason}",
                            problem=False))


def _check_housekeeping(dirname: str, add) -> None:
    holder = recovery.holder_of(dirname)
    if holder:
        add(Finding("busy", dirname, f"being written now by {holder}; what follows may "
                    "change when it commits", problem=False))
        return
    killed = recovery.last_interrupted(dirname)
    if killed:
        add(Finding("interrupted", dirname, f"the last wire index run ({killed}) did not finish; "
                    "the next run clears what it left and redoes its last batch",
                    problem=False))
    try:
        names = os.listdir(dirname)
    except OSError:
        return
    debris = [n for n in names if recovery.TEMP_TOC_RE.match(n) or n == recovery.POOL_DIR]
    if debris:
        add(Finding("debris", dirname, f"temporary files of a killed run ({', '.join(debris[:3])}); "
                    "the next wire index deletes them", problem=False))


def _cap(findings: list[Finding]) -> list[Finding]:
    """At most MAX_LISTED findings of each kind, then one line counting the rest."""
    seen: Counter = Counter()
    out = []
    for f in findings:
        seen[f.kind] += 1
        if seen[f.kind] <= MAX_LISTED:
            out.append(f)
    for kind, n in seen.items():
        if n > MAX_LISTED:
            first = next(f for f in findings if f.kind == kind)
            out.append(Finding(kind, "...", f"and {n - MAX_LISTED} more like this",
                               problem=first.problem))
    return out
