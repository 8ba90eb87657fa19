"""Errors of the scaffold tool (not of the runtime: those live in ``scaffold.contracts``).

Exception tree::

    ScaffoldError                 anything the tool reports as one line and an exit code
     ├── UserError                bad input: a file, an argument, a project layout (exit 1)
     │    └── ConflictError       a write would lose something the user wrote (exit 1)
     ├── UnsafeTemplateError      a template wants to run code that was not trusted (exit 3)
     └── Declined                 the user said no to a question; nothing changed (exit 1)

The CLI catches ``ScaffoldError`` once, at its edge (``scaffold.cli.main``), and prints
``error: <message>``. Messages say what went wrong, where, and how to fix it.
"""

from __future__ import annotations

__all__ = [
    "WRITE_HINT",
    "ConflictError",
    "Declined",
    "ScaffoldError",
    "UnsafeTemplateError",
    "UserError",
    "describe_os_error",
]

WRITE_HINT = "check the output folder is writable and the disk has room"


def describe_os_error(error: OSError) -> str:
    """``<file>: <reason>`` for a file-system error (the file left out when unknown)."""
    where = f"{error.filename}: " if error.filename else ""
    return f"{where}{error.strerror or error}"


class ScaffoldError(Exception):
    """Base of every error the CLI turns into a message and an exit code."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class UserError(ScaffoldError):
    """The input is wrong: an argument, a file, a project layout."""


class ConflictError(UserError):
    """Going on would overwrite or lose something the user wrote."""


class UnsafeTemplateError(ScaffoldError):
    """A template would run code (hooks) that the user has not trusted."""

    exit_code = 3


class Declined(ScaffoldError):
    """The user answered no to a question; a normal end, so no ``error:`` prefix."""
