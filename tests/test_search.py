"""Query language, filters, ranking and snippets, against a real index of the test corpus."""
from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import indexer
from indexer.errors import QueryError
from indexer.periods import parse_period

ALL = {"demo", "markets", "fr", "berlin-in", "paris-out", "tz", "kyiv", "madrid", "undated"}


def ids(result) -> set[str]:
    return {hit["id"] for hit in result["hits"]}


def run(index, q="", **kw):
    kw.setdefault("limit", 50)
    return indexer.search(q, index=index, **kw)


# (query, filters, expected ids, why)
MATCHES = [
    ("Blinken Seoul", {}, {"demo", "markets", "fr"}, "words are ANDed, across fields (fr: Séoul in cities)"),
    ("Blinken Tokyo", {}, set(), "every word must match"),
    ("blinken", {}, {"demo", "markets", "fr"}, "lowercase finds capitalised"),
    ("preoccupe", {}, {"fr"}, "accent folding: préoccupé"),
    ("Coree", {}, {"fr"}, "accent folding: Corée"),
    ("PRÉOCCUPÉ", {}, {"fr"}, "upper case with accents"),
    ("strasse", {}, {"berlin-in"}, "ß folds to ss"),
    ("seoul", {}, {"demo", "markets", "fr"}, "Séoul folds to seoul"),
    ('"military cooperation"', {}, {"demo"}, "phrase"),
    ('"cooperation military"', {}, set(), "phrase word order matters"),
    ("Sánchez OR Blinken", {}, {"demo", "markets", "fr", "madrid"}, "OR"),
    ("Blinken NOT shares", {}, {"demo", "fr"}, "NOT"),
    ("Blinken -shares", {}, {"demo", "fr"}, "-word"),
    ('Blinken -"benchmark index"', {}, {"demo", "fr"}, "-phrase"),
    ("(budget OR haushalt) -paris", {}, {"berlin-in", "tz"}, "parentheses"),
    ("title:seoul", {}, {"demo", "markets"}, "title: prefix"),
    ("body:pyongyang", {}, {"fr"}, "body: prefix"),
    ("city:seoul", {}, {"demo", "markets", "fr"}, "city: maps to cities, folded"),
    ("city:paris", {}, {"paris-out", "madrid"}, "city: any of the story's cities"),
    ("agency:dpa", {}, {"berlin-in"}, "agency: prefix"),
    ("agency:ap", {}, {"kyiv"}, "agency: short name"),
    ("reporter:yoon", {}, {"demo", "fr"}, "reporter: part of a name"),
    ('reporter:"hye-jin yoon"', {}, {"demo", "fr"}, "reporter: whole name as a phrase"),
    ("reporter:Hye-jin", {}, {"demo", "fr"}, "hyphenated part of a name"),
    ('reporter:"yoon do"', {}, set(), "a phrase does not run from one name into the next"),
    ("reporter:muller", {}, {"berlin-in"}, "Müller folds"),
    ("editor:baek", {}, {"demo"}, "editor: prefix"),
    ("translator:vasseur", {}, {"fr"}, "translator: prefix"),
    ("photographer:lukatsky", {}, {"kyiv"}, "photographer: prefix"),
    ("lang:fr", {}, {"fr", "paris-out"}, "lang: maps to language"),
    ("LANG:FR", {}, {"fr", "paris-out"}, "prefixes and values ignore case"),
    ("reporters:arhirova", {}, {"kyiv"}, "the Story field name works as a prefix too"),
    ("arhirova", {}, {"kyiv"}, "a bare name finds the reporter's stories"),
    ("date:2023-11-09", {}, {"demo", "markets", "fr"}, "a whole day (fr is 09:16 UTC)"),
    ("date:2023-11", {}, {"demo", "markets", "fr", "berlin-in", "tz"}, "a whole month (tz is 11-30 in UTC)"),
    ("date:2023", {}, {"demo", "markets", "fr", "berlin-in", "paris-out", "tz"}, "a whole year"),
    ("date:2023-11-30..2023-12-01", {}, {"berlin-in", "paris-out", "tz"}, "a range, both ends inclusive"),
    ("date:2023-12..", {}, {"paris-out", "madrid"}, "open end"),
    ("date:..2022-12-31", {}, {"kyiv"}, "open start"),
    ("Blinken date:2023-11-09", {}, {"demo", "markets", "fr"}, "words and a date"),
    ("(date:2022 OR date:2024)", {}, {"kyiv", "madrid"}, "dates inside groups"),
    ("-date:2023 date:2022..2024", {}, {"kyiv", "madrid"}, "NOT a date"),
    ("l'Ukraine", {}, set(), "apostrophes are text, not quotes (no French Ukraine story)"),
    ("Ukraine", {}, {"kyiv"}, "region words in the body"),
    ("budget", {"city": "Paris"}, {"paris-out"}, "--city"),
    ("", {"city": ["Paris", "Wien"]}, {"paris-out", "madrid", "tz"}, "--city repeated means any"),
    ("", {"reporter": "hye-jin yoon"}, {"demo", "fr"}, "--reporter whole name"),
    ("", {"reporter": "Yoon"}, {"demo", "fr"}, "--reporter part"),
    ("", {"agency": "reuters"}, {"demo", "fr", "undated"}, "--agency"),
    ("", {"lang": "de"}, {"berlin-in", "tz"}, "--lang"),
    ("", {"city": "Seoul", "lang": "en"}, {"demo", "markets"}, "filters are ANDed"),
    ("", {"until": "2023-11-30", "since": "2023-11-30"}, {"berlin-in", "tz"},
     "date edges: 23:59 on 11-30 in, 12-01T00:00 out, 00:30+01:00 is 11-30 UTC"),
    ("", {"since": "2023-12-01"}, {"paris-out", "madrid"}, "--since is inclusive from midnight"),
    ("", {"until": "Nov 9 2023", "since": "2023/11/09"}, {"demo", "markets", "fr"},
     "any date dateutil reads"),
    ("", {"since": "2024"}, {"madrid"}, "--since a year"),
    ("", {"until": "2022-03"}, {"kyiv"}, "--until a month means its end"),
]


def test_match_rows_are_unique():
    keys = [(q, repr(sorted(f.items()))) for q, f, _, _ in MATCHES]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("q, filters, expected, why", MATCHES,
                         ids=[f"{q or '-'} {f}".strip() for q, f, _, _ in MATCHES])
def test_matches(corpus_index, q, filters, expected, why):
    assert ids(run(corpus_index, q, **filters)) == expected, why


def test_demo_query_ranks_the_title_story_first(corpus_index):
    hits = run(corpus_index, "Blinken Seoul")["hits"]
    assert hits[0]["id"] == "demo"
    assert hits[0]["score"] > hits[1]["score"]


def test_title_words_outrank_body_words(corpus_index):
    hits = run(corpus_index, "seoul")["hits"]
    assert hits[-1]["id"] == "fr"  # Séoul only in dateline/cities, not the title


@pytest.mark.parametrize("sort, first, last", [
    ("newest", "madrid", "kyiv"),
    ("oldest", "kyiv", "madrid"),
])
def test_sort_by_date_puts_undated_stories_last(corpus_index, sort, first, last):
    hits = [h["id"] for h in run(corpus_index, sort=sort, agency=["reuters", "ap", "efe"])["hits"]]
    assert (hits[0], hits[-2], hits[-1]) == (first, last, "undated")


def test_sort_by_date_uses_utc(corpus_index):
    # "fr" is 10:16+01:00 = 09:16 UTC, earlier than "demo" at 10:16 UTC.
    hits = run(corpus_index, "date:2023-11-09", sort="oldest")["hits"]
    assert [h["id"] for h in hits] == ["fr", "demo", "markets"]


def test_filters_only_lists_newest_first(corpus_index):
    hits = run(corpus_index, lang="fr")["hits"]
    assert [h["id"] for h in hits] == ["paris-out", "fr"]


def test_limit_and_total(corpus_index):
    result = indexer.search("blinken", index=corpus_index, limit=1)
    assert result["total"] == 3 and len(result["hits"]) == 1
    assert indexer.search("blinken", index=corpus_index, limit=0)["hits"] == []


def test_hit_is_story_fields_without_body_plus_score_and_snippet(corpus_index):
    hit = run(corpus_index, "preoccupe")["hits"][0]
    assert list(hit) == [f for f in indexer.FIELDS if f != "body"] + ["score", "snippet", "versions"]
    assert hit["published"] == "2023-11-09T10:16:00+01:00"  # as parsed, not the UTC value
    assert hit["cities"] == ["Séoul"] and hit["translators"] == ["Claire Vasseur"]
    assert "[préoccupé]" in hit["snippet"]


@pytest.mark.parametrize("q, marks, expected_part", [
    ("coopération", ("[", "]"), "[coopération]"),
    ("Moscou Pyongyang", ("<b>", "</b>"), "<b>Moscou</b> et <b>Pyongyang</b>"),
    ("city:seoul", ("[", "]"), "[SEOUL] (Reuters)"),
    ("moscou -pyongyang", ("[", "]"), "NO MATCH"),
])
def test_snippet_highlights_query_words_not_negated_ones(corpus_index, q, marks, expected_part):
    hits = indexer.search(q, index=corpus_index, marks=marks)["hits"]
    if expected_part == "NO MATCH":
        assert hits == []
        return
    assert expected_part in hits[0]["snippet"]


def test_snippet_without_body_match_shows_the_lead(corpus_index):
    hit = run(corpus_index, "title:Sánchez")["hits"][0]
    assert hit["snippet"].startswith("MADRID/PARÍS (EFE) - Los gobiernos")


def test_score_is_null_when_sorted_by_date(corpus_index):
    assert all(h["score"] is None for h in run(corpus_index, "blinken", sort="newest")["hits"])


# (query, filters, message part, why)
ERRORS = [
    ("", {}, "empty query", "nothing at all"),
    ("   ", {}, "empty query", "only spaces"),
    ("!!! ...", {}, "nothing to search for", "no words after analysis"),
    ('"unclosed phrase', {}, "unbalanced quote", "odd number of quotes"),
    ('Blinken "a" "b', {}, "unbalanced quote", "three quotes"),
    ("(Seoul OR Tokyo", {}, "unbalanced bracket", "an unclosed group (Whoosh closed it)"),
    ("Seoul) Tokyo", {}, "unbalanced bracket", "a bracket that closes nothing (Whoosh dropped it)"),
    ("OR Seoul", {}, "'OR' needs a word on each side", "an operator first (Whoosh searched the word 'or')"),
    ("Blinken AND", {}, "'AND' needs a word on each side", "an operator last"),
    ("Seoul AND OR Tokyo", {}, "'AND' needs a word on each side", "two operators in a row"),
    ("(OR Seoul) Tokyo", {}, "'OR' needs a word on each side", "an operator opening a group"),
    ("Blinken NOT", {}, "'NOT' needs a word after it", "NOT with nothing to exclude"),
    ("title: Seoul", {}, "title: needs a word right after it", "a space after the prefix (0 hits before)"),
    ("city:", {}, "city: needs a word right after it", "a prefix alone (Whoosh searched the word 'city')"),
    ("foo:bar", {}, "unknown field 'foo:'", "unknown prefix"),
    ("writer:choi", {}, "unknown field 'writer:'", "a plausible but unknown prefix"),
    ("date:2023-13", {}, "unreadable date", "month 13"),
    ("date:yesterdayish", {}, "unreadable date", "not a date"),
    ("date:", {}, "date: needs a date", "empty date"),
    ("date:..", {}, "has no dates", "empty range"),
    ("date:2023-12..2023-11", {}, "ends before it starts", "reversed range"),
    ("", {"since": "not a date"}, "unreadable date", "--since"),
    ("", {"since": "2023-12-01", "until": "2023-11-01"}, "is after --until", "reversed options"),
    ("", {"city": "---"}, "no letters or digits", "a filter with no words"),
    ("x", {"sort": "best"}, "unknown sort", "bad sort"),
]


@pytest.mark.parametrize("q, filters, message, why", ERRORS, ids=[r[3] for r in ERRORS])
def test_query_errors(corpus_index, q, filters, message, why):
    with pytest.raises(QueryError) as err:
        indexer.search(q, index=corpus_index, **filters)
    assert message in str(err.value), why
    assert err.value.exit_code == 2


# (query, a query of the same meaning, why): shapes the check before parsing must let through
SAME_MEANING = [
    ("title:(Blinken Seoul)", "title:Blinken title:Seoul", "a field's group: the prefix's word is the bracket"),
    ("Seoul AND NOT Tokyo", "Seoul -Tokyo", "AND before NOT"),
    ("Seoul NOT Tokyo", "Seoul -Tokyo", "NOT between words"),
    ("(Seoul OR Tokyo) AND Blinken", "Blinken (Tokyo OR Seoul)", "operators beside brackets"),
    ('"Seoul (Reuters)" Blinken', '"Seoul Reuters" Blinken', "brackets inside a phrase are text"),
    ("Blinken and", 'Blinken "and"', "an operator's word in lower case is a word"),
]


@pytest.mark.parametrize("q, same, why", SAME_MEANING, ids=[r[2] for r in SAME_MEANING])
def test_query_shapes_that_parse(corpus_index, q, same, why):
    got = [h["id"] for h in run(corpus_index, q, sort="newest")["hits"]]
    assert got and got == [h["id"] for h in run(corpus_index, same, sort="newest")["hits"]], why


# (text, expected [start, end), why)
PERIODS = [
    ("2023", (datetime(2023, 1, 1), datetime(2024, 1, 1)), "a year"),
    ("2023-02", (datetime(2023, 2, 1), datetime(2023, 3, 1)), "a month"),
    ("2023-12", (datetime(2023, 12, 1), datetime(2024, 1, 1)), "December rolls the year"),
    ("2024-02-29", (datetime(2024, 2, 29), datetime(2024, 3, 1)), "leap day"),
    ("2023-11-30T23:00:00", (datetime(2023, 11, 30), datetime(2023, 12, 1)), "a time means its whole day"),
    ("9 November 2023", (datetime(2023, 11, 9), datetime(2023, 11, 10)), "words, via dateutil"),
]


@pytest.mark.parametrize("text, expected, why", PERIODS, ids=[r[2] for r in PERIODS])
def test_parse_period(text, expected, why):
    assert parse_period(text) == expected, why


QUERY_PIECES = ["Blinken", "seoul", "Corée", '"', "(", ")", "-", "NOT ", "OR ", "AND ", "date:",
                "city:", "reporter:", "foo:", "..", "2023", "2023-11", "*", "?", "^2", "~", "[",
                "]", "{", "}", "TO", ":", "'", "\\", "/", "+", "REQUIRE ", " ", "*:*", "é"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.sampled_from(QUERY_PIECES) | st.text(max_size=3), max_size=8),
       sort=st.sampled_from(["relevance", "newest", "oldest"]))
def test_any_query_gives_results_or_a_query_error(corpus_index, pieces, sort):
    try:
        result = indexer.search("".join(pieces), index=corpus_index, sort=sort)
    except QueryError as e:
        assert e.exit_code == 2 and str(e)
    else:
        assert result["total"] >= len(result["hits"])


def test_a_city_filter_finds_the_city_under_its_other_names(tmp_path):
    """Datelines name a city in their own language (ROMA for ANSA, ROM for dpa): --city
    in any of its CLDR names finds them all, accents or not; another city stays out,
    and a city CLDR does not know is matched as written."""
    from conftest import write_story
    folder = tmp_path / "stories"
    stories = (("it", "ROMA", "ANSA", "Farmers drove tractors into the centre to protest."),
               ("de", "ROM", "dpa", "The central bank kept its main rate unchanged."),
               ("en", "ROME", "AFP", "A heatwave closed schools across the region."),
               ("fr", "PARIS", "AFP", "Rail workers walked out over pensions."),
               ("us", "SPRINGFIELD", "AP", "The state senate passed its budget late."))
    for name, city, agency, body in stories:
        write_story(folder, f"{name}.txt", f"Story from {city.title()}", city=city, agency=agency,
                    body=body)
    index = str(tmp_path / "index")
    indexer.index_paths([str(folder)], index=index)

    def found(**options):
        return sorted(h["path"].rsplit("/", 1)[1] for h in indexer.search("", index=index, limit=None,
                                                                          **options)["hits"])

    for city in ("Rome", "Roma", "rom", "Rzym"):
        assert found(city=city) == ["de.txt", "en.txt", "it.txt"], city
    assert found(city=["Paris", "Roma"]) == ["de.txt", "en.txt", "fr.txt", "it.txt"]
    assert found(city="Springfield") == ["us.txt"]
    assert indexer.count("", index=index, city="Rome") == 3

    def searched(text):  # the same through the query's city: prefix
        return sorted(h["path"].rsplit("/", 1)[1]
                      for h in indexer.search(text, index=index, limit=None)["hits"])

    assert searched("city:Rome") == searched('city:"Rzym"') == ["de.txt", "en.txt", "it.txt"]
    assert searched("city:Rome OR city:Paris") == ["de.txt", "en.txt", "fr.txt", "it.txt"]
    assert searched("city:Springfield") == ["us.txt"]
