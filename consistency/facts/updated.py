"""When a source was last updated or re-verified: what the freshness rules judge.

Three witnesses, the freshest wins: a visible "updated on" line on the page
("Обновлено 12.03.2026", "Last updated: March 3, 2026", "Ažurirano 1. 11.
2026."), the HTTP Last-Modified header, and the `verified` date a person put
in the source's config. A file's modification time is not one: a checkout
resets it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime

from consistency.config import Source
from consistency.documents.document import DocumentText
from consistency.facts.dates import find_dates

# A cue right before a date that says the page was updated or checked then.
_UPDATED_CUE = re.compile(
    r"(?:обновлен[оаы]?|дата\s{1,3}обновления|актуальн\w{0,4}\s{1,3}на|последнее\s{1,3}обновление|изменен[оа]?"
    r"|(?:last\s{1,3})?(?:updated|modified|reviewed)(?:\s{1,3}on)?|as\s{1,3}of"
    r"|ажурирано|ažurirano|последња\s{1,3}измена|poslednja\s{1,3}izmena)\s{0,3}:?\s{0,3}$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SourceDate:
    """The freshest date known for one document, and where it comes from."""

    url: str
    channel: str
    updated: date | None
    witness: str  # "updated on the page", "Last-Modified", "verified in the config", or "unknown"


# A cheap test that a text may say when it was updated, before any date is parsed.
_UPDATED_WORD = re.compile(r"обновл|актуальн|изменен|updated|modified|reviewed|as\s+of|ажурир|ažurir|измена|izmena", re.I)


def updated_on(text: str, *, today: date) -> date | None:
    """The latest "updated on" date a text states, never later than today."""
    if not _UPDATED_WORD.search(text):
        return None
    found = [d for d, start, _ in find_dates(text, today=today) if d <= today and _UPDATED_CUE.search(text[max(0, start - 40):start])]
    return max(found) if found else None


def source_dates(texts: list[DocumentText], sources: tuple[Source, ...], *, as_of: date) -> list[SourceDate]:
    """Per document, the freshest date known and its witness."""
    verified = {s.index: s.verified for s in sources}
    out = []
    for text in texts:
        doc = text.document
        witnesses: list[tuple[date, str]] = []
        for unit in text.units:
            found = updated_on(unit.text, today=as_of)
            if found:
                witnesses.append((found, "updated on the page"))
        if doc.last_modified and doc.url.startswith("http"):
            try:
                witnesses.append((parsedate_to_datetime(doc.last_modified).date(), "Last-Modified"))
            except (TypeError, ValueError):
                pass
        if verified.get(doc.source):
            witnesses.append((verified[doc.source], "verified in the config"))
        best = max(witnesses) if witnesses else None
        out.append(SourceDate(doc.url, doc.channel, best[0] if best else None, best[1] if best else "unknown"))
    return out
