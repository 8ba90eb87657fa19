"""The ``scaffold`` command line: a thin layer over the library, one module a command group."""

from scaffold.cli._main import main, run

__all__ = ["main", "run"]
