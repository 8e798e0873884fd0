"""Crawling a config's sources into the store: `crawl()` runs the spiders in a subprocess.

Importing this package does not import Scrapy; only the subprocess does.
"""

from consistency.crawl.ownership import owner_of
from consistency.crawl.records import CrawlFailure, CrawlSummary, SourceSummary
from consistency.crawl.runner import CrawlProcessError, crawl

__all__ = ["CrawlFailure", "CrawlProcessError", "CrawlSummary", "SourceSummary", "crawl", "owner_of"]
