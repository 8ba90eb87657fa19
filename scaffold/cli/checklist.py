"""``scaffold checklist [DIR] [--verify]``: the production checklist, checked where it can be."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

__all__ = ["checklist"]


class Format(str, Enum):
    markdown = "markdown"
    json = "json"


def checklist(
    path: Annotated[Path, typer.Argument(help="Project folder to verify (with --verify).")] = Path(
        "."
    ),
    *,
    verify: Annotated[
        bool,
        typer.Option(
            "--verify",
            help="Check each item against the project: pass, fail or manual; exit 1 on a failure "
            "or a file that could not be read.",
        ),
    ] = False,
    output_format: Annotated[
        Format, typer.Option("--format", "-f", help="markdown (default) or json.")
    ] = Format.markdown,
) -> int:
    """Print the production deployment checklist; --verify checks what the project shows."""
    from scaffold.checklist import build_checklist, to_json, to_markdown

    result = build_checklist(path, verify=verify)
    render = to_json if output_format is Format.json else to_markdown
    typer.echo(render(result), nl=False)
    return 1 if result.failed or not result.complete else 0
