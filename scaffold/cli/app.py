"""The root Typer app: global options, and the command groups joined with ``add_typer``."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Annotated

import typer

from scaffold import __version__
from scaffold.cli import analyze, checklist, docs, init, lifecycle, match, mcp, new, registry

app = typer.Typer(
    name="scaffold",
    help="Secure-by-default functions for web services: contracts, templates, generated tests.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"scaffold {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_show_version,
            is_eager=True,
            help="Show the version and exit.",
        ),
    ] = False,
) -> None:
    """Secure-by-default functions for web services: contracts, templates, generated tests."""


app.add_typer(new.app, name="new")
app.add_typer(registry.app, name="registry")
app.command("match")(match.match_command)
app.command("analyze")(analyze.analyze)
app.add_typer(docs.app, name="docs")
app.command("checklist")(checklist.checklist)
app.command("init")(init.init)
app.command("status")(lifecycle.status)
app.command("update")(lifecycle.update)
app.command("mcp")(mcp.mcp_command)


def app_for(args: Sequence[str]) -> typer.Typer:
    """The app holding only the command or group that ``args`` starts with, if it names one.

    Typer builds the parameters of every command from its signature before running any (about
    a tenth of a second for this app, more than some commands take); a run needs only its
    own. No command, an option first or an unknown name get the whole app, so help, usage
    errors and suggestions are unchanged.
    """
    if not args or args[0].startswith("-"):
        return app
    groups = [group for group in app.registered_groups if group.name == args[0]]
    commands = [command for command in app.registered_commands if command.name == args[0]]
    if len(groups) + len(commands) != 1:
        return app
    trimmed = copy.copy(app)
    trimmed.registered_groups = groups
    trimmed.registered_commands = commands
    return trimmed
