"""Shared test data: a small corpus of Story records and real indexes built from it in tmp_path."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

import indexer
from indexer import Story

# Stories built directly, so index and search tests do not depend on parser quality.
# Each one is there for a reason given in its `why`.
CORPUS = [
    dict(id="demo", path="en/reuters-blinken-seoul.txt", why="the README demo: query words in the title",
         title="Blinken in Seoul warns of Russia-North Korea military ties",
         published="2023-11-09T10:16:00", updated="2023-11-09T10:20:00",
         agencies=["Reuters"], dateline="SEOUL (Reuters) -", cities=["Seoul"],
         reporters=["Hye-jin Yoon", "Do-yeon Han"], editors=["Tom Baek"],
         photographers=["Jonathan Ernst"], language="en", source="Investing.com",
         url="https://example.com/blinken-seoul",
         body="SEOUL (Reuters) - U.S. Secretary of State Antony Blinken said on Thursday "
              "that growing military cooperation between Russia and North Korea was a "
              "serious concern, speaking in Seoul after talks with his South Korean "
              "counterpart."),
    dict(id="markets", path="en/yonhap-seoul-shares.txt", why="both demo words, body only",
         title="Seoul shares edge up as chip makers gain",
         published="2023-11-09T15:40:00", agencies=["Yonhap"], dateline="SEOUL, Nov. 9 (Yonhap) --",
         cities=["Seoul"], reporters=["Kim Min-ji"], language="en",
         body="SEOUL, Nov. 9 (Yonhap) -- South Korean shares closed slightly higher, "
              "with traders paying little attention to the visit by Blinken. Seoul's "
              "benchmark index rose 0.4 percent."),
    dict(id="fr", path="fr/reuters-blinken-coree.txt", why="accents: préoccupé, Corée",
         title="Blinken, préoccupé, appelle Moscou et Pyongyang à cesser leurs échanges d'armes en Corée",
         published="2023-11-09T10:16:00+01:00", agencies=["Reuters"], dateline="SÉOUL (Reuters) -",
         cities=["Séoul"], reporters=["Hye-jin Yoon"], translators=["Claire Vasseur"],
         language="fr",
         body="SÉOUL (Reuters) - Le secrétaire d'État américain s'est dit jeudi très "
              "préoccupé par la coopération militaire croissante entre Moscou et Pyongyang."),
    dict(id="berlin-in", path="de/dpa-haushalt.txt", why="23:59 on 11-30: inside --until 2023-11-30",
         title="Bundestag stimmt spät in der Nacht über den Haushalt ab",
         published="2023-11-30T23:59:00", agencies=["dpa"], dateline="Berlin (dpa) -",
         cities=["Berlin"], reporters=["Jörg Müller"], language="de",
         body="Berlin (dpa) - Der Bundestag hat kurz vor Mitternacht über den Haushalt für "
              "das kommende Jahr abgestimmt. Die Straße vor dem Reichstag blieb ruhig."),
    dict(id="paris-out", path="fr/afp-budget.txt", why="12-01T00:00: outside --until 2023-11-30",
         title="Le budget adopté au petit matin à Paris",
         published="2023-12-01T00:00:00", agencies=["AFP"], dateline="PARIS (AFP) -",
         cities=["Paris"], reporters=["Hélène Dupont"], language="fr",
         body="PARIS (AFP) - Les députés ont adopté le budget à l'aube, après une longue nuit."),
    dict(id="tz", path="de/apa-wien.txt", why="01:30+01:00 on 12-01 is 11-30 in UTC",
         title="Wiener Gemeinderat beschließt Budget",
         published="2023-12-01T00:30:00+01:00", agencies=["APA"], dateline="Wien (APA) -",
         cities=["Wien"], region="Austria", language="de",
         body="Wien (APA) - Der Gemeinderat hat in der Nacht das Budget beschlossen."),
    dict(id="kyiv", path="en/ap-kyiv.txt", why="AP, region, 2022",
         title="Air raid sirens sound across Ukraine before dawn",
         published="2022-03-01T06:05:00", agencies=["AP"], dateline="KYIV, Ukraine (AP) —",
         cities=["Kyiv"], region="Ukraine", reporters=["Hanna Arhirova"],
         photographers=["Efrem Lukatsky"], language="en",
         body="KYIV, Ukraine (AP) — Air raid sirens sounded across Ukraine before dawn on "
              "Tuesday as residents of the capital headed to shelters."),
    dict(id="madrid", path="es/efe-madrid.txt", why="Spanish, two cities, 2024",
         title="Sánchez y Macron acuerdan reforzar la interconexión eléctrica",
         published="2024-05-02T12:00:00", agencies=["EFE"], dateline="MADRID/PARÍS (EFE) -",
         cities=["Madrid", "París"], reporters=["Ana López"], editors=["Luis Gómez"],
         language="es",
         body="MADRID/PARÍS (EFE) - Los gobiernos de España y Francia acordaron reforzar "
              "la interconexión eléctrica a través de los Pirineos."),
    dict(id="undated", path="en/reuters-undated.txt", why="no date at all",
         title="Shipping group says Red Sea route remains risky",
         agencies=["Reuters"], dateline="LONDON (Reuters) -", cities=["London"], language="en",
         body="LONDON (Reuters) - A shipping industry group said the Red Sea route remained "
              "risky for vessels, and advised members to keep clear."),
]
WHY = {row["id"]: row["why"] for row in CORPUS}


def corpus_stories() -> list[Story]:
    return [Story.from_dict({k: v for k, v in row.items() if k != "why"}) for row in CORPUS]


@pytest.fixture(autouse=True)
def _no_index_env(monkeypatch):
    """Tests say which index they use; an exported WIRE_INDEX must not leak in."""
    monkeypatch.delenv("WIRE_INDEX", raising=False)


def build_index(tmp_path_factory, name: str, stories: list[Story]) -> str:
    """A real index of the stories in a fresh temporary folder; returns its path."""
    path = str(tmp_path_factory.mktemp(name) / "index")
    indexer.add_stories(stories, index=indexer.open_index(path, create=True))
    return path


def hit_ids(result) -> list[str]:
    """The ids of a search result's hits, in order."""
    return [hit["id"] for hit in result["hits"]]


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory):
    """A real index of CORPUS (built once: searches do not change it)."""
    return build_index(tmp_path_factory, "corpus", corpus_stories())


@pytest.fixture
def runner():
    return CliRunner()


def write_story(folder, name, title, *, city="SEOUL", agency="Reuters", body="Text.",
                date="2023-11-09 10:16 UTC", byline="By Jane Doe"):
    """A story file in the plainest agency shape: title, date line, byline, dateline paragraph."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{title}\n{date}\n\n{byline}\n\n{city} ({agency}) - {body}\n", encoding="utf-8")
    return path
