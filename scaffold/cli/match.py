"""``scaffold match``: rank the templates for a description, with its signals and reasons.

Thin: ``scaffold.matching`` does the work. ``print_matches`` is shared with
``scaffold registry search``; ``settle`` turns a matching decision into a template for
``scaffold new function`` (asking on a terminal). Heavy imports happen inside the functions so
``scaffold --help`` stays fast.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from scaffold.catalog import Template
    from scaffold.matching import Ask, Chosen, Match, MatchResult, Refuse

__all__ = ["MatchFormat", "match_command", "print_matches", "read_description", "settle"]


class MatchFormat(str, Enum):
    table = "table"
    json = "json"


def read_description(text: str) -> str:
    """The description, or a ``UserError`` when it is blank."""
    from scaffold.errors import UserError

    if not text.strip():
        raise UserError(
            "the description is empty",
            hint='say what the function does, e.g. scaffold match "update profile"',
        )
    return text


def print_matches(
    matches: Sequence[Match], output: MatchFormat, result: MatchResult | None = None
) -> None:
    """A table for people (rank, template, score, reasons) or JSON for tools.

    With ``result``, the signals and the floor they set come first: a ``signals`` line in
    the table, ``signals`` and ``floor`` keys in JSON (whose matches are then under
    ``matches``). Without it (``registry search``), JSON is the plain list of matches.
    """
    if output is MatchFormat.json:
        data: object = [m.to_dict() for m in matches]
        if result is not None:
            data = {**result.to_dict(), "matches": data}
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    if result is not None:
        typer.echo(f"signals: {result.signals.describe()}")
        typer.echo(f"needs: a contract {result.floor}")
        if result.unsure is not None:
            typer.echo(f"decision: unsure ({result.unsure.reason})")
    table = Table(box=None, pad_edge=False, header_style="bold")
    for column in ("#", "template", "score", "why"):
        table.add_column(column, overflow="fold", no_wrap=column != "why")
    for number, found in enumerate(matches, start=1):
        table.add_row(str(number), found.template, f"{found.score:.2f}", "\n".join(found.reasons))
    Console(highlight=False, soft_wrap=False).print(table)


def _ask(decision: Ask) -> Match:
    typer.echo(
        f"Unsure: {decision.reason}."
        if decision.reason
        else "These contracts fit about equally well:"
    )
    for number, candidate in enumerate(decision.candidates, start=1):
        reasons = "; ".join(candidate.reasons[:2])
        typer.echo(
            f"  {number}. {candidate.template} ({candidate.strength}, "
            f"score {candidate.score:.2f}): {reasons}"
        )
    count = len(decision.candidates)
    picked: int = typer.prompt(f"Which one (1-{count})", type=int, default=1)
    while not 1 <= picked <= count:
        picked = typer.prompt(f"Please answer a number from 1 to {count}", type=int, default=1)
    chosen: Match = decision.candidates[picked - 1]
    return chosen


def settle(result: MatchResult, decision: Chosen | Ask | Refuse) -> Template:
    """The template a decision settles on: asks on a terminal, says why, or refuses.

    A refusal is a ``UserError`` whose one line lists the ``--template`` choices.
    """
    from scaffold.errors import UserError
    from scaffold.matching import Ask, Refuse

    typer.echo(f"signals: {result.signals.describe()}")
    if result.project is not None:
        typer.echo(result.project.reason)
    if isinstance(decision, Refuse):
        raise UserError(decision.line())
    chosen = _ask(decision) if isinstance(decision, Ask) else decision.match
    typer.echo(f"template: {chosen.template} (score {chosen.score:.2f})")
    if not isinstance(decision, Ask) and decision.note:
        choose = "pass --template to choose"
        if decision.weaker:
            choose = f"if any signed-in user may call it, pass --template {decision.weaker}"
        typer.echo(f"  {decision.note}; {choose}")
    return chosen.spec


def match_command(
    description: Annotated[
        str, typer.Argument(help='What the function does, e.g. "update profile".')
    ],
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, max=50, help="How many candidates to show.")
    ] = 5,
    output: Annotated[
        MatchFormat, typer.Option("--format", help="table for people, json for tools.")
    ] = MatchFormat.table,
    project: Annotated[
        Path | None,
        typer.Option(
            "--project",
            help="Project folder whose .scaffold/registry/ to include (default: found from here).",
            file_okay=False,
        ),
    ] = None,
) -> None:
    """Rank the templates for DESCRIPTION, best first, with a score (0-1) and the reasons.

    The description's security signals (roles, scope, danger, public, bulk) set the weakest
    contract it allows; weaker templates are set aside. When no template fits well enough, the
    first candidate is fallback:<kind>: a basic contract that meets the signals.
    """
    from scaffold.catalog import find_project_root, load_catalog
    from scaffold.matching import match_request

    text = read_description(description)
    catalog = load_catalog(project if project is not None else find_project_root(Path.cwd()))
    result = match_request(text, catalog, limit=limit)
    print_matches(result.matches, output, result)
