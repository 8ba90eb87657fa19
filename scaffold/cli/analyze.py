"""``scaffold analyze PATH``: find unprotected routes and plan the migration to contracts."""

from __future__ import annotations

import io
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

__all__ = ["analyze"]


class Format(str, Enum):
    table = "table"
    json = "json"
    markdown = "markdown"
    sarif = "sarif"


class FailOn(str, Enum):
    low = "low"
    medium = "medium"
    high = "high"
    critical = "critical"


def analyze(
    path: Annotated[Path, typer.Argument(help="Project folder or file to analyze.")] = Path("."),
    *,
    output_format: Annotated[
        Format, typer.Option("--format", "-f", help="table (default), json, markdown or sarif.")
    ] = Format.table,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(help="Exit 1 when a finding is at least this severe (for CI)."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file.")
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option(help="Glob of files or folders to skip (repeatable).", metavar="GLOB"),
    ] = None,
    suggest: Annotated[
        bool,
        typer.Option(help="Suggest a registry template and its contract for each handler."),
    ] = True,
    include_vendored: Annotated[
        bool,
        typer.Option(
            "--include-vendored",
            help="Also scan .venv, node_modules, site-packages and similar folders.",
        ),
    ] = False,
) -> int:
    """Find route handlers without authentication, role or ownership checks (never runs code)."""
    from scaffold.analyze import Severity, analyze_path
    from scaffold.analyze._formats import to_json, to_markdown, to_sarif

    suggester = None
    if suggest:
        from scaffold.analyze import lazy_suggester, project_suggester
        from scaffold.errors import UserError

        def warn(error: UserError) -> None:  # a broken registry must not hide the findings
            typer.echo(f"warning: no template suggestions: {error}", err=True)

        project = path if path.is_dir() else path.parent
        suggester = lazy_suggester(lambda: project_suggester(project), warn)
    report = analyze_path(
        path, excludes=exclude or (), default_excludes=not include_vendored, suggest=suggester
    )
    if output_format is Format.table:
        from rich.console import Console

        from scaffold.analyze._table import print_table

        console = Console(file=sys.stdout, highlight=False)
        if output is not None:
            console = Console(record=True, file=io.StringIO(), width=160, color_system=None)
        print_table(report, console)
        text = console.export_text() if output is not None else ""
    else:
        render = {Format.json: to_json, Format.markdown: to_markdown, Format.sarif: to_sarif}
        text = render[output_format](report)
        if output is None:
            sys.stdout.write(text)
    if output is not None:
        from scaffold._atomic_file import write_text_atomic

        write_text_atomic(output, text)
        typer.echo(f"wrote {output} ({len(report.findings)} findings)", err=True)
    if fail_on is not None:
        threshold = Severity(fail_on.value)
        worst = report.worst()
        if worst is not None and worst.rank >= threshold.rank:
            return 1
    return 0
