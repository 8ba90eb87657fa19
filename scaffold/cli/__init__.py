"""The ``scaffold`` command line: a thin layer over the library, one module a command group.

The base install of contract-scaffold is the runtime alone; the command's dependencies come
with the ``cli`` extra. Without them, ``scaffold`` says so in one line instead of a traceback.
"""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scaffold.cli._main import main

__all__ = ["CLI_DEPENDENCIES", "main", "missing_cli_dependency", "run"]

CLI_DEPENDENCIES = frozenset(
    {
        "typer",
        "click",
        "rich",
        "yaml",
        "jinja2",
        "libcst",
        "rapidfuzz",
        "snowballstemmer",
        "numpy",
        "cookiecutter",
        "platformdirs",
        "tomli",
    }
)
"""Top-level modules the CLI imports that the base (runtime-only) install does not bring."""

INSTALL_HINT = 'pip install "contract-scaffold[cli]"'

# The cyclic garbage collector's pace, for the ``scaffold`` process. A command builds hundreds
# of thousands of objects that live until it ends (modules, pydantic schemas, the catalog, the
# matching index); at the default pace (a collection every 700 net allocations) the collector
# scans them again and again and finds nothing: 0.1-0.25 s of CPU in a ``scaffold match`` of
# 5,000 templates. Collections still run, rarely (mypy's command line uses the same numbers).
GC_THRESHOLDS = (200_000, 30, 30)


def missing_cli_dependency(error: ModuleNotFoundError) -> str | None:
    """The one-line message for a CLI dependency that is not installed, else None."""
    top = (error.name or "").partition(".")[0]
    if top not in CLI_DEPENDENCIES:
        return None
    return (
        f"the scaffold command needs its dependencies ({top} is not installed); "
        f"install them with: {INSTALL_HINT}"
    )


def __getattr__(name: str) -> Any:
    # ``main`` is imported on first use, so ``run`` can report a slim install in one line.
    if name == "main":
        from scaffold.cli._main import main

        return main
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def run() -> None:
    """Console-script entry point."""
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        from scaffold.cli._main import main

        code = main()
    except ModuleNotFoundError as error:
        message = missing_cli_dependency(error)
        if message is None:
            raise
        sys.stderr.write(f"error: {message}\n")
        sys.exit(1)
    sys.exit(code)
