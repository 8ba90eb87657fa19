"""The CLI edge: version, help, and one line per error with the right exit code."""

from __future__ import annotations

import subprocess
import sys

import pytest
import typer

from scaffold import __version__
from scaffold.cli import GC_THRESHOLDS, main
from scaffold.errors import ConflictError, UnsafeTemplateError, UserError


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"scaffold {__version__}\n"


def test_help_runs_as_a_module() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "scaffold", "--help"], capture_output=True, text=True, check=True
    )
    assert "Usage: scaffold" in out.stdout


def test_the_command_collects_garbage_at_its_own_pace() -> None:
    """The ``scaffold`` process runs with its collector thresholds (a library importing
    ``scaffold.cli`` keeps its own)."""
    script = (
        "import atexit, gc, sys\n"
        "from scaffold.cli import run\n"
        "before = gc.get_threshold()\n"
        "atexit.register(lambda: print(before, gc.get_threshold()))\n"
        "sys.argv = ['scaffold', '--version']\n"
        "run()\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    before, _, during = out.stdout.splitlines()[-1].partition(") ")
    assert before + ")" != during
    assert during == str(GC_THRESHOLDS)


def _app_raising(error: BaseException) -> typer.Typer:
    app = typer.Typer()

    @app.command()
    def boom() -> None:
        raise error

    @app.command()
    def fine() -> None:
        typer.echo("ok")

    return app


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (UserError("registry/x.yaml:3:1: name: must be snake_case"), 1),
        (ConflictError("app/main.py exists", hint="pass --force to overwrite"), 1),
        (UnsafeTemplateError("hooks/pre_gen_project.py would run; pass --trust"), 3),
    ],
)
def test_project_errors_become_one_line_and_an_exit_code(
    capsys: pytest.CaptureFixture[str], error: Exception, code: int
) -> None:
    assert main(["boom"], app=_app_raising(error)) == code
    captured = capsys.readouterr()
    assert captured.err == f"error: {error}\n"
    assert "Traceback" not in captured.err


def test_hint_is_part_of_the_line() -> None:
    assert str(ConflictError("app/main.py exists", hint="pass --force")) == (
        "app/main.py exists (pass --force)"
    )


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--no-such-option"]) == 2
    assert "No such option" in capsys.readouterr().err


def test_interrupt_exits_130(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["boom"], app=_app_raising(KeyboardInterrupt())) == 130
    assert capsys.readouterr().err.splitlines()[-1] == "error: interrupted"


def test_unexpected_errors_are_not_hidden() -> None:
    with pytest.raises(ZeroDivisionError):
        main(["boom"], app=_app_raising(ZeroDivisionError()))


def test_success_returns_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fine"], app=_app_raising(ValueError())) == 0
    assert capsys.readouterr().out == "ok\n"
