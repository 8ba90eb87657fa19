"""Options several commands share, declared once so their names and help agree."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["IntoOption"]

IntoOption = Annotated[
    Path | None,
    typer.Option(
        "--into",
        help="Project folder (default: found from the current folder).",
        file_okay=False,
    ),
]
