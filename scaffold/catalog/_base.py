"""Building blocks of the template model: a strict base class and the checked scalar types.

Every model forbids unknown keys, and reports each one with the keys it accepts (a typo
fails loudly instead of silently dropping a security clause). Text that a template carries
into generated code is one line of printable characters; names are snake_case identifiers
that are never Python keywords.
"""

from __future__ import annotations

import builtins
import difflib
import functools
import keyword
import re
import typing
from collections.abc import Callable, Iterable
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    ModelWrapValidatorHandler,
    ValidationError,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError, core_schema

__all__ = [
    "TAG_PREFIX",
    "EventName",
    "FieldName",
    "FunctionName",
    "ModelName",
    "Phrase",
    "RoleName",
    "SnakeName",
    "StrictModel",
    "Text",
    "by_key",
    "closest",
    "custom_error",
    "raise_errors",
]

# Tags of discriminated unions start with this marker so error locations can drop them.
TAG_PREFIX = "~"

_BUILTIN_ERROR_TYPES = frozenset(typing.get_args(core_schema.ErrorType))
_SNAKE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_PASCAL = re.compile(r"[A-Z][A-Za-z0-9]*")
# Names a generated pydantic model cannot use as a field without warnings or breakage.
_BUILTIN_NAMES = frozenset(dir(builtins))
_MODEL_ATTRIBUTES = frozenset(name for name in dir(BaseModel) if not name.startswith("__"))


def closest(word: str, choices: Iterable[str]) -> str:
    """`; did you mean 'x'?` when a choice is close to ``word``, else an empty string."""
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean {match[0]!r}?" if match else ""


def custom_error(kind: str, message: str) -> PydanticCustomError:
    """A pydantic error whose message is final text (no context, so braces stay as written)."""
    return PydanticCustomError(kind, message)


def _reraisable(
    error: ValidationError, prefix: tuple[str | int, ...] = ()
) -> list[InitErrorDetails]:
    """Turn a caught ``ValidationError`` back into error details that can be raised again."""
    details: list[InitErrorDetails] = []
    for item in error.errors(include_url=False):
        kind = item["type"]
        loc = (*prefix, *item["loc"])
        if kind in _BUILTIN_ERROR_TYPES:
            detail = InitErrorDetails(type=kind, loc=loc, input=item["input"])
            if "ctx" in item:
                detail["ctx"] = item["ctx"]
        else:
            detail = InitErrorDetails(
                type=custom_error(kind, item["msg"]), loc=loc, input=item["input"]
            )
        details.append(detail)
    return details


def raise_errors(title: str, errors: list[InitErrorDetails]) -> None:
    """Raise every collected error at once (pydantic keeps their locations)."""
    if errors:
        raise ValidationError.from_exception_data(title, errors)


class StrictModel(BaseModel):
    """Base of every template model: unknown keys are errors that list the valid keys."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="wrap")
    @classmethod
    def _unknown_keys(cls, data: Any, handler: ModelWrapValidatorHandler[Any]) -> Any:
        if not isinstance(data, dict):
            return handler(data)
        known = _known_keys(cls)
        if known.issuperset(data):  # the common case: one set operation, then pydantic
            return handler(data)
        unknown = [key for key in data if key not in known]
        errors: list[InitErrorDetails] = []
        try:
            handler({key: value for key, value in data.items() if key in known})
        except ValidationError as error:
            errors.extend(_reraisable(error))
        valid = ", ".join(sorted(known))
        for key in unknown:
            hint = closest(str(key), known) or ";"
            message = f"unknown key {key!r}{hint} valid keys: {valid}"
            errors.append(
                InitErrorDetails(
                    type=custom_error("unknown_key", message), loc=(str(key),), input=data[key]
                )
            )
        raise_errors(cls.__name__, errors)
        return None  # unreachable: raise_errors raised


@functools.cache
def _known_keys(model: type[BaseModel]) -> frozenset[str]:
    return frozenset(info.alias or name for name, info in model.model_fields.items())


def _one_line(value: str) -> str:
    # isprintable() is False for newlines, tabs, control, format (e.g. bidi overrides, which
    # can make text read differently than it runs) and non-ASCII space characters.
    if not value.isprintable():
        raise custom_error(
            "not_printable",
            "must be one line of printable text (no newlines, tabs, control or invisible "
            "characters)",
        )
    return value


def _snake(what: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        if not _SNAKE.fullmatch(value):
            raise custom_error(
                "not_snake_case",
                f"{what} must be snake_case (lowercase letters, digits and single underscores, "
                f"starting with a letter), got {value!r}",
            )
        if keyword.iskeyword(value) or keyword.issoftkeyword(value):
            raise custom_error("python_keyword", f"{value!r} is a Python keyword")
        return value

    return check


def _not_builtin(value: str) -> str:
    if value in _BUILTIN_NAMES:
        raise custom_error("shadows_builtin", f"{value!r} shadows a Python built-in name")
    return value


def _field_name(value: str) -> str:
    if value in _MODEL_ATTRIBUTES or value.startswith("model_"):
        raise custom_error(
            "reserved_field",
            f"{value!r} clashes with a pydantic BaseModel attribute; choose another field name",
        )
    return value


def _model_name(value: str) -> str:
    if not _PASCAL.fullmatch(value):
        raise custom_error(
            "not_pascal_case",
            f"model names are PascalCase (letters and digits, starting uppercase), got {value!r}",
        )
    return _not_builtin(value)


# The patterns below only feed the JSON Schema (editors); the validators give the messages.
_SNAKE_PATTERN = "^[a-z][a-z0-9]*(_[a-z0-9]+)*$"
_PASCAL_PATTERN = "^[A-Z][A-Za-z0-9]*$"
_LINE_PATTERN = "^[^\\u0000-\\u001f\\u007f]*$"


_NAME_FIELD = Field(max_length=64, strict=True, json_schema_extra={"pattern": _SNAKE_PATTERN})

Text = Annotated[
    str,
    Field(min_length=1, max_length=300, strict=True, json_schema_extra={"pattern": _LINE_PATTERN}),
    AfterValidator(_one_line),
]
"""One line of free text; it reaches generated code only through escaping for its target."""

Phrase = Annotated[
    str,
    Field(min_length=1, max_length=120, strict=True, json_schema_extra={"pattern": _LINE_PATTERN}),
    AfterValidator(_one_line),
]
"""A short phrase the matcher compares with what the user typed."""

SnakeName = Annotated[str, _NAME_FIELD, AfterValidator(_snake("names"))]
RoleName = Annotated[str, _NAME_FIELD, AfterValidator(_snake("roles"))]
EventName = Annotated[str, _NAME_FIELD, AfterValidator(_snake("audit events"))]
FunctionName = Annotated[
    str, _NAME_FIELD, AfterValidator(_snake("function names")), AfterValidator(_not_builtin)
]
FieldName = Annotated[
    str, _NAME_FIELD, AfterValidator(_snake("field names")), AfterValidator(_field_name)
]
ModelName = Annotated[
    str,
    Field(max_length=64, strict=True, json_schema_extra={"pattern": _PASCAL_PATTERN}),
    AfterValidator(_model_name),
]


def by_key(choices: Iterable[str]) -> Discriminator:
    """Discriminate a union of one-key mappings by that key (tags carry ``TAG_PREFIX``).

    The lists that hold conditions check the key before this runs, so an unknown key never
    reaches pydantic's generic "does not match any tag" message.
    """
    allowed = frozenset(choices)

    def key_of(value: Any) -> str | None:
        if isinstance(value, dict) and len(value) == 1:
            key = next(iter(value))
            if key in allowed:
                return f"{TAG_PREFIX}{key}"
        if isinstance(value, BaseModel):
            kind = getattr(value, "kind", None)
            if kind in allowed:
                return f"{TAG_PREFIX}{kind}"
        return None

    return Discriminator(
        key_of,
        custom_error_type="invalid_shape",
        custom_error_message=f"expected a one-key mapping, one of: {', '.join(sorted(allowed))}",
    )
