"""The `consistency` command: a thin click layer over consistency.pipeline.

Exit status (CONTRACT.md): 0 no finding at or above --fail-on; 1 findings at
or above it; 2 bad usage or an invalid config or rule file; 3 a source whose
pages could not be reached at all.
"""

from __future__ import annotations

import json
import logging
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


@main.command()
@click.argument("config", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--as-of", callback=_date, help="The date that counts as today for every date rule (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text", show_default=True,
              help="Report format; json is the documented findings document.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to this file instead of stdout.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="error", show_default=True,
              help="Exit 1 when a finding is at or above this severity.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help="The SQLite database (default: next to CONFIG).")
@click.option("--no-crawl", is_flag=True, help="Reuse the latest complete stored crawl instead of crawling.")
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path),
              help="Report only findings whose id is not in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the ids of this run's findings to a baseline file.")
def check(config, as_of, fmt, output, fail_on, db, no_crawl, baseline, write_baseline):
    """Crawl every source of CONFIG, extract facts, run the rules and report findings."""
    from consistency.findings.ruleset import load_rules
    from consistency.pipeline import check as run_check
    from consistency.reports.report import Report

    cfg = load_config(config)
    rules = load_rules(cfg)  # validated before anything is crawled
    known = _read_baseline(baseline) if baseline else set()
    result = run_check(cfg, as_of=as_of, db=db, no_crawl=no_crawl, rules=rules)
    if write_baseline:
        write_baseline.write_text(json.dumps({"findings": sorted(f.id for f in result.findings)}, indent=2) + "\n", encoding="utf-8")
    findings = [f for f in result.findings if f.id not in known]
    report = Report(project=cfg.name, run=result.run, as_of=result.as_of, findings=tuple(findings), rules=tuple(rules))
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


@main.command()
@click.argument("config", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help="The SQLite database (default: next to CONFIG).")
@click.option("--kind", help="Only facts of this kind (hours, address, phone, email, promotion, price, entity).")
@click.option("--channel", help="Only facts from this channel.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def facts(config, db, kind, channel, fmt):
    """Show the facts of the latest complete run."""
    import csv
    import io

    from consistency.reports.json_format import dumps, facts_document
    from consistency.store import Store

    if db is None:
        if config is None:
            raise click.UsageError("give CONFIG or --db")
        db = load_config(config).default_db
    if not Path(db).exists():
        raise ConsistencyError(f"{db}: no database yet; run `consistency crawl CONFIG` first")
    store = Store(db)
    try:
        run = store.latest_complete_run()
        if run is None:
            raise ConsistencyError(f"{db}: no complete run stored yet; run `consistency crawl CONFIG` first")
        selected = [f for f in store.facts(run) if (not kind or f.kind == kind) and (not channel or f.channel == channel)]
    finally:
        store.close()
    document = facts_document(selected, run=run)
    if fmt == "json":
        click.echo(dumps(document), nl=False)
    elif fmt == "csv":
        out = io.StringIO()
        columns = ["kind", "entity", "value", "raw", "channel", "url", "excerpt", "valid_from", "valid_to"]
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(document["facts"])
        click.echo(out.getvalue(), nl=False)
    else:
        for f in document["facts"]:
            entity = f["entity"] or "(company)"
            period = f" [{f['valid_from'] or '…'} – {f['valid_to'] or '…'}]" if f["valid_from"] or f["valid_to"] else ""
            click.echo(f"{f['kind']:<9} {entity[:30]:<30} {f['value']}{period}  ({f['channel']}: {f['url']})")


@main.group(invoke_without_command=True)
@click.pass_context
def rules(ctx):
    """List the built-in rules; `rules explain ID` prints one in full."""
    if ctx.invoked_subcommand is None:
        from consistency.findings.rule import builtin_rules

        for rule in builtin_rules():
            click.echo(f"{rule.id:<30} {rule.severity:<8} {rule.summary}")


@rules.command()
@click.argument("rule_id")
def explain(rule_id):
    """Print a rule's whole entry: summary, why it matters, parameters and examples."""
    import difflib

    from consistency.findings.rule import builtin_rules

    by_id = {r.id: r for r in builtin_rules()}
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
