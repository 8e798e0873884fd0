"""The extraction cache: exactly the facts a fresh extraction gives, and a miss whenever what they depend on changes.

"Fresh" here is `extract_facts` over `read_document` of every stored
document, with no cache anywhere. The cached path is the real one: the
pipeline reading documents while its crawl stores them, then `read_run` as
`check --no-crawl` calls it, on the bundled demo (file:// pages, whose date
is as_of itself) and on the benchmark's chain site served over 127.0.0.1
(pages with Last-Modified, plus IVR files).
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from command import copy_demo
from consistency.config import load_config
from consistency.documents.reader import read_document
from consistency.errors import ConsistencyError
from consistency.extraction import read_run
from consistency.facts import cache as cache_module
from consistency.facts.cache import decode_read, encode_read, read_key
from consistency.facts import extract
from consistency.facts.extract import ExtractionSettings, extract_facts, facts_of_reads, page_date, read_units
from consistency.facts.updated import source_dates
from consistency.pipeline import check, crawl_only
from consistency.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import chain_site  # noqa: E402 - bench/ is a folder of scripts, not a package

AS_OF = date(2026, 11, 22)


def fresh(config, store: Store, run: int, as_of: date):
    """Facts and document dates of a stored run, extracted from scratch."""
    texts = []
    for document in store.documents(run):
        try:
            texts.append(read_document(document))
        except ConsistencyError:
            pass
    settings = ExtractionSettings(region=config.region, city=config.city)
    return extract_facts(texts, as_of=as_of, settings=settings), _sorted(source_dates(texts, config.sources, as_of=as_of))


def _sorted(dates) -> list:
    return sorted(dates, key=repr)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("demo")
    config = load_config(copy_demo(tmp) / "consistency.toml")
    result = check(config, as_of=AS_OF, db=tmp / "demo.db")
    return config, tmp / "demo.db", result.run


def test_demo_facts_read_while_crawling_equal_a_fresh_extraction(demo):
    config, db, run = demo
    store = Store(db)
    facts, dates = fresh(config, store, run, AS_OF)
    assert facts and store.facts(run) == facts
    assert _sorted(store.document_dates(run)) == dates


@pytest.mark.parametrize("as_of", [AS_OF, AS_OF + timedelta(days=1), date(2027, 1, 10), date(2026, 3, 1)])
def test_demo_facts_from_the_cache_equal_a_fresh_extraction_on_any_date(demo, as_of):
    """The demo's pages are files: their date is as_of, so each date reads them anew where it matters."""
    config, db, run = demo
    store = Store(db)
    extracted = read_run(config, store, run, as_of=as_of)
    facts, dates = fresh(config, store, run, as_of)
    assert extracted.facts == facts
    assert _sorted(extracted.dates) == dates
    # every document came from the cache: its units that need no date were read once, for every date
    assert extracted.from_cache == extracted.documents == len(list(store.document_rows(run)))


@pytest.fixture(scope="module")
def chain(tmp_path_factory, http_server):
    """The chain site at 30 branches over 127.0.0.1, crawled twice (the second crawl asks conditionally)."""
    tmp = tmp_path_factory.mktemp("chain")
    site = chain_site.generate(tmp / "chain", branches=30, seed=11)
    config = load_config(chain_site.write_config(site, http_server(site.site_dir)))
    db = tmp / "chain.db"
    first, _ = crawl_only(config, db=db, as_of=AS_OF + timedelta(days=1))
    second, _ = crawl_only(config, db=db, as_of=AS_OF + timedelta(days=1))
    return config, db, first, second


def test_crawled_facts_equal_a_fresh_extraction(chain):
    config, db, first, second = chain
    store = Store(db)
    for run in (first, second):
        facts, dates = fresh(config, store, run, AS_OF + timedelta(days=1))
        assert len(facts) > 300 and store.facts(run) == facts
        assert _sorted(store.document_dates(run)) == dates


def test_a_recrawl_reads_nothing_again_and_a_new_as_of_only_what_it_moves(chain):
    config, db, _, second = chain
    store = Store(db)
    again = read_run(config, store, second, as_of=AS_OF + timedelta(days=1))
    assert again.from_cache == again.documents > 60
    # checked as of the site's date: pages keep their Last-Modified date; IVR files take the new as_of
    older = read_run(config, store, second, as_of=AS_OF)
    assert older.facts == fresh(config, store, second, AS_OF)[0]
    assert older.from_cache == older.documents


def test_reads_survive_the_record_exactly(demo):
    config, db, run = demo
    store = Store(db)
    settings = ExtractionSettings(region=config.region, city=config.city)
    for row in store.document_rows(run):
        text = read_document(replace(row.document, body=store.body(row.content_hash)))
        text = replace(text, document=row.document)
        for any_day in (False, True):
            read = read_units(text, AS_OF, settings, key="k", any_day=any_day)
            assert decode_read(encode_read(read), row.document, AS_OF, "k")[0] == read


def test_a_read_that_would_not_come_back_exactly_is_not_cached(demo):
    config, db, run = demo
    store = Store(db)
    row = next(iter(store.document_rows(run)))
    text = read_document(replace(row.document, body=store.body(row.content_hash)))
    read = read_units(replace(text, structured=({"@type": "Store", "geo": (55.7, 37.6)},)), AS_OF, ExtractionSettings())
    assert encode_read(read) is None  # a tuple would come back a list


def test_the_read_key_changes_with_everything_reading_depends_on(monkeypatch):
    from consistency.documents.document import Document

    page = Document(url="https://example.com/a", channel="website", source=0, format="html", body=b"",
                    content_type="text/html", title="A")
    settings = ExtractionSettings(region="RU", city="Москва")
    base = read_key(page, "h1", AS_OF, settings)
    others = [
        read_key(page, "h2", AS_OF, settings),  # the body
        read_key(page, "h1", AS_OF + timedelta(days=1), settings),  # the page date
        read_key(page, "h1", None, settings),  # read for any date
        read_key(page, "h1", AS_OF, ExtractionSettings(region="RS", city="Москва")),
        read_key(page, "h1", AS_OF, ExtractionSettings(region="RU", city="Казань")),
        read_key(replace(page, url="https://example.com/b"), "h1", AS_OF, settings),
        read_key(replace(page, format="faq"), "h1", AS_OF, settings),
        read_key(replace(page, content_type="text/html; charset=windows-1251"), "h1", AS_OF, settings),
        read_key(replace(page, title="B"), "h1", AS_OF, settings),
    ]
    # what reading does not depend on is no part of the key (channel and source reach the page's layout key)
    unread = replace(page, channel="faq", source=3, etag='"x"', fetched_at="2026-11-23T01:00:00+00:00")
    assert read_key(unread, "h1", AS_OF, settings) == base
    monkeypatch.setattr(cache_module, "extraction_version", lambda: "other code")
    others.append(read_key(page, "h1", AS_OF, settings))
    assert len({base, *others}) == len(others) + 1


def test_another_extraction_version_reads_every_document_again(demo, monkeypatch):
    config, db, run = demo
    store = Store(db)
    monkeypatch.setattr(cache_module, "extraction_version", lambda: "another version of the code")
    extracted = read_run(config, store, run, as_of=AS_OF)
    assert extracted.from_cache == 0 and extracted.documents > 0
    assert extracted.facts == fresh(config, store, run, AS_OF)[0]


def test_other_settings_read_every_document_again(demo):
    config, db, run = demo
    store = Store(db)
    other = replace(config, city="Казань")
    extracted = read_run(other, store, run, as_of=AS_OF)
    assert extracted.from_cache == 0
    assert extracted.facts == fresh(other, store, run, AS_OF)[0]


def test_a_page_date_from_last_modified_holds_until_as_of_comes_before_it():
    from consistency.documents.document import Document

    page = Document(url="https://example.com/", channel="website", source=0, format="html", body=b"",
                    last_modified="Sun, 22 Nov 2026 12:00:00 GMT")
    assert page_date(page, AS_OF) == page_date(page, date(2027, 5, 1)) == AS_OF
    assert page_date(page, AS_OF - timedelta(days=1)) == AS_OF - timedelta(days=1)
    assert page_date(replace(page, url="file:///srv/a.html"), date(2027, 5, 1)) == date(2027, 5, 1)


class _DictCache:
    """facts_of_reads' page cache in a dict, counting what it was asked for and what it had."""

    def __init__(self):
        self.kept: dict = {}
        self.hits = 0
        self.used: list = []

    def layouts(self, keys):
        found = {k: self.kept[k] for k in keys if k in self.kept}
        self.hits += len(found)
        return found

    def keep_layout(self, key, layout):
        self.kept[key] = layout

    def facts(self, keys):
        found = {k: self.kept[k] for k in keys if k in self.kept}
        self.hits += len(found)
        return found

    def keep_facts(self, key, facts):
        self.kept[key] = facts

    def facts_used(self, keys):
        self.used = keys


def test_page_layouts_and_facts_come_from_the_cache_only_while_their_inputs_stay(demo):
    config, db, run = demo
    store = Store(db)
    settings = ExtractionSettings(region=config.region, city=config.city)
    texts = [read_document(d) for d in store.documents(run)]
    reads = [read_units(t, page_date(t.document, AS_OF), settings, key=f"read {i}") for i, t in enumerate(texts)]
    expected = facts_of_reads(reads, settings)
    cache = _DictCache()
    assert facts_of_reads(reads, settings, cache=cache) == expected and cache.hits == 0
    assert facts_of_reads(reads, settings, cache=cache) == expected
    assert cache.hits == 2 * len(reads)  # every layout and every page's facts
    # without the pages that name branches, the branches the run knows change: each page's facts are read again
    naming = {r.key for r in reads if facts_of_reads([r], settings) and any(
        f.kind == "entity" for f in facts_of_reads([r], settings))}
    rest = [r for r in reads if r.key not in naming]
    assert naming and rest
    cache.hits = 0
    assert facts_of_reads(rest, settings, cache=cache) == facts_of_reads(rest, settings)
    assert cache.hits <= len(rest)  # layouts at most
    # a read under another key (another body or date) has its layout and facts read again
    cache.hits = 0
    changed = [replace(reads[0], key="read 0 changed"), *reads[1:]]
    assert facts_of_reads(changed, settings, cache=cache) == expected
    assert cache.hits == 2 * (len(reads) - 1)


def test_the_any_day_stand_in_refuses_every_use_but_its_truth():
    # (kept out of this module's names: pytest looks at every module attribute, and that is a use)
    day = extract.ANY_DAY
    assert day
    for use in (lambda: day.year, lambda: day < AS_OF, lambda: AS_OF <= day, lambda: day == AS_OF,
                lambda: hash(day), lambda: day + timedelta(days=1), lambda: timedelta(days=1) + day,
                lambda: AS_OF - day, lambda: f"{day}", lambda: str(day), lambda: day.replace(day=1),
                lambda: isinstance(day, date), lambda: date(day.year, 1, 1), lambda: max(AS_OF, day)):
        with pytest.raises((extract._DayNeeded, TypeError)):
            use()


def test_a_unit_that_needs_no_date_is_read_once_for_every_date():
    settings = ExtractionSettings()
    texts = {"Пн–Пт 9:00–21:00, тел. +7 495 123-45-67": True, "Акция до 30 ноября: скидка 20%": False}
    for text, free in texts.items():
        assert (extract._found_any_day(text, ("Магазин",), (), "content", settings) is not None) is free
        for day in (AS_OF, date(2027, 1, 5)):
            if free:
                assert extract._found_any_day(text, ("Магазин",), (), "content", settings) == \
                    extract._found_in(text, ("Магазин",), (), "content", day, settings)
