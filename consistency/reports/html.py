"""One self-contained HTML file for people: findings by subject, filters, and a trend chart.

Everything is inline (no CDN, fonts, images or requests), so the file works
offline from file:// and can be attached to a ticket. The page is built from
escaped strings rather than a template engine: the markup is small and fixed,
and each place crawled text enters is one `_e()` call that is easy to audit.

Crawled text is hostile until proven otherwise: every text and attribute goes
through `html.escape`, URLs become links only for http, https and file, and a
Content-Security-Policy allows exactly the one inline script and stylesheet
shipped here (by their SHA-256), so even an escaping slip cannot run a
planted script or load anything from elsewhere.

The filters (severity, channel, kind, free text) are read from and written to
the URL hash (`report.html#severity=error&channel=ivr`); values may be
comma-separated lists. Without JavaScript every finding is shown and the
controls stay hidden.
"""

from __future__ import annotations

import base64
import hashlib
import html
import math
from collections import defaultdict

from consistency import __version__
from consistency.findings.finding import SEVERITIES, Finding
from consistency.reports.highlight import display_location, link_target, marks, outliers, segments, shorten
from consistency.reports.report import Report, RunSummary

EXCERPT_LIMIT = 1000  # characters of an excerpt shown

_STYLE = """
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa;
  --line: #d1d9e0; --error: #c62828; --warning: #b26a00; --info: #1565c0; --mark: #fff2a8; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d;
    --error: #ff7b72; --warning: #e3b341; --info: #79c0ff; --mark: #6e5a00; }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--fg); background: var(--bg); }
.page { max-width: 1200px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.6em; margin: 0 0 4px; }
h2 { font-size: 1.25em; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.meta { color: var(--muted); margin: 0 0 12px; }
.counts { display: flex; gap: 12px; list-style: none; padding: 0; margin: 0; flex-wrap: wrap; }
.counts li { padding: 4px 12px; border-radius: 999px; background: var(--panel); border: 1px solid var(--line); }
.counts b { font-size: 1.15em; }
.trend svg { width: 100%; max-width: 760px; height: auto; background: var(--panel); border: 1px solid var(--line);
  border-radius: 6px; }
.trend text { fill: var(--muted); font-size: 12px; }
.trend .axis { stroke: var(--line); }
.trend .series { fill: none; stroke-width: 2; }
.sev-error { color: var(--error); } .series.sev-error, .dot.sev-error { stroke: var(--error); }
.sev-warning { color: var(--warning); } .series.sev-warning, .dot.sev-warning { stroke: var(--warning); }
.sev-info { color: var(--info); } .series.sev-info, .dot.sev-info { stroke: var(--info); }
.dot { fill: var(--bg); stroke-width: 2; }
.swatch.sev-error { fill: var(--error); } .swatch.sev-warning { fill: var(--warning); } .swatch.sev-info { fill: var(--info); }
#filters { display: flex; gap: 12px; align-items: end; flex-wrap: wrap; margin: 20px 0 0; padding: 12px;
  background: var(--panel); border: 1px solid var(--line); border-radius: 6px; }
#filters label { display: flex; flex-direction: column; font-size: 0.85em; color: var(--muted); gap: 2px; }
#filters select, #filters input, #filters button { font: inherit; padding: 4px 6px; }
#shown { margin-left: auto; color: var(--muted); }
.finding { border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 6px; padding: 10px 14px;
  margin: 12px 0; }
.finding.sev-error { border-left-color: var(--error); color: inherit; }
.finding.sev-warning { border-left-color: var(--warning); color: inherit; }
.finding.sev-info { border-left-color: var(--info); color: inherit; }
.finding header { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.badge { font-weight: 700; text-transform: uppercase; font-size: 0.8em; letter-spacing: 0.04em; }
.rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
.id, .problem { color: var(--muted); font-size: 0.85em; }
.message { margin: 6px 0 10px; }
table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-top: 1px solid var(--line); }
th { color: var(--muted); font-weight: 600; }
td.value { min-width: 10em; }
td.where { word-break: break-all; min-width: 10em; }
td.excerpt { overflow-wrap: anywhere; }
tr.odd td { background: var(--panel); }
tr.odd td.value { font-weight: 700; }
.differs { display: inline-block; font-size: 0.75em; font-weight: 600; text-transform: uppercase; padding: 0 6px;
  border-radius: 999px; border: 1px solid currentColor; color: var(--error); }
mark { background: var(--mark); color: inherit; padding: 0 2px; border-radius: 2px; font-weight: 600; }
.url { color: var(--muted); }
a { color: var(--info); }
.empty { padding: 16px; background: var(--panel); border-radius: 6px; }
footer { margin-top: 32px; color: var(--muted); font-size: 0.85em; }
@media print { #filters { display: none; } .finding { break-inside: avoid; } }
"""

_SCRIPT = """
(function () {
  "use strict";
  var NAMES = ["severity", "channel", "kind", "q"];
  var form = document.getElementById("filters");
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  var subjects = Array.prototype.slice.call(document.querySelectorAll(".subject"));
  var shown = document.getElementById("shown");
  var state = {};

  function list(text) {
    return String(text || "").split(",").map(function (s) { return s.trim().toLowerCase(); })
      .filter(function (s) { return s.length > 0; });
  }
  function decode(text) {
    try { return decodeURIComponent(text.replace(/\\+/g, " ")); } catch (e) { return ""; }
  }
  function readHash() {
    var wanted = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
      var at = pair.indexOf("=");
      if (at < 0) { return; }
      var key = decode(pair.slice(0, at));
      if (NAMES.indexOf(key) >= 0) { wanted[key] = decode(pair.slice(at + 1)); }
    });
    return wanted;
  }
  function writeHash() {
    var parts = [];
    NAMES.forEach(function (name) {
      if (state[name]) { parts.push(name + "=" + encodeURIComponent(state[name])); }
    });
    history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search);
  }
  function showControls() {
    NAMES.forEach(function (name) {
      var control = document.getElementById("filter-" + name);
      var value = state[name] || "";
      if (control.tagName === "SELECT" && value && !Array.prototype.some.call(control.options,
          function (o) { return o.value === value; })) {
        var option = document.createElement("option");
        option.value = value;
        option.textContent = value;
        control.appendChild(option);
      }
      control.value = value;
    });
  }
  function matches(finding) {
    var severities = list(state.severity), channels = list(state.channel), kinds = list(state.kind);
    var text = String(state.q || "").trim().toLowerCase();
    if (severities.length && severities.indexOf(finding.getAttribute("data-severity")) < 0) { return false; }
    if (kinds.length && kinds.indexOf(finding.getAttribute("data-kind")) < 0) { return false; }
    if (channels.length && !Array.prototype.some.call(finding.querySelectorAll("tr[data-channel]"),
        function (row) { return channels.indexOf(row.getAttribute("data-channel").toLowerCase()) >= 0; })) {
      return false;
    }
    return !text || finding.textContent.toLowerCase().indexOf(text) >= 0;
  }
  function apply() {
    var count = 0;
    findings.forEach(function (finding) {
      var ok = matches(finding);
      finding.hidden = !ok;
      if (ok) { count += 1; }
    });
    subjects.forEach(function (subject) {
      subject.hidden = !subject.querySelector(".finding:not([hidden])");
    });
    shown.textContent = count + " of " + findings.length + " findings shown";
  }
  function fromHash() {
    state = readHash();
    showControls();
    apply();
  }
  NAMES.forEach(function (name) {
    var control = document.getElementById("filter-" + name);
    control.addEventListener(name === "q" ? "input" : "change", function () {
      state[name] = control.value;
      writeHash();
      apply();
    });
  });
  document.getElementById("filter-clear").addEventListener("click", function () {
    state = {};
    showControls();
    writeHash();
    apply();
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  window.addEventListener("hashchange", fromHash);
  form.hidden = false;
  fromHash();
})();
"""


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; script-src '{_sha256(_SCRIPT)}'; style-src '{_sha256(_STYLE)}'; "
    "img-src 'none'; base-uri 'none'; form-action 'none'"
)


def _e(text: object) -> str:
    """Escape text for HTML content and attribute values alike."""
    return html.escape(str(text), quote=True)


def render(report: Report, *, colour: bool = False) -> str:
    """The report as one self-contained HTML page."""
    counts = report.summary
    count_items = "".join(
        f'<li class="sev-{s}"><b>{counts[s]}</b> {_plural(counts[s], s)}</li>' for s in SEVERITIES
    )
    title = f"consistency: {report.project}, run {report.run}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_e(CONTENT_SECURITY_POLICY)}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="consistency {_e(__version__)}">',
        f"<title>{_e(title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        '<div class="page">',
        "<header>",
        f"<h1>{_e(report.project)}</h1>",
        f'<p class="meta">Run {report.run} · as of <time datetime="{report.as_of.isoformat()}">'
        f"{report.as_of.isoformat()}</time> · {len(report.findings)} {_plural(len(report.findings), 'finding')}</p>",
        f'<ul class="counts">{count_items}</ul>',
        "</header>",
        _trend(report),
        _filters(report),
        "<main>",
        _findings(report),
        "</main>",
        _rules(report),
        f"<footer>Generated by consistency {_e(__version__)}. Excerpts are quoted as crawled; "
        "the highlighted words are the value each channel states.</footer>",
        "</div>",
        f"<script>{_SCRIPT}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _plural(n: int, word: str) -> str:
    return word if n == 1 or word == "info" else word + "s"


def _filters(report: Report) -> str:
    channels = sorted({e.channel for f in report.findings for e in f.evidence})
    kinds = sorted({f.kind for f in report.findings})

    def select(name: str, label: str, values) -> str:
        options = '<option value="">all</option>' + "".join(f'<option value="{_e(v)}">{_e(v)}</option>' for v in values)
        return f'<label>{label}<select id="filter-{name}">{options}</select></label>'

    return (
        '<form id="filters" role="search" hidden>'
        + select("severity", "Severity", SEVERITIES)
        + select("channel", "Channel", channels)
        + select("kind", "Kind", kinds)
        + '<label>Search<input id="filter-q" type="search" placeholder="text in a finding"></label>'
        + '<button id="filter-clear" type="button">Show all</button>'
        + f'<output id="shown">{len(report.findings)} of {len(report.findings)} findings shown</output>'
        + "</form>"
    )


def _findings(report: Report) -> str:
    if not report.findings:
        return '<p class="empty">No findings: every channel agrees.</p>'
    by_subject: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings:
        by_subject[f.subject].append(f)
    out = []
    for subject, findings in by_subject.items():
        out.append(f'<section class="subject"><h2>{_e(subject)}</h2>')
        out.extend(_finding(f, report) for f in findings)
        out.append("</section>")
    return "\n".join(out)


def _finding(f: Finding, report: Report) -> str:
    rows = []
    odd = outliers(f)
    for n, e in enumerate(f.evidence):
        differs = ' <span class="differs" title="differs from what most sources say">differs</span>' if n in odd else ""
        row_class = ' class="odd"' if n in odd else ""
        found = marks(e.excerpt, e.value, kind=f.kind, as_of=report.as_of, message=f.message)
        excerpt, found = shorten(e.excerpt, found, EXCERPT_LIMIT)
        shown = "".join(f"<mark>{_e(s.text)}</mark>" if s.marked else _e(s.text) for s in segments(excerpt, found))
        rows.append(
            f'<tr data-channel="{_e(e.channel)}"{row_class}><td>{_e(e.channel)}</td>'
            f'<td class="value">{_e(e.value)}{differs}</td>'
            f'<td class="where">{_link(e.url)}</td><td class="excerpt">{shown}</td></tr>'
        )
    severity = f.severity if f.severity in SEVERITIES else "warning"
    return (
        f'<article class="finding sev-{severity}" data-severity="{_e(f.severity)}" data-kind="{_e(f.kind)}" '
        f'data-problem="{_e(f.problem)}" data-rule="{_e(f.rule)}" data-id="{_e(f.id)}">'
        f'<header><span class="badge sev-{severity}">{_e(f.severity)}</span>'
        f'<span class="rule">{_e(f.rule)}</span><span class="problem">{_e(f.kind)} · {_e(f.problem)}</span>'
        f'<span class="id">id {_e(f.id)}</span></header>'
        f'<p class="message">{_e(f.message)}</p>'
        "<table><thead><tr><th>channel</th><th>value</th><th>where</th><th>excerpt</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
        "</article>"
    )


def _link(url: str) -> str:
    target = link_target(url)
    label = _e(display_location(url))
    if target is None:
        return f'<span class="url">{_e(url)}</span>'
    return f'<a href="{_e(target)}" rel="noopener noreferrer">{label}</a>'


def _rules(report: Report) -> str:
    if not report.rules:
        return ""
    rows = "".join(
        f'<tr><td class="rule">{_e(r.id)}</td><td class="sev-{_e(r.severity)}">{_e(r.severity)}</td>'
        f"<td>{_e(r.kind)}</td><td>{_e(r.summary)}</td></tr>"
        for r in report.rules
    )
    return (
        f"<details><summary>{len(report.rules)} rules checked</summary>"
        f"<table><thead><tr><th>rule</th><th>severity</th><th>kind</th><th>what it finds</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></details>"
    )


# ---------------------------------------------------------------------------
# The trend chart

_W, _H = 760, 240
_LEFT, _RIGHT, _TOP, _BOTTOM = 44, 16, 34, 36
_MAX_LABELS = 12


def trend_points(report: Report) -> list[RunSummary]:
    """Earlier runs from the history and this run (with this report's counts), oldest first."""
    current = RunSummary(run=report.run, started_at="", status="this run", pages=0, facts=0, findings=report.summary)
    earlier = [h for h in report.history if h.run != report.run]
    return sorted(earlier, key=lambda h: h.run) + [current]


def _trend(report: Report) -> str:
    points = trend_points(report)
    n = len(points)
    top = max([1] + [p.findings.get(s, 0) for p in points for s in SEVERITIES])
    plot_w, plot_h = _W - _LEFT - _RIGHT, _H - _TOP - _BOTTOM

    def x(i: int) -> float:
        return _LEFT + (plot_w / 2 if n == 1 else plot_w * i / (n - 1))

    def y(count: int) -> float:
        return _TOP + plot_h * (1 - count / top)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_W} {_H}" role="img" aria-labelledby="trend-title">',
        f'<title id="trend-title">Findings per severity over {n} run{"s" if n != 1 else ""}</title>',
        f'<line class="axis" x1="{_LEFT}" y1="{_TOP + plot_h}" x2="{_W - _RIGHT}" y2="{_TOP + plot_h}"/>',
        f'<line class="axis" x1="{_LEFT}" y1="{_TOP}" x2="{_W - _RIGHT}" y2="{_TOP}"/>',
        f'<text x="{_LEFT - 6}" y="{y(0) + 4:.1f}" text-anchor="end">0</text>',
        f'<text x="{_LEFT - 6}" y="{y(top) + 4:.1f}" text-anchor="end">{top}</text>',
    ]
    step = max(1, math.ceil(n / _MAX_LABELS))
    for i, p in enumerate(points):
        if i % step == 0 or i == n - 1:
            out.append(f'<text x="{x(i):.1f}" y="{_H - _BOTTOM + 18}" text-anchor="middle">{p.run}</text>')
    out.append(f'<text x="{_LEFT + plot_w / 2:.1f}" y="{_H - 4}" text-anchor="middle">run</text>')
    for k, severity in enumerate(SEVERITIES):
        coords = [(x(i), y(p.findings.get(severity, 0))) for i, p in enumerate(points)]
        if n > 1:
            path = " ".join(f"{cx:.1f},{cy:.1f}" for cx, cy in coords)
            out.append(f'<polyline class="series sev-{severity}" points="{path}"/>')
        for (cx, cy), p in zip(coords, points):
            label = f"run {p.run}{' (' + p.status + ')' if p.status and p.status != 'complete' else ''}: " \
                    f"{p.findings.get(severity, 0)} {severity}"
            out.append(f'<circle class="dot sev-{severity}" cx="{cx:.1f}" cy="{cy:.1f}" r="3.5"><title>{_e(label)}</title></circle>')
        lx = _W - _RIGHT - 250 + k * 85
        out.append(f'<rect class="swatch sev-{severity}" x="{lx}" y="10" width="12" height="12" rx="2"/>')
        out.append(f'<text x="{lx + 17}" y="20">{severity}</text>')
    out.append("</svg>")
    return f'<section class="trend"><h2>Findings per run</h2>{"".join(out)}</section>'
