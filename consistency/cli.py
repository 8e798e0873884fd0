"""The `consistency` command: a thin click layer over consistency.pipeline.

Exit status (docs/contract.md): 0 no finding at or above --fail-on; 1 findings at
or above it; 2 bad usage or an invalid config or rule file; 3 a source whose
pages could not be reached at all.
"""

from __future__ import annotations

import json
import logging
import signal
import sys
from datetime import date
from pathlib import Path

import click

from consistency import __version__
from consistency.config import load_config
from consistency.errors import ConsistencyError
from consistency.findings.finding import severity_rank
from consistency.reports import FORMATS

FAIL_ON = ("error", "warning", "info", "never")


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD")


def _setup_logging(verbose: int, quiet: int) -> None:
    level = logging.INFO + 10 * (quiet - verbose)
    logging.basicConfig(stream=sys.stderr, level=max(logging.DEBUG, level), format="consistency: %(message)s")


class _Command(click.Group):
    """Turns user-facing errors into a one-line message and the contract's exit status."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ConsistencyError as exc:
            click.echo(f"consistency: error: {exc}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=_Command)
@click.version_option(__version__, prog_name="consistency")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (repeat for debug).")
@click.option("-q", "--quiet", count=True, help="Less log output on stderr.")
def main(verbose: int, quiet: int) -> None:
    """Find what a company tells its customers inconsistently across its channels."""
    _setup_logging(verbose, quiet)
    # `kill` or a CI timeout sends SIGTERM: unwind like Ctrl-C, so a run in
    # progress is marked incomplete at once and the crawl process is stopped.
    signal.signal(signal.SIGTERM, _terminated)


def _terminated(signum, frame):
    raise SystemExit(128 + signum)


@main.command()
@click.argument("config", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--as-of", callback=_date, help="The date that counts as today for every date rule (YYYY-MM-DD).")
@click.option("--format", "formats", type=click.Choice(sorted(FORMATS)), multiple=True,
              help="Report format (default text); repeat with --output for several reports in one run.")
@click.option("--output", "outputs", type=click.Path(dir_okay=False, path_type=Path), multiple=True,
              help="Write the report of the --format at the same position to this file instead of stdout.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="error", show_default=True,
              help="Exit 1 when a finding is at or above this severity.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help="The SQLite database (default: next to CONFIG).")
@click.option("--no-crawl", is_flag=True, help="Reuse the latest complete stored crawl instead of crawling.")
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path),
              help="Report only findings whose id is not in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the ids of this run's findings to a baseline file.")
@click.option("--new-only", is_flag=True, help="Report only findings the previous complete run did not have.")
@click.option("--changed", multiple=True, metavar="PATH_OR_URL",
              help="Check only these draft files or staging URLs, laid over the latest complete run (repeatable).")
def check(config, as_of, formats, outputs, fail_on, db, no_crawl, baseline, write_baseline, new_only, changed):
    """Crawl every source of CONFIG, extract facts, run the rules and report findings.

    \b
    Exit status: 0 no finding at or above --fail-on; 1 findings at or above it;
    2 bad usage or an invalid config or rule file; 3 a source could not be reached.
    """
    from consistency.findings.ruleset import load_rules
    from consistency.pipeline import check as run_check
    from consistency.reports.report import Report

    cfg = load_config(config)
    rules = load_rules(cfg)  # validated before anything is crawled
    known = _read_baseline(baseline) if baseline else set()
    reports = _pair_reports(formats, outputs)
    result = run_check(cfg, as_of=as_of, db=db, no_crawl=no_crawl, rules=rules, changed=list(changed) or None,
                       new_only=new_only)
    if write_baseline:
        write_baseline.write_text(json.dumps({"findings": sorted(f.id for f in result.findings)}, indent=2) + "\n", encoding="utf-8")
    findings = [f for f in result.findings if f.id not in known]
    report = Report(project=cfg.name, run=result.run, as_of=result.as_of, findings=tuple(findings), rules=tuple(rules),
                    history=tuple(_history(cfg, db)))
    for fmt, output in reports:
        text = FORMATS[fmt](report, colour=output is None and sys.stdout.isatty())
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            click.echo(text, nl=False)
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    logging.getLogger("consistency").info(
        "run %d: %d facts, %d findings (%d errors, %d warnings, %d info)",
        result.run, len(result.facts), len(findings), counts["error"], counts["warning"], counts["info"],
    )
    if result.unreachable:
        click.echo(f"consistency: error: could not reach any page of: {', '.join(result.unreachable)}", err=True)
        sys.exit(3)
    if fail_on != "never" and any(severity_rank(f.severity) >= severity_rank(fail_on) for f in findings):
        sys.exit(1)


def _pair_reports(formats: tuple[str, ...], outputs: tuple[Path, ...]) -> list[tuple[str, Path | None]]:
    """--format/--output pairs by position; a format without an output goes to stdout (at most one)."""
    formats = formats or ("text",)
    if len(outputs) > len(formats):
        raise click.UsageError("more --output than --format options: give each output its format")
    pairs = [(fmt, outputs[i] if i < len(outputs) else None) for i, fmt in enumerate(formats)]
    if sum(1 for _, out in pairs if out is None) > 1:
        raise click.UsageError("only one report can go to stdout: give the others an --output file")
    return pairs


def _history(cfg, db) -> list:
    """Stored runs as RunSummary records, for trend charts."""
    from consistency.reports.report import RunSummary
    from consistency.store import Store

    store = Store(db or cfg.default_db)
    try:
        return [
            RunSummary(run=r["id"], started_at=r["started_at"], status=r["status"], pages=r["pages"] or 0,
                       facts=r["facts"] or 0, findings=r["findings"])
            for r in store.runs() if r["checked"] and r["status"] == "complete"
        ]
    finally:
        store.close()


def _read_baseline(path: Path) -> set[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return set(data["findings"] if isinstance(data, dict) else data)
    except FileNotFoundError:
        raise ConsistencyError(f"{path}: baseline file not found; create one with --write-baseline")
    except (ValueError, KeyError, TypeError) as exc:
        raise ConsistencyError(f"{path}: not a baseline file ({exc}); create one with --write-baseline")


@main.command()
@click.argument("config", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help="The SQLite database (default: next to CONFIG).")
def crawl(config, db):
    """Crawl every source of CONFIG into a new stored run, without running the rules."""
    from consistency.pipeline import crawl_only

    cfg = load_config(config)
    run, unreachable = crawl_only(cfg, db=db)
    click.echo(f"run {run} stored", err=True)
    if unreachable:
        click.echo(f"consistency: error: could not reach any page of: {', '.join(unreachable)}", err=True)
        sys.exit(3)


def _open_store(config: Path | None, db: Path | None):
    """The store named by --db, or the one next to CONFIG; an error if there is none yet."""
    from consistency.store import Store

    if db is None:
        if config is None:
            raise click.UsageError("give CONFIG or --db")
        db = load_config(config).default_db
    if not Path(db).exists():
        raise ConsistencyError(f"{db}: no database yet; run `consistency crawl CONFIG` first")
    return Store(db)


@main.command()
@click.argument("config", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help="The SQLite database (default: next to CONFIG).")
@click.option("--run", "run_id", type=int, help="A stored run (default: the latest complete one).")
@click.option("--kind", help="Only facts of this kind (hours, address, phone, email, promotion, price, entity).")
@click.option("--channel", help="Only facts from this channel.")
@click.option("--entity", help="Only facts about branches whose name contains this text.")
@click.option("--grep", "words", help="Full-text search: where the documents mention these words (any inflection).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def facts(config, db, run_id, kind, channel, entity, words, fmt):
    """Show stored facts, or search the stored documents (--grep)."""
    import csv
    import io

    from consistency.reports.json_format import dumps, facts_document

    store = _open_store(config, db)
    try:
        run = run_id or store.latest_complete_run()
        if run is None:
            raise ConsistencyError(f"{store.path}: no complete run stored yet; run `consistency crawl CONFIG` first")
        needle = entity.casefold() if entity else None
        selected = [
            f for f in store.facts(run)
            if (not kind or f.kind == kind) and (not channel or f.channel == channel)
            and (not needle or (f.entity and needle in f.entity.casefold()))
        ]
        mentions = store.search(run, words) if words else None
    finally:
        store.close()
    if mentions is not None:
        mentions = [m for m in mentions if not channel or m["channel"] == channel]
        places = {m["url"] for m in mentions}
        selected = [f for f in selected if f.url in places and _mentions(f, words)]
    document = facts_document(selected, run=run)
    if mentions is not None:
        document["mentions"] = mentions
    if fmt == "json":
        click.echo(dumps(document), nl=False)
    elif fmt == "csv":
        out = io.StringIO()
        if mentions is not None:
            writer = csv.DictWriter(out, fieldnames=["channel", "url", "context", "snippet"])
            writer.writeheader()
            writer.writerows(mentions)
        else:
            columns = ["kind", "entity", "value", "raw", "channel", "url", "excerpt", "valid_from", "valid_to"]
            writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(document["facts"])
        click.echo(out.getvalue(), nl=False)
    elif mentions is not None:
        if not mentions:
            click.echo(f"No document of run {run} mentions {words!r}.")
        for m in mentions:
            click.echo(f"{m['channel']:<8} {m['url']}\n         {m['snippet']}")
    else:
        for f in document["facts"]:
            who = f["entity"] or "(company)"
            period = f" [{f['valid_from'] or '…'} – {f['valid_to'] or '…'}]" if f["valid_from"] or f["valid_to"] else ""
            click.echo(f"{f['kind']:<9} {who[:30]:<30} {f['value']}{period}  ({f['channel']}: {f['url']})")


def _mentions(fact, words: str) -> bool:
    from consistency.store import fts_query

    stems = [t.strip('"*') for t in fts_query(words).split()]
    text = (fact.value + " " + fact.excerpt).casefold()
    return all(stem.casefold() in text for stem in stems)


@main.command()
@click.argument("config", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help="The SQLite database (default: next to CONFIG).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def runs(config, db, fmt):
    """List the stored runs: date, status, pages, facts and findings by severity."""
    store = _open_store(config, db)
    try:
        rows = store.runs()
    finally:
        store.close()
    if fmt == "json":
        keep = ("id", "started_at", "finished_at", "status", "sources", "pages", "errors", "facts", "findings", "note")
        click.echo(json.dumps([{k: r[k] for k in keep} for r in rows], ensure_ascii=False, indent=2))
        return
    click.echo(f"{'run':>4}  {'started (UTC)':<25} {'status':<10} {'pages':>6} {'facts':>6} {'errors':>6}  findings (e/w/i)")
    for r in rows:
        f = r["findings"]
        counts = f"{f['error']}/{f['warning']}/{f['info']}" if r["checked"] else "not checked"
        click.echo(f"{r['id']:>4}  {r['started_at']:<25} {r['status']:<10} {r['pages'] or 0:>6} {r['facts'] or 0:>6}"
                   f" {r['errors'] or 0:>6}  {counts}")


@main.command()
@click.argument("runs_", nargs=-1, type=int, metavar="[RUN_A] [RUN_B]")
@click.option("--config", "config", type=click.Path(dir_okay=False, path_type=Path), help="The config (for its database).")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help="The SQLite database.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def diff(runs_, config, db, fmt):
    """Findings new, resolved and still open between two checked runs (default: the last two)."""
    from consistency.findings.diff import diff_findings
    from consistency.reports.json_format import finding_entry

    if len(runs_) > 2:
        raise click.UsageError("give at most two runs: RUN_A RUN_B")
    store = _open_store(config, db)
    try:
        checked = [r["id"] for r in store.runs() if r["status"] == "complete" and r["checked"]]
        if len(runs_) == 2:
            before, after = runs_
        elif len(runs_) == 1:
            before, after = runs_[0], (checked[-1] if checked else None)
        else:
            if len(checked) < 2:
                raise ConsistencyError(f"{store.path}: fewer than two checked complete runs to compare; "
                                       "run `consistency check` again tomorrow, or name two runs")
            before, after = checked[-2], checked[-1]
        for run in (before, after):
            if run is None or store.run_status(run) is None:
                raise ConsistencyError(f"{store.path}: no run {run}; `consistency runs` lists them")
        result = diff_findings(store.findings(before), store.findings(after), before_run=before, after_run=after)
    finally:
        store.close()
    if fmt == "json":
        click.echo(json.dumps({
            "before": result.before, "after": result.after,
            "new": [finding_entry(f) for f in result.new],
            "resolved": [finding_entry(f) for f in result.resolved],
            "still_open": [finding_entry(f) for f in result.still_open],
        }, ensure_ascii=False, indent=2))
        return
    click.echo(f"run {result.before} → run {result.after}: {len(result.new)} new, {len(result.resolved)} resolved, "
               f"{len(result.still_open)} still open")
    for title, group in (("New", result.new), ("Resolved", result.resolved), ("Still open", result.still_open)):
        if group:
            click.echo(f"\n{title}:")
            for f in group:
                click.echo(f"  {f.severity:<8} {f.rule}: {f.message}")


@main.command()
@click.argument("config", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--once", is_flag=True, help="Exit after one run instead of waiting for the next.")
@click.option("--wait", type=click.FloatRange(min=0), metavar="SECONDS",
              help="Give up when no run starts within this many seconds (default: wait forever).")
def worker(config, once, wait):
    """Join the distributed crawls of CONFIG's [distributed] Redis with one more crawler process.

    \b
    Run it on any machine that has the same config (at the same path) and
    reaches the sites and the Redis server; `consistency crawl` or `check`
    on the machine with the database coordinates each run and stores what
    every worker fetched. Exit status: 0 when the run(s) ended; 2 an invalid
    config, no [distributed] section, or scrapy-redis missing; 3 Redis
    unreachable, this machine's config differs from the coordinator's, the
    crawler process failed (with --once), or no run came within --wait.
    """
    from consistency.crawl.distributed import serve

    cfg = load_config(config)
    verbose = 2 if logging.getLogger("consistency").getEffectiveLevel() <= logging.DEBUG else 0
    try:
        serve(cfg, once=once, wait=wait, verbose=verbose)
    except KeyboardInterrupt:
        click.echo("consistency: worker stopped", err=True)


@main.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), default="consistency.toml")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def init(path, force):
    """Write a commented starter config (default: ./consistency.toml)."""
    from consistency.starter import STARTER_CONFIG

    if path.exists() and not force:
        raise ConsistencyError(f"{path} exists; pass --force to overwrite it")
    path.write_text(STARTER_CONFIG, encoding="utf-8")
    click.echo(f"wrote {path}: edit its [[source]] entries, then run `consistency check {path}`", err=True)


@main.group(invoke_without_command=True)
@click.option("--format", "fmt", type=click.Choice(["table", "markdown"]), default="table", show_default=True,
              help="markdown prints the rules reference (docs/rules.md).")
@click.option("--config", type=click.Path(dir_okay=False, path_type=Path),
              help="Show the rules as this config tunes them, with its own rule folders.")
@click.pass_context
def rules(ctx, fmt, config):
    """List the rules (built-in, or as CONFIG tunes them); `rules explain ID` prints one in full."""
    ctx.obj = _rules_of(config)
    if ctx.invoked_subcommand is None:
        from consistency.findings.reference import rules_reference

        if fmt == "markdown":
            click.echo(rules_reference(ctx.obj), nl=False)
            return
        for rule in ctx.obj:
            click.echo(f"{rule.id:<30} {rule.severity:<8} {rule.summary}")


def _rules_of(config: Path | None) -> list:
    from consistency.findings.ruleset import load_rules

    return load_rules(load_config(config) if config else None)


@rules.command()
@click.argument("rule_id")
@click.pass_obj
def explain(rules_, rule_id):
    """Print a rule's whole entry: summary, why it matters, parameters and examples."""
    import difflib

    by_id = {r.id: r for r in rules_}
    rule = by_id.get(rule_id)
    if rule is None:
        hint = difflib.get_close_matches(rule_id, list(by_id), n=1)
        raise click.UsageError(f"no rule {rule_id!r}" + (f"; did you mean {hint[0]!r}?" if hint else "; see `consistency rules`"))
    click.echo(f"{rule.id} ({rule.severity}, {rule.kind}, {rule.problem})\n\n{rule.summary}\n\nWhy this matters:\n  {rule.why}\n")
    click.echo(f"Check: {rule.check}")
    for name, value in rule.parameters.items():
        click.echo(f"  {name} = {value!r}")
    for example in rule.examples:
        click.echo(f"\nExample ({'fires' if example.fires else 'passes'}): {example.name}")
        for fact in example.facts:
            click.echo(f"  {fact.get('channel', 'website')}: {fact.get('entity') or ''} {fact.get('raw') or fact.get('value')}")


if __name__ == "__main__":
    main()
