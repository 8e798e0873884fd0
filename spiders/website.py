"""The website spider: crawls a site from its start URLs (http(s) or file://) and `paths`.

Follows links within the start URLs' site only (the same host for http(s),
the start file's directory tree for file://, plus `allowed_domains`), bounded
by `max_pages` and `depth`; stores HTML as `html`, Markdown as `markdown`,
plain text as `text`. Everything else lives in `SourceSpider`.
"""

from __future__ import annotations

from consistency.spiders.base import SourceSpider


class WebsiteSpider(SourceSpider):
    """A site crawl that follows links unless the source says follow_links = false."""

    name = "website"
    kind = "website"
    follows = True
