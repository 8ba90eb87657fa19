"""The plain value checks give Typer's own answers, for every parameter of every command.

``scaffold.cli._coercion`` checks command-line values without pydantic so that a command
starts faster. A value it accepts must come out exactly as Typer's coercion would make it,
and a value Typer rejects must be rejected with Typer's message. Each parameter of the real
app is given the same values both ways here.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

import pytest
import typer
from typer._coercion import build_runtime_param
from typer.core import _TyperParameter

from scaffold.cli._coercion import prepare
from scaffold.cli.app import app

HELP_NAMES = ["-h", "--help"]


def _commands(command: Any, path: str = "scaffold") -> list[tuple[str, Any]]:
    found = [(path, command)]
    for name, subcommand in getattr(command, "commands", {}).items():
        found += _commands(subcommand, f"{path} {name}")
    return found


def _parameters() -> list[tuple[str, Any, Any]]:
    root = typer.main.get_command(app)
    prepare(root, HELP_NAMES)
    found = []
    for path, command in _commands(root):
        context = command.context_class(command, help_option_names=HELP_NAMES)
        for parameter in [*command.params, command.get_help_option(context)]:
            if isinstance(parameter, _TyperParameter):
                found.append((path, command, parameter))
    return found


def _samples(annotation: Any, folder: Path) -> list[object]:
    """Values a user could type (and defaults Typer passes) for a parameter of this type."""
    if get_origin(annotation) is list:
        (item,) = get_args(annotation)
        one = _samples(item, folder)
        return [tuple(one[:2]), [], tuple(one)]
    if annotation is str:
        return ["update profile", "", "ünï côde", "--x", "a\tb"]
    if annotation is bool:
        return [True, False]
    if annotation is int:
        digits = [5, "5", "0", "1", "50", "51", "-1", "+3", " 5", "5_0", "abc", "\u0661"]
        return [*digits, "9" * 30]
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        values = [member.value for member in annotation]
        return [*values, *(str(value).upper() for value in values), "xml", *annotation]
    if isinstance(annotation, type) and issubclass(annotation, Path):
        (folder / "file.txt").write_text("x", encoding="utf-8")
        return [str(folder / "file.txt"), str(folder), str(folder / "missing"), "-", "."]
    raise AssertionError(f"no samples for {annotation!r}: add them")


def _outcome(coercion: Any, value: object, parameter: Any, context: Any) -> tuple[object, ...]:
    try:
        result = coercion.coerce(value, parameter, context)
    except Exception as error:
        format_message = getattr(error, "format_message", None)
        message = format_message() if callable(format_message) else str(error)
        return ("rejected", type(error).__name__, message)
    return ("accepted", type(result), result)


PARAMETERS = _parameters()


def test_every_command_parameter_is_checked_the_plain_way() -> None:
    plain = [p for _, _, p in PARAMETERS if type(p._runtime_param).__name__ == "_Plain"]
    assert len(PARAMETERS) > 60
    # None of this CLI's parameters opens a file or has its own parser.
    assert len(plain) == len(PARAMETERS)


@pytest.mark.parametrize(
    ("path", "command", "parameter"),
    PARAMETERS,
    ids=[f"{path} {parameter.name}" for path, _, parameter in PARAMETERS],
)
def test_plain_checks_answer_as_typer_does(
    path: str, command: Any, parameter: Any, tmp_path: Path
) -> None:
    descriptor = parameter.type_descriptor
    typer_own = build_runtime_param(descriptor)
    context = command.make_context(path, [], resilient_parsing=True)
    for value in _samples(descriptor.annotation, tmp_path):
        plain = _outcome(parameter._runtime_param, value, parameter, context)
        assert plain == _outcome(typer_own, value, parameter, context), (path, value)


def test_a_run_builds_no_pydantic_adapter_for_plain_values(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    built: list[object] = []
    for module in ("typer.core", "scaffold.cli._coercion"):
        monkeypatch.setattr(f"{module}.build_runtime_param", built.append)
    from scaffold.cli import main

    monkeypatch.chdir(tmp_path)
    args = ["match", "update my profile", "--limit", "3", "--format", "json"]
    assert main([*args, "--project", str(tmp_path)]) == 0
    assert built == []


def test_a_rejected_value_keeps_typers_message(capsys: pytest.CaptureFixture[str]) -> None:
    from scaffold.cli import main

    assert main(["match", "update profile", "--limit", "0"]) == 2
    assert main(["match", "update profile", "--format", "xml"]) == 2
    errors = capsys.readouterr().err
    assert "Invalid value for '--limit' / '-n'" in errors
    assert "'xml' is not one of 'table', 'json'." in errors
