"""Language-aware matching: stems, elision, stop words and accent folding, on a real index."""
from __future__ import annotations

import pytest

import indexer
from indexer import Story
from indexer.schema import stem_terms
from conftest import build_index, hit_ids

# Invented stories, one or two per language, each with the word forms a row below needs.
STORIES = [
    dict(id="en-concerns", language="en", title="Growers voice concerns over port delays",
         body="Fruit growers raised concerns on Monday about delays at the port."),
    dict(id="en-concerned", language="en", title="Regulator says it is concerned by fees",
         body="The regulator said it was concerned that fees charged by banks kept rising."),
    dict(id="fr-preoccupe", language="fr", title="La ministre se dit préoccupée par la sécheresse",
         body="La ministre s'est dite très préoccupée par l'escalade de la sécheresse "
              "dans le sud du pays."),
    dict(id="de-ministerin", language="de", title="Ministerin besucht überflutete Dörfer",
         body="Die Ministerin sprach mit Bewohnern der Straßen am Fluss."),
    dict(id="es-elecciones", language="es", title="Las elecciones regionales se adelantan",
         body="El gobierno regional adelantó las elecciones a marzo."),
    dict(id="it-alluvioni", language="it", title="Alluvioni nel nord, evacuate tre città",
         body="Le alluvioni hanno colpito dell'Italia settentrionale tre città."),
    dict(id="pt-prefeitos", language="pt", title="Prefeitos pedem verbas para escolas",
         body="Os prefeitos de várias cidades pediram mais verbas ao governo."),
    dict(id="nl-verkiezingen", language="nl", title="Verkiezingen in de provincie uitgesteld",
         body="De verkiezingen in de provincie zijn met een maand uitgesteld."),
    dict(id="xx-untagged", language=None, title="Untagged note about harbour cranes",
         body="Cranes at the harbour stood idle."),
]


@pytest.fixture(scope="module")
def lang_index(tmp_path_factory):
    return build_index(tmp_path_factory, "langs",
                       [Story(path=f"{row['id']}.txt", **row) for row in STORIES])


ids = hit_ids


# (query, options, expected ids in rank order (all of them), why)
MATCHES = [
    ("concerns", {}, ["en-concerns", "en-concerned"], "stem match, exact form first"),
    ("concerned", {}, ["en-concerned", "en-concerns"], "the other way round"),
    ("préoccupations", {}, ["fr-preoccupe"], "French plural noun finds the participle"),
    ("preoccupations", {}, ["fr-preoccupe"], "typed without accents"),
    ("préoccupé", {}, ["fr-preoccupe"], "masculine finds feminine"),
    ("escalade", {}, ["fr-preoccupe"], "elided article l' does not hide the word"),
    ("Minister", {}, ["de-ministerin"], "Snowball German: Ministerin and Minister share a stem"),
    ("strasse", {}, ["de-ministerin"], "ß folded, plural Straßen stemmed"),
    ("elección", {}, ["es-elecciones"], "Spanish singular finds plural"),
    ("alluvione", {}, ["it-alluvioni"], "Italian singular finds plural"),
    ("italia", {}, ["it-alluvioni"], "Italian elision dell'"),
    ("prefeito", {}, ["pt-prefeitos"], "Portuguese"),
    ("verkiezing", {}, ["nl-verkiezingen"], "Dutch"),
    ("crane", {}, [], "a story with no language is not stemmed: the singular misses"),
    ("cranes", {}, ["xx-untagged"], "and the exact word finds it"),
    ("concerns", {"lang": "fr"}, [], "--lang restricts to French stories"),
    ("Minister", {"lang": ["de", "fr"]}, ["de-ministerin"], "--lang with several"),
]


def test_match_rows_unique():
    keys = [(q, repr(o)) for q, o, _, _ in MATCHES]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("text, options, expected, why", MATCHES,
                         ids=[f"{q}-{o}" for q, o, _, _ in MATCHES])
def test_matches_across_forms(lang_index, text, options, expected, why):
    assert ids(indexer.search(text, index=lang_index, **options)) == expected, why


def test_exact_form_scores_above_stem_only(lang_index):
    hits = indexer.search("concerns", index=lang_index)["hits"]
    assert hits[0]["score"] > hits[1]["score"]


def test_phrase_stays_exact(lang_index):
    assert ids(indexer.search('"raised concerns"', index=lang_index)) == ["en-concerns"]
    assert ids(indexer.search('"raised concern"', index=lang_index)) == []


# (query, id, marked words in the snippet, why)
SNIPPETS = [
    ("préoccupations", "fr-preoccupe", ["préoccupée"], "stemmed and accent-folded"),
    ("concerns", "en-concerned", ["concerned"], "stem match"),
    ("strasse", "de-ministerin", ["Straßen"], "folded and stemmed"),
]


@pytest.mark.parametrize("text, story_id, marked, why", SNIPPETS)
def test_snippet_marks_stemmed_words(lang_index, text, story_id, marked, why):
    hit = next(h for h in indexer.search(text, index=lang_index)["hits"] if h["id"] == story_id)
    for word in marked:
        assert f"[{word}]" in hit["snippet"], why


# (language, text, terms, why)
ANALYSIS = [
    ("fr", "Qu'il l'ait dit", ["dit"], "elisions and stop words go"),
    ("en", "The prices are rising", ["price", "rise"], "stop words go, stems stay"),
    ("de", "Die Häuser", ["haus"], "umlaut handled by the German stemmer"),
    (None, "Éclat des Prix", ["eclat", "des", "prix"], "no language: folded words only"),
]


@pytest.mark.parametrize("lang, text, terms, why", ANALYSIS)
def test_stem_terms(lang, text, terms, why):
    assert stem_terms(lang, text) == terms, why


def _locale_words(lang: str) -> set[str]:
    """Some thousands of a language's own words: the names of languages, countries,
    scripts, currencies, months, days and cities in its CLDR locale."""
    import re

    from babel import Locale
    loc = Locale.parse(lang)
    texts = [*loc.languages.values(), *loc.territories.values(), *loc.scripts.values(),
             *loc.currencies.values()]
    for names in (loc.months, loc.days):
        texts += [v for widths in names.values() for width in widths.values()
                  for v in width.values()]
    texts += [v for zone in loc.time_zones.values() for v in zone.values() if isinstance(v, str)]
    return {w for text in texts for w in re.findall(r"\w+", text)}


@pytest.mark.parametrize("lang", sorted(__import__("indexer.schema").schema.SNOWBALL))
def test_stems_keep_a_words_first_letter_but_in_the_languages_listed(lang):
    """Snippets look only at words whose folded first letter a query term starts with
    (passages._Forms): a stem's first letter must be its word's, folded. Dutch ("ge-"
    stripped) and Turkish ("bunu" -> "p") are the exceptions, and are listed."""
    from indexer.passages import FIRST_LETTER_CHANGED
    from indexer.schema import fold, stemmer_for
    stem = stemmer_for(lang).function
    words = _locale_words(lang) | set(
        "lying dying aerospace Oerlikon getroffen gemeente ppo bunu Bini kabin sse".split())
    changed = [(w, s) for w in words for s in stem(w.lower()) if not fold(w).startswith(s[:1])]
    assert len(words) > 1500
    assert bool(changed) == (lang in FIRST_LETTER_CHANGED), changed[:5]


def _index_page(tmp_path, runner, name: str, page: str) -> str:
    """An index, built by the real command, of a folder holding the one page."""
    from search_cli import cli
    folder = tmp_path / "stories"
    folder.mkdir()
    (folder / name).write_text(page, encoding="utf-8")
    index = str(tmp_path / "ix")
    result = runner.invoke(cli, ["index", str(folder), "--index", index])
    assert result.exit_code == 0, result.output
    return index


NORWEGIAN_PAGE = """<!DOCTYPE html>
<html lang="nb-NO"><head><meta charset="utf-8">
<title>Fergeselskapet kutter avgangene i vinter</title></head>
<body><article>
<h1>Fergeselskapet kutter avgangene i vinter</h1>
<time datetime="2024-01-09T08:15:00+01:00">9. januar 2024 kl. 08.15</time>
<p>TROMSØ (NTB) - Fergeselskapet på kysten kutter tre av avgangene sine fra februar,
og pendlerne må belage seg på lengre ventetid ved kaiene.</p>
<p>Selskapet sier at mannskapet ikke strekker til, og at rutene blir vurdert på nytt
til sommeren.</p>
</article></body></html>
"""


def test_declared_bokmal_is_norwegian_and_stemmed(tmp_path, runner):
    """A page declaring nb-NO gets the code the language identifier gives Norwegian
    text ("no"): one code to filter on, and the Norwegian stemmer ("nb" had none, so
    the singular missed the plural)."""
    index = _index_page(tmp_path, runner, "ferge.html", NORWEGIAN_PAGE)
    found = indexer.search(index=index, query="avgang", lang="no")
    assert [hit["language"] for hit in found["hits"]] == ["no"]


PERSIAN_PAGE = """<!DOCTYPE html>
<html lang="fa"><head><meta charset="utf-8"><title>بهره‌برداری از سد تازه در یزد</title></head>
<body><article>
<h1>بهره‌برداری از سد تازه در یزد</h1>
<p>یزد- ایرنا- بهره‌برداری از سد تازه‌ای در شرق استان یزد روز سه‌شنبه آغاز شد و آب آشامیدنی
چند روستا را تامین می‌کند.</p>
<p>مسئولان می‌گویند ساخت این سد سه سال طول کشید و بیش از دو هزار خانوار از آن بهره می‌برند.</p>
</article></body></html>
"""


def test_persian_half_space_survives_a_page(tmp_path, runner):
    """Persian joins a word's parts with a zero-width non-joiner (its half-space), which the
    page extractor dropped as an unprintable character: "بهره‌برداری" came out as one run
    of letters that a search typed with the half-space did not find."""
    index = _index_page(tmp_path, runner, "sad.html", PERSIAN_PAGE)
    found = indexer.search(index=index, query="تازه‌ای", fields=["body"])
    assert found["total"] == 1
    assert "بهره\u200cبرداری" in found["hits"][0]["body"]
