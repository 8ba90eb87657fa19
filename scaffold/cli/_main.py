"""The CLI's edge: run the Typer app and turn every error into one line and an exit code.

Exit codes: 0 success, 1 user error, 2 usage error, 3 an untrusted template refused,
130 interrupted. Nothing the user did wrong ends in a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import typer

from scaffold.errors import ScaffoldError

__all__ = ["main"]

EXIT_INTERRUPTED = 130


def _print_error(message: str) -> None:
    sys.stderr.write(f"error: {message}\n")
    sys.stderr.flush()


def main(argv: Sequence[str] | None = None, *, app: typer.Typer | None = None) -> int:
    """Run the CLI with ``argv`` (default: ``sys.argv[1:]``) and return the exit code.

    ``app`` defaults to the ``scaffold`` app; tests pass their own to exercise the edge.
    """
    if app is None:
        from scaffold.cli.app import app as default_app

        app = default_app
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        result = app(args=args, prog_name="scaffold", standalone_mode=False)
    except ScaffoldError as error:
        _print_error(str(error))
        return error.exit_code
    except (KeyboardInterrupt, typer.Abort):
        _print_error("interrupted")
        return EXIT_INTERRUPTED
    except Exception as error:
        # Click's usage errors (Typer vendors click, so match its protocol, not its class).
        show, code = getattr(error, "show", None), getattr(error, "exit_code", None)
        if callable(show) and isinstance(code, int):
            show()
            return code
        raise
    return result if isinstance(result, int) else 0
