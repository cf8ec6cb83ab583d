"""Every form a wire archive comes in: golden files in tests/fixtures/formats, archives built
from them at test time, sniffing, labels, per-member errors and the bomb guards.

A fixture ``<stem>.<ext>`` has ``<stem>.expected.json`` beside it: ``{"stories": [...]}``, each
entry the Story fields it checks (``path`` relative to the fixture folder) plus ``body_startswith``,
``body_includes`` and ``body_excludes``; ``"errors"`` lists the labels that must fail.
"""
from __future__ import annotations

import gzip
import io
import json
import re
import shutil
import tarfile
import zipfile
from pathlib import Path

import pytest

from indexer.errors import ReadError
from indexer.pipeline import iter_parse, parse_file
from indexer.read import iter_documents, pick_reader

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
CASES = sorted(p for p in FIXTURES.iterdir()
               if p.is_file() and not p.name.endswith(".expected.json")
               and p.with_name(p.name.split(".")[0] + ".expected.json").exists())
# Fixtures whose expected JSON holds the right value the parser does not give yet. Strict:
# a fix makes the case pass, and the entry must go.
XFAIL: dict[str, str] = {}


def _expected(path: Path) -> dict:
    return json.loads(path.with_name(path.name.split(".")[0] + ".expected.json").read_text("utf-8"))


def _parse(path: Path, root: Path) -> tuple[list[dict], list[ReadError]]:
    """Story dicts and errors from the real iter_parse, the file named relative to root
    (the caller has made root the working folder)."""
    stories, errors = [], []
    for item in iter_parse(str(path.relative_to(root))):
        if isinstance(item, ReadError):
            errors.append(item)
        else:
            stories.append(item.to_dict())
    return stories, errors


def check_story(story: dict, expected: dict) -> None:
    expected = dict(expected)
    body = story["body"]
    start = expected.pop("body_startswith", None)
    if start is not None:
        assert body.startswith(start), f"{story['path']}: body starts {body[:80]!r}"
    for text in expected.pop("body_includes", []):
        assert text in body, f"{story['path']}: body lacks {text!r}"
    for text in expected.pop("body_excludes", []):
        assert text not in body, f"{story['path']}: boilerplate left in body: {text!r}"
    assert {k: story[k] for k in expected} == expected


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_golden_form(path: Path, monkeypatch, request):
    if path.name in XFAIL:
        request.applymarker(pytest.mark.xfail(strict=True, reason=XFAIL[path.name]))
    monkeypatch.chdir(FIXTURES)
    expected = _expected(path)
    stories, errors = _parse(path, FIXTURES)
    assert [e.path for e in errors] == expected.get("errors", []), [str(e) for e in errors]
    assert [s["path"] for s in stories] == [e["path"] for e in expected["stories"]]
    for story, exp in zip(stories, expected["stories"]):
        check_story(story, exp)


def test_every_form_has_a_golden_file():
    forms = {pick_reader(p.read_bytes(), p.name.lower(), p.name)[0] for p in CASES}
    assert {"HTML", "JSON", "XML", "e-mail", "text", "TREC SGML", "CSV", "RTF"} <= forms


# ---------------------------------------------------------------- archives, built from the fixtures

def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.fixture
def bundle(tmp_path, monkeypatch) -> Path:
    """A zip with a good text story, a JSON Lines feed, an NITF file, a broken JSON file,
    a nested folder, a macOS fork and a README (the last two are not stories)."""
    monkeypatch.chdir(tmp_path)
    return _zip(tmp_path / "bundle.zip", {
        "stories/cork.txt": _fixture("cp1252-quotes.txt"),
        "broken/bad.json": b'{"title": "Cut off in the mid',
        "feeds/scraped.jsonl": _fixture("scraped.jsonl"),
        "feeds/deep/frost.xml": _fixture("nitf-no-dateline.xml"),
        "__MACOSX/stories/._cork.txt": b"\x00\x05\x16\x07junk",
        "README.txt": b"Stories exported from the desk archive.",
    })


def test_zip_members_are_labelled_and_a_broken_member_does_not_stop_the_others(bundle):
    stories, errors = _parse(bundle, bundle.parent)
    assert [s["path"] for s in stories] == [
        "bundle.zip!stories/cork.txt", "bundle.zip!feeds/scraped.jsonl#1",
        "bundle.zip!feeds/scraped.jsonl#2", "bundle.zip!feeds/scraped.jsonl#3",
        "bundle.zip!feeds/deep/frost.xml"]
    assert [e.path for e in errors] == ["bundle.zip!broken/bad.json"]
    assert "not valid JSON" in errors[0].reason
    cork = stories[0]
    assert cork["cities"] == ["Cork"] and "\u201cbefore the first frost\u201d" in cork["body"]
    assert stories[4]["reporters"] == ["Dana Whitfield", "Luis Ortega", "Priya Raman"]


def test_zip_ids_are_stable_and_distinct(bundle):
    first = [s["id"] for s in _parse(bundle, bundle.parent)[0]]
    again = [s["id"] for s in _parse(bundle, bundle.parent)[0]]
    assert first == again and len(set(first)) == len(first)


def test_parse_file_keeps_the_good_members_and_reports_the_bad(bundle):
    seen = []
    stories = parse_file("bundle.zip", on_error=seen.append)
    assert len(stories) == 5
    assert [e.path for e in seen] == ["bundle.zip!broken/bad.json"]
    assert str(seen[0]).startswith("bundle.zip!broken/bad.json: not valid JSON")


def test_json_lines_errors_name_their_lines(tmp_path, monkeypatch):
    """A bad record is reported with its own line number, counted across blank lines and
    records spanning several lines, and the records after it are still read."""
    monkeypatch.chdir(tmp_path)
    good = '{"headline": "Rain in Lyon %d", "body": "LYON (AFP) - It rained on day %d."}'
    lines = [good % (1, 1), good % (2, 2), "", "{not json", good % (3, 3),
             '{\n"headline": "Folded",\n"body": "Spread over three lines."}',
             '["a list, not a story"]', good % (4, 4)]
    Path("day.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    stories, errors = _parse(tmp_path / "day.jsonl", tmp_path)
    assert [s["title"] for s in stories] == ["Rain in Lyon 1", "Rain in Lyon 2",
                                              "Rain in Lyon 3", "Folded", "Rain in Lyon 4"]
    assert [e.reason.split(":")[0] for e in errors] == ["line 4", "line 9"]


def test_tar_gz_members(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with tarfile.open("wire.tar.gz", "w:gz") as tf:
        for name, data in {"2024/alerts.mbox": _fixture("alerts.mbox"),
                           "2024/page.html": _fixture("html-og-only.html")}.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        folder = tarfile.TarInfo("2024/empty-folder")
        folder.type = tarfile.DIRTYPE
        tf.addfile(folder)
    stories, errors = _parse(tmp_path / "wire.tar.gz", tmp_path)
    assert errors == []
    assert [s["path"] for s in stories] == [
        "wire.tar.gz!2024/alerts.mbox#1", "wire.tar.gz!2024/alerts.mbox#2",
        "wire.tar.gz!2024/page.html"]
    assert stories[2]["source"] == "Le Quotidien du Lac"


@pytest.mark.parametrize("name, labels", [
    ("scraped.jsonl", ["feed.jsonl.gz#1", "feed.jsonl.gz#2", "feed.jsonl.gz#3"]),
    ("html-ads-jsonld.html", ["feed.jsonl.gz"]),   # content decides, not the inner name
])
def test_gz_of_any_form_keeps_the_file_label(tmp_path, monkeypatch, name, labels):
    monkeypatch.chdir(tmp_path)
    Path("feed.jsonl.gz").write_bytes(gzip.compress(_fixture(name)))
    stories, errors = _parse(tmp_path / "feed.jsonl.gz", tmp_path)
    assert errors == [] and [s["path"] for s in stories] == labels


def test_zip_bomb_member_is_refused(tmp_path, monkeypatch):
    from indexer.formats import archive
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(archive, "MAX_MEMBER_BYTES", 1000)
    _zip(tmp_path / "bomb.zip", {"zeros.txt": b"0" * 50_000, "ok.txt": b"Title\n\nPARIS (AFP) - Fine."})
    stories, errors = _parse(tmp_path / "bomb.zip", tmp_path)
    assert [s["path"] for s in stories] == ["bomb.zip!ok.txt"]
    assert [e.path for e in errors] == ["bomb.zip!zeros.txt"] and "too large" in errors[0].reason


def test_gzip_bomb_is_refused(tmp_path, monkeypatch):
    from indexer.formats import archive
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(archive, "MAX_MEMBER_BYTES", 1000)
    Path("big.txt.gz").write_bytes(gzip.compress(b"a" * 100_000))
    _, errors = _parse(tmp_path / "big.txt.gz", tmp_path)
    assert len(errors) == 1 and "more than" in errors[0].reason


def test_nested_archives_stop_at_the_depth_cap(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    inner = b"Title\n\nROME (ANSA) - Story."
    for level in range(5):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr(f"level{level}.zip" if level else "story.txt", inner)
        inner = buf.getvalue()
    Path("deep.zip").write_bytes(inner)
    stories, errors = _parse(tmp_path / "deep.zip", tmp_path)
    assert stories == [] and len(errors) == 1 and "nested" in errors[0].reason


def test_xml_bomb_entities_are_not_expanded(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    lol = "".join(f'<!ENTITY l{i} "{"&l%d;" % (i - 1) * 10}">' for i in range(1, 9))
    Path("bomb.xml").write_text(
        f'<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY l0 "lol">{lol}'
        '<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
        '<nitf><body><body.head><hedline><hl1>Quiet day</hl1></hedline></body.head>'
        '<body.content><p>PARIS (AFP) - Nothing &l8; happened &secret; today.</p></body.content>'
        '</body></nitf>')
    stories, errors = _parse(tmp_path / "bomb.xml", tmp_path)
    assert errors == [] and len(stories[0]["body"]) < 200
    assert "root:" not in stories[0]["body"] and "lol" not in stories[0]["body"]


# ---------------------------------------------------------------- sniffing and errors

@pytest.mark.parametrize("data, name, form, why", [
    (b'{"headline": "x", "body_text": "y"}', "a.txt", "JSON", "a feed saved as .txt"),
    (b'\xef\xbb\xbf[{"title": "x"}]', "a.dat", "JSON", "BOM before a JSON list"),
    (b"<?xml version='1.0'?><nitf><body/></nitf>", "a.txt", "XML", "NITF saved as .txt"),
    (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "a.txt", "HTML", "page saved as .txt"),
    (b"<!-- saved from url=(0040)https://x.example/ -->\n<html>", "a", "HTML", "browser comment first"),
    (b"From x@y.example Mon Mar  4 07:15:02 2024\nFrom: x@y.example\n\nx", "a", "e-mail", "mbox"),
    (b"From: a@b.example\nSubject: x\nDate: Mon, 4 Mar 2024 07:15:02 +0000\n\nx", "a", "e-mail", "eml"),
    (b"Subject: the budget\nDate: March 4\n\nROME (ANSA) - Text.", "a.txt", "text",
     "header-like wire copy without mail-only headers"),
    (b"[UPDATE 1] Talks resume\nSEOUL (Reuters) - Talks resumed.", "a.txt", "text",
     "a bracket that opens a title is not JSON"),
    (b"<CINRAM LTD> 4TH QTR NET\n    Scarborough, Ontario, Feb 26 -\n", "a.txt", "text",
     "a Reuters company tag is not markup"),
    (b"<P AND G> SEES HIGHER PROFIT\nCINCINNATI, March 3 - Text.", "a.txt", "text",
     "a company tag that looks like an HTML tag"),
    (b"PK\x03\x04", "a.bin", "zip", "zip by magic"),
    (b"\x1f\x8b\x08\x00", "a", "gzip/bzip2/xz", "gzip by magic"),
    ("Titel\n\nWIEN (APA) - Text.".encode("utf-16"), "a.txt", "text", "UTF-16 text"),
    ("Titel\n\nWIEN (APA) - Text.".encode("utf-16-le"), "a.txt", "text",
     "a short UTF-16 file without a BOM (under 50 characters)"),
    (b"<rss version='2.0'><channel/></rss>", "a", "XML", "RSS"),
    (b"<DOC>\n<DOCNO> AP880212-0001 </DOCNO>\n<TEXT>\n   x & y\n</TEXT>\n</DOC>", "AP880212",
     "TREC SGML", "TIPSTER SGML has no single root and a bare '&': not XML"),
    (b"title;date;text\nA;2015-11-02;B\n", "export.txt", "CSV", "a header row names the columns"),
    (b"headline\tbody\nA\tB\n", "rows.tsv", "CSV", "tab separated"),
    (b"titolo\tdata\ttesto\nA\t1/2/2024\tB\n", "righe.txt", "CSV", "Italian column names"),
    (b"id,headline,date\n1,A,2015-11-02\n", "rows.csv", "CSV", "a .csv file needs only a title column"),
    (b"id,headline,date\n1,A,2015-11-02\n", "rows.txt", "text", "no body column, no .csv: text"),
    (b"name,price\nx,1\n", "prices.csv", "text", "a .csv of no story columns stays text"),
    (b"Talks, text and a title\nSEOUL (Reuters) - Talks.", "a.txt", "text",
     "a title line with commas is not a header row"),
    (b"<DOC>\n<DOCNO>FT911-1</DOCNO>\n<TEXT>x</TEXT>\n</DOC>", "a.xml", "TREC SGML",
     "TREC content wins over an .xml extension"),
    (b"Some text", "a.htm", "HTML", "extension when content does not tell"),
    (b"{\\rtf1\\ansi Dam opens\\par LIMA (Reuters) - It opened.\\par}", "a.txt", "RTF",
     "RTF by its opening, whatever the name"),
    (b"{\\rtf1\\ansi Dam opens\\par}", "a.rtf", "RTF", "a word processor's .rtf"),
])
def test_pick_reader(data, name, form, why):
    assert pick_reader(data, name, name)[0] == form, why


def test_pick_reader_rows_are_distinct():
    rows = test_pick_reader.pytestmark[0].args[1]
    assert len({(r[0], r[1]) for r in rows}) == len(rows)


@pytest.mark.parametrize("data, name, reason", [
    (b"", "empty.txt", "empty file"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x00", "story.pdf", ".pdf files are not read"),
    (b"\x00\x01\x02\x03" * 100, "blob.bin", "binary file"),
    (b'{"title": "x", ', "cut.json", "not valid JSON"),
    (b'{"name": "wire", "version": "1.0"}', "package.json", "JSON without a story"),
    (b'{"name": "wire", "description": "' + b"A tool. " * 10 + b'"}', "pkg.json",
     "JSON without a story"),
    (b"<?xml version='1.0'?><config><a/></config>", "settings.xml", "root <config>"),
    (b"<?xml version='1.0'?>\n<nitf><<<", "bad.xml", "not well-formed XML"),
    (b"<nitf><head/><body/></nitf>", "empty.nitf", "no title or text"),
    (b"<newsitem itemid='1' date='1996-08-20'><metadata/></newsitem>", "1.xml", "no title or text"),
    (b"PK\x03\x04garbage", "bad.zip", "not a readable zip"),
])
def test_unreadable_files_give_one_error_naming_the_file(tmp_path, monkeypatch, data, name, reason):
    monkeypatch.chdir(tmp_path)
    Path(name).write_bytes(data)
    items = list(iter_parse(name))
    assert len(items) == 1 and isinstance(items[0], ReadError)
    assert str(items[0]).startswith(f"{name}: ") and reason in str(items[0]), str(items[0])
    with pytest.raises(ReadError):
        parse_file(name)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_short_utf16_story_without_a_bom_is_read(tmp_path, monkeypatch, codec):
    """A few lines saved as "Unicode" text without a BOM: a NUL in every other byte, too
    few of them for a fixed count, is still UTF-16, not a binary file."""
    monkeypatch.chdir(tmp_path)
    Path("kurz.txt").write_bytes("Kurz gemeldet\n\nWIEN (APA) - Der Föhn kam früh.\n".encode(codec))
    story = parse_file("kurz.txt")[0]
    assert story.title == "Kurz gemeldet"
    assert story.cities == ["Wien"] and story.agencies == ["APA"] and "Föhn" in story.body


def test_missing_file_is_an_error_item_not_a_traceback(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (item,) = list(iter_documents("nope.html"))
    assert isinstance(item, ReadError) and "nope.html" in str(item)


def test_jsonl_bad_line_keeps_its_number(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("f.jsonl").write_text('{"title": "One", "text": "A."}\n{"title": \n'
                               '{"title": "Three", "text": "C."}\n', "utf-8")
    items = list(iter_parse("f.jsonl"))
    assert [i.path for i in items] == ["f.jsonl#1", "f.jsonl#2", "f.jsonl#3"]
    assert isinstance(items[1], ReadError) and not isinstance(items[2], ReadError)


# ---------------------------------------------------------------- meta rules, as tables

@pytest.mark.parametrize("authors, publishers, reporters, agencies, why", [
    (["Le Figaro avec AFP"], ["Le Figaro"], [], ["AFP"], "site with an agency"),
    ([{"@type": "Organization", "name": "dpa"}], [], [], ["dpa"], "agency as an organisation"),
    ("AFP", [], [], ["AFP"], "bare agency"),
    ("Reuters Staff", [], [], ["Reuters"], "agency desk credit"),
    ("By JANE ROE and TOM WARD", [], ["Jane Roe", "Tom Ward"], [], "byline in capitals"),
    ("Doe, Jane", [], ["Jane Doe"], [], "library-style name"),
    ("Ana Ruiz", [], ["Ana Ruiz"], [], "a first name that is also an agency code"),
    ([{"name": "李明"}], [], ["李明"], [], "a script without capitals"),
    ("https://example.com/authors/jane", [], [], [], "a profile URL is no name"),
    ("Newsroom", [], [], [], "a desk is no one"),
    ("DANA ROE Associated Press", [], ["Dana Roe"], ["AP"], "a name then its agency, no comma"),
    ("BSS", [], [], ["BSS"], "an agency's initials alone as the author: a credit, no person"),
    ("Sana Okafor", [], ["Sana Okafor"], [], "a first name that is a short agency name stays a person"),
    ("TASR-Slovakia Today", [], [], [], "an agency and an outlet joined by a dash: no person"),
    ([{"@type": "NewsMediaOrganization", "name": "Harbour Lights Collective"}], [], [], [],
     "an organisation that is no agency: no person either"),
    ([{"@type": "Person", "name": "भाषा"}], [], [], ["PTI"],
     "one word of a script without capitals that is an agency's credit-only name: the agency"),
    ("واج", [], [], ["APS"], "an Arabic agency's initials alone as the author"),
    ("सुनीता वर्मा", [], ["सुनीता वर्मा"], [], "a Hindi name of two words stays a person"),
    ("Thu Trang (TTXVN/Vietnam+)", [], ["Thu Trang"], ["VNA"],
     "a name, then the agency and its outlet in brackets: the outlet is no person"),
    ("Le Soir avec Belga", [], [], ["Belga"], "a site running an agency's copy, its own name not given as publisher"),
    ("정하윤 기자", [], ["정하윤"], [], "a Korean author field's role after the name is no part of it"),
    ("한도현 특파원", [], ["한도현"], [], "...a correspondent's as well"),
    ("뉴스1 | 네이버", [], [], ["News1"], "a portal's author meta: the outlet, then the portal's own name, no person"),
    ("DPA/The Baltic Courier", [], [], ["dpa"], "an agency and the outlet after the English article"),
    ("red, tirol.ORF.at/Agenturen", [], [], [], "the newsroom's abbreviation and its site: no person"),
    ("סוכנויות הידיעות", [], [], [], "'the news agencies', unnamed: no person, no agency"),
    ("ロイター編集部", [], [], ["Reuters"], "a Japanese service's desk after the agency's name: no person"),
    ("路透中文网", [], [], ["Reuters"], "a Chinese service's site after the agency's name: no person"),
    ("共同通信ソウル支局", [], [], ["Kyodo"], "an agency's bureau, glued to its name: no person"),
    ("佐藤美咲", [], ["佐藤美咲"], [], "a Japanese name stays a person"),
])
def test_split_authors(authors, publishers, reporters, agencies, why):
    from indexer.formats.base import split_authors
    assert split_authors(authors, publishers) == (reporters, agencies), why


@pytest.mark.parametrize("record, field, value, why", [
    ({"headlines": [{"value": "Main", "role": "main"}], "bodies": [
        {"contenttype": "text/html", "value": "<p>ROME (ANSA) - Text.</p>"}]},
     "title", "Main", "ninjs 2 headlines"),
    ({"title": "T", "content": {"rendered": "<p>LIMA (EFE) - Texto.</p>"}}, "cities", ["Lima"],
     "WordPress REST rendered content"),
    ({"_source": {"title": "T", "text": "Body.", "published": "2022-05-01"}}, "published",
     "2022-05-01", "Elasticsearch hit"),
    ({"title": "T", "text": "Body.", "timestamp": 1651406400000}, "published",
     "2022-05-01T12:00:00+00:00", "epoch milliseconds"),
    ({"title": "T", "text": "Body.", "source": "Reuters"}, "agencies", ["Reuters"],
     "an agency as the source"),
    ({"title": "T", "text": "Body.", "source": {"name": "Daily Example"}}, "source",
     "Daily Example", "NewsAPI source object"),
    ({"headline": "T", "body_text": "Body.", "bylines": [{"by": "By JANE ROE", "title": "Staff"}]},
     "reporters", ["Jane Roe"], "AP Media API bylines"),
    ({"headline": "T", "body_text": "Body.", "uri": "https://api.example/v/content/1",
      "links": [{"rel": "canonical", "href": "https://news.example/article/t-1"}]},
     "url", "https://news.example/article/t-1", "the canonical link beats the API uri"),
    ({"title": "T", "summary": {"direction": "ltr", "content": "<p>SYLHET, June 3 (BSS) - Text.</p>"}},
     "cities", ["Sylhet"], "a feed reader's summary object holds its HTML under 'content'"),
    ({"title": "T", "text": "Body.", "canonical": [{"href": "https://news.example/t-2"}],
      "alternate": [{"href": "https://news.example/t-2?ref=feed", "type": "text/html"}]},
     "url", "https://news.example/t-2", "a feed reader's canonical href"),
    ({"title": "T", "text": "Body.", "published": 1749000000, "updated": 1749000000},
     "updated", None, "an update stamp equal to the publication is no update"),
    ({"headline": {"main": "Grain barges stuck as Rhine falls", "sub": None}, "body_text": "Body."},
     "title", "Grain barges stuck as Rhine falls", "an agency API's headline object, its main variant"),
    ({"headline": {"default": "Dockers strike in Antwerp", "short": "Antwerp strike"}, "text": "Body."},
     "title", "Dockers strike in Antwerp", "a headline object's default variant before its short one"),
    ({"title": {"en": "Ferry fares rise", "fr": "Les tarifs des ferries augmentent"}, "text": "Body."},
     "title", "Ferry fares rise", "a headline object keyed by language: its first language"),
    ({"headline": [{"lang": "de", "text": "Fähre fällt aus"}, {"lang": "en", "text": "Ferry cancelled"}],
      "text": "Body."}, "title", "Fähre fällt aus", "a list of language variants: the first"),
    ({"titulo": "T", "corpo": "Texto.", "data_publicacao": "2020-08-04T18:12:00-03:00"}, "published",
     "2020-08-04T18:12:00-03:00", "Portuguese keys: the title, the body and the publication date"),
    ({"titre": "T", "texte": "Corps.", "date_mise_a_jour": "2021-03-02T10:00:00+01:00",
      "date_publication": "2021-03-02T09:00:00+01:00"}, "updated", "2021-03-02T10:00:00+01:00",
     "French keys: the update"),
    ({"baslik": "T", "metin": "Metin.", "yayinTarihi": "2019-11-20T08:05:00+03:00"}, "published",
     "2019-11-20T08:05:00+03:00", "Turkish camelCase keys: 'yayın tarihi' is the publication date"),
    ({"baslik": "T", "metin": "Metin.", "yayinTarihi": "2019-11-20T08:05:00+03:00",
      "guncellemeTarihi": "2019-11-20T09:40:00+03:00"}, "updated", "2019-11-20T09:40:00+03:00",
     "Turkish keys: 'güncelleme tarihi' is the update"),
    ({"title": "T", "text": "Mətn.", "derc_tarixi": "2021-05-03T11:00:00+04:00"}, "published",
     "2021-05-03T11:00:00+04:00", "Azerbaijani keys: 'dərc tarixi' is the publication date"),
    ({"Titel": "T", "Inhalt": "Text.", "Redakteur": "Jana Vogt"}, "editors", ["Jana Vogt"],
     "German keys: the editor"),
    ({"headline": "T", "body_text": "Texto.", "edited_by": "Rocío Salinas"}, "editors", ["Rocío Salinas"],
     "an API's 'edited by' key: the editor"),
    ({"headline": "T", "body_text": "Text.", "translated_by": "Ines Kowal"}, "translators", ["Ines Kowal"],
     "an API's 'translated by' key: the translator"),
    ({"titolo": "T", "testo": "Testo.", "firma": "Di Marco Bellini"}, "reporters", ["Marco Bellini"],
     "Italian keys: the signature is a byline"),
    ({"tytul": "T", "tresc": "Tekst.", "zdjecie": {"podpis": "Most", "autor": "Jan Kowal"}},
     "photographers", ["Jan Kowal"], "Polish keys: the picture's author is its photographer"),
    ({"headline": "T", "text": "Body.", "images": [{"url": "https://x.example/1.jpg"},
                                                    {"url": "https://x.example/2.jpg", "credit": "Jo Roe/AP"}]},
     "photographers", ["Jo Roe"], "the first credited picture in a list; its agency is no person"),
    ({"titel": "T", "inhoud": "Tekst.", "gepubliceerd": "2015-09-14T16:42:00"}, "published",
     "2015-09-14T16:42:00", "Dutch keys"),
    ({"title": "T", "content": "Body.", "pubtime": "2021-04-12 17:35:48"}, "published",
     "2021-04-12T17:35:48", "Xinhua's API item: pubtime"),
    ({"title": "T", "content": "Body.", "post_date": "2019-02-01 08:00:00",
      "post_modified": "2019-02-01 09:30:00"}, "updated", "2019-02-01T09:30:00",
     "a WordPress export's post_modified"),
    ({"title": "T", "content": "Body.", "images": [{"url": "https://x.example/1.jpg",
                                                  "credit": "Lia Prado Reis/Tribuna"}]},
     "photographers", ["Lia Prado Reis"], "one word across the slash from a person's name is the outlet, no photographer"),
    ({"title": "T", "body": "<p>Body.</p>", "publishedDateTime": "2023-06-02T07:15:00Z",
      "updatedDateTime": "2023-06-02T09:40:00Z"}, "published", "2023-06-02T07:15:00+00:00",
     "a portal's app export: publishedDateTime"),
    ({"title": "T", "body": "<p>Body.</p>", "publishedDateTime": "2023-06-02T07:15:00Z",
      "updatedDateTime": "2023-06-02T09:40:00Z"}, "updated", "2023-06-02T09:40:00+00:00",
     "...and its updatedDateTime"),
    ({"id": "n1", "section": "Cidades", "headline_pt": "Porto bate recorde de cargas em abril",
      "materia": "O porto movimentou 15 milhões de toneladas em abril. " * 5}, "title",
     "Porto bate recorde de cargas em abril", "no known key: a headline-like value is the title"),
    ({"id": "n1", "materia": "Porto bate recorde\n\n" + "O porto movimentou 15 milhões de toneladas. " * 5,
      "quando": "Tue, 14 May 2024 09:52:00 GMT"}, "title", "Porto bate recorde",
     "a stamp is no title; the text rules choose it from the text"),
    ({"title": {"rendered": "Sevilla ampl&iacute;a el carril bici &#8211; y el bus"}, "content": "Texto."},
     "title", "Sevilla amplía el carril bici – y el bus",
     "a CMS title keeps its character references without any tag: decoded"),
    ({"headline": "T", "body_nitf": "<block id=\"Main\"><p>OSLO (AP) — Text.</p></block>"},
     "agencies", ["AP"], "the AP Media API's body_nitf is the text"),
    ({"headline": "T", "body_text": "Body.", "associations": {
        "1": {"type": "video", "bylines": [{"by": "Al Day"}]},
        "2": {"type": "picture", "bylines": [{"by": "Rita Hollis", "title": "Staff"}]}}},
     "photographers", ["Rita Hollis"], "ninjs associations by name: the picture's byline, not the video's"),
    ({"title": "T", "body": "Texto.", "media": [{"type": "video", "credit": "Ana Ruiz"},
                                                {"type": "photo", "credit": "EFE/Luis Cano"}]},
     "photographers", ["Luis Cano"], "a media list: the photo's credit, its agency no person"),
    ({"headline": "T", "body": [{"type": "text", "html": "Growers got more water."},
                                {"type": "image", "caption": "A dam.", "credit": "AAP Image/Jo Marsh"}]},
     "photographers", ["Jo Marsh"], "a picture element in the body: its credit's photographer"),
    ({"headline": "T", "body": [{"type": "text", "html": "SYDNEY - Growers got more water."}]},
     "cities", ["Sydney"], "a body element's text under 'html'"),
    ({"title": "T", "text": "Body.", "source": {"agency": "Australian Associated Press", "slug": "x"}},
     "agencies", ["AAP"], "a source object naming its agency"),
    ({"title": "T", "content": "Lucknow, Mar 4 (PTI) The bridge reopened.", "image": {
        "url": "https://cdn.example.in/b.jpg", "caption": "Cars cross the Gomti bridge on Monday. (PTI Photo/Nand Kishore)"}},
     "photographers", ["Nand Kishore"], "an image with no credit key: its caption's closing credit"),
    ({"title": "T", "content": "Lucknow, Mar 4 (PTI) The bridge reopened.", "image": {
        "url": "https://cdn.example.in/b.jpg", "caption": "Cars cross the Gomti bridge on Monday."}},
     "photographers", [], "...a caption with no credit names no one"),
    ({"title": "T", "body": "Text of the story.", "date_fa": "۱۴۰۲/۰۳/۱۰ - ۱۴:۲۰"}, "published",
     "2023-05-31T14:20:00", "a date key with its language's code after it: the Solar Hijri stamp read"),
    ({"title": "T", "body": "Text of the story.", "date": "2023-05-30", "date_fa": "۱۴۰۲/۰۳/۱۰ - ۱۴:۲۰"},
     "published", "2023-05-30", "...the plain key comes first"),
    ({"title": "T", "body": "Text of the story.", "date_to": "2023-06-30"}, "published", None,
     "a date key's '_to' is no language's code: no publication"),
    ({"headline": "Toulon ferry crews walk out", "lang": "fr", "news": [
        "Toulon (AFP) - Les équipages des navettes ont cessé le travail mardi matin.", "ab/cd"]},
     "agencies", ["AFP"], "an agency API's body as a list of paragraphs under 'news'"),
    ({"headline": "Rosario grain port reopens", "news": ["Rosario, 3 Mar 2011 (AFP) - El puerto reabrió."],
      "bagItem": [{"type": "Video", "creator": "Ana Ferro"},
                  {"type": "Photo", "creator": "Julio Merlo Sanz", "caption": "Camiones en el puerto."}]},
     "photographers", ["Julio Merlo Sanz"], "an agency API's attached items: the photo's creator, not the video's"),
    ({"type": "video", "headline": "Ice festival opens on the lake", "text": "Harbin (dpa) - Das Eisfest hat begonnen.",
      "preview_image": {"caption": "Besucher zwischen den Eisskulpturen.", "credit": "Foto: Mia Vogt/dpa"}},
     "photographers", ["Mia Vogt"], "a video record's preview still: its credit names the photographer"),
    ({"source": {"id": None, "name": "Harbour Gazette"}, "title": "Tug crews vote to strike - Harbour Gazette",
      "content": "Tug crews voted to strike."}, "title", "Tug crews vote to strike",
     "a news API's title closes with its source's name: the headline without it"),
    ({"source": {"name": "Harbour Gazette"}, "title": "Tug crews vote to strike - Harbour Gazette Online edition",
      "content": "Tug crews voted to strike."}, "title", "Tug crews vote to strike - Harbour Gazette Online edition",
     "...only a suffix that is the source's name"),
    ({"title": "T", "content": "OSLO, June 2 (Reuters) - Norway's ferry operators agreed on Tuesday to cap fares for the summ… [+940 chars]",
      "_saved": {"fulltext": "OSLO, June 2 (Reuters) - Norway's ferry operators agreed on Tuesday to cap fares for the summer "
                 "season.\n\n(Reporting by Sigrid Haugland; Editing by Tom Pell)"}},
     "editors", ["Tom Pell"], "a news API's cut preview: the record's own fuller copy of the text is read"),
    ({"title": "T", "summary": {"content": "<p>Text.</p>"}, "published": 1600400000, "updated": 0},
     "updated", None, "a reader's zero stamp is no update"),
    ({"title": "T", "body": "Text.", "date": "2021-09-02", "time": "11:40:05", "dateTime": "2021-09-02T11:40:05Z",
      "dateTimePub": "2021-09-02T10:55:00Z"}, "published", "2021-09-02T10:55:00+00:00",
     "a news API's dateTimePub is the publication, its dateTime when it found the story"),
    ({"title": "T", "body": "Text.", "publication_date": 1600300800000, "publication_datetime": 1600340100000},
     "published", "2020-09-17T10:55:00+00:00", "a day key beside its own time's key: the time's"),
    ({"title": "T", "body": "Text.", "modification_date": 1600300800000, "modification_datetime": 1600347300000,
      "publication_datetime": 1600340100000}, "updated", "2020-09-17T12:55:00+00:00",
     "...and the modification's time is the update"),
    ({"webTitle": "T", "webPublicationDate": "2014-03-05T17:20:00Z",
      "fields": {"body": "<p>Text.</p>", "firstPublicationDate": "2014-03-05T15:02:00Z"}},
     "published", "2014-03-05T15:02:00+00:00", "a content API's first publication beats the time it last ran"),
    ({"webTitle": "T", "webPublicationDate": "2014-03-05T17:20:00Z",
      "fields": {"body": "<p>Text.</p>", "firstPublicationDate": "2014-03-05T15:02:00Z"}, "id": "x/1"},
     "updated", "2014-03-05T17:20:00+00:00", "...which is its update"),
    ({"url": "https://paper.example/a", "title": "Barn fire near Ancenis", "seendate": "20190605T143000Z",
      "_extracted": {"extractor": "x", "text": "Par Le Journal avec AFP\n\nUn hangar a brûlé mardi près d'Ancenis. "
                     "Les pompiers sont restés sur place toute la nuit pour surveiller les braises. "
                     "Le maire a demandé aux agriculteurs voisins de prêter du foin pour l'hiver."}},
     "agencies", ["AFP"], "a news index's record with a title only: the archiver's extracted text inside it is read"),
    ({"headline": "Rugby: Bayonne se déplace à Pau", "news": ["Pau (AFP) - Bayonne joue samedi à Pau.", "jd/ab"],
      "created": "2023-02-10T08:14:00Z", "published": "2023-02-10T08:19:30Z", "updated": "2023-02-10T10:02:00Z"},
     "published", "2023-02-10T08:14:00+00:00", "an agency API's item created minutes before it went out: the first-created time"),
    ({"title": "T", "body": "Text.", "published": "2023-02-10T08:19:30Z", "created": "2023-05-02T11:00:00Z"},
     "published", "2023-02-10T08:19:30+00:00", "...not a record created long after the story ran (a database's import)"),
    ({"titular": "Remo: el ocho gana en Sevilla", "cuerpo": "Sevilla, 4 mar (EFE).- El ocho ganó la regata.",
      "fechaCreacion": "2023-03-04T12:10:00+01:00", "fechaActualizacion": "2023-03-04T13:40:00+01:00"},
     "published", "2023-03-04T12:10:00+01:00", "a Spanish API's creation key beside its update key"),
    ({"type": "photo", "headline": "ROWING-ESP-REGATTA", "creator": "Marta SOLER", "credit": "AFP",
      "caption": "Rowers cross the line in Seville on March 4, 2023. (Photo by Marta SOLER / AFP)"},
     "photographers", ["Marta Soler"], "a photo API's picture item: its creator is the photographer"),
    ({"type": "photo", "headline": "ROWING-ESP-REGATTA", "creator": "Marta SOLER", "credit": "AFP",
      "caption": "Rowers cross the line in Seville on March 4, 2023. (Photo by Marta SOLER / AFP)", "id": "p2"},
     "reporters", [], "...and no reporter"),
    ({"titular": "Remo: el ocho gana en Sevilla", "cuerpo": "Sevilla, 4 mar (EFE).- El ocho ganó la regata.",
      "fotos": [{"pie": "El ocho cruza la meta en Sevilla. EFE/Raúl Campos", "autor": "Raúl Campos"}]},
     "photographers", ["Raúl Campos"], "a Spanish API's list of pictures under 'fotos', each with its caption and author"),
])
def test_json_record_keys(tmp_path, monkeypatch, record, field, value, why):
    monkeypatch.chdir(tmp_path)
    Path("r.json").write_text(json.dumps(record), "utf-8")
    (story,) = parse_file("r.json")
    assert getattr(story, field) == value, why


NESTED_FLAT = {"headline": "Tram depot adds night shift", "body": "HARWICK - The depot will run a night shift.",
               "byline": "By Nell Ashgrove", "firstcreated": "2024-04-01T06:00:00Z",
               "versioncreated": "2024-04-01T09:30:00Z", "url": "https://news.example/tram-depot"}
NESTED_EXPECTED = {"title": "Tram depot adds night shift", "reporters": ["Nell Ashgrove"],
                   "published": "2024-04-01T06:00:00+00:00", "updated": "2024-04-01T09:30:00+00:00",
                   "url": "https://news.example/tram-depot"}


@pytest.mark.parametrize("wrapper", ["item", "data", "article", "story"])
def test_a_nested_json_item_reads_like_a_flat_one(tmp_path, monkeypatch, wrapper):
    monkeypatch.chdir(tmp_path)
    Path("n.json").write_text(json.dumps({wrapper: NESTED_FLAT}), "utf-8")
    (story,) = parse_file("n.json")
    assert {k: getattr(story, k) for k in NESTED_EXPECTED} == NESTED_EXPECTED, wrapper


def test_a_list_of_nested_items_is_one_story_each(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("l.json").write_text(json.dumps([{"story": NESTED_FLAT},
                                          {"article": {"title": "Pier reopens", "text": "The pier reopened."}}]),
                              "utf-8")
    stories = parse_file("l.json")
    assert [s.title for s in stories] == ["Tram depot adds night shift", "Pier reopens"]
    assert stories[0].updated == "2024-04-01T09:30:00+00:00"


def test_a_telegram_channel_export_is_one_story_per_post(tmp_path, monkeypatch):
    # Telegram Desktop's result.json of a channel: each post a story, stamped with its own
    # time (and its edit's); the service message (a pin) and the empty post are none
    monkeypatch.chdir(tmp_path)
    export = {"name": "Harbour Watch", "type": "public_channel", "id": 42, "messages": [
        {"id": 1, "type": "service", "date": "2024-03-05T09:00:00", "action": "pin_message", "text": ""},
        {"id": 2, "type": "message", "date": "2024-03-05T10:02:11", "edited": "2024-03-05T10:40:00",
         "from": "Harbour Watch", "text": [{"type": "bold", "text": "📌 Ferry pier shuts for repairs"},
                                           "\n\nThe old ferry pier closes on Monday while divers check its piles."]},
        {"id": 3, "type": "message", "date": "2024-03-05T12:15:00", "photo": "photos/p.jpg", "text": ""},
        {"id": 4, "type": "message", "date": "2024-03-06T08:30:45", "from": "Harbour Watch",
         "text": "Night buses replace the last tram\n\nFrom May the city runs night buses on the old tram route."}]}
    Path("result.json").write_text(json.dumps(export, ensure_ascii=False), "utf-8")
    stories = parse_file("result.json")
    assert [(s.title, s.published, s.updated) for s in stories] == [
        ("Ferry pier shuts for repairs", "2024-03-05T10:02:11", "2024-03-05T10:40:00"),
        ("Night buses replace the last tram", "2024-03-06T08:30:45", None)]


@pytest.mark.parametrize("record, field, value, why", [
    ({"item": {"title": "T", "content": "Body.", "authors": [
        {"name": "Ece Tunalı", "role": "reporter"}, {"name": "Oğuz Pekmez", "role": "editor"}]}},
     "editors", ["Oğuz Pekmez"], "an author object's role names the editor"),
    ({"item": {"title": "T", "content": "Body.", "authors": [
        {"name": "Ece Tunalı", "role": "reporter"}, {"name": "Oğuz Pekmez", "role": "editor"}]}},
     "reporters", ["Ece Tunalı"], "the editor is no reporter"),
    ({"item": {"title": "T", "content": "Body.", "dates": {"published": "2024-03-15T09:20:00Z",
                                                           "modified": None}}},
     "published", "2024-03-15T09:20:00+00:00", "dates grouped in an object"),
    ({"lang": "tr", "item": {"title": "T", "content": "Body."}}, "language", "tr",
     "the outer object's keys count too"),
    ({"title": "Outer title", "text": "Outer body.", "story": {"title": "Inner", "text": "Inner."}},
     "title", "Outer title", "an object holding its own text is the story, not its inner one"),
    ({"root": {"title": "Tallinn ferry fares rise", "url": "news/2022/05/03/ferry-fares",
               "full_url": "https://news.example/news/2022/05/03/ferry-fares",
               "published_at": 1651572000, "source": {"name": "AFP", "trust": 2},
               "content": {"body": "<p>Fares on the Tallinn line rise in June.</p>"}}},
     "url", "https://news.example/news/2022/05/03/ferry-fares",
     "a news API's story under 'root': its path under 'url' passed over for the full address"),
    ({"root": {"title": "Tallinn ferry fares rise", "published_at": 1651572000,
               "content": {"body": "<p>Fares on the Tallinn line rise in June.</p>"}}},
     "body", "Fares on the Tallinn line rise in June.", "a content object holding its HTML under 'body'"),
    ({"root": {"title": "Tallinn ferry fares rise", "published_at": 1651572000,
               "source": {"name": "AFP", "trust": 2}, "content": {"body": "<p>Fares rise.</p>"}}},
     "agencies", ["AFP"], "the source object's name is the agency"),
    ({"root": {"title": "Tallinn ferry fares rise", "published_at": 1651572000,
               "content": {"body": "<p>Fares rise.</p>"}}},
     "published", "2022-05-03T10:00:00+00:00", "a Unix published_at is a UTC instant"),
    ({"asset": {"headline": "Harbour wall repairs slip to spring", "lastUpdated": "2019-02-07T15:30:00Z",
                "body": [{"type": "paragraph", "text": "Work on the old harbour wall will wait for calmer seas."}]}},
     "title", "Harbour wall repairs slip to spring", "an object of one key, any name, around the story"),
    ({"asset": {"headline": "Harbour wall repairs slip to spring", "firstPublished": "2019-02-07T09:10:00Z",
                "body": [{"type": "paragraph", "text": "Work on the old harbour wall will wait for calmer seas."}]}},
     "published", "2019-02-07T09:10:00+00:00", "the wrapped story's own dates"),
    ({"headline": "Night ferry returns to the islands", "body": "The night ferry sails again from May.",
      "footnote": "This article was translated from Icelandic by Hekla Sigurdardottir."},
     "translators", ["Hekla Sigurdardottir"], "a closing note under a key of its own"),
])
def test_nested_json_item_keys(tmp_path, monkeypatch, record, field, value, why):
    monkeypatch.chdir(tmp_path)
    Path("r.json").write_text(json.dumps(record), "utf-8")
    (story,) = parse_file("r.json")
    assert getattr(story, field) == value, why


GUARDIAN_STYLE_ITEM = {"response": {"status": "ok", "total": 1, "content": {
    "id": "world/2021/mar/03/ferry-strike", "webTitle": "Ferry strike halts island crossings",
    "webUrl": "https://news.example/world/2021/mar/03/ferry-strike",
    "fields": {"headline": "Ferry strike halts island crossings", "byline": "PA Media",
               "firstPublicationDate": "2021-03-03T08:15:00Z", "lastModified": "2021-03-03T10:40:00Z",
               "bodyText": "Crews walked out at dawn and no boats sailed to the islands."}}}}


@pytest.mark.parametrize("field, value, why", [
    ("title", "Ferry strike halts island crossings", "the item under response.content is the story"),
    ("published", "2021-03-03T08:15:00+00:00", "its fields' firstPublicationDate"),
    ("updated", "2021-03-03T10:40:00+00:00", "its fields' lastModified"),
    ("agencies", ["PA"], "its byline names the agency"),
    ("url", "https://news.example/world/2021/mar/03/ferry-strike", "its webUrl"),
])
def test_a_content_api_single_item(tmp_path, monkeypatch, field, value, why):
    monkeypatch.chdir(tmp_path)
    Path("item.json").write_text(json.dumps(GUARDIAN_STYLE_ITEM), "utf-8")
    (story,) = parse_file("item.json")
    assert getattr(story, field) == value, why


def test_an_api_envelope_under_data_is_no_single_item(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("api.json").write_text(json.dumps({"data": {"items": [
        {"title": "One", "content": "A."}, {"title": "Two", "content": "B."}]}}), "utf-8")
    assert [s.title for s in parse_file("api.json")] == ["One", "Two"]


def test_api_envelope_lists_its_stories(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("api.json").write_text(json.dumps({"status": "ok", "totalResults": 2, "articles": [
        {"title": "One", "content": "A."}, {"title": "Two", "content": "B."}]}), "utf-8")
    assert [s.path for s in parse_file("api.json")] == ["api.json#1", "api.json#2"]


def test_html_language_trusts_a_long_text_over_a_template_lang(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    para = ("Die Stadtverwaltung hat am Montag neue Regeln für den Verkehr in der Altstadt "
            "vorgestellt, die ab dem kommenden Monat gelten sollen. ")
    Path("p.html").write_text(f'<html lang="en"><head><title>Neue Regeln</title></head><body>'
                              f'<article><h1>Neue Regeln</h1><p>{para * 4}</p><p>{para * 3}</p>'
                              f'</article></body></html>', "utf-8")
    (story,) = parse_file("p.html")
    assert story.language == "de"


def test_stdin_style_copy_of_a_fixture_dir_parses_without_errors(tmp_path, monkeypatch):
    """The whole fixture folder, walked like `wire parse DIR` walks it: every file reads."""
    from indexer.pipeline import walk_files
    shutil.copytree(FIXTURES, tmp_path / "f")
    monkeypatch.chdir(tmp_path)
    errors = [i.path for f in walk_files(["f"]) for i in iter_parse(f) if isinstance(i, ReadError)]
    # Only the parts a fixture itself says must fail (a CSV row with neither title nor text).
    assert errors == [f"f/{e}" for p in CASES for e in _expected(p).get("errors", [])]


def test_cli_names_a_broken_member_and_exits_1_with_the_rest_indexed(bundle, runner):
    from search_cli import cli
    result = runner.invoke(cli, ["index", "bundle.zip", "--index", "ix"])
    assert result.exit_code == 1
    assert "bundle.zip!broken/bad.json: not valid JSON" in result.stderr
    assert "5 added" in result.stderr and "1 failed" in result.stderr
    stats = runner.invoke(cli, ["stats", "--index", "ix", "--format", "json"])
    assert json.loads(stats.stdout)["stories"] == 5
    parsed = runner.invoke(cli, ["parse", "bundle.zip"])
    assert parsed.exit_code == 1 and "bundle.zip!broken/bad.json" in parsed.stderr
    assert len(parsed.stdout.splitlines()) == 5


def test_looks_binary_counts_controls_and_replacement_characters():
    """The regex count equals the rule it implements, character by character."""
    import random
    from indexer.read import _looks_binary

    def rule(text):
        sample = text[:4096]
        bad = sum(1 for c in sample if c == "\ufffd" or (ord(c) < 32 and c not in "\n\t\f"))
        return bad > len(sample) * 0.1

    rng = random.Random(3)
    alphabet = [chr(i) for i in range(40)] + ["\ufffd", "a", "é", "\u2028"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60)))
             for _ in range(5000)] + ["a" * 5000 + "\x00" * 600]
    assert [_looks_binary(t) for t in texts] == [rule(t) for t in texts]
    assert any(rule(t) for t in texts) and not all(rule(t) for t in texts)


def test_reading_a_feed_leaves_no_reference_cycles(tmp_path):
    """A build holds automatic garbage collection off while it parses (index._collector):
    whatever a record leaves in reference cycles stays until the next collection (a
    recursive closure in the authors' walk left ~6 KB a record: 100,000 briefs in one
    feed peaked at 1.8 GB). Parsing records with every kind of author value leaves none."""
    import gc
    from indexer.pipeline import parse_file
    path = tmp_path / "feed.jsonl"
    authors = ["Ana Ruiz and Tom Ward, Reuters", {"@type": "Person", "name": "JANE ROE"},
               [{"name": "Doe, John"}, "AFP"], {"@type": "Organization", "name": "dpa"},
               {"givenName": "Kim", "familyName": "Lee"}, None]
    path.write_text("".join(json.dumps({"headline": f"Item {n}", "author": authors[n % 6],
                                        "body": f"ROME (ANSA) - Item {n} of the feed."}) + "\n"
                            for n in range(60)), encoding="utf-8")
    parse_file(str(path))  # the first parse of a process loads tables (once)
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        stories = parse_file(str(path))
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()
    assert len(stories) == 60 and stories[1].reporters == ["Jane Roe"]


# ---------------------------------------------------------------- web pages, as tables

STORY_PARAS = ("<p>{dateline} The harbour board voted on Tuesday to close the old ferry pier "
               "for repairs, a move that will send commuters to a temporary landing for most of "
               "the summer season.</p>"
               "<p>Board members said the timber piles under the pier had rotted faster than "
               "engineers expected after two wet winters in a row.</p>"
               "<p>Work is due to start next month and cost about 4 million, the board said.</p>")


def _page(above: str, dateline: str = "LISBON (Reuters) -", head: str = "", lang: str = "en",
          title: str = "Harbour board shuts old ferry pier", heading: str = "h1") -> str:
    """A saved page: the story in its container, ``above`` it the site's meta bar."""
    return (f'<!DOCTYPE html><html lang="{lang}"><head><title>{title}</title>{head}</head><body>'
            f'<nav><a>Home</a> <a>World</a></nav>'
            f'<{heading}>Harbour board shuts old ferry pier</{heading}>'
            f'{above}<div class="article-body">{STORY_PARAS.format(dateline=dateline)}</div>'
            f'<footer>All rights reserved.</footer></body></html>')


# (page, {field: value}, why)
HTML_PAGES = [
    ('<html lang="en"><head><title>Port strike ends after unions accept a three-year pay deal</title>'
     '<meta property="og:title" content="Port strike ends with pay deal"></head><body>'
     '<nav><a>Home</a> <a>World</a></nav><h1>Port strike ends after unions accept a three-year pay deal</h1>'
     + STORY_PARAS.format(dateline="LISBON (Reuters) -") + '</body></html>',
     {"title": "Port strike ends after unions accept a three-year pay deal"},
     "an og:title written for sharing, while the page's one <h1> and its <title> agree: the <h1>"),
    ('<html lang="de"><head><title>Häfen: Streik legt den Fährverkehr nach Helgoland lahm | Beispiel</title>'
     '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Fähren stehen still"}</script>'
     '</head><body><nav><a>Start</a></nav><h1><span class="article-heading__kicker">Häfen</span>'
     '<span class="visually-hidden">: </span><span>Streik legt den Fährverkehr nach Helgoland lahm</span></h1>'
     + STORY_PARAS.format(dateline="Cuxhaven (dpa) -") + '</body></html>',
     {"title": "Streik legt den Fährverkehr nach Helgoland lahm"},
     "a JSON-LD headline for search under a <title> that gives the <h1>; the <h1>'s kicker element "
     "and its colon are no part of the headline"),
    ('<!DOCTYPE html><html><head><meta charset="utf-8"/><title>Exported Data</title></head><body><div class="page_wrap"><div class="page_header"><div class="text bold">Harbour Watch</div></div><div class="page_body chat_page"><div class="history"><div class="message default clearfix" id="message77"><div class="body"><div class="pull_right date details" title="05.03.2024 10:02:11 UTC+01:00">10:02</div><div class="from_name">Harbour Watch</div><div class="text">📌<strong>Ferry pier to close for repairs until June</strong><br><br>LISBON (Reuters) - The harbour board voted on Tuesday to close the old ferry pier for repairs, sending commuters to a temporary landing for most of the spring.<br><br>Board members said the timber piles had rotted faster than expected.</div></div></div><div class="message default clearfix" id="message78"><div class="body"><div class="text">More on this later today.</div></div></div></div></div></div></body></html>',
     {"title": "Ferry pier to close for repairs until June"},
     "a Telegram Desktop HTML export: its page title is the export's own; the post's bold first line is the headline"),
    (_page('<div class="autor">Lucía Barrenechea</div>', dateline="VALPARAÍSO (EFE).", lang="es"),
     {"reporters": ["Lucía Barrenechea"]},
     "an old template's byline element, marked only by its class ('autor'), with no meta tag"),
    (_page('<div class="writerinfo">Press Trust of India <span>Chennai</span></div>', dateline="", lang="en"),
     {"reporters": [], "agencies": ["PTI"]},
     "a byline element whose class is built on 'writer', holding an agency's full name and its desk's "
     "place: the agency, no one"),
    (_page('<div class="story-info"><span class="story-writer">Deniz Kaplan</span></div>'
           '<div class="story-news-location">Izmir</div>', dateline="", lang="en"),
     {"cities": ["Izmir"]},
     "a place set in an element of its own, its class naming it ('...-news-location'), no dateline in the text"),
    (_page('<div class="article-placeline">ANKARA</div>', dateline="", lang="en"),
     {"cities": ["Ankara"]}, "a place element in capitals ('placeline'): the city as the gazetteer writes it"),
    (_page('<div class="articulo-firma"><span class="autor">EFE</span> <span class="lugar">Lisboa</span> - '
           '<time datetime="2023-06-02T10:15:00+02:00">02 JUN 2023 - 10:15 CEST</time></div>', dateline="", lang="es"),
     {"cities": ["Lisboa"], "agencies": ["EFE"]},
     "a Spanish signature's place element ('lugar') beside the agency's name and the time"),
    (_page('<div class="details"><span>By Reuters</span> <span>Markets</span> <span>05.03.2024 14:32</span></div>',
           dateline=""),
     {"published": "2024-03-05T14:32:00", "agencies": ["Reuters"]},
     "a finance page's bar, its elements run together: the agency's credit, the section, then the date"),
    (_page('<div class="article-meta"><span class="article-author">Redazione ANSA</span> '
           '<span class="article-place">RAVENNA</span></div>', dateline="", lang="en"),
     {"cities": ["Ravenna"]},
     "a place element by the word 'place' ('article-place'), a town the gazetteer knows, no dateline in the text"),
    ('<html lang="en"><head><title>Harbour board shuts old ferry pier</title></head><body>'
     '<header><span class="user-location">Oslo</span></header><h1>Harbour board shuts old ferry pier</h1>'
     f'<div class="article-body">{STORY_PARAS.format(dateline="")}</div></body></html>',
     {"cities": []}, "a 'location' element in the page's header (a weather box's, a shop finder's) is no dateline"),
    (_page('<div class="source">الزرقاء - بترا</div>', dateline="", lang="en"),
     {"cities": ["الزرقاء"], "agencies": ["Petra"]},
     "a source line over the story that is a whole dateline, place and agency ('... - بترا'), the text none"),
    (_page('<div class="source">الزرقاء - بترا</div><div class="time">Published: 14/03/2018 09:05</div>'
           '<div class="time">Updated: 14/03/2018 11:40</div>', dateline="", lang="en"),
     {"cities": ["الزرقاء"], "published": "2018-03-14T09:05:00", "updated": "2018-03-14T11:40:00"},
     "...its stamps under it are read as the head's all the same"),
    (_page('<div class="source">الزرقاء - بترا</div>', dateline="IRBID (Petra) -", lang="en"),
     {"cities": ["Irbid"], "agencies": ["Petra"]}, "...the text's own dateline wins over it"),
    (_page('<h3 class="lead">SETUBAL (Lusa) - The port authority voted on Monday to close the old ferry pier '
           'for two years of repairs, leaving commuters to use the temporary terminal.</h3>', dateline="", lang="en"),
     {"cities": ["Setubal"], "agencies": ["Lusa"]},
     "a lead paragraph the text leaves out, in an element of its own: its dateline is the story's"),
    (_page('<div class="meta"><span class="date">Tuesday 5 March 2024 09:40</span> '
           '<span class="src">Source: Reuters - AFP</span></div>'),
     {"published": "2024-03-05T09:40:00", "agencies": ["Reuters", "AFP"]},
     "a meta bar's stamp with the source label after it on one line: the stamp read whole, the source's agencies parted by a spaced dash"),
    (_page('<div class="meta"><span class="date">Tuesday 5 March 2024 09:40</span> '
           '<span class="src">Source: City Hall - AFP</span></div>'),
     {"published": "2024-03-05T09:40:00", "agencies": ["Reuters"]},
     "...a source naming anything but agencies credits none of them"),
    (_page('<div class="location">Ruined old mill on the north bank</div>', dateline="", lang="en"),
     {"cities": []}, "a 'location' element holding no known city names none"),
    (_page('<div class="meta"><span>Reuters</span> <time datetime="2024-05-06T07:12:45.000Z">'
           'Mon, May 6, 2024, 3:12 AM EDT</time> <span>2 min read</span></div>'),
     {"published": "2024-05-06T07:12:45+00:00"}, "a <time> stamp in a meta bar outside the story"),
    (_page('<p class="lead">The harbour board will close the old ferry pier for a year of repairs.</p>'
           '<div class="byline"><span>Ritzau</span> <span class="t">3. juni 2019 kl. 08.15</span> '
           '<span class="u">Opdateret 3. juni 2019 kl. 11.40</span></div>', dateline="", lang="da"),
     {"published": "2019-06-03T08:15:00", "updated": "2019-06-03T11:40:00", "agencies": ["Ritzau"]},
     "an agency's name, its date and the update glued into one line under the standfirst"),
    (_page('<div class="meta"><span>Von Eva Lindner / APA</span> <span>Veröffentlicht: 12. Mai 2021 08:20 Uhr'
           '</span> <span>Aktualisiert: 12. Mai 2021 10:05 Uhr</span></div>', dateline="",
           head='<meta name="date" content="2021-05-12">', lang="de"),
     {"published": "2021-05-12T08:20:00", "updated": "2021-05-12T10:05:00"},
     "the markup gives the day alone; the bar's line gives its time and the update's, both kept"),
    (_page('<div class="times"><time class="published" datetime="2024-05-06T07:12:45.000Z">May 6, 2024, 7:12 AM GMT'
           '</time> <time class="lede-updated" datetime="2024-05-06T10:05:00.000Z">Updated on May 6, 2024, 10:05 AM GMT'
           '</time></div>', head='<meta name="parsely-pub-date" content="2024-05-06T07:12:45.000Z">'),
     {"published": "2024-05-06T07:12:45+00:00", "updated": "2024-05-06T10:05:00+00:00"},
     "a <time> element whose class names the update gives the update time"),
    (_page('<div class="dates"><span>3/2/2021</span> <span>آخر تحديث: 3/2/2021 09:15 م</span></div>',
           dateline="", lang="ar"),
     {"published": "2021-02-03", "updated": "2021-02-03T21:15:00"},
     "a bar's day glued to its labelled update: the day stays the publication's, the update its own"),
    (_page('<div class="c-flex">Published on 02/14/2024 at 06:31 am EST</div>'),
     {"published": "2024-02-14T06:31:00-05:00"}, "a visible published line keeps its time"),
    (_page('<div class="author">By <a>Lena Marsh</a> | Sept. 14, 2021 at 3:58 PM</div>',
           dateline="Sept. 14 (UPI) --"),
     {"published": "2021-09-14T15:58:00", "reporters": ["Lena Marsh"]},
     "byline and time on one line: the time kept, no 'Sept' reporter"),
    (_page('<div class="info">Source: Xinhua<span>| 2023-09-18 21:04:15</span>|Editor: Zhao Min</div>',
           dateline="NAIROBI, Sept. 18 (Xinhua) --"),
     {"published": "2023-09-18T21:04:15"}, "a header of '|' parts without spaces"),
    (_page('<p class="m-pub-dates">Issued on: 17/11/2022 - 09:12 <br> Modified: 17/11/2022 - 11:40</p>',
           dateline="Paris (AFP) -"),
     {"published": "2022-11-17T09:12:00", "updated": "2022-11-17T11:40:00"},
     "'Issued on' and 'Modified' lines"),
    (_page('<div class="news-date">05.03.24 14:32 Uhr</div>', dateline="MÜNCHEN (dpa-AFX) -",
           lang="de"),
     {"published": "2024-03-05T14:32:00"}, "a German date line with a two-digit year"),
    (_page('<div class="contentSectionDetails">Publicado 05.03.2024, 16:05</div>',
           dateline="SANTIAGO, 5 mar (Reuters) -", lang="es"),
     {"published": "2024-03-05T16:05:00"}, "a Spanish published line"),
    (_page('<time datetime="2019-08-06T17:45:00-04:00">Aug 6, 2019</time>',
           head='<meta property="article:published_time" content="2019-08-06T17:45:00-04:00">'),
     {"published": "2019-08-06T17:45:00-04:00", "updated": None},
     "the shown stamp of the published time is no update"),
    (_page('<div class="date">March 5, 2024 4:05 PM</div>',
           head='<meta property="article:published_time" content="2024-03-05">'),
     {"published": "2024-03-05T16:05:00"}, "a day-only markup date takes the shown time"),
    (_page('<figure><figcaption>Boats at the pier, Tuesday, April 16, 2024. (AP Photo/Rui Costa)'
           '</figcaption></figure>', dateline="LISBON (AP) —"),
     {"photographers": ["Rui Costa"]}, "AP caption outside the story"),
    (_page('<figure><figcaption>Boats at the pier, April 2, 2024. REUTERS/Rui Costa/File Photo '
           '<a>Purchase Licensing Rights</a></figcaption></figure>'),
     {"photographers": ["Rui Costa"]}, "Reuters caption with file photo and licensing link"),
    (_page('<figure><figcaption>The minister visits the pier on November 16, 2022. (Photo by '
           'Rui Costa / POOL / AFP via Getty Images)</figcaption></figure>', dateline="Lisbon (AFP) -"),
     {"photographers": ["Rui Costa"]}, "Getty pool credit in a figcaption"),
    (_page('<figure><img src="p.jpg"><figcaption>Le port de Lisbonne, le 12 janvier 2024 '
           '( AFP / Rui COSTA )</figcaption></figure>', dateline="Lisbonne (AFP) -", lang="fr"),
     {"photographers": ["Rui Costa"]}, "AFP caption with spaces in the brackets"),
    (_page('<figure><figcaption>A ferry near the pier on July 16. Rui Costa/The Canadian Press'
           '</figcaption></figure>', dateline="HALIFAX —"),
     {"photographers": ["Rui Costa"]}, "name/agency credit that only the markup marks a caption"),
    (_page('<figure><figcaption>O cais de Cacilhas ao fim da tarde. Foto: Rui Costa Pereira'
           '</figcaption></figure>', dateline="LISBOA, 5 mar (Lusa) -", lang="pt"),
     {"photographers": ["Rui Costa Pereira"]}, "a figcaption closed by a labelled credit after its sentence"),
    (_page('<figure><figcaption>The pier at dusk. Photo: R. Costa</figcaption></figure>'),
     {"photographers": ["R. Costa"]}, "a labelled credit whose name has an initial"),
    (_page('<figure><figcaption>The pier at dusk, Tuesday: boats moored for the winter</figcaption></figure>'),
     {"photographers": []}, "a colon inside a caption with no credit label names no one"),
    (_page('', dateline='</p><p>Boats moored at the pier on Sept. 18, 2023. (Xinhua/Rui Costa)</p>'
           '<p>LISBON, Sept. 18 (Xinhua) --'),
     {"photographers": ["Rui Costa"], "agencies": ["Xinhua"]},
     "a caption paragraph above the dateline inside the story"),
    (_page("", title="Harbour board shuts old ferry pier | Harbour Post Online", heading="h2",
           head='<link rel="canonical" href="https://www.harbourpost.co.uk/news/pier-123.html">'),
     {"title": "Harbour board shuts old ferry pier"}, "<title> suffix naming the web address"),
    (_page("", title="Harbour board shuts old ferry pier | Reuters", heading="h2"),
     {"title": "Harbour board shuts old ferry pier"}, "<title> suffix naming an agency"),
    (_page("", title="Harbour board shuts old ferry pier-Xinhua", heading="h2"),
     {"title": "Harbour board shuts old ferry pier"}, "agency glued to the title by a hyphen"),
    (_page("", title="Harbour board shuts old ferry pier - UPI.com", heading="h2",
           head='<meta property="og:url" content="https://www.upi.com/Top_News/pier/123/">'),
     {"title": "Harbour board shuts old ferry pier"}, "<title> suffix that is the domain"),
    (_page("", title="Harbour board shuts old ferry pier - Lisbon", heading="h2",
           head='<meta property="og:url" content="https://www.harbourpost.example/a/">'),
     {"title": "Harbour board shuts old ferry pier"},
     "a suffix that names no site goes when the page shows its headline without it"),
    (_page("", title="Old ferry pier shut - Lisbon", heading="p",
           head='<meta property="og:url" content="https://www.harbourpost.example/a/">'),
     {"title": "Old ferry pier shut - Lisbon"}, "a suffix that names no site stays when no line shows the rest"),
    (_page("", title="Old ferry pier shut - Lisbon", heading="h2",
           head='<meta property="og:url" content="https://www.harbourpost.example/a/">'),
     {"title": "Harbour board shuts old ferry pier"},
     "...but a <title> of short parts gives way to an <h2> headline right above the story"),
    (_page("", title="Harbour board shuts old ferry pier - Lisbon - Harbour Post", heading="h2",
           head='<meta property="og:site_name" content="Harbour Post">'),
     {"title": "Harbour board shuts old ferry pier"},
     "a section's label between the headline and the site's name goes where the page's heading is the headline"),
    (_page('<div class="metas"><span class="author">Le Quotidien avec AFP</span></div>',
           dateline="", lang="fr", title="Bretagne : le port ferme son vieux quai",
           head='<link rel="canonical" href="https://www.lequotidien.example/actu/quai-2024">'),
     {"reporters": [], "agencies": ["AFP"], "source": "lequotidien.example"},
     "the site crediting itself with an agency is no reporter; a title piece is no site"),
    (_page('<p>Par notre correspondante, Ana Lopes</p>', dateline="", lang="fr",
           head='<link rel="canonical" href="https://www.radio.example/fr/quai">')
     .replace("</div><footer>", "<p>(Avec AFP et Reuters)</p></div><footer>"),
     {"agencies": ["AFP", "Reuters"]}, "a closing note of the agencies"),
    (_page('<div class="a_md">EFE<br>Lisboa - 05 mar 2024 - 14:32 CET</div>', dateline="", lang="es"),
     {"agencies": ["EFE"]}, "an agency alone on a line of the meta bar is the story's author"),
    (_page('<span class="byline">By DANA ROE Associated Press</span>', dateline="LISBON (AP) —"),
     {"reporters": ["Dana Roe"]}, "an AP byline with no comma before the agency"),
    (_page('<div class="signature"><span class="auteur">Lise Carrier</span><span class="source">'
           'La Presse Canadienne</span></div>', dateline="LISBONNE —", lang="fr"),
     {"reporters": ["Lise Carrier"], "agencies": ["CP"]},
     "a byline's name and agency in adjacent spans are read apart"),
    (_page('<p class="byline">Ritzau/AFP</p>', dateline="LISSABON -", lang="da",
           head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Havn lukker",'
                ' "author": [{"@type": "Organization", "name": "Ritzau"}]}</script>'),
     {"agencies": ["Ritzau", "AFP"]}, "the page's own 'Ritzau/AFP' line adds to the markup's author"),
    (_page('<p class="writer">Harbour Lights Collective</p>',
           head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour board'
                ' shuts old ferry pier", "author": {"@type": "Organization",'
                ' "name": "Harbour Lights Collective"}}</script>'),
     {"reporters": []}, "an author the markup types as an organisation is no reporter by another reading"),
    (_page('<div class="meta"><span>Ayşe Demir</span> |03.05.2024 - Güncelleme : 03.05.2024</div>',
           dateline="LİZBON (AA) -", lang="tr"),
     {"reporters": ["Ayşe Demir"], "published": "2024-05-03"},
     "a bare name beside the date in a '|' meta bar above the copy is the author"),
    (_page('<div class="meta"><span>Harbour Desk</span> | 03.05.2024</div>', dateline="LİZBON (AA) -", lang="tr"),
     {"reporters": []}, "a desk's name beside the date names no one"),
    (_page('<p class="live-meta">Live team: Ana Berg and Tom Aas, with NTB and Reuters</p>'),
     {"agencies": ["NTB", "Reuters"]}, "a live page's credit line closing on its agencies"),
    ('<!DOCTYPE html><html lang="en"><head><title>Harbour board shuts old ferry pier</title></head><body>'
     '<main><article><p class="kicker">Europe - Ports - Transport</p>'
     '<h1>Harbour board shuts old ferry pier</h1><p class="byline">By Ines VARELA with Tomas REIS in Porto</p>'
     '<p class="dates">Published on 6 May 2024 - 09:40</p>' + STORY_PARAS.format(dateline="Lisbon (AFP) -")
     + '</article></main></body></html>',
     {"reporters": ["Ines Varela", "Tomas Reis"]},
     "a kicker kept above the headline: the page's byline below it is still read, both its names"),
    (_page('<div class="stamp"><span class="year">2024</span><span class="date">05-06</span>'
           '<span class="clock">10:15:40</span></div>'),
     {"published": "2024-05-06T10:15:40"}, "a stamp's year, month-day and time in spans of their own"),
    (_page('<div class="meta"><time>Monday, 6 May 2024</time> <span class="hour">4:05 PM</span></div>'),
     {"published": "2024-05-06T16:05:00"}, "a <time> of the day, its time of day in the span after it"),
    (_page('<div class="meta"><time>Monday, 6 May 2024</time> <span class="len">4 min</span></div>'),
     {"published": "2024-05-06"}, "...a span of other figures is no time of the stamp"),
    (_page("", head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
           '"Old ferry pier: harbour board shuts it after storm damage"}</script>'),
     {"title": "Harbour board shuts old ferry pier"},
     "a JSON-LD headline rewritten for search, the same words as the page's <h1>: the <h1>"),
    (_page("", head='<meta property="og:title" content="Ferry fares to rise from May">', title="Harbour News"),
     {"title": "Ferry fares to rise from May"},
     "an og:title that shares few words with the <h1> is another headline: the markup's stands "
     "(when the <title> does not give the <h1> too)"),
    ('<HTML><HEAD><TITLE>Harbour Post: Local</TITLE></HEAD><FRAMESET ROWS="80,*"><FRAME SRC="/top.html">'
     '<FRAME SRC="/story.html"><NOFRAMES><BODY>' + STORY_PARAS.format(dateline="LISBON (Reuters) -")
     + '</BODY></NOFRAMES></FRAMESET></HTML>',
     {"cities": ["Lisbon"], "agencies": ["Reuters"]}, "a frameset page: the story in its <noframes> is read"),
    ('<html><head><title>Harbour Post - Local</title></head><body><font size="1"><b>Harbour Post</b> | Home | '
     'Local</font><br><font size="1">Tuesday, May 6, 2003</font><br><font size="4"><b>Ferry pier to close for '
     'repairs</b></font><br><font size="2">' + STORY_PARAS.format(dateline="LISBON (Reuters) -") + '</font></body></html>',
     {"title": "Ferry pier to close for repairs"},
     "a bold headline above the story beats a <title> of the site's name and section"),
    ('<html><head><title>Harbour Post Online: News</title></head><body><p>Home | News</p>'
     '<h3>Ferry pier to close for repairs</h3><p>Posted at 9:12 a.m. EDT May 6, 2003</p><p>The Associated Press</p>'
     + STORY_PARAS.format(dateline="LISBON (AP) --") + '</body></html>',
     {"title": "Ferry pier to close for repairs", "published": "2003-05-06T09:12:00-04:00"},
     "an <h3> headline above the story's stamp and agency line beats a generic <title>"),
    ('<html><head><title>Harbour board shuts old ferry pier for the summer</title></head><body><p>Home | News</p>'
     '<p><b>Commuters face a long detour</b></p>' + STORY_PARAS.format(dateline="LISBON (AP) --") + '</body></html>',
     {"title": "Harbour board shuts old ferry pier for the summer"},
     "...but a <title> that is a headline stays over a bold line above the story"),
    ('<html><head><title>Harbour Post - Local</title></head><body><p>Home | Local</p>'
     '<p><b>Our reporters at the pier.</b></p>' + STORY_PARAS.format(dateline="LISBON (AP) --") + '</body></html>',
     {"title": "Harbour Post - Local"}, "...and a bold sentence above the story is no headline"),
    (_page("", head='<meta property="og:title" content="Harbour board shuts old ferry pier">'
                    '<meta property="article:author" content="연합뉴스 | 바다포털 뉴스">',
           title="Harbour board shuts old ferry pier : 바다포털 뉴스", dateline="(부산=연합뉴스) 박서준 기자 ="),
     {"reporters": ["박서준"], "agencies": ["Yonhap"]},
     "a portal's name after the headline in its <title> names the site: no reporter in its author field"),
    (_page('<div class="data">Publicado em 06/05/2024 - 09:12 Por Joana Lins Rocha - Repórter da Agência Brasil '
           '- Recife</div>', dateline="", lang="pt",
           head='<meta property="article:published_time" content="2024-05-06T09:12:00-03:00">'),
     {"reporters": ["Joana Lins Rocha"], "cities": ["Recife"], "published": "2024-05-06T09:12:00-03:00"},
     "a date line the markup dates too keeps the byline run on after it, and its place"),
    (_page('<figure><img src="pier.jpg"><figcaption>O velho cais ao entardecer - Caio Mendes Araújo/Agência Brasil'
           '</figcaption></figure>', lang="pt"),
     {"photographers": ["Caio Mendes Araújo"]},
     "a caption's credit after a spaced dash, the name before the agency's slash"),
    ('<html lang="es"><head><title>Cierran el viejo muelle de pasajeros</title></head><body><nav><a>Inicio</a></nav>'
     '<article><span class="seccion">Puertos</span><h1>Cierran el viejo muelle de pasajeros</h1>'
     '<h2 class="bajada">Las obras durarán todo el verano. El puerto habilitará un muelle provisorio.</h2>'
     '<div class="cuerpo"><p><strong>Por Martín Roe Funes</strong></p>'
     + STORY_PARAS.format(dateline="Rosario, 6 de mayo (Télam).-") + '</div></article></body></html>',
     {"cities": ["Rosario"], "agencies": ["Télam"], "reporters": ["Martín Roe Funes"]},
     "a section, a standfirst and a byline over the dateline paragraph: the story starts at the dateline"),
    ('<html><head><meta charset="utf-8"><title>武汉新建跨江大桥今日通车_国内新闻_某讯网</title></head><body>'
     '<div class="nav">首页 | 新闻 | 财经</div><div class="art-title">武汉新建跨江大桥今日通车</div>'
     '<div class="art-info">2022-06-18 10:05:12 来源：新华网</div>'
     '<p style="text-align:center">6月18日，车辆驶过新建成的跨江大桥。新华社记者 李明远 摄</p>'
     '<p>新华社武汉6月18日电（记者王强）连接长江两岸的又一座跨江大桥18日正式通车，市民往返两岸的时间将缩短约二十分钟。</p>'
     '<p>据介绍，大桥全长约4.6公里，双向六车道，设计时速80公里。</p></body></html>',
     {"title": "武汉新建跨江大桥今日通车", "photographers": ["李明远"], "cities": ["武汉"]},
     "a Chinese portal's <title> joins headline, channel and site with underscores; a caption over the "
     "dateline credits its photographer"),
    ('<html><head><title>Harbour Post Online - Local</title></head><body><p>Home | Local</p>'
     '<font size="4"><b>Ferry pier to close for repairs</b></font><br><font size="2">Works will last all '
     'summer</font>' + STORY_PARAS.format(dateline="LISBON (AP) --") + '</body></html>',
     {"title": "Ferry pier to close for repairs"},
     "a bold headline over its deck above the story beats a <title> of the site's name and section"),
    ('<html><head><title>HPA - Harbour Press Agency</title></head><body><p>Accueil | Ports | Sport</p>'
     '<span class="rubrique">Ports</span><br><span class="titre_article">Ferry pier to close for repairs'
     '</span><br><span class="date_article">Posted 06/05/2003 | 812 reads</span>'
     + STORY_PARAS.format(dateline="LISBON (AP) --") + '</body></html>',
     {"title": "Ferry pier to close for repairs"},
     "an agency CMS's headline in a span whose class names it the title beats a <title> of the site's name"),
    ('<html><head><title>Harbour Post - Local</title></head><body><p>Home | Local</p>'
     '<div class="post-title">Our reporters at the pier.</div>'
     + STORY_PARAS.format(dateline="LISBON (AP) --") + '</body></html>',
     {"title": "Harbour Post - Local"}, "...a sentence in a title's class is still no headline"),
    ('<html><head><title>Beira: pescadores pedem novo cais no porto antigo | Panapress</title>'
     '</head><body><div class="titulo_noticia">Beira: pescadores pedem novo cais no porto antigo</div>'
     + STORY_PARAS.format(dateline="Beira -") + '</body></html>',
     {"title": "Beira: pescadores pedem novo cais no porto antigo", "agencies": ["PANA"], "cities": ["Beira"]},
     "an agency's name as a part of its own at the <title>'s end credits an uncredited story, as its site's name does"),
    ('<html><head><title>Lusa - Agência de Notícias de Portugal :: Beira: pescadores pedem novo cais</title>'
     '</head><body><div class="titulo_noticia">Beira: pescadores pedem novo cais</div>'
     + STORY_PARAS.format(dateline="Beira -") + '</body></html>',
     {"agencies": ["Lusa"], "cities": ["Beira"]}, "...and at its start"),
    ('<html><head><title>Harbour Post - Beira: cais fecha para obras</title></head><body>'
     + STORY_PARAS.format(dateline="Beira -") + '</body></html>',
     {"agencies": []}, "...a paper's name there credits no agency"),
    ('<html lang="ko"><head><meta charset="utf-8"><title>부산시, 시내버스 노선 12개 개편</title></head><body>'
     '<div class="viewer"><h1>부산시, 시내버스 노선 12개 개편</h1><div class="viewer_body">'
     '<div class="thumCont"><img src="a.jpg"><p class="desc">[부산=뉴시스] 김하늘 기자 = 5일 오후 부산 '
     '서면 버스정류장에서 시민들이 버스를 기다리고 있다. 2023.04.05. photo@newsis.com</p></div>'
     '<div class="article">[부산=뉴시스] 박민수 기자 = 부산시가 다음 달부터 시내버스 노선 12개를 개편해 출퇴근 '
     '시간대 배차 간격을 줄인다고 5일 밝혔다.<br><br>시는 이번 개편으로 동부산과 서부산을 오가는 주요 노선의 '
     '평균 배차 간격이 15분에서 10분으로 줄어들 것이라고 설명했다.<br><br>'
     '<div class="thumCont"><img src="b.jpg"><p class="desc">[부산=뉴시스] 사진공동취재단 = 지난달 부산역 광장에서 '
     '열린 대중교통 캠페인 행사에서 참가자들이 출발을 기다리고 있다. 2023.03.20. photo@newsis.com</p></div>'
     '시 관계자는 "시민 의견을 반영해 노선을 조정했으며 운행 결과를 지켜보며 추가 개편을 검토하겠다"고 '
     '말했다.<br><br>pms@newsis.com</div></div></div>'
     '</body></html>',
     {"cities": ["부산"], "reporters": ["박민수"], "photographers": ["김하늘"]},
     "a story set as text and <br>s in a <div> beside a figure: the extractor's recall pass finds it"),
    (_page('<div class="byline">\n<span class="author">Lina Sandqvist/TT</span>\n'
           '<span class="author">Oskar Malmberg/TT</span>\n<span class="source">TT</span>\n</div>',
           dateline="Stockholm (TT)", lang="sv"),
     {"reporters": ["Lina Sandqvist", "Oskar Malmberg"], "cities": ["Stockholm"]},
     "a byline's author elements, each a name and the agency, read as one line: both writers"),
    (_page('<div class="origin"><a href="https://www.harbourpost.example/news/pier-shut/">harbourpost.example</a>'
           ' · by Dana Whitlow · saved May 9, 2024</div><figure><img src="pier.jpg"><figcaption>The old pier at '
           'dusk. AFP/File | Rui Mendes</figcaption></figure>', dateline="LISBON (AFP) -"),
     {"reporters": ["Dana Whitlow"], "photographers": ["Rui Mendes"]},
     "a reading app's origin line under the headline: its byline read; a credit's bar before the name"),
    ('<html lang="el"><head><title>Νέο λιμάνι στην Πάτρα | Τοπικά Νέα</title></head><body><h1>Νέο λιμάνι στην '
     'Πάτρα</h1><div class="article-text">' + STORY_PARAS.format(dateline="") + '</div>'
     '<div class="article-source">Πηγή: ΑΠΕ-ΜΠΕ</div><div class="tags">Ετικέτες: <a>Πάτρα</a></div>'
     '<footer>All rights reserved.</footer></body></html>',
     {"agencies": ["ANA-MPA"]},
     "a labelled source line right under the story's last paragraph, left out of the text, credits the agency"),
    ('<html lang="en-US"><head><title>Harbour board shuts old ferry pier</title></head><body><nav><a>Home</a></nav>'
     '<h1>Harbour board shuts old ferry pier</h1><div class="article-body">'
     + STORY_PARAS.format(dateline="TACOMA, Wash. (AP) -") + '</div>'
     '<div class="stamps">Posted: 04/09/2022 7:18 AM PDT &middot; Updated: 04/09/2022 1:52 PM PDT</div>'
     '<aside><h3>Popular</h3><a>Fire at a lumber yard</a> <span>4 hours ago</span></aside>'
     '<footer>All rights reserved.</footer></body></html>',
     {"published": "2022-04-09T07:18:00-07:00", "updated": "2022-04-09T13:52:00-07:00"},
     "a US site's labelled stamps under the story, month first by their zone: both read"),
    (_page('<div class="meta"><span>Por Reuters</span> <span>Publicado em 11/05/2020 - 07:45 / '
           'Atualizado em 11/05/2020 - 10:05</span></div>', dateline="LISBOA, 11 Mai (Reuters) -", lang="pt"),
     {"published": "2020-05-11T07:45:00", "updated": "2020-05-11T10:05:00", "agencies": ["Reuters"]},
     "a credit run on into two labelled stamps: the publication and the update apart, the credit read"),
    (_page('<div class="metas"><span>Par Ouest Matin avec AFP</span> <span>Publié le 02/06/2020 à 08:20, '
           'mis à jour le 02/06/2020 à 15:45</span></div>', dateline="Nantes (AFP) -", lang="fr",
           title="Harbour board shuts old ferry pier | Ouest Matin"),
     {"published": "2020-06-02T08:20:00", "updated": "2020-06-02T15:45:00", "reporters": []},
     "a site's credit with the agency run on into 'Publié le ... mis à jour le': the label's 'le' joins no byline"),
    (_page('<p class="signature"><span>Ouest Matin</span> avec AFP et Reuters | <time datetime="2020-06-03T09:10:00+02:00">'
           '03.06.2020 à 09h10</time></p>', dateline="Le port de Nantes", lang="fr",
           title="Harbour board shuts old ferry pier | Ouest Matin"),
     {"agencies": ["AFP", "Reuters"]},
     "a site's credit with two agencies, its bar's separator closing it before the stamp element"),
    ('<html lang="it"><head><title>Harbour board shuts old ferry pier</title></head><body>'
     '<div class="bar">Giovedì 9 Aprile 2015 - Aggiornato alle 21:05</div><nav><a>Home</a></nav>'
     '<h1>Harbour board shuts old ferry pier</h1><div class="data">Pubblicato il 9 aprile 2015 alle 11:30</div>'
     '<div class="article-body">' + STORY_PARAS.format(dateline="(ANSA) - GENOVA, 9 APR -") + '</div>'
     '<footer>All rights reserved.</footer></body></html>',
     {"published": "2015-04-09T11:30:00", "updated": None},
     "a site's top bar, its day and the time it last refreshed, is no update when the story has its own stamp"),
    (_page('<div class="meta"><span>Opublikowano: 03.11.2021, 10:12</span> <span>Aktualizacja: 03.11.2021, '
           '12:30</span> <span>Autor: Marek Zieliński (PAP)</span></div>', dateline="Gdańsk (PAP) -", lang="pl"),
     {"published": "2021-11-03T10:12:00", "updated": "2021-11-03T12:30:00", "reporters": ["Marek Zieliński"]},
     "a meta bar's spans glued into one line: both labelled stamps, and the labelled author after the last time"),
    (_page("", dateline="", title="Harbour board shuts old ferry pier - РИА Новости, 11.05.2025"),
     {"agencies": ["RIA Novosti"]},
     "the agency's own site named after the headline in the <title>, the day after its name"),
    (_page('<div class="news-info"><span>Redazione ANSA</span> <span>GENOVA</span> '
           '<span class="news-date">3 marzo 2023 09:15</span> '
           '<span class="news-update">ULTIMO AGGIORNAMENTO: 3 marzo 2023, 14:20</span></div>', dateline=""),
     {"cities": ["Genova"], "published": "2023-03-03T09:15:00", "updated": "2023-03-03T14:20:00"},
     "a live page's meta bar glued into one line: the desk's credit, the place in capitals, the date and its update"),
    ('<html lang="ja"><head><title>港の新しい橋が開通 | 検証サイト</title></head><body><h1>港の新しい橋が開通</h1>'
     '<div class="meta"><span>編集部 佐藤みどり</span> <span>公開日 2023年5月2日 09:10</span> '
     '<span>更新日 2023年5月4日 18:30</span></div><div class="article-text"><p>港に架かる新しい橋が二日、開通した。'
     '市によると、工事は予定より三か月早く終わり、朝から多くの市民が歩いて渡った。</p><p>市は来月、橋の下に'
     '新しい公園を開く予定だ。周辺の道路も順次整備される。</p></div></body></html>',
     {"published": "2023-05-02T09:10:00", "updated": "2023-05-04T18:30:00"},
     "a Japanese page's meta bar glued into one line: its date words after a space"),
    ('<html lang="uz"><head><title>Buxoroda yangi ko‘prik ochildi</title></head><body><h1>Buxoroda yangi '
     'ko‘prik ochildi</h1><div class="post-body"><p>Buxoro, 9 mart (O‘zA). Shahar chekkasidagi daryo ustida '
     'uzunligi ikki yuz metrlik yangi ko‘prik foydalanishga topshirildi.</p><p>Qurilish ikki yil davom etdi, '
     'unga 40 dan ortiq mahalliy korxona jalb qilindi.</p></div><div class="post-author">Muxbir: Sherzod '
     'Aliyev<br>Foto: Bobur Qosimov, O‘zA</div></body></html>',
     {"reporters": ["Sherzod Aliyev"], "photographers": ["Bobur Qosimov"], "agencies": ["UzA"]},
     "a credit block under the story, a role a line: the photo's labelled credit, the agency after a comma"),
    ('<html lang="mn"><head><title>Шинэ гүүр ашиглалтад орлоо</title></head><body><h1>Шинэ гүүр ашиглалтад '
     'орлоо</h1><div class="news-body"><p>Дархан, 2022 оны 6 дугаар сарын 3 /МОНЦАМЭ/. Хотын зүүн хэсэгт '
     'голын дээгүүр шинэ гүүр өнөөдөр ашиглалтад орлоо.</p><p>Гүүрийн урт нь гурван зуун метр бөгөөд барилгын '
     'ажил хоёр жил үргэлжилжээ.</p></div><div class="news-author">Т.Мөнхзул</div>'
     '<div class="news-photo">Гэрэл зургийг Б.Ганбат</div></body></html>',
     {"photographers": ["Б.Ганбат"]},
     "Mongolian 'the photo [by]' without a colon, a line of its own under the story"),
    ('<html lang="km"><head><title>ស្ពានថ្មីបើកឲ្យប្រើប្រាស់</title></head><body><h1>ស្ពានថ្មីបើកឲ្យប្រើប្រាស់</h1>'
     '<div class="post-content"><p>កំពត ៣ មិថុនា (AKP) – ស្ពានថ្មីឆ្លងកាត់ទន្លេ ត្រូវបានបើកឲ្យប្រើប្រាស់ជាផ្លូវការ'
     'នៅថ្ងៃនេះ បន្ទាប់ពីការសាងសង់រយៈពេលពីរឆ្នាំ។</p><p>ស្ពាននេះមានប្រវែងបីរយម៉ែត្រ។</p></div>'
     '<div class="post-author">ដោយ៖ ចាន់ ដារ៉ា<br>រូបថត៖ កែវ វិបុល</div></body></html>',
     {"reporters": ["ចាន់ ដារ៉ា"], "photographers": ["កែវ វិបុល"]},
     "Khmer's own colon after 'by' and 'photo' in the credit block"),
    ('<html lang="en"><head><title>Harbour board shuts old ferry pier | The Coastal Ledger</title></head><body>'
     '<header><div class="logo">The Coastal Ledger</div><h1 class="claim">THE VOICE OF THE COAST SINCE 1911</h1>'
     '</header><article><h2 class="article-title">Harbour board shuts old ferry pier</h2><div class="body">'
     '<p>LISBON - The harbour board shut the old ferry pier on Monday after divers found rot in its piles.</p>'
     '<p>Work is due to start next month, the board said.</p></div></article></body></html>',
     {"title": "Harbour board shuts old ferry pier"},
     "a masthead's slogan as the page's one <h1>: the <h2> the <title> opens with is the headline"),
]


@pytest.mark.parametrize("page, expected, why", HTML_PAGES, ids=[r[2] for r in HTML_PAGES])
def test_html_page_fields(tmp_path, monkeypatch, page, expected, why):
    monkeypatch.chdir(tmp_path)
    Path("p.html").write_text(page, "utf-8")
    (story,) = parse_file("p.html")
    assert {k: getattr(story, k) for k in expected} == expected, why
    assert "Purchase" not in story.body and "2 min read" not in story.body


def test_html_page_rows_are_distinct():
    assert len({r[0] for r in HTML_PAGES}) == len(HTML_PAGES)


# (trafilatura's structured body, the text built from it, why): a page's paragraphs as plain copy's
PARAGRAPH_TEXTS = [
    ("<body><p>LIMA (AP) - A dam opened.</p><p>By Jo Roe<lb/>Associated Press</p></body>",
     "LIMA (AP) - A dam opened.\n\nBy Jo Roe\nAssociated Press",
     "a blank line between paragraphs, a line break for a <br>"),
    ("<body><p>Kiosk<lb/>\nMay 6, 2024</p></body>", "Kiosk\nMay 6, 2024",
     "a <br> and the source's line break after it are one line break"),
    ("<body><p>Harbour Post\n| Home\nMay 6, 1999</p></body>", "Harbour Post\n| Home\nMay 6, 1999",
     "trafilatura's own line breaks in a text (a table cell's <br>) stay lines"),
    ("<body><p>Prices:</p><list><item>Bread up</item><item>Milk down</item></list></body>",
     "Prices:\n\n- Bread up\n- Milk down", "a list is a paragraph of its items' lines"),
    ("<body><p>Siobh&amp;aacute;n Roe<lb/>ROME   (ANSA)</p></body>", "Siobhán Roe\nROME   (ANSA)",
     "entities escaped twice read, a run of blanks kept as trafilatura keeps it"),
    ("<body><p> </p><head>Pier shuts</head></body>", "Pier shuts", "empty paragraphs leave no blank lines"),
]


@pytest.mark.parametrize("body, expected, why", PARAGRAPH_TEXTS, ids=[r[2] for r in PARAGRAPH_TEXTS])
def test_paragraph_text(body, expected, why):
    from lxml import etree
    from indexer.formats.html import paragraph_text
    assert paragraph_text(etree.fromstring(body)) == expected, why


def test_paragraph_text_rows_are_distinct():
    assert len({r[0] for r in PARAGRAPH_TEXTS}) == len(PARAGRAPH_TEXTS)


# ---------------------------------------------------------------- database text exports

_FACTIVA_DOC = ("Headline {n}\n\n210 words\n4 May 2011\nReuters News\nEnglish\n\n"
                "OSLO, May 4 (Reuters) - Story {n} text runs here.\n\n"
                "Document LBA00000201105{n}4e7540000{n}\n")
_LEXIS_DOC = ("  {n} of {total} DOCUMENTS\n\n  The Associated Press\n\n  May 4, 2011, Wednesday\n\n"
              "HEADLINE: Headline {n}\n\nBODY:\n\n   OSLO, Norway (AP) _ Story {n} text runs here.\n\n"
              "LOAD-DATE: May 5, 2011\n\nLANGUAGE: ENGLISH\n")


_RETRIEVER_DOC = ("Dokument {n} av {total}\n\nStavanger Aftenblad\n12.06.2025\nSide 8\nSeksjon: Nyheter\n"
                  "Lengde: 180 ord\n\nOverskrift {n}\n\nStavanger (NTB): Sak {n} står her.\n\n")


@pytest.mark.parametrize("text, labels, why", [
    ("".join(_FACTIVA_DOC.format(n=n) for n in (1, 2)), ["x.txt#1", "x.txt#2"],
     "a Factiva export: one story per Document line"),
    (_FACTIVA_DOC.format(n=1), ["x.txt"], "one Factiva document keeps the plain label"),
    ("".join(_LEXIS_DOC.format(n=n, total=2) for n in (1, 2)), ["x.txt#1", "x.txt#2"],
     "a LexisNexis export: one story per 'N of M DOCUMENTS' line"),
    (_LEXIS_DOC.format(n=3, total=12), ["x.txt"], "one LexisNexis document out of a longer list"),
    ("".join(_LEXIS_DOC.format(n=n, total=2) for n in (2, 1)), ["x.txt"],
     "LexisNexis numbers out of order: not clear, left as one story"),
    ("".join(_LEXIS_DOC.format(n=n, total=t) for n, t in ((1, 2), (2, 5))), ["x.txt"],
     "LexisNexis totals that disagree: left as one story"),
    ("Retriever Atekst\n" + "".join(_RETRIEVER_DOC.format(n=n, total=2) for n in (1, 2)),
     ["x.txt#1", "x.txt#2"], "a Retriever export: one story per 'Dokument N av M' line"),
    (_RETRIEVER_DOC.format(n=4, total=9), ["x.txt"], "one Retriever document out of a longer list"),
    ("Council votes budget\n\nOSLO (AP) - The council passed the document 1 of 2\n"
     "Document that matters was read.\n", ["x.txt"], "marker words inside prose split nothing"),
])
def test_export_split(tmp_path, monkeypatch, text, labels, why):
    monkeypatch.chdir(tmp_path)
    Path("x.txt").write_text(text, encoding="utf-8")
    items = list(iter_documents("x.txt"))
    assert [d.path for d in items] == labels, why
    if "left as one story" not in why:     # the export's own lines are gone from each story
        for d in items:
            assert not re.search(r"LOAD-DATE|LANGUAGE:|Document LBA|DOCUMENTS|Dokument \d|Lengde:|Side 8",
                                 d.text), d.text


_PROQUEST_DOC = ("Harbour board approves new ferry terminal {n}\n\nAuthor: Okafor, Tamsin\n\n"
                 "Abstract: The board voted for a terminal on the east pier.\n\nFull text:\n\n"
                 "HALIFAX — The harbour board voted on Monday to build a ferry terminal on the east pier, "
                 "its chair said.\n\nWork is to start in the spring.\n\nPublication title: Coast Ledger; "
                 "Halifax, N.S.\n\nPublication date: Mar 3, 2025\n\nSection: Local\n\n"
                 "ProQuest document ID: 31000{n}\n\nDocument URL: https://example.org/docview/31000{n}\n\n"
                 "Last updated: 2025-03-05\n\nDatabase: Regional Newsstream\n")


@pytest.mark.parametrize("text, count, why", [
    (_PROQUEST_DOC.format(n=1), 1, "one ProQuest document"),
    (_PROQUEST_DOC.format(n=1) + "\n" + "_" * 60 + "\n\n" + _PROQUEST_DOC.format(n=2), 2,
     "two documents set apart by ProQuest's rule"),
    (_PROQUEST_DOC.format(n=1).replace("Full text:", "Coast Ledger; Halifax, N.S. 3 March 2025.\n\nFull Text"),
     1, "the text's label alone in title case, no colon, under the record's citation line"),
])
def test_proquest_export(tmp_path, text, count, why):
    path = tmp_path / "pq.txt"
    path.write_text(text, encoding="utf-8")
    stories = parse_file(str(path))
    assert len(stories) == count, why
    for n, story in enumerate(stories, 1):
        # the headline, the author first name first, the publication's date (not the
        # database's "Last updated"), no record field in the text
        assert story.title == f"Harbour board approves new ferry terminal {n}"
        assert (story.published, story.updated) == ("2025-03-03", None)
        assert story.reporters == ["Tamsin Okafor"] and story.cities == ["Halifax"]
        assert "ProQuest" not in story.body and "Publication date" not in story.body


def test_a_story_naming_proquest_s_labels_in_prose_is_read_as_a_story(tmp_path):
    """The words of ProQuest's labels inside prose ("Full text" with no colon) make no
    export: the file was lost before, failing with an AttributeError."""
    path = tmp_path / "note.txt"
    path.write_text("Library adds archive access\n\nDUBLIN (Reuters) - Readers can search the "
                    "Full text of old papers, a ProQuest document ID for each page, the library "
                    "said on Monday.\n", encoding="utf-8")
    [story] = parse_file(str(path))
    assert story.title == "Library adds archive access" and story.cities == ["Dublin"]


def test_export_split_rows_are_distinct():
    rows = test_export_split.pytestmark[0].args[1]
    assert len({r[0] for r in rows}) == len(rows)


# ---------------------------------------------------------------- wire-feed captures

def _telex(n: int, city: str = "LILLE") -> str:
    return (f"ZCZC PAR{n:03d} 4 I 0210 FRA /AFP-QB{n:02d}\nTitre numéro {n}\n\n"
            f"   {city}, 3 mars (AFP) - Le conseil municipal a voté le budget numéro {n} mardi soir.\n"
            f"AFP 031845 GMT MAR 97\nNNNN\n")


def _anpa(n: int, s="\x01", t="\x02", e="\x03", o="\x04") -> str:
    return (f"{s}a05{n:02d} r a BC-Council-Vote{n} 03-03 0205\n{t}^Council passes budget {n}<\n"
            f"   DAYTON, Ohio (AP) _ The city council passed budget number {n} on Monday night.\n"
            f"   AP-NY-03-03-97 1845EST<\n{e}{o}\n")


def _spool(n: int, next_head: str = "a05{n:02d}\nr a BC-Council-Vote{n} 03-03 0205\n") -> str:
    return (next_head.format(n=n) + f"^Council passes budget {n}<\n"
            f"   DAYTON, Ohio (AP) _ The city council passed budget number {n} on Monday night.\n"
            f"   AP-NY-03-03-97 1845EST<\n")


_STORY = ("Council passes budget\n\n   DAYTON, Ohio (AP) _ The city council passed its budget on Monday "
          "night after a long debate over road repairs.\n")

# (capture text, the first line of each item found -- None: not a capture, one story -- why)
CAPTURES = [
    (_telex(1) + _telex(2), ["PAR001 4 I 0210 FRA /AFP-QB01", "PAR002 4 I 0210 FRA /AFP-QB02"],
     "telex: ZCZC opens and NNNN closes each item; the header after ZCZC is kept"),
    ("ZCZC\nNNNN\n" + _telex(1) + "ZCZC PAR009 1 I 0003 FRA\nTEST TEST\nNNNN\n" + _telex(2),
     ["PAR001 4 I 0210 FRA /AFP-QB01", "PAR002 4 I 0210 FRA /AFP-QB02"],
     "an empty ZCZC and a test message are dropped, not numbered"),
    ("=== line log opened 03/03/97 ===\n" + _telex(1) + "\n\n\x16\x16\n" + _telex(2),
     ["PAR001 4 I 0210 FRA /AFP-QB01", "PAR002 4 I 0210 FRA /AFP-QB02"],
     "a log header and line noise between items are no items"),
    (_telex(1).replace("ZCZC PAR001 4 I 0210 FRA /AFP-QB01\n", "")
     + _telex(2).replace("ZCZC PAR002 4 I 0210 FRA /AFP-QB02\n", ""),
     ["Titre numéro 1", "Titre numéro 2"], "NNNN alone ends each item"),
    (_telex(1) + _telex(2).replace("NNNN\n", "").replace("mardi soir.", "mardi soir, et " * 20),
     ["PAR001 4 I 0210 FRA /AFP-QB01", "PAR002 4 I 0210 FRA /AFP-QB02"],
     "a capture cut inside its last item keeps what it caught"),
    (_telex(1), None, "one story between ZCZC and NNNN is not a capture"),
    ("ZCZC\nTEST\nNNNN\nZCZC\nRYRYRYRYRYRY\nNNNN\nZCZC\nTHE QUICK BROWN FOX JUMPS OVER THE LAZY DOG 1234567890\nNNNN\n",
     [], "a capture of service messages only holds no story"),
    (_anpa(1) + _anpa(2) + _anpa(3),
     [f"a05{n:02d} r a BC-Council-Vote{n} 03-03 0205" for n in (1, 2, 3)],
     "ANPA 1312: SOH, heading, STX, text, ETX, EOT"),
    (_anpa(1) + "\x01a0599 r x BC-Test 03-03 0001\n\x02TEST PLEASE IGNORE\n\x03\x04" + _anpa(2),
     [f"a05{n:02d} r a BC-Council-Vote{n} 03-03 0205" for n in (1, 2)],
     "a test item between SOH and EOT is dropped"),
    (_anpa(1, s="", o="") + _anpa(2, s="", o=""),
     ["^Council passes budget 1<", "^Council passes budget 2<"],
     "STX ... ETX without SOH: the text alone, the heading outside is dropped"),
    (_anpa(1, "<SOH>", "<STX>", "<ETX>", "<EOT>") + _anpa(2, "<SOH>", "<STX>", "<ETX>", "<EOT>"),
     [f"a05{n:02d} r a BC-Council-Vote{n} 03-03 0205" for n in (1, 2)],
     "controls printed as <SOH> tokens"),
    (_anpa(1, "^A", "^B\n", "^C", "^D") + _anpa(2, "^A", "^B\n", "^C", "^D"),
     [f"a05{n:02d} r a BC-Council-Vote{n} 03-03 0205" for n in (1, 2)],
     "controls printed in caret notation"),
    (_anpa(1), None, "one story between SOH and EOT is not a capture"),
    (_anpa(1, s="", o="\x04\x04"), None, "one story between STX and ETX, EOTs after it"),
    ("\x01\x01" + _anpa(1, s="").replace("\x03", ""), None, "a doubled SOH frames nothing more"),
    ("ZCZC\nNNNN\n" + _telex(1), None, "an empty ZCZC before one story frames nothing more"),
    (_anpa(1, s="", t="", o="") + _anpa(2, s="", t="", o=""),
     [f"a05{n:02d} r a BC-Council-Vote{n} 03-03 0205" for n in (1, 2)], "ETX alone ends each item"),
    ("^BC-Council-Vote,0205<\n^A budget at last<\n^By ANA RUIZ=\n^Associated Press Writer=\n"
     "   DAYTON, Ohio (AP) _ The council passed a budget.\n   ^Associated Press writer Bo Li contributed.<\n"
     "   AP-NY-03-03-97 1845EST<\n", None, "DataStream caret marks are no printed controls"),
    (_spool(1) + _spool(2) + _spool(3),
     [f"a05{n:02d}" for n in (1, 2, 3)], "DataStream: a stamp line, then the next item's serial"),
    (_spool(1) + _spool(2, "r a BC-Council-Vote{n} 03-03 0205\n"),
     ["a0501", "r a BC-Council-Vote2 03-03 0205"], "a selector line opens the next item"),
    (_spool(1) + _spool(2, "^BC-Council-Vote{n},0205<\n"),
     ["a0501", "^BC-Council-Vote2,0205<"], "a slug line opens the next item"),
    (_spool(1), None, "one item with its stamp at the end is one story"),
    (_spool(1) + "Council passes budget 2\n   DAYTON, Ohio (AP) _ More text.\n", None,
     "a stamp followed by no serial, selector or slug splits nothing"),
    (_STORY + "The clerk read ZCZC and NNNN from an old telex roll.\n", None,
     "the signals inside prose split nothing"),
    (_STORY, None, "a plain story is no capture"),
]


@pytest.mark.parametrize("text, firsts, why", CAPTURES, ids=[r[2] for r in CAPTURES])
def test_split_capture(text, firsts, why):
    from indexer.formats.wirefeed import split_capture
    items = split_capture(text)
    assert (None if items is None else [i.split("\n")[0] for i in items]) == firsts, why
    for item in items or ():
        assert not re.search(r"[\x01-\x04\x16]|<(?:SOH|STX|ETX|EOT)>|\^[A-D]$|^ZCZC|^NNNN", item,
                             re.MULTILINE), item
        assert item.endswith("\n") and item.strip()


def test_split_capture_rows_are_distinct():
    assert len({r[0] for r in CAPTURES}) == len(CAPTURES)


@pytest.mark.parametrize("text, why", [
    ("ZCZC\nAFP0123 4 I 0345 FRA /AFP-UA12\nFrance-grève-transports\nLa grève des cheminots continue\n\n"
     "   PARIS, 12 déc (AFP) - La grève continue mardi.\n\nab/jmr\nAFP 121432 GMT DEC 95\nNNNN\n",
     "IPTC 7901 over telex, one item"),
    ("\x01a0417\nr a PM-Flood-Ohio 03-14 0412\n\x02^PM-Flood-Ohio,0412<\n^River crests below the levees<\n"
     "   MARIETTA, Ohio (AP) _ The river crested on Monday.\n   AP-NY-03-14-97 1612EST<\n\x03\x04",
     "ANPA 1312 with its controls, one message"),
    ("^BC-US--Budget-Vote, 3rd Ld-Writethru<\n^House passes a stopgap bill<\n"
     "^Eds: UPDATES with Senate schedule.<\n^By LISA KOE=\n^Associated Press Writer=\n"
     "   WASHINGTON (AP) _ The House passed a stopgap bill late Saturday.\n   AP-NY-09-30-98 1642EDT<\n",
     "a DataStream story with its stamp"),
    ("dpa 0412 pl 357 dpa 0098 lby\nBayern/Verkehr/Unfälle/\nMassenunfall im Nebel auf der A9 =\n\n"
     "   Ingolstadt (dpa/lby) - Bei einem Unfall im Nebel sind zwei Menschen gestorben.\ndpa gh yy hr\n"
     "051432 Mär 96\n", "dpa header and sent stamp"),
])
def test_a_single_wire_story_file_stays_one_story(tmp_path, monkeypatch, text, why):
    """A story with one wire header or trailer keeps its plain label and its parse."""
    from indexer.pipeline import parse_text
    monkeypatch.chdir(tmp_path)
    Path("x.txt").write_bytes(text.encode("utf-8"))
    (story,) = parse_file("x.txt")
    assert story.path == "x.txt", why
    expected = parse_text(text, "x.txt")          # the one-story parser on the same text
    assert (story.title, story.published, story.body) == (expected.title, expected.published,
                                                           expected.body), why


def test_cli_parses_and_indexes_a_capture_item_by_item(tmp_path, monkeypatch, runner):
    """`wire parse` gives capture.txt#1..#N; `wire index` adds each item, finds it by its
    own words, and re-reads the file incrementally like any multi-story file."""
    from search_cli import cli
    monkeypatch.chdir(tmp_path)
    Path("feed").mkdir()
    Path("feed/capture.txt").write_bytes(
        ("ZCZC\nNNNN\n" + _telex(1, "LILLE") + _telex(2, "NANTES") + _telex(3, "BREST")).encode("utf-8"))
    Path("feed/anpa.dat").write_bytes((_anpa(1) + _anpa(2)).encode("ascii"))
    parsed = runner.invoke(cli, ["parse", "--format", "jsonl", "feed"])
    assert parsed.exit_code == 0, parsed.stderr
    stories = [json.loads(line) for line in parsed.stdout.splitlines()]
    assert [(s["path"], s["title"], s["cities"], s["published"]) for s in stories] == [
        ("feed/anpa.dat#1", "Council passes budget 1", ["Dayton"], "1997-03-03T18:45:00-05:00"),
        ("feed/anpa.dat#2", "Council passes budget 2", ["Dayton"], "1997-03-03T18:45:00-05:00"),
        ("feed/capture.txt#1", "Titre numéro 1", ["Lille"], "1997-03-03T18:45:00+00:00"),
        ("feed/capture.txt#2", "Titre numéro 2", ["Nantes"], "1997-03-03T18:45:00+00:00"),
        ("feed/capture.txt#3", "Titre numéro 3", ["Brest"], "1997-03-03T18:45:00+00:00")]
    assert len({s["id"] for s in stories}) == 5

    built = runner.invoke(cli, ["index", "feed", "--index", "ix"])
    assert built.exit_code == 0 and "5 added" in built.stderr, built.stderr
    found = runner.invoke(cli, ["search", "city:nantes", "--index", "ix", "--format", "json"])
    assert found.exit_code == 0, found.stderr
    hits = json.loads(found.stdout)["hits"]
    assert [(h["path"], h["title"]) for h in hits] == [("feed/capture.txt#2", "Titre numéro 2")]

    again = runner.invoke(cli, ["index", "feed", "--index", "ix"])
    assert "0 added" in again.stderr and "5 unchanged" in again.stderr, again.stderr
    with open("feed/capture.txt", "ab") as fh:           # the feed goes on
        fh.write(_telex(4, "RENNES").encode("utf-8"))
    grown = runner.invoke(cli, ["index", "feed", "--index", "ix"])
    assert grown.exit_code == 0 and "1 added" in grown.stderr, grown.stderr
    stats = runner.invoke(cli, ["stats", "--index", "ix", "--format", "json"])
    assert json.loads(stats.stdout)["stories"] == 6
    found = runner.invoke(cli, ["search", "city:rennes", "--index", "ix", "--format", "json"])
    assert [h["path"] for h in json.loads(found.stdout)["hits"]] == ["feed/capture.txt#4"]


def test_a_capture_may_be_larger_than_one_story(tmp_path, monkeypatch):
    """A day of a feed runs past the 4 MB one-story limit: its items are read; a text that
    large with a lone signal in it is still refused as one story."""
    from indexer.guard import MAX_STORY_BYTES
    monkeypatch.chdir(tmp_path)
    item = _telex(7).replace("mardi soir.", "mardi soir. " + "Les débats ont duré longtemps. " * 60)
    count = MAX_STORY_BYTES // len(item.encode("utf-8")) + 2
    Path("day.txt").write_bytes((item * count).encode("utf-8"))
    items = list(iter_documents("day.txt"))
    assert len(items) == count and items[-1].path == f"day.txt#{count}"
    Path("log.txt").write_bytes((_STORY * (MAX_STORY_BYTES // len(_STORY) + 2) + "NNNN\n").encode())
    (error,) = iter_documents("log.txt")
    assert isinstance(error, ReadError) and "too large for one story" in str(error)


# ---------------------------------------------------------------- mail bodies and clipped notes

# (body, the story's text, why)
MAIL_BODIES = [
    ("Run this one.\n\nOn Mon, 2 Jun 2025 at 09:12, Desk <desk@example.in> wrote:\n"
     "> Ferry fares frozen\n>\n> Kochi, June 2 (PTI) Fares stay as they are.",
     "Ferry fares frozen\n\nKochi, June 2 (PTI) Fares stay as they are.",
     "a reply quoting the story: the quote, unquoted, without the reply's note"),
    ("Agreed, see the long piece below for why.\n\n> Thanks.", None,
     "a short quote under a longer reply stays as it is"),
    ("Good morning. The lead story is below.\n\nFerry fares frozen\n\nHOBART - Fares stay as they are.",
     "Ferry fares frozen\n\nHOBART - Fares stay as they are.",
     "a greeting above the headline is the sender's note"),
    ("HOBART - Fares stay as they are.\n\nJo Park\n(AAP)\n\n-- \nYou get this because you subscribed.\n"
     "Unsubscribe: https://news.example/u?id=1",
     "HOBART - Fares stay as they are.\n\nJo Park\n(AAP)\n\n",
     "a newsletter's footer under the signature line goes"),
    ("HOBART - Fares stay as they are.\n\n--\n(AAP)", None,
     "a story's own '--' above its agency is no signature"),
    (">>Did the ferry strike end? Nothing here yet.\n\nThe wire had it tonight:\n\n> Ferry strike ends\n>\n"
     "> HOBART, May 3 (Reuter) - Ferry crews went back to work on Friday after a four-day strike.\n\nGood news.",
     "Ferry strike ends\n\nHOBART, May 3 (Reuter) - Ferry crews went back to work on Friday after a four-day strike.",
     "a Usenet reply: the question quoted twice is not the story; the longest quoted block is"),
    ("Spotted this on the wire at work. Thoughts\nwelcome.\n\n===== cut here =====\nFerry strike ends\n\n"
     "HOBART, May 3 (Reuter) - Ferry crews went back to work.\n\n===== cut here =====",
     "Ferry strike ends\n\nHOBART, May 3 (Reuter) - Ferry crews went back to work.\n\n===== cut here =====",
     "a poster's wrapped note and paste marker over the headline over the dateline go"),
    ("Para quien preguntaba por el puerto, esto salio hoy:\n\nReabren el puerto de Veracruz\n\n"
     "VERACRUZ, Ver., 3 de mayo (NOTIMEX).- El puerto fue reabierto hoy.",
     "Reabren el puerto de Veracruz\n\nVERACRUZ, Ver., 3 de mayo (NOTIMEX).- El puerto fue reabierto hoy.",
     "a poster's lead-in ending in a colon over the pasted headline goes"),
    ("Ferry strike ends\n\nCrews return after four days and the company pays.\n\n"
     "HOBART, May 3 (Reuter) - Ferry crews went back to work.", None,
     "a deck ending in a full stop over the dateline is no pasted headline: the headline above stays"),
    ("Tasmania:\n\nFerry strike ends\n\nHOBART, May 3 (Reuter) - Ferry crews went back to work.", None,
     "a one-word kicker with a colon is no poster's note"),
    ("Revue du 3 mai\n=============\n\nSommaire:\n  1. Le lac Léman se réchauffe\n  2. Grève des CFF\n\n"
     "----------\n\n1. Le lac Léman se réchauffe\n\nLausanne (ats) Le lac a gagné un degré.\n\n"
     "2. Grève des CFF\n\nBerne (ats) Les trains restent en gare.",
     "Le lac Léman se réchauffe\n\nLausanne (ats) Le lac a gagné un degré.\n\n"
     "2. Grève des CFF\n\nBerne (ats) Les trains restent en gare.",
     "a digest's first item, its number off: the contents list above named it so"),
    ("1. FC Köln gewinnt in Bremen\n\nKÖLN (dpa) - Der Verein gewann am Samstag.", None,
     "a number opening a headline the contents did not list stays"),
    ("=== News - 1 new result for [Ghent ferries] ===\n\nGhent ferry crews walk out over pay\nFlanders Daily\n"
     "GHENT (Belga) - Ferry crews in Ghent stopped work on Monday over a pay offer the union called far too low "
     "for the hours they work ...\n<https://www.google.com/url?url=https://news.example/ghent>",
     "Ghent ferry crews walk out over pay\n\nFlanders Daily\nGHENT (Belga) - Ferry crews in Ghent stopped work "
     "on Monday over a pay offer the union called far too low for the hours they work ...\n"
     "<https://www.google.com/url?url=https://news.example/ghent>",
     "an alert's count line over its item: the item's headline set apart from its source and snippet"),
]


@pytest.mark.parametrize("body, expected, why", MAIL_BODIES, ids=[r[2] for r in MAIL_BODIES])
def test_mail_story_text(body, expected, why):
    from indexer.formats.mail import story_text
    assert story_text(body) == (body if expected is None else expected), why


# (a plain-text file, the story it quotes or None, why)
REPLIES_AS_TEXT = [
    ("Re: [ports] crane strike\n\nThanks, useful.\n\nAm 5. März schrieb Ines Morrow <ines@example.org>:\n"
     "> Here is the story from this morning:\n>\n> Cranes idle\n>\n> ROTTERDAM (Reuters) - Crane drivers walked out on Tuesday.\n"
     ">\n> --\n> Ines Morrow\n> Port Studies Group",
     "Cranes idle\n\nROTTERDAM (Reuters) - Crane drivers walked out on Tuesday.",
     "a list reply saved as text: the quote under 'schrieb:', its signature off"),
    ("Asunto: Re: gruistas\nDe: Luis <l@example.es>\n\nGracias.\n\nEl 5/3/2024, Ana escribió:\n"
     "> Hola a todos, comparto la nota de la tarde:\n>\n> Paro de gruistas en Rotterdam\n>\n"
     "> Rotterdam, 5 mar (EFE).- Los gruistas del puerto pararon hoy por las primas de noche.",
     "Paro de gruistas en Rotterdam\n\nRotterdam, 5 mar (EFE).- Los gruistas del puerto pararon hoy por "
     "las primas de noche.",
     "a Spanish reply: the quoted poster's greeting over the story goes with the reply's headers"),
    ("Agreed.\n\nOn Tue, Jo <jo@example.org> wrote:\n> > Cranes idle\n> >\n"
     "> > ROTTERDAM (Reuters) - Crane drivers walked out on Tuesday over night pay.",
     "Cranes idle\n\nROTTERDAM (Reuters) - Crane drivers walked out on Tuesday over night pay.",
     "a story quoted at depth two loses both marks"),
    ("Cranes idle\n\nROTTERDAM (Reuters) - Crane drivers walked out.\n\n> We will not move, one said.\n"
     "> Not before Friday.", None,
     "a story's own quoted lines, with no reply's line over them, are no reply"),
    ("Sure.\n\nOn Tue, Jo <jo@example.org> wrote:\n> Can you send it?", None,
     "a short quote under a reply is no story"),
]


@pytest.mark.parametrize("text, expected, why", REPLIES_AS_TEXT, ids=[r[2] for r in REPLIES_AS_TEXT])
def test_reply_story(text, expected, why):
    from indexer.formats.mail import reply_story
    assert reply_story(text) == expected, why


def test_an_archive_record_under_a_document_marker_keeps_its_labels():
    """A 'Documento N de M' marker over labelled fields ("Título: ...") is no Retriever head:
    the record stays as written, for the head's label rules."""
    from indexer.formats.exports import retriever_document
    record = "\nFecha: 03/02/1995\nTítulo: Cierran el puerto\n\nTexto:\nCádiz, 3 feb (EFE).- Cerró.\n\nEFE\n"
    assert retriever_document(record) == record.strip("\n") + "\n"


def test_mail_body_rows_are_distinct():
    assert len({r[0] for r in MAIL_BODIES}) == len(MAIL_BODIES)


# (From header as written, the byline it gives the head, why)
SENDER_BYLINES = [
    ("clarinews@clarinet.com (By JO ROE, Associated Press Writer)", "By JO ROE, Associated Press Writer",
     "ClariNet's AP posts carry the byline as the From comment"),
    ("jo.roe@example.org (Jo Roe)", "", "a poster's own name is no byline"),
    ("Jo Roe <jo.roe@example.org>", "", "no comment, no byline"),
]


@pytest.mark.parametrize("sender, expected, why", SENDER_BYLINES, ids=[r[2] for r in SENDER_BYLINES])
def test_mail_sender_byline(sender, expected, why):
    from indexer.formats.mail import sender_byline
    assert sender_byline(sender) == expected, why


# (note text, (title, {meta key: value}) or None, why)
NOTES = [
    ('---\ntitle: "Tram line opens"\nsource: "https://news.example/tram"\nauthor:\n  - "[[Jo Park]]"\n'
     "published: 2025-06-02\ncreated: 2025-06-09\ntags:\n  - clippings\n---\n# Tram line opens\n\nText.\n",
     ("Tram line opens", {"url": "https://news.example/tram", "published": "2025-06-02",
                          "reporters": ["Jo Park"], "saved": "2025-06-09"}),
     "an Obsidian clipping: source is the url, published the date, created (the clip) only the save date"),
    ("---\nSERVICE: WIR\nPRIORITY: 3\n---\nLIMA (Reuters) - Text.\n", None,
     "a wire system's capitalised header lines between rules are no note"),
    ("# Tram line opens\n\nCreated: June 9, 2025 8:02 AM\nTags: transport\nURL: https://news.example/tram\n\n"
     "Text.\n",
     ("Tram line opens", {"saved": "June 9, 2025 8:02 AM"}),
     "a Notion export: its Created time (the clip) is dropped from the text, kept as the save date"),
    ("# Tram line opens\n\nThe city opened its line.\n", None, "a Markdown heading alone is no Notion head"),
    ("---\ncreated: 2025-06-09T08:02:11 (UTC +02:00)\ntags: [transport]\nsource: https://news.example/tram\n"
     "author: Jo Park\n---\n\n# Tram line opens\n\n> ## Excerpt\n> A blurb on the tram.\n\n---\n"
     "LYON (AFP) - The line opened.\n",
     ("Tram line opens", {"url": "https://news.example/tram", "reporters": ["Jo Park"],
                          "saved": "2025-06-09T08:02:11 (UTC +02:00)"}),
     "MarkDownload's front matter without a title: the heading under it is the title, the excerpt quote not"),
    ("---\ntitle: Harbour cranes go electric\nupdated: 2022-08-04 16:20:09Z\ncreated: 2022-08-04 16:19:58Z\n"
     "author: Mia Lund\nsource: https://news.example/cranes\nlatitude: 55.67594\nlongitude: 12.56553\n"
     "tags:\n  - ports\n---\n\n# Harbour cranes go electric\n\nAARHUS (Ritzau) - The port swapped its cranes.\n",
     ("Harbour cranes go electric", {"url": "https://news.example/cranes", "saved": "2022-08-04 16:19:58Z"}),
     "a Joplin note: its updated beside its created is the note's edit, its author (beside Joplin's own "
     "latitude and longitude) the note's owner; neither is the story's"),
]


@pytest.mark.parametrize("text, expected, why", NOTES, ids=[r[2] for r in NOTES])
def test_note_part(text, expected, why):
    from indexer.formats.notes import note_part
    part = note_part(text)
    if expected is None:
        assert part is None, why
        return
    title, meta = expected
    assert part.meta.pop("title") == title, why
    assert part.meta == meta, why
    assert "Created:" not in part.text and "created:" not in part.text


def test_note_rows_are_distinct():
    assert len({r[0] for r in NOTES}) == len(NOTES)


def _g2_item(version: str, item_dates: str) -> str:
    """A NewsML-G2 text item of the given version, ``item_dates`` its itemMeta's date elements."""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" '
            f'guid="urn:newsml:wire.example:20230613:ferry" version="{version}" standard="NewsML-G2">'
            f'<itemMeta><itemClass qcode="ninat:text"/>{item_dates}</itemMeta><contentMeta>'
            '<headline>Ferry line adds a night sailing</headline><language tag="en"/></contentMeta>'
            '<contentSet><inlineData contenttype="text/plain">HELSINKI (Reuters) - A ferry line will add a '
            'night sailing to Tallinn from June, it said on Tuesday.</inlineData></contentSet></newsItem>\n')


# (version, itemMeta's dates, (published, updated), why)
G2_VERSION_DATES = [
    ("1", "<versionCreated>2023-06-13T09:40:00+03:00</versionCreated>",
     ("2023-06-13T09:40:00+03:00", None), "version 1 without firstCreated: its versionCreated is the publication"),
    ("3", "<versionCreated>2023-06-13T11:05:00+03:00</versionCreated>",
     ("2023-06-13T11:05:00+03:00", "2023-06-13T11:05:00+03:00"),
     "a later version without firstCreated: its time is an update, the only time there is"),
    ("2", "<versionCreated>2023-06-13T11:05:00+03:00</versionCreated>"
          "<firstCreated>2023-06-13T09:40:00+03:00</firstCreated>",
     ("2023-06-13T09:40:00+03:00", "2023-06-13T11:05:00+03:00"), "firstCreated, then the version's update"),
]


@pytest.mark.parametrize("version, dates, expected, why", G2_VERSION_DATES, ids=[r[3] for r in G2_VERSION_DATES])
def test_newsml_g2_version_dates(tmp_path, monkeypatch, version, dates, expected, why):
    monkeypatch.chdir(tmp_path)
    Path("item.xml").write_text(_g2_item(version, dates), "utf-8")
    (story,) = parse_file("item.xml")
    assert (story.published, story.updated) == expected, why


@pytest.mark.parametrize("link, url, why", [
    ('<link rel="canonical" href="https://www.wire.example/en/ferry-4411"/>', "https://www.wire.example/en/ferry-4411",
     "the item's canonical link in itemMeta is its page"),
    ('<link rel="irel:seeAlso" href="https://www.wire.example/en/other-story"/>', None,
     "...another relation's link is another item's"),
])
def test_newsml_g2_canonical_link(tmp_path, monkeypatch, link, url, why):
    monkeypatch.chdir(tmp_path)
    Path("item.xml").write_text(_g2_item("1", "<versionCreated>2023-06-13T09:40:00+03:00</versionCreated>" + link), "utf-8")
    (story,) = parse_file("item.xml")
    assert story.url == url, why


FEED = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<channel><title>{title}</title><link>{link}</link><item><title>Harbour ferry adds a night crossing</title>'
        '<pubDate>Tue, 14 May 2024 09:10:00 +0000</pubDate><dc:creator>{creator}</dc:creator>'
        '<description>The harbour ferry will add a crossing at midnight from June, the operator said.'
        '</description></item></channel></rss>\n')


@pytest.mark.parametrize("title, link, creator, reporters, why", [
    ("Coast Courier - Local", "https://en.coastcourier.example", "Coastcourier EN", [],
     "the author opens on the site's host name: the site credits itself"),
    ("Coast Courier - Local", "https://coastcourier.example", "Coast Courier", [],
     "the author is the channel title's first part"),
    ("Coast Courier - Local", "https://coastcourier.example", "Mara Quist", ["Mara Quist"], "a person stays"),
    ("Notes", "https://mara.substack.com", "Mara Quist", ["Mara Quist"],
     "a person's page on a host: the host's name is the site's, the person's name no site"),
    ("Habari - Kitaifa", "https://habari.example", "Mwandishi Wetu", [],
     "Swahili 'our writer', whose first word is also an author label: no one's name"),
    ("Habari - Kitaifa", "https://habari.example", "Mwandishi: Juma Roe", ["Juma Roe"],
     "...while the label before a name comes off"),
])
def test_a_feed_author_that_is_the_site_is_no_reporter(tmp_path, monkeypatch, title, link, creator, reporters, why):
    monkeypatch.chdir(tmp_path)
    Path("f.xml").write_text(FEED.format(title=title, link=link, creator=creator), "utf-8")
    (story,) = parse_file("f.xml")
    assert story.reporters == reporters, why


def test_a_dated_byline_between_a_standfirst_and_the_story_is_a_head_line():
    """A page whose text opens with the section's kicker, the headline and a standfirst,
    and leaves out the date line with its byline run on after it (a Brazilian agency's
    "Publicado em ... Por Name - Repórter da ... - Place"): that line lies between the
    standfirst and the story's first paragraph, and find_head_lines gives it back."""
    from indexer.formats.html import find_head_lines
    lines = ["Início | Economia | Saúde", "Economia", "Porto de Suape amplia terminal de contêineres",
             "Obra deve ficar pronta no fim do ano que vem",
             "Publicado em 06/05/2024 - 09:12 Por Joana Lins Rocha - Repórter da Agência Brasil - Brasília",
             "Atualizado em 06/05/2024 - 10:40",
             "O porto de Suape vai ampliar o terminal de contêineres com um novo cais de 400 metros, anunciou "
             "nesta segunda-feira o governo de Pernambuco, que espera dobrar a capacidade de carga do complexo.",
             "A obra custará cerca de 600 milhões de reais, segundo a secretaria estadual."]
    text = "\n\n".join(lines[1:4] + lines[6:])
    head, _ = find_head_lines(lines, text, [lines[2]])
    assert lines[4] in head and lines[5] in head


# (page, the byline element's text the page's meta takes, why)
AUTHOR_ELEMENTS = [
    ('<html><body><p class="byline">Bloomberg<br>Mar 4, 2016</p><p>Text.</p></body></html>', ["Bloomberg"],
     "a byline element with its date on a line of its own (after a <br>): the credit alone, no month in a name"),
]


@pytest.mark.parametrize("text,expected,why", AUTHOR_ELEMENTS, ids=[r[2] for r in AUTHOR_ELEMENTS])
def test_author_element_text(text, expected, why):
    import lxml.html
    from indexer.formats.html import _author_class
    assert _author_class(lxml.html.fromstring(text)) == expected


def test_a_lead_the_text_holds_is_not_set_over_it_again(tmp_path, monkeypatch):
    """A live page's summary lead in an element of its own, which the text holds below
    the feed's latest entry: its dateline is read from the text, and the body does not
    gain the dateline again as a line of its own (the rule for a lead the text leaves out
    must not fire)."""
    monkeypatch.chdir(tmp_path)
    lead = ("Ghent (Belga) - Follow the evening session of the indoor meeting here, with "
            "finals in the pole vault, the women's 800m and the men's triple jump.")
    page = ('<!DOCTYPE html><html lang="en"><head><title>Live: indoor meeting in Ghent | '
            'Track Desk</title></head><body><header><div>TRACK DESK</div></header><main>'
            '<h1>Live: indoor meeting in Ghent</h1>'
            '<p class="meta">Compiled by Jo Roe with Belga</p>'
            f'<p class="summary">{lead}</p><div class="live-feed">'
            '<div class="entry"><span class="time">21:40</span><p>That closes the evening '
            'session; the morning heats start at ten tomorrow, and we will be back then.</p></div>'
            '<div class="entry"><span class="time">21:10</span><h3>Pole vault to Declercq</h3>'
            '<p>Lotte Declercq clears 4.71m at her second attempt to win in front of a home '
            'crowd that stayed on its feet for the whole of the final round.</p></div>'
            '<div class="entry"><span class="time">20:35</span><p>The 800m field is out on the '
            'track for the introductions, and the hall is close to full for the first time '
            'this winter.</p></div></div></main></body></html>')
    Path("live.html").write_text(page, "utf-8")
    (story,) = parse_file("live.html")
    assert story.cities == ["Ghent"] and story.agencies == ["Belga"]
    assert story.body.count("Ghent (Belga)") == 1


# (a bulletin's subtitle file saved as text, the fields it gives, why)
SUBTITLE_FILES = [
    ("Programme: Evening Bulletin\n"
     "Item: Rail fares to rise by four per cent in January\n\n"
     "1\n00:00:00,500 --> 00:00:03,200\nRail fares across the country\nwill go up in January,\n\n"
     "2\n00:00:03,300 --> 00:00:06,900\nthe operators said this afternoon.\n",
     {"title": "Rail fares to rise by four per cent in January"},
     "SubRip: the item's label names the headline, the cues' lines run together"),
    ("WEBVTT\n\nNOTE\nAvondnieuws 19.00 uur\nOnderwerp: Veerpont weer in de vaart na reparatie\n\n"
     "00:00:00.000 --> 00:00:03.100\nDe veerpont vaart sinds vanochtend\n\n"
     "00:00:03.200 --> 00:00:06.400\nweer tussen de twee oevers.\n",
     {"title": "Veerpont weer in de vaart na reparatie"},
     "WebVTT: its own header lines dropped, the NOTE's item label the headline"),
]


@pytest.mark.parametrize("text,expected,why", SUBTITLE_FILES, ids=[r[2] for r in SUBTITLE_FILES])
def test_subtitle_file(tmp_path, text, expected, why):
    path = tmp_path / "bulletin.txt"
    path.write_text(text, encoding="utf-8")
    story = parse_file(str(path))[0]
    assert {k: getattr(story, k) for k in expected} == expected
    assert "-->" not in story.body
