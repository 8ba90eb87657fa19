"""``scaffold match``: rank the templates for a description, with its signals and reasons.

Thin: ``scaffold.matching`` does the work. ``print_matches`` is shared with
``scaffold registry search``; ``ask`` and ``show_reading`` are how ``scaffold new function``
puts a matching question and its reading on the terminal. Heavy imports happen inside the
functions so ``scaffold --help`` stays fast.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from scaffold.matching import Match, MatchResult, Question

__all__ = [
    "MatchFormat",
    "ask",
    "match_command",
    "print_matches",
    "read_description",
    "show_reading",
]


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
    from rich.text import Text

    if result is not None:
        typer.echo(f"signals: {result.signals.describe()}")
        typer.echo(f"needs: a contract {result.floor}")
        if result.unsure is not None:
            typer.echo(f"decision: unsure ({result.unsure.reason})")
    # Cells are plain Text: a template's own words ("[admin only]", ":thumbs_up:") are shown
    # as written, not read as rich markup or emoji codes (which also costs an import).
    table = Table(box=None, pad_edge=False, header_style="bold")
    for column in ("#", "template", "score", "why"):
        table.add_column(Text(column), overflow="fold", no_wrap=column != "why")
    for number, found in enumerate(matches, start=1):
        cells = (str(number), found.template, f"{found.score:.2f}", "\n".join(found.reasons))
        table.add_row(*map(Text, cells))
    Console(highlight=False, soft_wrap=False).print(table)


def show_reading(signals: str, evidence: str | None) -> None:
    """The description's signals and, when it raised the floor, the project's evidence."""
    typer.echo(f"signals: {signals}")
    if evidence is not None:
        typer.echo(evidence)


def ask(question: Question) -> Match:
    """Ask on the terminal which candidate to generate from (the first is the default)."""
    show_reading(question.signals, question.evidence)
    typer.echo(
        f"Unsure: {question.reason}."
        if question.reason
        else "These contracts fit about equally well:"
    )
    for number, candidate in enumerate(question.candidates, start=1):
        reasons = "; ".join(candidate.reasons[:2])
        typer.echo(
            f"  {number}. {candidate.template} ({candidate.strength}, "
            f"score {candidate.score:.2f}): {reasons}"
        )
    count = len(question.candidates)
    picked: int = typer.prompt(f"Which one (1-{count})", type=int, default=1)
    while not 1 <= picked <= count:
        picked = typer.prompt(f"Please answer a number from 1 to {count}", type=int, default=1)
    chosen: Match = question.candidates[picked - 1]
    return chosen


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
