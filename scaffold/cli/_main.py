"""The CLI's edge: run the Typer app and turn every error into one line and an exit code.

Exit codes: 0 success, 1 user error (or a question answered no: "nothing changed"), 2 usage
error, 3 an untrusted template refused, 130 interrupted. Nothing the user did wrong ends in a
traceback: a file-system error that no command turned into a message (a read-only folder, a
full disk) is still one line naming the file.
"""

from __future__ import annotations

import _thread
import sys
import threading
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from scaffold.errors import Declined, ScaffoldError, describe_os_error

if TYPE_CHECKING:
    from sys import UnraisableHookArgs

    import typer

__all__ = ["main"]

EXIT_INTERRUPTED = 130
EXIT_USER_ERROR = 1
# Typer checks a choice (``--format xml``) with pydantic, whose message starts with this:
# noise to someone who typed a wrong value, so it is dropped.
_PYDANTIC_PREFIX = "Value error, "


def _print_error(message: str) -> None:
    sys.stderr.write(f"error: {message}\n")
    sys.stderr.flush()


def main(argv: Sequence[str] | None = None, *, app: typer.Typer | None = None) -> int:
    """Run the CLI with ``argv`` (default: ``sys.argv[1:]``) and return the exit code.

    ``app`` defaults to the ``scaffold`` app; tests pass their own to exercise the edge.
    """
    previous = sys.unraisablehook
    sys.unraisablehook = partial(_interrupt_again, previous)
    try:
        return _run(list(sys.argv[1:] if argv is None else argv), app)
    finally:
        sys.unraisablehook = previous


def _interrupt_again(
    previous: Callable[[UnraisableHookArgs], object], unraisable: UnraisableHookArgs
) -> None:
    """A Ctrl-C that lands in a callback the interpreter runs itself (an import lock's weakref
    callback, while a module loads) is "ignored" and printed with a traceback, and the run
    goes on. Deliver it again instead, so it stops the run in one line, as any other: from
    another thread, once this hook has returned (an interrupt raised inside the hook would be
    ignored and printed again)."""
    if isinstance(unraisable.exc_value, KeyboardInterrupt):
        _redeliver()
        return
    previous(unraisable)


def _redeliver() -> None:
    """Interrupt the main thread again from another one, 10 ms on: the hook returns first."""
    timer = threading.Timer(0.01, _thread.interrupt_main)
    timer.daemon = True
    timer.start()


def _run(args: list[str], app: typer.Typer | None) -> int:
    aborted: tuple[type[BaseException], ...] = (KeyboardInterrupt,)
    try:
        # Imported here, so that Ctrl-C while the (large) modules load is one line too.
        import typer

        aborted = (KeyboardInterrupt, typer.Abort)
        if app is None:
            from scaffold.cli.app import app_for

            app = app_for(args)
        from scaffold.cli._coercion import prepare

        # Built here rather than by ``app(...)``, so that its parameters check plain values
        # without pydantic (``_coercion.py``), which a warm ``scaffold match`` never imports.
        command = typer.main.get_command(app)
        prepare(command)
        result = command(args=args, prog_name="scaffold", standalone_mode=False)
    except Declined as declined:
        sys.stderr.write(f"{declined}\n")
        return declined.exit_code
    except ScaffoldError as error:
        _print_error(str(error))
        return error.exit_code
    except aborted:
        _print_error("interrupted")
        return EXIT_INTERRUPTED
    except OSError as error:
        _print_error(f"{describe_os_error(error)} (check permissions and free disk space)")
        return EXIT_USER_ERROR
    except Exception as error:
        # Click's usage errors (Typer vendors click, so match its protocol, not its class).
        show, code = getattr(error, "show", None), getattr(error, "exit_code", None)
        if callable(show) and isinstance(code, int):
            message = getattr(error, "message", None)
            if isinstance(message, str):
                error.message = message.removeprefix(_PYDANTIC_PREFIX)  # type: ignore[attr-defined]
            show()
            return code
        raise
    if result == EXIT_INTERRUPTED:  # Typer turns Ctrl-C in a command into a silent exit 130
        _print_error("interrupted")
    return result if isinstance(result, int) else 0
