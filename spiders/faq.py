"""The FAQ spider: fetches FAQ pages; stores their HTML as `faq` so the reader splits question/answer pairs.

It follows links beyond its start pages only when the source sets
`follow_links = true` (the config's default for an FAQ source is false).
"""

from __future__ import annotations

from consistency.spiders.base import SourceSpider


class FaqSpider(SourceSpider):
    """FAQ pages, read as question/answer pairs."""

    name = "faq"
    kind = "faq"
    follows = True
