"""``scaffold init``: connect the contracts to the project's own users, once.

The same step runs inside ``scaffold new function`` when a project has recognisable
authentication that is not connected yet. Thin: detection and planning are
``scaffold.generate._adopt``; writing is ``apply_plan`` (all or nothing).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from scaffold.generate import Project
    from scaffold.generate._adopt import Adoption


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def _describe(adoption: Adoption) -> str:
    auth = adoption.auth
    assert auth is not None  # "ready" and "manual" adoptions carry what was found
    via = f" (via {auth.alias})" if auth.alias else ""
    roles = auth.roles.attribute if auth.roles is not None else "no role attribute: all users"
    return (
        f"found the project's auth: {auth.dependency}{via} at {auth.where}, returning "
        f"{auth.user_class} (id: {auth.id_attribute}; roles: {roles})"
    )


def adopt(
    project: Project,
    *,
    yes: bool,
    dry_run: bool,
    dependency: str | None = None,
    required: bool = True,
) -> bool:
    """Plan, show and (once accepted) write the adoption; return whether this call wrote it
    (a function plan made before it is then stale: its tests would not use the real app).

    ``required`` (``scaffold init``): a project without recognisable auth, or one whose app
    cannot be edited, is an error. Otherwise (``new function``) it is one note and the
    generation goes on as before.
    """
    from scaffold.errors import UserError
    from scaffold.generate import apply_plan, render_diff
    from scaffold.generate._adopt import plan_adoption

    adoption = plan_adoption(project, dependency)
    if adoption.state == "adopted":
        if required:
            why = f" ({adoption.message})" if adoption.message else ""
            typer.echo(f"already done: the contracts use the project's own users{why}")
        return False
    if adoption.state in ("absent", "manual"):
        if required:
            raise UserError(adoption.message.replace("\n", "; "))
        if adoption.state == "manual":
            typer.echo(f"note: {_describe(adoption)}")
        typer.echo(f"note: {adoption.message}")
        return False
    plan = adoption.plan
    assert plan is not None  # a "ready" adoption has a plan
    typer.echo(_describe(adoption))
    typer.echo(plan.summary())
    if dry_run:
        typer.echo(render_diff(plan), nl=False)
        if required:
            typer.echo("dry run: nothing was written")
        else:
            typer.echo(
                "note: once connected, the generated tests run against the project's real app; "
                "the diff below shows them as generated before connecting"
            )
        return False
    if not yes:
        if not _interactive():
            if required:
                raise UserError("not connected: no terminal to ask on; pass --yes to write it")
            typer.echo(
                "note: not connected (no terminal to ask on); pass --yes or run `scaffold init`"
            )
            return False
        typer.echo(render_diff(plan), nl=False)
        if not typer.confirm("Connect the contracts to these users?", default=True):
            typer.echo("not connected; run `scaffold init` later to do it")
            return False
    written = apply_plan(plan)
    typer.echo(f"connected: wrote {len(written)} file(s); generated endpoints accept these users")
    return True


def init(
    folder: Annotated[
        Path | None,
        typer.Argument(
            metavar="DIR",
            help="Project folder (default: found from the current folder).",
            file_okay=False,
            show_default=False,
        ),
    ] = None,
    dependency: Annotated[
        str | None,
        typer.Option(
            "--dependency",
            metavar="MODULE:FUNCTION",
            help="The current-user dependency to use when several qualify.",
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print the plan and the diff; write nothing.")
    ] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Ask nothing: connect.")] = False,
) -> None:
    """Connect the contracts to the project's own users: an adapter and install(app, ...)."""
    from scaffold.generate import find_project
    from scaffold.generate._served import require_fastapi

    project = find_project(folder)
    require_fastapi(project.root)
    adopt(project, yes=yes, dry_run=dry_run, dependency=dependency, required=True)
