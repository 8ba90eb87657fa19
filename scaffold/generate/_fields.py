"""Template fields as pydantic code, and the values the generated tests send.

One mapping serves both ends: ``annotation`` writes a field's type and constraints as source
for the generated schemas, and ``model`` builds the same pydantic model in memory so every
sample is checked before it is written into a test: a valid sample must validate, an invalid
one must fail, and a case that cannot be made to fail is left out rather than written wrong.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from scaffold.errors import UserError
from scaffold.generate._pysource import literal, py_str

if TYPE_CHECKING:
    from pydantic import BaseModel

    from scaffold.catalog import FieldSpec

__all__ = [
    "WRONG_TYPE",
    "Invalid",
    "annotation",
    "field_default",
    "imports_for",
    "invalid_cases",
    "model",
    "text_type",
    "valid_value",
]

_TYPES = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "email": "EmailStr",
    "uuid": "UUID",
    "date": "date",
    "datetime": "datetime",
    "decimal": "Decimal",
}
_SAMPLE_DATE = "2024-05-01"
_SAMPLE_UUID = "3f2b8c1e-6d4a-4b7f-9c2e-1a5d8e0f4b6c"
_SAMPLE_DATETIME = "2024-05-01T12:00:00Z"
_PATTERN_CANDIDATES = (
    "sample",
    "Sample",
    "user",
    "admin",
    "a",
    "A",
    "abc",
    "ABC",
    "a1",
    "sample-1",
    "sample_1",
    "1",
    "123",
    "2024-05-01",
    "x@example.com",
)
_CONSTRAINTS = (
    ("min_length", "min_length"),
    ("max_length", "max_length"),
    ("min_value", "ge"),
    ("max_value", "le"),
    ("gt", "gt"),
    ("lt", "lt"),
)
_NON_MATCHING = ("!", "not valid!", " ", "Zz9~", "0", "invalid", "INVALID")
_REFUSED_TEXT = (("control_character", "\x00"), ("bidi_override", "\u202e"))
"""What every text input refuses (``scaffold.contracts`` text types): NUL, which PostgreSQL
text cannot store, and a right-to-left override, which displays the text after it reversed."""


def _constraints(spec: FieldSpec) -> list[str]:
    parts: list[str] = []
    for key, argument in _CONSTRAINTS:
        value = getattr(spec, key)
        if value is not None:
            parts.append(f"{argument}={value!r}")
    if spec.pattern is not None:
        parts.append(f"pattern={py_str(spec.pattern)}")
    return parts


def text_type(spec: FieldSpec) -> str:
    """The runtime's text type an input str field is declared with (``scaffold.contracts``)."""
    return "MultiLineText" if spec.multiline else "SingleLineText"


def _base_type(spec: FieldSpec, *, text: bool) -> str:
    if spec.type == "list":
        assert spec.items is not None  # the catalog requires items for lists
        inner = _base_type(spec.items, text=text)
        constraints = _constraints(spec.items)
        if constraints:
            inner = f"Annotated[{inner}, Field({', '.join(constraints)})]"
        return f"list[{inner}]"
    if text and spec.type == "str":
        return text_type(spec)
    return _TYPES[spec.type]


def annotation(
    spec: FieldSpec, *, description: bool = True, text: bool = False
) -> tuple[str, list[str] | None]:
    """A model field as source: its type, and ``Field(...)`` arguments or ``[default]``.

    ``("str", ["min_length=1"])`` is written ``name: str = Field(min_length=1)``;
    ``("int | None", None)`` is a required field without constraints. ``text``: an input
    field, whose str values are the runtime's ``SingleLineText`` or ``MultiLineText``.
    """
    kind = _base_type(spec, text=text)
    arguments = _constraints(spec)
    if description and spec.description:
        arguments.append(f"description={py_str(spec.description)}")
    default: str | None = None
    if spec.has_default:
        default = literal(spec.default)
    elif not spec.required:
        default = "None"
    if default == "None":
        kind = f"{kind} | None"
    if not arguments:
        return kind, None if default is None else [default]
    if default is not None:
        arguments.insert(0, f"default={default}")
    return kind, ["Field", *arguments]


def field_default(spec: FieldSpec) -> object:
    """The value an optional field takes when left out."""
    return spec.default if spec.has_default else None


def imports_for(specs: Mapping[str, FieldSpec], *, text: bool = False) -> dict[str, set[str]]:
    """The ``from X import names`` the schema module needs for these fields (``text``: inputs)."""
    needed: dict[str, set[str]] = {"pydantic": {"BaseModel"}}
    for spec in specs.values():
        for item in (spec, spec.items):
            if item is None:
                continue
            if text and item.type == "str":
                needed.setdefault("scaffold.contracts", set()).add(text_type(item))
            elif item.type == "email":
                needed["pydantic"].add("EmailStr")
            elif item.type == "uuid":
                needed.setdefault("uuid", set()).add("UUID")
            elif item.type in ("date", "datetime"):
                needed.setdefault("datetime", set()).add(item.type)
            elif item.type == "decimal":
                needed.setdefault("decimal", set()).add("Decimal")
        kind, arguments = annotation(spec, text=text)
        if "Field(" in kind or (arguments and arguments[0] == "Field"):
            needed["pydantic"].add("Field")
        if "Annotated[" in kind:
            needed.setdefault("typing", set()).add("Annotated")
    return needed


def _runtime_type(spec: FieldSpec, *, text: bool) -> Any:
    from datetime import date, datetime
    from decimal import Decimal
    from typing import Annotated
    from uuid import UUID

    from pydantic import Field

    from scaffold._text import MultiLineText, SingleLineText
    from scaffold.generate._emails import CheckedEmail

    if spec.type == "list":
        assert spec.items is not None
        inner = _runtime_type(spec.items, text=text)
        constraints = _constraint_values(spec.items)
        if constraints:
            inner = Annotated[inner, Field(**constraints)]
        return list[inner]  # type: ignore[valid-type]
    if text and spec.type == "str":
        return MultiLineText if spec.multiline else SingleLineText
    types: dict[str, Any] = {
        "str": str,
        "int": int,
        "float": float,
        "bool": bool,
        "email": CheckedEmail,
        "uuid": UUID,
        "date": date,
        "datetime": datetime,
        "decimal": Decimal,
    }
    return types[spec.type]


def _constraint_values(spec: FieldSpec) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, argument in _CONSTRAINTS:
        if getattr(spec, key) is not None:
            values[argument] = getattr(spec, key)
    if spec.pattern is not None:
        values["pattern"] = spec.pattern
    return values


def model(name: str, fields: Mapping[str, FieldSpec], *, forbid_extra: bool) -> type[BaseModel]:
    """The pydantic model the generated schema module defines, built in memory.

    ``forbid_extra`` marks the input model, whose str fields are the runtime's text types.
    """
    from pydantic import ConfigDict, Field, create_model

    from scaffold._pydantic_plugins import without_pydantic_plugins

    definitions: dict[str, Any] = {}
    for field_name, spec in fields.items():
        kind = _runtime_type(spec, text=forbid_extra)
        constraints = _constraint_values(spec)
        if spec.has_default or not spec.required:
            if not spec.has_default:
                kind = kind | None
            definitions[field_name] = (kind, Field(default=field_default(spec), **constraints))
        else:
            definitions[field_name] = (kind, Field(**constraints))
    config = ConfigDict(extra="forbid") if forbid_extra else ConfigDict()
    with without_pydantic_plugins():  # a check of this tool's own sample values
        built: type[BaseModel] = create_model(name, __config__=config, **definitions)
    return built


def _sized_text(base: str, spec: FieldSpec) -> str:
    low = spec.min_length or 0
    high = spec.max_length if spec.max_length is not None else max(low, len(base))
    text = base
    if len(text) < low:
        text = text + "x" * (low - len(text))
    return text[: max(high, low)] if high >= low else text


def valid_value(spec: FieldSpec, hint: str = "") -> object:
    """A value ``spec`` accepts (checked again against the real model by the caller).

    The template's ``example`` wins: it is the author's own valid value.
    """
    if spec.example is not None:
        return spec.example
    kind = spec.type
    if kind == "email":
        value = "user@example.com"
        return value if spec.max_length is None or len(value) <= spec.max_length else "u@x.io"
    if kind == "uuid":
        return _SAMPLE_UUID
    if kind == "datetime":
        return _SAMPLE_DATETIME
    if kind == "date":
        return _SAMPLE_DATE
    if kind == "bool":
        return True
    if kind in ("int", "float", "decimal"):
        return _valid_number(spec)
    if kind == "list":
        assert spec.items is not None
        count = max(spec.min_length or 1, 1)
        if spec.max_length is not None:
            count = min(count, spec.max_length)
        item = valid_value(spec.items, hint)
        if isinstance(item, str) and spec.items.type == "str" and count > 1:
            return [f"{item}{index}"[: spec.items.max_length or None] for index in range(count)]
        return [item] * count
    if spec.pattern is not None:
        for candidate in (hint, *_PATTERN_CANDIDATES):
            if candidate and re.search(spec.pattern, candidate):
                sized = _sized_text(candidate, spec)
                if re.search(spec.pattern, sized):
                    return sized
        raise UserError(
            f"cannot make a sample value for the pattern {spec.pattern!r}; give the field an "
            "`example:` that matches it (the generated tests send it)"
        )
    return _sized_text(hint or "Sample", spec)


def _valid_number(spec: FieldSpec) -> int | float:
    """A number inside every bound of ``spec``: inclusive (min/max) and exclusive (gt/lt)."""
    step = 1 if spec.type == "int" else 0.5
    low, high = spec.min_value, spec.max_value
    if spec.gt is not None:
        low = spec.gt + step if low is None else max(low, spec.gt + step)
    if spec.lt is not None:
        high = spec.lt - step if high is None else min(high, spec.lt - step)
    number: float = 1 if spec.type == "int" else 1.5
    if low is not None and number < low:
        number = low
    if high is not None and number > high:
        number = high
    if spec.gt is not None and spec.lt is not None and not spec.gt < number < spec.lt:
        number = (spec.gt + spec.lt) / 2
    return int(number) if spec.type == "int" else float(number)


@dataclass(frozen=True)
class Invalid:
    """One invalid value for a field: ``case`` names it (``too_long``), ``value`` is sent."""

    field: str
    case: str
    value: object
    missing: bool = False

    @property
    def label(self) -> str:
        return f"{self.field}_{self.case}"


WRONG_TYPE: dict[str, object] = {
    "str": 12345,
    "email": "not-an-email",
    "int": "not-a-number",
    "float": "not-a-number",
    "bool": "not-a-bool",
    "uuid": "not-a-uuid",
    "date": "not-a-date",
    "datetime": "not-a-date",
    "decimal": "not-a-number",
    "list": "not-a-list",
}
"""A value of the wrong type for each field type (pydantic rejects each in strict or lax mode)."""


def _refused_text(field: str, spec: FieldSpec) -> list[Invalid]:
    """A valid value with one character swapped for a refused one: only that makes it invalid.

    Same length, so no length bound refuses it; left out when the pattern already would.
    """
    try:
        base = valid_value(spec)
    except UserError:
        return []
    if not isinstance(base, str) or not base:
        return []
    cases = []
    for case, char in _REFUSED_TEXT:
        value = char + base[1:]
        if spec.pattern is None or re.search(spec.pattern, value):
            cases.append(Invalid(field, case, value))
    return cases


def invalid_cases(
    field: str, spec: FieldSpec, *, in_path: bool = False, text_only: bool = False
) -> list[Invalid]:
    """Values that ``spec`` rejects, one per constraint (wrong type, too long, ...).

    ``in_path``: the value is a URL path segment (never missing, URL-safe); ``text_only``:
    it travels as text (path or query string), so a str field cannot get a wrong type.
    """
    text_only = text_only or in_path
    cases: list[Invalid] = []
    kind = spec.type
    if spec.required and not spec.has_default and not in_path:
        cases.append(Invalid(field, "missing", None, missing=True))
    if text_only and kind in ("str", "list"):
        pass  # text in a URL is always text
    elif kind == "email":
        cases.append(Invalid(field, "bad_email", WRONG_TYPE[kind]))
    else:
        cases.append(Invalid(field, "wrong_type", WRONG_TYPE[kind]))
    if kind in ("str", "email"):
        if spec.min_length and not in_path:
            cases.append(Invalid(field, "too_short", "x" * (spec.min_length - 1)))
        if spec.max_length is not None:
            if kind == "email":
                local = "u" * max(1, spec.max_length - len("@example.com") + 1)
                cases.append(Invalid(field, "too_long", local + "@example.com"))
            else:
                cases.append(Invalid(field, "too_long", "x" * (spec.max_length + 1)))
        if kind == "str" and not in_path:
            cases.extend(_refused_text(field, spec))
        if spec.pattern is not None:
            for candidate in _NON_MATCHING:
                if in_path and not re.fullmatch(r"[A-Za-z0-9_-]+", candidate):
                    continue
                if not re.search(spec.pattern, candidate):
                    cases.append(Invalid(field, "pattern_mismatch", candidate))
                    break
    elif kind in ("int", "float", "decimal"):
        step = 1 if kind == "int" else 0.5
        if spec.min_value is not None:
            cases.append(Invalid(field, "below_minimum", spec.min_value - step))
        if spec.max_value is not None:
            cases.append(Invalid(field, "above_maximum", spec.max_value + step))
        if spec.gt is not None:
            cases.append(Invalid(field, "not_above_bound", spec.gt))
        if spec.lt is not None:
            cases.append(Invalid(field, "not_below_bound", spec.lt))
    elif kind == "list" and spec.items is not None:
        if spec.min_length:
            cases.append(Invalid(field, "too_few_items", []))
        if spec.max_length is not None:
            item = valid_value(spec.items)
            cases.append(Invalid(field, "too_many_items", [item] * (spec.max_length + 1)))
        for inner in invalid_cases("item", spec.items, text_only=text_only):
            if not inner.missing:
                cases.append(Invalid(field, f"item_{inner.case}", [inner.value]))
    if in_path:
        cases = [case for case in cases if isinstance(case.value, (str, int, float))]
    return cases
