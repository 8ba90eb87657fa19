"""Command-line values checked without pydantic, so a command that needs none starts without it.

Typer 0.29 checks every parameter's value with a pydantic ``TypeAdapter`` built on first use,
so every command imported pydantic before it ran: about a third of the instructions of a warm
``scaffold match``, which otherwise needs no pydantic (``docs/performance.md``). The values
this CLI takes (text, flags, integers within bounds, choices, paths, lists of these) are
checked here by Typer's own pydantic-free functions, with the same results. A value they do
not take as it is (out of bounds, not one of the choices, not plain digits) goes to Typer's
own coercion, so every error message stays Typer's. ``tests/cli/test_coercion.py`` holds both
ways to the same answers for every parameter of every command.

Only the ``scaffold`` command's own parameters are prepared (``prepare``), nothing global.
Typer's coercion layer is internal: with a Typer that lacks it, nothing is prepared and Typer
checks every value itself, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

__all__ = ["convert", "prepare"]

try:
    from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
    from typer._param_types import coerce_cli_choice, coerce_cli_path
    from typer.core import _TyperParameter
except ImportError:  # pragma: no cover - another Typer, which checks values itself
    _TyperParameter = None  # type: ignore[assignment,misc]

# Digits as Typer (through pydantic) reads an integer: ASCII, no sign, spaces or underscores
# (those, and anything else, go to Typer, which accepts or explains).
_WHOLE_NUMBER = re.compile(r"[0-9]{1,18}", re.ASCII)


class _Typer:
    """Marks a value left to Typer's own coercion."""


_TYPER = _Typer()


def _whole_number(info: Any, value: object) -> object:
    # A default comes as the int itself, a typed value as its digits.
    if type(value) is int:
        number = value
    elif isinstance(value, str) and _WHOLE_NUMBER.fullmatch(value):
        number = int(value)
    else:
        return _TYPER
    low, high = info.min, info.max
    if info.clamp or (low is not None and number < low) or (high is not None and number > high):
        return _TYPER
    return number


def _path(annotation: type[Path], info: Any, value: object, param: Any, ctx: Any) -> object:
    # Typer's own checks (exists, file or folder, resolve), on the text as typed, so its
    # messages quote it; then the path type, as pydantic makes it: ``Path(text)``.
    if not isinstance(value, str) or not value or info.path_type is not None:
        return _TYPER
    checked = coerce_cli_path(value, info, path_type=None, param=param, ctx=ctx)
    return annotation(checked) if isinstance(checked, str) else _TYPER


def convert(annotation: Any, info: Any, value: object, param: Any, ctx: Any) -> object:
    """``value`` as Typer would make it for ``annotation``, or ``_TYPER`` to let Typer decide."""
    if get_origin(annotation) is list:
        (item_type,) = get_args(annotation)
        items = value if isinstance(value, list | tuple) else [value]
        converted = [convert(item_type, info, item, param, ctx) for item in items]
        return _TYPER if any(item is _TYPER for item in converted) else converted
    if annotation is str or annotation is bool:
        return value if type(value) is annotation else _TYPER
    if annotation is int:
        return _whole_number(info, value)
    if not isinstance(annotation, type):
        return _TYPER
    if issubclass(annotation, Enum):
        try:
            return coerce_cli_choice(
                value, choices=tuple(annotation), case_sensitive=info.case_sensitive, ctx=ctx
            )
        except ValueError:
            return _TYPER
    if issubclass(annotation, Path):
        return _path(annotation, info, value, param, ctx)
    return _TYPER


if _TyperParameter is not None:

    @dataclass(frozen=True)
    class _Plain(RuntimeParam):
        """A parameter's coercion: the plain way first, Typer's own when that declines."""

        descriptor: TypeDescriptor

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            converted = convert(self.annotation, self.parameter_info, value, param, ctx)
            if converted is not _TYPER:
                return converted
            typer_own = build_runtime_param(self.descriptor)
            return typer_own._coerce_value(value, param=param, ctx=ctx)


def prepare(command: Any, help_names: Sequence[str] = ("--help",)) -> int:
    """Give ``command``'s parameters, and its subcommands', the plain coercion; how many.

    Each keeps Typer's own as the way for values the plain one declines. Parameters that
    open files or have their own parser keep Typer's alone. The help option, which click
    makes on first use, is made here (with the names in force, as click would) to have it too.
    """
    if _TyperParameter is None:
        return 0
    names = command.context_settings.get("help_option_names", help_names)
    help_option = command.get_help_option(command.context_class(command, help_option_names=names))
    prepared = 0
    for parameter in [*command.params, help_option]:
        if not isinstance(parameter, _TyperParameter) or parameter._runtime_param is not None:
            continue
        descriptor = parameter.type_descriptor
        info = descriptor.parameter_info
        if descriptor.file_annotation is None and info.parser is None:
            parameter._runtime_param = _Plain(
                parameter_info=info, annotation=descriptor.annotation, descriptor=descriptor
            )
            prepared += 1
    for subcommand in getattr(command, "commands", {}).values():
        prepared += prepare(subcommand, names)
    return prepared
