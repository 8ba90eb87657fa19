"""Problems found in templates, and the one error that carries them to the user.

A ``Problem`` names ``file:line:column``, the field path and what is wrong; ``RegistryError``
(a ``UserError``, so the CLI prints it and exits 1) carries every problem of a run, not only
the first.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from scaffold.errors import UserError

__all__ = ["Problem", "RegistryError", "display_path"]


def display_path(path: Path) -> str:
    """The path relative to the working directory when it lies inside it, else absolute."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one template file (line and column count from 1)."""

    path: Path
    line: int
    column: int
    field: str
    message: str

    @property
    def where(self) -> str:
        return f"{display_path(self.path)}:{self.line}:{self.column}"

    def __str__(self) -> str:
        field = f"{self.field}: " if self.field else ""
        return f"{self.where}: {field}{self.message}"

    def as_dict(self) -> dict[str, object]:
        return {
            "path": os.fspath(self.path),
            "line": self.line,
            "column": self.column,
            "field": self.field,
            "message": self.message,
        }


class RegistryError(UserError):
    """The registry cannot be used as it is: problems in templates, or an unknown name."""

    def __init__(
        self, message: str, *, problems: Sequence[Problem] = (), hint: str | None = None
    ) -> None:
        super().__init__(message, hint=hint)
        self.problems = tuple(problems)

    @classmethod
    def from_problems(cls, problems: Sequence[Problem]) -> RegistryError:
        """One line for one problem; a count and an indented line each for several."""
        if len(problems) == 1:
            return cls(str(problems[0]), problems=problems)
        lines = "\n".join(f"  {problem}" for problem in problems)
        return cls(
            f"{len(problems)} problems in the template registry:\n{lines}", problems=problems
        )
