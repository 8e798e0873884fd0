"""The IVR spider: fetches IVR scripts from files (`paths`) or URLs, never following links.

Each script's format is sniffed from its first KB (`consistency.crawl.formats.ivr_format`):
`vxml` (root <vxml>), `twiml` (root <Response>), `connect` (Amazon Connect
contact-flow JSON), `ivr-text` (plain prompt scripts). The XML is not parsed
here: the reader does that, with defusedxml.
"""

from __future__ import annotations

from consistency.spiders.base import SourceSpider


class IvrSpider(SourceSpider):
    """IVR scripts: one document per file or URL."""

    name = "ivr"
    kind = "ivr"
    follows = False
