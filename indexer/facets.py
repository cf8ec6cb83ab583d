"""Stories' records -> counts of their values in each facet (--facet city, year...)."""
from __future__ import annotations

#: --facet NAME -> the Story field it counts (year and month from ``published``).
FACETS = {"city": "cities", "agency": "agencies", "reporter": "reporters",
          "language": "language", "year": "published", "month": "published"}


def facet_values(record: dict, name: str) -> list[str]:
    """The values a story counts under in one facet.

    >>> facet_values({"published": "2023-11-09T10:16:00+09:00", "cities": ["Seoul"]}, "month")
    ['2023-11']
    """
    source = FACETS[name]
    if name in ("year", "month"):
        when = record.get(source) or ""
        size = 4 if name == "year" else 7
        return [when[:size]] if len(when) >= size else []
    value = record.get(source)
    if isinstance(value, list):
        return list(dict.fromkeys(value))
    return [value] if value else []


def count_values(records, names) -> dict:
    """Counts of each facet's values over the records (a Story record each); most frequent
    first, dates in order."""
    counts = {name: {} for name in names}
    for record in records:
        for name in names:
            for value in facet_values(record, name):
                counts[name][value] = counts[name].get(value, 0) + 1
    out = {}
    for name, values in counts.items():
        if name in ("year", "month"):
            out[name] = dict(sorted(values.items()))
        else:
            out[name] = dict(sorted(values.items(), key=lambda kv: (-kv[1], kv[0].lower())))
    return out
