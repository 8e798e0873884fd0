"""Scrapy spiders that fetch a source's documents: website, faq and ivr.

Installed as `consistency.spiders` (see setup.cfg); never import it as bare `spiders`.
`SPIDERS` maps a source's `spider` word (consistency.config.SPIDERS) to its class.
"""

from __future__ import annotations

from consistency.spiders.base import SourceSpider
from consistency.spiders.faq import FaqSpider
from consistency.spiders.ivr import IvrSpider
from consistency.spiders.website import WebsiteSpider

SPIDERS: dict[str, type[SourceSpider]] = {"website": WebsiteSpider, "faq": FaqSpider, "ivr": IvrSpider}

__all__ = ["SPIDERS", "FaqSpider", "IvrSpider", "SourceSpider", "WebsiteSpider"]
