"""``scaffold match``: rank the templates for a description, with scores and reasons.

Thin: ``scaffold.matching.match`` does the work. ``print_matches`` is shared with
``scaffold registry search``. Heavy imports happen inside the functions so ``scaffold --help``
stays fast.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from scaffold.matching import Match

__all__ = ["MatchFormat", "match_command", "print_matches", "read_description"]


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


def print_matches(matches: Sequence[Match], output: MatchFormat) -> None:
    """A table for people (rank, template, score, reasons) or a JSON list for tools."""
    if output is MatchFormat.json:
        typer.echo(json.dumps([m.to_dict() for m in matches], indent=2, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, pad_edge=False, header_style="bold")
    for column in ("#", "template", "score", "why"):
        table.add_column(column, overflow="fold", no_wrap=column != "why")
    for number, found in enumerate(matches, start=1):
        table.add_row(str(number), found.template, f"{found.score:.2f}", "\n".join(found.reasons))
    Console(highlight=False, soft_wrap=False).print(table)


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

    When no template fits well enough, the first candidate is fallback:<kind>: the basic
    contract for the description's verb (create, update, delete, read, admin, rate_limit, basic).
    """
    from scaffold.catalog import find_project_root, load_catalog
    from scaffold.matching import match

    text = read_description(description)
    catalog = load_catalog(project if project is not None else find_project_root(Path.cwd()))
    print_matches(match(text, catalog, limit=limit), output)
