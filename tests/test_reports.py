"""The CI and people formats: SARIF, JUnit, GitHub workflow commands, Markdown, and the highlighting they share.

Each format is rendered from the real demo check, from a report with no
findings, and from findings whose every text holds the special characters of
every format; the output is read back with the tool the format is meant for
(the official SARIF schema, junitparser, GitHub's own Markdown renderer) or
parsed the way the consumer does (the Actions runner's line-based commands).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from junitparser import Failure, JUnitXml
from lxml import html as lxml_html

from consistency.findings.finding import SEVERITIES, Evidence, Finding
from consistency.findings.rule import builtin_rules
from consistency.reports import github, junit, markdown, sarif
from consistency.reports.highlight import (
    Mark,
    link_target,
    marks,
    outliers,
    primary_first,
    segments,
    shorten,
    terminal,
)
from consistency.reports.report import Report

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
AS_OF = date(2026, 11, 22)
RULES = tuple(builtin_rules())

# Every character that is markup somewhere: HTML, XML (incl. CDATA end and
# control characters), Markdown/GFM (tables, emphasis, links, code, math,
# mentions, issue links), GitHub workflow commands (%, CR, LF, ::, :, ,).
HOSTILE = (
    "a|b `c` *d* _e_ [f](javascript:alert(1)) ![i](x.png) <script>alert(1)</script> <b>bold</b>\n"
    "# not a heading & &amp; ~~s~~ $x^2$ @octocat #12 \\ 50% a:b, c\r\n"
    "::error::pwned\n::warning file=x,line=1::second ]]> \" ' {{x}} \u2028sep"
)
CONTROL = "\x01\x08\x0b\x0c\x1f\ufffe"




def hostile_report(tmp_path: Path) -> Report:
    """Findings whose every text field holds HOSTILE (and control characters), with local, web and bad URLs."""
    page = tmp_path / "site" / "page one.html"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text("<html><body>\n<p>intro</p>\n<p>Phone: 8 (495) 660-38-40</p>\n</body></html>\n", encoding="utf-8")
    text = HOSTILE + CONTROL
    evidence = (
        Evidence("web|site <i>", page.as_uri(), text, "Phone: 8 (495) 660-38-40 " + text),
        Evidence("ivr", "https://example.com/a b)(c)?q=<x>&y=\"z\"#frag", "+74956603840", text),
        Evidence("faq", "javascript:alert(1)", text, text),
        Evidence("faq", "data:text/html,<script>alert(1)</script>", "x", "x"),
    )
    findings = (
        Finding("phone-mismatch", "phone", "contradiction", "error", text, text, evidence),
        Finding("entity-missing", "entity", "missing", "warning", "Магазин " + text, "missing " + text, evidence[:2]),
        Finding("hours-source-outdated", "hours", "stale", "info", "info " + text, "old " + text, evidence[1:2]),
        Finding("my-own-rule", "price", "contradiction", "warning", "custom", "a rule the report does not describe",
                evidence[1:2]),
    )
    return Report(project="Проект <x> & " + text, run=3, as_of=AS_OF, findings=findings, rules=RULES)


def empty_report() -> Report:
    return Report(project="Empty", run=1, as_of=AS_OF, findings=(), rules=RULES)


def without_control(text: str) -> str:
    return "".join(c for c in text if c not in CONTROL)


# ---------------------------------------------------------------------------
# SARIF


def sarif_errors(document: dict) -> list[str]:
    validator = jsonschema.validators.validator_for(SCHEMA)(SCHEMA)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]


@pytest.mark.parametrize("which", ["demo", "hostile", "empty"])
def test_sarif_validates_against_the_official_schema(which, demo_report, tmp_path):
    report = {"demo": demo_report, "hostile": hostile_report(tmp_path), "empty": empty_report()}[which]
    document = json.loads(sarif.render(report))
    assert sarif_errors(document) == []
    assert document["version"] == "2.1.0"
    assert len(document["runs"]) == 1
    assert len(document["runs"][0]["results"]) == len(report.findings)


def test_the_schema_check_is_not_vacuous(demo_report):
    document = json.loads(sarif.render(demo_report))
    document["runs"][0]["results"][0]["level"] = "fatal"
    document["runs"][0]["tool"]["driver"].pop("name")
    assert len(sarif_errors(document)) == 2


def test_sarif_describes_every_rule_that_ran(demo_report):
    run = json.loads(sarif.render(demo_report))["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "consistency" and driver["version"] and driver["informationUri"].startswith("https://")
    by_id = {r["id"]: r for r in driver["rules"]}
    assert list(by_id) == [r.id for r in RULES]
    level = {"error": "error", "warning": "warning", "info": "note"}
    for rule in RULES:
        described = by_id[rule.id]
        assert described["shortDescription"]["text"] == rule.summary
        assert described["fullDescription"]["text"] == rule.why
        assert described["help"]["text"] == rule.why
        assert described["defaultConfiguration"]["level"] == level[rule.severity]
        assert described["properties"]["kind"] == rule.kind and described["properties"]["problem"] == rule.problem
    assert run["invocations"][0]["executionSuccessful"] is True
    assert run["invocations"][0]["properties"]["asOf"] == "2026-11-22"


def test_sarif_results_carry_the_finding_and_all_its_evidence(demo_report, tmp_path):
    for report in (demo_report, hostile_report(tmp_path)):
        run = json.loads(sarif.render(report))["runs"][0]
        rules = run["tool"]["driver"]["rules"]
        for finding, result in zip(report.findings, run["results"]):
            assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == finding.rule
            assert result["level"] == {"error": "error", "warning": "warning", "info": "note"}[finding.severity]
            assert result["message"]["text"] == finding.message
            assert result["partialFingerprints"] == {sarif.FINGERPRINT: finding.id}
            assert result["properties"]["subject"] == finding.subject
            assert result["properties"]["channels"] == sorted({e.channel for e in finding.evidence})
            located = {loc["id"]: loc["physicalLocation"] for loc in result["locations"]}
            assert sorted(located) == list(range(len(finding.evidence)))
            for n, e in enumerate(finding.evidence):
                physical = located[n]
                assert physical["artifactLocation"]["uri"] == e.url
                if e.url.startswith("file:"):
                    assert physical["region"]["snippet"]["text"] == e.excerpt
                    assert physical["region"]["startLine"] >= 1
                else:
                    assert "region" not in physical


def test_sarif_points_first_at_the_evidence_that_differs_and_at_its_line(demo_report):
    run = json.loads(sarif.render(demo_report))["runs"][0]
    result = next(r for r in run["results"] if r["ruleId"] == "phone-mismatch")
    first = result["locations"][0]["physicalLocation"]
    assert first["artifactLocation"]["uri"].endswith("/site/stores.html")
    lines = Path(first["artifactLocation"]["uri"].removeprefix("file://")).read_text(encoding="utf-8").splitlines()
    assert "623-18-04" in lines[first["region"]["startLine"] - 1]


# ---------------------------------------------------------------------------
# JUnit


def test_junit_of_the_demo_has_one_suite_per_rule_and_right_counts(demo_report, tmp_path):
    path = tmp_path / "junit.xml"
    path.write_text(junit.render(demo_report), encoding="utf-8")
    xml = JUnitXml.fromfile(str(path))
    suites = {suite.name: suite for suite in xml}
    assert list(suites) == [r.id for r in RULES]
    failing = {(f.rule, f.subject) for f in demo_report.findings if f.severity in ("error", "warning")}
    cases = [(suite.name, case) for suite in xml for case in suite]
    assert {(c.classname, c.name) for _, c in cases if not c.is_passed} == failing
    assert xml.tests == len(cases) and xml.failures == len(failing)
    for name, suite in suites.items():
        assert suite.tests == len(list(suite))
        assert suite.failures == sum(1 for case in suite if not case.is_passed)
        if not any(f.rule == name for f in demo_report.findings):
            assert [(c.name, c.is_passed) for c in suite] == [(junit.NO_FINDINGS, True)]
    case = next(c for _, c in cases if c.classname == "phone-mismatch")
    failure = case.result[0]
    assert isinstance(failure, Failure) and failure.type == "error"
    assert "+74956231804" in failure.message and "623-18-04" in failure.text


def test_junit_escapes_crawled_text_and_drops_characters_xml_forbids(tmp_path):
    report = hostile_report(tmp_path)
    text = junit.render(report)
    assert not any(c in text for c in CONTROL)
    path = tmp_path / "junit.xml"
    path.write_text(text, encoding="utf-8")
    xml = JUnitXml.fromfile(str(path))
    cases = {case.classname: case for suite in xml for case in suite}
    phone = cases["phone-mismatch"]
    assert phone.name == without_control(HOSTILE)  # line breaks in attributes are written as character references
    assert without_control(HOSTILE).replace("\r\n", "\n") in phone.result[0].text
    assert cases["hours-source-outdated"].is_passed
    assert without_control(HOSTILE).replace("\r\n", "\n") in cases["hours-source-outdated"].system_out
    assert "my-own-rule" in {suite.name for suite in xml}
    assert ET.fromstring(text.encode("utf-8")).find(".//script") is None  # "<script>" stayed text


def test_junit_without_findings_passes_every_rule(tmp_path):
    path = tmp_path / "junit.xml"
    path.write_text(junit.render(empty_report()), encoding="utf-8")
    xml = JUnitXml.fromfile(str(path))
    assert xml.tests == len(RULES) and xml.failures == 0
    assert all(case.is_passed and case.name == junit.NO_FINDINGS for suite in xml for case in suite)


# ---------------------------------------------------------------------------
# GitHub workflow commands


def unescape_data(text: str) -> str:
    return text.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")


def unescape_property(text: str) -> str:
    return unescape_data(text.replace("%3A", ":").replace("%2C", ","))


def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    """A workflow command line as the runner reads it: `::name key=value,key=value::message`."""
    assert line.startswith("::")
    head, sep, message = line[2:].partition("::")
    assert sep
    name, _, props = head.partition(" ")
    properties = dict(p.split("=", 1) for p in props.split(",")) if props else {}
    return name, {k: unescape_property(v) for k, v in properties.items()}, unescape_data(message)


def test_github_crawled_text_cannot_start_a_command(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    report = hostile_report(tmp_path)
    out = github.render(report)
    lines = out.splitlines()  # splits on every line break the runner could see, \u2028 included
    assert out.count("\n") == len(report.findings) and len(lines) == len(report.findings)
    commands = [parse_command(line) for line in lines]
    assert [c[0] for c in commands] == ["error", "warning", "warning", "notice"]  # most severe first
    # %, CR and LF round-trip through the escaping; other line separators become spaces, controls go.
    expected = HOSTILE.replace("\u2028", " ") + "  \ufffe"  # CONTROL: \x0b and \x0c are breaks, the rest controls
    by_title = {props["title"]: (name, message) for name, props, message in commands}
    phone = by_title[f"phone-mismatch: {expected}"]
    assert phone[1].startswith(expected + "\n")


def test_github_names_a_file_only_below_the_working_directory(tmp_path, monkeypatch):
    report = hostile_report(tmp_path)
    monkeypatch.chdir(tmp_path)
    name, props, _ = parse_command(github.render(report).splitlines()[0])
    assert props["file"] == "site/page one.html" and props["line"] == "3"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    for line in github.render(report).splitlines():
        assert "file" not in parse_command(line)[1]


def test_github_annotates_the_demo_where_the_differing_value_stands(demo_report, monkeypatch):
    uri = next(e.url for f in demo_report.findings for e in f.evidence if e.url.startswith("file:"))
    demo = Path(uri.removeprefix("file://")).parent
    while not (demo / "consistency.toml").exists():
        demo = demo.parent
    monkeypatch.chdir(demo)
    commands = [parse_command(line) for line in github.render(demo_report).splitlines()]
    assert len(commands) == len(demo_report.findings)
    assert sorted(c[0] for c in commands) == sorted(
        {"error": "error", "warning": "warning", "info": "notice"}[f.severity] for f in demo_report.findings)
    phone = next(props for _, props, _ in commands if props["title"].startswith("phone-mismatch"))
    assert phone["file"] == "site/stores.html"
    assert "623-18-04" in (demo / phone["file"]).read_text(encoding="utf-8").splitlines()[int(phone["line"]) - 1]


def test_github_without_findings_prints_nothing():
    assert github.render(empty_report()) == ""


# ---------------------------------------------------------------------------
# Markdown, rendered by GitHub's own cmark-gfm with raw HTML allowed (so an escaping slip would show)


def gfm(text: str):
    import cmarkgfm
    from cmarkgfm.cmark import Options

    rendered = cmarkgfm.github_flavored_markdown_to_html(text, options=Options.CMARK_OPT_UNSAFE)
    return lxml_html.fromstring(f"<div>{rendered}</div>")


def shown(text: str) -> str:
    """What a reader should see of crawled text: one line, no word joiners, no control characters."""
    for brk in ("\r\n", "\n", "\r", "\u2028"):
        text = text.replace(brk, " ")
    return text


def test_markdown_shows_hostile_text_as_text(tmp_path):
    report = hostile_report(tmp_path)
    root = gfm(markdown.render(report))
    assert not root.xpath("//script | //img | //b | //i | //h1 | //del | //em")
    links = root.xpath("//a")
    expected = [link_target(e.url) for f in report.findings for e in f.evidence if link_target(e.url)]
    assert [a.get("href") for a in links] == expected
    assert all(not a.get("href").startswith(("javascript:", "data:")) for a in links)
    for table in root.xpath("//table")[1:]:  # the first is the summary
        assert all(len(row.xpath("./td")) == 4 for row in table.xpath(".//tbody/tr"))
    text = root.text_content().replace(markdown.WORD_JOINER, "")
    assert shown(HOSTILE) in text
    assert "@\u2060octocat" in root.text_content() and "#\u206012" in root.text_content()
    headings = [h.text_content() for h in root.xpath("//h3")]
    assert shown(HOSTILE) + " \ufffe" in [h.replace(markdown.WORD_JOINER, "") for h in headings]  # controls dropped


def test_markdown_of_the_demo_has_a_summary_and_a_section_per_subject(demo_report):
    text = markdown.render(demo_report)
    root = gfm(text)
    assert root.xpath("//h2")[0].text_content() == f"consistency: {demo_report.project}"
    assert f"Run {demo_report.run}, as of 2026-11-22." in text
    summary = {row[0].text_content(): int(row[1].text_content()) for row in root.xpath("//table")[0].xpath("./tbody/tr")}
    assert summary == demo_report.summary
    assert [h.text_content() for h in root.xpath("//h3")] == list(dict.fromkeys(f.subject for f in demo_report.findings))
    strong = [s.text_content() for s in root.xpath("//td//strong")]
    assert "+7 495 623-18-04" in strong and "до 30 ноября." in strong
    evidence_rows = [row for table in root.xpath("//table")[1:] for row in table.xpath("./tbody/tr")]
    assert len(evidence_rows) == sum(len(f.evidence) for f in demo_report.findings)


def test_markdown_without_findings_says_so():
    root = gfm(markdown.render(empty_report()))
    assert "No findings: every channel agrees." in root.text_content()
    assert not root.xpath("//h3")


# ---------------------------------------------------------------------------
# Highlighting


def test_the_value_is_marked_where_its_own_text_stands(demo_report):
    marked = {}
    for f in demo_report.findings:
        for e in f.evidence:
            found = marks(e.excerpt, e.value, kind=f.kind, as_of=AS_OF, message=f.message)
            marked[(f.rule, e.value, e.excerpt)] = [s.text for s in segments(e.excerpt, found) if s.marked]
    by_value = {(rule, value): texts for (rule, value, _), texts in marked.items() if texts}
    assert by_value[("phone-mismatch", "+74956231804")] == ["+7 495 623-18-04"]
    assert by_value[("promotion-discount-mismatch", "up to 40%")] == ["до 40%"]
    assert by_value[("email-mismatch", "beliaevo@stranitsa-books.ru")] == ["beliaevo@stranitsa-books.ru"]
    assert by_value[("address-mismatch", "москва, ул бауманская, д 21")] == ["ул. Бауманская, д. 21"]
    assert by_value[("promotion-period-mismatch", "2026-12-15")] == ["с 1 ноября по 15 декабря 2026 г."]
    expired = next(texts for (rule, _, _), texts in marked.items() if rule == "promotion-expired")
    assert expired == ["с 1 июня по 31 августа 2026 года"]  # the passed period, not the whole sentence
    assert all(texts == [] for (rule, value, _), texts in marked.items() if value == "not listed")


def test_outliers_are_the_evidence_that_differs_from_most_sources(demo_report):
    odd = {f.rule + " " + f.subject: sorted(f.evidence[n].value for n in outliers(f)) for f in demo_report.findings}
    assert odd["phone-mismatch Магазин на Покровке"] == ["+74956231804"]
    assert odd["hours-mismatch Магазин в Беляеве"] == ["Mo-Sa 10:00-21:00; Su 11:00-20:00"]
    assert odd["address-mismatch Магазин на Бауманской"] == ["москва, ул бауманская, д 21"]
    tie = Finding("phone-mismatch", "phone", "contradiction", "error", "x", "m",
                  (Evidence("a", "u1", "+1", "e"), Evidence("b", "u2", "+2", "e"), Evidence("c", "u3", "+3", "e")))
    assert outliers(tie) == frozenset() and primary_first(tie) == [0, 1, 2]
    assert all(not outliers(f) for f in demo_report.findings if f.problem != "contradiction")


def test_a_terminal_shows_the_value_bold():
    excerpt = "Телефон: 8 (495) 623-18-40, звоните"
    found = marks(excerpt, "+74956231840", kind="phone", as_of=AS_OF)
    assert terminal(excerpt, found) == "Телефон: \x1b[1m\x1b[4m8 (495) 623-18-40\x1b[0m, звоните"


def test_shorten_keeps_marks_on_the_same_text():
    excerpt = "x" * 500 + "VALUE" + "y" * 500
    found = (Mark(500, 505),)
    text, moved = shorten(excerpt, found, 100)
    assert len(text) <= 102 and [s.text for s in segments(text, moved) if s.marked] == ["VALUE"]
    assert shorten("short", found[:0], 100) == ("short", ())


@settings(max_examples=60, deadline=None)
@given(excerpt=st.text(max_size=120), value=st.text(max_size=30), kind=st.sampled_from(
    ["hours", "address", "phone", "email", "promotion", "price", "entity"]))
def test_marking_never_fails_and_stays_inside_the_excerpt(excerpt, value, kind):
    found = marks(excerpt, value, kind=kind, as_of=AS_OF, message=value)
    assert all(0 <= m.start < m.end <= len(excerpt) for m in found)
    assert "".join(s.text for s in segments(excerpt, found)) == excerpt


def test_only_web_and_file_urls_become_links():
    assert link_target("https://example.com/a b)(c)") == "https://example.com/a%20b%29%28c%29"
    assert link_target("file:///tmp/x y.html") == "file:///tmp/x%20y.html"
    for url in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "vbscript:x", "/relative", "http:no-host"):
        assert link_target(url) is None, url


def test_every_severity_has_a_level_and_a_command():
    assert set(sarif.LEVELS) == set(SEVERITIES) == set(github.COMMANDS)
