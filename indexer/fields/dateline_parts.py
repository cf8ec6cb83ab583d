"""Fields stage, a dateline's parts: a place's, a date's or an agency's words -> whether they
are one, and what they say (cities, the month and day, the filed date, agencies); no line is
matched here (dateline.py and dateline_tag.py do that)."""
from __future__ import annotations

import re

from .. import normalize, vocab
from .patterns import SLASHED_YEAR_RE


def _filed_date(text: str) -> str:
    """A dateline's date as a date parser reads it: ENA's "March 5/2024" -> "March 5, 2024"."""
    slashed = SLASHED_YEAR_RE.match(text) if "/" in text else None
    return f"{slashed['day']}, {slashed['year']}" if slashed else text


DAY_MONTH_RE = re.compile(r"(?P<d>[0-3]?\d)/(?P<m>[01]?\d)")


def _month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a dateline's date: "June 5" -> (6, 5), "5 mars" -> (3, 5)."""
    text = _filed_date(text.strip(" ,"))
    numeric = DAY_MONTH_RE.search(text)
    if numeric:      # "27/09": day first, as the agencies writing it do (Belga)
        day, month = int(numeric["d"]), int(numeric["m"])
        return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None
    month = next((normalize.month_names().get(normalize.fold(w).rstrip("."))
                  for w in re.findall(r"[^\W\d_]+\.?", text)
                  if normalize.fold(w).rstrip(".") in normalize.month_names()), None)
    day = re.search(r"\d{1,2}", text)
    return (month, int(day.group())) if month and day else None


def _split_cities(place: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"\s*/\s*", place)]
    out: list[str] = []
    for p in parts:
        # "Frankfurt/Main", "Frankfurt/Oder": the river names one city, not a second one.
        if out and p.casefold() in ("main", "oder"):
            out[-1] = f"{out[-1]}/{p}"
        else:
            out.append(p)
    return out


def _capitalised(words: list[str]) -> bool:
    return all(w[:1].isupper() or w.casefold() in vocab.CITY_PARTICLES for w in words) \
        and words[0][:1].isupper()


def _is_month_day(text: str) -> bool:
    months = normalize.month_names()
    return any(normalize.fold(w).rstrip(".") in months for w in re.findall(r"[^\W\d_]+\.?", text))


def _is_weekday_or_month(text: str) -> bool:
    key = normalize.fold(text).rstrip(".")
    return key in normalize.month_names() or key in normalize.weekday_names()


def _dateline_agencies(text: str) -> list[str]:
    name = normalize.normalize_agency(text, credit=True)
    if name:
        return [name]
    pair = text.split("-")
    if len(pair) == 2:       # "(TT-Reuters)": TT's copy of a Reuters story, both credited
        named = [normalize.normalize_agency(p, credit=True) for p in pair]
        if all(named):
            return named
    # "(dpa/lby)", "(Reuters Breakingviews)", "(AFP/Reuters)"
    return normalize.find_agencies(text)
