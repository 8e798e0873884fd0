"""The ceiling of a crawl: a Scrapy spider that only follows links, run in its own process.

    python bench/link_spider.py START_URL --stats FILE

Follows every `<a href>` on the start URL's host (`response.css("a::attr(href)")`,
Scrapy's own duplicate filter and OffsiteMiddleware) and does nothing else
with a page. It runs with the Scrapy settings the project's crawl process
uses (concurrency, AutoThrottle, robots.txt, breadth-first queues), taken
from `consistency.crawl.process`, so the difference between this and
`consistency crawl` is the project's own work per page. Writes
{"pages": N, "seconds": S, "requests": R, "duplicates": D} to FILE.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any, Iterator
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.http import TextResponse

from consistency.config import CrawlSettings, Source
from consistency.crawl.process import process_settings, source_settings


class LinkSpider(scrapy.Spider):
    """Fetches every page reachable by links from the start URL, and reads nothing but the links."""

    name = "links"

    def __init__(self, start: str, **kwargs: Any):
        super().__init__(**kwargs)
        self.start_urls = [start]
        self.allowed_domains = [urlsplit(start).hostname or ""]
        self.pages = 0

    def parse(self, response: scrapy.http.Response, **kwargs: Any) -> Iterator[scrapy.Request]:
        self.pages += 1
        if not isinstance(response, TextResponse):
            return
        for href in response.css("a::attr(href)").getall():
            # tel: and mailto: would only fail in the downloader; everything else is Scrapy's to filter
            if href.startswith(("tel:", "mailto:", "javascript:")):
                continue
            yield response.follow(href, callback=self.parse)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("start")
    parser.add_argument("--stats", required=True, help="JSON file to write the counts to")
    args = parser.parse_args()
    crawl = CrawlSettings()
    settings = process_settings(crawl, verbose=0)
    source = Source(index=0, channel="website", spider="website", urls=(args.start,), max_pages=10**9, depth=50)
    settings.update(source_settings(source, crawl, [args.start]))
    settings["DEPTH_LIMIT"] = 0
    settings["LOG_FORMATTER"] = "scrapy.logformatter.LogFormatter"
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(LinkSpider)
    started = time.perf_counter()
    process.crawl(crawler, start=args.start)
    process.start()
    seconds = time.perf_counter() - started
    stats = crawler.stats.get_stats()
    spider_pages = stats.get("response_received_count", 0)
    with open(args.stats, "w", encoding="utf-8") as out:
        json.dump({
            "pages": stats.get("downloader/response_status_count/200", spider_pages),
            "responses": spider_pages,
            "seconds": seconds,
            "requests": stats.get("downloader/request_count", 0),
            "duplicates": stats.get("dupefilter/filtered", 0),
            "offsite": stats.get("offsite/filtered", 0),
        }, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
