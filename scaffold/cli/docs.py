"""``scaffold docs``: documentation generated from the registry (``scaffold docs ai``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["app"]

app = typer.Typer(help="Documentation generated from the template registry.", no_args_is_help=True)


@app.command("ai")
def ai(
    directory: Annotated[
        Path, typer.Argument(help="Project folder; AGENTS.md is written there.")
    ] = Path("."),
    *,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print the diff and write nothing.")
    ] = False,
    check: Annotated[
        bool, typer.Option("--check", help="Exit 1 if AGENTS.md is missing or out of date (CI).")
    ] = False,
) -> int:
    """Write AGENTS.md, the file AI coding tools read, from the registry's templates.

    Only the block between the scaffold:ai-guidance markers is generated; text around it is
    yours and survives every run.
    """
    from scaffold.guidance import plan_agents_md, write_agents_md

    plan = plan_agents_md(directory)
    if not plan.changed:
        typer.echo(f"{plan.path}: up to date, nothing to do")
        return 0
    if check:
        state = "missing" if plan.old is None else "out of date"
        typer.echo(f"{plan.path}: {state}; run `scaffold docs ai`", err=True)
        return 1
    if dry_run:
        typer.echo(plan.diff(), nl=False)
        return 0
    created = plan.old is None
    write_agents_md(plan)
    typer.echo(f"{plan.path}: {'created' if created else 'updated'}")
    return 0
