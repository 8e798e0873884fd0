"""The HTML report: self-contained, escaped, locked down by its CSP, and filtered in a real browser.

The static tests parse the page with lxml. The browser tests open it from
file:// in headless Chromium (Debian's `chromium`) and read the DOM after the
inline script ran: the filters are set from the URL hash, so no click driver
is needed.
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from lxml import html as lxml_html

from consistency.findings.finding import SEVERITIES, Evidence, Finding
from consistency.findings.rule import builtin_rules
from consistency.reports import html as html_report
from consistency.reports.report import Report, RunSummary

AS_OF = date(2026, 11, 22)
RULES = tuple(builtin_rules())
CHROMIUM = shutil.which("chromium")

PLANTED = (
    "<script>document.body.setAttribute('data-pwned','1')</script>"
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">"
)




def planted_report() -> Report:
    """Findings of every severity whose crawled text tries to run script, with a javascript: URL among the evidence."""
    evidence = (
        Evidence("website", "https://example.com/stores?a=1&b=\"2\"", "+74956603840", "Тел.: " + PLANTED),
        Evidence("ivr <b>x</b>", "javascript:document.body.setAttribute('data-pwned','3')", PLANTED, PLANTED),
    )
    findings = (
        Finding("phone-mismatch", "phone", "contradiction", "error", "Магазин " + PLANTED, "differs " + PLANTED, evidence),
        Finding("entity-missing", "entity", "missing", "warning", "Пункт " + PLANTED, "missing", evidence[:1]),
        Finding("hours-source-outdated", "hours", "stale", "info", "Пункт " + PLANTED, "old", evidence[1:]),
    )
    return Report(project="Demo " + PLANTED, run=2, as_of=AS_OF, findings=findings, rules=RULES)


def parse(page: str):
    return lxml_html.document_fromstring(page)


def sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


# ---------------------------------------------------------------------------
# Static checks


def test_the_page_is_self_contained_and_its_csp_allows_only_what_it_ships(demo_report):
    page = html_report.render(demo_report)
    root = parse(page)
    scripts, styles = root.xpath("//script"), root.xpath("//style")
    assert len(scripts) == 1 and len(styles) == 1
    csp = root.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == f"'{sha256(scripts[0].text)}'"
    assert directives["style-src"] == f"'{sha256(styles[0].text)}'"
    assert page.index("Content-Security-Policy") < page.index("<title>")  # before any crawled text
    assert not root.xpath("//link | //img | //iframe | //object | //embed | //*[@src] | //*[@style]")
    assert not re.search(r"url\(|@import|//fonts\.|cdn", styles[0].text + scripts[0].text, re.IGNORECASE)
    hrefs = root.xpath("//a/@href")
    assert hrefs and all(h.split(":", 1)[0] in ("http", "https", "file") for h in hrefs)


def test_crawled_text_is_escaped_everywhere():
    report = planted_report()
    root = parse(html_report.render(report))
    assert len(root.xpath("//script")) == 1 and not root.xpath("//img | //main//b")
    assert PLANTED in root.xpath("//h1")[0].text_content()
    assert PLANTED in root.xpath("//title")[0].text_content()
    excerpts = [td.text_content() for td in root.xpath("//td[@class='excerpt']")]
    assert "Тел.: " + PLANTED in excerpts and PLANTED in excerpts
    assert [h.text_content() for h in root.xpath("//section[@class='subject']/h2")] == [
        "Магазин " + PLANTED, "Пункт " + PLANTED]
    # The javascript: URL is shown as text, never as a link; the web URL keeps its query, encoded.
    assert set(root.xpath("//a/@href")) == {"https://example.com/stores?a=1&b=%222%22"}
    assert "javascript:document.body" in root.xpath("//span[@class='url']")[0].text_content()
    assert {tr.get("data-channel") for tr in root.xpath("//tr[@data-channel]")} == {"website", "ivr <b>x</b>"}


def test_the_differing_value_is_highlighted_and_its_row_marked(demo_report):
    root = parse(html_report.render(demo_report))
    finding = next(a for a in root.xpath("//article") if a.get("data-rule") == "phone-mismatch")
    odd = finding.xpath(".//tr[@class='odd']")
    assert len(odd) == 1 and odd[0].xpath("./td[@class='value']")[0].text_content().startswith("+74956231804")
    assert [m.text_content() for m in odd[0].xpath(".//mark")] == ["+7 495 623-18-04"]
    meta = root.xpath("//p[@class='meta']")[0].text_content()
    assert meta == f"Run {demo_report.run} · as of 2026-11-22 · {len(demo_report.findings)} findings"
    counts = {li.get("class"): li.text_content() for li in root.xpath("//ul[@class='counts']/li")}
    summary = demo_report.summary
    assert counts == {"sev-error": f"{summary['error']} errors", "sev-warning": f"{summary['warning']} warnings",
                      "sev-info": f"{summary['info']} info"}


def history(n: int) -> tuple[RunSummary, ...]:
    return tuple(
        RunSummary(run=r, started_at=f"2026-11-{r:02d}T03:00:00", status="incomplete" if r == 2 else "complete",
                   pages=10, facts=100, findings={"error": r % 4, "warning": 2, "info": 0})
        for r in range(1, n + 1)
    )


@pytest.mark.parametrize("earlier", [0, 1, 30])
def test_the_trend_chart_draws_every_run(earlier, demo_report):
    report = Report(project="p", run=earlier + 1, as_of=AS_OF, findings=demo_report.findings, rules=RULES,
                    history=history(earlier))
    svg = parse(html_report.render(report)).xpath("//section[@class='trend']/*[local-name()='svg']")[0]
    runs = earlier + 1
    assert len(svg.xpath(".//*[local-name()='circle']")) == runs * len(SEVERITIES)
    assert len(svg.xpath(".//*[local-name()='polyline']")) == (len(SEVERITIES) if runs > 1 else 0)
    titles = [t.text for t in svg.xpath(".//*[local-name()='circle']/*[local-name()='title']")]
    assert f"run {runs} (this run): {report.summary['error']} error" in titles  # counted from the report itself
    if earlier >= 2:
        assert "run 2 (incomplete): 2 error" in titles
    for circle in svg.xpath(".//*[local-name()='circle']"):
        assert 0 <= float(circle.get("cx")) <= 760 and 0 <= float(circle.get("cy")) <= 240


def test_a_report_without_findings_says_so():
    root = parse(html_report.render(Report(project="Empty", run=1, as_of=AS_OF, findings=(), rules=RULES)))
    assert "No findings: every channel agrees." in root.text_content()
    assert not root.xpath("//article")


# ---------------------------------------------------------------------------
# In Chromium

needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (Debian package `chromium`); the browser checks need it"
)


def browse(tmp_path: Path, page: str, fragment: str = "") -> "lxml_html.HtmlElement":
    """Open the page from file:// in headless Chromium and return the DOM after its scripts ran."""
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    profile = tmp_path / "chromium-profile"
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", "--virtual-time-budget=5000", "--dump-dom", path.as_uri() + fragment],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0 and "<html" in result.stdout, result.stderr[-2000:]
    return lxml_html.document_fromstring(result.stdout)


def visible(dom) -> list:
    return [a for a in dom.xpath("//article") if a.get("hidden") is None]


@needs_chromium
def test_the_hash_filters_findings_by_severity(demo_report, tmp_path):
    dom = browse(tmp_path, html_report.render(demo_report), "#severity=error")
    errors = [f for f in demo_report.findings if f.severity == "error"]
    assert errors and len(errors) < len(demo_report.findings)
    assert [a.get("data-severity") for a in visible(dom)] == ["error"] * len(errors)
    hidden = [a for a in dom.xpath("//article") if a.get("hidden") is not None]
    assert {a.get("data-severity") for a in hidden} == {f.severity for f in demo_report.findings} - {"error"}
    assert dom.xpath("//form[@id='filters']")[0].get("hidden") is None  # the script showed the controls
    assert dom.xpath("//output[@id='shown']")[0].text_content() == f"{len(errors)} of {len(demo_report.findings)} findings shown"
    # A subject whose findings are all hidden is hidden with them.
    for section in dom.xpath("//section[@class='subject']"):
        assert (section.get("hidden") is not None) == all(a.get("hidden") is not None for a in section.xpath(".//article"))


@needs_chromium
def test_the_hash_combines_channel_kind_and_text(demo_report, tmp_path):
    page = html_report.render(demo_report)
    dom = browse(tmp_path, page, "#channel=ivr&kind=hours")
    expected = [f for f in demo_report.findings if f.kind == "hours" and any(e.channel == "ivr" for e in f.evidence)]
    assert expected and [a.get("data-rule") for a in visible(dom)] == [f.rule for f in expected]
    dom = browse(tmp_path, page, "#q=" + "623-18-04")
    assert [a.get("data-rule") for a in visible(dom)] == ["phone-mismatch"]
    dom = browse(tmp_path, page, "#severity=%E0%A4%A&nothing=1")  # a broken hash shows everything
    assert len(visible(dom)) == len(demo_report.findings)


@needs_chromium
def test_a_planted_script_does_not_run(tmp_path):
    page = html_report.render(planted_report())
    dom = browse(tmp_path, page, "#severity=warning")
    body = dom.xpath("//body")[0]
    assert body.get("data-pwned") is None
    assert [a.get("data-severity") for a in visible(dom)] == ["warning"]  # our script did run
    assert PLANTED in [td.text_content() for td in dom.xpath("//td[@class='excerpt']")]
    assert not dom.xpath("//img")


@needs_chromium
def test_the_csp_stops_a_script_even_when_escaping_slips(tmp_path):
    page = html_report.render(planted_report()).replace("<main>", "<main>" + PLANTED, 1)
    dom = browse(tmp_path, page)
    assert dom.xpath("//main/script")  # the slip is in the page...
    assert dom.xpath("//body")[0].get("data-pwned") is None  # ...and did not run
