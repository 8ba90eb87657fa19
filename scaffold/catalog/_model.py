"""The model of one template: endpoint, input and output models, conditions, checklist.

Validation is layered: each value is checked where it is declared (types, names, ranges),
then ``Template`` checks what depends on several parts at once (an ``owns`` field that the
input lacks, a path parameter with no field, two ``auth`` conditions). All problems found at
one layer are reported together, each with the path of the value at fault.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Annotated, Any, Literal

from pydantic import (
    BeforeValidator,
    Field,
    StrictBool,
    TypeAdapter,
    ValidationError,
    model_validator,
)
from pydantic_core import InitErrorDetails, SchemaError

from scaffold._field_bounds import bound_problem
from scaffold._pydantic_plugins import without_pydantic_plugins
from scaffold.catalog._base import (
    FieldName,
    FunctionName,
    ModelName,
    Phrase,
    SnakeName,
    StrictModel,
    Text,
    custom_error,
    raise_errors,
)
from scaffold.catalog._conditions import (
    AuthCondition,
    Condition,
    EnsuresCondition,
    InvariantsCondition,
    RequiresCondition,
)

__all__ = [
    "FIELD_TYPES",
    "LAYERS",
    "METHODS",
    "DataModel",
    "Endpoint",
    "FieldSpec",
    "Loc",
    "Template",
    "problem",
]

FIELD_TYPES = (
    "str",
    "int",
    "float",
    "decimal",
    "bool",
    "email",
    "uuid",
    "date",
    "datetime",
    "list",
)
LAYERS = ("presentation", "action", "business", "data")
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
FieldType = Literal[
    "str", "int", "float", "decimal", "bool", "email", "uuid", "date", "datetime", "list"
]
Count = Annotated[int, Field(strict=True, ge=0)]
Loc = tuple[str | int, ...]
_SCALARS = (bool, int, float, str)


def _finite(value: Any) -> bool:
    return not isinstance(value, float) or math.isfinite(value)


def _number(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not _finite(value):
        raise custom_error("not_a_number", "must be a finite number")
    return value


def _scalar_or_list(value: Any) -> Any:
    if value is None or (isinstance(value, _SCALARS) and _finite(value)):
        return value
    if isinstance(value, list) and all(
        isinstance(item, _SCALARS) and _finite(item) for item in value
    ):
        return value
    raise custom_error(
        "bad_default", "must be a string, a number, true/false, null, or a list of those"
    )


Number = Annotated[int | float, BeforeValidator(_number)]
DefaultValue = Annotated[
    bool | int | float | str | list[bool | int | float | str] | None,
    BeforeValidator(_scalar_or_list),
]

_BOUNDS = ("min_length", "max_length", "min_value", "max_value", "gt", "lt")
_SIZED_TYPES = frozenset({"str", "email", "list"})
_NUMBER_TYPES = frozenset({"int", "float", "decimal"})
_PATH = re.compile(r"/|(?:/(?:[A-Za-z0-9._~-]+|\{[a-z][a-z0-9_]*\}))+")
_PATH_PARAM = re.compile(r"\{([a-z][a-z0-9_]*)\}")


def problem(errors: list[InitErrorDetails], loc: Loc, kind: str, message: str) -> None:
    """Collect one error at ``loc`` (relative to the model being validated)."""
    errors.append(InitErrorDetails(type=custom_error(kind, message), loc=loc, input=None))


@functools.lru_cache(maxsize=512)
def _pattern_adapter(pattern: str) -> TypeAdapter[str]:
    """Pydantic's own (linear-time, Rust) regex engine: what generated models will use."""
    with without_pydantic_plugins():
        return TypeAdapter(Annotated[str, Field(pattern=pattern)])


def _pattern_problem(pattern: str) -> str | None:
    try:
        _pattern_adapter(pattern)
    except SchemaError as error:
        lines = [line.strip() for line in str(error).splitlines() if line.strip()]
        detail = next((line for line in lines if line.startswith("error:")), lines[-1])
        return (
            f"is not a regular expression pydantic can use ({detail.removeprefix('error: ')}); "
            "look-arounds and back-references are not supported"
        )
    return None


def _matches(pattern: str, value: str) -> bool:
    try:
        _pattern_adapter(pattern).validate_python(value)
    except ValidationError:
        return False
    return True


class FieldSpec(StrictModel):
    """One field of an input or output model: a type and the constraints that apply to it."""

    type: FieldType
    items: FieldSpec | None = None
    required: StrictBool = True
    default: DefaultValue = None
    min_length: Count | None = None
    max_length: Count | None = None
    min_value: Number | None = None
    max_value: Number | None = None
    gt: Number | None = None
    lt: Number | None = None
    pattern: Annotated[str, Field(min_length=1, max_length=300, strict=True)] | None = None
    # a str input that keeps TAB, LF, CR and direction marks (scaffold.contracts.MultiLineText)
    multiline: StrictBool = False
    example: DefaultValue = None
    description: Text | None = None

    @property
    def has_default(self) -> bool:
        """Whether the YAML set ``default`` (``default: null`` counts)."""
        return "default" in self.model_fields_set

    @property
    def is_optional(self) -> bool:
        """Optional fields may be left out; they default to ``default`` (or ``None``)."""
        return self.has_default or not self.required

    @model_validator(mode="after")
    def _consistent(self) -> FieldSpec:
        errors: list[InitErrorDetails] = []
        self._check_applicable(errors)
        self._check_items(errors)
        for low, high in (("min_length", "max_length"), ("min_value", "max_value"), ("gt", "lt")):
            lo, hi = getattr(self, low), getattr(self, high)
            if lo is not None and hi is not None and lo > hi:
                problem(errors, (low,), "bad_range", f"{lo} is greater than {high} {hi}")
        for name in _BOUNDS:
            value = getattr(self, name)
            limit = None if value is None else bound_problem(self.type, value)
            if limit is not None:
                problem(errors, (name,), "bound_too_large", f"{value} is out of range ({limit})")
        if self.example is not None:
            wrong = self._default_problem(self.example)
            if wrong:
                problem(errors, ("example",), "bad_example", wrong)
        if self.has_default:
            if "required" in self.model_fields_set and self.required:
                message = "a required field has no default; drop `required: true` or the default"
                problem(errors, ("default",), "required_default", message)
            elif self.default is not None:
                wrong = self._default_problem(self.default)
                if wrong:
                    problem(errors, ("default",), "bad_default", wrong)
        raise_errors("FieldSpec", errors)
        return self

    def _check_applicable(self, errors: list[InitErrorDetails]) -> None:
        kind = self.type
        for name in ("min_length", "max_length"):
            if getattr(self, name) is not None and kind not in _SIZED_TYPES:
                message = f"applies to str, email and list, not {kind}"
                problem(errors, (name,), "not_applicable", message)
        for name in ("min_value", "max_value", "gt", "lt"):
            if getattr(self, name) is not None and kind not in _NUMBER_TYPES:
                message = f"applies to int, float and decimal, not {kind}"
                problem(errors, (name,), "not_applicable", message)
        if self.pattern is not None:
            if kind != "str":
                problem(errors, ("pattern",), "not_applicable", f"applies to str, not {kind}")
            else:
                wrong = _pattern_problem(self.pattern)
                if wrong:
                    problem(errors, ("pattern",), "bad_pattern", wrong)
        if self.multiline and kind != "str":
            problem(errors, ("multiline",), "not_applicable", f"applies to str, not {kind}")

    def _check_items(self, errors: list[InitErrorDetails]) -> None:
        if self.type == "list" and self.items is None:
            message = "a list needs `items: {type: ...}` for its elements"
            problem(errors, ("items",), "missing_items", message)
        if self.items is None:
            return
        if self.type != "list":
            problem(errors, ("items",), "not_applicable", f"applies to list, not {self.type}")
        elif self.items.type == "list":
            problem(errors, ("items", "type"), "nested_list", "lists of lists are not supported")
        for name in ("required", "default", "example"):
            if name in self.items.model_fields_set:
                message = "does not apply to list elements"
                problem(errors, ("items", name), "not_applicable", message)

    def _default_problem(self, value: Any) -> str | None:
        kind = self.type
        if kind == "bool":
            return None if isinstance(value, bool) else "must be true or false"
        if kind in _NUMBER_TYPES:
            fits = isinstance(value, int) or (kind != "int" and isinstance(value, float))
            if isinstance(value, bool) or not fits:
                return f"must be a number of type {kind}"
            if self.min_value is not None and value < self.min_value:
                return f"is below min_value {self.min_value}"
            if self.max_value is not None and value > self.max_value:
                return f"is above max_value {self.max_value}"
            if self.gt is not None and value <= self.gt:
                return f"is not above gt {self.gt}"
            if self.lt is not None and value >= self.lt:
                return f"is not below lt {self.lt}"
            return None
        if kind == "list":
            if not isinstance(value, list):
                return "must be a list for a list field"
        elif not isinstance(value, str):
            return f"must be a string for a {kind} field"
        elif self.pattern is not None and not _matches(self.pattern, value):
            return "does not match the field's pattern"
        elif kind == "str" and (refused := _text_problem(value, multiline=self.multiline)):
            return f"contains {refused}, which the generated input model refuses"
        size = len(value)
        if self.min_length is not None and size < self.min_length:
            return f"is shorter than min_length {self.min_length}"
        if self.max_length is not None and size > self.max_length:
            return f"is longer than max_length {self.max_length}"
        return None


def _text_problem(value: str, *, multiline: bool) -> str | None:
    # imported here: importing the runtime package at start-up would slow every command
    from scaffold._text import text_problem

    return text_problem(value, multiline=multiline)


class DataModel(StrictModel):
    """An input or output model: its class name and its fields, in order."""

    model: ModelName
    fields: Annotated[dict[FieldName, FieldSpec], Field(min_length=1)]


class Endpoint(StrictModel):
    """Where the function is served: HTTP method, path (``{name}`` parameters), function name."""

    method: Literal["GET", "POST", "PUT", "PATCH", "DELETE"]
    path: Annotated[
        str,
        Field(min_length=1, max_length=200, strict=True, json_schema_extra={"pattern": "^/"}),
    ]
    function: FunctionName

    @model_validator(mode="after")
    def _path(self) -> Endpoint:
        errors: list[InitErrorDetails] = []
        if not _PATH.fullmatch(self.path):
            problem(
                errors,
                ("path",),
                "bad_path",
                "must start with '/' and hold segments of letters, digits, '._~-' or "
                "{snake_case} parameters",
            )
        params = self.path_params
        for name in sorted({p for p in params if params.count(p) > 1}):
            problem(errors, ("path",), "duplicate_param", f"parameter {{{name}}} appears twice")
        raise_errors("Endpoint", errors)
        return self

    @property
    def path_params(self) -> list[str]:
        """The ``{name}`` parameters of the path, in order."""
        return _PATH_PARAM.findall(self.path)


class Template(StrictModel):
    """One security-contract template: what the generator needs to write a guarded endpoint."""

    name: SnakeName
    version: Annotated[int, Field(strict=True, ge=1)]
    description: Text
    patterns: Annotated[tuple[Phrase, ...], Field(min_length=1)]
    examples: Annotated[tuple[Text, ...], Field(min_length=1)]
    layer: Literal["presentation", "action", "business", "data"]
    endpoint: Endpoint
    input: DataModel
    output: DataModel
    requires: tuple[RequiresCondition, ...] = ()
    ensures: tuple[EnsuresCondition, ...] = ()
    invariants: tuple[InvariantsCondition, ...] = ()
    checklist: tuple[Text, ...] = ()

    # ---- accessors used by the matcher, the generator and the CLI ------------------------------

    @property
    def conditions(self) -> tuple[Condition, ...]:
        """Every condition, in the order the contract checks them."""
        return (*self.requires, *self.ensures, *self.invariants)

    def find(self, kind: str) -> list[Condition]:
        """The conditions of one kind (``"rate_limit"``), in order."""
        return [condition for condition in self.conditions if condition.kind == kind]

    @property
    def auth_role(self) -> str | None:
        """The role ``auth`` requires, or ``None`` for a public endpoint."""
        for condition in self.requires:
            if isinstance(condition, AuthCondition):
                return condition.auth
        return None

    @model_validator(mode="after")
    def _consistent(self) -> Template:
        from scaffold.catalog._checks import template_problems

        raise_errors("Template", template_problems(self))
        return self
