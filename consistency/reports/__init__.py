"""Report formats: each module renders a Report to text; FORMATS maps --format names to them."""

from consistency.reports import github, html, json_format, junit, markdown, sarif, text_format

FORMATS = {
    "text": text_format.render,
    "json": json_format.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "github": github.render,
    "markdown": markdown.render,
    "html": html.render,
}
