"""Google News sitemap reader: each ``<url>`` with a ``<news:news>`` block -> one story.

A news sitemap lists a site's recent stories for the search engine: the address (``<loc>``),
and in ``news:news`` the title, the publication time and the language. It carries no text,
so each story is its title and meta only; a plain sitemap (addresses alone) holds no story.
"""
from __future__ import annotations

from typing import Iterator

from .base import (Part, children, date_value, find_all, find_first, language_code, make_part,
                   picture_photographers, text_of)

SITEMAP_ROOTS = frozenset({"urlset"})


def sitemap_parts(root) -> Iterator[Part]:
    """One Part per ``<url>`` that has a ``news:news`` block."""
    for url in children(root, "url"):
        news = find_first(url, "news")
        if news is not None:
            yield _news_part(url, news)


def _news_part(url, news) -> Part:
    loc = text_of(find_first(url, "loc"))
    # the publication's name is the site's, in <news:publication>
    publication = find_first(news, "publication")
    name = text_of(find_first(publication, "name")) if publication is not None else ""
    language = text_of(find_first(news, "language"))
    meta = {"published": date_value(text_of(find_first(news, "publication_date"))),
            "language": language_code(language),
            "source": name or None,
            "url": loc if loc.startswith(("http://", "https://")) else None,
            # (an image sitemap's pictures of the story: their captions' closing credits)
            "photographers": picture_photographers([], [text_of(c) for img in children(url, "image")
                                                        for c in find_all(img, "caption")])}
    return make_part(text_of(find_first(news, "title")), "", meta)
