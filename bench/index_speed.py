#!/usr/bin/env python3
"""Indexing and search speed at archive scale (issue 6): prints figures, asserts nothing.

    python bench/index_speed.py [--count 100000] [--dir CORPUS] [--workers N] [--memory-mb MB]
                                [--skip-baseline] [--skip-fts] [--skip-compact]
    python bench/index_speed.py --queries-only [--compact] --work FOLDER_OF_A_RUN

In one run, on the same generated stories (bench/generate.py, made once into --dir):
  1. full build, parse plus index, with ``wire index`` (stories/s, wall time, peak memory of
     the whole process tree, index size);
  2. a stock-Whoosh baseline: the same parser, the same fields, a StemmingAnalyzer, a
     stored body, ``writer(procs=2, multisegment=True)``; and the ratio;
  3. SQLite FTS5 over the same stories (index time only: stories are parsed first);
  4. a re-run over the unchanged files, then adding 1,000 new stories;
  5. warm query latency over 200 mixed queries through the library (words, phrases,
     field filters, date ranges, sorted by date; snippets included), p50 and p95; then
     the same mix with rarer words (in at most 1 % of the stories), as users type;
  6. a cold ``search`` process (interpreter, imports, open, query, print), median of runs;
  7. ``wire compact`` (every segment merged into one: wall time, peak memory, index size),
     then steps 5 and 6 again on the compacted index.
The machine may be shared: quote medians and ratios, not single figures.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)

#: Seconds between samples of the process tree's memory.
MEMORY_SAMPLE_S = 0.1
#: Runs of the cold search process; the median is reported.
COLD_RUNS = 9
#: CPU seconds of the last run_measured command (its whole process tree).
LAST_CPU = {"seconds": 0.0}
#: Stories added in the incremental step (the issue's target: under 10 s).
ADD_COUNT = 1000


# -- measuring ------------------------------------------------------------------------------

def run_measured(cmd: list[str], env=None) -> tuple[float, float, subprocess.CompletedProcess]:
    """Run a command; wall seconds and peak resident MB of it and all its children.

    Its CPU seconds (user + system, all its processes) go to ``LAST_CPU["seconds"]``: on a
    shared machine wall time follows the load, CPU time much less."""
    import psutil
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    peak = 0.0
    stop = threading.Event()

    def sample():
        nonlocal peak
        try:
            root = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while not stop.is_set():
            total = 0
            try:
                for p in [root] + root.children(recursive=True):
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
            except psutil.Error:
                break
            peak = max(peak, total / 2**20)
            stop.wait(MEMORY_SAMPLE_S)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    LAST_CPU["seconds"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    stop.set()
    sampler.join()
    done = subprocess.CompletedProcess(cmd, proc.returncode, out.decode(), err.decode())
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{done.stderr[-2000:]}")
    return wall, peak, done


def folder_mb(path: str) -> float:
    total = 0
    for dirpath, _, names in os.walk(path):
        for name in names:
            try:
                total += os.path.getsize(os.path.join(dirpath, name))
            except OSError:
                pass
    return total / 2**20


def count_files(path: str) -> int:
    return sum(len(names) for _, _, names in os.walk(path))


def generated_corpus(folder: str | None, count: int) -> str:
    """``folder`` (default: one in the temporary folder), holding ``count`` generated
    stories: made with bench/generate.py unless it already holds that many."""
    corpus = folder or os.path.join(tempfile.gettempdir(), f"wire-bench-{count}")
    if not os.path.isdir(corpus) or count_files(corpus) < count:
        shutil.rmtree(corpus, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), corpus,
                        "--count", str(count)], check=True)
    return corpus


# -- the stock Whoosh baseline and FTS5 (run as subprocesses of this script) -----------------

def parsed_stories(corpus: str):
    from indexer.index import parse_or_reason
    from indexer.pipeline import walk_files
    for file in walk_files([corpus]):
        stories, _ = parse_or_reason(file)
        yield from stories


def baseline_build(corpus: str, index_dir: str) -> None:
    """Stock Whoosh as the issue describes it: same stories and fields, StemmingAnalyzer,
    stored body, the multi-process writer. Parse plus index, like the real build."""
    from whoosh import index as whoosh_index
    from whoosh.analysis import StemmingAnalyzer
    from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema
    from indexer.index import to_utc
    schema = Schema(id=ID(unique=True, stored=True), file=ID(stored=True), path=ID(),
                    record=STORED(), title=TEXT(analyzer=StemmingAnalyzer(), field_boost=2.0),
                    body=TEXT(analyzer=StemmingAnalyzer(), stored=True),
                    published=DATETIME(sortable=True), updated=DATETIME(),
                    agencies=KEYWORD(lowercase=True, commas=True),
                    cities=TEXT(), reporters=TEXT(), editors=TEXT(), translators=TEXT(),
                    photographers=TEXT(), language=ID())
    os.makedirs(index_dir, exist_ok=True)
    ix = whoosh_index.create_in(index_dir, schema)
    writer = ix.writer(procs=2, multisegment=True, limitmb=256)
    n = 0
    for story in parsed_stories(corpus):
        doc = {"id": story.id, "file": story.path, "path": story.path,
               "record": story.to_dict(body=False), "title": story.title or "",
               "body": story.body or "", "agencies": ",".join(story.agencies),
               "cities": "\n".join(story.cities), "reporters": "\n".join(story.reporters),
               "editors": "\n".join(story.editors), "translators": "\n".join(story.translators),
               "photographers": "\n".join(story.photographers),
               "language": story.language or ""}
        for name in ("published", "updated"):
            when = to_utc(getattr(story, name))
            if when:
                doc[name] = when
        writer.add_document(**{k: v for k, v in doc.items() if v != ""})
        n += 1
    writer.commit()
    print(json.dumps({"stories": n, "indexed": whoosh_index.open_dir(index_dir).doc_count()}))


def fts_build(corpus: str, db_path: str) -> None:
    """SQLite FTS5 over the same stories and fields; times the inserts only."""
    stories = list(parsed_stories(corpus))
    start = time.perf_counter()
    db = sqlite3.connect(db_path)
    db.execute("CREATE VIRTUAL TABLE stories USING fts5(id UNINDEXED, record UNINDEXED, title,"
               " body, agencies, cities, reporters, editors, translators, photographers,"
               " language, published UNINDEXED, tokenize='unicode61 remove_diacritics 2')")
    db.executemany("INSERT INTO stories VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", (
        (s.id, json.dumps(s.to_dict(body=False), ensure_ascii=False), s.title or "", s.body,
         " ".join(s.agencies), "\n".join(s.cities), "\n".join(s.reporters),
         "\n".join(s.editors), "\n".join(s.translators), "\n".join(s.photographers),
         s.language or "", s.published or "") for s in stories))
    db.commit()
    seconds = time.perf_counter() - start
    words = [w for s in random.Random(3).sample(stories, min(200, len(stories)))
             for w in (s.title or "x").split()[:2]]
    times = []
    for w in words[:200]:
        t = time.perf_counter()
        db.execute("SELECT id, snippet(stories, 3, '[', ']', '…', 20) FROM stories "
                   "WHERE stories MATCH ? ORDER BY rank LIMIT 10",
                   ('"' + w.replace('"', '') + '"',)).fetchall()
        times.append((time.perf_counter() - t) * 1000)
    db.close()
    print(json.dumps({"stories": len(stories), "seconds": seconds,
                      "p50": statistics.median(times),
                      "p95": statistics.quantiles(times, n=20)[-1]}))


# -- queries ----------------------------------------------------------------------------------

#: A word of the selective query set is in at most this share of the stories.
SELECTIVE_SHARE = 0.01


def make_queries(index_dir: str, n: int, seed: int = 11, selective: bool = False) -> list[dict]:
    """A mix of what users type, drawn from stories in the index (so most queries match).

    ``selective``: the same mix and stories, with words found in at most SELECTIVE_SHARE
    of the stories where a story has them (names and rarer words, as users mostly type);
    the generator's syllable vocabulary otherwise makes most words very common."""
    from indexer.index import WireIndex
    from indexer.schema import fold
    rng = random.Random(seed)
    ix = WireIndex.open(index_dir)
    with ix.searcher() as s:
        total = s.doc_count_all()
        picks = []
        reader = s.reader()
        while len(picks) < 60:
            d = rng.randrange(total)
            if not reader.is_deleted(d):
                picks.append(reader.stored_fields(d))
        limit = SELECTIVE_SHARE * total

        def rare(words):
            return [w for w in words if reader.doc_frequency("body", fold(w)) <= limit
                    and reader.doc_frequency("title", fold(w)) <= limit]

        if selective:
            for f in picks:
                f["rare_title"] = rare((f["record"].get("title") or "").split())
                f["rare_body"] = rare(f.get("body", "").split())
    queries = []
    kinds = ["word", "two", "phrase", "field", "date", "sorted", "filter", "or"]
    for i in range(n):
        f = picks[i % len(picks)]
        rec = f["record"]
        title = [w for w in (rec.get("title") or "news").split() if w.isalpha()] or ["news"]
        body = [w for w in f.get("body", "").split() if w.isalpha() and len(w) > 3] or title
        phrase_title = title
        if selective:
            # a phrase: two title words side by side, one of them rare
            rare_title = set(f["rare_title"])
            starts = [k for k in range(len(title) - 1)
                      if title[k] in rare_title or title[k + 1] in rare_title]
            if starts:
                phrase_title = title[starts[0]:starts[0] + 2]
            title = [w for w in f["rare_title"] if w.isalpha()] or title
            body = [w for w in f["rare_body"] if w.isalpha() and len(w) > 3] or title
        kind = kinds[i % len(kinds)]
        year = (rec.get("published") or "2020")[:4]
        if kind == "word":
            q = dict(query=rng.choice(title))
        elif kind == "two":
            q = dict(query=f"{rng.choice(title)} {rng.choice(body)}")
        elif kind == "phrase":
            k = rng.randrange(max(1, len(phrase_title) - 1))
            q = dict(query='"' + " ".join(phrase_title[k:k + 2]) + '"')
        elif kind == "field":
            city = (rec.get("cities") or ["Paris"])[0]
            q = dict(query=f'title:{rng.choice(title)} city:"{city}"')
        elif kind == "date":
            q = dict(query=f"{rng.choice(body)} date:{year}-01..{year}-06")
        elif kind == "sorted":
            q = dict(query=rng.choice(body), sort="newest")
        elif kind == "filter":
            q = dict(query=rng.choice(title), agency=(rec.get("agencies") or ["Reuters"])[0],
                     since=f"{year}-01-01", until=f"{year}-12-31", sort="newest")
        else:
            q = dict(query=f"{rng.choice(title)} OR {rng.choice(body)}")
        queries.append(q)
    return queries


def warm_queries(index_dir: str, queries: list[dict]) -> tuple[list[float], int]:
    import indexer
    ix = indexer.open_index(index_dir)
    for q in queries[:10]:  # warm caches, as a long-running process would be
        indexer.search(index=ix, **q)
    times, hits = [], 0
    for q in queries:
        t = time.perf_counter()
        result = indexer.search(index=ix, **q)
        times.append((time.perf_counter() - t) * 1000)
        hits += result["total"] > 0
    return times, hits


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


# -- main ---------------------------------------------------------------------------------------

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--dir", help="corpus folder (generated there if missing)")
    ap.add_argument("--work", help="folder for the indexes (default: a temporary one)")
    ap.add_argument("--workers", type=int)
    ap.add_argument("--memory-mb", type=int)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--skip-baseline", action="store_true")
    ap.add_argument("--skip-fts", action="store_true")
    ap.add_argument("--skip-compact", action="store_true")
    ap.add_argument("--queries-only", action="store_true",
                    help="only steps 5 and 6, on the index a previous run left in --work")
    ap.add_argument("--compact", action="store_true",
                    help="with --queries-only: step 7, compacting that index first")
    ap.add_argument("--baseline-worker", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--fts-worker", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--selective-worker", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.baseline_worker:
        baseline_build(*args.baseline_worker)
        return 0
    if args.fts_worker:
        fts_build(*args.fts_worker)
        return 0
    if args.selective_worker:
        ix_dir, count = args.selective_worker
        times, matched = warm_queries(ix_dir, make_queries(ix_dir, int(count), selective=True))
        print(json.dumps({"times": times, "matched": matched}))
        return 0

    corpus = generated_corpus(args.dir, args.count)
    work = args.work or tempfile.mkdtemp(prefix="wire-bench-")
    os.makedirs(work, exist_ok=True)
    ix_dir, base_dir = os.path.join(work, "index"), os.path.join(work, "stock")
    fts_path = os.path.join(work, "fts.sqlite")
    if args.queries_only:
        wire, env = [sys.executable, "-m", "search_cli"], dict(os.environ, PYTHONPATH=ROOT)
        rows = compact_figures(ix_dir, wire, env) if args.compact else []
        print_table(rows + query_figures(ix_dir, args.queries, wire, env, table=False))
        return 0
    for path in (ix_dir, base_dir, fts_path):
        shutil.rmtree(path, ignore_errors=True) if os.path.isdir(path) else (
            os.path.exists(path) and os.remove(path))
    # The corpus as generated: drop stories a previous run added in step 4.
    extra = os.path.join(corpus, "added")
    shutil.rmtree(extra, ignore_errors=True)
    n = count_files(corpus)
    wire = [sys.executable, "-m", "search_cli"]
    env = dict(os.environ, PYTHONPATH=ROOT)
    opts = []
    if args.workers:
        opts += ["--workers", str(args.workers)]
    if args.memory_mb:
        opts += ["--memory-mb", str(args.memory_mb)]
    rows = []

    def row(name, value, note=""):
        rows.append((name, value, note))
        print(f"{name:<34} {value:<22} {note}", flush=True)

    print(f"corpus: {corpus} ({n:,} stories), cores: {os.cpu_count()}, "
          f"load: {os.getloadavg()[0]:.1f}", flush=True)

    # 1. Full build.
    wall, peak, done = run_measured(wire + ["index", corpus, "--index", ix_dir] + opts, env)
    rate = n / wall
    cpu = LAST_CPU["seconds"]
    row("full build (wire index)", f"{rate:,.0f} stories/s",
        f"{wall:.1f} s wall, {cpu:.0f} s CPU ({n / cpu:,.0f} stories per CPU-second)")
    row("  peak memory, process tree", f"{peak:,.0f} MB",
        f"--memory-mb {args.memory_mb or 'default (1024)'}")
    row("  index size", f"{folder_mb(ix_dir):,.0f} MB",
        f"{len([f for f in os.listdir(ix_dir) if f.endswith('.trm')])} segments")

    # 2. Stock Whoosh baseline.
    if not args.skip_baseline:
        bwall, bpeak, _ = run_measured([sys.executable, __file__, "--baseline-worker",
                                        corpus, base_dir], env)
        bcpu = LAST_CPU["seconds"]
        row("stock Whoosh (procs=2, multiseg.)", f"{n / bwall:,.0f} stories/s",
            f"{bwall:.1f} s wall, {bcpu:.0f} s CPU, {bpeak:,.0f} MB peak, "
            f"{folder_mb(base_dir):,.0f} MB index")
        row("  speed-up over stock", f"{bwall / wall:.1f}x",
            f"wall time; {bcpu / cpu:.1f}x in CPU time")

    # 3. SQLite FTS5.
    if not args.skip_fts:
        _, fpeak, done = run_measured([sys.executable, __file__, "--fts-worker", corpus,
                                       fts_path], env)
        fts = json.loads(done.stdout)
        row("SQLite FTS5 (index only)", f"{fts['stories'] / fts['seconds']:,.0f} stories/s",
            f"{fts['seconds']:.1f} s; {os.path.getsize(fts_path) / 2**20:,.0f} MB; "
            f"query p50 {fts['p50']:.1f} ms, p95 {fts['p95']:.1f} ms")

    # 4. Re-run unchanged, then add 1,000.
    rwall, _, done = run_measured(wire + ["index", corpus, "--index", ix_dir] + opts, env)
    row("re-run, unchanged files", f"{rwall:.2f} s", done.stderr.strip().splitlines()[-1])
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), extra, "--count",
                    str(ADD_COUNT), "--start", str(n), "--seed", "8"], check=True,
                   stderr=subprocess.DEVNULL)
    awall, apeak, done = run_measured(wire + ["index", corpus, "--index", ix_dir] + opts, env)
    row(f"adding {ADD_COUNT:,} new stories", f"{awall:.2f} s",
        done.stderr.strip().splitlines()[-1])

    rows += query_figures(ix_dir, args.queries, wire, env, table=False)
    if not args.skip_compact:
        rows += compact_figures(ix_dir, wire, env)
        rows += query_figures(ix_dir, args.queries, wire, env, table=False,
                              label=" (compacted)")
    print_table(rows)
    return 0


def compact_figures(ix_dir: str, wire: list[str], env) -> list:
    """Step 7: ``wire compact`` on the index (whose queries are then measured again)."""
    segments = len([f for f in os.listdir(ix_dir) if f.endswith(".trm")])
    size = folder_mb(ix_dir)
    wall, peak, done = run_measured(wire + ["compact", "--index", ix_dir], env)
    name, value = "wire compact", f"{wall:.1f} s"
    note = (f"{segments} segments -> {len([f for f in os.listdir(ix_dir) if f.endswith('.trm')])}"
            f", {size:,.0f} -> {folder_mb(ix_dir):,.0f} MB, {peak:,.0f} MB peak, "
            f"{LAST_CPU['seconds']:.0f} s CPU")
    print(f"{name:<34} {value:<22} {note}", flush=True)
    return [(name, value, note)]


def print_table(rows) -> None:
    print("\n| measure | figure | notes |\n|---|---|---|")
    for name, value, note in rows:
        print(f"| {name.strip()} | {value} | {note} |")


def query_figures(ix_dir: str, count: int, wire: list[str], env, table: bool = True,
                  label: str = ""):
    """Steps 5 and 6: warm query latency through the library, then cold processes."""
    rows = []

    def row(name, value, note=""):
        name += label
        rows.append((name, value, note))
        print(f"{name:<34} {value:<22} {note}", flush=True)

    # 5. Warm queries.
    queries = make_queries(ix_dir, count)
    times, matched = warm_queries(ix_dir, queries)
    row(f"warm query ({len(times)} mixed)", f"p50 {statistics.median(times):.1f} ms",
        f"p95 {p95(times):.1f} ms, max {max(times):.0f} ms; {matched} with hits")
    # The same mix with rarer words (see make_queries), in a process of its own: the
    # generator's words are far commoner than those users type.
    done = subprocess.run([sys.executable, __file__, "--selective-worker", ix_dir, str(count)],
                          capture_output=True, text=True, env=env, check=True)
    rare = json.loads(done.stdout)
    row("  same mix, selective words", f"p50 {statistics.median(rare['times']):.1f} ms",
        f"p95 {p95(rare['times']):.1f} ms, max {max(rare['times']):.0f} ms; "
        f"words in ≤ {SELECTIVE_SHARE:.0%} of stories; {rare['matched']} with hits")

    # 6. Cold search process. Its modules compiled to bytecode first, as a pip install
    # does: an editable install under PYTHONDONTWRITEBYTECODE would compile them at every
    # start (~50 ms), which no installed copy does.
    import compileall
    import indexer
    import search_cli
    compileall.compile_dir(os.path.dirname(indexer.__file__), quiet=1)
    compileall.compile_file(search_cli.__file__, quiet=1)
    search = shutil.which("search", path=os.path.dirname(sys.executable)) or None
    cmd = [search] if search else wire + ["search"]
    word = queries[0]["query"]
    colds = []
    for _ in range(COLD_RUNS):
        t = time.perf_counter()
        subprocess.run(cmd + [word, "--index", ix_dir], env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=True)
        colds.append((time.perf_counter() - t) * 1000)
    row("cold `search` process", f"median {statistics.median(colds):.0f} ms",
        f"min {min(colds):.0f}, max {max(colds):.0f} over {COLD_RUNS} runs")

    if table:
        print_table(rows)
        return 0
    return rows


if __name__ == "__main__":
    sys.exit(main())
