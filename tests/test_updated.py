"""When a source was last updated: visible "updated on" lines, Last-Modified, a verified date in the config."""

from datetime import date

import pytest

from consistency.config import Source
from consistency.documents.document import Document, DocumentText, Unit
from consistency.facts.updated import source_dates, updated_on

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Обновлено: 12.03.2026", date(2026, 3, 12)),
        ("Информация актуальна на 1 октября 2026 г.", date(2026, 10, 1)),
        ("Last updated: March 3, 2026", date(2026, 3, 3)),
        ("Ažurirano 1. novembra 2026.", date(2026, 11, 1)),
        ("Дата обновления 05.06.2025; обновлено 07.07.2025", date(2025, 7, 7)),
        # Dates that are not about the page itself.
        ("Акция действует до 30.11.2026", None),
        ("31 декабря работаем до 16:00", None),
        ("Обновлено: 12.03.2031", None),  # a future date is a typo, not an update
    ],
)
def test_updated_on(text, expected):
    assert updated_on(text, today=TODAY) == expected


def text_of(url, units, *, source=0, last_modified=None):
    doc = Document(url=url, channel="website", source=source, format="html", body=b"", last_modified=last_modified)
    return DocumentText(document=doc, units=tuple(Unit(t) for t in units))


def test_the_freshest_witness_wins():
    sources = (Source(index=0, channel="website", spider="website", urls=("https://x/",), verified=date(2026, 5, 1)),
               Source(index=1, channel="ivr", spider="ivr", paths=("/ivr.txt",)))
    dates = source_dates([
        text_of("https://x/a", ["Обновлено 01.02.2026"], last_modified="Tue, 03 Mar 2026 10:00:00 GMT"),
        text_of("https://x/b", ["Обновлено 01.09.2026"]),
        text_of("file:///ivr.txt", ["нажмите 1"], source=1, last_modified="Tue, 03 Mar 2026 10:00:00 GMT"),
    ], sources, as_of=TODAY)
    assert [(d.updated, d.witness) for d in dates] == [
        (date(2026, 5, 1), "verified in the config"),
        (date(2026, 9, 1), "updated on the page"),
        (None, "unknown"),  # a file's header is not trusted, and nobody verified it
    ]
