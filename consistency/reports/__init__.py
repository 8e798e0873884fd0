"""Report formats: each module renders a Report to text; FORMATS maps --format names to them."""

from consistency.reports import json_format, text_format

FORMATS = {
    "text": text_format.render,
    "json": json_format.render,
}
