"""``scaffold status`` and ``scaffold update``: keep generated functions current with their
templates. Thin: the work is ``scaffold.lifecycle``."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from scaffold.cli._options import IntoOption

if TYPE_CHECKING:
    from scaffold.lifecycle import FunctionStatus, UpdatePlan

__all__ = ["status", "update"]


class Format(str, Enum):
    text = "text"
    json = "json"


def _version(item: FunctionStatus) -> str:
    if item.available is None:
        return f"v{item.version} (template unavailable)"
    if item.available == item.version:
        return f"v{item.version}"
    return f"v{item.version}, v{item.available} available"


def _show(items: list[FunctionStatus]) -> None:
    for item in items:
        verdict = (
            "ok"
            if item.ok
            else ", ".join(
                word
                for word, present in (
                    ("stale", item.stale),
                    ("weakened", item.weakened),
                    ("problem", item.problems),
                )
                if present
            )
        )
        typer.echo(f"{item.name}: {item.template} {_version(item)}: {verdict}")
        for file in item.files:
            typer.echo(f"  {file.describe():<17} {file.path}")
        for weakening in item.weakened:
            typer.echo(f"  weakened: {weakening}")
        for problem in item.problems:
            typer.echo(f"  problem: {problem}")


def status(
    path: Annotated[Path, typer.Argument(help="Project folder (default: this one).")] = Path(),
    *,
    output_format: Annotated[
        Format, typer.Option("--format", "-f", help="text (default) or json.")
    ] = Format.text,
    check: Annotated[
        bool,
        typer.Option(
            "--check", help="Exit 1 when a function is stale, weakened or has a problem (for CI)."
        ),
    ] = False,
) -> int:
    """List generated functions: template version, each file's state, weakened contracts."""
    from scaffold.lifecycle import project_status

    items = project_status(path)
    if output_format is Format.json:
        typer.echo(json.dumps([item.as_json() for item in items], indent=2))
    elif not items:
        typer.echo("no generated functions (nothing in .scaffold/generated.json)")
    else:
        _show(items)
    return 1 if check and not all(item.ok for item in items) else 0


def _report(update: UpdatePlan) -> None:
    """Each function with something to do: its versions, then one line a file that changes."""
    versions = {name: (old, new) for name, old, new in update.versions}
    shown: set[str] = set()
    for item in update.outcomes:
        if item.outcome == "unchanged":
            continue
        if item.function not in shown:
            shown.add(item.function)
            old, new = versions.get(item.function, (None, None))
            moved = f": v{old} -> v{new}" if old is not None and old != new else ""
            typer.echo(f"{item.function}{moved}")
        detail = f"  ({item.detail})" if item.detail else ""
        typer.echo(f"  {item.outcome:<9} {item.path}{detail}")


def update(
    names: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="NAME",
            help="Generated functions to update (default: all).",
            show_default=False,
        ),
    ] = None,
    *,
    into: IntoOption = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print what would change and the diff; write nothing.")
    ] = False,
) -> int:
    """Regenerate functions from today's templates, merging in three ways to keep your edits.

    Files you did not touch are replaced; edited ones are merged; where you and the template
    changed the same lines the file gets conflict markers and the command exits 1.
    """
    from scaffold.generate import apply_plan, render_diff
    from scaffold.lifecycle import plan_update

    planned = plan_update(into, names or ())
    writes = [c for c in planned.plan.writes if c.purpose != "manifest"]
    if not writes and not planned.refused:
        typer.echo("nothing to do: every generated function is up to date")
        return 0
    _report(planned)
    if dry_run:
        typer.echo(render_diff(planned.plan), nl=False)
        typer.echo("dry run: nothing was written")
    elif writes:
        written = apply_plan(planned.plan)
        typer.echo(f"wrote {len(written)} file(s)")
    if planned.conflicts:
        listed = ", ".join(item.path for item in planned.conflicts)
        typer.echo(f"error: conflicts in {listed}; resolve the markers, then run tests", err=True)
        return 1
    if planned.refused:
        listed = ", ".join(item.path for item in planned.refused)
        typer.echo(f"error: not updated: {listed} (see above)", err=True)
        return 1
    return 0
