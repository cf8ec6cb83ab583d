"""What a search shows beyond ranking: versions, facets, did-you-mean, similar, explain, recency."""
from __future__ import annotations

import json

import pytest

import indexer
from indexer import Story
from search_cli import cli
from conftest import build_index, hit_ids

# An invented harbour strike story in three versions (a first take, an update that adds a
# paragraph, the same copy republished by a second site) and unrelated stories.
STRIKE = ("ROTTERDAM (Reuters) - Dock workers at the port of Rotterdam walked out on Monday "
          "over a pay offer they called insulting, halting container traffic at the largest "
          "harbour in Europe. Union leaders said the stoppage would last at least two days "
          "and warned that further action could follow if employers did not improve the "
          "offer before the end of the week.")
UPDATE = (" Shipping lines began diverting vessels to Antwerp and Hamburg on Monday "
          "afternoon, and the port authority said about forty ships were waiting at anchor.")
STORIES = [
    dict(id="strike-1", title="Rotterdam dock workers strike over pay",
         published="2024-03-04T08:00:00", agencies=["Reuters"], cities=["Rotterdam"],
         reporters=["Anna Visser"], language="en", body=STRIKE),
    dict(id="strike-2", title="UPDATE 1-Rotterdam dock workers strike, ships diverted",
         published="2024-03-04T14:30:00", agencies=["Reuters"], cities=["Rotterdam"],
         reporters=["Anna Visser"], language="en", body=STRIKE + UPDATE),
    dict(id="strike-3", title="Rotterdam dock workers strike over pay",
         published="2024-03-04T09:10:00", agencies=["Reuters"], cities=["Rotterdam"],
         reporters=["Anna Visser"], language="en", source="Example Markets", body=STRIKE),
    dict(id="strike-old", title="Rotterdam port handled record container volumes",
         published="2023-01-10T09:00:00", agencies=["AFP"], cities=["Rotterdam"],
         reporters=["Piet de Vries"], language="en",
         body="ROTTERDAM (AFP) - The port of Rotterdam handled a record number of containers "
              "last year, its operator said, despite a short strike by dock workers in spring."),
    dict(id="antwerp", title="Antwerp port braces for diverted ships",
         published="2024-03-05T07:00:00", agencies=["Belga"], cities=["Antwerp"],
         reporters=["Lotte Peeters"], language="en",
         body="ANTWERP (Belga) - The port of Antwerp prepared extra berths for container "
              "ships diverted from Rotterdam, where dock workers are on strike over pay."),
    dict(id="blinken", title="Blinken meets allies in Brussels",
         published="2024-04-03T10:00:00", agencies=["AP"], cities=["Brussels"],
         reporters=["Lorne Cook"], language="en",
         body="BRUSSELS (AP) - Secretary of State Antony Blinken met NATO allies in Brussels."),
    dict(id="bourse", title="La Bourse de Paris termine en hausse",
         published="2024-03-04T17:40:00", agencies=["AFP"], cities=["Paris"],
         reporters=["Claire Martin"], language="fr",
         body="PARIS (AFP) - La Bourse de Paris a terminé en hausse lundi, portée par les "
              "valeurs du luxe, malgré la grève des dockers à Rotterdam."),
]


@pytest.fixture(scope="module")
def ix_path(tmp_path_factory):
    return build_index(tmp_path_factory, "results",
                       [Story(path=f"{row['id']}.txt", **row) for row in STORIES])


ids = hit_ids


# -- versions ------------------------------------------------------------------------------

def test_versions_shown_once_as_newest(ix_path):
    result = indexer.search("dock workers strike", index=ix_path)
    assert ids(result).count("strike-2") == 1
    assert not {"strike-1", "strike-3"} & set(ids(result)), "older versions are folded"
    hit = next(h for h in result["hits"] if h["id"] == "strike-2")
    assert hit["versions"] == 3
    assert result["total"] == 3  # the strike story, the old record story, Antwerp


def test_all_versions_lists_every_version(ix_path):
    result = indexer.search("dock workers strike", index=ix_path, all_versions=True)
    assert {"strike-1", "strike-2", "strike-3"} <= set(ids(result))
    assert result["total"] == 5


def test_story_versions_oldest_first(ix_path):
    versions = indexer.story_versions("strike-3", index=ix_path)
    assert [v["id"] for v in versions] == ["strike-1", "strike-3", "strike-2"]
    assert versions[1]["source"] == "Example Markets"


def test_new_version_joins_existing_group(tmp_path):
    path = str(tmp_path / "index")
    first = Story(id="a", path="a.txt", title="Port strike", language="en", body=STRIKE,
                  published="2024-03-04T08:00:00")
    indexer.add_stories([first], index=indexer.open_index(path, create=True))
    later = Story(id="b", path="b.txt", title="UPDATE 1-Port strike", language="en",
                  body=STRIKE + UPDATE, published="2024-03-04T12:00:00")
    indexer.add_stories([later], index=path)
    assert [v["id"] for v in indexer.story_versions("b", index=path)] == ["a", "b"]


def test_same_text_a_week_apart_is_another_story(tmp_path):
    path = str(tmp_path / "index")
    stories = [Story(id=i, path=f"{i}.txt", title="Weekly note", language="en", body=STRIKE,
                     published=day) for i, day in (("w1", "2024-03-04T08:00:00"),
                                                    ("w2", "2024-03-11T08:00:00"))]
    indexer.add_stories(stories, index=indexer.open_index(path, create=True))
    assert len(indexer.story_versions("w2", index=path)) == 1


def test_removed_file_leaves_its_group(tmp_path, runner):
    from tests.conftest import write_story
    folder = tmp_path / "stories"
    write_story(folder, "a.txt", "Port strike halts Rotterdam", city="ROTTERDAM", body=STRIKE[20:])
    write_story(folder, "b.txt", "Port strike halts Rotterdam", city="ROTTERDAM",
                body=STRIKE[20:] + UPDATE)
    index = str(tmp_path / "index")
    assert runner.invoke(cli, ["index", str(folder), "--index", index]).exit_code == 0
    hits = indexer.search("rotterdam strike", index=index)["hits"]
    assert len(hits) == 1 and hits[0]["versions"] == 2
    (folder / "a.txt").unlink()
    assert runner.invoke(cli, ["index", str(folder), "--index", index]).exit_code == 0
    assert indexer.search("rotterdam strike", index=index)["hits"][0]["versions"] == 1


# -- facets, recency, suggestions, similar, explain -----------------------------------------

def test_facets_count_all_matching_stories(ix_path):
    result = indexer.search("rotterdam", index=ix_path, limit=1,
                            facets=["agency", "year", "month", "language", "city"])
    assert len(result["hits"]) == 1
    facets = result["facets"]
    assert facets["agency"] == {"Reuters": 1, "AFP": 2, "Belga": 1} or \
        list(facets["agency"].items()) == [("AFP", 2), ("Belga", 1), ("Reuters", 1)]
    assert facets["year"] == {"2023": 1, "2024": 3}
    assert facets["language"] == {"en": 3, "fr": 1}
    assert sum(facets["month"].values()) == result["total"]


def test_recent_prefers_newer(ix_path):
    by_relevance = ids(indexer.search("rotterdam container", index=ix_path))
    by_recent = ids(indexer.search("rotterdam container", index=ix_path, sort="recent"))
    assert set(by_relevance) == set(by_recent)
    assert by_recent.index("strike-old") >= by_relevance.index("strike-old")
    assert by_recent[-1] == "strike-old"


# (query, suggestion, why)
SUGGESTIONS = [
    ("Blinkin", "Blinken", "a name, one letter off; capital kept"),
    ("blinkin brussels", "blinken brussels", "only the wrong word changes"),
    ("Rotterdm strike", "Rotterdam strike", "a letter missing"),
]


@pytest.mark.parametrize("text, expected, why", SUGGESTIONS)
def test_did_you_mean(ix_path, text, expected, why):
    assert indexer.search(text, index=ix_path).get("suggestion") == expected, why


def test_no_suggestion_when_hits_are_plenty(ix_path):
    assert "suggestion" not in indexer.search("rotterdam", index=ix_path)


def test_similar_leaves_out_own_versions(ix_path):
    result = indexer.similar("strike-1", index=ix_path)
    found = ids(result)
    assert not {"strike-1", "strike-2", "strike-3"} & set(found)
    assert found[0] in ("antwerp", "strike-old")


def test_explain_shows_languages_stems_and_dates(ix_path):
    info = indexer.explain("strikes date:2024-03", index=ix_path, lang="en")
    assert info["languages"] == ["en"]
    assert info["words"][0]["stems"] == ["strike"]
    assert "published:[2024-03-01 TO 2024-04-01)" in info["parsed"]


# -- CLI -----------------------------------------------------------------------------------

def test_cli_facets_json_and_text(runner, ix_path):
    result = runner.invoke(cli, ["search", "rotterdam", "--facet", "agency", "--facet", "year",
                                 "--format", "json", "--index", ix_path])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data["facets"]) == {"agency", "year"}
    text = runner.invoke(cli, ["search", "rotterdam", "--facet", "year", "--index", ix_path])
    assert "year  stories" in text.stdout and "2024        3" in text.stdout


def test_cli_versions_and_all_versions(runner, ix_path):
    result = runner.invoke(cli, ["search", "dock", "strike", "--index", ix_path])
    assert "3 versions" in result.stdout
    listed = runner.invoke(cli, ["show", "strike-1", "--versions", "--format", "text",
                                 "--index", ix_path])
    assert listed.exit_code == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert len(lines) == 3 and lines[0].startswith("* 2024-03-04T08:00:00")
    assert "via Example Markets" in lines[1]
    every = runner.invoke(cli, ["search", "dock", "strike", "--all-versions", "--format", "json",
                                "--index", ix_path])
    assert json.loads(every.stdout)["total"] == 5


def test_cli_did_you_mean_on_stderr(runner, ix_path):
    result = runner.invoke(cli, ["search", "Blinkin", "--index", ix_path])
    assert result.exit_code == 0
    assert result.stdout == "" and "Did you mean: Blinken" in result.stderr


def test_cli_explain_stops_before_searching(runner, ix_path):
    result = runner.invoke(cli, ["search", "strikes", "-antwerp", "--explain", "--index", ix_path])
    assert result.exit_code == 0, result.stderr
    assert "stems strike" in result.stdout and "NOT" in result.stdout
    assert "stories" not in result.stderr


def test_cli_similar(runner, ix_path):
    result = runner.invoke(cli, ["similar", "strike-2", "--format", "json", "--index", ix_path])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["hits"]
    missing = runner.invoke(cli, ["similar", "nope", "--index", ix_path])
    assert missing.exit_code == 2 and "no story with id nope" in missing.stderr


def test_cli_sort_recent(runner, ix_path):
    result = runner.invoke(cli, ["search", "rotterdam", "container", "--sort", "recent",
                                 "--format", "json", "--index", ix_path])
    assert result.exit_code == 0 and json.loads(result.stdout)["hits"][-1]["id"] == "strike-old"
